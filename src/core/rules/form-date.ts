/**
 * @fileoverview Rule form-date (R33): 报送时间 is a real date, complete to the day, and not after
 * the submission deadline (`profile.deadline`, 2023-10-31). Blanks ("____年__月__日") are an
 * empty value, reported by `form-required-fields`. A leading zero in a 年月日 date ("2023年10月
 * 08日") is an info with the normal form as a fix (GB/T 9704, facts §4.1); the all-numeric form
 * 2023-10-08 is accepted in a table (GB/T 15835, facts §4.3). Layer: core (pure).
 */
import { fieldTarget, parseSubmissionDate, readForm, singlePart } from "../form";
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
    requirementIds: ["R33"],
    defaultSeverity: "error",
    fixable: "text",
    messageIds: ["unparseable", "incomplete", "invalid", "afterDeadline", "leadingZero"],
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
    const part = singlePart(field);
    if (date.leadingZero && !date.numeric) {
      ctx.report({
        messageId: "leadingZero",
        data: { found: field.text, normalized: date.normalized },
        target,
        severity: "info",
        ...(part
          ? {
              fix: [
                {
                  op: "replaceText" as const,
                  target: part.paragraph,
                  span: part.span,
                  text: date.normalized,
                },
              ],
            }
          : {}),
      });
    }
  },
};
