/**
 * @fileoverview Restore points (issue 7 "No promise we cannot keep", issue 9 撤销修复): before a
 * destructive write the gateway keeps in memory what puts back exactly the paragraphs the write
 * touches, and {@link restoreEdits} / {@link restoreBody} put them back on the writer's 恢复.
 * Word's own undo cannot be promised: it is "partially supported … if an API doesn't support
 * undo, the undo stack is cleared" (docs, application-specific API model), there is none after
 * `insertOoxml` on the web (office-js#6423), no grouping into one step (#1827), and several
 * inserts in one sync corrupt it on Mac (#5621). Layer: word.
 *
 * What is kept, per write:
 * - 一键排版, a text fix, fix-all (`./applyEdits`): per paragraph the write touches, its `w:p` as
 *   the live checklist read it (the plan's read: no extra `getOoxml`), with the relationships and
 *   styles it references, put back by the same `insertOoxml(…, "Replace")` packages the write
 *   uses (`./paragraphWrites`: helper paragraph for office-js#3149 / #2914; an automatically
 *   numbered paragraph without its numbering, attached to its list again). A paragraph that
 *   cannot travel in a package (a picture, a note or comment, a section break, a bookmark or
 *   field spanning paragraphs: `rewriteBlocker`, `paragraphReferences`) and that the write only
 *   styles is put back by its style name (`Paragraph.style`); one whose text or OOXML the write
 *   changes cannot be kept — then no point is kept at all (a point that restores half a write
 *   would be a false promise).
 * - 插入模板 over a non-empty document (`./insertTemplate`): the body's OOXML (`body.getOoxml()`),
 *   unless the body has pictures (their base64 would be kept whole: issue 7's 7.8 MB per photo).
 *
 * Bound: at most {@link RESTORE_BOUND_CHARS} of OOXML per point, and ONE point per gateway (a
 * later write replaces it). Beyond the bound no point is kept and the caller is told why before
 * anything is written (`RestoreMode` "required": GatewayError "notRestorable", nothing written).
 *
 * Finding the paragraphs again: by the write-time `uniqueLocalId` where it was usable (a
 * non-empty string, unique in the batch: `usableIds`) and is still unique, else by index with the
 * paragraph count unchanged — and in both cases the paragraph's text (and, when the write was
 * verified, its formatting fingerprint) must be what the write left. Anything else refuses the
 * whole restore (GatewayError "notRestorable", naming the paragraphs): nothing is put back
 * half-way.
 */
import { GatewayError, type Capabilities, type RestoreMode } from "../core/gateway";
import type { ErrorMessageId, MessageRef } from "../core/messages";
import type { ReportDocument } from "../core/model";
import { itemAt } from "../core/item-at";
import {
  paragraphReferences,
  rewriteBlocker,
  sourceParagraphs,
  withoutDirectNumbering,
} from "../ooxml/paragraphPackage";
import type { ParagraphSource } from "../ooxml/sourcePart";
import { bodyParagraphs } from "../ooxml/format";
import { getXmlPart, mainDocumentPart, readFlatOpc } from "../ooxml/package";
import { parsePackage } from "../ooxml/parse";
import { type Element, W, attrW, childW, parseXml, serializeXml } from "../ooxml/xml";
import { toGatewayError } from "./errors";
import { fingerprintPaths, formatFingerprint } from "./liveRead";
import {
  inBody,
  type ListPlace,
  type ParagraphWrite,
  queueListPlace,
  queueListReads,
  queueParagraphWrites,
  queueRejoin,
  relsOf,
  verifyListPlaces,
} from "./paragraphWrites";
import { normalizeText, usableIds } from "./readDocument";

/**
 * The most OOXML one restore point keeps (UTF-16 code units, ≈ 2 bytes each in memory: 8 MB).
 * A 一键排版 keeps the `w:p` of every paragraph it writes: for the bench's 2 000-paragraph report
 * that is ≈ 1.1 M characters, a 10 000 字 report ≈ 0.2 M; a template replacing a text-only draft
 * keeps its body package (≈ 0.1–1 M). 4 M leaves room for four times the largest report we
 * measured while keeping the pane's memory bounded.
 */
export const RESTORE_BOUND_CHARS = 4 * 1024 * 1024;

/** How one paragraph is put back. */
export type KeptRoute =
  /** Its `w:p` as read, re-inserted (exact). */
  | { ooxml: Omit<ParagraphWrite, "index"> }
  /**
   * Only its style name (the write only styled it and it cannot travel in a package); `detach`
   * when the write attached it to its list again (its number came through the style it
   * replaced): it leaves that list first, and the style it gets back numbers it as before.
   */
  | { style: string; detach?: true };

/** One paragraph of a restore point of an edit write. */
export interface KeptParagraph {
  /** Its index in Word's paragraph collection (the write keeps the count). */
  index: number;
  /** Its normalised text before the write (what restoring must give back). */
  before: string;
  /** Its normalised text after the write (set once the write is done). */
  after: string;
  /** Its formatting fingerprint after the write (when the verifying read gave one). */
  format?: string;
  /** Its uniqueLocalId after the write, when usable. */
  id?: string;
  route: KeptRoute;
}

/** A restore point of an edit write (一键排版, text fixes). */
export interface KeptEdits {
  kind: "edits";
  paragraphs: KeptParagraph[];
  /** Word's paragraph count after the write. */
  count: number;
  chars: number;
  /**
   * notDone ids of what the write changed besides paragraphs and a restore does not put back:
   * {@link NOT_RESTORED_PAGE_SETUP}, {@link NOT_RESTORED_STYLES}.
   */
  notRestored: string[];
}

/** notDone id: the page setup the write applied stays (restore puts paragraphs back only). */
export const NOT_RESTORED_PAGE_SETUP = "restoreKeptPageSetup";
/**
 * notDone id: automatically numbered paragraphs were put back and could not be confirmed in
 * their list with their number. Word gives paragraphs inserted with numbering a list of their own
 * (office-js-docs#68), so numbered paragraphs put back — an edit point's, or a template's body
 * put back whole — rejoin their list through `attachToList` and `verifyRestore` checks them;
 * this id is said only when that check fails. The restore says so instead of claiming the
 * document is as it was.
 */
export const NOT_RESTORED_NUMBERING = "restoreNumbering";

/**
 * The notDone ids a restore adds because of what it re-inserts (numbering: the numbered
 * paragraphs `verifyRestore` did not find back in their list with their number, for an edit
 * point and a template's body alike) and what the host cannot tell
 * ({@link NOT_RESTORED_TRACKING_UNKNOWN} below WordApi 1.4).
 */
export function restoreCaveats(
  caps: Pick<Capabilities, "wordApi14">,
  numberingOff: readonly number[] = []
): string[] {
  // Numbered paragraphs put back rejoin their list and are verified (`numberingOff`: the ones
  // that are not back), for an edit point and a template's body alike.
  return [
    ...(numberingOff.length > 0 ? [NOT_RESTORED_NUMBERING] : []),
    ...(caps.wordApi14 ? [] : [NOT_RESTORED_TRACKING_UNKNOWN]),
  ];
}

/** notDone id: style definitions the write repaired stay repaired. */
export const NOT_RESTORED_STYLES = "restoreKeptStyles";

/** What a restore of this write will not put back (notDone ids): page setup, repaired styles. */
export function notRestoredOf(result: {
  page: string;
  stylesRepaired: readonly string[];
}): string[] {
  return [
    ...(result.page === "applied" ? [NOT_RESTORED_PAGE_SETUP] : []),
    ...(result.stylesRepaired.length > 0 ? [NOT_RESTORED_STYLES] : []),
  ];
}

/** A restore point of 插入模板 over a non-empty document. */
export interface KeptBody {
  kind: "template";
  /** The body's flat OPC before the template. */
  ooxml: string;
  /**
   * Where the body's numbered paragraphs sat in Word's lists before the template (index in the
   * body, list id, level, number): what {@link restoreBody} puts them back into and checks.
   */
  lists: { index: number; list: ListPlace }[];
  /** The paragraph texts before (normalised). */
  before: string[];
  /** The paragraph texts after the template (normalised). */
  after: string[];
  chars: number;
}

export type KeptPoint = KeptEdits | KeptBody;

/** Either the paragraphs kept, or why none could be (catalog parts). */
export type CaptureResult =
  { kept: KeptParagraph[]; chars: number } | { why: readonly MessageRef<ErrorMessageId>[] };

/** "3、5、8" (at most 8 numbers, then "…"): paragraph numbers as the writer counts them. */
export function paragraphList(indexes: readonly number[]): string {
  const n = [...new Set(indexes)].sort((a, b) => a - b).map((i) => String(i + 1));
  return n.length > 8 ? `${n.slice(0, 8).join("、")}…` : n.join("、");
}

/** The styles a `w:p` references (`w:pStyle`, `w:rStyle`), named as the model knows them. */
function referencedStyles(
  p: Element,
  styles: ReportDocument["styles"]
): { styleId: string; name: string; type?: "paragraph" | "character" }[] {
  const out: { styleId: string; name: string; type?: "paragraph" | "character" }[] = [];
  for (const [tag, type] of [
    ["pStyle", "paragraph"],
    ["rStyle", "character"],
  ] as const) {
    const list = p.getElementsByTagNameNS(W, tag);
    for (let i = 0; i < list.length; i++) {
      const id = (list.item(i) as Element).getAttributeNS(W, "val") ?? "";
      const info = styles.find((s) => s.styleId === id);
      if (id !== "" && info && !out.some((o) => o.styleId === id))
        out.push(
          type === "paragraph"
            ? { styleId: id, name: info.name }
            : { styleId: id, name: info.name, type }
        );
    }
  }
  return out;
}

/**
 * Keeps what puts back the paragraphs a write is about to touch (no round trip: from the write
 * run's own read). Called BEFORE anything is queued, so that "required" can refuse with nothing
 * written.
 * @param touched indexes the write touches: `changed` ones (rewritten or text-edited) must be
 *   kept exactly; `styled` ones (only `Paragraph.style` set) may fall back to their style name;
 *   `rejoined` ones are attached to their list again by the write (numbered by their style)
 * @param read the write run's read: model, Word's paragraphs (loaded: text, style), per model
 *   paragraph its source, and whether the two lists are aligned 1 for 1
 * @returns the kept paragraphs, or why none can be kept
 */
export function captureParagraphs(
  touched: {
    changed: ReadonlySet<number>;
    styled: ReadonlySet<number>;
    rejoined?: ReadonlySet<number>;
  },
  read: {
    doc: ReportDocument;
    items: readonly Word.Paragraph[];
    sources: readonly ParagraphSource[];
    aligned: boolean;
  }
): CaptureResult {
  const all = [...new Set([...touched.changed, ...touched.styled])].sort((a, b) => a - b);
  const kept: KeptParagraph[] = [];
  const blocked: number[] = [];
  let unmatched = false;
  let chars = 0;
  for (const idx of all) {
    const item = read.items[idx];
    if (item === undefined) {
      unmatched = true;
      continue;
    }
    const before = normalizeText(item.text);
    const src = read.sources[idx];
    const mp = read.doc.paragraphs[idx];
    const el: Element | undefined = src ? sourceParagraphs(src.part)[src.k] : undefined;
    let route: KeptRoute | null = null;
    if (read.aligned && src && el && mp && normalizeText(mp.text) === before) {
      const copy = el.cloneNode(true) as Element;
      const refs = rewriteBlocker(copy) === null ? paragraphReferences(copy, relsOf(src)) : null;
      if (refs !== null && !("blocked" in refs)) {
        const xml = serializeXml(copy);
        const unnumbered = withoutDirectNumbering(copy);
        chars += xml.length + (unnumbered?.length ?? 0);
        route = {
          ooxml: {
            xml,
            unnumbered,
            styles: referencedStyles(copy, read.doc.styles),
            numbered: copy.getElementsByTagNameNS(W, "numPr").length > 0,
            numberingXml: src.part.numberingXml,
            carried: refs.carried,
            inBody: inBody(el, mp.tableDepth),
          },
        };
      }
    } else if (!read.aligned || !mp) unmatched = true;
    if (route === null && !touched.changed.has(idx))
      route = touched.rejoined?.has(idx)
        ? { style: item.style, detach: true }
        : { style: item.style };
    if (route === null) {
      blocked.push(idx);
      continue;
    }
    kept.push({ index: idx, before, after: before, route });
  }
  if (blocked.length > 0)
    return unmatched && blocked.every((i) => read.items[i] === undefined)
      ? { why: [{ id: "errors.gateway.restore.notMatched" }] }
      : {
          why: [
            {
              id: "errors.gateway.restore.notKeepable",
              data: { paragraphs: paragraphList(blocked) },
            },
          ],
        };
  if (chars > RESTORE_BOUND_CHARS)
    return {
      why: [
        { id: "errors.gateway.restore.tooLarge", data: { kb: Math.round((chars * 2) / 1024) } },
      ],
    };
  return { kept, chars };
}

/** Throws GatewayError "notRestorable" (nothing written) when `mode` is "required" and `why`. */
export function requireKept(
  mode: RestoreMode,
  why: readonly MessageRef<ErrorMessageId>[] | undefined
): void {
  if (mode === "required" && why !== undefined)
    throw new GatewayError("notRestorable", [
      ...why,
      { id: "errors.gateway.restore.nothingChanged" },
    ]);
}

/** notDone id: the last paragraph's style could not be set again after restoring the body. */
export const NOT_RESTORED_LAST_STYLE = "restoreLastStyle";

/** The refusal of a restore, nothing changed. */
function refuse(why: MessageRef<ErrorMessageId>): GatewayError {
  return new GatewayError("notRestorable", [{ id: "errors.gateway.what.notRestorable" }, why]);
}

/** The refusal of an expired point (a later write replaced it). */
export function expired(): GatewayError {
  return refuse({ id: "errors.gateway.restore.expired" });
}

/**
 * Queues (no sync) the read of `changeTrackingMode` (WordApi 1.4) with a restore's first sync.
 * With 修订 on, every `insertOoxml` of the restore would become a deletion + insertion revision
 * of whole paragraphs (office-js#329, #334) — the writer would get revisions instead of their
 * document back — so the restore writes nothing and says how to go on (turn 修订 off, press 恢复
 * again: the point is not used up by a refusal).
 * @returns after the sync, a check that throws GatewayError "notRestorable" when tracking is on
 */
function queueTrackingCheck(context: Word.RequestContext, caps: Capabilities): () => void {
  if (!caps.wordApi14) return () => undefined;
  context.document.load("changeTrackingMode");
  return () => {
    if (String(context.document.changeTrackingMode) !== "Off")
      throw refuse({ id: "errors.gateway.restore.tracking" });
  };
}

/**
 * notDone id: the host cannot say whether 修订 is on (no WordApi 1.4), so a restore made with it
 * on would be recorded as revisions: the writer is told where to look.
 */
export const NOT_RESTORED_TRACKING_UNKNOWN = "restoreTrackingUnknown";

/** What {@link restoreEdits} wrote, for {@link verifyRestore}. */
export interface RestoredEdits {
  /** The indexes written and their texts before the write (normalised). */
  expected: { index: number; before: string }[];
  /** Numbered paragraphs put back and attached to their list again. */
  lists: { index: number; list: ListPlace }[];
}

/**
 * Puts back the paragraphs of an edit write's restore point.
 *
 * Sync 1: `body.paragraphs` with the fingerprint properties (text, style, alignment, list/table
 * flags, line spacing, font; `uniqueLocalId` on WordApi 1.6) and `changeTrackingMode` (WordApi
 * 1.4: with 修订 on, GatewayError "notRestorable", nothing written). Each kept paragraph is found by
 * its usable id, else by index (the paragraph count must be the write's); its text must be the
 * one the write left and, when known, its formatting fingerprint too. Otherwise GatewayError
 * "notRestorable" naming the paragraphs, nothing written.
 * Sync 1b, only when automatically numbered paragraphs are put back: the lists they are in now
 * (`queueListReads`). Sync 2: `Paragraph.style` for style-only paragraphs; one
 * `insertOoxml(…, "Replace")` package per run of consecutive kept paragraphs (bottom-to-top,
 * helper paragraph deleted: office-js#3149, #2914); numbered paragraphs go without their
 * numbering and rejoin their list (`attachToList`).
 * Round trips: 2 (3 with numbered paragraphs). Requires: WordApi 1.3; ids on WordApi 1.6.
 * @returns the indexes written and their texts before the write, and the numbered paragraphs
 *   attached to their list, for {@link verifyRestore}
 * @throws GatewayError "notRestorable" (nothing written: 修订 on, paragraphs changed); "readFailed"
 *   (sync 1, nothing written); "writeFailed" partial (sync 2)
 */
export async function restoreEdits(
  context: Word.RequestContext,
  caps: Capabilities,
  point: KeptEdits
): Promise<RestoredEdits> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(fingerprintPaths(caps));
  const tracking = queueTrackingCheck(context, caps);
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readParagraphs" });
  }
  tracking();
  const items = paragraphs.items;
  const ids = caps.wordApi16 ? usableIds(items.map((p) => p.uniqueLocalId)) : [];
  const changed: number[] = [];
  const found: { k: KeptParagraph; at: number }[] = [];
  const taken = new Set<number>();
  for (const k of point.paragraphs) {
    let at = -1;
    if (k.id !== undefined) at = ids.indexOf(k.id);
    if (at < 0) {
      if (items.length !== point.count) throw refuse({ id: "errors.gateway.restore.countChanged" });
      at = k.index;
    }
    const item = items[at];
    if (
      item === undefined ||
      taken.has(at) ||
      normalizeText(item.text) !== k.after ||
      (k.format !== undefined && formatFingerprint(item) !== k.format)
    ) {
      changed.push(item === undefined ? k.index : at);
      continue;
    }
    taken.add(at);
    found.push({ k, at });
  }
  if (changed.length > 0)
    throw refuse({
      id: "errors.gateway.restore.changed",
      data: { paragraphs: paragraphList(changed) },
    });
  const writes: ParagraphWrite[] = [];
  for (const { k, at } of found) {
    if ("style" in k.route) {
      const p = itemAt(items, at);
      if (k.route.detach === true) p.detachFromList();
      p.style = k.route.style;
    } else writes.push({ index: at, ...k.route.ooxml });
  }
  writes.sort((a, b) => a.index - b.index);
  // Numbered paragraphs go back without their numbering and rejoin the list they are in now.
  const readLists = queueListReads(items, writes);
  if (readLists !== null) {
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readParagraphs" });
    }
    readLists();
  }
  queueParagraphWrites(items, writes);
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", {
      partial: true,
      context: "errors.gateway.step.restore",
    });
  }
  return {
    expected: found.map(({ k, at }) => ({ index: at, before: k.before })),
    lists: writes.flatMap((w) => (w.list ? [{ index: w.index, list: w.list }] : [])),
  };
}

/**
 * The re-read after a restore (in a NEW `Word.run`: on the web paragraphs are stale within one
 * run, office-js#3284): every restored paragraph's text must be its text before the write, and
 * every numbered paragraph put back must be in its list with its number (`verifyListPlaces`).
 * Round trips: 1, + 1 when numbered paragraphs were put back. Requires: WordApi 1.1 (1.3 for
 * the lists).
 * @param expected indexes and texts (normalised)
 * @param count the paragraph count the document must have, when known
 * @param lists numbered paragraphs attached to their list again ({@link restoreEdits})
 * @returns whether every text is back, and the numbered paragraphs not back in their list
 */
export async function verifyRestore(
  context: Word.RequestContext,
  expected: readonly { index: number; before: string }[],
  count?: number,
  lists: readonly { index: number; list: ListPlace }[] = []
): Promise<{ verified: boolean; numberingOff: number[] }> {
  const paragraphs = context.document.body.paragraphs.load("items/text");
  await context.sync();
  const items = paragraphs.items;
  const numberingOff = await verifyListPlaces(context, lists, items);
  if (count !== undefined && items.length !== count) return { verified: false, numberingOff };
  const verified = expected.every(
    (e) => items[e.index] !== undefined && normalizeText(itemAt(items, e.index).text) === e.before
  );
  return { verified, numberingOff };
}

/**
 * Queues (no sync) what keeping the body before a template needs: the body's OOXML and its
 * paragraph texts, and which paragraphs are list items (WordApi 1.3 `isListItem`: their list
 * places are read next, {@link queueBodyLists}). Only called when the body has no pictures (see
 * the file comment).
 * @returns after the caller's sync, the body point (without `after` and `lists`) with Word's
 *   paragraphs, or why none is kept
 */
export function queueBodyCapture(
  context: Word.RequestContext
): () =>
  | { ooxml: string; before: string[]; chars: number; paragraphs: Word.Paragraph[] }
  | { why: readonly MessageRef<ErrorMessageId>[] } {
  const ooxml = context.document.body.getOoxml();
  const paragraphs = context.document.body.paragraphs.load("items/text,items/isListItem");
  return () => {
    const x = ooxml.value;
    if (x.length > RESTORE_BOUND_CHARS)
      return {
        why: [
          {
            id: "errors.gateway.restore.tooLarge",
            data: { kb: Math.round((x.length * 2) / 1024) },
          },
        ],
      };
    return {
      ooxml: x,
      before: paragraphs.items.map((p) => normalizeText(p.text)),
      chars: x.length,
      paragraphs: paragraphs.items,
    };
  };
}

/**
 * Queues (no sync) the list place (`queueListPlace`) of every list item of `paragraphs` (loaded
 * with `isListItem`): where the body's numbered paragraphs sit before a template replaces them.
 * @returns null when none is a list item (no sync needed); else, after the caller's sync, the
 *   places by paragraph index
 */
export function queueBodyLists(
  paragraphs: readonly Word.Paragraph[]
): (() => { index: number; list: ListPlace }[]) | null {
  const reads = paragraphs.flatMap((p, index) =>
    p.isListItem ? [{ index, place: queueListPlace(p) }] : []
  );
  if (reads.length === 0) return null;
  return () =>
    reads.flatMap(({ index, place }) => {
      const list = place();
      return list === null ? [] : [{ index, list }];
    });
}

/**
 * The style name to give the last paragraph of a body package again (office-js#2914): its
 * `w:pStyle`'s style, or null when it names none (then it has the default style anyway).
 */
function lastExplicitStyle(flatOpc: string): string | null {
  const pkg = readFlatOpc(flatOpc);
  const main = mainDocumentPart(pkg);
  const last = bodyParagraphs(parseXml(getXmlPart(pkg, main) ?? "", main)).at(-1);
  const pStyle = last ? childW(childW(last, "pPr"), "pStyle") : null;
  const id = pStyle ? attrW(pStyle, "val") : null;
  if (id === null) return null;
  return parsePackage(pkg, "flatOpc").styles.find((s) => s.styleId === id)?.name ?? null;
}

/** What {@link restoreBody} did, for {@link verifyRestore}. */
export interface RestoredBody {
  /** notDone ids ({@link NOT_RESTORED_LAST_STYLE} when the last paragraph's style failed). */
  notDone: string[];
  /**
   * The numbered paragraphs and the list place each must have: its level and number before the
   * template, in the list its first fellow paragraph is in after the restore (ids of lists put
   * back are Word's new ones, office-js-docs#68).
   */
  lists: { index: number; list: ListPlace }[];
}

/**
 * The list each numbered paragraph of a body put back must be in: per list the paragraphs
 * shared before, the list its first paragraph is in now (Word may give the re-inserted
 * paragraphs a list of their own: office-js-docs#68), else the list it was in.
 */
function bodyListTargets(
  before: readonly { index: number; list: ListPlace }[],
  now: ReadonlyMap<number, ListPlace | null>
): { index: number; list: ListPlace }[] {
  const target = new Map<number, number>();
  for (const b of before)
    if (!target.has(b.list.id)) target.set(b.list.id, now.get(b.index)?.id ?? b.list.id);
  return before.map((b) => ({
    index: b.index,
    list: { ...b.list, id: target.get(b.list.id) ?? b.list.id },
  }));
}

/**
 * Puts back the body a template replaced.
 *
 * Sync 1: the paragraph texts and `changeTrackingMode` (WordApi 1.4: with 修订 on, GatewayError
 * "notRestorable", nothing written); the texts must be the template's as inserted (else
 * GatewayError "notRestorable" naming the paragraphs that differ, nothing written). Sync 2:
 * `body.insertOoxml(kept, "Replace")` and the paragraph texts. Sync 3, only when needed: the last
 * paragraph's style set again (office-js#2914), the empty paragraph Word may add at the end
 * (office-js-docs#874: round-tripping the body adds one) deleted, and where the body's numbered
 * paragraphs now sit in Word's lists (`queueListPlace`). Sync 4, only when a numbered paragraph
 * is not in the list of its fellows at its level: it rejoins that list (`queueRejoin`, the
 * mechanism of the per-paragraph restore and 一键排版; office-js-docs#68: Word gives re-inserted
 * numbering a list of its own). The returned places are checked by {@link verifyRestore}.
 * Round trips: 2–4. Requires: WordApi 1.3.
 * @returns notDone ids and the list places to verify
 * @throws GatewayError "notRestorable" (nothing written); "readFailed"; "writeFailed" partial
 */
export async function restoreBody(
  context: Word.RequestContext,
  caps: Capabilities,
  point: KeptBody
): Promise<RestoredBody> {
  const body = context.document.body;
  const now = body.paragraphs.load("items/text");
  const tracking = queueTrackingCheck(context, caps);
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readParagraphs" });
  }
  tracking();
  const texts = now.items.map((p) => normalizeText(p.text));
  if (texts.length !== point.after.length)
    throw refuse({ id: "errors.gateway.restore.countChanged" });
  const changed = texts.flatMap((t, i) => (t === point.after[i] ? [] : [i]));
  if (changed.length > 0)
    throw refuse({
      id: "errors.gateway.restore.changed",
      data: { paragraphs: paragraphList(changed) },
    });
  body.insertOoxml(point.ooxml, "Replace");
  const after = body.paragraphs.load("items/text");
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", {
      partial: true,
      context: "errors.gateway.step.restore",
    });
  }
  // Sync 3: the last paragraph's style again (office-js#2914), Word's extra empty paragraph
  // (office-js-docs#874) and the numbered paragraphs' lists. Its own sync: a style name Word
  // does not take (a built-in's English name in a localized Word) fails only this step,
  // reported, the content being back already.
  const items = after.items;
  const tail = items[items.length - 1];
  const extra = items.length === point.before.length + 1 && tail && normalizeText(tail.text) === "";
  const lastStyle = lastExplicitStyle(point.ooxml);
  const lists = point.lists.filter((l) => items[l.index] !== undefined);
  if (!extra && lastStyle === null && lists.length === 0) return { notDone: [], lists: [] };
  if (extra) tail.delete();
  if (lastStyle !== null) itemAt(items, point.before.length - 1).style = lastStyle;
  const places = lists.map((l) => ({
    index: l.index,
    place: queueListPlace(itemAt(items, l.index)),
  }));
  try {
    await context.sync();
  } catch {
    // Nothing known of the lists: they count as not back (verifyRestore checks them).
    return { notDone: lastStyle !== null ? [NOT_RESTORED_LAST_STYLE] : [], lists: point.lists };
  }
  const nowPlaces = new Map(places.map((x) => [x.index, x.place()]));
  const targets = bodyListTargets(lists, nowPlaces);
  // Sync 4: each numbered paragraph not in its fellows' list at its level rejoins it.
  const off = targets.filter((t) => {
    const got = nowPlaces.get(t.index) ?? null;
    return got === null || got.id !== t.list.id || got.level !== t.list.level;
  });
  if (off.length > 0) {
    for (const t of off) queueRejoin(itemAt(items, t.index), t.list);
    try {
      await context.sync();
    } catch {
      // The body is back; its numbers may not be: verifyRestore says which.
    }
  }
  return { notDone: [], lists: targets };
}
