/**
 * @fileoverview Rule form-consistency (R32): when the 申报书 and the report are in one document,
 * 案例名称 equals the report's 题目 and 申报单位全称 equals the name on the report's unit line
 * (without its dash). Whitespace (incl. U+3000) is ignored; an empty form value, a missing report
 * part or a 【…】 placeholder is not compared. No fix: the writer decides which side is right.
 * Layer: core (pure).
 */
import { fieldTarget, readForm } from "../form";
import { indexesOfRole, type Rule } from "../rule";
import { itemAt } from "../item-at";

/** Whitespace of any width. */
const WS = /[\s\u00a0\u3000\u200b\ufeff]/g;

/** Leading dash-like characters of a unit line (as in rule unit-line). */
const LEADING_DASHES = /^[-\u2010-\u2015\u2e3a\u2e3b\u2500\u2501\uff0d\ufe58\u30fc]+/;

/** `text` without whitespace; null for a blank or a whole 【…】 placeholder. */
function comparable(text: string): string | null {
  const s = text.replace(WS, "");
  return s === "" || /^【[^】]*】$/.test(s) ? null : s;
}

/** form-consistency: 案例名称 ≠ 题目, 申报单位全称 ≠ unit line (R32). */
export const formConsistency: Rule = {
  meta: {
    id: "form-consistency",
    titleId: "rules.form-consistency.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R32"],
    defaultSeverity: "error",
    messageIds: ["caseNameDiffers", "applicantDiffers"],
  },
  check(ctx) {
    const c = ctx.classified;
    const form = readForm(c, ctx.profile);
    if (form === null) return;
    const paras = c.doc.paragraphs;
    const titles = indexesOfRole(c, "title").map((i) => itemAt(paras, i));
    const title = comparable(titles.map((p) => p.text).join(""));
    const caseName = form.fields.caseName;
    const [firstTitle] = titles;
    if (title !== null && firstTitle !== undefined && caseName && !caseName.empty) {
      const value = comparable(caseName.text);
      if (value !== null && value !== title) {
        ctx.report({
          messageId: "caseNameDiffers",
          data: { form: caseName.text, report: firstTitle.text.trim() },
          target: fieldTarget(caseName),
        });
      }
    }
    const unitIndex = indexesOfRole(c, "unitLine")[0];
    const applicant = form.fields.applicant;
    if (unitIndex !== undefined && applicant && !applicant.empty) {
      const raw = itemAt(paras, unitIndex).text.replace(WS, "").replace(LEADING_DASHES, "");
      const unit = comparable(raw);
      const value = comparable(applicant.text);
      if (unit !== null && value !== null && unit !== value) {
        ctx.report({
          messageId: "applicantDiffers",
          data: { form: applicant.text, report: raw },
          target: fieldTarget(applicant),
        });
      }
    }
  },
};
