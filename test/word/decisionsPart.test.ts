/**
 * @fileoverview readState / writeState / exportPictures against the Word double: round trips
 * through the double (WordApi 1.4 and the Common API below it), through a .docx written by the
 * double (and read by the CLI's reader and `case-report check`), sync budgets, garbage parts and
 * parts of other versions, failures.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync, strFromU8 } from "fflate";
import { GatewayError, type DocumentState } from "../../src/core/gateway";
import { readDocx } from "../../src/ooxml/zip";
import { STATE_NAMESPACE, readDocumentState } from "../../src/ooxml/decisions-part";
import { createWordGateway } from "../../src/word/gateway";
import { emptyDocumentFlatOpc } from "../word-double";
import { cleanupTempDirs, firstPersonDocx, run, tempDir } from "../cli/helpers";
import { docOf, setup } from "./helpers";

const STATE: DocumentState = {
  version: 1,
  ignoredFindingIds: ["first-person/firstPerson@p12:3-5"],
  ignoredRules: ["photo-dpi"],
  handChecked: ["truth", "privacy"],
};

/** Custom XML parts of a .docx: name → text. */
function customXmlOf(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files))
    if (name.startsWith("customXml/")) out[name] = strFromU8(data);
  return out;
}

describe("DocumentState through the Word double", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());
  afterAll(() => cleanupTempDirs());

  it("reads the empty state in 1 sync when nothing is saved (WordApi 1.4)", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["题目"]) });
    const state = await createWordGateway().readState();
    expect(state).toEqual({ version: 1, ignoredFindingIds: [], ignoredRules: [], handChecked: [] });
    expect(d.stats.syncCount).toBe(1);
    expect(d.stats.loadLog).toEqual(["CustomXmlPartScopedCollection:items/id"]);
  });

  it("writes in 2 syncs, reads back in 2, and the part is in the saved .docx", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["题目"]) });
    const gw = createWordGateway();
    await gw.writeState(STATE);
    expect(d.stats.syncCount).toBe(2);
    d.resetStats();
    expect(await gw.readState()).toEqual(STATE);
    expect(d.stats.syncCount).toBe(2);

    const parts = customXmlOf(d.docx());
    expect(Object.keys(parts).sort()).toEqual([
      "customXml/_rels/item1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    expect(parts["customXml/item1.xml"]).toContain(`xmlns="${STATE_NAMESPACE}"`);
    expect(parts["customXml/itemProps1.xml"]).toContain(`ds:schemaRef ds:uri="${STATE_NAMESPACE}"`);
    // The CLI's reader finds the same decisions in the file.
    expect(readDocumentState(readDocx(d.docx()))).toEqual(STATE);
  });

  it("replaces the saved state (setXml, one part) and an empty state removes the part", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["题目"]) });
    const gw = createWordGateway();
    await gw.writeState(STATE);
    const next: DocumentState = { ...STATE, ignoredRules: [], handChecked: ["truth"] };
    await gw.writeState(next);
    expect(await gw.readState()).toEqual(next);
    expect(Object.keys(customXmlOf(d.docx()))).toHaveLength(3);
    d.resetStats();
    await gw.writeState({ version: 1, ignoredFindingIds: [], ignoredRules: [], handChecked: [] });
    expect(d.stats.syncCount).toBe(3); // ids; their XML (a damaged part is kept); the delete
    expect(customXmlOf(d.docx())).toEqual({});
    d.resetStats();
    await gw.writeState({ version: 1, ignoredFindingIds: [], ignoredRules: [], handChecked: [] });
    expect(d.stats.syncCount).toBe(1); // nothing to delete: no second batch
  });

  it("survives save and reopen: a new double over the saved .docx reads the same state", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["题目"]) });
    await createWordGateway().writeState(STATE);
    const saved = d.docx();
    d.restore();
    d = setup({ profile: "win-m365", docx: saved });
    expect(await createWordGateway().readState()).toEqual(STATE);
  });

  it("tolerates a damaged part in our namespace (counted, never overwritten), keeps an element it does not know, and never touches v2", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["题目"]) });
    const gw = createWordGateway();
    // Put a garbage v1 part and a future v2 part into the data store through the Word API.
    await d.Word.run(async (ctx) => {
      ctx.document.customXmlParts.add(
        `<state xmlns="${STATE_NAMESPACE}"><ignoredRule/><ignoredRule id="  "/><x id="1"/></state>`
      );
      ctx.document.customXmlParts.add(
        `<wrong xmlns="${STATE_NAMESPACE}"><ignoredRule id="photo-dpi"/></wrong>`
      );
      ctx.document.customXmlParts.add(
        `<state xmlns="urn:case-report-assistant:state:2" schema="2"><anything/></state>`
      );
      await ctx.sync();
    });
    expect(await gw.readState()).toEqual({
      version: 1,
      ignoredFindingIds: [],
      ignoredRules: [],
      handChecked: [],
      // an element this version does not know is kept as written (issue 8: nothing lost)
      preserved: [`<x id="1" xmlns="${STATE_NAMESPACE}"/>`],
      unreadableParts: 1, // the <wrong> root: the pane says so
    });
    await gw.writeState(STATE);
    const parts = customXmlOf(d.docx());
    const items = Object.entries(parts).filter(([n]) => /item\d+\.xml$/.test(n));
    // ours (the readable one, rewritten) + the damaged one and the v2 part, both untouched
    expect(items).toHaveLength(3);
    expect(items.some(([, x]) => x.includes("state:2") && x.includes("<anything/>"))).toBe(true);
    expect(items.some(([, x]) => x.includes("<wrong") && x.includes("photo-dpi"))).toBe(true);
    expect(await gw.readState()).toEqual({ ...STATE, unreadableParts: 1 });
  });

  /** Adds a custom XML part as a later version or another tool might: Word API, or Common API below 1.4. */
  async function addPart(xml: string): Promise<void> {
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    if (office.context.requirements.isSetSupported("WordApi", "1.4")) {
      await d.Word.run(async (ctx) => {
        ctx.document.customXmlParts.add(xml);
        await ctx.sync();
      });
      return;
    }
    await new Promise<void>((resolve, reject) =>
      office.context.document.customXmlParts.addAsync(xml, (r) =>
        String(r.status) === "succeeded" ? resolve() : reject(new Error("addAsync failed"))
      )
    );
  }
  const itemsOf = (docx: Uint8Array) =>
    Object.entries(customXmlOf(docx)).filter(([n]) => /item\d+\.xml$/.test(n));

  it("a save never overwrites or deletes a damaged part of ours (host profile in force)", async () => {
    d = setup({ flatOpc: docOf(["题目"]) }); // no host/sets: the WORD_HOST profile applies
    const gw = createWordGateway();
    await addPart(`<decisions xmlns="${STATE_NAMESPACE}"><ignoredRule id="b"/></decisions>`);
    expect((await gw.readState()).unreadableParts).toBe(1);
    await gw.writeState(STATE);
    await gw.writeState({ ...STATE, handChecked: [] });
    expect(await gw.readState()).toEqual({ ...STATE, handChecked: [], unreadableParts: 1 });
    expect(itemsOf(d.docx())).toHaveLength(2);
    await gw.writeState({ version: 1, ignoredFindingIds: [], ignoredRules: [], handChecked: [] });
    const left = itemsOf(d.docx());
    expect(left).toHaveLength(1);
    expect(left[0]?.[1]).toContain('<ignoredRule id="b"/>');
  });

  it("below WordApi 1.4 a save leaves a damaged part too (Common API)", async () => {
    d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.4": false } });
    const gw = createWordGateway();
    await addPart(`<decisions xmlns="${STATE_NAMESPACE}"><ignoredRule id="b"/></decisions>`);
    expect((await gw.readState()).unreadableParts).toBe(1);
    await gw.writeState(STATE);
    await gw.writeState({ ...STATE, ignoredRules: [] });
    expect(await gw.readState()).toEqual({ ...STATE, ignoredRules: [], unreadableParts: 1 });
    expect(itemsOf(d.docx())).toHaveLength(2);
  });

  it("below WordApi 1.4 uses the Common API: no sync, asynchronous calls, same part", async () => {
    d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.4": false } });
    const gw = createWordGateway();
    await gw.writeState(STATE);
    expect(d.stats.syncCount).toBe(0);
    expect(d.stats.asyncLog).toEqual([
      "CustomXmlParts.getByNamespaceAsync",
      "CustomXmlParts.addAsync",
    ]);
    await gw.writeState({ ...STATE, handChecked: [] });
    d.resetStats();
    expect(await gw.readState()).toEqual({ ...STATE, handChecked: [] });
    expect(d.stats.syncCount).toBe(0);
    expect(d.stats.asyncLog).toEqual([
      "CustomXmlParts.getByNamespaceAsync",
      "CustomXmlPart.getXmlAsync",
    ]);
    expect(readDocumentState(readDocx(d.docx()))).toEqual({ ...STATE, handChecked: [] });
  });

  it("a part written on a 1.3 host is read on a 1.4 host and vice versa", async () => {
    d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.4": false } });
    await createWordGateway().writeState(STATE);
    const saved = d.docx();
    d.restore();
    d = setup({ docx: saved });
    expect(await createWordGateway().readState()).toEqual(STATE);
  });

  it("without WordApi 1.4 and without the CustomXmlParts set: unsupportedHost", async () => {
    d = setup({
      flatOpc: docOf(["题目"]),
      sets: { "WordApi 1.4": false, CustomXmlParts: false },
    });
    await expect(createWordGateway().readState()).rejects.toMatchObject({
      code: "unsupportedHost",
    });
    await expect(createWordGateway().writeState(STATE)).rejects.toMatchObject({
      code: "unsupportedHost",
    });
  });

  it("a failing write is a partial writeFailed with a Chinese message; a failing read is readFailed", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["题目"]) });
    const gw = createWordGateway();
    d.faults.failSyncAfter(1);
    const e = await gw.writeState(STATE).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).code).toBe("writeFailed");
    expect((e as GatewayError).partial).toBe(true);
    expect((e as GatewayError).message).toMatch(/忽略/);
    d.faults.failNextSync();
    await expect(gw.readState()).rejects.toMatchObject({ code: "readFailed" });
  });

  it("a failing Common API call is a GatewayError too", async () => {
    d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.4": false } });
    d.faults.failNextAsync();
    await expect(createWordGateway().readState()).rejects.toMatchObject({ code: "readFailed" });
  });

  it("the strict double rejects the Word API on a 1.3 host (ApiNotFound), as Word would", async () => {
    d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.4": false } });
    const e = await d.Word.run(async (ctx) => {
      const s = ctx.document.customXmlParts.getByNamespace(STATE_NAMESPACE);
      s.load("items/id");
      await ctx.sync();
    }).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe("ApiNotFound");
  });

  it("check on the .docx the add-in saved honours the ignores (round trip add-in → file → CLI)", async () => {
    d = setup({ profile: "win-m365", docx: firstPersonDocx() });
    const gw = createWordGateway();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "before.docx"), d.docx());
    const before = await run(["check", "before.docx", "--json"], dir);
    const findings = (
      JSON.parse(before.stdout) as { files: { findings: { id: string; ruleId: string }[] }[] }
    ).files[0]!.findings;
    const firstPerson = findings.filter((f) => f.ruleId === "first-person");
    expect(firstPerson.length).toBeGreaterThan(1);
    await gw.writeState({
      version: 1,
      ignoredFindingIds: [firstPerson[0]!.id],
      ignoredRules: [],
      handChecked: ["truth"],
    });
    fs.writeFileSync(path.join(dir, "after.docx"), d.docx());
    const after = await run(["check", "after.docx", "--json"], dir);
    const report = (
      JSON.parse(after.stdout) as {
        files: {
          findings: { id: string }[];
          ignored: { id: string }[];
          hand: { id: string; checked: boolean }[];
        }[];
      }
    ).files[0]!;
    expect(report.findings.map((f) => f.id)).not.toContain(firstPerson[0]!.id);
    expect(report.ignored.map((f) => f.id)).toEqual([firstPerson[0]!.id]);
    expect(report.hand.find((h) => h.id === "truth")?.checked).toBe(true);
    expect(report.hand.find((h) => h.id === "privacy")?.checked).toBe(false);
  });
});

describe("exportPictures through the Word double", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("names pictures by their captions in 1 sync", async () => {
    const { pictureDocx } = await import("../ooxml/pictures-helpers");
    d = setup({ docx: pictureDocx() });
    const pics = await createWordGateway().exportPictures();
    expect(d.stats.syncCount).toBe(1);
    expect(pics.map((p) => p.fileName)).toEqual(["图1 隐患排查现场.jpg", "图2 培训现场.png"]);
    expect(pics[0]!.contentType).toBe("image/jpeg");
    expect(pics[0]!.bytes.length).toBeGreaterThan(0);
  });

  it("an empty document has no pictures", async () => {
    d = setup({ flatOpc: emptyDocumentFlatOpc() });
    expect(await createWordGateway().exportPictures()).toEqual([]);
  });

  it("a failing getOoxml is readFailed", async () => {
    d = setup({ flatOpc: emptyDocumentFlatOpc() });
    d.faults.failGetOoxml();
    await expect(createWordGateway().exportPictures()).rejects.toMatchObject({
      code: "readFailed",
    });
  });
});
