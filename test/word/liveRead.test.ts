/**
 * @fileoverview The incremental live checklist (issue 7, src/word/liveRead.ts) against the Word
 * double: after the first read only the changed paragraphs are read again (by event ids on
 * WordApi 1.6, by the fingerprint batch otherwise), the patched model equals a whole parse of the
 * document, the syncs per re-check stay bounded (asserted), nothing but the property batch is
 * read when nothing changed, structural changes and our own writes give a whole read, and reads
 * are coalesced (one in flight).
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { analyze } from "../../src/core/analyze";
import { batchDocument, provisionalChecklist } from "../../src/core/provisional";
import { paragraphStats } from "../../src/core/count";
import { emptyDocumentFlatOpc } from "../word-double";
import type { ReadProgress } from "../../src/core/gateway";
import { refOf, type ReportDocument } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx, EMU_PER_CM, type DraftBlock } from "../fixtures/draft-docx";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { createWordGateway } from "../../src/word/gateway";
import type { SetName } from "../word-double";
import { noiseJpeg } from "../fixtures/jpeg";
import { SAMPLE } from "../fixtures/sample-content";
import { setup } from "./helpers";

const profile = PROFILE_2023;
const r = profile.roles;

/** A small report: title, headings, body paragraphs, one photo paragraph and its caption. */
function report(): Uint8Array {
  const blocks: DraftBlock[] = [
    { text: SAMPLE.title, pStyle: r.title.styleId },
    { text: "——" + SAMPLE.unitFullName, pStyle: r.unitLine.styleId },
    { text: SAMPLE.background.heading, pStyle: r.heading1.styleId },
    ...SAMPLE.background.paragraphs.map((text) => ({ text, pStyle: r.body.styleId })),
    { text: SAMPLE.practice.heading, pStyle: r.heading1.styleId },
    {
      pictures: [
        {
          png: noiseJpeg({ width: 480, height: 320, dpi: 300, seed: 3, acPerBlock: 20 }),
          cx: 14 * EMU_PER_CM,
          cy: Math.round((14 * EMU_PER_CM * 2) / 3),
        },
      ],
    },
    { text: "图1　现场检查照片" },
    ...SAMPLE.practice.parts[0]!.paragraphs.map((text) => ({ text, pStyle: r.body.styleId })),
    { text: SAMPLE.effect.heading, pStyle: r.heading1.styleId },
    ...SAMPLE.effect.paragraphs.map((text) => ({ text, pStyle: r.body.styleId })),
  ];
  return buildDocx({ blocks, styles: { kind: "profile", profile } });
}

/** What must agree between the patched model and a whole parse (ids aside). */
function shape(doc: ReportDocument): unknown {
  return {
    paragraphs: doc.paragraphs.map(({ id: _id, ...p }) => p),
    pictures: doc.pictures,
    sections: doc.sections,
    tableCount: doc.tableCount,
    counts: analyze(doc, profile).checklist.counts.map((c) => [c.id, c.value]),
  };
}

type Double = ReturnType<typeof setup>;

/** A gateway watching the double; `changed()` resolves at the next onChange. */
function watched() {
  const gateway = createWordGateway({ profile });
  let notify: () => void = () => undefined;
  const unsubscribe = gateway.watch(() => notify(), { debounceMs: 5, pollMs: 20 });
  const changed = (): Promise<void> => new Promise((res) => (notify = res));
  return { gateway, unsubscribe, changed };
}

/** Whole reads since the last resetStats: `Body.getOoxml` calls, or parts covering every paragraph. */
function wholeReads(d: Double, paragraphs: number): number {
  return d.stats.ooxml.bodyCalls + Math.floor(d.stats.ooxml.paragraphs / paragraphs);
}

const settle = (ms = 50): Promise<void> => new Promise((res) => setTimeout(res, ms));

describe("incremental live reading", () => {
  let d: Double;
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    d.restore();
  });

  const hosts: Array<[string, Partial<Record<SetName, boolean>>, "ids" | "fingerprint"]> = [
    ["WordApi 1.6 (event ids)", {}, "ids"],
    ["WordApi 1.5 (no events: fingerprint)", { "WordApi 1.6": false }, "fingerprint"],
  ];

  for (const [name, sets, path] of hosts) {
    it(`${name}: a keystroke re-reads one paragraph, in ${path === "ids" ? 1 : 2} sync(s), and the model equals a whole parse`, async () => {
      d = setup({ docx: report(), sets });
      const w = watched();
      stop = w.unsubscribe;
      const first = await w.gateway.readDocument();
      await settle();
      const target = first.paragraphs.findIndex(
        (p) => p.text === SAMPLE.practice.parts[0]!.paragraphs[0]
      );
      d.resetStats();
      const seen = w.changed();
      d.edit.typeText(target, "安");
      await seen;
      const before = d.stats.syncCount; // polls (below 1.6) are the watcher's, not the re-check's
      const doc = await w.gateway.readDocument();
      expect(d.stats.syncCount - before).toBe(path === "ids" ? 1 : 2);
      expect(d.stats.ooxml).toEqual({ bodyCalls: 0, paragraphs: 1, inserts: 0 });
      if (path === "ids") expect(d.stats.bytesRead).toBeLessThan(10_000);
      expect(doc.paragraphs[target]!.text.endsWith("安")).toBe(true);
      expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
      expect(doc.pictures[0]!.pixelWidth).toBe(480); // read once at open, kept
    });
  }

  it("under the host profile in force (WORD_HOST; npm run test:hosts): a keystroke costs at most 2 syncs, no whole read, < 10 000 bytes by ids; the model equals a whole parse", async () => {
    d = setup({ docx: report() }); // no host/sets: the WORD_HOST profile applies
    const gateway = createWordGateway({ profile });
    stop = gateway.watch(() => undefined, { debounceMs: 5, pollMs: 1e9 });
    const first = await gateway.readDocument();
    await settle(100);
    const target = first.paragraphs.findIndex(
      (p) => p.text === SAMPLE.practice.parts[0]!.paragraphs[0]
    );
    d.edit.typeText(target, "安");
    await settle(100); // the paragraph events, where the host sends them (some are dropped)
    d.resetStats();
    const doc = await gateway.readDocument();
    expect(d.stats.syncCount).toBeLessThanOrEqual(2);
    expect(wholeReads(d, doc.paragraphs.length)).toBe(0);
    expect(d.stats.ooxml.paragraphs).toBe(1);
    const idsUsable =
      !d.profile || (d.profile.sets["WordApi 1.6"] && !d.profile.nullUniqueLocalIds);
    if (!idsUsable) expect(d.stats.syncCount).toBe(2); // the fingerprint path
    if (d.stats.syncCount === 1) expect(d.stats.bytesRead).toBeLessThan(10_000);
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
  });

  it("an added and a deleted paragraph are found by the fingerprint batch and spliced in", async () => {
    d = setup({ docx: report() });
    const w = watched();
    stop = w.unsubscribe;
    await w.gateway.readDocument();
    await settle();
    let seen = w.changed();
    d.edit.appendParagraph("新增的一段正文，写明服务成效。");
    await seen;
    d.resetStats();
    let doc = await w.gateway.readDocument();
    expect(d.stats.syncCount).toBe(2);
    expect(d.stats.ooxml).toEqual({ bodyCalls: 0, paragraphs: 1, inserts: 0 });
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
    seen = w.changed();
    d.edit.deleteParagraph(4);
    await seen;
    d.resetStats();
    doc = await w.gateway.readDocument();
    expect(d.stats.syncCount).toBe(1); // nothing to read but the fingerprint: one paragraph less
    expect(d.stats.ooxml).toEqual({ bodyCalls: 0, paragraphs: 0, inserts: 0 });
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
  });

  it("with nothing changed (a reconcile), one property batch and no OOXML; the same model object", async () => {
    d = setup({ docx: report() });
    const gateway = createWordGateway({ profile });
    const first = await gateway.readDocument();
    d.resetStats();
    const again = await gateway.readDocument();
    expect(again).toBe(first);
    expect(d.stats.syncCount).toBe(1);
    expect(d.stats.ooxml).toEqual({ bodyCalls: 0, paragraphs: 0, inserts: 0 });
  });

  it("a photo resized or given alt text (no paragraph event, no text change) is seen by the next re-check from inlinePictures in its one sync, without the photo's OOXML; the pixel size is kept and the dpi finding follows", async () => {
    d = setup({ docx: report() }); // the WORD_HOST profile in force (npm run test:hosts)
    const gateway = createWordGateway({ profile });
    const first = await gateway.readDocument();
    const pic = first.pictures[0]!;
    const lowDpi = (doc: ReportDocument): number =>
      analyze(doc, profile).lint.findings.filter((f) => f.ruleId === "picture-resolution").length;
    expect(lowDpi(first)).toBe(1); // 480 px over 14 cm: 87 dpi
    // the writer follows the finding's advice: the photo shown 4 cm wide (480 px: 304 dpi)
    const cx = 4 * EMU_PER_CM;
    const cy = Math.round((cx * pic.cy) / pic.cx);
    d.edit.resizePicture(0, cx, cy);
    d.resetStats();
    let doc = await gateway.readDocument();
    expect(d.stats.syncCount).toBe(1);
    expect(d.stats.ooxml).toEqual({ bodyCalls: 0, paragraphs: 0, inserts: 0 });
    expect(d.stats.bytesRead).toBeLessThan(20_000);
    expect(doc).not.toBe(first);
    expect(doc.pictures[0]).toMatchObject({ cx, cy, pixelWidth: 480 });
    expect(lowDpi(doc)).toBe(0);
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));

    d.edit.setPictureAltText(0, "现场检查照片");
    d.resetStats();
    doc = await gateway.readDocument();
    expect(d.stats.syncCount).toBe(1);
    expect(d.stats.ooxml.paragraphs + d.stats.ooxml.bodyCalls).toBe(0);
    expect(doc.pictures[0]!.description).toBe("现场检查照片");
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));

    // nothing changed since: the same model object, still one sync
    d.resetStats();
    expect(await gateway.readDocument()).toBe(doc);
    expect(d.stats.syncCount).toBe(1);
  });

  it("a structural change (the photo paragraph deleted) reads the whole document", async () => {
    d = setup({ docx: report() });
    const w = watched();
    stop = w.unsubscribe;
    const first = await w.gateway.readDocument();
    await settle();
    const photo = first.pictures[0]!.paragraphIndex;
    const seen = w.changed();
    d.edit.deleteParagraph(photo);
    await seen;
    d.resetStats();
    const doc = await w.gateway.readDocument();
    expect(wholeReads(d, doc.paragraphs.length)).toBe(1);
    // fingerprint, then the whole read: paragraph batch + text parts in 1 sync (no photo left)
    expect(d.stats.syncCount).toBe(3);
    expect(doc.pictures).toHaveLength(0);
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
  });

  it("a whole read reports its progress: the paragraphs after the batch, then each part (the photo's alone); a re-check of changed paragraphs reports none; a coalesced call hears the shared read", async () => {
    d = setup({ docx: report() });
    const gateway = createWordGateway({ profile });
    const heard: ReadProgress[] = [];
    const first = await gateway.readDocument({ onProgress: (p) => heard.push(p) });
    const n = first.paragraphs.length;
    // paragraph batch, then the text parts and the photo alone: 2 syncs of OOXML
    expect(heard.map(({ batch: _batch, ...p }) => p)).toEqual([
      { paragraphs: n, partsRead: 0, parts: 2 },
      { paragraphs: n, partsRead: 1, parts: 2 },
      { paragraphs: n, partsRead: 2, parts: 2 },
    ]);
    // Only the first report carries the batch.
    expect(heard.map((p) => p.batch !== undefined)).toEqual([true, false, false]);
    // Two calls at once: the second joins the read after the first and hears that one.
    const a: ReadProgress[] = [];
    const b: ReadProgress[] = [];
    const ra = gateway.readDocument({ fresh: true, onProgress: (p) => a.push(p) });
    const rb = gateway.readDocument({ fresh: true, onProgress: (p) => b.push(p) });
    await Promise.all([ra, rb]);
    expect(a.map((p) => p.partsRead)).toEqual([0, 1, 2]);
    expect(b.map((p) => p.partsRead)).toEqual([0, 1, 2]);
    // Nothing changed: no whole read, no progress.
    const none: ReadProgress[] = [];
    await gateway.readDocument({ onProgress: (p) => none.push(p) });
    expect(none).toEqual([]);
  });

  it("the first progress of a whole read carries the paragraph batch (no extra sync or load): the provisional 字数 of this report are the whole read's", async () => {
    d = setup({ docx: report() });
    const gateway = createWordGateway({ profile });
    d.resetStats();
    let batch: ReadProgress["batch"];
    let syncsAtBatch = -1;
    const doc = await gateway.readDocument({
      onProgress: (p) => {
        if (p.batch) {
          batch = p.batch;
          syncsAtBatch = d.stats.syncCount;
        }
      },
    });
    // As without a listener: the paragraph batch, the text parts, the photo alone.
    expect(d.stats.syncCount).toBe(3);
    expect(syncsAtBatch).toBe(1); // heard right after the paragraph batch, before any OOXML
    expect(batch!.map((b) => b.text)).toEqual(doc.paragraphs.map((p) => p.text));
    const photo = doc.pictures[0]!.paragraphIndex;
    expect(batch!.map((b) => b.pictures)).toEqual(
      doc.paragraphs.map((_, i) => (i === photo ? 1 : 0))
    );
    expect(batch![0]).toMatchObject({
      style: r.title.styleName,
      styleBuiltIn: "Other",
      tableNestingLevel: 0,
      isListItem: false,
    });
    expect(provisionalChecklist(batch!, profile).counts).toEqual(
      analyze(doc, profile).checklist.counts
    );
    // A read without a listener loads and moves exactly the same.
    const withListener = { loads: d.stats.loadLog.slice(), bytes: d.stats.bytesRead };
    d.restore();
    d = setup({ docx: report() });
    d.resetStats();
    await createWordGateway({ profile }).readDocument();
    expect({ loads: d.stats.loadLog, bytes: d.stats.bytesRead }).toEqual(withListener);
    expect(d.stats.syncCount).toBe(3);
  });

  it("the batch's text is Word's Paragraph.text, breaks included, as the reader reads it: RTXSDK⏎RTX counts 2, not 1", async () => {
    const body =
      "<w:p><w:r><w:t>二、RTXSDK</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>RTX 接口</w:t></w:r></w:p>";
    d = setup({ flatOpc: emptyDocumentFlatOpc(body) });
    let batch: ReadProgress["batch"];
    const doc = await createWordGateway({ profile }).readDocument({
      onProgress: (p) => (batch ??= p.batch),
    });
    expect(batch!.map((b) => b.text)).toEqual(["二、RTXSDK\vRTX 接口"]);
    expect(batch!.map((b) => b.text)).toEqual(doc.paragraphs.map((p) => p.text));
    expect(paragraphStats(batchDocument(batch!).paragraphs[0]!).words).toBe(
      paragraphStats(doc.paragraphs[0]!).words
    );
  });

  it("fresh: true and a page setup we apply read the whole document; other own writes leave the model current", async () => {
    d = setup({ docx: report() });
    const gateway = createWordGateway({ profile });
    const first = await gateway.readDocument();
    d.resetStats();
    await gateway.readDocument({ fresh: true });
    expect(wholeReads(d, first.paragraphs.length)).toBe(1);
    // paragraph batch, the text parts, the photo alone (src/word/liveRead.ts planChunks)
    expect(d.stats.syncCount).toBe(3);
    await gateway.applyEdits([
      { op: "setRole", target: refOf(first.paragraphs[1]!), role: "unitLine" },
    ]);
    d.resetStats();
    let doc = await gateway.readDocument();
    expect(wholeReads(d, first.paragraphs.length)).toBe(0); // the verifying read updated it
    expect(shape(doc)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
    const r = await gateway.applyEdits([
      { op: "setPage", width: 16838, height: 11906, orientation: "landscape" },
    ]);
    // pageSetup needs WordApiDesktop 1.3 (the profile in force may lack it: "unsupported")
    expect(r.page).toBe(
      d.profile && !d.profile.sets["WordApiDesktop 1.3"] ? "unsupported" : "applied"
    );
    d.resetStats();
    doc = await gateway.readDocument();
    expect(wholeReads(d, first.paragraphs.length)).toBe(0); // read whole by the verification
    expect(doc.sections[0]!.orientation).toBe(r.page === "applied" ? "landscape" : "portrait");
  });

  it("one read in flight: three requests meanwhile share one read after it", async () => {
    d = setup({ docx: report() });
    const gateway = createWordGateway({ profile });
    await gateway.readDocument();
    d.resetStats();
    const reads = [
      gateway.readDocument(),
      gateway.readDocument(),
      gateway.readDocument(),
      gateway.readDocument(),
    ];
    const docs = await Promise.all(reads);
    expect(d.stats.syncCount).toBe(2); // the first re-check, then one for the three that waited
    expect(docs[1]).toBe(docs[3]);
  });
});
