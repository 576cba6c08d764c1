/**
 * @fileoverview Tests of the strict Word double itself: the semantics the gateway tests rely on
 * (unloaded reads throw, writes wait for sync, the weak spots of the real API are reproduced).
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { createWordDouble } from "../word-double";
import { emptyDocumentFlatOpc } from "../word-double";
import { docOf, p, grab } from "./helpers";

const CUSTOM_STYLE = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Mine"><w:name w:val="我的样式"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="楷体"/><w:sz w:val="28"/></w:rPr></w:style>`;
const UNUSED_STYLE = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Unused"><w:name w:val="没用的"/></w:style>`;

describe("Word double: load/sync strictness", () => {
  it("throws PropertyNotLoaded for a scalar read before load + sync, and after load but before sync", async () => {
    const d = createWordDouble({ flatOpc: docOf(["一", "二"]) });
    await d.Word.run(async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      expect(() => first.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      first.load("text");
      let caught: unknown;
      try {
        void first.text;
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({
        code: "PropertyNotLoaded",
        debugInfo: { code: "PropertyNotLoaded" },
      });
      await ctx.sync();
      expect(first.text).toBe("一");
      const coll = ctx.document.body.paragraphs;
      expect(() => coll.items).toThrow(/not available/);
    });
    expect(d.stats.syncCount).toBe(1);
    expect(d.stats.loadLog).toEqual(["Paragraph:text"]);
  });

  it("counts the bytes the add-in writes: property values, inserted text and OOXML packages", async () => {
    const d = createWordDouble({ flatOpc: docOf(["甲", "乙"], CUSTOM_STYLE) });
    const pkg = d.documentOoxml();
    await d.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      expect(d.stats.bytesWritten).toBe(0);
      ps.items[0]!.style = "我的样式"; // 12 bytes of UTF-8
      ps.items[1]!.insertText("丙", "End"); // 3
      await ctx.sync();
      expect(d.stats.bytesWritten).toBe(15);
      ps.items[1]!.insertOoxml(pkg, "Replace");
      await ctx.sync();
    });
    expect(d.stats.bytesWritten).toBe(15 + Buffer.byteLength(pkg, "utf8"));
    expect(d.stats.ooxml.inserts).toBe(1);
    d.resetStats();
    expect(d.stats.bytesWritten).toBe(0);
    expect(d.stats.ooxml.inserts).toBe(0);
  });

  it("snapshots values at sync and applies writes only at sync, in order", async () => {
    const d = createWordDouble({ flatOpc: docOf(["甲"], CUSTOM_STYLE) });
    await d.Word.run(async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      first.load("style");
      first.style = "我的样式";
      first.load({ style: true } as unknown as string);
      expect(d.documentOoxml()).not.toContain('w:pStyle w:val="Mine"');
      await ctx.sync();
      expect(d.documentOoxml()).toContain('w:pStyle w:val="Mine"');
      expect(first.style).toBe("我的样式"); // the later load (after the write) wins
    });
    expect(d.stats.loadLog).toEqual(["Paragraph:style", "Paragraph:style"]);
  });

  it("roundTrip: a sync answers after msPerSync + msPerMB per MB moved, never in the same task; a failed one too", async () => {
    const d = createWordDouble({
      flatOpc: docOf(["甲".repeat(20_000)]),
      roundTrip: { msPerSync: 40, msPerMB: 2000 },
    });
    await d.Word.run(async (ctx) => {
      const body = ctx.document.body;
      body.load("text");
      let answered = false;
      const t0 = Date.now();
      const sync = ctx.sync().then(() => (answered = true));
      await Promise.resolve();
      await Promise.resolve();
      expect(answered).toBe(false); // microtasks pass; the answer is still on its way
      await sync;
      // 20 000 CJK characters = 60 000 bytes read: 40 + 0.06 × 2000 = 160 ms
      expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
      expect(body.text).toHaveLength(20_000);
      d.faults.failNextSync();
      const t1 = Date.now();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(Date.now() - t1).toBeGreaterThanOrEqual(35);
    });
  });

  it("Word.run syncs leftover queued work (and counts it); a batch that is not a promise is rejected", async () => {
    const d = createWordDouble({ flatOpc: docOf(["甲"]) });
    await d.Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("乙", "End");
    });
    expect(d.stats.syncCount).toBe(1);
    expect(d.documentOoxml()).toContain(">乙<");
    await expect(
      d.Word.run((() => 1) as unknown as (c: Word.RequestContext) => Promise<number>)
    ).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("rejects a batch that loads uniqueLocalId without WordApi 1.6, applying none of it", async () => {
    const d = createWordDouble({
      flatOpc: docOf(["甲"], CUSTOM_STYLE),
      sets: { "WordApi 1.6": false },
    });
    await d.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.getFirst().style = "我的样式";
      ps.load("items/text,items/uniqueLocalId");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(d.documentOoxml()).not.toContain("w:pStyle");
  });

  it("rejects styleBuiltIn without WordApi 1.3 and getStyles without 1.5", async () => {
    const d13 = createWordDouble({ sets: { "WordApi 1.3": false } });
    await d13.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.load("items/styleBuiltIn");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    const d15 = createWordDouble({ sets: { "WordApi 1.5": false } });
    await d15.Word.run(async (ctx) => {
      ctx.document.getStyles().load("items/nameLocal");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(d13.Office.context.requirements.isSetSupported("WordApi", "1.6")).toBe(false); // cumulative
  });

  it("exposes paragraph properties: text without numbering, style names, alignment, table nesting, stable ids", async () => {
    const body =
      p("标题", { pPr: '<w:pStyle w:val="Heading1"/><w:jc w:val="center"/>' }) +
      `<w:tbl><w:tr><w:tc>${p("单元格")}</w:tc></w:tr></w:tbl>` +
      p("第一行", { pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' });
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>`;
    const d = createWordDouble({
      profile: "win-m365",
      flatOpc: emptyDocumentFlatOpc(body, styles),
    });
    const read = () =>
      d.Word.run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load(
          "items/text,items/style,items/styleBuiltIn,items/alignment,items/isListItem,items/tableNestingLevel,items/uniqueLocalId"
        );
        await ctx.sync();
        return ps.items.map((x) => ({
          text: x.text,
          style: x.style,
          b: x.styleBuiltIn,
          a: x.alignment,
          l: x.isListItem,
          t: x.tableNestingLevel,
          id: x.uniqueLocalId,
        }));
      });
    const a = await read();
    expect(a.map((x) => [x.text, x.style, x.b, x.a, x.l, x.t])).toEqual([
      ["标题", "Heading 1", "Heading1", "Centered", false, 0],
      ["单元格", "Normal", "Normal", "Left", false, 1],
      ["第一行", "Normal", "Normal", "Left", true, 0],
    ]);
    const b = await read();
    expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id));
    expect(new Set(a.map((x) => x.id)).size).toBe(3);
  });
});

describe("Word double: list items", () => {
  it("listItemOrNullObject is null for plain paragraphs; listItem of a plain paragraph fails with ItemNotFound", async () => {
    const body =
      p("一、", { pPr: '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>' }) + p("正文");
    const d = createWordDouble({ flatOpc: emptyDocumentFlatOpc(body) });
    await d.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs.load("items/isListItem");
      await ctx.sync();
      const a = ps.items[0]!.listItemOrNullObject.load("level");
      const b = ps.items[1]!.listItemOrNullObject.load("level");
      await ctx.sync();
      expect([a.isNullObject, a.level, b.isNullObject]).toEqual([false, 1, true]);
      ps.items[1]!.listItem.load("level");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});

describe("Word double: weak where Word is weak", () => {
  it("font.name sets only ascii/hAnsi, never eastAsia (docs-reference#2056); nameFarEast needs WordApiDesktop 1.3", async () => {
    const d = createWordDouble({
      flatOpc: emptyDocumentFlatOpc(p("材料a", { rPr: '<w:rFonts w:eastAsia="楷体"/>' })),
    });
    await d.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().font.name = "宋体";
      await ctx.sync();
    });
    const rFonts = grab(d.documentOoxml(), /(<w:rFonts[^>]*\/>)/);
    expect(rFonts).toContain('w:ascii="宋体"');
    expect(rFonts).toContain('w:hAnsi="宋体"');
    expect(rFonts).toContain('w:eastAsia="楷体"');

    const web = createWordDouble({ host: "Web", flatOpc: docOf(["材料"]) });
    await web.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().font.nameFarEast = "黑体";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    const desk = createWordDouble({ profile: "win-m365", flatOpc: docOf(["材料"]) });
    await desk.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().font.nameFarEast = "黑体";
      await ctx.sync();
    });
    expect(desk.documentOoxml()).toContain('w:eastAsia="黑体"');
  });

  it("lineSpacing = n writes a multiple (lineRule auto), not exact (office-js#2296)", async () => {
    const d = createWordDouble({ flatOpc: docOf(["正文"]) });
    await d.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().lineSpacing = 26;
      await ctx.sync();
    });
    const spacing = grab(d.documentOoxml(), /(<w:spacing[^>]*\/>)/);
    expect(spacing).toContain('w:line="520"');
    expect(spacing).toContain('w:lineRule="auto"');
    expect(spacing).not.toContain("exact");
  });

  it("insertOoxml does not redefine an existing style (office-js#5491) but adds new ones", async () => {
    const d = createWordDouble({ flatOpc: docOf(["甲"], CUSTOM_STYLE) });
    const pkgStyles =
      `<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="我的样式"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="New1"><w:name w:val="新样式"/><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr></w:style>`;
    const pkg = emptyDocumentFlatOpc(p("插入", { pPr: '<w:pStyle w:val="New1"/>' }), pkgStyles);
    await d.Word.run(async (ctx) => {
      ctx.document.body.insertOoxml(pkg, "End");
      await ctx.sync();
    });
    const xml = d.documentOoxml();
    expect(grab(xml, /(<w:style [^>]*w:styleId="Mine".*?<\/w:style>)/)).toContain(
      'w:eastAsia="楷体"'
    );
    expect(grab(xml, /(<w:style [^>]*w:styleId="New1".*?<\/w:style>)/)).toContain(
      'w:eastAsia="宋体"'
    );
    expect(xml.match(/w:styleId="Mine"/g)).toHaveLength(1);
  });

  it("assigning an unknown style name fails the batch with ItemNotFound", async () => {
    const d = createWordDouble({ flatOpc: docOf(["甲"]) });
    await d.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().style = "不存在";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("getOoxml returns the styles in use with their basedOn chain, not unused ones", async () => {
    const d = createWordDouble({
      flatOpc: emptyDocumentFlatOpc(
        p("甲", { pPr: '<w:pStyle w:val="Mine"/>' }),
        CUSTOM_STYLE + UNUSED_STYLE
      ),
    });
    const xml = await d.Word.run(async (ctx) => {
      const r = ctx.document.body.paragraphs.getFirst().getOoxml();
      expect(() => r.value).toThrow(/not been loaded/);
      await ctx.sync();
      return r.value;
    });
    expect(xml).toContain("pkg:package");
    expect(xml).toContain('w:styleId="Mine"');
    expect(xml).toContain('w:styleId="Normal"');
    expect(xml).not.toContain('w:styleId="Unused"');
  });

  it("search rejects more than 255 characters (office-js#168) and finds non-overlapping occurrences", async () => {
    const d = createWordDouble({ flatOpc: docOf(["我们认为我们可以"]) });
    await d.Word.run(async (ctx) => {
      const para = ctx.document.body.paragraphs.getFirst();
      const hits = para.search("我们", { matchCase: true }).load("items/text");
      await ctx.sync();
      expect(hits.items.map((h) => h.text)).toEqual(["我们", "我们"]);
      para.search("字".repeat(256)).load("$none");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("getByNameOrNullObject: isNullObject after sync", async () => {
    const d = createWordDouble({ profile: "win-m365", flatOpc: docOf(["甲"], CUSTOM_STYLE) });
    await d.Word.run(async (ctx) => {
      const styles = ctx.document.getStyles();
      const a = styles.getByNameOrNullObject("我的样式");
      const b = styles.getByNameOrNullObject("无此样式");
      a.load("nameLocal,font/size");
      b.load("nameLocal");
      expect(() => a.isNullObject).toThrow();
      await ctx.sync();
      expect(a.isNullObject).toBe(false);
      expect(a.font.size).toBe(14);
      expect(b.isNullObject).toBe(true);
    });
  });

  it("pageSetup (desktop 1.3) sets A4 portrait in sectPr", async () => {
    const d = createWordDouble({
      profile: "win-m365",
      flatOpc: docOf(["甲"]).replace(
        '<w:pgSz w:w="11906" w:h="16838"/>',
        '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>'
      ),
    });
    await d.Word.run(async (ctx) => {
      const ps = ctx.document.sections.getFirst().pageSetup;
      ps.orientation = "Portrait";
      ps.paperSize = "A4";
      ps.load("paperSize,orientation");
      await ctx.sync();
      expect([ps.paperSize, ps.orientation]).toEqual(["A4", "Portrait"]);
    });
    const pg = grab(d.documentOoxml(), /(<w:pgSz[^>]*\/>)/);
    expect(pg).toContain('w:w="11906"');
    expect(pg).toContain('w:h="16838"');
    expect(pg).not.toContain("landscape");
  });
});

describe("Word double: faults and events", () => {
  it("failNextSync rejects without applying the batch; failSyncAfter lets n syncs pass", async () => {
    const d = createWordDouble({ flatOpc: docOf(["甲"]) });
    d.faults.failNextSync("AccessDenied");
    await d.Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("乙", "End");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(d.documentOoxml()).not.toContain(">乙<");
    d.faults.failSyncAfter(1);
    await d.Word.run(async (ctx) => {
      ctx.document.body.insertParagraph("丙", "End");
      await ctx.sync();
      ctx.document.body.insertParagraph("丁", "End");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    const xml = d.documentOoxml();
    expect(xml).toContain(">丙<");
    expect(xml).not.toContain(">丁<");
  });

  it("fires paragraph events asynchronously for user typing once handlers are registered (1.6)", async () => {
    const d = createWordDouble({ profile: "win-m365", flatOpc: docOf(["甲", "乙"]) });
    const seen: { type: string; uniqueLocalIds: string[] }[] = [];
    await d.Word.run(async (ctx) => {
      ctx.document.onParagraphChanged.add(async (a) => void seen.push(a));
      ctx.document.onParagraphAdded.add(async (a) => void seen.push(a));
      await ctx.sync();
    });
    d.edit.typeText(1, "丙");
    d.edit.appendParagraph("丁");
    expect(seen).toHaveLength(0); // asynchronous
    await Promise.resolve();
    await Promise.resolve();
    expect(seen.map((s) => s.type)).toEqual(["ParagraphChanged", "ParagraphAdded"]);
    expect(d.documentOoxml()).toContain(">丙<");
    const old = createWordDouble({ sets: { "WordApi 1.6": false } });
    await old.Word.run(async (ctx) => {
      ctx.document.onParagraphChanged.add(async () => undefined);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
