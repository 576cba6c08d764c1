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
 *   OOXML read.
 *
 * The changed paragraphs' packages are parsed by the same reader as a whole document
 * (`ooxml/readParagraphs`) and spliced into the cached model (`core/splice`); pictures keep the
 * pixel size read once (image headers only: `IMAGE_HEAD_BYTES`), since unchanged paragraphs are
 * never read again.
 *
 * Round trips per re-check: 1 (by ids), 1 (fingerprint, unchanged or paragraphs only deleted), 2
 * (fingerprint, paragraphs changed or added); a structural change then adds a whole read (1);
 * when the ids path cannot be used after all (a paragraph gone: ItemNotFound) the fingerprint
 * path follows. Worst case 4 (ids tried, fingerprint, changed OOXML, whole read), whatever the
 * document's size; asserted in test/word/liveRead.test.ts. A whole read: 1 (paragraph batch +
 * `body.getOoxml()`). Layer: word.
 */
import type { Capabilities } from "../core/gateway";
import { GatewayError } from "../core/gateway";
import type { ReportDocument } from "../core/model";
import { canSplice, spliceParagraphs, type ReadParagraph } from "../core/splice";
import { IMAGE_HEAD_BYTES, parseFlatOpc } from "../ooxml/parse";
import { readParagraphPackage } from "../ooxml/readParagraphs";
import { toGatewayError } from "./errors";
import { alignParagraphs, normalizeText } from "./readDocument";

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

/** The props on one paragraph proxy (`getParagraphByUniqueLocalId`). */
function propPaths(caps: Capabilities): string {
  return (caps.wordApi16 ? [...PROPS_13, "uniqueLocalId"] : PROPS_13).join(",");
}

/** The props on every item of `body.paragraphs`. */
function itemPaths(caps: Capabilities): string {
  return (caps.wordApi16 ? [...PROPS_13, "uniqueLocalId"] : PROPS_13)
    .map((p) => `items/${p}`)
    .join(",");
}

/** What is kept of one Word paragraph: its fingerprint and its id. */
interface WordParagraph {
  text: string;
  tableNestingLevel: number;
  /** JSON of the fingerprint properties. */
  fp: string;
  id?: string;
}

function wordParagraph(p: Word.Paragraph, caps: Capabilities): WordParagraph {
  const fp = JSON.stringify([
    p.text,
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
  const w: WordParagraph = { text: p.text, tableNestingLevel: p.tableNestingLevel, fp };
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
  for (let i = 0; i < word.length; i++) {
    const id = word[i].id;
    if (typeof id !== "string" || id === "" || m.has(id)) return null;
    m.set(id, i);
  }
  return m;
}

/** More changed paragraphs than this in one re-check: read the whole document instead. */
export const MAX_PATCHED_PARAGRAPHS = 40;

/** How the last read was done (for tests and the bench). */
export type LiveReadKind = "full" | "ids" | "fingerprint" | "unchanged";

/** Thrown inside a re-check when only a whole read can be trusted. */
class NeedFullRead extends Error {}

/**
 * The cached document of the live checklist and the changes noted since it was read. One per
 * gateway; its `read` must not run twice at once (the gateway serialises reads).
 */
export class LiveDocument {
  private doc: ReportDocument | null = null;
  private word: WordParagraph[] = [];
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

  /** Forgets the model: the next read is a whole read (after our own writes). */
  invalidate(): void {
    this.doc = null;
    this.generation++;
  }
  /** Bumped by {@link invalidate}: a read that started before it must not keep its model. */
  private generation = 0;

  /**
   * Re-checks the document: a whole read when there is no model (or `fresh`), else the changed
   * paragraphs only. Round trips: see the file comment (1–3; a whole read 1).
   * Requires: WordApi 1.3; event ids on WordApi 1.6.
   * @returns the model (the cached object itself when nothing changed)
   * @throws GatewayError "readFailed" / "ooxmlUnreadable" as readDocument
   */
  async read(
    context: Word.RequestContext,
    caps: Capabilities,
    fresh = false
  ): Promise<ReportDocument> {
    const named = this.changedIds;
    const unnamed = this.unnamed;
    this.changedIds = new Set();
    this.unnamed = false;
    const generation = this.generation;
    try {
      const doc = await this.readNow(context, caps, fresh, named, unnamed);
      if (generation !== this.generation) this.doc = null; // our write ran meanwhile
      return doc;
    } catch (e) {
      // Nothing was learnt: the next re-check starts from what this one was asked.
      this.unnamed = true;
      for (const id of named) this.changedIds.add(id);
      throw e;
    }
  }

  private async readNow(
    context: Word.RequestContext,
    caps: Capabilities,
    fresh: boolean,
    named: Set<string>,
    unnamed: boolean
  ): Promise<ReportDocument> {
    if (fresh || this.doc === null) return this.whole(context, caps);
    try {
      const ids = this.ids;
      if (!unnamed && named.size > 0 && ids && [...named].every((id) => ids.has(id))) {
        const r = await this.byIds(context, caps, [...named]);
        if (r) return r;
      }
      return await this.byFingerprint(context, caps);
    } catch (e) {
      if (e instanceof NeedFullRead) return this.whole(context, caps);
      throw e;
    }
  }

  /** The whole document: paragraph batch + `body.getOoxml()` in ONE sync. */
  private async whole(context: Word.RequestContext, caps: Capabilities): Promise<ReportDocument> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(itemPaths(caps));
    const ooxml = context.document.body.getOoxml();
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "readFailed", { context: "（读取段落与文档格式时出错）" });
    }
    const doc = parse(() => parseFlatOpc(ooxml.value, { binaryHeadBytes: IMAGE_HEAD_BYTES }));
    const word = paragraphs.items.map((p) => wordParagraph(p, caps));
    const matched = alignParagraphs(
      doc,
      word.map((w) =>
        w.id === undefined ? { text: w.text } : { text: w.text, uniqueLocalId: w.id }
      )
    );
    this.adopt(doc, word, matched === word.length && matched === doc.paragraphs.length);
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
      if (w.tableNestingLevel !== word[index].tableNestingLevel) throw new NeedFullRead();
      doc = this.patch(doc, index, 1, [readOne(r.ooxml.value, w)]);
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
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "readFailed", { context: "（读取段落时出错）" });
    }
    const now = paragraphs.items.map((p) => wordParagraph(p, caps));
    const old = this.word;
    let a = 0;
    while (a < old.length && a < now.length && old[a].fp === now[a].fp) a++;
    let b = 0;
    while (
      b < old.length - a &&
      b < now.length - a &&
      old[old.length - 1 - b].fp === now[now.length - 1 - b].fp
    )
      b++;
    const removed = old.length - a - b;
    const added = now.length - a - b;
    if (removed === 0 && added === 0) {
      this.word = now;
      this.ids = usableIds(now);
      this.lastRead = "unchanged";
      return this.doc!;
    }
    if (added > MAX_PATCHED_PARAGRAPHS || removed > MAX_PATCHED_PARAGRAPHS)
      throw new NeedFullRead();
    const ooxml = paragraphs.items.slice(a, a + added).map((p) => p.getOoxml());
    if (added > 0) {
      try {
        await context.sync();
      } catch (e) {
        throw toGatewayError(e, "readFailed", { context: "（读取修改过的段落时出错）" });
      }
    }
    const read = ooxml.map((x, i) => readOne(x.value, now[a + i]));
    const doc = this.patch(this.doc!, a, removed, read);
    this.doc = doc;
    this.word = now;
    this.ids = usableIds(now);
    this.lastRead = "fingerprint";
    return doc;
  }

  /** Splices read paragraphs into `doc`, or asks for a whole read when that is not sound. */
  private patch(
    doc: ReportDocument,
    from: number,
    deleteCount: number,
    read: ReadParagraph[]
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
    return spliceParagraphs(doc, from, deleteCount, read);
  }
}

/** Parses one paragraph's package and checks it against Word's text; structural → whole read. */
function readOne(ooxml: string, w: WordParagraph): ReadParagraph {
  const pkg = parse(() => readParagraphPackage(ooxml));
  if (pkg.sectionBreak || pkg.tables > 0) throw new NeedFullRead();
  const want = normalizeText(w.text);
  const hit = pkg.paragraphs.find((r) => normalizeText(r.paragraph.text) === want);
  if (!hit) throw new NeedFullRead(); // Word and our reader disagree: trust only a whole read
  const paragraph = { ...hit.paragraph, tableDepth: w.tableNestingLevel };
  if (w.id !== undefined) paragraph.id = w.id;
  return { paragraph, pictures: hit.pictures };
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
