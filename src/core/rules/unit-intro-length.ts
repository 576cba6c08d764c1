/**
 * @fileoverview Rule unit-intro-length (R5): 单位简介 between profile.bounds.unitIntro.min and
 * .max 字 (300–400 in 2023), its heading excluded (counts from `sectionWordCounts`, R34).
 * Silent when the document has no 单位简介 (report-structure reports that). Layer: core (pure).
 */
import { sectionWordCounts } from "../classify";
import { findSection, paragraphTarget, sectionStart, type Rule } from "../rule";
import { isUnfilled } from "../placeholder";

/** unit-intro-length: 单位简介 too short or too long (R5). */
export const unitIntroLength: Rule = {
  meta: {
    id: "unit-intro-length",
    titleId: "rules.unit-intro-length.title",
    category: "counts",
    appliesTo: "unitIntro",
    requirementIds: ["R5"],
    defaultSeverity: "error",
    messageIds: ["tooShort", "tooLong"],
  },
  check(ctx) {
    const c = ctx.classified;
    const section = findSection(c, "unitIntro");
    if (!section || isUnfilled(c, "unitIntro")) return; // 未填写 (placeholder.ts)
    const count = sectionWordCounts(c).unitIntro;
    const { min, max } = ctx.profile.bounds.unitIntro;
    const data = { count, min: min ?? 0, max: max ?? "∞" };
    const target = paragraphTarget(c, sectionStart(section));
    if (min !== undefined && count < min) ctx.report({ messageId: "tooShort", data, target });
    if (max !== undefined && count > max) ctx.report({ messageId: "tooLong", data, target });
  },
};
