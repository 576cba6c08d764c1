/**
 * @fileoverview Rule form-summary-length (R29): 案例简介 in the 申报书 is at most
 * `profile.bounds.formSummary.max` 字 (800), counted like Word's 字数 (R34, `countWords`) over
 * every paragraph of the value cell. Whether it covers background, practice and results is a
 * checklist item the writer confirms (H). Layer: core (pure).
 */
import { countWords } from "../count";
import { fieldTarget, readForm } from "../form";
import type { Rule } from "../rule";
import { itemAt } from "../item-at";

/** form-summary-length: 案例简介 longer than the bound (R29). */
export const formSummaryLength: Rule = {
  meta: {
    id: "form-summary-length",
    titleId: "rules.form-summary-length.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R29"],
    defaultSeverity: "error",
    messageIds: ["tooLong"],
  },
  check(ctx) {
    const form = readForm(ctx.classified, ctx.profile);
    const field = form?.fields.summary;
    const max = ctx.profile.bounds.formSummary.max;
    if (!field || field.empty || max === undefined) return;
    const paras = ctx.classified.doc.paragraphs;
    const count = field.parts.reduce(
      (n, p) => n + countWords(itemAt(paras, p.paragraph.index).text.slice(p.span[0], p.span[1])),
      0
    );
    if (count > max) {
      ctx.report({ messageId: "tooLong", data: { count, max }, target: fieldTarget(field) });
    }
  },
};
