/**
 * @fileoverview The incremental live checklist's reading (issue 7). The whole document is read
 * once — at open, after our own writes, on a structural change (a picture, a section break, a
 * table or a numbered paragraph appearing or going away, a style the model does not know) and
 * when the writer asks (重新检查) — and the model is kept. After an edit only what changed is
 * read again:
 *
 * - **by event ids** (WordApi 1.6, ids usable: every paragraph's `uniqueLocalId` a non-empty
 *   string, unique in the batch, and the model aligned 1 for 1 with Word's paragraphs): the
 *   `onParagraphChanged` ids name the paragraphs; ONE batch loads their properties and their
 *   OOXML (`getParagraphByUniqueLocalId(id)` + `Paragraph.getOoxml()`);
 * - **by fingerprint** otherwise (below 1.6, null ids off Microsoft 365 — office-js#4258, ids
 *   that move on Mac — #5784, added/deleted paragraphs, a reconcile or focus with no event, events
 *   that never came — #6770, #4874, #5089): ONE batch of cheap paragraph properties (text, style,
 *   alignment, list/table flags, line spacing, font name/size/bold: a mixed font reads as null,
 *   so a run's formatting change shows too) is compared with the cached batch; the changed run
 *   of paragraphs (common prefix and suffix removed) gets its OOXML in a second batch. When
 *   nothing differs nothing else is read — the idle reconcile costs one property batch, never an
 *   OOXML read. The same sync loads `body.inlinePictures` (width, height, alt text: no image
 *   data): a photo resized or given alt text changes no paragraph property, and Word may send no
 *   event for it, so it is learnt there and put into the model without its OOXML (R21, R22); a
 *   picture added or removed makes a whole read.
 *
 * The changed paragraphs' packages are parsed by the same reader as a whole document
 * (`ooxml/readParagraphs`) and spliced into the cached model (`core/splice`); pictures keep the
 * pixel size read once (image headers only: `IMAGE_HEAD_BYTES`), since unchanged paragraphs are
 * never read again.
 *
 * Round trips per re-check: 1 (by ids), 1 (fingerprint, unchanged or paragraphs only deleted), 2
 * (fingerprint, paragraphs changed or added); a structural change then adds a whole read (1);
 * when the ids path cannot be used after all (a paragraph gone: ItemNotFound) the fingerprint
 * path follows. Worst case 4 + the whole read's (ids tried, fingerprint, changed OOXML, then a
 * whole read), whatever the document's size; asserted in test/word/liveRead.test.ts. A whole
 * read: 1 paragraph batch + its OOXML in parts ({@link planChunks}: 1 sync for a text-only
 * report of ≈ 40 000 字, plus 1 per photo). Layer: word.
 */
import type { Capabilities, ReadProgress } from "../core/gateway";
import { GatewayError } from "../core/gateway";
import type { ReportDocument } from "../core/model";
import type { BatchParagraph } from "../core/provisional";
import {
  canSplice,
  spliceParagraphs,
  updatePictures,
  type PictureUpdate,
  type ReadParagraph,
} from "../core/splice";
import { readChunks } from "../ooxml/chunks";
import type { ParagraphSource } from "../ooxml/sourcePart";
import { IMAGE_HEAD_BYTES } from "../ooxml/parse";
import { readParagraphPackage } from "../ooxml/readParagraphs";
import { toGatewayError } from "./errors";
import { alignParagraphs, normalizeText } from "./readDocument";
import { itemAt } from "../core/item-at";

/**
 * The paragraph properties of the fingerprint batch (WordApi 1.3; `uniqueLocalId` added on 1.6).
 * `lineSpacing` and `font/*` make formatting changes visible without OOXML (Word reports a mixed
 * font as null/empty, so a change to one run changes the paragraph's value).
 */
const PROPS_13 = [
  "text",
  "style",
  "styleBuiltIn",
  "alignment",
  "isListItem",
  "tableNestingLevel",
  "lineSpacing",
  "font/name",
  "font/size",
  "font/bold",
];

/** The fingerprint properties but `text`: what the verifying read after our own write loads. */
const PROPS_NO_TEXT = PROPS_13.filter((p) => p !== "text");

/** The props on one paragraph proxy (`getParagraphByUniqueLocalId`). */
function propPaths(caps: Capabilities): string {
  return (caps.wordApi16 ? [...PROPS_13, "uniqueLocalId"] : PROPS_13).join(",");
}

/**
 * The load paths of the fingerprint batch on every item of `body.paragraphs` (the fingerprint
 * properties, `uniqueLocalId` on WordApi 1.6).
 */
export function fingerprintPaths(caps: Capabilities): string {
  return itemPaths(caps);
}

/**
 * A paragraph's formatting fingerprint: the fingerprint properties but its text, as JSON (the
 * paragraph must be loaded with {@link fingerprintPaths} or the verifying read's paths).
 */
export function formatFingerprint(p: Word.Paragraph): string {
  return JSON.stringify([
    p.style,
    p.styleBuiltIn,
    p.alignment,
    p.isListItem,
    p.tableNestingLevel,
    p.lineSpacing,
    p.font.name,
    p.font.size,
    p.font.bold,
  ]);
}

/** The props on every item of `body.paragraphs`. */
function itemPaths(caps: Capabilities): string {
  return (caps.wordApi16 ? [...PROPS_13, "uniqueLocalId"] : PROPS_13)
    .map((p) => `items/${p}`)
    .join(",");
}

/**
 * The paragraph as plain data for the provisional 字数 (`core/provisional`): what the whole read's
 * paragraph batch loaded (no load of its own). The text as Word gives it: line breaks "\v", page
 * breaks "\f", as the OOXML reader reads them (a break separates two words of Latin text).
 */
function batchParagraph(p: Word.Paragraph): BatchParagraph {
  const size = p.font.size as unknown;
  const name = p.font.name as unknown;
  const bold = p.font.bold as unknown;
  return {
    text: p.text,
    style: p.style,
    styleBuiltIn: String(p.styleBuiltIn),
    alignment: String(p.alignment),
    isListItem: p.isListItem,
    tableNestingLevel: p.tableNestingLevel,
    pictures: p.inlinePictures.items.length,
    bold: typeof bold === "boolean" ? bold : null,
    size: typeof size === "number" ? size : null,
    fontName: typeof name === "string" && name !== "" ? name : null,
  };
}

/**
 * What the live checklist loads of each inline picture (WordApi 1.1): width and height, whose
 * unit the docs do not state (facts §7 fact 1: "a number that describes the width"), so only
 * their ratio to the last read is used; and the alt text.
 */
const PICTURE_PROPS = ["width", "height", "altTextDescription"];

/** What is kept of one inline picture as Word gave it ({@link PICTURE_PROPS}). */
interface WordPicture {
  width: number;
  height: number;
  alt: string;
}

function wordPicture(p: Word.InlinePicture): WordPicture {
  return { width: p.width, height: p.height, alt: p.altTextDescription };
}

/** What is kept of one Word paragraph: its fingerprint and its id. */
interface WordParagraph {
  text: string;
  tableNestingLevel: number;
  /** JSON of the fingerprint properties. */
  fp: string;
  /** {@link formatFingerprint}: the fingerprint without the text. */
  format: string;
  id?: string;
}

/** What is kept of a Word paragraph; `text` when it was not loaded (known from our own write). */
function wordParagraph(p: Word.Paragraph, caps: Capabilities, text = p.text): WordParagraph {
  const format = formatFingerprint(p);
  const fp = JSON.stringify(text) + format;
  const w: WordParagraph = { text, tableNestingLevel: p.tableNestingLevel, fp, format };
  if (caps.wordApi16) {
    const id = p.uniqueLocalId as unknown;
    if (typeof id === "string") w.id = id;
  }
  return w;
}

/**
 * Ids are usable only when every paragraph has a non-empty string id, unique in the batch
 * (Office 2024 LTSC reports WordApi 1.6 yet gives null ids, office-js#4258).
 */
function usableIds(word: WordParagraph[]): Map<string, number> | null {
  const m = new Map<string, number>();
  for (const [i, { id }] of word.entries()) {
    if (typeof id !== "string" || id === "" || m.has(id)) return null;
    m.set(id, i);
  }
  return m;
}

/**
 * The bound on one sync's OOXML in a whole read, estimated before asking. Word documents no
 * limit (the 5 MB request/response limit is Excel's); what is known: `body.getOoxml()` hung above
 * ≈ 64 KB in 2019 (office-js#702, "fix pending"), sync hung on body text above ≈ 62 k characters
 * (#719), many large images failed (#998), big documents throw GeneralException (#6059), large
 * `insertOoxml` fails on Mac (#2615), and the web refuses files above 4 MB (#4697). 512 KiB keeps
 * every text part far below the sizes that failed on the web and Mac while a 10 000 字 report
 * (≈ 100 KB of OOXML) still needs one part; 64 KiB would cost a sync per ≈ 40 paragraphs, which
 * on Mac (empty syncs up to 700 ms, #4812) is slower than the hang it avoids. A photo is one
 * payload of its own size whatever we do: each is read alone, once (then the model keeps it).
 */
export const CHUNK_BYTES = 512 * 1024;

/**
 * Estimated OOXML of a paragraph beyond its text: `w:p`, `w:pPr` with style and spacing, runs
 * with `w:rPr` and fonts — what our generated and Word-saved paragraphs carry (≈ 300–900 bytes).
 */
export const PARAGRAPH_OVERHEAD_BYTES = 600;

/** What the planner knows of a paragraph from the paragraph batch. */
export interface ChunkInput {
  bytes: number;
  pictures: number;
  tableNestingLevel: number;
}

/**
 * Groups paragraphs into parts (inclusive index ranges) and parts into syncs: a part never
 * splits a table (it only ends between two paragraphs outside tables), a paragraph with inline
 * pictures outside a table is a part and a sync of its own, and the estimated bytes of one
 * sync stay within `bound` (a single part larger than it — a long table — is sent alone).
 * @returns the syncs, each a list of `[first, last]` paragraph ranges; one range over the whole
 *   document when it fits in one sync
 */
export function planChunks(
  ps: readonly ChunkInput[],
  bound: number = CHUNK_BYTES
): Array<Array<[number, number]>> {
  const n = ps.length;
  if (n === 0) return [[[0, 0]]];
  const canBreak = (j: number): boolean =>
    j === 0 ||
    j === n ||
    (itemAt(ps, j - 1).tableNestingLevel === 0 && itemAt(ps, j).tableNestingLevel === 0);
  const parts: Array<{ range: [number, number]; bytes: number; alone: boolean }> = [];
  let start = 0;
  let bytes = 0;
  const close = (end: number): void => {
    if (end >= start) parts.push({ range: [start, end], bytes, alone: false });
    start = end + 1;
    bytes = 0;
  };
  for (const [i, p] of ps.entries()) {
    if (p.pictures > 0 && canBreak(i) && canBreak(i + 1)) {
      close(i - 1);
      parts.push({ range: [i, i], bytes: p.bytes, alone: true });
      start = i + 1;
      continue;
    }
    if (i > start && canBreak(i) && bytes + p.bytes > bound) close(i - 1);
    bytes += p.bytes;
  }
  close(n - 1);
  if (
    parts.length === 1 ||
    (parts.every((p) => !p.alone) && parts.reduce((s, p) => s + p.bytes, 0) <= bound)
  )
    return [[[0, n - 1]]];
  const syncs: Array<Array<[number, number]>> = [];
  let group: Array<[number, number]> = [];
  let groupBytes = 0;
  for (const p of parts) {
    if (p.alone) {
      syncs.push([p.range]);
      continue;
    }
    if (group.length > 0 && groupBytes + p.bytes > bound) {
      syncs.push(group);
      group = [];
      groupBytes = 0;
    }
    group.push(p.range);
    groupBytes += p.bytes;
  }
  if (group.length > 0) syncs.push(group);
  return syncs;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** More changed paragraphs than this in one re-check: read the whole document instead. */
export const MAX_PATCHED_PARAGRAPHS = 40;

/** How the last read was done (for tests and the bench). */
export type LiveReadKind =
  | "full"
  | "ids"
  | "fingerprint"
  | "unchanged"
  | "afterWrite"
  /** Only pictures were resized or their alt text changed: learnt from `inlinePictures`. */
  | "pictures";

/** What a write run gets from {@link LiveDocument.forWrite}. */
export interface WriteBasis {
  /** The model, current as of this run's paragraph batch. */
  doc: ReportDocument;
  /** Word's paragraphs of this run, loaded (fingerprint properties, ids on 1.6), 1 for 1 with `doc`. */
  items: Word.Paragraph[];
  /** Per model paragraph, the main part it was read from (for rewriting it without a new read). */
  sources: readonly ParagraphSource[];
  /**
   * False when Word's paragraphs and the model's are not the same list (tracked deletions in
   * `Paragraph.text` on the web, office-js#1267): then nothing is rewritten, only styled.
   */
  aligned: boolean;
}

/** Thrown inside a re-check when only a whole read can be trusted. */
class NeedFullRead extends Error {}

/**
 * The cached document of the live checklist and the changes noted since it was read. One per
 * gateway; its `read` must not run twice at once (the gateway serialises reads).
 */
export class LiveDocument {
  private doc: ReportDocument | null = null;
  private word: WordParagraph[] = [];
  /** Per model paragraph, where it was read from (spliced with the model). */
  private sources: ParagraphSource[] = [];
  /** Word's paragraphs of the last paragraph batch (valid in that batch's context only). */
  private items: Word.Paragraph[] | null = null;
  /**
   * Word's inline pictures as last loaded, 1 for 1 with the model's inline pictures in order; null
   * when they did not match (EMF/WMF pictures are not in `inlinePictures` on Windows, office-js#3145;
   * pictures in text boxes): then a picture's resize is seen only by a whole read.
   */
  private pics: WordPicture[] | null = null;
  /** id → paragraph index, when ids are usable and the model is aligned 1 for 1. */
  private ids: Map<string, number> | null = null;
  private changedIds = new Set<string>();
  /** Something changed that no id names: the next re-check compares fingerprints. */
  private unnamed = true;
  /** How the last read was done. */
  lastRead: LiveReadKind | null = null;

  /**
   * Notes a paragraph event (`ParagraphChanged` ids name paragraphs; `ParagraphAdded`/`Deleted`
   * move indexes, so they make the next re-check compare fingerprints).
   */
  noteEvent(kind: "changed" | "added" | "deleted", ids: readonly unknown[] | undefined): void {
    if (kind !== "changed" || !ids || ids.length === 0) {
      this.unnamed = true;
      return;
    }
    for (const id of ids) {
      if (typeof id === "string" && id !== "") this.changedIds.add(id);
      else this.unnamed = true;
    }
  }

  /** Notes a change nothing names (a reconcile, focus, a poll that differed). */
  noteUnnamed(): void {
    this.unnamed = true;
  }

  /**
   * Word's formatting fingerprint and usable id of paragraphs as last read (the verifying read
   * after our write), or null when there is no current model (the read failed or was dropped).
   */
  stateOf(indexes: readonly number[]): ({ format: string; id?: string } | undefined)[] | null {
    if (this.doc === null) return null;
    const ids = this.ids;
    const byIndex = new Map<number, string>();
    if (ids) for (const [id, i] of ids) byIndex.set(i, id);
    return indexes.map((i) => {
      const w = this.word[i];
      if (!w) return undefined;
      const id = byIndex.get(i);
      return id === undefined ? { format: w.format } : { format: w.format, id };
    });
  }

  /** Forgets the model: the next read is a whole read (after our own writes). */
  invalidate(): void {
    this.doc = null;
    this.generation++;
  }
  /** Bumped by {@link invalidate}: a read that started before it must not keep its model. */
  private generation = 0;

  /**
   * Re-checks the document: a whole read when there is no model (or `fresh`), else the changed
   * paragraphs only. Round trips: see the file comment (a re-check 1–4; a whole read 1 + parts).
   * Requires: WordApi 1.3; event ids on WordApi 1.6.
   * @param progress hears how far a whole read is: after its paragraph batch, then after each
   *   part of its OOXML (a read of changed paragraphs only reports nothing)
   * @returns the model (the cached object itself when nothing changed)
   * @throws GatewayError "readFailed" / "ooxmlUnreadable" as readDocument
   */
  async read(
    context: Word.RequestContext,
    caps: Capabilities,
    fresh = false,
    viaCollection = false,
    progress?: (p: ReadProgress) => void
  ): Promise<ReportDocument> {
    const named = this.changedIds;
    const unnamed = this.unnamed;
    this.changedIds = new Set();
    this.unnamed = false;
    const generation = this.generation;
    try {
      const doc = await this.readNow(context, caps, fresh, named, unnamed, viaCollection, progress);
      if (generation !== this.generation) this.doc = null; // our write ran meanwhile
      return doc;
    } catch (e) {
      // Nothing was learnt: the next re-check starts from what this one was asked.
      this.unnamed = true;
      for (const id of named) this.changedIds.add(id);
      throw e;
    }
  }

  /**
   * The read of a write run (一键排版, fixes): the model made current through Word's paragraph
   * collection — the fingerprint batch (1 sync; + 1 for changed paragraphs' OOXML), or a whole
   * read when there is no model or the change is structural — so that the run writes through the
   * same paragraphs it checked and rewrites paragraphs from the OOXML already read.
   * Round trips: 1–2, or a whole read's. Requires: WordApi 1.3.
   * @throws GatewayError "readFailed" / "ooxmlUnreadable" as {@link read}
   */
  async forWrite(context: Word.RequestContext, caps: Capabilities): Promise<WriteBasis> {
    this.items = null;
    await this.read(context, caps, false, true);
    const items = this.items as Word.Paragraph[] | null;
    if (this.doc === null || items === null)
      throw new GatewayError("readFailed", "内部错误：未能读取段落。", {
        debugInfo: "LiveDocument.forWrite: no paragraph batch",
      });
    const aligned =
      this.aligned &&
      items.length === this.doc.paragraphs.length &&
      items.length === this.sources.length;
    return { doc: this.doc, items, sources: this.sources, aligned };
  }

  /**
   * The verifying read after our own write (in a NEW run: on the web paragraphs are stale within
   * one run, office-js#3284), reading only what the write touched: sync 1 loads the fingerprint
   * properties of every paragraph except `text` (the texts are known: `texts`, Word's texts as the
   * write left them); then the OOXML of the `written` paragraphs, runs of consecutive ones as one
   * range each, grouped up to {@link CHUNK_BYTES} estimated per sync; they are spliced into the
   * model (styles the packages carry replace or join the model's: ours were just inserted or
   * repaired). A paragraph count other than `texts.length`, or a package whose paragraphs or texts
   * are not the ones written, ends in a whole read instead (the model is then Word's as read).
   * Round trips: 1 + ⌈written OOXML ÷ CHUNK_BYTES⌉ (2 for a report of ≈ 40 000 字), or a whole
   * read's. Requires: WordApi 1.3.
   * @param written indexes of the paragraphs written (rewritten or styled), ascending
   * @param texts Word's paragraph texts after the write (raw, as `Paragraph.text` gives them)
   * @returns the model after the write
   * @throws GatewayError "readFailed" / "ooxmlUnreadable"
   */
  async afterWrite(
    context: Word.RequestContext,
    caps: Capabilities,
    written: readonly number[],
    texts: readonly string[]
  ): Promise<ReportDocument> {
    this.generation++;
    const generation = this.generation;
    try {
      if (this.doc === null || !this.aligned) return await this.whole(context, caps);
      const doc = await this.verifyWritten(context, caps, written, texts);
      if (generation !== this.generation) this.doc = null;
      return doc;
    } catch (e) {
      if (e instanceof NeedFullRead) return this.whole(context, caps);
      this.doc = null;
      throw e;
    }
  }

  private async verifyWritten(
    context: Word.RequestContext,
    caps: Capabilities,
    written: readonly number[],
    texts: readonly string[]
  ): Promise<ReportDocument> {
    const paragraphs = context.document.body.paragraphs;
    const paths = caps.wordApi16 ? [...PROPS_NO_TEXT, "uniqueLocalId"] : PROPS_NO_TEXT;
    paragraphs.load(paths.map((x) => `items/${x}`).join(","));
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "readFailed", {
        context: "errors.gateway.step.readWrittenParagraphs",
      });
    }
    const items = paragraphs.items;
    const doc0 = this.doc!;
    if (items.length !== texts.length || items.length !== doc0.paragraphs.length)
      throw new NeedFullRead();
    // Runs of consecutive written paragraphs, each one range; ranges grouped into syncs.
    const runs: Array<[number, number]> = [];
    for (const i of written) {
      const last = runs[runs.length - 1];
      if (last && last[1] === i - 1 && itemAt(items, i).tableNestingLevel === 0) last[1] = i;
      else runs.push([i, i]);
    }
    const syncs: Array<Array<[number, number]>> = [];
    let group: Array<[number, number]> = [];
    let bytes = 0;
    for (const [a, b] of runs) {
      let runBytes = 0;
      for (let i = a; i <= b; i++)
        runBytes += utf8Length(itemAt(texts, i)) + PARAGRAPH_OVERHEAD_BYTES;
      if (group.length > 0 && bytes + runBytes > CHUNK_BYTES) {
        syncs.push(group);
        group = [];
        bytes = 0;
      }
      group.push([a, b]);
      bytes += runBytes;
    }
    if (group.length > 0) syncs.push(group);
    let doc = doc0;
    for (const g of syncs) {
      const results = g.map(([a, b]) =>
        a === b
          ? itemAt(items, a).getOoxml()
          : itemAt(items, a)
              .getRange("Whole")
              .expandTo(itemAt(items, b).getRange("Whole"))
              .getOoxml()
      );
      try {
        await context.sync();
      } catch (e) {
        throw toGatewayError(e, "readFailed", {
          context: "errors.gateway.step.readWrittenFormatting",
        });
      }
      for (const [k, [a, b]] of g.entries()) {
        const pkg = parse(() => readParagraphPackage(itemAt(results, k).value));
        // A section break kept in place (a paragraph only styled) is patched with the section
        // as read (core canSplice / spliceParagraphs); one appearing or going away is not.
        if (pkg.tables > 0) throw new NeedFullRead();
        // Word may add an empty paragraph after the last one (office-js-docs#874).
        const got = pkg.paragraphs.slice(0, b - a + 1);
        if (got.length !== b - a + 1) throw new NeedFullRead();
        const read: ReadParagraph[] = [];
        for (const [j, r] of got.entries()) {
          const i = a + j;
          if (normalizeText(r.paragraph.text) !== normalizeText(itemAt(texts, i)))
            throw new NeedFullRead();
          const paragraph = { ...r.paragraph, tableDepth: itemAt(items, i).tableNestingLevel };
          read.push({ ...r, paragraph });
        }
        doc = { ...doc, styles: mergeStyles(doc.styles, pkg.styles) };
        doc = this.patch(
          doc,
          a,
          b - a + 1,
          read,
          got.map((_, j) => ({ part: pkg.source, k: j }))
        );
      }
    }
    const word = items.map((p, i) => wordParagraph(p, caps, texts[i]));
    const ids = caps.wordApi16 ? usableIds(word) : null;
    if (ids) for (const [id, i] of ids) itemAt(doc.paragraphs, i).id = id;
    this.doc = doc;
    this.word = word;
    this.ids = ids;
    this.items = items;
    this.lastRead = "afterWrite";
    return doc;
  }

  private async readNow(
    context: Word.RequestContext,
    caps: Capabilities,
    fresh: boolean,
    named: Set<string>,
    unnamed: boolean,
    viaCollection = false,
    progress?: (p: ReadProgress) => void
  ): Promise<ReportDocument> {
    if (fresh || this.doc === null) return this.whole(context, caps, progress);
    try {
      const ids = this.ids;
      if (
        !viaCollection &&
        !unnamed &&
        named.size > 0 &&
        named.size <= MAX_PATCHED_PARAGRAPHS &&
        ids &&
        [...named].every((id) => ids.has(id))
      ) {
        const r = await this.byIds(context, caps, [...named]);
        if (r) return r;
      }
      return await this.byFingerprint(context, caps);
    } catch (e) {
      if (e instanceof NeedFullRead) return this.whole(context, caps, progress);
      throw e;
    }
  }

  /**
   * The whole document. Sync 1: the paragraph batch (fingerprint properties and each paragraph's
   * inline pictures). Then the OOXML in parts: consecutive paragraphs grouped up to
   * {@link CHUNK_BYTES} of estimated OOXML per sync, each inline-picture paragraph alone (a
   * photo cannot be split), a table never split. One part: `body.getOoxml()`.
   * Round trips: 1 + the parts' syncs (1 for a text-only report of up to ≈ 40 000 字).
   * `progress` hears the paragraph count and parts after the batch — with the batch itself as
   * plain data (`ReadProgress.batch`: no load or sync of its own) — then each part read.
   */
  private async whole(
    context: Word.RequestContext,
    caps: Capabilities,
    progress?: (p: ReadProgress) => void
  ): Promise<ReportDocument> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(
      [itemPaths(caps), ...PICTURE_PROPS.map((x) => `items/inlinePictures/items/${x}`)].join(",")
    );
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readParagraphs" });
    }
    const items = paragraphs.items;
    const syncs = planChunks(
      items.map((p) => ({
        bytes: utf8Length(p.text) + PARAGRAPH_OVERHEAD_BYTES,
        pictures: p.inlinePictures.items.length,
        tableNestingLevel: p.tableNestingLevel,
      }))
    );
    const chunks: Array<{ first: number; ooxml: string }> = [];
    const report = (partsRead: number): void =>
      progress?.({ paragraphs: items.length, partsRead, parts: syncs.length });
    let partsRead = 0;
    // The first report carries the batch as loaded (provisional 字数 while the OOXML is read).
    progress?.({
      paragraphs: items.length,
      partsRead,
      parts: syncs.length,
      batch: items.map(batchParagraph),
    });
    for (const group of syncs) {
      const results = group.map(([a, b]) =>
        syncs.length === 1 && group.length === 1
          ? context.document.body.getOoxml()
          : a === b
            ? itemAt(items, a).getOoxml()
            : itemAt(items, a)
                .getRange("Whole")
                .expandTo(itemAt(items, b).getRange("Whole"))
                .getOoxml()
      );
      try {
        await context.sync();
      } catch (e) {
        throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readFormatting" });
      }
      results.forEach((r, k) => chunks.push({ first: itemAt(group, k)[0], ooxml: r.value }));
      report(++partsRead);
    }
    // Syncs group parts out of order (text parts together, each photo alone): parse in order.
    chunks.sort((x, y) => x.first - y.first);
    const { doc: read, sources } = parse(() =>
      readChunks(
        chunks.map((c) => c.ooxml),
        { binaryHeadBytes: IMAGE_HEAD_BYTES }
      )
    );
    let doc = read;
    const word = items.map((p) => wordParagraph(p, caps));
    const matched = alignParagraphs(
      doc,
      word.map((w) =>
        w.id === undefined ? { text: w.text } : { text: w.text, uniqueLocalId: w.id }
      )
    );
    const aligned = matched === word.length && matched === doc.paragraphs.length;
    // Word's tableNestingLevel is the table depth, as in a re-read (core/splice): a part read as
    // a range over table paragraphs may come without its w:tbl (the double's Range.getOoxml
    // does), and a cell paragraph taken for a body paragraph would be written in one range with
    // its neighbours (paragraphWrites inBody), pouring several cells into one.
    // The tables too (R12's tally): at least one per rise of the nesting level.
    if (aligned) {
      let level = 0;
      let rises = 0;
      for (const [i, p] of doc.paragraphs.entries()) {
        const n = itemAt(items, i).tableNestingLevel;
        p.tableDepth = Math.max(p.tableDepth, n);
        rises += Math.max(0, n - level);
        level = n;
      }
      if (rises > doc.tableCount) doc = { ...doc, tableCount: rises };
    }
    this.adopt(doc, word, aligned);
    const pics = items.flatMap((p) => p.inlinePictures.items.map(wordPicture));
    this.pics = pics.length === doc.pictures.filter((x) => x.inline).length ? pics : null;
    this.sources = sources;
    this.items = items;
    this.lastRead = "full";
    return doc;
  }

  private adopt(doc: ReportDocument, word: WordParagraph[], aligned: boolean): void {
    this.doc = doc;
    this.word = word;
    // Incremental reading needs Word's paragraphs and the model's to be the same list; where they
    // are not (tracked changes on the web, office-js#1267), every re-check is a whole read.
    this.ids = aligned ? usableIds(word) : null;
    this.aligned = aligned;
  }
  private aligned = false;

  /** The paragraphs named by event ids: their properties and OOXML in ONE sync. */
  private async byIds(
    context: Word.RequestContext,
    caps: Capabilities,
    ids: string[]
  ): Promise<ReportDocument | null> {
    if (!this.aligned) throw new NeedFullRead();
    const reads = ids.map((id) => {
      const p = context.document.getParagraphByUniqueLocalId(id);
      p.load(propPaths(caps));
      return { id, p, ooxml: p.getOoxml() };
    });
    try {
      await context.sync();
    } catch {
      return null; // a paragraph is gone (ItemNotFound): compare fingerprints instead
    }
    let doc = this.doc!;
    const word = [...this.word];
    for (const r of reads) {
      const index = this.ids!.get(r.id)!;
      const w = wordParagraph(r.p, caps);
      if (w.tableNestingLevel !== itemAt(word, index).tableNestingLevel) throw new NeedFullRead();
      const one = readOne(r.ooxml.value, w);
      doc = this.patch(doc, index, 1, [one.read], [one.source]);
      word[index] = w;
    }
    this.doc = doc;
    this.word = word;
    this.lastRead = "ids";
    return doc;
  }

  /** Compares the fingerprint batch; reads the OOXML of the changed run only (second sync). */
  private async byFingerprint(
    context: Word.RequestContext,
    caps: Capabilities
  ): Promise<ReportDocument> {
    if (!this.aligned) throw new NeedFullRead();
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(itemPaths(caps));
    // A picture resized or given alt text changes nothing in the paragraph properties: Word's
    // inline pictures come in the same sync (a few dozen bytes each, no image data).
    const pictures = this.pics
      ? context.document.body.inlinePictures.load(PICTURE_PROPS.map((x) => `items/${x}`).join(","))
      : null;
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readParagraphs" });
    }
    const picturesChanged = pictures ? this.seePictures(pictures.items.map(wordPicture)) : false;
    const now = paragraphs.items.map((p) => wordParagraph(p, caps));
    const old = this.word;
    let a = 0;
    while (a < old.length && a < now.length && itemAt(old, a).fp === itemAt(now, a).fp) a++;
    let b = 0;
    while (
      b < old.length - a &&
      b < now.length - a &&
      itemAt(old, old.length - 1 - b).fp === itemAt(now, now.length - 1 - b).fp
    )
      b++;
    const removed = old.length - a - b;
    const added = now.length - a - b;
    this.items = paragraphs.items;
    if (removed === 0 && added === 0) {
      this.word = now;
      this.ids = usableIds(now);
      this.lastRead = picturesChanged ? "pictures" : "unchanged";
      return this.doc!;
    }
    if (added > MAX_PATCHED_PARAGRAPHS || removed > MAX_PATCHED_PARAGRAPHS)
      throw new NeedFullRead();
    const ooxml = paragraphs.items.slice(a, a + added).map((p) => p.getOoxml());
    if (added > 0) {
      try {
        await context.sync();
      } catch (e) {
        throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readChanged" });
      }
    }
    const read = ooxml.map((x, i) => readOne(x.value, itemAt(now, a + i)));
    const doc = this.patch(
      this.doc!,
      a,
      removed,
      read.map((r) => r.read),
      read.map((r) => r.source)
    );
    this.doc = doc;
    this.word = now;
    this.ids = usableIds(now);
    this.lastRead = "fingerprint";
    return doc;
  }

  /**
   * Compares Word's inline pictures with the last ones loaded and puts a resize or a new alt text
   * into the model (the displayed size scaled by Word's ratio; the pixel size kept). A picture
   * added or removed asks for a whole read.
   * @returns true when the model changed
   */
  private seePictures(now: WordPicture[]): boolean {
    const old = this.pics!;
    if (now.length !== old.length) throw new NeedFullRead();
    const inline = this.doc!.pictures.filter((x) => x.inline);
    const updates: PictureUpdate[] = [];
    for (const [k, n] of now.entries()) {
      const o = itemAt(old, k);
      if (n.width === o.width && n.height === o.height && n.alt === o.alt) continue;
      if (!(o.width > 0 && o.height > 0)) throw new NeedFullRead();
      const pic = itemAt(inline, k);
      updates.push({
        picture: pic.index,
        cx: Math.round((pic.cx * n.width) / o.width),
        cy: Math.round((pic.cy * n.height) / o.height),
        description: n.alt === o.alt ? pic.description : n.alt === "" ? null : n.alt,
      });
    }
    this.pics = now;
    if (updates.length === 0) return false;
    this.doc = updatePictures(this.doc!, updates);
    return true;
  }

  /** Splices read paragraphs into `doc`, or asks for a whole read when that is not sound. */
  private patch(
    doc: ReportDocument,
    from: number,
    deleteCount: number,
    read: ReadParagraph[],
    sources: ParagraphSource[]
  ): ReportDocument {
    const oldPictures = doc.pictures.filter(
      (x) => x.paragraphIndex >= from && x.paragraphIndex < from + deleteCount
    ).length;
    const newPictures = read.reduce((n, r) => n + r.pictures.length, 0);
    const known = new Set(doc.styles.map((s) => s.styleId));
    if (
      oldPictures !== newPictures ||
      read.some((r) => r.paragraph.styleId !== null && !known.has(r.paragraph.styleId)) ||
      !canSplice(doc, from, deleteCount, read)
    )
      throw new NeedFullRead();
    const out = spliceParagraphs(doc, from, deleteCount, read);
    this.sources.splice(from, deleteCount, ...sources);
    return out;
  }
}

/** The model's styles with those a package carries put in their place (by style id) or added. */
function mergeStyles(
  model: ReportDocument["styles"],
  read: ReportDocument["styles"]
): ReportDocument["styles"] {
  if (read.length === 0) return model;
  const byId = new Map(model.map((s) => [s.styleId, s]));
  for (const s of read) byId.set(s.styleId, s);
  return [...byId.values()];
}

/** Parses one paragraph's package and checks it against Word's text; structural → whole read. */
function readOne(
  ooxml: string,
  w: WordParagraph
): { read: ReadParagraph; source: ParagraphSource } {
  const pkg = parse(() => readParagraphPackage(ooxml));
  if (pkg.tables > 0) throw new NeedFullRead(); // a section break: canSplice decides (patch)
  const want = normalizeText(w.text);
  const k = pkg.paragraphs.findIndex((r) => normalizeText(r.paragraph.text) === want);
  if (k < 0) throw new NeedFullRead(); // Word and our reader disagree: trust only a whole read
  const hit = itemAt(pkg.paragraphs, k);
  const paragraph = { ...hit.paragraph, tableDepth: w.tableNestingLevel };
  if (w.id !== undefined) paragraph.id = w.id;
  return { read: { ...hit, paragraph }, source: { part: pkg.source, k } };
}

function parse<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const g = toGatewayError(e, "ooxmlUnreadable");
    throw g.code === "ooxmlUnreadable"
      ? g
      : new GatewayError("ooxmlUnreadable", g.message, { debugInfo: g.debugInfo, cause: e });
  }
}
