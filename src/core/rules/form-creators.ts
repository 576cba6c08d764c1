/**
 * @fileoverview Rule form-creators (R30): at most `form.creators.main` (2) 主要创造人 and
 * `form.creators.participants` (4) 参与创造人. Names are split by `splitNames` (、，,；; line
 * breaks, and spaces between names of two or more characters; "张  三" stays one name). A name in
 * both lists is a warning: each person is counted once. Layer: core (pure).
 */
import { fieldTarget, readForm } from "../form";
import type { Rule } from "../rule";

/** form-creators: too many creators, or one listed twice (R30). */
export const formCreators: Rule = {
  meta: {
    id: "form-creators",
    titleId: "rules.form-creators.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R30"],
    defaultSeverity: "error",
    messageIds: ["tooManyMain", "tooManyParticipants", "listedTwice"],
  },
  check(ctx) {
    const form = readForm(ctx.classified, ctx.profile);
    if (form === null) return;
    const limits = ctx.profile.form.creators;
    const main = form.fields.mainCreators;
    const part = form.fields.participants;
    if (main && form.mainCreators.length > limits.main) {
      ctx.report({
        messageId: "tooManyMain",
        data: {
          count: form.mainCreators.length,
          max: limits.main,
          names: form.mainCreators.join("、"),
        },
        target: fieldTarget(main),
      });
    }
    if (part && form.participants.length > limits.participants) {
      ctx.report({
        messageId: "tooManyParticipants",
        data: {
          count: form.participants.length,
          max: limits.participants,
          names: form.participants.join("、"),
        },
        target: fieldTarget(part),
      });
    }
    if (part) {
      const twice = form.participants.filter((n) => form.mainCreators.includes(n));
      for (const name of new Set(twice)) {
        ctx.report({
          messageId: "listedTwice",
          data: { name },
          target: fieldTarget(part),
          severity: "warning",
        });
      }
    }
  },
};
