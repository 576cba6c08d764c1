import { asRole, para } from "../../fixtures/model-builders";
import { longestIncreasing, reportStructure } from "../../../src/core/rules/report-structure";
import { P, body, reportSpecs, ruleTester, zh } from "../helpers";

const specs = reportSpecs();
/** Moves paragraphs [from, to) of `s` to the end. */
const moveToEnd = (s: typeof specs, from: number, to: number) => [
  ...s.slice(0, from),
  ...s.slice(to),
  ...s.slice(from, to),
];

ruleTester(reportStructure, {
  valid: [
    { name: "compliant report", doc: specs },
    {
      name: "with 附件 after 正文",
      doc: [
        ...specs,
        para("附件", asRole("attachmentHeading")),
        para("1. 荣誉证书", asRole("attachment")),
      ],
    },
    {
      name: "单位简介 without its heading line (implicit)",
      doc: specs.filter((_, i) => i !== P.introHeading),
    },
  ],
  invalid: [
    {
      name: "no title and no unit line",
      doc: specs.slice(P.introHeading),
      errors: [{ messageId: "missingPart", data: { part: "题目" } }],
    },
    {
      name: "no 单位简介",
      doc: specs.filter((_, i) => i !== P.introHeading && i !== P.intro),
      errors: [{ messageId: "missingPart", data: { part: "单位简介" } }],
    },
    {
      // 一、实施背景 / 三、实施效果 / 二、主要做法: the effect part is the one out of place.
      name: "实施效果 before 主要做法",
      doc: [
        ...specs.slice(0, P.practice),
        para("二、实施效果", asRole("heading1")),
        body(394),
        ...specs
          .slice(P.practice, P.effect)
          .map((s, i) => (i === 0 ? para("三、主要做法", asRole("heading1")) : s)),
      ],
      errors: [
        {
          messageId: "outOfOrder",
          paragraph: P.practice,
          data: { part: "实施效果", after: "主要做法" },
        },
      ],
    },
    {
      name: "单位简介 moved after 正文",
      doc: moveToEnd(specs, P.introHeading, P.intro + 1),
      errors: [
        {
          messageId: "outOfOrder",
          paragraph: specs.length - 2,
          data: { part: "单位简介", after: "单位全称行" },
        },
      ],
    },
  ],
});

describe("longestIncreasing", () => {
  it.each([
    [
      [0, 1, 2],
      [0, 1, 2],
    ],
    [
      [0, 1, 15, 4, 6, 13],
      [0, 1, 3, 4, 5],
    ],
    [
      [5, 1, 2],
      [1, 2],
    ],
    [[], []],
  ])("%j → %j", (xs, expected) => {
    expect([...longestIncreasing(xs)].sort((a, b) => a - b)).toEqual(expected);
  });
  it("zh filler has the requested length", () => expect(zh(45)).toHaveLength(45));
});
