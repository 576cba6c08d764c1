import { locateForm } from "../../../src/core/form";
import { formDate } from "../../../src/core/rules/form-date";
import { formDoc } from "../form-helpers";
import { reportDoc, ruleTester, type InvalidCase } from "../helpers";

const DATE = locateForm(formDoc())!.fields.submissionDate!.parts[0].paragraph.index;

const bad = (name: string, value: string, messageId: string): InvalidCase => ({
  name,
  doc: formDoc({ submissionDate: value }),
  errors: [{ messageId, paragraph: DATE, span: [0, value.length], fix: null, severity: "error" }],
});

const zero = formDoc({ submissionDate: "2023年10月08日" });

ruleTester(formDate, {
  valid: [
    { name: "2023年10月20日", doc: formDoc({ submissionDate: "2023年10月20日" }) },
    { name: "on the deadline", doc: formDoc({ submissionDate: "2023年10月31日" }) },
    {
      name: "blanks filled in around",
      doc: formDoc({ submissionDate: "__2023__年__10__月__20__日" }),
    },
    { name: "spaces", doc: formDoc({ submissionDate: "2023 年 9 月 1 日" }) },
    {
      name: "numeric form in a table (GB/T 15835)",
      doc: formDoc({ submissionDate: "2023-10-08" }),
    },
    { name: "leap day", doc: formDoc({ submissionDate: "2024年2月29日".replace("2024", "2020") }) },
    {
      name: "template blanks: empty, form-required-fields reports it",
      doc: formDoc({ submissionDate: "______年____月____日" }),
    },
    { name: "no form", doc: reportDoc() },
  ],
  invalid: [
    {
      name: "after the deadline",
      doc: formDoc({ submissionDate: "2023年11月1日" }),
      errors: [
        {
          messageId: "afterDeadline",
          span: [0, 10],
          paragraph: DATE,
          data: { date: "2023年11月1日", deadline: "2023年10月31日" },
        },
      ],
    },
    bad("no day", "2023年10月__日", "incomplete"),
    bad("two-digit year", "23年10月20日", "incomplete"),
    bad("not a day", "2023年2月30日", "invalid"),
    bad("month 13", "2023年13月1日", "invalid"),
    bad("words", "十月下旬", "unparseable"),
    {
      name: "leading zero: info with the normal form",
      doc: zero,
      errors: [
        {
          messageId: "leadingZero",
          paragraph: DATE,
          span: [0, 11],
          severity: "info",
          fix: [
            {
              op: "replaceText",
              target: locateForm(zero)!.fields.submissionDate!.parts[0].paragraph,
              span: [0, 11],
              text: "2023年10月8日",
            },
          ],
        },
      ],
    },
  ],
});
