import { locateForm } from "../../../src/core/form";
import { formSummaryLength } from "../../../src/core/rules/form-summary-length";
import { formDoc } from "../form-helpers";
import { reportDoc, ruleTester, zh } from "../helpers";

const SUMMARY = locateForm(formDoc())!.fields.summary!.parts[0]!.paragraph.index;

ruleTester(formSummaryLength, {
  valid: [
    { name: "600 字", doc: formDoc({ summary: zh(600) }) },
    { name: "exactly 800 字", doc: formDoc({ summary: zh(800) }) },
    {
      name: "800 字 over three paragraphs",
      doc: formDoc({ summary: [zh(300), zh(300), zh(200)] }),
    },
    {
      name: "Latin words count one each (R34): 790 字 + 10 words",
      doc: formDoc({ summary: zh(790) + " AQ 9010 2019 ISO 45001 HSE PDCA app web SaaS" }),
    },
    { name: "no form", doc: reportDoc() },
  ],
  invalid: [
    {
      name: "801 字",
      doc: formDoc({ summary: zh(801) }),
      errors: [
        {
          messageId: "tooLong",
          paragraph: SUMMARY,
          span: [0, 801],
          data: { count: 801, max: 800 },
        },
      ],
    },
    {
      name: "three paragraphs summing to 900 字, at the first",
      doc: formDoc({ summary: [zh(300), zh(300), zh(300)] }),
      errors: [
        {
          messageId: "tooLong",
          paragraph: SUMMARY,
          span: [0, 300],
          data: { count: 900, max: 800 },
        },
      ],
    },
  ],
});
