/**
 * @fileoverview The provisional 字数 of a first check (issue 7): what the pane can show from the
 * paragraph batch of a whole read — one sync, before any OOXML has arrived — while the document's
 * OOXML is still being read. The batch is read into a ReportDocument ({@link batchDocument}) and
 * that model goes through the same classifier (`classifyDecided`, with the writer's role
 * corrections) and the same Word-compatible 字数 (`buildCounts`, R34) as the whole read: no second
 * classifier, no second counter. Layer: core (pure).
 *
 * What text-only reading cannot know, so the provisional figures may differ from the final ones
 * (the pane says so and shows no verdict until the whole read is back):
 * - automatic numbering (`w:numPr`): a paragraph numbered 一、 by Word's list and styled as body
 *   text is a heading only once its label is read (`BatchParagraph.isListItem` says only that it
 *   is numbered), so 正文 parts found by such headings can move;
 * - outline levels set in a custom style or directly (`w:outlineLvl`), keep-with-next, the East
 *   Asian font (`w:eastAsia`): evidence of headings the classifier uses;
 * - run hints (`w:hint="eastAsia"`) that make ambiguous marks such as “” count as CJK (R34);
 * - text the OOXML reader reads differently from `Paragraph.text` (tracked deletions on the web,
 *   office-js#1267; fields).
 */
import { buildCounts, documentKindOf, type CountItem, type DocumentKind } from "./checklist";
import { classifyDecided } from "./decisions";
import type { BatchParagraph } from "./gateway";
import type { Alignment, Picture, ReportDocument, ReportParagraph, RunFormat } from "./model";
import { PROFILE_2023, type Profile } from "./profile";
import type { RoleCorrection } from "./roles";

export type { BatchParagraph } from "./gateway";

/** `w:name` of the built-in styles the classifier reads by name, by `styleBuiltIn`. */
function builtInName(builtIn: string): string | null {
  const h = /^(Heading|Toc)([1-9])$/.exec(builtIn);
  if (h) return `${h[1] === "Heading" ? "heading" : "toc"} ${h[2]}`;
  switch (builtIn) {
    case "Normal":
      return "Normal";
    case "Title":
      return "Title";
    case "Subtitle":
      return "Subtitle";
    case "Caption":
      return "caption";
    case "ListParagraph":
      return "List Paragraph";
    default:
      return null;
  }
}

const ALIGNMENT: Record<string, Alignment> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "both",
};

/**
 * The provisional model of a paragraph batch: one paragraph per batch item (same order and
 * index), its text as one run whose format is what the batch knows (bold, 字号 in half-points =
 * points × 2, the Latin font; no East Asian font, no hint), built-in styles under their `w:name`
 * (heading N → outline level N − 1) and other styles under Word's name for them (our 案例-… styles
 * keep their fixed names), no numbering, spacing, keep-with-next or direct formatting, no
 * sections or styles; each inline picture a `Picture` of unknown size in its paragraph; tables
 * counted as runs of table paragraphs (two tables one after the other count once). `source`
 * "paragraphBatch". Never throws.
 */
export function batchDocument(batch: readonly BatchParagraph[]): ReportDocument {
  const pictures: Picture[] = [];
  let tableCount = 0;
  const paragraphs = batch.map((b, index): ReportParagraph => {
    const format: RunFormat = {
      eastAsia: null,
      ascii: b.fontName,
      hAnsi: b.fontName,
      eastAsiaFromTheme: false,
      hint: null,
      sz: b.size === null ? null : Math.round(b.size * 2),
      bold: b.bold === true,
    };
    const heading = /^Heading([1-9])$/.exec(b.styleBuiltIn);
    if (b.tableNestingLevel > 0 && (index === 0 || batch[index - 1]!.tableNestingLevel === 0))
      tableCount++;
    for (let k = 0; k < b.pictures; k++)
      pictures.push({
        index: pictures.length,
        paragraphIndex: index,
        inline: true,
        cx: 0,
        cy: 0,
        pixelWidth: null,
        pixelHeight: null,
        part: null,
        contentType: null,
        name: null,
        description: null,
      });
    return {
      index,
      text: b.text,
      runs: b.text === "" ? [] : [{ text: b.text, start: 0, format }],
      numbering: null,
      styleId: null,
      styleName: builtInName(b.styleBuiltIn) ?? (b.style === "" ? null : b.style),
      outlineLevel: heading ? Number(heading[1]) - 1 : null,
      alignment: ALIGNMENT[b.alignment] ?? null,
      spacing: null,
      tableDepth: b.tableNestingLevel,
      direct: { paragraph: [], run: [] },
    };
  });
  return {
    paragraphs,
    pictures,
    tableCount,
    sections: [],
    styles: [],
    textBoxText: [],
    noteText: [],
    includeSubdocsInStats: true,
    savedStatistics: null,
    source: "paragraphBatch",
  };
}

/** The provisional 字数 of a first check ({@link provisionalChecklist}). */
export interface ProvisionalChecklist {
  /** The 字数 rows as the checklist makes them (`buildCounts`), from text-only reading. */
  counts: CountItem[];
  /** The document's kind as text-only reading sees it (`documentKindOf`). */
  documentKind: DocumentKind;
  /** Paragraphs read. */
  paragraphs: number;
  /**
   * Paragraphs Word reports as list items: their numbering labels (and so the headings they make)
   * are known only once the OOXML is read — the figures are most likely to move when this is > 0.
   */
  listItems: number;
}

/**
 * The 字数 rows of the checklist from a paragraph batch alone (R2, R5–R7 as `buildCounts`; R34
 * counting): {@link batchDocument} → `classifyDecided(profile, roleCorrections)` →
 * `buildCounts` and `documentKindOf`. Provisional: see the file comment for what it cannot know.
 * Linear in the batch's characters; never throws.
 * @param batch the paragraph batch, in document order
 * @param profile the notice's profile (default 2023)
 * @param roleCorrections the writer's role corrections saved with the document (matched by text)
 */
export function provisionalChecklist(
  batch: readonly BatchParagraph[],
  profile: Profile = PROFILE_2023,
  roleCorrections?: readonly RoleCorrection[]
): ProvisionalChecklist {
  const doc = batchDocument(batch);
  const classified = classifyDecided(doc, profile, roleCorrections);
  return {
    counts: buildCounts(classified, profile),
    documentKind: documentKindOf(classified, profile),
    paragraphs: batch.length,
    listItems: batch.filter((b) => b.isListItem).length,
  };
}
