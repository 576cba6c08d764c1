import { buildDocument } from "../../fixtures/model-builders";
import { locateForm } from "../../../src/core/form";
import type { FormFieldKey } from "../../../src/core/profile";
import { formRequiredFields } from "../../../src/core/rules/form-required-fields";
import { formDoc, formSpecs, reportWithForm, type FormFill } from "../form-helpers";
import { reportDoc, ruleTester } from "../helpers";

/** Index of the first value paragraph of `key` in the form-only document of `fill`. */
function cell(fill: FormFill, key: FormFieldKey): number {
  return locateForm(formDoc(fill))!.fields[key]!.parts[0]!.paragraph.index;
}

const empty = (key: FormFieldKey, label: string, severity: "error" | "warning" = "error") => ({
  name: `${label} empty`,
  doc: formDoc({ [key]: "" }),
  errors: [{ messageId: "empty", paragraph: cell({ [key]: "" }, key), severity, data: { label } }],
});

const withoutRecommender: FormFill = { recommender: "", recommendOpinion: "" };
const withoutPeriodRow = formSpecs().filter(
  (p, i, all) =>
    !(p.text.startsWith("案例实施周期") || (i > 0 && all[i - 1]!.text.startsWith("案例实施周期")))
);

ruleTester(formRequiredFields, {
  valid: [
    { name: "a complete form", doc: formDoc() },
    { name: "a report without a form", doc: reportDoc() },
    { name: "report and complete form", doc: reportWithForm() },
    { name: "所获荣誉 may stay empty (如无，可不填)", doc: formDoc({ honours: "" }) },
    {
      name: "seal and signatures are made on paper",
      doc: formDoc({ recommendSeal: "", recommendHead: "" }),
    },
    { name: "参与创造人 may be empty", doc: formDoc({ participants: "" }) },
  ],
  invalid: [
    empty("caseName", "案例名称"),
    empty("applicant", "申报单位全称"),
    empty("summary", "案例简介"),
    empty("period", "案例实施周期"),
    empty("contactPerson", "推荐单位联系人"),
    empty("email", "电子邮箱"),
    empty("mainCreators", "主要创造人", "warning"),
    {
      name: "报送时间 left as the template's blanks",
      doc: formDoc({ submissionDate: "______年____月____日" }),
      errors: [
        {
          messageId: "empty",
          paragraph: cell({}, "submissionDate"),
          span: [0, 17],
          data: { label: "报送时间" },
        },
      ],
    },
    {
      name: "a 【】 placeholder counts as empty",
      doc: formDoc({ caseName: "【案例名称】" }),
      errors: [{ messageId: "empty", paragraph: cell({}, "caseName"), span: [0, 6] }],
    },
    {
      name: "self-application: info at 推荐单位或推荐专家, no opinion asked",
      doc: formDoc(withoutRecommender),
      errors: [
        {
          messageId: "selfApplication",
          paragraph: cell(withoutRecommender, "recommender"),
          severity: "info",
          fix: null,
        },
      ],
    },
    {
      name: "recommended but no opinion",
      doc: formDoc({ recommendOpinion: "" }),
      errors: [
        {
          messageId: "opinionMissing",
          paragraph: cell({ recommendOpinion: "" }, "recommendOpinion"),
          severity: "warning",
          data: { recommender: "某省保险行业协会", label: "推荐单位/推荐专家意见" },
        },
      ],
    },
    {
      name: "a row missing from the form is reported at the form's title",
      doc: buildDocument(withoutPeriodRow, { tableCount: 1 }),
      errors: [{ messageId: "missingField", paragraph: 0, data: { label: "案例实施周期" } }],
    },
  ],
});
