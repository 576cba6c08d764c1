/**
 * @fileoverview The interop tests' side of the comparison: the formatting path the CLI takes
 * (parseDocx → analyze → planFormatting → readDocx + applyEdits → writeDocx), the role our own
 * classifier gives each paragraph (used only to know what a paragraph should look like), and the
 * comparison of what LibreOffice read back (`lo.ts`) with the profile's RoleStyle. Test-only.
 */
import { analyze } from "../../src/core/analyze";
import type { Edit } from "../../src/core/findings";
import { planFormatting } from "../../src/core/plan";
import type { FormattedRole, Profile, RoleStyle } from "../../src/core/profile";
import { styleRoleOf } from "../../src/core/rules/role-format";
import { applyEdits, type ApplyEditsResult } from "../../src/ooxml/format";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { parseDocx } from "../../src/ooxml/parse";
import type { LoParagraph, LoRun, LoTextProps } from "./lo";

/** What our classifier says one paragraph is, in reader order. */
export interface ExpectedParagraph {
  index: number;
  text: string;
  /** The formatted role the paragraph should carry, or null (pictures, captions, table cells…). */
  role: FormattedRole | null;
  /** For a heading sharing its paragraph with body text: where the heading part ends. */
  headingEnd?: number;
  tableDepth: number;
}

/** Result of {@link formatDocx}. */
export interface Formatted {
  bytes: Uint8Array;
  edits: Edit[];
  result: ApplyEditsResult;
  /** Roles of the input's paragraphs (the output has the same paragraphs in the same order). */
  expected: ExpectedParagraph[];
}

/** The roles our classifier gives the paragraphs of a .docx (see {@link ExpectedParagraph}). */
export function expectedRoles(bytes: Uint8Array, profile: Profile): ExpectedParagraph[] {
  const doc = parseDocx(bytes);
  const { classified } = analyze(doc, profile);
  return classified.paragraphs.map((info) => {
    const p = doc.paragraphs[info.index]!;
    const role = p.tableDepth > 0 ? null : styleRoleOf(info.role, profile);
    const he = info.heading?.headingEnd;
    const out: ExpectedParagraph = {
      index: info.index,
      text: p.text,
      role,
      tableDepth: p.tableDepth,
    };
    if (role !== null && he !== undefined && he > 0 && he < p.text.length) out.headingEnd = he;
    return out;
  });
}

/**
 * One-click formatting of a .docx the way the CLI `format` command does it: parse, classify,
 * plan (setRole per paragraph not already right, setPage when not A4 portrait), apply to the
 * package, write.
 */
export function formatDocx(bytes: Uint8Array, profile: Profile): Formatted {
  const doc = parseDocx(bytes);
  const { classified } = analyze(doc, profile);
  const edits = planFormatting(classified, profile);
  const pkg = readDocx(bytes);
  const result = applyEdits(pkg, doc, edits, profile);
  return { bytes: writeDocx(pkg), edits, result, expected: expectedRoles(bytes, profile) };
}

// ---------------------------------------------------------------------------------------------
// Expectations

/** Tolerances: LibreOffice stores lengths in 1/10 000 in, so 26 pt reads back as 25.992 pt. */
export const PT_TOLERANCE = 0.05;
/** Page size tolerance in mm. */
export const MM_TOLERANCE = 0.5;

/** What LibreOffice must read for a paragraph of a role. */
export interface RoleExpectation {
  role: FormattedRole;
  fontAsian: string;
  sizePt: number;
  bold: boolean;
  /** Alignment the notice prescribes, or null (not checked). */
  alignment: RoleStyle["alignment"];
  /** Exact line height in pt the notice prescribes, or null (not checked). */
  exactPt: number | null;
  /** Latin font (ascii/hAnsi) our style writes; checked with the Latin size and weight when given. */
  latin?: string;
  /** First-line indent in pt our style writes; checked when given. */
  indentPt?: number;
}

/** The prescribed part of a role's style (R14–R19), in LibreOffice's units. */
export function prescribed(profile: Profile, role: FormattedRole): RoleExpectation {
  const s = profile.roles[role];
  return {
    role,
    fontAsian: s.eastAsia,
    sizePt: s.sz / 2,
    bold: s.bold,
    alignment: s.alignment,
    exactPt: s.spacing && s.spacing.lineRule === "exact" ? s.spacing.line / 20 : null,
  };
}

/**
 * Everything our style writes for a role (what we meant): the prescribed values plus the style's
 * own alignment and spacing for roles where the notice prescribes none, and the first-line
 * indent (firstLineChars/100 characters of the role's size).
 */
export function written(profile: Profile, role: FormattedRole): RoleExpectation {
  const s = profile.roles[role];
  return {
    ...prescribed(profile, role),
    alignment: s.styleAlignment,
    exactPt: s.styleSpacing.lineRule === "exact" ? s.styleSpacing.line / 20 : null,
    latin: s.latin,
    indentPt: (s.firstLineChars / 100) * (s.sz / 2),
  };
}

function describeText(p: LoTextProps): string {
  return `${p.fontAsian ?? "∅"} ${p.sizeAsian ?? "∅"}pt ${p.boldAsian ? "bold" : "normal"}`;
}

/** Mismatches of one stretch of text against an expectation ([] when it agrees). */
export function compareText(where: string, props: LoTextProps, e: RoleExpectation): string[] {
  const out: string[] = [];
  if (props.fontAsian !== e.fontAsian) {
    out.push(`${where}: Asian font ${props.fontAsian ?? "∅"}, want ${e.fontAsian}`);
  }
  if (props.sizeAsian === null || Math.abs(props.sizeAsian - e.sizePt) > PT_TOLERANCE) {
    out.push(`${where}: Asian size ${props.sizeAsian ?? "∅"} pt, want ${e.sizePt} pt`);
  }
  if (props.boldAsian !== e.bold) {
    out.push(
      `${where}: Asian weight ${props.boldAsian ? "bold" : "normal"}, want ${e.bold ? "bold" : "normal"}`
    );
  }
  if (e.latin !== undefined) {
    if (props.fontLatin !== e.latin) {
      out.push(`${where}: Latin font ${props.fontLatin ?? "∅"}, want ${e.latin}`);
    }
    if (props.sizeLatin === null || Math.abs(props.sizeLatin - e.sizePt) > PT_TOLERANCE) {
      out.push(`${where}: Latin size ${props.sizeLatin ?? "∅"} pt, want ${e.sizePt} pt`);
    }
    if (props.boldLatin !== e.bold) {
      out.push(
        `${where}: Latin weight ${props.boldLatin ? "bold" : "normal"}, want ${e.bold ? "bold" : "normal"}`
      );
    }
  }
  return out;
}

/**
 * Mismatches of a paragraph LibreOffice read against the expectation for its role: paragraph
 * properties (alignment, exact line height, indent when given) and every run's Asian font, size
 * and weight. With `headingEnd`, runs before it are compared with `e` and runs after it with
 * `after` (the body style).
 */
export function compareParagraph(
  p: LoParagraph,
  e: RoleExpectation,
  headingEnd?: number,
  after?: RoleExpectation
): string[] {
  const where = `¶${p.index} [${e.role}] «${p.text.slice(0, 16)}»`;
  const out: string[] = [];
  if (e.alignment !== null && p.para.alignment !== e.alignment) {
    out.push(`${where}: alignment ${p.para.alignment ?? "∅"}, want ${e.alignment}`);
  }
  if (e.exactPt !== null) {
    const lh = p.para.lineHeight;
    if (!lh || lh.rule !== "exact" || Math.abs(lh.pt - e.exactPt) > PT_TOLERANCE) {
      out.push(`${where}: line height ${JSON.stringify(lh)}, want exactly ${e.exactPt} pt`);
    }
  }
  if (e.indentPt !== undefined && headingEnd === undefined) {
    const ind = p.para.textIndentPt ?? 0;
    if (Math.abs(ind - e.indentPt) > PT_TOLERANCE) {
      out.push(`${where}: first-line indent ${ind} pt, want ${e.indentPt} pt`);
    }
  }
  const runs: LoRun[] = p.runs.filter((r) => r.text.trim() !== "");
  if (runs.length === 0 && headingEnd === undefined) {
    out.push(...compareText(`${where} (paragraph)`, p.props, e));
  }
  for (const r of runs) {
    const inHeading = headingEnd === undefined || r.start < headingEnd;
    const want = inHeading ? e : (after ?? e);
    // A run straddling headingEnd cannot be right for both parts: report it against the heading.
    const label = `${where} run@${r.start} «${r.text.slice(0, 10)}»`;
    out.push(...compareText(label, r.props, want));
    if (headingEnd !== undefined && r.start < headingEnd && r.start + r.text.length > headingEnd) {
      out.push(`${label}: one run spans heading and body (${describeText(r.props)})`);
    }
  }
  return out;
}
