/**
 * @fileoverview Rule form-period (R28): 案例实施周期 is written "2023年3月—2023年10月" — start
 * and end to the month, joined by the 一字线 (profile `form.rangeDash`, U+2014 once; GB/T 15834,
 * facts §4.2), the start not after the end. Spaces are accepted ("2023 年 3 月 — 2023 年 10 月",
 * as the notice prints it). Findings, one per value (the worst form problem) plus the order:
 * - a hyphen, tilde, en dash, 破折号 "——" or 至/到 between the dates → warning with the normal
 *   form as a replaceText fix;
 * - "2023.3" / "2023-03" notation → warning with the fix;
 * - a leading zero ("2023年03月—2023年10月") is accepted without a finding: the notice's own
 *   pattern is "XXXX年XX月", so the month may be written with or without it (a fix for another
 *   problem still writes the normal form without it);
 * - a missing month, a month outside 1–12, no end (or "至今"), or text that is no period → error;
 * - the end before the start → error.
 * An empty value is `form-required-fields`' business. Layer: core (pure).
 */
import { fieldTarget, parsePeriod, readForm, singlePart } from "../form";
import type { Edit } from "../findings";
import type { Rule } from "../rule";

/** form-period: the form and order of 案例实施周期 (R28). */
export const formPeriod: Rule = {
  meta: {
    id: "form-period",
    titleId: "rules.form-period.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R28"],
    defaultSeverity: "error",
    fixable: "text",
    messageIds: [
      "unparseable",
      "noEnd",
      "missingMonth",
      "invalidMonth",
      "wrongSeparator",
      "numericDate",
      "endBeforeStart",
    ],
  },
  check(ctx) {
    const form = readForm(ctx.classified, ctx.profile);
    const field = form?.fields.period;
    if (!field || field.empty) return;
    const dash = ctx.profile.form.rangeDash;
    const year = /\d{4}/.exec(ctx.profile.form.title)?.[0] ?? "2023";
    const example = `${year}年3月${dash}${year}年10月`;
    const target = fieldTarget(field);
    const period = parsePeriod(field.text, dash);
    if (period.kind === "blank") return;
    if (period.kind !== "ok") {
      ctx.report({ messageId: period.kind, data: { found: field.text, example }, target });
      return;
    }
    const part = singlePart(field);
    const fix: Edit[] | undefined =
      part === null
        ? undefined
        : [{ op: "replaceText", target: part.paragraph, span: part.span, text: period.normalized }];
    const data = { found: field.text, normalized: period.normalized, separator: period.separator };
    const withFix = fix ? { fix } : {};
    if (period.separator !== dash) {
      ctx.report({ messageId: "wrongSeparator", data, target, severity: "warning", ...withFix });
    } else if (period.numeric) {
      ctx.report({ messageId: "numericDate", data, target, severity: "warning", ...withFix });
    }
    if (period.endBeforeStart) {
      ctx.report({ messageId: "endBeforeStart", data: { found: field.text }, target });
    }
  },
};
