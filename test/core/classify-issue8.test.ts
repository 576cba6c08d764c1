/**
 * Issue 8: reading the page as a person does — unnumbered headings (keywords, look), other
 * numbering schemes and marker typos as headings with a heading-levels finding and fix, the
 * colon split, and tables of contents. Table-driven.
 */
import { buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { classify, sectionWordCounts } from "../../src/core/classify";
import { lint } from "../../src/core/engine";
import { PROFILE_2023 } from "../../src/core/profile";
import { headingLevels } from "../../src/core/rules/heading-levels";
import type { Role } from "../../src/core/roles";

const LONG =
  "岚州中支把事故预防服务嵌入运输企业的日常管理流程，围绕人、车、路三个环节设计服务内容，投入预防服务费用六百八十万元，形成了可复制的服务方法。";

/** 题目, unit line, an intro, then `middle`, then a body paragraph. */
function doc(middle: ParaSpec[]): ParaSpec[] {
  return [
    para("危货运输风险减量服务实践"),
    para("——澄川财产保险股份有限公司岚州中心支公司"),
    para(LONG),
    ...middle,
    para(LONG),
  ];
}

function roles(specs: ParaSpec[]): Role[] {
  return classify(buildDocument(specs), PROFILE_2023).paragraphs.map((p) => p.role);
}

const BOLD = { format: { bold: true } };
const BIG = { format: { sz: 32 } };
const HEI = { format: { eastAsia: "黑体" } };
const KEEP = { keepNext: true };

describe("headings without a number or a heading style", () => {
  const table: [string, ParaSpec, Role][] = [
    ["keyword line", para("实施背景"), "heading1"],
    ["keyword with colon", para("主要做法："), "heading1"],
    ["synonym 背景与起因", para("背景与起因"), "heading1"],
    ["synonym 主要措施", para("主要措施"), "heading1"],
    ["synonym 取得成效", para("取得成效"), "heading1"],
    ["bold standalone line", para("“一人一画像”：把风险识别前移", BOLD), "heading1"],
    ["larger standalone line", para("把风险识别前移到出车之前", BIG), "heading1"],
    ["黑体 standalone line", para("把风险识别前移到出车之前", HEI), "heading1"],
    ["keep-with-next standalone line", para("把风险识别前移到出车之前", KEEP), "heading1"],
    ["keep-with-next sentence is not", para("把风险识别前移到出车之前。", KEEP), "unitIntro"],
    ["plain short line is not", para("把风险识别前移到出车之前"), "unitIntro"],
    ["bold sentence is not", para("把风险识别前移到出车之前。", BOLD), "unitIntro"],
    ["bold lead-in with comma is not", para("具体而言，", BOLD), "unitIntro"],
    ["bold caption keeps its role", para("图1 出车体检现场", BOLD), "unitIntro"],
  ];
  it.each(table)("%s → %s", (_n, spec, role) => {
    expect(roles(doc([spec]))[3]).toBe(role);
  });

  it("a bold line under a keyword part is level 2", () => {
    const r = roles(doc([para("主要做法"), para(LONG), para("建立风险档案", BOLD), para(LONG)]));
    expect(r.slice(3, 7)).toEqual(["heading1", "body", "heading2", "body"]);
  });

  it("keep-with-next is no evidence where the body keeps with the next too", () => {
    const body = para(LONG, KEEP);
    const r = roles([
      para("危货运输风险减量服务实践"),
      para("——澄川财产保险股份有限公司岚州中心支公司"),
      body,
      para("主要做法"),
      body,
      para("建立风险档案", KEEP),
      body,
    ]);
    expect(r.slice(3, 7)).toEqual(["heading1", "body", "body", "body"]);
  });

  it("a keep-with-next line under a keyword part is level 2", () => {
    const r = roles(doc([para("主要做法"), para(LONG), para("建立风险档案", KEEP), para(LONG)]));
    expect(r.slice(3, 7)).toEqual(["heading1", "body", "heading2", "body"]);
  });

  describe("rhythm: plain short lines between running text, two or more in a part", () => {
    const rhythm = (a: string, b: string): Role[] =>
      roles(doc([para("主要做法"), para(LONG), para(a), para(LONG), para(b), para(LONG)]));
    const table: [string, string, string, [Role, Role]][] = [
      ["two plain 小标题", "建立风险档案", "开展出车体检", ["heading2", "heading2"]],
      ["a lead-in with a colon is not", "具体做法如下：", "开展出车体检", ["body", "body"]],
      ["an interview question is not", "问：档案记录什么？", "开展出车体检", ["body", "body"]],
      ["a sentence is not", "建立风险档案。", "开展出车体检", ["body", "body"]],
    ];
    it.each(table)("%s", (_n, a, b, want) => {
      const r = rhythm(a, b);
      expect([r[5], r[7]]).toEqual(want);
    });
    it("one such line alone stays body text", () => {
      const r = roles(doc([para("主要做法"), para(LONG), para("建立风险档案"), para(LONG)]));
      expect(r[5]).toBe("body");
    });
    it("not where some line stands out by its look (the writer formats headings)", () => {
      const r = roles(
        doc([
          para("主要做法"),
          para(LONG),
          para("建立风险档案", BOLD),
          para(LONG),
          para("开展出车体检"),
          para(LONG),
          para("微课程送到驾驶室"),
          para(LONG),
        ])
      );
      expect([r[5], r[7], r[9]]).toEqual(["heading2", "body", "body"]);
    });
  });

  it("bold lines are emphasis in a document whose numbering has levels 1 and 2", () => {
    const r = roles(
      doc([
        para("一、实施背景"),
        para(LONG),
        para("二、主要做法"),
        para("（一）风险档案"),
        para("特别说明", BOLD),
        para(LONG),
      ])
    );
    expect(r[7]).toBe("body");
  });

  it("two looks without any part keyword rank by size and font", () => {
    const r = roles(
      doc([
        para("把风险识别前移", { format: { bold: true, sz: 32, eastAsia: "黑体" } }),
        para("一人一画像", { format: { bold: true, sz: 30, eastAsia: "楷体" } }),
        para(LONG),
      ])
    );
    expect(r.slice(3, 6)).toEqual(["heading1", "heading2", "body"]);
  });

  it("the heading-levels rule asks for the missing number, with a fix", () => {
    const c = classify(buildDocument(doc([para("实施背景"), para(LONG)])), PROFILE_2023);
    const r = lint(c, PROFILE_2023, { rules: [headingLevels] });
    const f = r.findings.find((x) => x.messageId === "missingMarker");
    expect(f?.fix?.[0]).toMatchObject({ op: "replaceText", text: "一、" });
  });
});

describe("other numbering schemes and marker typos: headings with a fix to 一、/（一）/1.", () => {
  const table: [string, number, string][] = [
    // text, level, the fix's replacement of the marker
    ["1 实施背景", 1, "一、"],
    ["2.1 驾驶员风险档案", 2, "（一）"],
    ["2.1.2 检查项目", 3, "2."],
    ["第一章 实施背景", 1, "一、"],
    ["第二节 出车体检", 2, "（二）"],
    ["—、实施背景", 1, "一、"],
    ["一，总体要求", 1, "一、"],
    ["一. 总体要求", 1, "一、"],
    ["六 、工作分工", 1, "六、"],
  ];
  it.each(table)("%j → heading%i, fixed to %j", (text, level, fixed) => {
    const c = classify(buildDocument(doc([para(text), para(LONG)])), PROFILE_2023);
    expect(c.paragraphs[3]!.role).toBe(`heading${level}`);
    const r = lint(c, PROFILE_2023, { rules: [headingLevels] });
    const f = r.findings.find(
      (x) =>
        x.messageId === "wrongMarker" &&
        x.target.kind === "paragraph" &&
        x.target.paragraph.index === 3
    );
    expect(f?.fix?.[0]).toMatchObject({ op: "replaceText", text: fixed });
  });
});

describe("heading and body in one paragraph: split at 。, at ： only before running text", () => {
  const table: [string, number | undefined][] = [
    ["1.会诊：全面体检、集中研判", undefined],
    ["（一）建立台账。企业每月开展隐患排查。", "（一）建立台账。".length],
    ["（一）建立台账：企业每月开展隐患排查并形成台账。", "（一）建立台账：".length],
    [
      "1.会诊：全面体检、集中研判。专家组每月到企业开展一次会诊。",
      "1.会诊：全面体检、集中研判。".length,
    ],
  ];
  it.each(table)("%j → headingEnd %p", (text, end) => {
    const c = classify(buildDocument(doc([para("二、主要做法"), para(text)])), PROFILE_2023);
    expect(c.paragraphs[4]!.heading?.headingEnd).toBe(end);
  });
});

describe("a table of contents", () => {
  const table: [string, ParaSpec[]][] = [
    [
      "TOC n styles",
      [
        para("一、实施背景\t1", { styleName: "toc 1" }),
        para("二、主要做法\t2", { styleName: "TOC 1" }),
      ],
    ],
    [
      "a TOC field's result or a Table of Contents control (reader flag)",
      [para("一、实施背景\t1", { toc: true }), para("（一）风险档案\t2", { toc: true })],
    ],
  ];
  it.each(table)("%s: role toc, not a heading, not counted, never renumbered", (_n, lines) => {
    const rest = [para("一、实施背景"), para(LONG), para("二、主要做法"), para(LONG)];
    const c = classify(buildDocument(doc([para("目录"), ...lines, ...rest])), PROFILE_2023);
    expect(c.paragraphs.slice(3, 6).map((p) => p.role)).toEqual(["toc", "toc", "toc"]);
    expect(c.paragraphs.slice(3, 6).every((p) => p.heading === undefined)).toBe(true);
    expect(c.paragraphs[6]).toMatchObject({ role: "heading1", section: "background" });
    expect(lint(c, PROFILE_2023, { rules: [headingLevels] }).findings).toEqual([]);
    const without = classify(buildDocument(doc(rest)), PROFILE_2023);
    expect(sectionWordCounts(c)).toEqual(sectionWordCounts(without));
  });

  it("目录 alone (no TOC line after it) is not a table of contents", () => {
    expect(roles(doc([para("目录"), para(LONG)]))[3]).not.toBe("toc");
  });
});
