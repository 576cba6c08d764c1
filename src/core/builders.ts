/**
 * @fileoverview Builders of ReportDocument models from short specs, for tests, the task pane's
 * previews and fakes (`source: "builder"`). Layer: core.
 *
 * @example
 *   buildDocument([
 *     para("安责险服务创新实践", asRole("title")),
 *     para("——某某保险股份有限公司某分公司", asRole("unitLine")),
 *     para("一、实施背景", asRole("heading1")),
 *   ])
 */
import type {
  Alignment,
  DirectFormatting,
  LineSpacing,
  NumberingLabel,
  Picture,
  ReportDocument,
  ReportParagraph,
  RunFormat,
  Section,
  StyleInfo,
} from "./model";
import { PROFILE_2023, type FormattedRole, type Profile } from "./profile";

/** Formatting a paragraph without any style or direct formatting resolves to (Word's defaults: 10 pt, no East Asian font). */
export const DEFAULT_RUN_FORMAT: RunFormat = Object.freeze({
  eastAsia: null,
  ascii: null,
  hAnsi: null,
  eastAsiaFromTheme: false,
  hint: null,
  sz: null,
  bold: false,
});

/** A run in a paragraph spec. */
export interface RunSpec {
  text: string;
  format?: Partial<RunFormat>;
}

/** A paragraph spec: text (or runs) plus resolved formatting applied to every run unless a run says otherwise. */
export interface ParaSpec {
  text: string;
  runs?: RunSpec[];
  format?: Partial<RunFormat>;
  styleId?: string | null;
  styleName?: string | null;
  outlineLevel?: number | null;
  alignment?: Alignment | null;
  spacing?: LineSpacing | null;
  numbering?: NumberingLabel | null;
  tableDepth?: number;
  direct?: DirectFormatting;
  id?: string;
  /** `ReportParagraph.toc`: part of a TOC field's result or a Table of Contents control. */
  toc?: boolean;
}

/** A paragraph spec with `text` and optional overrides. */
export function para(text: string, spec: Partial<ParaSpec> = {}): ParaSpec {
  return { ...spec, text };
}

/**
 * The formatting a paragraph of `role` has when it is exactly as the profile prescribes and
 * carries our style (styleId/styleName of the role, no direct formatting).
 */
export function asRole(role: FormattedRole, profile: Profile = PROFILE_2023): Partial<ParaSpec> {
  const s = profile.roles[role];
  return {
    styleId: s.styleId,
    styleName: s.styleName,
    outlineLevel: s.outlineLevel,
    alignment: s.styleAlignment,
    spacing: { ...s.styleSpacing },
    format: { eastAsia: s.eastAsia, ascii: s.latin, hAnsi: s.latin, sz: s.sz, bold: s.bold },
  };
}

/** Automatic numbering for a builder paragraph, e.g. `autoNumber("一、", 0, "chineseCounting")`. */
export function autoNumber(
  label: string,
  ilvl = 0,
  numFmt = "decimal",
  numId = "1"
): NumberingLabel {
  return { label, ilvl, numFmt, numId };
}

/** Options of `buildDocument` besides paragraphs. */
export interface BuildOptions {
  pictures?: Omit<Picture, "index">[];
  sections?: Section[];
  styles?: StyleInfo[];
  tableCount?: number;
  textBoxText?: string[];
  noteText?: string[];
  includeSubdocsInStats?: boolean;
}

/** Builds a ReportDocument from paragraph specs. Sections default to one A4 portrait section. */
export function buildDocument(paras: ParaSpec[], options: BuildOptions = {}): ReportDocument {
  const paragraphs: ReportParagraph[] = paras.map((spec, index) => {
    const base: RunFormat = { ...DEFAULT_RUN_FORMAT, ...(spec.format ?? {}) };
    const runSpecs = spec.runs ?? (spec.text === "" ? [] : [{ text: spec.text }]);
    let start = 0;
    const runs = runSpecs.map((r) => {
      const run = { text: r.text, start, format: { ...base, ...(r.format ?? {}) } };
      start += r.text.length;
      return run;
    });
    const text = spec.runs ? spec.runs.map((r) => r.text).join("") : spec.text;
    const p: ReportParagraph = {
      index,
      text,
      runs,
      numbering: spec.numbering ?? null,
      styleId: spec.styleId ?? null,
      styleName: spec.styleName ?? null,
      outlineLevel: spec.outlineLevel ?? null,
      alignment: spec.alignment ?? null,
      spacing: spec.spacing ?? null,
      tableDepth: spec.tableDepth ?? 0,
      direct: spec.direct ?? { paragraph: [], run: [] },
    };
    if (spec.id !== undefined) p.id = spec.id;
    if (spec.toc === true) p.toc = true;
    return p;
  });
  const last = Math.max(0, paragraphs.length - 1);
  return {
    paragraphs,
    pictures: (options.pictures ?? []).map((p, i) => ({ ...p, index: i })),
    tableCount: options.tableCount ?? 0,
    sections: options.sections ?? [
      { pageWidth: 11906, pageHeight: 16838, orientation: "portrait", lastParagraphIndex: last },
    ],
    styles: options.styles ?? [],
    textBoxText: options.textBoxText ?? [],
    noteText: options.noteText ?? [],
    includeSubdocsInStats: options.includeSubdocsInStats ?? true,
    savedStatistics: null,
    source: "builder",
  };
}
