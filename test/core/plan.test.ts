import { asRole, para, type ParaSpec } from "../fixtures/model-builders";
import type { Edit, Finding } from "../../src/core/findings";
import { refOf, type ParagraphRef } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import {
  isAlreadyFormatted,
  paragraphsEdited,
  planFixes,
  planFormatting,
} from "../../src/core/plan";
import { classified, P, reportDoc, reportSpecs, withPara, zh } from "./helpers";

const specs = reportSpecs();
const plan = (s: ParaSpec[], options = {}) =>
  planFormatting(classified(reportDoc(s, options)), PROFILE_2023);
const withSpec = (i: number, change: Partial<ParaSpec>) =>
  withPara(specs, i, { ...specs[i]!, ...change });

describe("planFormatting", () => {
  it("already-correct paragraphs produce no edit", () => {
    expect(plan(specs)).toEqual([]);
  });

  it.each<[string, Partial<ParaSpec>]>([
    ["direct run formatting (rFonts)", { direct: { paragraph: [], run: ["rFonts"] } }],
    ["direct paragraph spacing", { direct: { paragraph: ["spacing"], run: [] } }],
    ["another style", { styleId: "Normal", styleName: "Normal" }],
    ["alignment other than our style's (body writes both)", { alignment: "left" }],
    ["look-alike font", { format: { ...asRole("body").format, eastAsia: "新宋体" } }],
    ["multiple line spacing", { spacing: { line: 624, lineRule: "auto" } }],
  ])("%s → one setRole", (_name, change) => {
    const s = withSpec(P.backgroundText, change);
    const doc = reportDoc(s);
    expect(plan(s)).toEqual([
      { op: "setRole", target: refOf(doc.paragraphs[P.backgroundText]!), role: "body" },
    ]);
  });

  it("non-conflicting direct formatting (colour) does not trigger an edit", () => {
    expect(plan(withSpec(P.backgroundText, { direct: { paragraph: [], run: ["color"] } }))).toEqual(
      []
    );
  });

  it("a level-4 heading gets the level-3 style", () => {
    const s = [...specs];
    s.splice(P.h2a + 1, 0, para("（1）排查清单", asRole("heading3")));
    const doc = reportDoc(s);
    // Already exactly the level-3 style: no edit.
    expect(plan(s)).toEqual([]);
    s[P.h2a + 1] = para("（1）排查清单", asRole("body"));
    expect(planFormatting(classified(reportDoc(s)), PROFILE_2023)).toEqual([
      { op: "setRole", target: refOf(doc.paragraphs[P.h2a + 1]!), role: "heading3" },
    ]);
  });

  it("a heading split from its body carries headingEnd", () => {
    const text = `（一）建立隐患排查机制。${zh(40)}`;
    const he = "（一）建立隐患排查机制。".length;
    const s = withPara(specs, P.h2a, para(text, asRole("heading2")));
    const doc = reportDoc(s);
    expect(plan(s)).toEqual([
      { op: "setRole", target: refOf(doc.paragraphs[P.h2a]!), role: "heading2", headingEnd: he },
    ]);
    const ok = withPara(
      specs,
      P.h2a,
      para(text, {
        ...asRole("heading2"),
        direct: { paragraph: [], run: ["rFonts", "b"] },
        runs: [
          { text: text.slice(0, he), format: asRole("heading2").format },
          { text: text.slice(he), format: asRole("body").format },
        ],
      })
    );
    expect(plan(ok)).toEqual([]);
    expect(isAlreadyFormatted(reportDoc(ok).paragraphs[P.h2a]!, "heading2", PROFILE_2023, he)).toBe(
      true
    );
  });

  it("table paragraphs and empty paragraphs are not formatted", () => {
    const s = withPara(specs, P.backgroundText, para(zh(494), { tableDepth: 1 }));
    expect(plan(s)).toEqual([]);
  });

  it("setPage only when a section is not A4 portrait", () => {
    const last = specs.length - 1;
    expect(
      plan(specs, {
        sections: [
          {
            pageWidth: 11906,
            pageHeight: 16838,
            orientation: "portrait",
            lastParagraphIndex: last,
          },
        ],
      })
    ).toEqual([]);
    expect(
      plan(specs, {
        sections: [
          {
            pageWidth: 12240,
            pageHeight: 15840,
            orientation: "portrait",
            lastParagraphIndex: last,
          },
        ],
      })
    ).toEqual([{ op: "setPage", width: 11906, height: 16838, orientation: "portrait" }]);
  });

  it("never changes text", () => {
    const messy = specs.map((s) => ({
      ...s,
      styleId: null,
      styleName: null,
      format: {},
      alignment: null,
      spacing: null,
    }));
    const edits = plan(messy);
    expect(edits.length).toBeGreaterThan(10);
    expect(edits.every((e) => e.op === "setRole" || e.op === "setPage")).toBe(true);
  });

  it("paragraphsEdited counts the paragraphs, not the page's setup (progress 559 vs outcome 558)", () => {
    const messy = specs.map((s) => ({ ...s, styleId: null, styleName: null, format: {} }));
    const letter = {
      sections: [
        {
          pageWidth: 12240,
          pageHeight: 15840,
          orientation: "portrait" as const,
          lastParagraphIndex: specs.length - 1,
        },
      ],
    };
    const edits = plan(messy, letter);
    const roles = edits.filter((e) => e.op === "setRole").length;
    expect(edits.length).toBe(roles + 1);
    expect(paragraphsEdited(edits)).toBe(roles);
    expect(paragraphsEdited([...edits, ...edits])).toBe(roles); // one paragraph, one count
  });
});

describe("planFixes", () => {
  const r = (index: number, text = `t${index}`): ParagraphRef => ({ index, textHash: text });
  const finding = (id: string, fix?: Edit[]): Finding => ({
    id,
    ruleId: "x",
    requirementIds: [],
    severity: "error",
    messageId: "m",
    message: "",
    data: {},
    target: { kind: "document" },
    ...(fix ? { fix } : {}),
  });
  const rt = (index: number, span: [number, number], text = "x"): Edit => ({
    op: "replaceText",
    target: r(index),
    span,
    text,
  });
  const sr = (index: number): Edit => ({ op: "setRole", target: r(index), role: "body" });
  const page: Edit = { op: "setPage", width: 11906, height: 16838, orientation: "portrait" };

  it("drops duplicates and orders bottom-to-top, setRole before right-to-left replaceText, setPage last", () => {
    const fs = [
      finding("a", [sr(1)]),
      finding("b", [sr(1)]),
      finding("c", [page]),
      finding("d", [rt(5, [0, 2])]),
      finding("e", [rt(5, [6, 8])]),
      finding("f", [sr(5)]),
      finding("g", [page]),
      finding("h"),
    ];
    const p = planFixes(fs, "all");
    expect(p.edits).toEqual([sr(5), rt(5, [6, 8]), rt(5, [0, 2]), sr(1), page]);
    expect(p.conflicts).toEqual([]);
    expect(p.needsConfirmation).toEqual([rt(5, [6, 8]), rt(5, [0, 2])]);
  });

  it("skips overlapping replaceText spans and reports them", () => {
    const p = planFixes(
      [
        finding("a", [rt(2, [0, 4], "A")]),
        finding("b", [rt(2, [3, 6], "B")]),
        finding("c", [rt(2, [6, 7])]),
      ],
      "all"
    );
    expect(p.edits).toEqual([rt(2, [6, 7]), rt(2, [3, 6], "B")]);
    expect(p.conflicts).toEqual([
      { edit: rt(2, [0, 4], "A"), findingIds: ["a"], conflictsWith: rt(2, [3, 6], "B") },
    ]);
  });

  it.each<[string, [number, number], [number, number], boolean]>([
    ["adjacent", [0, 2], [2, 4], false],
    ["same insertion point", [2, 2], [2, 2], true],
    ["insertion inside a replacement", [3, 3], [2, 5], true],
    ["insertion at a replacement's start", [2, 2], [2, 5], false],
    ["same span, other text", [1, 3], [1, 3], true],
  ])("%s", (_name, a, b, conflict) => {
    const p = planFixes([finding("a", [rt(0, a, "A")]), finding("b", [rt(0, b, "B")])], "all");
    expect(p.conflicts.length).toBe(conflict ? 1 : 0);
  });

  it("same span in different paragraphs does not conflict", () => {
    expect(
      planFixes([finding("a", [rt(0, [0, 2])]), finding("b", [rt(1, [0, 2])])], "all").conflicts
    ).toEqual([]);
  });

  it("honours the selection of finding ids", () => {
    const fs = [finding("a", [sr(1)]), finding("b", [rt(2, [0, 1])])];
    expect(planFixes(fs, ["b"]).edits).toEqual([rt(2, [0, 1])]);
    expect(planFixes(fs, []).edits).toEqual([]);
  });

  it("two different setRole for one paragraph: the second is a conflict", () => {
    const p = planFixes(
      [finding("a", [sr(1)]), finding("b", [{ op: "setRole", target: r(1), role: "heading3" }])],
      "all"
    );
    expect(p.edits).toHaveLength(1);
    expect(p.conflicts).toHaveLength(1);
  });
});
