/**
 * @fileoverview Rule form-required-fields (R27): the 申报书's fields are filled in. Empty
 * `required` fields (案例名称, 申报单位全称, 报送时间, 案例实施周期, 案例简介, the contact row) are
 * errors, an empty `expected` one (主要创造人) a warning, a field whose row is missing from the
 * form an error (warning when expected). 推荐单位或推荐专家 left empty is a self-application: an
 * info that says the 推荐 fields may stay empty; when it is filled, an empty 推荐意见 is a
 * warning. Seals and signatures (`handwritten`) are made on paper and never checked. Which field
 * needs what is profile data (`form.fields[].need`). Layer: core (pure).
 *
 * Division of labour: a 案例类别 without a tick is reported by `form-category` (R31), not here;
 * a document without a 申报书 gives no finding.
 */
import { fieldTarget, readForm } from "../form";
import { paragraphTarget, type Rule } from "../rule";

/** form-required-fields: empty or missing fields of the 申报书 (R27). */
export const formRequiredFields: Rule = {
  meta: {
    id: "form-required-fields",
    titleId: "rules.form-required-fields.title",
    category: "form",
    appliesTo: "form",
    requirementIds: ["R27"],
    defaultSeverity: "error",
    messageIds: ["empty", "missingField", "selfApplication", "opinionMissing"],
  },
  check(ctx) {
    const c = ctx.classified;
    const form = readForm(c, ctx.profile);
    if (form === null) return;
    const recommender = form.fields.recommender;
    const selfApplication = recommender === undefined || recommender.empty;
    for (const spec of ctx.profile.form.fields) {
      const field = form.fields[spec.key];
      const severity = spec.need === "expected" ? "warning" : "error";
      if (field === undefined) {
        if (spec.need === "required" || spec.need === "expected") {
          ctx.report({
            messageId: "missingField",
            data: { label: spec.label },
            target: paragraphTarget(c, form.first),
            severity,
          });
        }
        continue;
      }
      if (!field.empty || spec.key === "category") continue;
      if (spec.need === "required" || spec.need === "expected") {
        ctx.report({
          messageId: "empty",
          data: { label: spec.label },
          target: fieldTarget(field),
          severity,
        });
      } else if (spec.key === "recommender") {
        ctx.report({
          messageId: "selfApplication",
          data: { label: spec.label },
          target: fieldTarget(field),
          severity: "info",
        });
      } else if (spec.need === "recommendation" && !selfApplication) {
        ctx.report({
          messageId: "opinionMissing",
          data: { label: spec.label, recommender: recommender?.text ?? "" },
          target: fieldTarget(field),
          severity: "warning",
        });
      }
    }
  },
};
