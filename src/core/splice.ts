/**
 * @fileoverview Patching a cached ReportDocument after an edit (issue 7, the incremental live
 * checklist): paragraphs `[from, from + deleteCount)` are replaced by paragraphs read again, the
 * indexes after them shift, their pictures are replaced, sections after them shift, and a section
 * a replaced paragraph ends takes the properties read again with it. What cannot be patched (a
 * section break, a table or a numbered paragraph appearing or going away) is the caller's to
 * detect first ({@link canSplice}): it re-reads the whole document instead.
 * Layer: core (pure).
 */
import type { Picture, ReportDocument, ReportParagraph, Section } from "./model";
import { itemAt } from "./item-at";

/** A paragraph read again on its own, with its pictures (`paragraphIndex` ignored, set here). */
export interface ReadParagraph {
  paragraph: ReportParagraph;
  pictures: Picture[];
  /**
   * The section it ends, when it holds a section break (`w:pPr/w:sectPr`) — as read with it
   * (`lastParagraphIndex` ignored, set here).
   */
  section?: Section;
}

/**
 * True when replacing `[from, from + deleteCount)` by `inserted` keeps what a splice cannot
 * recompute: the section breaks stay where they are (a paragraph replaced 1 for 1 that ended a
 * section ends one still, read with it, and no other ends one — a section break appearing or
 * going away renumbers the sections), table depth and numbering only change 1 for 1 (a numbered
 * paragraph keeps its numId and ilvl, so its label and every later label stand), and no
 * paragraph in a table is added or removed (the table count stays right).
 */
export function canSplice(
  doc: ReportDocument,
  from: number,
  deleteCount: number,
  inserted: ReadParagraph[]
): boolean {
  const old = doc.paragraphs.slice(from, from + deleteCount);
  const ends = new Set(
    doc.sections
      .filter((s, i) => i < doc.sections.length - 1)
      .map((s) => s.lastParagraphIndex)
      .filter((k) => k >= from && k < from + deleteCount)
  );
  if (ends.size > 0 && old.length !== inserted.length) return false;
  if (inserted.some((r, i) => (r.section !== undefined) !== ends.has(from + i))) return false;
  if (old.length !== inserted.length) {
    const involved = [...old, ...inserted.map((r) => r.paragraph)];
    return involved.every((p) => p.tableDepth === 0 && p.numbering === null);
  }
  return old.every((p, i) => {
    const n = itemAt(inserted, i).paragraph;
    if (p.tableDepth !== n.tableDepth) return false;
    if (p.numbering === null || n.numbering === null) return p.numbering === n.numbering;
    return p.numbering.ilvl === n.numbering.ilvl && p.numbering.numFmt === n.numbering.numFmt;
  });
}

/**
 * A new document with `[from, from + deleteCount)` replaced by `inserted`. Numbering labels of
 * paragraphs replaced 1 for 1 are kept from the cached model (a paragraph read on its own counts
 * from 1); call {@link canSplice} first.
 * @returns a new ReportDocument (the input is not modified); paragraphs and pictures renumbered
 */
export function spliceParagraphs(
  doc: ReportDocument,
  from: number,
  deleteCount: number,
  inserted: ReadParagraph[]
): ReportDocument {
  const delta = inserted.length - deleteCount;
  const end = from + deleteCount;
  const old = doc.paragraphs.slice(from, end);
  const fresh = inserted.map((r, i) => {
    const p: ReportParagraph = { ...r.paragraph, index: from + i };
    const replaced = old.length === inserted.length ? itemAt(old, i) : undefined; // 1 for 1
    if (replaced !== undefined) {
      // The label as the whole document counts it; what numbers it (list, level, through its
      // style or its own w:numPr) as read now.
      p.numbering =
        replaced.numbering === null || p.numbering === null
          ? replaced.numbering
          : { ...p.numbering, label: replaced.numbering.label };
      if (p.id === undefined && replaced.id !== undefined) p.id = replaced.id;
    }
    return p;
  });
  const paragraphs = [
    ...doc.paragraphs.slice(0, from),
    ...fresh,
    ...doc.paragraphs.slice(end).map((p) => ({ ...p, index: p.index + delta })),
  ];
  const before = doc.pictures.filter((x) => x.paragraphIndex < from);
  const after = doc.pictures
    .filter((x) => x.paragraphIndex >= end)
    .map((x) => ({ ...x, paragraphIndex: x.paragraphIndex + delta }));
  const mid = inserted.flatMap((r, i) =>
    r.pictures.map((x) => ({ ...x, paragraphIndex: from + i }))
  );
  const pictures = [...before, ...mid, ...after].map((x, i) => ({ ...x, index: i }));
  const sections = doc.sections.map((s, i) => {
    if (i === doc.sections.length - 1)
      return { ...s, lastParagraphIndex: Math.max(0, paragraphs.length - 1) };
    if (s.lastParagraphIndex >= end)
      return { ...s, lastParagraphIndex: s.lastParagraphIndex + delta };
    const read =
      s.lastParagraphIndex >= from ? inserted[s.lastParagraphIndex - from]?.section : undefined;
    return read !== undefined ? { ...read, lastParagraphIndex: s.lastParagraphIndex } : s;
  });
  return { ...doc, paragraphs, pictures, sections };
}

/**
 * A picture's new size and alt text, learnt without reading its OOXML (from Word's
 * `inlinePictures`, issue 7): `picture` is its index in `doc.pictures`; `cx`/`cy` its displayed
 * size in EMU (`wp:extent`); `description` its alt text (`wp:docPr/@descr`, null when empty).
 */
export interface PictureUpdate {
  picture: number;
  cx: number;
  cy: number;
  description: string | null;
}

/**
 * `doc` with some pictures resized or their alt text changed; the pixel size read once from the
 * image header is kept (the image itself did not change). R21, R22.
 * @returns a new ReportDocument (the input is not modified)
 * @throws Error when an update names no picture of `doc`
 */
export function updatePictures(
  doc: ReportDocument,
  updates: readonly PictureUpdate[]
): ReportDocument {
  const pictures = [...doc.pictures];
  for (const u of updates) {
    const old = pictures[u.picture];
    if (old === undefined) throw new Error(`updatePictures: no picture ${u.picture}`);
    pictures[u.picture] = { ...old, cx: u.cx, cy: u.cy, description: u.description };
  }
  return { ...doc, pictures };
}
