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
  /** True when its `w:p` sits directly in `w:body` (a run never crosses a container's edge). */
  inBody: boolean;
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
 * and the deletion of each package's helper paragraph. Requires: WordApi 1.3 (`getRange`).
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
      let xml = r.xml;
      if (r.carried.length > 0) {
        const map = new Map(r.carried.map((c, k) => [c.id, `rIdCrRun${next + k}`]));
        xml = xml.replace(/rIdCrRel\d+/g, (m) => map.get(m) ?? m);
        for (const c of r.carried) carried.push({ ...c, id: map.get(c.id)! });
        next += r.carried.length;
      }
      return xml;
    });
    const numbered = run.find((r) => r.numbered);
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
    range.paragraphs.getLast().delete(); // the helper paragraph (office-js#3149, #2914)
  }
  return runs.length;
}
