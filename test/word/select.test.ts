/**
 * @fileoverview select against the Word double: the right occurrence of a repeated word, by id
 * (1.6) or index (1.3), long spans, stale targets; 3 syncs for a span (paragraph, search, select),
 * 2 for a paragraph.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { createWordGateway } from "../../src/word/gateway";
import { refOf, textHash } from "../../src/core/model";
import { docOf, setup } from "./helpers";

const TEXT = "我们公司建立了台账，我们每月检查。";

describe("select", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("selects the second 我们 of the paragraph by its span (uniqueLocalId, 3 syncs)", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["标题", TEXT]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const at = TEXT.indexOf("我们", 1);
    d.resetStats();
    await gw.select({
      kind: "paragraph",
      paragraph: refOf(doc.paragraphs[1]!),
      span: [at, at + 2],
    });
    expect(d.selection()).toEqual({ paragraphIndex: 1, start: at, end: at + 2, text: "我们" });
    expect(d.stats.syncCount).toBe(3);
    // the second occurrence: the hits of the search with their texts, checked before selecting
    expect(d.stats.loadLog).toEqual(["Paragraph:text", "RangeCollection:items/text"]);
  });

  it("selects the first 我们 by index on a WordApi 1.3 host", async () => {
    d = setup({
      flatOpc: docOf(["标题", TEXT]),
      sets: { "WordApi 1.6": false, "WordApi 1.5": false, "WordApi 1.4": false },
    });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    d.resetStats();
    await gw.select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[1]!), span: [0, 2] });
    expect(d.selection()).toEqual({ paragraphIndex: 1, start: 0, end: 2, text: "我们" });
    expect(d.stats.syncCount).toBe(3);
  });

  it("selects a span longer than MAX_NEEDLE characters by expanding a prefix to a suffix (office-js#168)", async () => {
    const long = "甲".repeat(150) + "乙".repeat(300) + "丙".repeat(50);
    d = setup({ profile: "win-m365", flatOpc: docOf([long]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    await gw.select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[0]!), span: [100, 480] });
    expect(d.selection()).toMatchObject({ paragraphIndex: 0, start: 100, end: 480 });
  });

  it("on Word for Mac a 150-character span is found in pieces below its search limit (#320)", async () => {
    // 190 different characters (一丁丂七…): every piece occurs once
    const long = Array.from({ length: 190 }, (_, i) => String.fromCharCode(0x4e00 + i)).join("");
    d = setup({ profile: "mac", flatOpc: docOf([long]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    await gw.select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[0]!), span: [20, 170] });
    expect(d.selection()).toMatchObject({ paragraphIndex: 0, start: 20, end: 170 });
  });

  it("selects the whole paragraph without a span", async () => {
    d = setup({ flatOpc: docOf(["甲", "乙乙"]) });
    await createWordGateway().select({
      kind: "paragraph",
      paragraph: { index: 1, textHash: textHash("乙乙") },
    });
    expect(d.selection()).toEqual({ paragraphIndex: 1, start: 0, end: 2, text: "乙乙" });
  });

  it("a paragraph changed since the check is targetNotFound, and nothing is selected", async () => {
    d = setup({ flatOpc: docOf(["标题", TEXT]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    d.edit.typeText(1, "补充");
    const err = await gw
      .select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[1]!), span: [0, 2] })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "GatewayError", code: "targetNotFound" });
    expect(d.selection()).toBeNull();
  });

  it("a deleted paragraph (unknown uniqueLocalId) is targetNotFound", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["标题", TEXT]) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    d.edit.deleteParagraph(1);
    const err = await gw
      .select({ kind: "paragraph", paragraph: refOf(doc.paragraphs[1]!) })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "targetNotFound", officeCode: "ItemNotFound" });
  });
});
