/**
 * @fileoverview Rule form-date (R33): 报送时间 is a real date, complete to the day, and not after
 * the submission deadline (`profile.deadline`, 2023-10-31). Blanks ("____年__月__日") are an
 * empty value, reported by `form-required-fields`. Accepted as written, without a finding: a
 * leading zero ("2023年10月08日", as in the notice's pattern XXXX年XX月), the all-numeric form
 * 2023-10-08 (GB/T 15835, facts §4.3) and Chinese numerals ("二〇二三年十月二十日",
 * "2023年十月二十日", `parseSubmissionDate`). Layer: core (pure).
 */
import { fieldTarget, parseSubmissionDate, readForm } from "../form";
import type { Rule } from "../rule";

/** "2023-10-31" → "2023年10月31日". */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** form-date: 报送时间 unreadable, incomplete, not a day, or after the deadline (R33). */
export const formDate: Rule = {
  meta: {
    id: "form-date",
    titleId: "rules.form-date.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R33"],
    defaultSeverity: "error",
    messageIds: ["unparseable", "incomplete", "invalid", "afterDeadline"],
  },
  check(ctx) {
    const form = readForm(ctx.classified, ctx.profile);
    const field = form?.fields.submissionDate;
    if (!field || field.empty) return;
    const target = fieldTarget(field);
    const deadline = chineseDate(ctx.profile.deadline);
    const date = parseSubmissionDate(field.text);
    switch (date.kind) {
      case "blank":
        return;
      case "unparseable":
      case "incomplete":
        ctx.report({ messageId: date.kind, data: { found: field.text, deadline }, target });
        return;
      case "invalid":
        ctx.report({ messageId: "invalid", data: { found: field.text }, target });
        return;
      case "ok":
        break;
    }
    if (date.iso > ctx.profile.deadline) {
      ctx.report({ messageId: "afterDeadline", data: { date: date.normalized, deadline }, target });
    }
  },
};
