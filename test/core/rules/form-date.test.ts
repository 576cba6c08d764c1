import { locateForm, parseSubmissionDate } from "../../../src/core/form";
import { formDate } from "../../../src/core/rules/form-date";
import { formDoc } from "../form-helpers";
import { reportDoc, ruleTester, type InvalidCase } from "../helpers";

const DATE = locateForm(formDoc())!.fields.submissionDate!.parts[0]!.paragraph.index;

const bad = (name: string, value: string, messageId: string): InvalidCase => ({
  name,
  doc: formDoc({ submissionDate: value }),
  errors: [{ messageId, paragraph: DATE, span: [0, value.length], fix: null, severity: "error" }],
});

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
    // The notice's own pattern is XXXX年XX月: a leading zero is accepted.
    { name: "leading zeros", doc: formDoc({ submissionDate: "2023年10月08日" }) },
    { name: "leading zero in the month", doc: formDoc({ submissionDate: "2023年09月8日" }) },
    { name: "Chinese numerals", doc: formDoc({ submissionDate: "二〇二三年十月二十日" }) },
    { name: "Chinese numerals with 零", doc: formDoc({ submissionDate: "二零二三年九月三十日" }) },
    {
      name: "Arabic year, Chinese month and day",
      doc: formDoc({ submissionDate: "2023年十月二十日" }),
    },
    { name: "Chinese day 十一", doc: formDoc({ submissionDate: "2023年10月十一日" }) },
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
    bad("Chinese numerals, not a day", "二〇二三年二月三十日", "invalid"),
    bad(
      "Chinese numerals after the deadline are still a date",
      "二〇二三年十一月一日",
      "afterDeadline"
    ),
  ],
});

describe("parseSubmissionDate with Chinese numerals", () => {
  it.each([
    ["二〇二三年十月二十日", "2023-10-20"],
    ["二○二三年十月二十日", "2023-10-20"],
    ["2023年十月二十日", "2023-10-20"],
    ["二〇二三年十二月三十一日", "2023-12-31"],
    ["二〇二三年一月一日", "2023-01-01"],
    ["2023年10月08日", "2023-10-08"],
  ])("%s → %s", (text, iso) => {
    expect(parseSubmissionDate(text)).toMatchObject({ kind: "ok", iso });
  });
  it("words stay words", () => {
    expect(parseSubmissionDate("十月下旬").kind).toBe("unparseable");
    expect(parseSubmissionDate("二〇二三年十月").kind).toBe("incomplete");
  });
});
