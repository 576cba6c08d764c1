import { asRole, para } from "../../fixtures/model-builders";
import { refOf } from "../../../src/core/model";
import { PROFILE_2023 } from "../../../src/core/profile";
import { cjkMarksFont, isEastAsianFontName } from "../../../src/core/rules/cjk-marks-font";
import { roleFormat } from "../../../src/core/rules/role-format";
import { P, lintWith, reportDoc, reportSpecs, ruleTester, withPara } from "../helpers";

const specs = reportSpecs();
const QUOTED = "他说“好”——就这样……";
/** Body paragraph with the facts §6 case 1 text and run formats overridden. */
const bg = (format: Record<string, unknown>, text = QUOTED) =>
  withPara(
    specs,
    P.backgroundText,
    para(text, { ...asRole("body"), format: { ...asRole("body").format, ...format } })
  );
const noHint = reportDoc(bg({}));

ruleTester(cjkMarksFont, {
  valid: [
    { name: "the default report (unit line with the eastAsia hint)", doc: specs },
    { name: "hint eastAsia", doc: bg({ hint: "eastAsia" }) },
    { name: "hAnsi is a Chinese font", doc: bg({ hAnsi: "宋体" }) },
    { name: "hAnsi is SimSun (Latin name of a CJK font)", doc: bg({ hAnsi: "SimSun" }) },
    { name: "no such marks", doc: bg({}, "全部是中文，没有引号。") },
  ],
  invalid: [
    {
      name: "case 1: “”——…… in Times New Roman without hint",
      doc: noHint,
      errors: [
        {
          messageId: "latinFont",
          paragraph: P.backgroundText,
          span: [2, 12],
          severity: "warning",
          data: { marks: "“”—…", font: "Times New Roman" },
          fix: [
            { op: "setRole", target: refOf(noHint.paragraphs[P.backgroundText]!), role: "body" },
          ],
        },
      ],
    },
    {
      name: "hAnsi not set: the theme's Latin font",
      doc: bg({ hAnsi: null }),
      errors: [
        {
          messageId: "latinFont",
          paragraph: P.backgroundText,
          span: [2, 12],
          data: { font: "主题西文字体", fontEn: "the theme's Latin font" },
        },
      ],
    },
    {
      name: "only the run without the hint counts; a table cell gets no fix",
      doc: [
        ...specs,
        para("", {
          ...asRole("body"),
          tableDepth: 1,
          runs: [
            { text: "“甲”", format: { hint: "eastAsia" } },
            { text: "乙……", format: { hint: null } },
          ],
        }),
      ],
      errors: [{ messageId: "latinFont", paragraph: specs.length, span: [4, 6], fix: null }],
    },
  ],
});

describe("isEastAsianFontName", () => {
  it.each([
    ["宋体", true],
    ["SimSun", true],
    ["Microsoft YaHei", true],
    ["KaiTi_GB2312", true],
    ["方正楷体_GBK", true],
    ["Times New Roman", false],
    ["Calibri", false],
    [null, false],
  ] as [string | null, boolean][])("%s", (name, out) =>
    expect(isEastAsianFontName(name, PROFILE_2023)).toBe(out)
  );
});

describe("font names in role-format (case 13, case 3)", () => {
  it("楷体 for 楷体_GB2312 is its own warning, with the note about Windows after XP", () => {
    const doc = withPara(specs, P.unitLine, {
      ...para("——某某保险股份有限公司某分公司", asRole("unitLine")),
      format: { ...asRole("unitLine").format, eastAsia: "楷体", hint: "eastAsia" },
    });
    const [f] = lintWith(roleFormat, doc).findings;
    expect(f).toMatchObject({ messageId: "fontLookAlike", severity: "warning" });
    expect(f!.message).toContain("Windows XP");
    expect(f!.message).toContain("楷体_GB2312");
  });
  it("a theme font overriding the named 宋体 is reported as a theme font", () => {
    const doc = bg({ eastAsia: "等线", eastAsiaFromTheme: true, hint: "eastAsia" });
    expect(lintWith(roleFormat, doc).findings.map((f) => f.messageId)).toEqual(["fontTheme"]);
  });
});
