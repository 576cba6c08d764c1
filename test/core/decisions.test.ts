/**
 * The writer's decisions applied once, in core (issue 8): role corrections in the classification
 * (`classifyDecided`, rule 9 of classify.ts) and ignores taken out of an analysis
 * (`applyDecisions`) — the one pipeline of the pane and the CLI (`analyzeDecided`).
 */
import { analyze, analyzeDecided } from "../../src/core/analyze";
import { buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import {
  applyDecisions,
  classifyDecided,
  paragraphKeys,
  resolveCorrections,
  withRoleCorrection,
} from "../../src/core/decisions";
import { EMPTY_DOCUMENT_STATE, type DocumentState } from "../../src/core/gateway";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import type { CorrectedRole, RoleCorrection } from "../../src/core/roles";
import { zh } from "./helpers";

/** A plain draft (no styles, no bold): numbered parts, and a thematic line the reader misses. */
function specs(): ParaSpec[] {
  return [
    para("某市安全生产责任保险事故预防服务实践"), // 0 title
    para("——某某保险股份有限公司某市分公司"), // 1 unit line
    para("单位简介"), // 2
    para(zh(320)), // 3
    para("一、实施背景"), // 4
    para(zh(200)), // 5
    para("二、主要做法"), // 6
    para(zh(300)), // 7
    para("把风险识别前移到出车之前，让司机先知道风险在哪里"), // 8 a 小标题 in plain text
    para(zh(400)), // 9
    para("三、实施效果"), // 10
    para(zh(200)), // 11
  ];
}

const doc = () => buildDocument(specs());
const keyOf = (i: number, d = doc()) => paragraphKeys(d.paragraphs)[i]!;
const fix = (i: number, role: CorrectedRole, d = doc()): RoleCorrection[] => [
  { paragraph: keyOf(i, d), role },
];

describe("paragraphKeys", () => {
  it("names a paragraph by its text; the n-th of the same text gets #n", () => {
    const d = buildDocument([para("甲"), para("乙"), para("甲"), para("甲")]);
    const k = paragraphKeys(d.paragraphs);
    expect(k[0]).toMatch(/^h[0-9a-f]{8}$/);
    expect(k[2]).toBe(`${k[0]}#2`);
    expect(k[3]).toBe(`${k[0]}#3`);
    expect(new Set(k).size).toBe(4);
  });
});

describe("classifyDecided: the writer's role corrections", () => {
  it("without corrections is the classifier's reading (the 小标题 is body text)", () => {
    const c = classifyDecided(doc(), PROFILE_2023, undefined);
    expect(c.paragraphs[8]!.role).toBe("body");
    expect(c.paragraphs.some((p) => p.corrected)).toBe(false);
  });

  it("a line made a 二级标题 is one, at that level, unnumbered (source layout), marked corrected", () => {
    const c = classifyDecided(doc(), PROFILE_2023, fix(8, "heading2"));
    expect(c.paragraphs[8]).toMatchObject({
      role: "heading2",
      section: "practice",
      corrected: true,
    });
    expect(c.paragraphs[8]!.heading).toMatchObject({ level: 2, marker: "", source: "layout" });
    expect(c.paragraphs[9]!.role).toBe("body");
  });

  it("a 一级标题 starts a part: the paragraphs after it follow", () => {
    const c = classifyDecided(doc(), PROFILE_2023, fix(8, "heading1"));
    const part = c.paragraphs[8]!.section;
    expect(c.paragraphs[8]!.role).toBe("heading1");
    // A new part of its own: not 主要做法 (taken above), and not 实施效果 by position — 三、实施效果
    // below names that part (classify.ts rule 7).
    expect(part).toBe("bodyOther");
    expect(c.paragraphs[9]!.section).toBe(part);
    expect(c.sections.find((s) => s.headingIndex === 8)?.id).toBe(part);
    // 三、实施效果 still found by its keyword, and it is the only 实施效果
    expect(c.paragraphs[10]).toMatchObject({ role: "heading1", section: "effect" });
    expect(c.sections.filter((s) => s.id === "effect")).toHaveLength(1);
  });

  it("a heading made 正文 is no longer a part boundary; 不处理 is left alone", () => {
    const c = classifyDecided(doc(), PROFILE_2023, [
      ...fix(6, "body"),
      { paragraph: keyOf(10), role: "other" },
    ]);
    expect(c.paragraphs[6]).toMatchObject({ role: "body", section: "background" });
    expect(c.paragraphs[6]!.heading).toBeUndefined();
    expect(c.paragraphs[7]!.section).toBe("background");
    expect(c.paragraphs[10]).toMatchObject({ role: "other", corrected: true });
    expect(c.sections.some((s) => s.id === "practice")).toBe(false);
  });

  it("题目 / 单位全称 / 单位简介 move the reading of the front", () => {
    // a stray first line: 不处理 → the next line is the title
    const d = buildDocument([para("附件2"), ...specs()]);
    const c = classifyDecided(d, PROFILE_2023, fix(0, "other", d));
    expect(c.paragraphs[0]!.role).toBe("other");
    expect(c.paragraphs[1]!.role).toBe("title");
    expect(c.paragraphs[2]!.role).toBe("unitLine");
    // a name without the dash, made the unit line; the text after it is 单位简介
    const e = buildDocument([para("题目"), para("某某保险"), para(zh(50)), para("一、实施背景")]);
    const ce = classifyDecided(e, PROFILE_2023, fix(1, "unitLine", e));
    expect(ce.paragraphs.map((p) => p.role)).toEqual([
      "title",
      "unitLine",
      "unitIntro",
      "heading1",
    ]);
    const cu = classifyDecided(d, PROFILE_2023, fix(6, "unitIntro", d));
    expect(cu.paragraphs[6]).toMatchObject({ role: "unitIntro", section: "unitIntro" });
  });

  it("follows its paragraph when paragraphs are inserted above; lapses when its text changes", () => {
    const corrections = fix(8, "heading2");
    const moved = buildDocument([para("新加的一段"), ...specs()]);
    expect(resolveCorrections(moved.paragraphs, corrections)).toEqual(new Map([[9, "heading2"]]));
    expect(classifyDecided(moved, PROFILE_2023, corrections).paragraphs[9]!.role).toBe("heading2");
    const edited = specs();
    edited[8] = para("把风险识别前移到出车之前");
    expect(resolveCorrections(buildDocument(edited).paragraphs, corrections).size).toBe(0);
  });

  it("a blank, table or 申报书 paragraph is never corrected", () => {
    const d = buildDocument([...specs(), para(""), para("表格里", { tableDepth: 1 })]);
    const c = classifyDecided(d, PROFILE_2023, [
      ...fix(12, "heading1", d),
      ...fix(13, "heading1", d),
    ]);
    expect(c.paragraphs[12]!.role).toBe("empty");
    expect(c.paragraphs[13]!.role).toBe("tableText");
  });

  it("一键排版 follows the correction (planFormatting of the decided classification)", () => {
    const d = doc();
    const edits = planFormatting(
      classifyDecided(d, PROFILE_2023, fix(8, "heading2")),
      PROFILE_2023
    );
    expect(edits).toContainEqual(
      expect.objectContaining({
        op: "setRole",
        role: "heading2",
        target: expect.objectContaining({ index: 8 }),
      })
    );
    const plain = planFormatting(classifyDecided(d, PROFILE_2023, undefined), PROFILE_2023);
    expect(plain).toContainEqual(
      expect.objectContaining({
        op: "setRole",
        role: "body",
        target: expect.objectContaining({ index: 8 }),
      })
    );
  });

  it("a document the writer corrected is a report, whatever it looks like", () => {
    const lines: ParaSpec[] = [para("毕业论文模板"), para("摘要"), para(zh(100)), para("参考文献")];
    const d = buildDocument(lines);
    expect(analyze(d).checklist.documentKind).toBe("notReport");
    expect(
      analyze(d, PROFILE_2023, { roleCorrections: fix(1, "heading1", d) }).checklist.documentKind
    ).toBe("report");
  });
});

describe("withRoleCorrection", () => {
  it("adds, replaces, removes; the same object when nothing changes", () => {
    const s0: DocumentState = EMPTY_DOCUMENT_STATE;
    const s1 = withRoleCorrection(s0, "h00000001", "heading1");
    expect(s1.roleCorrections).toEqual([{ paragraph: "h00000001", role: "heading1" }]);
    expect(withRoleCorrection(s1, "h00000001", "heading1")).toBe(s1);
    const s2 = withRoleCorrection(s1, "h00000001", "body");
    expect(s2.roleCorrections).toEqual([{ paragraph: "h00000001", role: "body" }]);
    const s3 = withRoleCorrection(s2, "h00000001", null);
    expect(s3.roleCorrections).toBeUndefined();
    expect(withRoleCorrection(s3, "h00000001", null)).toBe(s3);
  });
});

describe("applyDecisions: ignores applied once", () => {
  const withWe = () => {
    const s = specs();
    s[5] = para(`我们${zh(100)}。我们${zh(20)}。`);
    return buildDocument(s);
  };

  it("gives what ignoring inside lint gave (findings, ignored, rules, summary)", () => {
    const d = withWe();
    const raw = analyze(d);
    const fp = raw.lint.findings.filter((f) => f.ruleId === "first-person");
    expect(fp.length).toBeGreaterThan(1);
    const state: DocumentState = {
      ...EMPTY_DOCUMENT_STATE,
      ignoredFindingIds: [fp[0]!.id],
      ignoredRules: ["body-length"],
    };
    const decided = analyzeDecided(d, PROFILE_2023, state);
    const inLint = analyze(d, PROFILE_2023, {
      ignoredFindingIds: state.ignoredFindingIds,
      disabled: state.ignoredRules,
    });
    const ids = (fs: { id: string }[]) => fs.map((f) => f.id);
    expect(ids(decided.lint.findings)).toEqual(ids(inLint.lint.findings));
    expect(ids(decided.lint.ignored)).toEqual([fp[0]!.id]);
    expect(decided.lint.ruleIds).toEqual(inLint.lint.ruleIds);
    expect(decided.checklist.summary).toEqual(inLint.checklist.summary);
    expect(decided.checklist.groups.map((g) => [g.ruleId, g.status, g.ignoredCount])).toEqual(
      inLint.checklist.groups.map((g) => [g.ruleId, g.status, g.ignoredCount])
    );
    expect(applyDecisions(raw, EMPTY_DOCUMENT_STATE)).toBe(raw);
  });
});
