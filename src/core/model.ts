/**
 * @fileoverview The ReportDocument model: what every layer knows about a document, as plain
 * data. Produced by `src/ooxml` (from a .docx or a flat-OPC string returned by `getOoxml()`)
 * and, in tests, by builders. Layer: core (pure; no Office, no DOM, no I/O).
 *
 * Units follow OOXML: sizes in half-points (`w:sz`), spacing in twips (1/20 pt) when the line
 * rule is `exact`/`atLeast` and in 240ths of a line when it is `auto`, page sizes in twips,
 * picture extents in EMU (914 400 per inch, 12 700 per point).
 */

/** Paragraph alignment, as the OOXML `w:jc` value (normalised: `start` → `left`, `end` → `right`). */
export type Alignment = "left" | "center" | "right" | "both" | "distribute";

/** OOXML `w:spacing/@w:lineRule`. */
export type LineRule = "exact" | "atLeast" | "auto";

/**
 * Line spacing as stored in `w:spacing`.
 * `line` is in twips (1/20 pt) for `exact`/`atLeast`, in 240ths of a line for `auto`
 * (so exactly 26 pt = `{ line: 520, lineRule: "exact" }`, single = `{ line: 240, lineRule: "auto" }`).
 */
export interface LineSpacing {
  line: number;
  lineRule: LineRule;
}

/**
 * Run formatting after resolution through run → character style → paragraph style →
 * basedOn chain → docDefaults → theme fonts (R14–R19).
 */
export interface RunFormat {
  /** East Asian font name (`w:rFonts/@w:eastAsia`, or the theme font it resolves to); null when nothing sets it. */
  eastAsia: string | null;
  /** Latin font for U+0000–007F (`w:ascii`). */
  ascii: string | null;
  /** Latin font for other characters (`w:hAnsi`). */
  hAnsi: string | null;
  /** True when `w:eastAsiaTheme` decided the East Asian font (it overrides an explicit `w:eastAsia`). */
  eastAsiaFromTheme: boolean;
  /** `w:rFonts/@w:hint`. */
  hint: "eastAsia" | "default" | "cs" | null;
  /** Font size in half-points (`w:sz`); 小三 15 pt = 30. Null when nothing sets it (Word's default is 20). */
  sz: number | null;
  /** Resolved `w:b` (toggle semantics applied). */
  bold: boolean;
}

/** A run of text with its resolved formatting. `start` is the offset of its first character in the paragraph text. */
export interface Run {
  text: string;
  start: number;
  format: RunFormat;
}

/** Automatic numbering of a paragraph, resolved from numbering.xml (the label is not document text, R34). */
export interface NumberingLabel {
  /** The visible label, e.g. "一、", "（一）", "1.". Empty when `w:numFmt` is `none`. */
  label: string;
  /** `w:ilvl`, 0-based. */
  ilvl: number;
  /** `w:numFmt` of the level, e.g. "chineseCounting", "decimal". */
  numFmt: string;
  numId: string;
  /**
   * True when the number comes through the paragraph style (`w:style/w:pPr/w:numPr` along its
   * basedOn chain, the paragraph having no `w:numPr` of its own naming a list): a heading style
   * linked to a list. Giving the paragraph another style drops such a number (core
   * `styleNumbering`). Absent when the paragraph's own `w:numPr` numbers it.
   */
  fromStyle?: true;
}

/** Names of direct (non-style) formatting properties present on a paragraph or its runs. */
export interface DirectFormatting {
  /** `w:pPr` children other than `w:pStyle`, `w:numPr`, `w:rPr`, `w:sectPr`, e.g. "jc", "spacing", "ind". */
  paragraph: string[];
  /** `w:rPr` children found on any run, e.g. "rFonts", "sz", "b", "color". */
  run: string[];
}

/** One paragraph of the main story (body and table cells), in the order of Word's `body.paragraphs`. */
export interface ReportParagraph {
  /** 0-based position in document order (body and table-cell paragraphs alike). */
  index: number;
  /** The text as Word's `Paragraph.text` gives it: no numbering label, tabs as "\t", no paragraph mark. */
  text: string;
  runs: Run[];
  /** Automatic numbering label, or null when the paragraph is not numbered. */
  numbering: NumberingLabel | null;
  styleId: string | null;
  /** `w:name` of the paragraph style (built-ins keep English names such as "heading 1"; match on this, never on styleId). */
  styleName: string | null;
  /** Resolved `w:outlineLvl`, 0-based (0 = level 1); null for body text. */
  outlineLevel: number | null;
  alignment: Alignment | null;
  spacing: LineSpacing | null;
  /** 0 outside tables, 1 in a table cell, 2 in a table nested in a cell … (Word's `tableNestingLevel`). */
  tableDepth: number;
  /** Direct formatting present (what one-click formatting must clear so our style shows). */
  direct: DirectFormatting;
  /** Word's `uniqueLocalId` (WordApi 1.6) when the document came from Word. */
  id?: string;
  /**
   * True when the paragraph is part of a table of contents the reader could see: text of a TOC
   * field's result (`w:instrText` "TOC …", between its separate and end), or a paragraph inside a
   * "Table of Contents" content control (`w:docPartGallery`). Absent otherwise. TOC n paragraph
   * styles are recognised by the classifier from `styleName`.
   */
  toc?: boolean;
  /**
   * True when the paragraph keeps with the next (`w:keepNext`, direct or through its style), as
   * Word's and WPS's heading styles do: evidence of a heading for the classifier (issue 8).
   * Absent otherwise.
   */
  keepNext?: boolean;
}

/** A picture (`pic:pic` in a `w:drawing`, or a VML `v:imagedata`). R12, R21, R22. */
export interface Picture {
  /** 0-based order in the document. */
  index: number;
  paragraphIndex: number;
  /** `wp:inline` (true) or `wp:anchor` (false, floating). */
  inline: boolean;
  /** Displayed size in EMU (`wp:extent`). */
  cx: number;
  cy: number;
  /** Pixel size of the stored image part, when it could be read. */
  pixelWidth: number | null;
  pixelHeight: number | null;
  /** Image part name (e.g. "/word/media/image1.jpeg") and content type. */
  part: string | null;
  contentType: string | null;
  /** `wp:docPr/@name` and `@descr`. */
  name: string | null;
  description: string | null;
}

/** One section (`w:sectPr`). R13. */
export interface Section {
  /** `w:pgSz/@w:w` and `@w:h` in twips (A4 = 11906 × 16838); null when absent. */
  pageWidth: number | null;
  pageHeight: number | null;
  orientation: "portrait" | "landscape";
  /** Index of the last paragraph of the section. */
  lastParagraphIndex: number;
}

/** A style of the styles part, with what rules and the gateway need. */
export interface StyleInfo {
  styleId: string;
  name: string;
  type: "paragraph" | "character" | "table" | "numbering";
  basedOn: string | null;
  /** Resolved formatting of the style alone (through its basedOn chain and docDefaults). */
  run: RunFormat;
  alignment: Alignment | null;
  spacing: LineSpacing | null;
  outlineLevel: number | null;
}

/** Statistics an application saved in `docProps/app.xml` (Word's are estimates, WPS's look real). */
export interface SavedStatistics {
  application: string | null;
  appVersion: string | null;
  words: number | null;
  characters: number | null;
  charactersWithSpaces: number | null;
  pages: number | null;
  paragraphs: number | null;
}

/** The whole document as the rules see it. */
export interface ReportDocument {
  paragraphs: ReportParagraph[];
  pictures: Picture[];
  /** Number of tables at any depth. */
  tableCount: number;
  sections: Section[];
  styles: StyleInfo[];
  /** Text of text boxes and of footnotes/endnotes: counted by Word only when `includeSubdocsInStats` (R34). */
  textBoxText: string[];
  noteText: string[];
  /** False when settings.xml has `w:doNotIncludeSubdocsInStats`. */
  includeSubdocsInStats: boolean;
  savedStatistics: SavedStatistics | null;
  /** Where the model came from. */
  source: "docx" | "flatOpc" | "builder" | "paragraphBatch";
}

/** A reference to a paragraph that survives re-reads: index, Word's id where known, and a hash of its text to detect staleness. */
export interface ParagraphRef {
  index: number;
  id?: string;
  /** `textHash(paragraph.text)` at the time of the check. */
  textHash: string;
}

/**
 * A short, stable, non-cryptographic hash (FNV-1a 32-bit, hex) of a paragraph's text, used to
 * detect that a paragraph changed since it was checked (stale targets).
 */
export function textHash(text: string): string {
  // Rules ask for the hash of one paragraph once per finding (refOf, then the engine's check of
  // the target): the last answer is remembered, so n findings in a long paragraph cost O(length),
  // not O(n × length). (The same string object compares in O(1).)
  if (text === lastHashed.text) return lastHashed.hash;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const hash = (h >>> 0).toString(16).padStart(8, "0");
  lastHashed = { text, hash };
  return hash;
}

/** The last text hashed by {@link textHash} and its hash. */
let lastHashed: { text: string; hash: string } = { text: "", hash: "811c9dc5" };

/** Builds a ParagraphRef for a paragraph of the model. */
export function refOf(p: ReportParagraph): ParagraphRef {
  return p.id === undefined
    ? { index: p.index, textHash: textHash(p.text) }
    : { index: p.index, id: p.id, textHash: textHash(p.text) };
}
