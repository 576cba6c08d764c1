import { asRole, autoNumber, para } from "../../fixtures/model-builders";
import { refOf } from "../../../src/core/model";
import { PROFILE_2023 } from "../../../src/core/profile";
import { headingLevels, levelMarker } from "../../../src/core/rules/heading-levels";
import {
  P,
  body,
  reportDoc,
  reportSpecs,
  ruleTester,
  withPara,
  type InvalidCase,
} from "../helpers";

const specs = reportSpecs();
const h = (i: number, text: string, role: "heading1" | "heading2" | "heading3" = "heading2") =>
  withPara(specs, i, para(text, asRole(role)));
const insertAfter = (i: number, ...extra: ReturnType<typeof para>[]) => [
  ...specs.slice(0, i + 1),
  ...extra,
  ...specs.slice(i + 1),
];

/** A typed wrong marker on paragraph `i`, fixed to `expected`. */
function wrongMarker(
  name: string,
  i: number,
  text: string,
  marker: string,
  expected: string,
  lead = 0
) {
  const doc = reportDoc(h(i, text));
  const span: [number, number] = [lead, lead + marker.length];
  return {
    name,
    doc,
    errors: [
      {
        messageId: "wrongMarker",
        paragraph: i,
        span,
        data: { marker, expected, level: 2 },
        fix: [
          { op: "replaceText" as const, target: refOf(doc.paragraphs[i]!), span, text: expected },
        ],
      },
    ],
  };
}

ruleTester(headingLevels, {
  valid: [
    { name: "一、 （一） （二） 二、 三、", doc: specs },
    {
      name: "level 3 under level 2: 1. 2.",
      doc: insertAfter(
        P.h2a,
        para("1.制定排查清单", asRole("heading3")),
        body(50),
        para("2.落实整改责任", asRole("heading3"))
      ),
    },
    {
      name: "level 3 directly under level 1 is allowed",
      doc: insertAfter(P.background, para("1.行业风险较高", asRole("heading3"))),
    },
    {
      name: "automatic numbering with the right labels",
      doc: withPara(
        withPara(
          specs,
          P.h2a,
          para("建立隐患排查机制", {
            ...asRole("heading2"),
            numbering: autoNumber("（一）", 1, "chineseCounting"),
          })
        ),
        P.h2b,
        para("开展专项培训活动", {
          ...asRole("heading2"),
          numbering: autoNumber("（二）", 1, "chineseCounting"),
        })
      ),
    },
  ],
  invalid: [
    wrongMarker("（一）、 → （一）", P.h2a, "（一）、建立隐患排查机制", "（一）、", "（一）"),
    wrongMarker(
      "(一) half-width brackets → （一）",
      P.h2a,
      "(一)建立隐患排查机制",
      "(一)",
      "（一）"
    ),
    wrongMarker(
      "leading spaces are kept",
      P.h2a,
      "　（一）、建立隐患排查机制",
      "（一）、",
      "（一）",
      1
    ),
    {
      name: "1、 at level 3 → 1.",
      doc: insertAfter(P.h2a, para("1、制定排查清单", asRole("heading3"))),
      errors: [
        { messageId: "wrongMarker", paragraph: P.h2a + 1, span: [0, 2], data: { expected: "1." } },
      ],
    },
    {
      name: "automatic label 1、: reported without a text fix",
      doc: insertAfter(
        P.h2a,
        para("制定排查清单", { ...asRole("heading3"), numbering: autoNumber("1、", 2, "decimal") })
      ),
      errors: [
        {
          messageId: "wrongMarker",
          paragraph: P.h2a + 1,
          fix: null,
          data: { marker: "1、", expected: "1." },
        },
      ],
    },
    ((): InvalidCase => {
      // The fix numbers by place: the second level-1 heading becomes 二、; the third is at its
      // place already, so its "repeated" finding has no fix (it goes away with the first fix).
      const doc = reportDoc(h(P.practice, "三、主要做法", "heading1"));
      return {
        name: "一、 then 三、 (skipped), then 三、 again (repeated)",
        doc,
        errors: [
          {
            messageId: "ordinalSkipped",
            paragraph: P.practice,
            data: { marker: "三、", expected: "二、" },
            fix: [
              {
                op: "replaceText" as const,
                target: refOf(doc.paragraphs[P.practice]!),
                span: [0, 2] as [number, number],
                text: "二、",
              },
            ],
          },
          {
            messageId: "ordinalRepeated",
            paragraph: P.effect,
            data: { marker: "三、" },
            fix: null,
          },
        ],
      };
    })(),
    ((): InvalidCase => {
      const doc = reportDoc(h(P.h2b, "（一）开展专项培训活动"));
      return {
        name: "（一）（一）: the repeated one is fixed to its place （二）",
        doc,
        errors: [
          {
            messageId: "ordinalRepeated",
            paragraph: P.h2b,
            fix: [
              {
                op: "replaceText" as const,
                target: refOf(doc.paragraphs[P.h2b]!),
                span: [0, 3] as [number, number],
                text: "（二）",
              },
            ],
          },
        ],
      };
    })(),
    {
      name: "wrong form and wrong ordinal: the form is fixed first, the ordinal has no fix yet",
      doc: h(P.h2b, "（三）、开展专项培训活动"),
      errors: [
        { messageId: "ordinalSkipped", paragraph: P.h2b, fix: null },
        { messageId: "wrongMarker", paragraph: P.h2b, span: [0, 4], data: { expected: "（三）" } },
      ],
    },
    {
      name: "automatic numbering out of sequence: no text fix",
      doc: withPara(
        specs,
        P.h2b,
        para("开展专项培训活动", {
          ...asRole("heading2"),
          numbering: autoNumber("（三）", 1, "chineseCounting"),
        })
      ),
      errors: [{ messageId: "ordinalSkipped", paragraph: P.h2b, fix: null }],
    },
    {
      name: "heading and body in one paragraph: the finding covers the heading part only",
      doc: insertAfter(
        P.h2a,
        para("3.制定排查清单。企业每月组织一次排查，建立台账并逐项整改。", asRole("heading3"))
      ),
      errors: [
        {
          messageId: "ordinalSkipped",
          paragraph: P.h2a + 1,
          span: [0, 9], // "3.制定排查清单。"
          data: { marker: "3.", expected: "1." },
        },
      ],
    },
    {
      name: "（一）（一） repeated",
      doc: h(P.h2b, "（一）开展专项培训活动"),
      errors: [{ messageId: "ordinalRepeated", paragraph: P.h2b, data: { marker: "（一）" } }],
    },
    {
      name: "first sub-heading is （二）",
      doc: h(P.h2a, "（二）建立隐患排查机制"),
      errors: [
        { messageId: "ordinalSkipped", paragraph: P.h2a, data: { expected: "（一）" } },
        { messageId: "ordinalRepeated", paragraph: P.h2b },
      ],
    },
    {
      name: "level 4 （1）",
      doc: insertAfter(P.h2a, para("（1）排查清单", asRole("heading3"))),
      errors: [
        { messageId: "tooDeep", paragraph: P.h2a + 1, data: { level: 4, max: 3 }, fix: null },
      ],
    },
    {
      name: "level-2 heading under no level-1 heading",
      doc: insertAfter(P.introHeading, para("（一）企业概况", asRole("heading2"))),
      errors: [
        {
          messageId: "orphan",
          paragraph: P.introHeading + 1,
          severity: "warning",
          data: { level: 2, parent: 1 },
        },
      ],
    },
    {
      name: "unnumbered level-2 heading under no level-1 heading is named by its text",
      doc: insertAfter(P.introHeading, para("企业概况与安全生产基本情况介绍", asRole("heading2"))),
      errors: [
        {
          messageId: "orphan",
          paragraph: P.introHeading + 1,
          severity: "warning",
          data: { level: 2, parent: 1, marker: "", name: "企业概况与安全生产基本情况介绍" },
        },
        { messageId: "missingMarker", paragraph: P.introHeading + 1 },
      ],
    },
    ((): InvalidCase => {
      const doc = reportDoc(h(P.h2b, "开展专项培训活动"));
      return {
        name: "heading by style only, without a number: the marker of its place is inserted",
        doc,
        errors: [
          {
            messageId: "missingMarker",
            paragraph: P.h2b,
            severity: "warning" as const,
            data: { level: 2, example: "（一）" },
            fix: [
              {
                op: "replaceText" as const,
                target: refOf(doc.paragraphs[P.h2b]!),
                span: [0, 0] as [number, number],
                text: "（二）",
              },
            ],
          },
        ],
      };
    })(),
    {
      name: "unnumbered by this scheme but automatically numbered (第一章): no text fix",
      doc: withPara(
        specs,
        P.h2a,
        para("建立隐患排查机制", {
          ...asRole("heading2"),
          numbering: autoNumber("第一章", 1, "chineseCounting"),
        })
      ),
      errors: [{ messageId: "missingMarker", paragraph: P.h2a, fix: null }],
    },
  ],
});

describe("levelMarker", () => {
  const levels = PROFILE_2023.headingLevels;
  const [l1, l2, l3] = [levels[0]!, levels[1]!, levels[2]!];
  it.each([
    [l1, 1, "一、"],
    [l1, 12, "十二、"],
    [l2, 3, "（三）"],
    [l3, 4, "4."],
  ] as const)("level %#", (spec, n, out) => expect(levelMarker(spec, n)).toBe(out));
});
