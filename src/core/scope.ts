/**
 * @fileoverview Which paragraphs are the report's own text, for the content rules (R3, R8, R12,
 * R20, R24): the classified sections minus the 申报书 form. Layer: core (pure).
 *
 * The form is recognised two ways, whichever applies: a paragraph whose section is "form" (the
 * 申报书 found by `form.ts`) or "none" (outside the report), and — for files where
 * the form table was not classified separately — a table whose first cell's text (trimmed, one
 * trailing colon removed) is one of `profile.formTableLabels` (案例名称, 申报单位全称,
 * 推荐单位联系人). A table is a maximal run of consecutive table paragraphs (`tableDepth > 0`):
 * Word merges two tables with no paragraph between them, so such a run is one table.
 */
import type { ReportDocument } from "./model";
import type { Profile } from "./profile";
import type { ClassifiedDocument, SectionId } from "./roles";
import { itemAt } from "./item-at";

/** A table of the main story: its first and last paragraph index (inclusive). */
export interface TableBlock {
  first: number;
  last: number;
}

/** The tables of `doc` as maximal runs of consecutive table paragraphs, in document order. */
export function tableBlocks(doc: ReportDocument): TableBlock[] {
  const out: TableBlock[] = [];
  let cur: TableBlock | null = null;
  for (const p of doc.paragraphs) {
    if (p.tableDepth > 0) {
      if (cur !== null && cur.last === p.index - 1) cur.last = p.index;
      else {
        cur = { first: p.index, last: p.index };
        out.push(cur);
      }
    }
  }
  return out;
}

/** `text` trimmed (incl. U+3000) with one trailing colon removed. */
function label(text: string): string {
  // trim()/trimEnd() remove exactly what \s matches (U+3000 included), in linear time
  return text
    .trim()
    .replace(/[：:]$/, "")
    .trimEnd();
}

/** True when the table's first cell text is a label of the 申报书 form (`profile.formTableLabels`). */
export function isFormTable(doc: ReportDocument, block: TableBlock, profile: Profile): boolean {
  return profile.formTableLabels.includes(label(itemAt(doc.paragraphs, block.first).text));
}

/**
 * `inReport[i]` is true when paragraph `i` is report text: its section is one of `sections`
 * (default: every section except "form" and "none"), it is not in a table of the 申报书 form, and
 * it is not a template placeholder (`ParagraphInfo.placeholder`: 未填写 is not text to judge).
 */
export function reportParagraphMask(
  classified: ClassifiedDocument,
  profile: Profile,
  sections?: readonly SectionId[]
): boolean[] {
  const doc = classified.doc;
  const mask = classified.paragraphs.map((info) =>
    info.placeholder === true
      ? false
      : sections
        ? sections.includes(info.section)
        : info.section !== "none" && info.section !== "form"
  );
  for (const block of tableBlocks(doc)) {
    if (!isFormTable(doc, block, profile)) continue;
    for (let i = block.first; i <= block.last; i++) mask[i] = false;
  }
  return mask;
}
