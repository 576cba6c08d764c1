/**
 * @fileoverview readDocument / isEmpty / capabilities against the Word double: results, the
 * round-trip budget (1 sync whatever the size) and the load paths per requirement set.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { createWordGateway } from "../../src/word/gateway";
import { detectCapabilities } from "../../src/word/capabilities";
import { readDocument } from "../../src/word/readDocument";
import { PARAGRAPH_OVERHEAD_BYTES, planChunks } from "../../src/word/liveRead";

const utf8 = (s: string): number => new TextEncoder().encode(s).length;
import { GatewayError } from "../../src/core/gateway";
import { textHash } from "../../src/core/model";
import { emptyDocumentFlatOpc } from "../word-double";
import { docOf, p, setup } from "./helpers";

const STYLES = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="T"><w:name w:val="题目样式"/><w:pPr><w:jc w:val="center"/><w:spacing w:line="520" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="36"/></w:rPr></w:style>`;

describe("readDocument", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("reads an empty document in 2 syncs (paragraph batch, OOXML)", async () => {
    d = setup();
    const doc = await createWordGateway().readDocument();
    expect(doc.paragraphs.map((x) => x.text)).toEqual([""]);
    expect(d.stats.syncCount).toBe(2); // the paragraph batch, then the OOXML (src/word/liveRead.ts)
  });

  it("reads 3 paragraphs with resolved East Asian font and exact spacing, ids from uniqueLocalId (1.6)", async () => {
    d = setup({
      profile: "win-m365",
      flatOpc: emptyDocumentFlatOpc(
        p("安责险服务创新", { pPr: '<w:pStyle w:val="T"/>' }) + p("——某公司") + p("一、实施背景"),
        STYLES
      ),
    });
    const doc = await createWordGateway().readDocument();
    expect(doc.paragraphs.map((x) => x.text)).toEqual([
      "安责险服务创新",
      "——某公司",
      "一、实施背景",
    ]);
    const title = doc.paragraphs[0]!;
    expect(title.runs[0]!.format.eastAsia).toBe("黑体");
    expect(title.runs[0]!.format.sz).toBe(36);
    expect(title.spacing).toEqual({ line: 520, lineRule: "exact" });
    expect(title.alignment).toBe("center");
    const ids = doc.paragraphs.map((x) => x.id);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(d.stats.syncCount).toBe(2); // the paragraph batch, then the OOXML (src/word/liveRead.ts)
    expect(d.stats.loadLog).toEqual([
      "ParagraphCollection:items/text",
      "ParagraphCollection:items/style",
      "ParagraphCollection:items/styleBuiltIn",
      "ParagraphCollection:items/alignment",
      "ParagraphCollection:items/isListItem",
      "ParagraphCollection:items/tableNestingLevel",
      // the live reader's fingerprint properties (src/word/liveRead.ts)
      "ParagraphCollection:items/lineSpacing",
      "ParagraphCollection:items/font/name",
      "ParagraphCollection:items/font/size",
      "ParagraphCollection:items/font/bold",
      "ParagraphCollection:items/uniqueLocalId",
      // a whole read: which paragraphs hold photos (each is read alone)
      "ParagraphCollection:items/inlinePictures/items/width",
      "ParagraphCollection:items/inlinePictures/items/height",
      "ParagraphCollection:items/inlinePictures/items/altTextDescription",
    ]);
  });

  it("on a WordApi 1.3 host loads no uniqueLocalId and leaves ids unset", async () => {
    d = setup({
      flatOpc: docOf(["甲", "乙"]),
      sets: { "WordApi 1.6": false, "WordApi 1.5": false, "WordApi 1.4": false },
    });
    const doc = await createWordGateway().readDocument();
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["甲", "乙"]);
    expect(doc.paragraphs.every((x) => x.id === undefined)).toBe(true);
    expect(d.stats.loadLog.some((l) => l.includes("uniqueLocalId"))).toBe(false);
    expect(d.stats.syncCount).toBe(2); // the paragraph batch, then the OOXML (src/word/liveRead.ts)
  });

  it("reads a generated 3000-paragraph document in parts of at most CHUNK_BYTES per sync", async () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `第${i}段，我们做了安全检查。`);
    d = setup({ profile: "win-m365", flatOpc: docOf(texts) });
    const doc = await createWordGateway().readDocument();
    expect(doc.paragraphs).toHaveLength(3000);
    expect(doc.paragraphs[2999]!.text).toBe(texts[2999]);
    expect(doc.paragraphs[2999]!.id).toBeDefined();
    expect(d.stats.syncCount).toBe(
      1 +
        planChunks(
          doc.paragraphs.map((x) => ({
            bytes: utf8(x.text) + PARAGRAPH_OVERHEAD_BYTES,
            pictures: 0,
            tableNestingLevel: 0,
          }))
        ).length
    );
  });

  it("reads a table-only document (cell paragraphs in order, tableDepth 1)", async () => {
    const tbl = `<w:tbl><w:tr><w:tc>${p("单位")}</w:tc><w:tc>${p("某公司")}</w:tc></w:tr></w:tbl><w:p/>`;
    d = setup({ profile: "win-m365", flatOpc: emptyDocumentFlatOpc(tbl) });
    const doc = await createWordGateway().readDocument();
    expect(doc.paragraphs.map((x) => [x.text, x.tableDepth])).toEqual([
      ["单位", 1],
      ["某公司", 1],
      ["", 0],
    ]);
    expect(doc.tableCount).toBe(1);
    expect(doc.paragraphs.slice(0, 2).every((x) => x.id !== undefined)).toBe(true);
    expect(d.stats.syncCount).toBe(2); // the paragraph batch, then the OOXML (src/word/liveRead.ts)
  });

  it("turns a getOoxml failure into GatewayError readFailed with a Chinese message", async () => {
    d = setup({ flatOpc: docOf(["甲"]) });
    d.faults.failGetOoxml();
    const err = await createWordGateway()
      .readDocument()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "readFailed", officeCode: "GeneralException" });
    expect((err as GatewayError).message).toMatch(/读取文档失败/);
    expect(d.stats.syncCount).toBe(2); // the paragraph batch, then the OOXML (src/word/liveRead.ts)
  });

  it("aligns by text: line breaks (\\v from Word) still match the reader's text", async () => {
    const body = `<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>` + p("乙");
    d = setup({ profile: "win-m365", flatOpc: emptyDocumentFlatOpc(body) });
    const doc = await createWordGateway().readDocument();
    expect(doc.paragraphs.every((x) => x.id !== undefined)).toBe(true);
    expect(textHash(doc.paragraphs[1]!.text)).toBe(textHash("乙"));
  });

  it("uses the context it is given (no Word.run inside)", async () => {
    d = setup({ flatOpc: docOf(["甲"]) });
    const caps = detectCapabilities();
    const doc = await d.Word.run((ctx) => readDocument(ctx, caps));
    expect(doc.paragraphs[0]!.text).toBe("甲");
    expect(d.stats.syncCount).toBe(1);
  });
});

describe("capabilities", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("below WordApi 1.3 every method throws unsupportedHost naming Office 2019 / Microsoft 365", async () => {
    d = setup({ sets: { "WordApi 1.3": false } });
    const gw = createWordGateway();
    expect(() => gw.capabilities()).toThrow(GatewayError);
    const err = await gw.readDocument().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "unsupportedHost" });
    expect((err as Error).message).toMatch(/Office 2019/);
    expect((err as Error).message).toMatch(/Microsoft 365/);
    expect(d.stats.syncCount).toBe(0);
  });

  it("reports the host and sets: Web has no WordApiDesktop", () => {
    d = setup({ host: "Web" });
    expect(createWordGateway().capabilities()).toEqual({
      host: "Web",
      wordApi13: true,
      wordApi14: true,
      wordApi15: true,
      wordApi16: true,
      wordApiDesktop13: false,
    });
  });

  it("isEmpty: 1 sync; whitespace-only is empty, a table is not", async () => {
    d = setup({ flatOpc: docOf(["  ", "\u3000"]) });
    expect(await createWordGateway().isEmpty()).toBe(true);
    expect(d.stats.syncCount).toBe(1);
    d.restore();
    d = setup({
      flatOpc: emptyDocumentFlatOpc(`<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>`),
    });
    expect(await createWordGateway().isEmpty()).toBe(false);
  });
});
