/**
 * @fileoverview Finding a span by Word's search (src/word/searchSpan.ts) and what select and
 * text fixes do with it, on every host profile of the double: tabs and manual line breaks sent
 * as ^t / ^l (office-js#2331: a literal tab or \v finds nothing), pieces of at most MAX_NEEDLE
 * characters (#168, #320), a miss is an outcome (getFirstOrNullObject), never ItemNotFound, and
 * text fixes are searched in a sync of their own: a fix whose words are not found is reported
 * with its paragraph and the other fixes are made. Sync counts are asserted: a fix of N text
 * edits takes the same number of syncs for 1 and for 12 edits.
 */
import { createWordGateway } from "../../src/word/gateway";
import {
  MAX_NEEDLE,
  insertable,
  planSpan,
  replacements,
  searchString,
} from "../../src/word/searchSpan";
import { refOf } from "../../src/core/model";
import type { Edit } from "../../src/core/findings";
import { GatewayError } from "../../src/core/gateway";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { PROFILE_2023 } from "../../src/core/profile";
import { HOST_PROFILES, emptyDocumentFlatOpc } from "../word-double";
import { esc, setup } from "./helpers";

/** A `w:p` whose text may hold "\t" (w:tab), "\v" (w:br) and "\f" (w:br type page). */
function rich(text: string, rPr = ""): string {
  const runs = text.split(/([\t\v\f])/).map((piece) => {
    const inner =
      piece === "\t"
        ? "<w:tab/>"
        : piece === "\v"
          ? "<w:br/>"
          : piece === "\f"
            ? '<w:br w:type="page"/>'
            : `<w:t xml:space="preserve">${esc(piece)}</w:t>`;
    return piece === "" ? "" : `<w:r>${rPr}${inner}</w:r>`;
  });
  return `<w:p>${runs.join("")}</w:p>`;
}

function docOfRich(texts: string[]): string {
  return emptyDocumentFlatOpc(texts.map((t) => rich(t)).join(""));
}

const TAB_LINE = "姓名：\t张三\v单位：\t某公司";

describe("searchSpan: what is sent", () => {
  it("sends a tab as ^t, a manual line break as ^l and a caret as ^^; refuses other control characters", () => {
    expect(searchString("甲\t乙\v丙^丁")).toBe("甲^t乙^l丙^^丁");
    expect(searchString("甲\f乙")).toBeNull(); // page break
    expect(searchString("甲\u000e乙")).toBeNull(); // column break
    expect(searchString("")).toBeNull();
  });

  it("plans a span holding a tab whole; a long span as a head expanded to a tail of ≤ MAX_NEEDLE escaped characters", () => {
    expect(planSpan(TAB_LINE, [3, 6])).toEqual({
      kind: "span",
      probe: { needle: "^t张三", raw: "\t张三", k: 0, count: 1 },
    });
    const long = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i)).join("");
    const plan = planSpan(long, [10, 390]);
    if (typeof plan === "string" || plan.kind !== "expand") throw new Error("expand expected");
    expect(plan.head.needle.length).toBeLessThanOrEqual(MAX_NEEDLE);
    expect(plan.tail.needle.length).toBeLessThanOrEqual(MAX_NEEDLE);
    expect(plan.head.raw).toBe(long.slice(10, 10 + MAX_NEEDLE));
    expect(plan.tail.raw).toBe(long.slice(390 - MAX_NEEDLE, 390));
    // escapes count: 60 tabs are 120 characters sent
    const tabs = "甲" + "\t".repeat(60) + "乙";
    const t = planSpan(tabs, [0, tabs.length]);
    if (typeof t === "string" || t.kind !== "expand") throw new Error("expand expected");
    expect(t.head.needle.length).toBeLessThanOrEqual(MAX_NEEDLE);
  });

  it("a page break at an end of the span is not locatable; one inside is skipped by head and tail", () => {
    expect(planSpan("甲乙\f丙丁", [2, 4])).toBe("notLocatable");
    const plan = planSpan("甲乙\f丙丁", [1, 4]);
    expect(plan).toMatchObject({ kind: "expand", head: { raw: "乙" }, tail: { raw: "丙" } });
  });

  it("an insertion at the paragraph's start or end needs no search; inside it follows the characters before it", () => {
    expect(planSpan("甲乙丙", [0, 0])).toEqual({ kind: "paragraphStart" });
    expect(planSpan("甲乙丙", [3, 3])).toEqual({ kind: "paragraphEnd" });
    expect(planSpan("甲乙丙", [2, 2])).toEqual({
      kind: "after",
      probe: { needle: "甲乙", raw: "甲乙", k: 0, count: 1 },
    });
    expect(planSpan("甲\f丙", [2, 2])).toEqual({
      kind: "before",
      probe: { needle: "丙", raw: "丙", k: 0, count: 1 },
    });
  });
});

describe("searchSpan: what is written", () => {
  it("writes only what changes; kept line breaks are never written; a change of nothing writes nothing", () => {
    expect(replacements("甲乙丙丁", [1, 3], "乙戊")).toEqual([{ span: [2, 3], text: "戊" }]);
    expect(replacements("甲\v乙", [0, 3], "丙\v丁")).toEqual([
      { span: [2, 3], text: "丁" },
      { span: [0, 1], text: "丙" },
    ]);
    expect(replacements("甲乙", [0, 2], "甲乙")).toEqual([]);
    // a character outside the BMP is never cut in two
    expect(replacements("\u{20000}", [0, 2], "\u{20001}")).toEqual([
      { span: [0, 2], text: "\u{20001}" },
    ]);
  });

  it("a tab can be inserted; a line break or page break cannot (office-js#5403)", () => {
    expect(insertable("甲\t乙")).toBe(true);
    expect(insertable("甲\v乙")).toBe(false);
    expect(insertable("甲\f乙")).toBe(false);
  });
});

describe.each(HOST_PROFILES)("search on host %s", (host) => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("a fix whose span holds a tab and a manual line break is made; its words are selected", async () => {
    d = setup({ profile: host, flatOpc: docOfRich(["标题", TAB_LINE]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    expect(doc.paragraphs[1]!.text).toBe(TAB_LINE);
    const from = TAB_LINE.indexOf("张三");
    const to = TAB_LINE.indexOf("某公司");
    await gw.select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[1]!), span: [from, to] });
    expect(d.selection()).toMatchObject({ paragraphIndex: 1, start: from, end: to });
    const res = await gw.applyEdits([
      // searched as "：^t张三" (both ends change)
      { op: "replaceText", target: refOf(doc.paragraphs[1]!), span: [2, 6], text: ":\t李四" },
      // the line break is kept: "三" is not touched, "单" becomes "部"
      { op: "replaceText", target: refOf(doc.paragraphs[1]!), span: [6, 8], text: "\v部" },
    ]);
    expect(res).toMatchObject({ applied: 2, skippedStale: 0, textUnchanged: true, notDone: [] });
    expect(res.textNotLocated).toBeUndefined();
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[1]!.text).toBe("姓名:\t李四\v部位：\t某公司");
  });

  it("a fix of 1 or of 12 text edits takes the same 5 syncs (paragraph batch, search, write, verify 2)", async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `第${i}段：甲\t乙，丙丁。`);
    d = setup({ profile: host, flatOpc: docOfRich(texts) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const fix = (i: number): Edit => ({
      op: "replaceText",
      target: refOf(doc.paragraphs[i]!),
      span: [texts[i]!.indexOf("，"), texts[i]!.indexOf("，") + 1],
      text: "；",
    });
    d.resetStats();
    const one = await gw.applyEdits([fix(0)]);
    expect(one.applied).toBe(1);
    expect(d.stats.syncCount).toBe(5);
    const doc2 = await gw.readDocument();
    d.resetStats();
    const all = await gw.applyEdits(
      texts.slice(1).map((t, k) => ({
        op: "replaceText" as const,
        target: refOf(doc2.paragraphs[k + 1]!),
        span: [t.indexOf("，"), t.indexOf("，") + 1] as [number, number],
        text: "；",
      }))
    );
    expect(all).toMatchObject({ applied: 11, textUnchanged: true, notDone: [] });
    expect(d.stats.syncCount).toBe(5);
    expect(parseFlatOpc(d.documentOoxml()).paragraphs.map((x) => x.text)).toEqual(
      texts.map((t) => t.replace("，", "；"))
    );
  });

  it("words retyped during the fix are not found: that fix is not made and named by its paragraph, the others are", async () => {
    d = setup({
      profile: host,
      flatOpc: docOfRich(["标题", "我们公司建立了台账,每月检查。", "第二段,也有逗号。"]),
    });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const edits: Edit[] = [
      { op: "setRole", target: refOf(doc.paragraphs[0]!), role: "title" },
      { op: "replaceText", target: refOf(doc.paragraphs[1]!), span: [9, 10], text: "，" },
      { op: "replaceText", target: refOf(doc.paragraphs[2]!), span: [3, 4], text: "，" },
    ];
    // The writer retypes the words of paragraph 2 after the paragraph batch, before the search.
    d.faults.editAfterSyncs(1, () => d.edit.retype(1, 7, 10, "账本;"));
    const res = await gw.applyEdits(edits);
    expect(res.textNotLocated).toEqual([1]);
    expect(res.notDone).toContain("replaceTextNotLocated");
    expect(res.applied).toBe(2); // the title's style and paragraph 3's fix
    const after = parseFlatOpc(d.documentOoxml()).paragraphs;
    expect(after.map((x) => x.text)).toEqual([
      "标题",
      "我们公司建立了账本;每月检查。",
      "第二段，也有逗号。",
    ]);
    expect(after[0]!.styleName).toBe(PROFILE_2023.roles.title.styleName);
  });

  it("select of words retyped since the check selects their paragraph and says they were not found", async () => {
    d = setup({ profile: host, flatOpc: docOfRich(["标题", "我们公司建立了台账，每月检查。"]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    d.faults.editAfterSyncs(1, () => d.edit.retype(1, 7, 9, "账本"));
    const err = await gw
      .select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[1]!), span: [7, 9] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "targetNotFound" });
    expect((err as GatewayError).message).toContain("第 2 段");
    expect(d.selection()).toMatchObject({ paragraphIndex: 1, start: 0 });
  });

  it("a span ending in a page break is not searched: the fix is reported, the document unchanged", async () => {
    const text = "甲乙\f丙丁";
    d = setup({ profile: host, flatOpc: docOfRich([text]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const before = d.documentOoxml();
    const res = await gw.applyEdits([
      { op: "replaceText", target: refOf(doc.paragraphs[0]!), span: [1, 3], text: "乙" },
    ]);
    expect(res).toMatchObject({ applied: 0, textNotLocated: [0] });
    expect(res.notDone).toContain("replaceTextNotLocated");
    expect(d.documentOoxml()).toBe(before);
  });

  it("a paragraph rewritten by 一键排版 gets its text fix in the rewritten paragraph, with no search", async () => {
    const text = "1、建立隐患台账";
    d = setup({
      profile: host,
      flatOpc: emptyDocumentFlatOpc(
        rich(text, '<w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr>')
      ),
    });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    d.resetStats();
    const res = await gw.applyEdits([
      { op: "setRole", target: refOf(doc.paragraphs[0]!), role: "heading2" },
      { op: "replaceText", target: refOf(doc.paragraphs[0]!), span: [0, 2], text: "（一）" },
    ]);
    expect(res).toMatchObject({ applied: 2, textUnchanged: true });
    expect(res.textNotLocated).toBeUndefined();
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[0]!.text).toBe("（一）建立隐患台账");
    expect(d.stats.syncCount).toBe(4); // no search sync
  });
});
