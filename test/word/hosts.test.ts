/**
 * @fileoverview The host profiles of the Word double (test/word-double/hosts.ts): each profile's
 * requirement sets and each simulated weakness of Word, with the source it is simulated from.
 */
import { createWordDouble, HOST_PROFILES, PROFILES } from "../word-double";
import { docOf, p } from "./helpers";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { emptyDocumentFlatOpc } from "../word-double";

const twoParas = (): string => docOf(["第一段", "第二段"]);

/** A flat-OPC package of body paragraphs (no styles part). */
function pkgOf(bodyXml: string): string {
  return emptyDocumentFlatOpc(bodyXml);
}

describe("Word double host profiles", () => {
  it("each profile sets platform, version and requirement sets (facts §0)", () => {
    const expected: Record<string, [string, boolean, boolean, boolean]> = {
      // platform, WordApi 1.4, WordApi 1.6, WordApiDesktop 1.3
      web: ["OfficeOnline", true, true, false],
      "win-m365": ["PC", true, true, true],
      "win-2024-ltsc": ["PC", true, true, false],
      "win-2019": ["PC", false, false, false],
      mac: ["Mac", true, true, true],
    };
    for (const name of HOST_PROFILES) {
      const d = createWordDouble({ profile: name });
      const req = d.Office.context.requirements;
      expect([
        d.Office.context.platform,
        req.isSetSupported("WordApi", "1.4"),
        req.isSetSupported("WordApi", "1.6"),
        req.isSetSupported("WordApiDesktop", "1.3"),
      ]).toEqual(expected[name]);
      expect(d.Office.context.diagnostics.version).toBe(PROFILES[name].version);
    }
  });

  it("WORD_HOST picks the profile of a double that states no host; a stated host wins", () => {
    const prev = process.env.WORD_HOST;
    process.env.WORD_HOST = "win-2019";
    try {
      expect(createWordDouble().profile?.name).toBe("win-2019");
      expect(createWordDouble({ host: "Windows" }).profile).toBeNull();
      expect(createWordDouble({ profile: "mac" }).profile?.name).toBe("mac");
      process.env.WORD_HOST = "nonsense";
      expect(() => createWordDouble()).toThrow(/Unknown Word host profile/);
    } finally {
      if (prev === undefined) delete process.env.WORD_HOST;
      else process.env.WORD_HOST = prev;
    }
  });

  it("a double that would take WORD_HOST fails in a file without @hosts all (test:hosts would not run it)", () => {
    // This file states its hosts (profile, or WORD_HOST set here), so it has no @hosts all line.
    const prev = process.env.WORD_HOST;
    delete process.env.WORD_HOST;
    try {
      expect(() => createWordDouble()).toThrow(
        /test\/word\/hosts\.test\.ts: .*WORD_HOST.*no "@hosts all" line/
      );
      expect(() => createWordDouble({ flatOpc: twoParas() })).toThrow(/@hosts all/);
      expect(createWordDouble({ host: "Windows" }).profile).toBeNull();
      expect(createWordDouble({ sets: {} }).profile).toBeNull();
      expect(createWordDouble({ profile: "web" }).profile?.name).toBe("web");
    } finally {
      if (prev !== undefined) process.env.WORD_HOST = prev;
    }
  });

  it("win-2024-ltsc: uniqueLocalId is null though WordApi 1.6 is reported (office-js#4258)", async () => {
    const d = createWordDouble({ profile: "win-2024-ltsc", flatOpc: twoParas() });
    await d.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs.load("items/uniqueLocalId");
      await ctx.sync();
      expect(ps.items.map((x) => x.uniqueLocalId)).toEqual([null, null]);
    });
    const m365 = createWordDouble({ profile: "win-m365", flatOpc: twoParas() });
    await m365.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs.load("items/uniqueLocalId");
      await ctx.sync();
      expect(ps.items.every((x) => typeof x.uniqueLocalId === "string")).toBe(true);
    });
  });

  it("mac: insertParagraph After moves the paragraph's id to the new paragraph (office-js#5784)", async () => {
    const run = async (profile: "mac" | "win-m365"): Promise<[string, string, string]> => {
      const d = createWordDouble({ profile, flatOpc: docOf(["甲"]) });
      return d.Word.run(async (ctx) => {
        const first = ctx.document.body.paragraphs.getFirst();
        first.load("uniqueLocalId");
        await ctx.sync();
        const before = first.uniqueLocalId;
        first.insertParagraph("乙", "After");
        const ps = ctx.document.body.paragraphs.load("items/uniqueLocalId");
        await ctx.sync();
        return [before, ps.items[0]!.uniqueLocalId, ps.items[1]!.uniqueLocalId];
      });
    };
    const [b, a0, a1] = await run("mac");
    expect(a1).toBe(b);
    expect(a0).not.toBe(b);
    const [wb, w0] = await run("win-m365");
    expect(w0).toBe(wb);
  });

  it("a single paragraph inserted over one keeps the target's pPr (office-js#3149); two paragraphs take their own, the last losing its style (#2914)", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="我的"/></w:style>`;
    const body = p("原文", { pPr: '<w:jc w:val="center"/>' }) + p("后文");
    const d = createWordDouble({
      profile: "win-m365",
      flatOpc: emptyDocumentFlatOpc(body, styles),
    });
    // The packages name the style in a styles part: without one a w:pStyle is ignored (fact 7).
    const one = emptyDocumentFlatOpc(
      p("新文", { pPr: '<w:pStyle w:val="Mine"/><w:jc w:val="left"/>' }),
      styles
    );
    await d.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertOoxml(one, "Replace");
      await ctx.sync();
    });
    let xml = d.documentOoxml();
    expect(xml).toMatch(/<w:jc w:val="center"\/>.*新文/s);
    expect(xml).not.toContain('w:val="Mine"');
    const two = emptyDocumentFlatOpc(
      p("新文", { pPr: '<w:pStyle w:val="Mine"/><w:jc w:val="left"/>' }) +
        p("末段", { pPr: '<w:pStyle w:val="Mine"/>' }),
      styles
    );
    await d.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertOoxml(two, "Replace");
      await ctx.sync();
    });
    xml = d.documentOoxml();
    expect(xml).toMatch(/<w:pStyle w:val="Mine"\/><w:jc w:val="left"\/>.*新文/s);
    expect(xml).not.toMatch(/<w:pStyle w:val="Mine"\/>(<\/w:pPr>)?<w:r>.*末段/s);
    const plain = createWordDouble({
      host: "Windows",
      flatOpc: emptyDocumentFlatOpc(body, styles),
    });
    await plain.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertOoxml(one, "Replace");
      await ctx.sync();
    });
    expect(plain.documentOoxml()).toContain('w:val="Mine"');
  });

  it("a w:pStyle of an inserted package without a styles part defining it is ignored (facts §3 fact 7), even when the document has the style", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="我的"/></w:style>`;
    const d = createWordDouble({
      host: "Windows",
      flatOpc: emptyDocumentFlatOpc(p("原文") + p("后文"), styles),
    });
    const bare = pkgOf(
      p("新文", { pPr: '<w:pStyle w:val="Mine"/>' }) +
        p("末段", { pPr: '<w:pStyle w:val="Mine"/>' })
    );
    await d.Word.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertOoxml(bare, "Replace");
      await ctx.sync();
    });
    const doc = parseFlatOpc(d.documentOoxml());
    expect(doc.paragraphs.slice(0, 2).map((x) => [x.text, x.styleName])).toEqual([
      ["新文", "Normal"],
      ["末段", "Normal"],
    ]);
  });

  it("track changes (WordApi 1.4): re-inserted OOXML is a deletion plus an insertion (office-js#329, #334); the web's text includes the deletion (#1267)", async () => {
    for (const profile of ["win-m365", "web"] as const) {
      const d = createWordDouble({ profile, flatOpc: docOf(["旧文字"]) });
      await d.Word.run(async (ctx) => {
        ctx.document.load("changeTrackingMode");
        await ctx.sync();
        expect(ctx.document.changeTrackingMode).toBe("Off");
        ctx.document.changeTrackingMode = "TrackAll";
        ctx.document.body.paragraphs.getFirst().insertOoxml(pkgOf(p("新文字")), "Replace");
        const first = ctx.document.body.paragraphs.getFirst().load("text");
        await ctx.sync();
        expect(first.text).toBe(profile === "web" ? "旧文字新文字" : "新文字");
      });
      const xml = d.documentOoxml();
      expect(xml).toMatch(/<w:del [^>]*>.*<w:delText[^>]*>旧文字/s);
      expect(xml).toMatch(/<w:ins [^>]*>.*新文字/s);
    }
    const old = createWordDouble({ profile: "win-2019" });
    await old.Word.run(async (ctx) => {
      ctx.document.load("changeTrackingMode");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("a payload above the bound: GeneralException, or a hang on win-2019 (office-js#702, #2615); bytes and latency are counted", async () => {
    const d = createWordDouble({
      profile: "mac",
      flatOpc: docOf(["甲".repeat(50)]),
      payloadLimit: 500,
    });
    await d.Word.run(async (ctx) => {
      const x = ctx.document.body.getOoxml();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(() => x.value).toThrow();
    });
    expect(d.stats.payload.ooxmlRead).toBeGreaterThan(500);
    expect(d.stats.payload.latencyMs).toBeGreaterThan(0);
    const hang = createWordDouble({
      profile: "win-2019",
      flatOpc: docOf(["甲"]),
      payloadLimit: 100,
    });
    const settled = await Promise.race([
      hang.Word.run(async (ctx) => {
        ctx.document.body.getOoxml();
        await ctx.sync();
        return "settled";
      }),
      new Promise((r) => setTimeout(() => r("pending"), 50)),
    ]);
    expect(settled).toBe("pending");
  });

  it("rapid edits lose paragraph events (office-js#4874); a later edit is seen", async () => {
    const d = createWordDouble({ profile: "win-m365", flatOpc: twoParas() });
    const seen: unknown[] = [];
    await d.Word.run(async (ctx) => {
      ctx.document.onParagraphChanged.add(async (e) => void seen.push(e));
      await ctx.sync();
    });
    d.edit.typeText(0, "一");
    d.edit.typeText(1, "二");
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
    expect(d.stats.payload.eventsDropped).toBe(1);
    d.edit.typeText(1, "三");
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(2);
  });

  it("search: a tab or soft line break finds nothing (office-js#2331); Mac rejects shorter strings (#320); getFirstOrNullObject", async () => {
    const d = createWordDouble({ profile: "mac", flatOpc: docOf(["甲\t乙", "丙".repeat(200)]) });
    await d.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      const tab = ps.getFirst().search("甲\t乙").load("items");
      const none = ps.getFirst().search("丁").getFirstOrNullObject();
      none.load("text");
      const some = ps.getFirst().search("乙").getFirstOrNullObject();
      some.load("text");
      await ctx.sync();
      expect(tab.items).toHaveLength(0);
      expect(none.isNullObject).toBe(true);
      expect([some.isNullObject, some.text]).toEqual([false, "乙"]);
      ps.getLast().search("丙".repeat(150)).load("items");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("search codes ^t, ^l and ^^ find a tab, a manual line break and a caret (search-option-guidance); an unmodelled code is refused", async () => {
    const tabLine = `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙^</w:t><w:br/><w:t>丙</w:t></w:r></w:p>`;
    const d = createWordDouble({ profile: "web", flatOpc: pkgOf(tabLine) });
    await d.Word.run(async (ctx) => {
      const para = ctx.document.body.paragraphs.getFirst();
      const hit = para.search("甲^t乙^^^l丙", { matchCase: true }).getFirstOrNullObject();
      hit.load("text");
      const literal = para.search("甲\t乙").getFirstOrNullObject();
      literal.load("text");
      await ctx.sync();
      expect([hit.isNullObject, hit.text]).toEqual([false, "甲\t乙^\v丙"]);
      expect(literal.isNullObject).toBe(true); // office-js#2331
      para.search("^p").load("items");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("web: getByNamespace(ns).items is undefined for an unused namespace (office-js#6673); insertOoxml leaves nothing to undo (#6423)", async () => {
    const d = createWordDouble({ profile: "web", flatOpc: docOf(["甲"]) });
    await d.Word.run(async (ctx) => {
      const scoped = ctx.document.customXmlParts.getByNamespace("urn:nobody");
      scoped.load("items/id");
      await ctx.sync();
      expect(scoped.items).toBeUndefined();
      ctx.document.body.paragraphs.getFirst().insertText("乙", "End");
      await ctx.sync();
      expect(d.undoAvailable()).toBe(true);
      ctx.document.body.paragraphs.getFirst().insertOoxml(pkgOf(p("丙")), "Replace");
      await ctx.sync();
    });
    expect(d.undoAvailable()).toBe(false);
  });

  it("a WOPI host refuses insertOoxml with NotAllowed and writes nothing (office-js#4640)", async () => {
    const d = createWordDouble({ profile: "web", wopi: true, flatOpc: docOf(["甲"]) });
    const before = d.documentOoxml();
    await d.Word.run(async (ctx) => {
      ctx.document.body.insertOoxml(pkgOf(p("乙")), "End");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "NotAllowed" });
    });
    expect(d.documentOoxml()).toBe(before);
  });
});
