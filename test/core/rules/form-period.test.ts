import { locateForm } from "../../../src/core/form";
import { formPeriod } from "../../../src/core/rules/form-period";
import { formDoc } from "../form-helpers";
import { reportDoc, ruleTester, type InvalidCase } from "../helpers";

const PERIOD = locateForm(formDoc())!.fields.period!.parts[0]!.paragraph.index;

/** A period with a normal form: finding `messageId` with the replaceText fix. */
function fixed(
  name: string,
  found: string,
  messageId: string,
  normalized: string,
  severity: "warning" | "info",
  lead = ""
): InvalidCase {
  const doc = formDoc({ period: lead + found });
  const span: [number, number] = [lead.length, lead.length + found.length];
  return {
    name,
    doc,
    errors: [
      {
        messageId,
        paragraph: PERIOD,
        span,
        severity,
        data: { normalized },
        fix: [
          {
            op: "replaceText",
            target: locateForm(doc)!.fields.period!.parts[0]!.paragraph,
            span,
            text: normalized,
          },
        ],
      },
    ],
  };
}

const error = (name: string, found: string, messageId: string): InvalidCase => ({
  name,
  doc: formDoc({ period: found }),
  errors: [
    {
      messageId,
      paragraph: PERIOD,
      span: [0, found.length],
      severity: "error",
      fix: null,
      data: { found },
    },
  ],
});

const N = "2023年3月—2023年10月";

ruleTester(formPeriod, {
  valid: [
    { name: "2023年3月—2023年10月", doc: formDoc({ period: N }) },
    {
      name: "spaces as the notice prints them",
      doc: formDoc({ period: "2023 年 3 月 — 2023 年 10 月" }),
    },
    { name: "across years", doc: formDoc({ period: "2022年11月—2023年9月" }) },
    { name: "one month", doc: formDoc({ period: "2023年5月—2023年5月" }) },
    { name: "with days", doc: formDoc({ period: "2023年3月1日—2023年10月31日" }) },
    { name: "full-width digits", doc: formDoc({ period: "２０２３年３月—２０２３年１０月" }) },
    // The notice's own pattern is XXXX年XX月: the month with or without a leading zero.
    { name: "leading zero", doc: formDoc({ period: "2023年03月—2023年10月" }) },
    { name: "leading zeros, spaces", doc: formDoc({ period: "  2023年03月—2024年01月" }) },
    { name: "empty (form-required-fields reports it)", doc: formDoc({ period: "" }) },
    { name: "no form", doc: reportDoc() },
  ],
  invalid: [
    fixed("hyphen-minus", "2023年3月-2023年10月", "wrongSeparator", N, "warning"),
    fixed("full-width hyphen", "2023年3月－2023年10月", "wrongSeparator", N, "warning"),
    fixed("en dash", "2023年3月–2023年10月", "wrongSeparator", N, "warning"),
    fixed("tilde", "2023年3月~2023年10月", "wrongSeparator", N, "warning"),
    fixed("wave dash ～", "2023年3月～2023年10月", "wrongSeparator", N, "warning"),
    fixed("破折号 —— is not a range dash", "2023年3月——2023年10月", "wrongSeparator", N, "warning"),
    fixed("至", "2023年3月至2023年10月", "wrongSeparator", N, "warning"),
    fixed(
      "hyphen and leading zeros: one finding, fix normalises both",
      "2023年03月-2023年10月",
      "wrongSeparator",
      N,
      "warning"
    ),
    fixed("dotted notation", "2023.3—2023.10", "numericDate", N, "warning"),
    error("no month", "2023年—2024年", "missingMonth"),
    error("month 13", "2023年13月—2024年2月", "invalidMonth"),
    error("至今", "2022年5月至今", "noEnd"),
    error("only a start", "2023年3月", "noEnd"),
    error("words", "今年上半年", "unparseable"),
    error("end before start", "2023年10月—2023年3月", "endBeforeStart"),
    {
      name: "end before start with a hyphen: the separator fix and the order",
      doc: formDoc({ period: "2023年10月-2023年3月" }),
      errors: [
        {
          messageId: "wrongSeparator",
          paragraph: PERIOD,
          span: [0, 16],
          data: { normalized: "2023年10月—2023年3月" },
        },
        { messageId: "endBeforeStart", paragraph: PERIOD, span: [0, 16], fix: null },
      ],
    },
    {
      name: "a value over two paragraphs gets no fix",
      doc: formDoc({ period: ["2023年3月", "-2023年10月"] }),
      errors: [{ messageId: "wrongSeparator", paragraph: PERIOD, span: [0, 7], fix: null }],
    },
  ],
});
