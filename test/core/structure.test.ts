/**
 * The 结构 view's outline (core `documentOutline`, issue 8): parts and headings in order with the
 * 字数 each heads, the same counts as the checklist; every paragraph with text for setting roles.
 */
import { buildDocument, para, autoNumber } from "../fixtures/model-builders";
import { sectionWordCounts } from "../../src/core/classify";
import { classifyDecided, paragraphKeys } from "../../src/core/decisions";
import { PROFILE_2023 } from "../../src/core/profile";
import { documentOutline } from "../../src/core/structure";
import { reportDoc } from "./helpers";

describe("documentOutline", () => {
  it("lists title, unit line, 单位简介 and headings; their 字数 add up to the checklist's", () => {
    const c = classifyDecided(reportDoc(), PROFILE_2023, undefined);
    const o = documentOutline(c);
    const counts = sectionWordCounts(c);
    const roles = o.entries.map((e) => e.role);
    expect(roles.slice(0, 3)).toEqual(["title", "unitLine", "unitIntroHeading"]);
    const intro = o.entries.find((e) => e.role === "unitIntroHeading")!;
    expect(intro.words).toBe(counts.unitIntro);
    const level1 = o.entries.filter((e) => e.role === "heading1");
    expect(level1.map((e) => e.section)).toEqual(["background", "practice", "effect"]);
    expect(level1.reduce((s, e) => s + e.words, 0)).toBe(counts.body);
    for (const e of level1) expect(e.words).toBe(counts[e.section]);
    // deeper headings are indented and count less than their part
    const h2 = o.entries.filter((e) => e.role === "heading2");
    expect(h2.length).toBeGreaterThan(0);
    for (const e of h2) {
      expect(e.depth).toBe(1);
      expect(e.words).toBeLessThan(counts.practice);
    }
    expect(o.entries.every((e) => e.key === paragraphKeys(c.doc.paragraphs)[e.index])).toBe(true);
  });

  it("lists every paragraph with text (not blank or table ones), with automatic labels apart", () => {
    const d = buildDocument([
      para("题目"),
      para(""),
      para("实施背景", { numbering: autoNumber("一、", 0, "chineseCounting") }),
      para("表格", { tableDepth: 1 }),
      para("正文。"),
    ]);
    const c = classifyDecided(d, PROFILE_2023, undefined);
    const o = documentOutline(c);
    expect(o.paragraphs.map((p) => p.index)).toEqual([0, 2, 4]);
    expect(o.paragraphs[1]).toMatchObject({ label: "一、", text: "实施背景" });
    // the part's heading counts its part as the checklist does: heading 4 + table 2 + text 3
    expect(o.entries.find((e) => e.index === 2)?.words).toBe(9);
    expect(sectionWordCounts(c).background).toBe(9);
  });
});
