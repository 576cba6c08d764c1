import { asRole, para, type ParaSpec } from "../../fixtures/model-builders";
import type { Edit } from "../../../src/core/findings";
import { refOf, type ReportDocument } from "../../../src/core/model";
import type { FormattedRole } from "../../../src/core/profile";
import { roleFormat } from "../../../src/core/rules/role-format";
import { P, lintWith, reportDoc, reportSpecs, ruleTester, withPara, zh } from "../helpers";

const specs = reportSpecs();

/** Paragraph `i` with role `role`'s compliant formatting changed by `change`. */
function changed(
  i: number,
  role: FormattedRole,
  change: Partial<ParaSpec>,
  format: Partial<ParaSpec["format"]> = {}
) {
  const base = asRole(role);
  return reportDoc(
    withPara(
      specs,
      i,
      para(specs[i]!.text, { ...base, ...change, format: { ...base.format, ...format } })
    )
  );
}
const setRole = (
  doc: ReportDocument,
  i: number,
  role: FormattedRole,
  headingEnd?: number
): Edit[] => [
  headingEnd === undefined
    ? { op: "setRole", target: refOf(doc.paragraphs[i]!), role }
    : { op: "setRole", target: refOf(doc.paragraphs[i]!), role, headingEnd },
];

const titleSongti = changed(P.title, "title", {}, { eastAsia: "宋体" });
const splitText = `（一）建立隐患排查机制。${zh(40)}`;
const HE = "（一）建立隐患排查机制。".length;
const split = (runs: ParaSpec["runs"]) =>
  reportDoc(withPara(specs, P.h2a, para(splitText, { ...asRole("heading2"), runs })));
const h2 = asRole("heading2").format;
const bd = asRole("body").format;
const splitOk = split([
  { text: splitText.slice(0, HE), format: h2 },
  { text: splitText.slice(HE), format: bd },
]);
const splitAllHeading = split([{ text: splitText, format: h2 }]);

ruleTester(roleFormat, {
  valid: [
    { name: "compliant report", doc: specs },
    { name: "alias SimHei for 黑体", doc: changed(P.title, "title", {}, { eastAsia: "SimHei" }) },
    {
      name: "alias in other case: kaiti_gb2312",
      doc: changed(P.unitLine, "unitLine", {}, { eastAsia: "kaiti_gb2312" }),
    },
    {
      name: "body alignment is not prescribed",
      doc: changed(P.backgroundText, "body", { alignment: "left" }),
    },
    { name: "title spacing is not prescribed", doc: changed(P.title, "title", { spacing: null }) },
    {
      name: "Latin-only run without East Asian font",
      doc: reportDoc(
        withPara(
          specs,
          P.backgroundText,
          para("ABC 2023", { ...asRole("body"), format: { ...bd, eastAsia: null } })
        )
      ),
    },
    { name: "heading split from body, each part formatted", doc: splitOk },
    {
      name: "table paragraphs are left alone",
      doc: reportDoc(
        withPara(specs, P.backgroundText, para(zh(494), { tableDepth: 1, format: { sz: 21 } }))
      ),
    },
  ],
  invalid: [
    {
      name: "title in 宋体",
      doc: titleSongti,
      errors: [
        {
          messageId: "fontWrong",
          paragraph: P.title,
          severity: "error",
          data: { found: "宋体", required: "黑体", role: "题目" },
          fix: setRole(titleSongti, P.title, "title"),
        },
      ],
    },
    {
      name: "unit line in 楷体 (looks the same, is not 楷体_GB2312)",
      doc: changed(P.unitLine, "unitLine", {}, { eastAsia: "楷体" }),
      errors: [
        {
          messageId: "fontLookAlike",
          paragraph: P.unitLine,
          severity: "warning",
          data: { found: "楷体", required: "楷体_GB2312" },
        },
      ],
    },
    {
      name: "body without East Asian font",
      doc: changed(P.backgroundText, "body", {}, { eastAsia: null }),
      errors: [
        { messageId: "fontMissing", paragraph: P.backgroundText, data: { required: "宋体" } },
      ],
    },
    {
      name: "theme font 等线 overrides",
      doc: changed(P.backgroundText, "body", {}, { eastAsia: "等线", eastAsiaFromTheme: true }),
      errors: [
        {
          messageId: "fontTheme",
          severity: "error",
          data: { found: "等线", required: "宋体" },
          paragraph: P.backgroundText,
        },
      ],
    },
    {
      name: "theme font whose name is not known: said without a name (never a literal “?”)",
      doc: changed(P.backgroundText, "body", {}, { eastAsia: null, eastAsiaFromTheme: true }),
      errors: [
        {
          messageId: "fontThemeUnnamed",
          severity: "error",
          data: { required: "宋体" },
          paragraph: P.backgroundText,
        },
      ],
    },
    {
      name: "theme font that happens to be 宋体: a warning",
      doc: changed(P.backgroundText, "body", {}, { eastAsia: "宋体", eastAsiaFromTheme: true }),
      errors: [{ messageId: "fontTheme", severity: "warning", paragraph: P.backgroundText }],
    },
    {
      name: "body 三号 instead of 小三",
      doc: changed(P.backgroundText, "body", {}, { sz: 32 }),
      errors: [
        {
          messageId: "sizeWrong",
          paragraph: P.backgroundText,
          data: { found: "三号 16pt", required: "小三 15pt" },
        },
      ],
    },
    {
      name: "size not set anywhere (Word's 10 pt)",
      doc: changed(P.intro, "unitIntro", {}, { sz: null }),
      errors: [
        {
          messageId: "sizeWrong",
          paragraph: P.intro,
          data: { found: "10pt", required: "小四 12pt" },
        },
      ],
    },
    {
      name: "heading 2 not bold",
      doc: changed(P.h2a, "heading2", {}, { bold: false }),
      errors: [{ messageId: "boldMissing", paragraph: P.h2a, data: { role: "二级标题" } }],
    },
    {
      name: "bold body",
      doc: changed(P.backgroundText, "body", {}, { bold: true }),
      errors: [{ messageId: "boldUnexpected", paragraph: P.backgroundText }],
    },
    {
      name: "title left-aligned",
      doc: changed(P.title, "title", { alignment: "left" }),
      errors: [
        {
          messageId: "alignmentWrong",
          paragraph: P.title,
          data: { found: "左对齐", required: "居中", foundEn: "left-aligned" },
        },
      ],
    },
    {
      name: "title without alignment (Word's default left)",
      doc: changed(P.title, "title", { alignment: null }),
      errors: [{ messageId: "alignmentWrong", paragraph: P.title }],
    },
    {
      name: "body multiple 2.6 (624/240) instead of exactly 26 pt",
      doc: changed(P.backgroundText, "body", { spacing: { line: 624, lineRule: "auto" } }),
      errors: [
        {
          messageId: "spacingWrong",
          paragraph: P.backgroundText,
          data: { found: "2.6 倍行距", required: "固定值 26 磅" },
        },
      ],
    },
    {
      name: "body at least 26 pt (same points, wrong rule)",
      doc: changed(P.backgroundText, "body", { spacing: { line: 520, lineRule: "atLeast" } }),
      errors: [
        {
          messageId: "spacingWrong",
          data: { found: "最小值 26 磅", requiredEn: "exactly 26 pt" },
          paragraph: P.backgroundText,
        },
      ],
    },
    {
      name: "unit intro at the body's 26 pt instead of 22 pt",
      doc: changed(P.intro, "unitIntro", { spacing: { line: 520, lineRule: "exact" } }),
      errors: [
        {
          messageId: "spacingWrong",
          paragraph: P.intro,
          data: { found: "固定值 26 磅", required: "固定值 22 磅" },
        },
      ],
    },
    {
      name: "one finding per property, not per run",
      doc: reportDoc(
        withPara(
          specs,
          P.backgroundText,
          para("", {
            ...asRole("body"),
            runs: [
              { text: zh(10), format: { ...bd, eastAsia: "黑体", sz: 28 } },
              { text: zh(10), format: { ...bd, eastAsia: "仿宋", sz: 28 } },
              { text: zh(10), format: { ...bd, eastAsia: "黑体", sz: 32 } },
            ],
          })
        )
      ),
      errors: [
        { messageId: "fontWrong", paragraph: P.backgroundText, data: { found: "黑体、仿宋" } },
        {
          messageId: "sizeWrong",
          paragraph: P.backgroundText,
          data: { found: "四号 14pt、三号 16pt" },
        },
      ],
    },
    {
      name: "heading split from body: body part in the heading's format",
      doc: splitAllHeading,
      errors: [
        {
          messageId: "fontWrong",
          paragraph: P.h2a,
          span: [HE, splitText.length],
          data: { found: "楷体_GB2312", required: "宋体", role: "正文" },
          fix: setRole(splitAllHeading, P.h2a, "heading2", HE),
        },
        { messageId: "boldUnexpected", paragraph: P.h2a, span: [HE, splitText.length] },
      ],
    },
    {
      name: "level-4 heading is checked against the level-3 style",
      doc: (() => {
        const s = [...specs];
        s.splice(
          P.h2a + 1,
          0,
          para("（1）排查清单", {
            ...asRole("heading3"),
            format: { ...asRole("heading3").format, bold: false },
          })
        );
        return s;
      })(),
      errors: [{ messageId: "boldMissing", paragraph: P.h2a + 1, data: { role: "三级标题" } }],
    },
  ],
});

describe("role-format requirement ids", () => {
  it("a finding carries the role's requirement ids", () => {
    const r = lintWith(roleFormat, changed(P.unitLine, "unitLine", {}, { sz: 24 }));
    expect(r.findings.map((f) => f.requirementIds)).toEqual([["R4", "R15"]]);
  });
});
