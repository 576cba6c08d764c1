/**
 * @fileoverview Rule picture-resolution (R22): each picture of the report has an effective
 * resolution of at least profile.pictures.minDpi (300). Effective dpi = stored pixel width ÷
 * displayed width in inches (`cx` EMU ÷ 914 400), rounded down — the dpi tag in the image
 * header is not used (facts §6 case 14). A picture whose image is not in the document (linked to
 * a file outside it, or its part missing) is a warning "not embedded": the reviewers will not see
 * it. One whose pixel size could not be read is an info "not checkable". The message explains
 * Word's default compression (220 ppi on save).
 * Layer: core (pure).
 */
import { refOf, type Picture } from "../model";
import { type Rule } from "../rule";
import { reportPictures } from "./picture-count";
import { itemAt } from "../item-at";

/** EMU per inch (OOXML drawing unit). */
export const EMU_PER_INCH = 914400;

/** Effective dpi of a picture (rounded down), or null when its pixel width or extent is unknown. */
export function effectiveDpi(pic: Picture): number | null {
  if (pic.pixelWidth === null || !(pic.pixelWidth > 0) || !(pic.cx > 0)) return null;
  return Math.floor(pic.pixelWidth / (pic.cx / EMU_PER_INCH));
}

/** picture-resolution: a picture below the minimum dpi, or not checkable (R22). */
export const pictureResolution: Rule = {
  meta: {
    id: "picture-resolution",
    titleId: "rules.picture-resolution.title",
    category: "pictures",
    appliesTo: "pictures",
    requirementIds: ["R22"],
    defaultSeverity: "warning",
    messageIds: ["lowDpi", "notEmbedded", "notCheckable"],
  },
  check(ctx) {
    const c = ctx.classified;
    const min = ctx.profile.pictures.minDpi;
    for (const index of reportPictures(c)) {
      const pic = itemAt(c.doc.pictures, index);
      const target = {
        kind: "picture" as const,
        picture: index,
        paragraph: refOf(itemAt(c.doc.paragraphs, pic.paragraphIndex)),
      };
      const name = pic.description || pic.name || `#${index + 1}`;
      const dpi = effectiveDpi(pic);
      if (pic.part === null) {
        ctx.report({ messageId: "notEmbedded", data: { picture: index + 1, name }, target });
      } else if (dpi === null) {
        ctx.report({
          messageId: "notCheckable",
          data: { picture: index + 1, name },
          target,
          severity: "info",
        });
      } else if (dpi < min) {
        const widthCm = Math.round((pic.cx / EMU_PER_INCH) * 2.54 * 10) / 10;
        ctx.report({
          messageId: "lowDpi",
          data: { picture: index + 1, name, dpi, min, pixelWidth: pic.pixelWidth ?? 0, widthCm },
          target,
        });
      }
    }
  },
};
