import { locateForm } from "../../../src/core/form";
import { formConsistency } from "../../../src/core/rules/form-consistency";
import { formDoc, reportWithForm } from "../form-helpers";
import { reportDoc, ruleTester } from "../helpers";

const fields = locateForm(reportWithForm())!.fields;
const NAME = fields.caseName!.parts[0]!.paragraph.index;
const APPLICANT = fields.applicant!.parts[0]!.paragraph.index;

ruleTester(formConsistency, {
  valid: [
    { name: "same name and unit", doc: reportWithForm() },
    {
      name: "whitespace is ignored",
      doc: reportWithForm({
        caseName: "安责险事故预防服务 创新实践",
        applicant: "某某保险股份有限公司\u3000某分公司",
      }),
    },
    { name: "form alone: nothing to compare", doc: formDoc({ caseName: "别的名称" }) },
    {
      name: "empty form fields are not compared",
      doc: reportWithForm({ caseName: "", applicant: "" }),
    },
    { name: "no form", doc: reportDoc() },
  ],
  invalid: [
    {
      name: "案例名称 differs from the 题目",
      doc: reportWithForm({ caseName: "安责险预防服务创新实践" }),
      errors: [
        {
          messageId: "caseNameDiffers",
          span: [0, 11],
          paragraph: NAME,
          data: { form: "安责险预防服务创新实践", report: "安责险事故预防服务创新实践" },
          fix: null,
        },
      ],
    },
    {
      name: "申报单位全称 is a short name",
      doc: reportWithForm({ applicant: "某某保险某分公司" }),
      errors: [
        {
          messageId: "applicantDiffers",
          span: [0, 8],
          paragraph: APPLICANT,
          data: { form: "某某保险某分公司", report: "某某保险股份有限公司某分公司" },
        },
      ],
    },
  ],
});
