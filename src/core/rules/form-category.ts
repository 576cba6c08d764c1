/**
 * @fileoverview Rule form-category (R31): exactly one 案例类别 is ticked, and 其他 carries its
 * explanation ("其他，请具体说明：……"). A tick is any of `form.tickedMarks` (☑ ☒ ✓ ✔ √ ■ …,
 * Wingdings symbols too) right before a category name; a value without any box character counts
 * the categories it names as chosen. Explanation text after 其他 while 其他 is not ticked is a
 * warning. Layer: core (pure).
 *
 * Ticking in Word: the pane replaces the box character (`FormCategory.box`, one character) with
 * a replaceText edit to `form.boxTicked` (☑) or `form.boxEmpty` (☐) through `applyEdits`.
 */
import { fieldTarget, readForm } from "../form";
import type { Rule } from "../rule";

/** form-category: none or several categories ticked; 其他 without explanation (R31). */
export const formCategory: Rule = {
  meta: {
    id: "form-category",
    titleId: "rules.form-category.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R31"],
    defaultSeverity: "error",
    messageIds: ["noneTicked", "multipleTicked", "otherUnexplained", "explanationUnticked"],
  },
  check(ctx) {
    const form = readForm(ctx.classified, ctx.profile);
    const field = form?.fields.category;
    if (!form || !field) return;
    const f = ctx.profile.form;
    const ticked = form.categories.filter((x) => x.ticked);
    const target = fieldTarget(field);
    if (ticked.length === 0) {
      ctx.report({
        messageId: "noneTicked",
        data: { categories: f.categories.join("、"), box: f.boxTicked },
        target,
      });
    } else if (ticked.length > 1) {
      ctx.report({
        messageId: "multipleTicked",
        data: { count: ticked.length, names: ticked.map((x) => x.name).join("、") },
        target,
      });
    }
    const other = form.categories.find((x) => x.other);
    const explanation = form.otherExplanation;
    if (other?.ticked && (explanation === null || explanation.text === "")) {
      ctx.report({
        messageId: "otherUnexplained",
        data: { other: f.otherCategory },
        target: explanation ? { kind: "paragraph", paragraph: explanation.at.paragraph } : target,
      });
    } else if (other && !other.ticked && explanation !== null && explanation.text !== "") {
      ctx.report({
        messageId: "explanationUnticked",
        data: { other: f.otherCategory, text: explanation.text },
        target: {
          kind: "paragraph",
          paragraph: explanation.at.paragraph,
          span: explanation.at.span,
        },
        severity: "warning",
      });
    }
  },
};
