/**
 * @fileoverview A document read in parts (issue 7: large `getOoxml()` payloads hang or throw
 * GeneralException — office-js#702, #998, #6059, #2615 — so the live checklist's whole read asks
 * Word for several ranges of paragraphs, each its own flat-OPC package). The parts are parsed in
 * order by the one reader with the numbering counters carried from part to part (a heading
 * numbered 二、 in the second part stays 二、), then joined: paragraphs and pictures renumbered,
 * the body's final `w:sectPr` (which every package repeats) kept once, styles merged. The styles
 * and theme parts every package repeats are parsed once per distinct content. Layer: ooxml (pure).
 */
import type { ReportDocument, Section, StyleInfo } from "../core/model";
import { newNumberingCounters } from "./numbering";
import { readFlatOpc, type FlatOpcOptions } from "./package";
import { sourcePartOf, type ParagraphSource } from "./sourcePart";
import { parsePackage, type StyleCache } from "./parse";

/**
 * True when the main document part ends its body with a `w:sectPr` (the body's own section
 * properties, which `getOoxml()` adds to every package) — as opposed to a paragraph's.
 */
export function hasBodySectPr(mainXml: string): boolean {
  return /(?:<\/(?:[\w.-]+:)?sectPr>|<(?:[\w.-]+:)?sectPr\b[^>]*\/>)\s*<\/(?:[\w.-]+:)?body>/.test(
    mainXml
  );
}

/**
 * Parses consecutive parts of one document (each a flat-OPC package of a range of whole
 * paragraphs, in document order; a table never split between parts) into one model.
 * @param chunks the packages, in order (at least one)
 * @param options as readFlatOpc (`binaryHeadBytes` for the live checklist)
 * @throws OoxmlError as parseFlatOpc
 */
export function parseFlatOpcChunks(chunks: string[], options: FlatOpcOptions = {}): ReportDocument {
  return readChunks(chunks, options).doc;
}

/**
 * {@link parseFlatOpcChunks}, also giving where each paragraph came from (the chunk's main part
 * and the paragraph's place in it), so that 一键排版 can rewrite paragraphs from this read.
 * @returns the model and, per model paragraph, its source
 * @throws OoxmlError as parseFlatOpc
 */
export function readChunks(
  chunks: string[],
  options: FlatOpcOptions = {}
): { doc: ReportDocument; sources: ParagraphSource[] } {
  if (chunks.length === 0) throw new Error("parseFlatOpcChunks: no chunk");
  const numbering = newNumberingCounters();
  const styleCache: StyleCache = new Map();
  const sources: ParagraphSource[] = [];
  const docs = chunks.map((xml) => {
    const pkg = readFlatOpc(xml, options);
    const doc = parsePackage(pkg, "flatOpc", { numbering, styleCache });
    const part = sourcePartOf(pkg);
    for (let k = 0; k < doc.paragraphs.length; k++) sources.push({ part, k });
    return { doc, bodySect: hasBodySectPr(part.mainXml) };
  });
  const [head, ...rest] = docs;
  if (head === undefined) throw new Error("parseFlatOpcChunks: no chunk");
  if (rest.length === 0) return { doc: head.doc, sources };
  const first = head.doc;
  const out: ReportDocument = {
    ...first,
    paragraphs: [],
    pictures: [],
    sections: [],
    tableCount: 0,
    textBoxText: [],
    noteText: [],
  };
  const styles = new Map<string, StyleInfo>();
  docs.forEach(({ doc, bodySect }, k) => {
    const offset = out.paragraphs.length;
    for (const p of doc.paragraphs) out.paragraphs.push({ ...p, index: p.index + offset });
    for (const x of doc.pictures)
      out.pictures.push({
        ...x,
        index: out.pictures.length,
        paragraphIndex: x.paragraphIndex + offset,
      });
    const last = k === docs.length - 1;
    const sections: Section[] = bodySect && !last ? doc.sections.slice(0, -1) : doc.sections;
    for (const s of sections)
      out.sections.push({ ...s, lastParagraphIndex: s.lastParagraphIndex + offset });
    out.tableCount += doc.tableCount;
    out.textBoxText.push(...doc.textBoxText);
    out.noteText.push(...doc.noteText);
    out.includeSubdocsInStats &&= doc.includeSubdocsInStats;
    for (const s of doc.styles) if (!styles.has(s.styleId)) styles.set(s.styleId, s);
  });
  out.styles = [...styles.values()];
  return { doc: out, sources };
}
