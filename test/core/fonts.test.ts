import {
  alignmentName,
  hasCjk,
  matchFont,
  pageProblem,
  sizeLabel,
  spacingEquals,
  spacingName,
  twipsToMm,
  ZIHAO,
  zihaoName,
} from "../../src/core/fonts";
import { PROFILE_2023 } from "../../src/core/profile";

describe("matchFont", () => {
  it.each([
    ["楷体_GB2312", "楷体_GB2312", "exact"],
    ["KaiTi_GB2312", "楷体_GB2312", "alias"],
    ["kaiti_gb2312", "楷体_GB2312", "alias"],
    [" 宋体 ", "宋体", "exact"],
    ["SimSun", "宋体", "alias"],
    ["simsun", "宋体", "alias"],
    ["宋体", "SimSun", "alias"],
    ["楷体", "楷体_GB2312", "lookAlike"],
    ["KaiTi", "楷体_GB2312", "lookAlike"],
    ["华文楷体", "楷体_GB2312", "lookAlike"],
    ["新宋体", "宋体", "lookAlike"],
    ["微软雅黑", "黑体", "lookAlike"],
    ["仿宋", "楷体_GB2312", "wrong"],
    ["Times New Roman", "宋体", "wrong"],
    ["楷体_GB2312", "宋体", "wrong"],
    [null, "宋体", "missing"],
    ["  ", "宋体", "missing"],
  ] as const)("%s for %s → %s", (found, required, match) => {
    expect(matchFont(found, required, PROFILE_2023)).toBe(match);
  });
});

describe("字号", () => {
  it("table has 16 sizes in half-points = 2 × pt", () => {
    expect(ZIHAO).toHaveLength(16);
    for (const z of ZIHAO) expect(z.halfPoints).toBe(z.pt * 2);
  });
  it.each([
    [36, "小二"],
    [30, "小三"],
    [24, "小四"],
    [21, "五号"],
    [84, "初号"],
    [10, "八号"],
    [25, null],
  ] as const)("zihaoName(%d) = %s", (hp, name) => expect(zihaoName(hp)).toBe(name));
  it.each([
    [30, "小三 15pt"],
    [25, "12.5pt"],
    [null, "10pt"],
  ] as const)("sizeLabel(%s) = %s", (hp, label) => expect(sizeLabel(hp)).toBe(label));
});

describe("spacing and alignment labels", () => {
  it.each([
    [{ line: 520, lineRule: "exact" }, "固定值 26 磅", "exactly 26 pt"],
    [{ line: 440, lineRule: "atLeast" }, "最小值 22 磅", "at least 22 pt"],
    [{ line: 624, lineRule: "auto" }, "2.6 倍行距", "multiple 2.6"],
    [{ line: 240, lineRule: "auto" }, "单倍行距", "single"],
    [null, "单倍行距（未设置）", "single (not set)"],
  ] as const)("%j", (s, zh, en) => {
    expect(spacingName(s, "zh-CN")).toBe(zh);
    expect(spacingName(s, "en-US")).toBe(en);
  });
  it("exact 26 pt equals only exact 520", () => {
    const req = { line: 520, lineRule: "exact" } as const;
    expect(spacingEquals({ line: 520, lineRule: "exact" }, req)).toBe(true);
    expect(spacingEquals({ line: 520, lineRule: "atLeast" }, req)).toBe(false);
    expect(spacingEquals({ line: 624, lineRule: "auto" }, req)).toBe(false);
    expect(spacingEquals(null, req)).toBe(false);
  });
  it("alignment names", () => {
    expect(alignmentName("center", "zh-CN")).toBe("居中");
    expect(alignmentName(null, "zh-CN")).toBe("左对齐");
    expect(alignmentName("both", "en-US")).toBe("justified");
  });
});

describe("hasCjk", () => {
  it.each([
    ["安全", true],
    ["，", true],
    ["　", true],
    ["𠀀", true],
    ["ABC 123", false],
    ["“”—…", false],
  ])("%s → %s", (s, cjk) => expect(hasCjk(s)).toBe(cjk));
});

describe("pageProblem", () => {
  const sec = (
    w: number | null,
    h: number | null,
    orientation: "portrait" | "landscape" = "portrait"
  ) => ({
    pageWidth: w,
    pageHeight: h,
    orientation,
    lastParagraphIndex: 0,
  });
  it.each([
    [sec(11906, 16838), "ok"],
    [sec(11886, 16858), "ok"],
    [sec(11885, 16838), "wrongSize"],
    [sec(12240, 15840), "wrongSize"],
    [sec(16838, 11906, "landscape"), "wrongOrientation"],
    [sec(11906, 16838, "landscape"), "wrongOrientation"],
    [sec(null, 16838), "unknownSize"],
  ] as const)("%j → %s", (s, p) => expect(pageProblem(s, PROFILE_2023)).toBe(p));
  it("twipsToMm", () => {
    expect(twipsToMm(11906)).toBe(210);
    expect(twipsToMm(16838)).toBe(297);
  });
});
