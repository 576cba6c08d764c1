import {
  HEADING_MAX_WORDS,
  classify,
  detectHeading,
  sectionParagraphs,
  sectionWordCounts,
} from "../../src/core/classify";
import { countWords } from "../../src/core/count";
import { asRole, autoNumber, buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { PROFILE_2023 } from "../../src/core/profile";
import type { ClassifiedDocument, Role, SectionId } from "../../src/core/roles";

const P = PROFILE_2023;

function roles(c: ClassifiedDocument): Role[] {
  return c.paragraphs.map((p) => p.role);
}

function sectionsOf(c: ClassifiedDocument): SectionId[] {
  return c.paragraphs.map((p) => p.section);
}

function ranges(c: ClassifiedDocument): [SectionId, number | null, number, number][] {
  return c.sections.map((s) => [s.id, s.headingIndex, s.first, s.last]);
}

/** Sum of countWords over the given texts (the counter is tested on its own in count.test.ts). */
function cw(...texts: string[]): number {
  return texts.reduce((n, t) => n + countWords(t), 0);
}

const TITLE = "安责险服务助力企业双重预防";
const UNIT = "——某某财产保险股份有限公司某某分公司";
const INTRO = "某某分公司成立于2005年，主营财产保险业务，员工300余人。";
const BG = "近年来，园区企业数量快速增长，安全风险交织叠加。";
const PRACTICE = "公司组建专家团队，每月开展一次隐患排查，形成闭环管理。";
const EFFECT = "服务企业120家，排查隐患1560项，整改率达98.5%。";

/** A complete, well-formed report skeleton in the profile's styles. */
function wellFormed(): ParaSpec[] {
  return [
    para(TITLE, asRole("title")), // 0
    para(UNIT, asRole("unitLine")), // 1
    para("单位简介", asRole("unitIntroHeading")), // 2
    para(INTRO, asRole("unitIntro")), // 3
    para(""), // 4
    para("一、实施背景", asRole("heading1")), // 5
    para(BG, asRole("body")), // 6
    para("二、主要做法", asRole("heading1")), // 7
    para("（一）建立隐患台账", asRole("heading2")), // 8
    para("1.每月组织排查", asRole("heading3")), // 9
    para(PRACTICE, asRole("body")), // 10
    para(""), // 11: a picture
    para("图1 隐患排查现场", asRole("body")), // 12
    para("项目", { tableDepth: 1 }), // 13
    para("隐患数量 1560", { tableDepth: 1 }), // 14
    para("三、实施效果", asRole("heading1")), // 15
    para(EFFECT, asRole("body")), // 16
    para("附件：1.荣誉证书", asRole("attachmentHeading")), // 17
    para("某某省安全生产先进单位证书", asRole("attachment")), // 18
  ];
}

const PICTURE = {
  paragraphIndex: 11,
  inline: true,
  cx: 5486400,
  cy: 3657600,
  pixelWidth: 1800,
  pixelHeight: 1200,
  part: "/word/media/image1.jpeg",
  contentType: "image/jpeg",
  name: "图片 1",
  description: null,
};

describe("classify — a well-formed report", () => {
  const doc = buildDocument(wellFormed(), { pictures: [PICTURE], tableCount: 1 });
  const c = classify(doc, P);

  it("gives every paragraph its role", () => {
    expect(roles(c)).toEqual([
      "title",
      "unitLine",
      "unitIntroHeading",
      "unitIntro",
      "empty",
      "heading1",
      "body",
      "heading1",
      "heading2",
      "heading3",
      "body",
      "picture",
      "caption",
      "tableText",
      "tableText",
      "heading1",
      "body",
      "attachmentHeading",
      "attachment",
    ]);
  });

  it("places paragraphs in sections, with ranges in document order", () => {
    expect(ranges(c)).toEqual([
      ["front", null, 0, 1],
      ["unitIntro", 2, 2, 4],
      ["background", 5, 5, 6],
      ["practice", 7, 7, 14],
      ["effect", 15, 15, 16],
      ["attachment", 17, 17, 18],
    ]);
    expect(c.paragraphs.map((p) => p.index)).toEqual(doc.paragraphs.map((p) => p.index));
  });

  it("records heading levels, markers and ordinals", () => {
    expect(c.paragraphs[5]!.heading).toEqual({
      level: 1,
      marker: "一、",
      ordinal: 1,
      source: "typed",
      markerIssues: [],
    });
    expect(c.paragraphs[8]!.heading).toMatchObject({ level: 2, marker: "（一）", ordinal: 1 });
    expect(c.paragraphs[9]!.heading).toMatchObject({ level: 3, marker: "1.", ordinal: 1 });
    expect(c.paragraphs[6]!.heading).toBeUndefined();
  });

  it("counts 字数 per section", () => {
    const counts = sectionWordCounts(c);
    expect(counts.title).toBe(13);
    expect(counts.title).toBe(cw(TITLE));
    expect(counts.front).toBe(cw(TITLE, UNIT));
    expect(counts.unitIntro).toBe(cw(INTRO)); // heading line excluded (R5)
    expect(counts.background).toBe(cw("一、实施背景", BG));
    // headings, caption and table text count (Word counts tables)
    expect(counts.practice).toBe(
      cw("二、主要做法", "（一）建立隐患台账", "1.每月组织排查", PRACTICE, "图1 隐患排查现场") +
        cw("项目", "隐患数量 1560")
    );
    expect(counts.effect).toBe(cw("三、实施效果", EFFECT));
    expect(counts.body).toBe(counts.background + counts.practice + counts.effect);
    expect(counts.attachment).toBe(cw("附件：1.荣誉证书", "某某省安全生产先进单位证书"));
    expect(counts.bodyOther).toBe(0);
  });

  it("lists the paragraphs of a section", () => {
    expect(sectionParagraphs(c, "effect").map((p) => p.text)).toEqual(["三、实施效果", EFFECT]);
  });
});

describe("classify — automatic numbering (facts §6 case 9)", () => {
  const doc = buildDocument([
    para(TITLE),
    para(UNIT),
    para("单位简介"),
    para(INTRO),
    para("实施背景", { numbering: autoNumber("一、", 0, "chineseCounting") }),
    para(BG),
    para("主要做法", { numbering: autoNumber("二、", 0, "chineseCounting") }),
    para("建立隐患台账", { numbering: autoNumber("（一）", 1, "chineseCounting", "2") }),
    para("每月组织排查", { numbering: autoNumber("1.", 2, "decimal", "3") }),
    para(PRACTICE),
    para("实施效果", { numbering: autoNumber("三、", 0, "chineseCounting") }),
    para(EFFECT),
    para("• 列表项", { numbering: autoNumber("•", 0, "bullet", "9") }),
  ]);
  const c = classify(doc, P);

  it("takes the level from the label", () => {
    expect(roles(c).slice(4, 12)).toEqual([
      "heading1",
      "body",
      "heading1",
      "heading2",
      "heading3",
      "body",
      "heading1",
      "body",
    ]);
    expect(c.paragraphs[6]!.heading).toEqual({
      level: 1,
      marker: "二、",
      ordinal: 2,
      source: "auto",
      markerIssues: [],
    });
    expect(c.paragraphs[7]!.heading).toMatchObject({ level: 2, marker: "（一）", source: "auto" });
  });

  it("finds sections by keyword in the text and ignores bullets", () => {
    expect(sectionsOf(c).slice(4)).toEqual([
      "background",
      "background",
      "practice",
      "practice",
      "practice",
      "practice",
      "effect",
      "effect",
      "effect",
    ]);
    expect(c.paragraphs[12]!.role).toBe("body");
  });

  it("does not count numbering labels", () => {
    const counts = sectionWordCounts(c);
    expect(counts.background).toBe(cw("实施背景", BG));
    expect(counts.practice).toBe(cw("主要做法", "建立隐患台账", "每月组织排查", PRACTICE));
  });

  it("reports a typed marker on an auto-numbered paragraph", () => {
    const d = buildDocument([
      para(TITLE),
      para("一、实施背景", { numbering: autoNumber("一、", 0, "chineseCounting") }),
    ]);
    expect(classify(d, P).paragraphs[1]!.heading?.markerIssues).toEqual(["typedAndAutoMarker"]);
  });
});

describe("classify — headings from styles and outline levels only", () => {
  const h = (level: number) => ({ styleName: `heading ${level}` });
  const doc = buildDocument([
    para("安责险服务创新实践", h(1)), // a title styled Heading 1 stays the title
    para("某某保险股份有限公司"), // organisation name without dash
    para("企业简介", h(1)),
    para(INTRO),
    para("实施背景", h(1)),
    para(BG),
    para("主要做法", { styleName: "Heading 1" }),
    para("建立隐患台账", h(2)),
    para("每月组织排查", { outlineLevel: 2 }),
    para(PRACTICE),
    para("实施效果", { styleId: P.roles.heading1.styleId }),
    para(EFFECT),
    para("细化措施", h(4)),
  ]);
  const c = classify(doc, P);

  it("uses style names, profile style ids and outline levels", () => {
    expect(roles(c)).toEqual([
      "title",
      "unitLine",
      "unitIntroHeading",
      "unitIntro",
      "heading1",
      "body",
      "heading1",
      "heading2",
      "heading3",
      "body",
      "heading1",
      "body",
      "heading4",
    ]);
    expect(c.paragraphs[4]!.heading).toEqual({
      level: 1,
      marker: "",
      ordinal: null,
      source: "style",
      markerIssues: [],
    });
    expect(c.paragraphs[12]!.heading?.level).toBe(4);
    expect(ranges(c).map((r) => r[0])).toEqual([
      "front",
      "unitIntro",
      "background",
      "practice",
      "effect",
    ]);
  });

  it("takes a style-only first paragraph naming a 正文 part as a heading, not the title", () => {
    const d = buildDocument([para("实施背景", h(1)), para(BG)]);
    const r = classify(d, P);
    expect(roles(r)).toEqual(["heading1", "body"]);
    expect(r.sections[0]).toMatchObject({ id: "background", headingIndex: 0 });
  });

  it("does not take our 单位简介 / 附件 heading styles (outline level 0) as 正文 headings", () => {
    const d = buildDocument([
      para(TITLE, asRole("title")),
      para("简介", asRole("unitIntroHeading")),
      para(INTRO),
      para("一、实施背景"),
      para(BG),
      para("证书", asRole("attachmentHeading")),
    ]);
    expect(roles(classify(d, P))).toEqual([
      "title",
      "unitIntroHeading",
      "unitIntro",
      "heading1",
      "body",
      "attachmentHeading",
    ]);
  });
});

describe("classify — front matter variants", () => {
  it("treats the text after the unit line as 单位简介 when the heading is missing", () => {
    const doc = buildDocument([
      para(TITLE),
      para(UNIT),
      para(INTRO),
      para("公司连续三年获评先进单位。"),
      para("一、实施背景"),
      para(BG),
    ]);
    const c = classify(doc, P);
    expect(roles(c)).toEqual(["title", "unitLine", "unitIntro", "unitIntro", "heading1", "body"]);
    expect(ranges(c)).toEqual([
      ["front", null, 0, 1],
      ["unitIntro", null, 2, 3],
      ["background", 4, 4, 5],
    ]);
    expect(sectionWordCounts(c).unitIntro).toBe(cw(INTRO, "公司连续三年获评先进单位。"));
  });

  it("has no unit line when the line after the title is prose", () => {
    const c = classify(buildDocument([para(TITLE), para(INTRO), para("一、实施背景")]), P);
    expect(roles(c)).toEqual(["title", "unitIntro", "heading1"]);
  });

  it("accepts other dash forms as a unit line (R4 reports the form)", () => {
    for (const dash of ["—", "--", "－－", "――", "-", "─"]) {
      const c = classify(buildDocument([para(TITLE), para(`${dash}某某保险公司`)]), P);
      expect(c.paragraphs[1]!.role).toBe("unitLine");
    }
  });

  it("does not take a marked heading that ends with 公司 as the unit line", () => {
    const c = classify(buildDocument([para(TITLE), para("一、走进某某公司")]), P);
    expect(roles(c)).toEqual(["title", "heading1"]);
  });

  it("marks lines between the unit line and a later 单位简介 heading as other", () => {
    const c = classify(
      buildDocument([
        para(TITLE),
        para(UNIT),
        para("（内部资料）"),
        para("单位简介："),
        para(INTRO),
      ]),
      P
    );
    expect(roles(c)).toEqual(["title", "unitLine", "other", "unitIntroHeading", "unitIntro"]);
    expect(c.paragraphs[2]!.section).toBe("front");
  });

  it("recognises the 单位简介 heading with a marker and a colon", () => {
    const c = classify(buildDocument([para(TITLE), para("一、公司简介：")]), P);
    expect(roles(c)).toEqual(["title", "unitIntroHeading"]);
  });

  it("does not let a 附件 line before the title swallow the report", () => {
    const c = classify(buildDocument([para("附件2"), para(TITLE), para(UNIT)]), P);
    expect(roles(c)).toEqual(["other", "title", "unitLine"]);
    expect(c.sections.map((s) => s.id)).toEqual(["front"]);
  });

  it("takes a first paragraph starting with —— as the unit line of a report without title", () => {
    const c = classify(buildDocument([para(UNIT), para("单位简介"), para(INTRO)]), P);
    expect(roles(c)).toEqual(["unitLine", "unitIntroHeading", "unitIntro"]);
    expect(sectionWordCounts(c).title).toBe(0);
  });

  it("keeps leading empty paragraphs in front and the title after them", () => {
    const c = classify(buildDocument([para(""), para("\u3000 "), para(TITLE)]), P);
    expect(roles(c)).toEqual(["empty", "empty", "title"]);
  });
});

describe("classify — heading and body in one paragraph (facts §6 case 10)", () => {
  const combined = "（一）建立隐患台账。企业每月组织一次排查，形成问题清单。";
  const longBody =
    "1.公司组建了由注册安全工程师组成的专家团队，每月深入企业开展隐患排查。" +
    "排查结束后形成问题清单并逐项跟踪整改，直至全部销号，形成闭环管理，做到发现一处整改一处。";
  const doc = buildDocument([
    para(TITLE),
    para("一、主要做法"),
    para(combined),
    para(longBody),
    para("一是加强组织领导，明确责任分工。"),
    para("（1）细化措施"),
  ]);
  const c = classify(doc, P);

  it("is a heading with headingEnd after the first sentence mark", () => {
    const h = c.paragraphs[2]!.heading;
    expect(c.paragraphs[2]!.role).toBe("heading2");
    expect(h?.headingEnd).toBe("（一）建立隐患台账。".length);
    expect(combined.slice(0, h?.headingEnd)).toBe("（一）建立隐患台账。");
  });

  it("is body text when long, multi-sentence and without a short head part", () => {
    expect(countWords(longBody)).toBeGreaterThan(HEADING_MAX_WORDS);
    expect(detectHeading(doc.paragraphs[3]!, P)).toBeNull();
    expect(c.paragraphs[3]).toMatchObject({ role: "body", section: "practice" });
  });

  it("keeps 一是 as body and reports a level-4 heading", () => {
    expect(c.paragraphs[4]!.role).toBe("body");
    expect(c.paragraphs[5]).toMatchObject({
      role: "heading4",
      heading: { level: 4, marker: "（1）", ordinal: 1 },
    });
  });

  it("counts the whole paragraph (heading part and body) in its section", () => {
    expect(sectionWordCounts(c).practice).toBe(
      cw("一、主要做法", combined, longBody, "一是加强组织领导，明确责任分工。", "（1）细化措施")
    );
  });

  it("keeps a heading without an inner sentence mark a heading up to HEADING_MAX_WORDS 字", () => {
    const text = `二、${"创新".repeat(HEADING_MAX_WORDS / 2 - 5)}，提升服务质量和效率`; // 60 after 二、
    expect(countWords(text.slice(2))).toBe(HEADING_MAX_WORDS);
    expect(detectHeading(buildDocument([para(text)]).paragraphs[0]!, P)?.level).toBe(1);
    // one 字 more after the marker: a numbered line of running text (see classify-list-items)
    expect(detectHeading(buildDocument([para(`${text}效`)]).paragraphs[0]!, P)).toBeNull();
  });

  it("reports marker issues", () => {
    const d = buildDocument([
      para(TITLE),
      para("一、主要做法"),
      para("（一）、组织保障"),
      para("1、建立制度"),
    ]);
    const r = classify(d, P);
    expect(r.paragraphs[2]!.heading?.markerIssues).toEqual(["bracketWithPunct"]);
    expect(r.paragraphs[3]).toMatchObject({
      role: "heading3",
      heading: { markerIssues: ["arabicWithComma"] },
    });
  });
});

describe("classify — sections of 正文", () => {
  it("falls back to position for headings without keywords, then to bodyOther", () => {
    const c = classify(
      buildDocument([
        para(TITLE),
        para("一、基本情况"),
        para("二、工作举措"),
        para("三、取得的成果"),
        para("四、经验与启示"),
      ]),
      P
    );
    expect(sectionsOf(c).slice(1)).toEqual(["background", "practice", "effect", "bodyOther"]);
  });

  it("prefers keywords over position and does not reuse a taken part", () => {
    const c = classify(
      buildDocument([
        para(TITLE),
        para("一、主要做法"),
        para("二、工作举措"),
        para("三、实施背景回顾"),
        para("四、实施成效"),
      ]),
      P
    );
    expect(sectionsOf(c).slice(1)).toEqual(["practice", "bodyOther", "background", "effect"]);
    expect(c.sections.map((s) => s.id)).toEqual([
      "front",
      "practice",
      "bodyOther",
      "background",
      "effect",
    ]);
  });

  it("chooses the longest keyword when several match", () => {
    const c = classify(buildDocument([para(TITLE), para("一、在新背景下的主要做法")]), P);
    expect(c.paragraphs[1]!.section).toBe("practice");
  });

  it("counts two bodyOther parts together and in 正文", () => {
    const c = classify(
      buildDocument([
        para(TITLE),
        para("一、实施背景"),
        para("二、主要做法"),
        para("三、实施效果"),
        para("四、推广价值"),
        para("可复制。"),
        para("五、下一步计划"),
        para("持续推进。"),
      ]),
      P
    );
    const counts = sectionWordCounts(c);
    expect(c.sections.filter((s) => s.id === "bodyOther")).toHaveLength(2);
    expect(counts.bodyOther).toBe(cw("四、推广价值", "可复制。", "五、下一步计划", "持续推进。"));
    expect(counts.body).toBe(cw("一、实施背景", "二、主要做法", "三、实施效果") + counts.bodyOther);
  });

  it("recognises captions only when short", () => {
    const c = classify(
      buildDocument([
        para(TITLE),
        para("一、实施效果"),
        para("表1 隐患整改情况统计"),
        para("图2-1 培训现场"),
        para("图1显示，整改率逐月上升。"),
        para("表格中的数据来自企业台账"),
      ]),
      P
    );
    expect(roles(c).slice(2)).toEqual(["caption", "caption", "body", "body"]);
  });
});

describe("classify — attachment part", () => {
  it("puts everything after 附件 into the attachment section", () => {
    const c = classify(
      buildDocument([
        para(TITLE),
        para("一、实施效果"),
        para(EFFECT),
        para("附件1：专利证书"),
        para("一、专利名称"),
        para("证书", { tableDepth: 1 }),
        para("附件2"),
        para("荣誉证书复印件"),
      ]),
      P
    );
    expect(roles(c).slice(3)).toEqual([
      "attachmentHeading",
      "attachment",
      "tableText",
      "attachmentHeading",
      "attachment",
    ]);
    expect(ranges(c).slice(-1)).toEqual([["attachment", 3, 3, 7]]);
    expect(sectionWordCounts(c).body).toBe(cw("一、实施效果", EFFECT));
  });

  it("does not take body text that starts with 附件 as a heading", () => {
    const long = `附件中的${"证书".repeat(25)}均已核实，并按要求提交。`;
    const c = classify(buildDocument([para(TITLE), para("一、实施效果"), para(long)]), P);
    expect(c.paragraphs[2]!.role).toBe("body");
  });

  it("accepts 附件 as a level-1 heading", () => {
    const c = classify(buildDocument([para(TITLE), para("一、实施效果"), para("四、附件")]), P);
    expect(c.paragraphs[2]).toMatchObject({ role: "attachmentHeading", section: "attachment" });
  });
});

describe("classify — degenerate documents", () => {
  it("handles an empty document", () => {
    const c = classify(buildDocument([]), P);
    expect(c.paragraphs).toEqual([]);
    expect(c.sections).toEqual([]);
    expect(sectionWordCounts(c)).toMatchObject({ body: 0, title: 0, unitIntro: 0 });
  });

  it("handles a document of only tables", () => {
    const cells = ["项目", "数量", "隐患 12 项", "整改率98%"];
    const c = classify(buildDocument(cells.map((t) => para(t, { tableDepth: 1 }))), P);
    expect(roles(c)).toEqual(["tableText", "tableText", "tableText", "tableText"]);
    expect(ranges(c)).toEqual([["front", null, 0, 3]]);
    expect(sectionWordCounts(c).front).toBe(cw(...cells));
    expect(sectionWordCounts(c).title).toBe(0);
  });

  it("handles a document that starts with a heading (no title)", () => {
    const c = classify(buildDocument([para("一、实施背景"), para(BG)]), P);
    expect(roles(c)).toEqual(["heading1", "body"]);
    expect(sectionWordCounts(c).title).toBe(0);
  });
});

describe("classify — speed", () => {
  it("classifies a 300 000 字 report quickly", () => {
    const specs: ParaSpec[] = [para(TITLE), para(UNIT), para("单位简介"), para(INTRO)];
    const sentence = "公司组建专家团队，每月开展一次隐患排查，形成闭环管理。"; // 27 字
    for (let part = 1; part <= 3; part++) {
      specs.push(para(["一、实施背景", "二、主要做法", "三、实施效果"][part - 1]!));
      for (let i = 0; i < 1000; i++) {
        specs.push(
          para(i % 50 === 0 ? `（${"一二三四五六七八九十"[i % 10]}）加强管理` : sentence.repeat(4))
        );
      }
    }
    const doc = buildDocument(specs);
    const started = Date.now();
    const c = classify(doc, P);
    const counts = sectionWordCounts(c);
    // A hang guard (quadratic would take minutes); timings are npm run bench's.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(counts.body).toBeGreaterThan(300000);
    expect(c.sections.map((s) => s.id)).toEqual([
      "front",
      "unitIntro",
      "background",
      "practice",
      "effect",
    ]);
  });
});

describe("classify — parts of level-1 headings without a keyword (rule 7)", () => {
  const front = [
    para("某市安全生产责任保险事故预防服务实践"),
    para("——某某保险股份有限公司某市分公司"),
  ];
  it("take the part of their position when no heading names it", () => {
    const c = classify(
      buildDocument([
        ...front,
        para("一、从一次险情说起"),
        para("正文甲。"),
        para("二、五步闭环工作法"),
        para("正文乙。"),
        para("三、看得见的变化"),
        para("正文丙。"),
      ]),
      PROFILE_2023
    );
    expect([2, 4, 6].map((i) => c.paragraphs[i]?.section)).toEqual([
      "background",
      "practice",
      "effect",
    ]);
  });

  it("do not take a part that a heading below names: 三、 without a keyword before 四、实施效果", () => {
    const c = classify(
      buildDocument([
        ...front,
        para("一、实施背景"),
        para("正文甲。"),
        para("二、主要做法"),
        para("正文乙。"),
        para("三、几点体会"),
        para("正文丙。"),
        para("四、实施效果"),
        para("正文丁。"),
      ]),
      PROFILE_2023
    );
    expect([2, 4, 6, 8].map((i) => c.paragraphs[i]?.section)).toEqual([
      "background",
      "practice",
      "bodyOther",
      "effect",
    ]);
    expect(c.sections.filter((s) => s.id === "effect")).toHaveLength(1);
  });
});
