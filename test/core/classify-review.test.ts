/**
 * Regression tests for three classifier defects found in review: a "——副标题" line read as the
 * unit line, a long one-sentence numbered item read as a 三级标题, and an inline "单位简介：" label
 * counted in the 单位简介's 字数. Each case failed before the fix.
 */
import {
  classify,
  detectHeading,
  introLabelEnd,
  sectionWordCounts,
  unitIntroLabelEnd,
} from "../../src/core/classify";
import { countWords, paragraphStats } from "../../src/core/count";
import { asRole, autoNumber, buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { lint } from "../../src/core/engine";
import { PROFILE_2023 } from "../../src/core/profile";
import type { ClassifiedDocument, Role } from "../../src/core/roles";
import { headingLevels } from "../../src/core/rules/heading-levels";
import { titleLength } from "../../src/core/rules/title-length";
import { unitIntroLength } from "../../src/core/rules/unit-intro-length";
import { unitLine } from "../../src/core/rules/unit-line";
import { HEADING_PART_MAX_WORDS } from "../../src/core/numbering";
import { zh } from "./helpers";

const P = PROFILE_2023;

function roles(c: ClassifiedDocument): Role[] {
  return c.paragraphs.map((p) => p.role);
}

function run(specs: ParaSpec[]): ClassifiedDocument {
  return classify(buildDocument(specs), P);
}

const TITLE = "数字化隐患闭环管理";
const SUBTITLE = "——助力小微企业风险减量的实践";
const UNIT = "——某某财产保险股份有限公司某市分公司";
const INTRO = "某某分公司成立于2005年，主营财产保险业务，员工300余人。";

describe("classify — title with a ——subtitle (R2, R4)", () => {
  const c = run([
    para(TITLE),
    para(SUBTITLE),
    para(UNIT),
    para("单位简介"),
    para(INTRO),
    para("一、实施背景"),
  ]);

  it("takes both first lines as the 题目 and the organisation line as the unit line", () => {
    expect(roles(c)).toEqual([
      "title",
      "title",
      "unitLine",
      "unitIntroHeading",
      "unitIntro",
      "heading1",
    ]);
    expect(c.paragraphs.slice(0, 3).map((p) => p.section)).toEqual(["front", "front", "front"]);
  });

  it("counts title and subtitle in 题目 字数 (24 字 → title-length fails)", () => {
    expect(sectionWordCounts(c).title).toBe(24);
    expect(sectionWordCounts(c).title).toBe(countWords(TITLE) + countWords(SUBTITLE));
    const r = lint(c, P, { rules: [titleLength] });
    expect(r.findings.map((f) => [f.messageId, f.data])).toEqual([
      ["tooLong", { count: 24, max: 20 }],
    ]);
  });

  it("leaves the unit-line rule satisfied (the unit line is the organisation line)", () => {
    expect(lint(c, P, { rules: [unitLine] }).findings).toEqual([]);
  });

  it("skips blank paragraphs between the lines and stops at the 单位简介", () => {
    const d = run([para(TITLE), para(""), para(SUBTITLE), para(""), para(UNIT), para("单位简介")]);
    expect(roles(d)).toEqual(["title", "empty", "title", "empty", "unitLine", "unitIntroHeading"]);
  });

  it("prefers the LAST organisation-like line; the lines before it are the subtitle", () => {
    const d = run([para(TITLE), para("——以某某中心为例"), para("——某某研究院"), para(INTRO)]);
    expect(roles(d)).toEqual(["title", "title", "unitLine", "unitIntro"]);
  });

  it("takes the last dash line when none looks like an organisation", () => {
    const d = run([para(TITLE), para(SUBTITLE), para("——某某分公司安全服务团队"), para(INTRO)]);
    expect(roles(d)).toEqual(["title", "title", "unitLine", "unitIntro"]);
  });

  it("takes an organisation name without dash after a subtitle as the unit line", () => {
    const d = run([para(TITLE), para(SUBTITLE), para("某某财产保险股份有限公司某市分公司")]);
    expect(roles(d)).toEqual(["title", "title", "unitLine"]);
  });

  it("keeps a single dash line after the title the unit line", () => {
    expect(roles(run([para(TITLE), para(UNIT), para(INTRO)]))).toEqual([
      "title",
      "unitLine",
      "unitIntro",
    ]);
  });

  it("reads a lone subtitle as the unit line (known limit, documented in classify.ts)", () => {
    const d = run([para(TITLE), para(SUBTITLE), para("一、实施背景")]);
    expect(roles(d)).toEqual(["title", "unitLine", "heading1"]);
  });
});

describe("classify — numbered items of running text are body text (facts §6 case 10)", () => {
  const ITEM =
    "1.事故发生率显著下降，2023年承保企业生产安全事故起数同比下降31%，较服务前减少12起，" +
    "未发生较大及以上事故，企业安全管理水平明显提升。";

  it("reads a long one-sentence item under 三、实施效果 as body text", () => {
    const c = run([para(TITLE), para("三、实施效果"), para(ITEM), para("2.隐患整改率提高。")]);
    expect(c.paragraphs[2]).toMatchObject({ role: "body", section: "effect" });
    expect(c.paragraphs[2]!.heading).toBeUndefined();
    expect(sectionWordCounts(c).effect).toBe(
      countWords("三、实施效果") + countWords(ITEM) + countWords("2.隐患整改率提高。")
    );
    // the next item of the same list is body text too (no list split into body + "heading 2.")
    expect(c.paragraphs[3]).toMatchObject({ role: "body", section: "effect" });
    const numbering = lint(c, P, { rules: [headingLevels] }).findings;
    expect(
      numbering.filter((f) => f.target.kind === "paragraph" && f.target.paragraph.index > 1)
    ).toEqual([]);
  });

  it("ends the list at a heading that does not continue it", () => {
    const c = run([
      para(TITLE),
      para("二、主要做法"),
      para("（一）建立台账"),
      para(ITEM),
      para("2.整改闭环"), // next item of the list → body
      para("（二）开展培训"), // a level-2 heading ends the list
      para("1.线上培训"),
      para("2.现场演练"),
      para("4.考核评估"), // not the next ordinal of a body list → heading (heading-levels reports it)
    ]);
    expect(roles(c).slice(2)).toEqual([
      "heading2",
      "body",
      "body",
      "heading2",
      "heading3",
      "heading3",
      "heading3",
    ]);
  });

  it("reads a one-sentence item of more than 30 字 ending with 。；！ as body text", () => {
    const text = `1.${zh(HEADING_PART_MAX_WORDS + 1)}。`;
    for (const end of ["。", "；", "！", "。”"]) {
      const t = `1.${zh(HEADING_PART_MAX_WORDS + 1)}${end}`;
      expect(detectHeading(buildDocument([para(t)]).paragraphs[0]!, P)).toBeNull();
    }
    expect(detectHeading(buildDocument([para(text)]).paragraphs[0]!, P)).toBeNull();
    // at the bound it is still a heading, and a question stays a heading
    const atBound = `1.${zh(HEADING_PART_MAX_WORDS)}。`;
    expect(detectHeading(buildDocument([para(atBound)]).paragraphs[0]!, P)?.level).toBe(3);
    const question = `（二）${zh(HEADING_PART_MAX_WORDS + 1)}？`;
    expect(detectHeading(buildDocument([para(question)]).paragraphs[0]!, P)?.level).toBe(2);
  });

  it("keeps short headings, with or without a final 。", () => {
    for (const [text, level] of [
      ["1.建立制度。", 3],
      ["1.建立制度", 3],
      ["（一）建立隐患台账", 2],
    ] as const) {
      expect(detectHeading(buildDocument([para(text)]).paragraphs[0]!, P)?.level).toBe(level);
    }
  });

  it("keeps heading + body in one paragraph a heading with headingEnd", () => {
    const combined = `（一）建立隐患台账。${zh(70)}，形成问题清单。`;
    const h = detectHeading(buildDocument([para(combined)]).paragraphs[0]!, P);
    expect(h).toMatchObject({ level: 2, headingEnd: "（一）建立隐患台账。".length });
  });

  it("applies the same guard to automatically numbered items", () => {
    const auto = { numbering: autoNumber("1.", 2, "decimal", "3") };
    const text = ITEM.slice(2); // the label carries the number
    const c = run([para(TITLE), para("三、实施效果"), para(text, auto), para("隐患整改", auto)]);
    expect(roles(c).slice(2)).toEqual(["body", "heading3"]);
  });

  it("leaves style-only headings to the sentence-mark guard", () => {
    const text = `${zh(HEADING_PART_MAX_WORDS + 5)}。`;
    expect(
      detectHeading(buildDocument([para(text, asRole("heading3"))]).paragraphs[0]!, P)
    ).toEqual(expect.objectContaining({ level: 3, source: "style" }));
  });
});

describe("classify — inline 单位简介 label (R5)", () => {
  const LINE = `单位简介：${INTRO}`;

  it("makes the paragraph the start of 单位简介 and leaves the label out of its 字数", () => {
    const c = run([para(TITLE), para(UNIT), para(LINE), para("公司连续三年获评先进单位。")]);
    expect(roles(c)).toEqual(["title", "unitLine", "unitIntro", "unitIntro"]);
    expect(c.sections[1]).toMatchObject({ id: "unitIntro", headingIndex: 2, first: 2, last: 3 });
    expect(introLabelEnd(c.paragraphs[2]!)).toBe("单位简介：".length);
    expect(introLabelEnd(c.paragraphs[3]!)).toBeUndefined();
    expect(c.paragraphs[2]!.heading).toBeUndefined(); // the text after the label stays 单位简介
    expect(sectionWordCounts(c).unitIntro).toBe(
      countWords(INTRO) + countWords("公司连续三年获评先进单位。")
    );
    expect(paragraphStats(c.doc.paragraphs[2]!).words - 5).toBe(countWords(INTRO));
  });

  it("feeds unit-intro-length the count without the label", () => {
    const c = run([para(TITLE), para(UNIT), para(`单位简介：${zh(298)}`), para("一、实施背景")]);
    // 298 字 of text + 5 字 of label: short, and reported as 298
    const r = lint(c, P, { rules: [unitIntroLength] });
    expect(r.findings.map((f) => [f.messageId, f.data.count])).toEqual([["tooShort", 298]]);
  });

  it("accepts a marker, other keywords, a half-width colon and spaces", () => {
    for (const [text, end] of [
      ["一、企业简介：某某公司成立于2005年。", "一、企业简介：".length],
      ["公司简介: 某某公司成立于2005年。", "公司简介:".length],
      ["单位简介 ：某某公司成立于2005年。", "单位简介 ：".length],
    ] as const) {
      expect(unitIntroLabelEnd(buildDocument([para(text)]).paragraphs[0]!, P)).toBe(end);
      const c = run([para(TITLE), para(UNIT), para(text)]);
      expect(roles(c)).toEqual(["title", "unitLine", "unitIntro"]);
      expect(sectionWordCounts(c).unitIntro).toBe(countWords("某某公司成立于2005年。"));
    }
  });

  it("is not a label without a colon or without text after it", () => {
    expect(unitIntroLabelEnd(buildDocument([para("单位简介")]).paragraphs[0]!, P)).toBeUndefined();
    expect(
      unitIntroLabelEnd(buildDocument([para("单位简介：")]).paragraphs[0]!, P)
    ).toBeUndefined();
    expect(
      unitIntroLabelEnd(buildDocument([para("公司简介中写明了成立时间。")]).paragraphs[0]!, P)
    ).toBeUndefined();
    expect(roles(run([para(TITLE), para(UNIT), para("单位简介："), para(INTRO)]))).toEqual([
      "title",
      "unitLine",
      "unitIntroHeading",
      "unitIntro",
    ]);
  });

  it("marks lines between the unit line and a later inline label as other", () => {
    const c = run([para(TITLE), para(UNIT), para("（内部资料）"), para(LINE)]);
    expect(roles(c)).toEqual(["title", "unitLine", "other", "unitIntro"]);
    expect(sectionWordCounts(c).unitIntro).toBe(countWords(INTRO));
  });
});
