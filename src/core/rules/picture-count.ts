/**
 * @fileoverview Rule picture-count (R21): the report holds at least profile.pictures.minCount
 * pictures (photos of work scenes). Pictures in the 附件 part and outside the report (section
 * "none", e.g. the 申报书 form) are not counted. Layer: core (pure).
 */
import type { ClassifiedDocument } from "../roles";
import { type Rule } from "../rule";

/** Indexes of the pictures that belong to the report proper (not 附件, not outside the report). */
export function reportPictures(c: ClassifiedDocument): number[] {
  return c.doc.pictures
    .filter((pic) => {
      const section = c.paragraphs[pic.paragraphIndex]?.section;
      return section !== undefined && section !== "none" && section !== "attachment";
    })
    .map((pic) => pic.index);
}

/** picture-count: fewer pictures than required (R21). */
export const pictureCount: Rule = {
  meta: {
    id: "picture-count",
    titleId: "rules.picture-count.title",
    category: "pictures",
    requirementIds: ["R21"],
    defaultSeverity: "error",
    messageIds: ["tooFew"],
  },
  check(ctx) {
    const count = reportPictures(ctx.classified).length;
    const min = ctx.profile.pictures.minCount;
    if (count < min) {
      ctx.report({ messageId: "tooFew", data: { count, min }, target: { kind: "document" } });
    }
  },
};
