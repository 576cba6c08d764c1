/**
 * @fileoverview Queues the rewrite of runs of consecutive paragraphs through
 * `insertOoxml(…, "Replace")` — one flat-OPC package per run (`ooxml/paragraphPackage`
 * `runPackage`), bottom-to-top, each followed by the deletion of its empty helper paragraph
 * (office-js#3149: a single inserted paragraph keeps the target's paragraph properties; #2914:
 * the last inserted paragraph loses its style — that is the helper). Shared by 一键排版
 * (`./applyEdits`) and 恢复 (`./restore`), so both write paragraphs back the same way.
 * Layer: word.
 */
import { type CarriedRelationship, runPackage } from "../ooxml/paragraphPackage";
import type { ParagraphSource } from "../ooxml/sourcePart";
import type { Relationship } from "../ooxml/package";
import { itemAt } from "../core/item-at";
import type { Element } from "../ooxml/xml";
import { CHUNK_BYTES } from "./liveRead";

/** The main part's relationships of a source, by id (computed once per part). */
const relMaps = new WeakMap<ParagraphSource["part"], Map<string, Relationship>>();
export function relsOf(src: ParagraphSource): Map<string, Relationship> {
  let m = relMaps.get(src.part);
  if (!m) {
    m = new Map(src.part.rels.map((r) => [r.id, r]));
    relMaps.set(src.part, m);
  }
  return m;
}

/** A paragraph to write back: its `w:p` XML and what its package needs. */
export interface ParagraphWrite {
  /** Its index in Word's paragraph collection. */
  index: number;
  /** The serialised `w:p` (relationship ids `rIdCrRel1`… as `paragraphReferences` left them). */
  xml: string;
  /** The styles it references (named, not defined, in the package). */
  styles: { styleId: string; name: string; type?: "paragraph" | "character" }[];
  /** True when it has `w:numPr` (the package then carries `numberingXml`). */
  numbered: boolean;
  numberingXml: string | null;
  carried: CarriedRelationship[];
  /**
   * True when it sits directly in the body, in no table or other container ({@link inBody}): only
   * such paragraphs share one range with their neighbours (a run never crosses a container's edge).
   */
  inBody: boolean;
  /**
   * The `w:p` without its own `w:numPr` (`ooxml/paragraphPackage` `withoutDirectNumbering`), when
   * that names a list: what is sent instead of `xml` once {@link queueListReads} found its list.
   */
  unnumbered?: string;
  /**
   * True when its number comes through the paragraph style the write replaces (core
   * `styleNumbering`: a heading style linked to a list): its XML names no list, and once
   * {@link queueListReads} found its list it joins it again after the write.
   */
  rejoinList?: boolean;
  /** The list the paragraph is in before the write (set by {@link queueListReads}). */
  list?: ListPlace;
}

/** What {@link queueListReads} needs of a write: its paragraph and whether it keeps a list. */
export interface ListedWrite {
  index: number;
  /** Set when its own `w:numPr` names a list (see {@link ParagraphWrite.unnumbered}). */
  unnumbered?: string;
  /** Set when its style numbers it and the write replaces that style. */
  rejoinList?: boolean;
  /** The list it is in before the write (set by {@link queueListReads}). */
  list?: ListPlace;
}

/** A paragraph only given a style name (`Paragraph.style`), nothing else sent. */
export interface StyleWrite extends ListedWrite {
  /** The style's name, as `Paragraph.style` takes it. */
  styleName: string;
}

/** Where a numbered paragraph sits in Word's lists (WordApi 1.3). */
export interface ListPlace {
  /** `List.id` of `Paragraph.listOrNullObject`. */
  id: number;
  /** `ListItem.level` (0-based). */
  level: number;
  /** `ListItem.listString`: the number Word shows ("一、"). */
  listString: string;
}

/**
 * Queues (no sync) the read of where a paragraph sits in Word's lists: `listOrNullObject.id`,
 * `listItemOrNullObject.level` and `listString` (WordApi 1.3). The one read of a list place,
 * shared by the writes, their verification and 恢复.
 * @returns after the caller's sync, the place, or null when the paragraph is in no list
 */
export function queueListPlace(p: Word.Paragraph): () => ListPlace | null {
  const list = p.listOrNullObject.load("id");
  const item = p.listItemOrNullObject.load("level,listString");
  return () =>
    list.isNullObject || item.isNullObject
      ? null
      : { id: list.id, level: item.level, listString: item.listString };
}

/**
 * Queues (no sync) the read of the list each numbered write's paragraph is in before the write:
 * `listOrNullObject.id`, `listItemOrNullObject.level` and `listString` (WordApi 1.3) — only for
 * writes with `unnumbered` (numbered by their own `w:numPr`) or `rejoinList` (numbered by the
 * style the write replaces). After the caller's sync (a read: nothing written), the returned
 * function sets `list` on every write whose paragraph Word says is in a list; such a write then
 * goes back without its numbering (or with a style that numbers nothing) and joins its list
 * again ({@link queueParagraphWrites}, {@link queueStyleWrites}).
 * @param items Word's paragraphs, loaded in this context
 * @returns null when no write is numbered (no sync needed)
 */
export function queueListReads(
  items: readonly Word.Paragraph[],
  writes: readonly ListedWrite[]
): (() => void) | null {
  const reads = writes
    .filter((w) => w.unnumbered !== undefined || w.rejoinList === true)
    .map((w) => ({ w, place: queueListPlace(itemAt(items, w.index)) }));
  if (reads.length === 0) return null;
  return () => {
    for (const { w, place } of reads) {
      const got = place();
      if (got !== null) w.list = got;
    }
  };
}

/**
 * The check that re-attached paragraphs are back in their list, in the verifying run (a NEW
 * `Word.run`: office-js#3284): the paragraph at each index must be in list `id` at `level` and
 * show the same number (`listString`) as before the write — a restart (一、 again) or a list of
 * its own fails it.
 * Round trips: 2 (`body.paragraphs` "$none", then the list properties); 1 when `items` are
 * given (loaded in this context). Requires: WordApi 1.3. Never throws: a failed read counts
 * every paragraph as not verified.
 * @returns the indexes whose list or number is not the one before the write
 */
export async function verifyListPlaces(
  context: Word.RequestContext,
  expected: readonly { index: number; list: ListPlace }[],
  items?: readonly Word.Paragraph[]
): Promise<number[]> {
  if (expected.length === 0) return [];
  try {
    let all = items;
    if (all === undefined) {
      const paragraphs = context.document.body.paragraphs.load("$none");
      await context.sync();
      all = paragraphs.items;
    }
    const loaded = expected.map((e) => {
      const p = all[e.index];
      return p === undefined ? null : queueListPlace(p);
    });
    await context.sync();
    return expected.flatMap((e, k) => {
      const got = loaded[k]?.() ?? null;
      const ok =
        got !== null &&
        got.id === e.list.id &&
        got.level === e.list.level &&
        got.listString === e.list.listString;
      return ok ? [] : [e.index];
    });
  } catch {
    return expected.map((e) => e.index);
  }
}

/**
 * Whether a paragraph may be written in one range with its neighbours: its `w:p` sits directly
 * in `w:body` of the package it was read from AND the model puts it in no table (`tableDepth`,
 * Word's `tableNestingLevel` for a paragraph read again). Both are needed: a cell paragraph read
 * on its own (`Paragraph.getOoxml()`, the live re-read) comes in a package without its table, so
 * its `w:p` is a child of `w:body` there. A range over several cells' paragraphs replaced by one
 * package would pour them all into one cell (seen through the double on a thesis's cover table).
 * @param el the paragraph's `w:p` in its source package
 * @param tableDepth the model paragraph's table depth (0: not in a table)
 */
export function inBody(el: Element, tableDepth: number): boolean {
  return (el.parentNode as Element | null)?.localName === "body" && tableDepth === 0;
}

/**
 * Groups writes (ascending index) into runs of consecutive body paragraphs, each at most
 * CHUNK_BYTES of XML (a single paragraph larger than that is a run of its own).
 */
export function runsOf<T extends ParagraphWrite>(writes: readonly T[]): T[][] {
  const runs: T[][] = [];
  let bytes = 0;
  for (const r of writes) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (
      last &&
      prev &&
      prev.index === r.index - 1 &&
      prev.inBody &&
      r.inBody &&
      bytes + r.xml.length <= CHUNK_BYTES
    ) {
      last.push(r);
      bytes += r.xml.length;
    } else {
      runs.push([r]);
      bytes = r.xml.length;
    }
  }
  return runs;
}

/**
 * Queues (no sync) one `insertOoxml(pkg, "Replace")` per run of `writes` over the run's
 * paragraphs in `items`, bottom-to-top (a replaced range never shifts one queued before it),
 * and the deletion of each package's helper paragraph; a paragraph whose list is known
 * (`list`, from {@link queueListReads}) is sent without its numbering and attached to its list
 * again in the same batch. Requires: WordApi 1.3 (`getRange`, `attachToList`).
 * @param items Word's paragraphs, loaded in this context
 * @param writes ascending by index
 * @returns the number of packages queued
 */
export function queueParagraphWrites(
  items: readonly Word.Paragraph[],
  writes: readonly ParagraphWrite[]
): number {
  const runs = runsOf(writes).reverse();
  for (const run of runs) {
    let next = 1;
    const carried: CarriedRelationship[] = [];
    const xmls = run.map((r) => {
      // Fresh relationship ids per run: renumber the paragraph's own (rIdCrRel1…) after the run's.
      let xml = r.list !== undefined && r.unnumbered !== undefined ? r.unnumbered : r.xml;
      if (r.carried.length > 0) {
        const map = new Map(r.carried.map((c, k) => [c.id, `rIdCrRun${next + k}`]));
        xml = xml.replace(/rIdCrRel\d+/g, (m) => map.get(m) ?? m);
        for (const c of r.carried) carried.push({ ...c, id: map.get(c.id)! });
        next += r.carried.length;
      }
      return xml;
    });
    // A paragraph whose list is known goes without its numbering (it rejoins the list below);
    // the numbering part travels only for numbered paragraphs whose list is not known.
    const numbered = run.find((r) => r.numbered && r.list === undefined);
    const pkg = runPackage({
      paragraphs: xmls,
      styles: run.flatMap((r) => r.styles),
      numberingXml: numbered ? numbered.numberingXml : null,
      carried,
    });
    const first = itemAt(items, itemAt(run, 0).index);
    const last = itemAt(items, itemAt(run, run.length - 1).index);
    const target =
      run.length === 1 ? first : first.getRange("Whole").expandTo(last.getRange("Whole"));
    const range = target.insertOoxml(pkg, "Replace");
    // Each paragraph whose list is known joins it again at its level (queueRejoin).
    let para: Word.Paragraph | null = null;
    const lastListed = run.reduce((last, r, k) => (r.list !== undefined ? k : last), -1);
    for (let k = 0; k <= lastListed; k++) {
      para = para === null ? range.paragraphs.getFirst() : para.getNext();
      const list = itemAt(run, k).list;
      if (list !== undefined) queueRejoin(para, list);
    }
    range.paragraphs.getLast().delete(); // the helper paragraph (office-js#3149, #2914)
  }
  return runs.length;
}

/**
 * Queues (no sync) a paragraph's return to the list it was in (WordApi 1.3): `attachToList`
 * "fails if the paragraph is already a list item", so `detachFromList` first (a no-op unless a
 * style still numbers it). Word does not copy the level's indentation (office-js#6524): the
 * paragraph keeps the indentation its own pPr gives, as before the write. Whether Word, like its
 * UI, also applies the style a list level is linked to (`w:lvl/w:pStyle`) is not documented:
 * the verifying read would show it (the paragraph no longer matches its role).
 */
export function queueRejoin(para: Word.Paragraph, list: Pick<ListPlace, "id" | "level">): void {
  para.detachFromList();
  para.attachToList(list.id, list.level);
}

/**
 * Queues (no sync) `Paragraph.style = styleName` for each write and, for one numbered through
 * the style it replaces whose list {@link queueListReads} found, its return to that list at its
 * level (our role styles number nothing: without it the heading's 一、 would be gone).
 * Requires: WordApi 1.1 (1.3 for the lists).
 * @param items Word's paragraphs, loaded in this context
 */
export function queueStyleWrites(
  items: readonly Word.Paragraph[],
  writes: readonly StyleWrite[]
): void {
  for (const w of writes) {
    const p = itemAt(items, w.index);
    p.style = w.styleName;
    if (w.list !== undefined) queueRejoin(p, w.list);
  }
}
