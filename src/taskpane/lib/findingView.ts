/**
 * @fileoverview How the pane shows findings, pure: a finding's place (第N段 and the quote with
 * the reported words apart, from core's `quoteAround`), its one-line headline and the rest of its
 * message as the explanation, document order for 上一个/下一个, severity order for the groups,
 * and the formatting findings (rule role-format, one per attribute per paragraph) summarised per
 * role ("正文 41 段格式不符：字体、行距"). Layer: taskpane.
 */
import { quoteAround, type Quote } from "../../core/excerpt";
import type { Finding, Severity } from "../../core/findings";

/** The rule whose findings are summarised per role and fixed by 一键排版. */
export const FORMAT_RULE = "role-format";

/** Where a finding is, for its row: 1-based paragraph and the quote, or null for the whole document / a section. */
export interface FindingPlace {
  paragraph: number | null;
  section: number | null;
  quote: Quote | null;
}

/** The place of `f` over the paragraphs' texts of the document it was found in. */
export function placeOf(f: Finding, paragraphs: readonly { text: string }[]): FindingPlace {
  const t = f.target;
  if (t.kind === "section") return { paragraph: null, section: t.section + 1, quote: null };
  if (t.kind === "document") return { paragraph: null, section: null, quote: null };
  const text = paragraphs[t.paragraph.index]?.text ?? "";
  const span = t.kind === "paragraph" && t.span ? t.span : null;
  const q = quoteAround(text, span);
  return {
    paragraph: t.paragraph.index + 1,
    section: null,
    quote: q.quote.trim() === "" ? null : q,
  };
}

/**
 * A message split into its first sentence (the row's one line) and the rest (the explanation,
 * shown on demand). Sentences end with 。！？ or, in English, ". ".
 */
export function splitMessage(message: string): { headline: string; detail: string } {
  // [\s\S], not the s flag: the bundle targets ES2017 (Office 2019's EdgeHTML).
  const m =
    /^([\s\S]+?[。！？])([\s\S]*)$/u.exec(message) ?? /^([\s\S]+?\.)\s+([\s\S]*)$/u.exec(message);
  const headline = m?.[1];
  const detail = m?.[2]?.trim() ?? "";
  if (headline === undefined || detail === "") return { headline: message, detail: "" };
  return { headline, detail };
}

/** Sort key of a finding's place: whole document and sections first, then paragraph and offset. */
function positionOf(f: Finding): [number, number] {
  const t = f.target;
  if (t.kind === "document") return [-2, 0];
  if (t.kind === "section") return [-1, t.section];
  if (t.kind === "picture") return [t.paragraph.index, 0];
  return [t.paragraph.index, t.span ? t.span[0] : 0];
}

/** `findings` in document order (stable for findings at the same place). */
export function inDocumentOrder(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i, p: positionOf(f) }))
    .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.i - b.i)
    .map((x) => x.f);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Rank of a severity, worst first (null: no finding, last). */
export function severityRank(s: Severity | null): number {
  return s === null ? 3 : RANK[s];
}

/** The attribute a role-format message is about. */
export type FormatProperty = "font" | "size" | "bold" | "alignment" | "spacing";

const PROPERTY_OF: Record<string, FormatProperty> = {
  fontWrong: "font",
  fontLookAlike: "font",
  fontMissing: "font",
  fontTheme: "font",
  fontThemeUnnamed: "font",
  sizeWrong: "size",
  boldMissing: "bold",
  boldUnexpected: "bold",
  alignmentWrong: "alignment",
  spacingWrong: "spacing",
};
const PROPERTY_ORDER: FormatProperty[] = ["font", "size", "bold", "alignment", "spacing"];

/** One role's formatting findings: how many paragraphs, which attributes. */
export interface RoleFormatSummary {
  /** The role's name in the finding's locale (the rule's `data.role`, e.g. 正文). */
  role: string;
  /** Paragraphs of this role with at least one mismatch. */
  paragraphs: number;
  properties: FormatProperty[];
  worst: Severity;
  findings: Finding[];
}

/**
 * The role-format findings of `findings` per role, in the order each role first appears in the
 * document. Findings of other rules are ignored.
 */
export function summariseFormatting(findings: readonly Finding[]): RoleFormatSummary[] {
  const byRole = new Map<string, RoleFormatSummary & { seen: Set<number> }>();
  for (const f of inDocumentOrder(findings)) {
    if (f.ruleId !== FORMAT_RULE) continue;
    const role = String(f.data.role ?? "");
    let s = byRole.get(role);
    if (!s) {
      s = { role, paragraphs: 0, properties: [], worst: f.severity, findings: [], seen: new Set() };
      byRole.set(role, s);
    }
    s.findings.push(f);
    if (RANK[f.severity] < RANK[s.worst]) s.worst = f.severity;
    const index = f.target.kind === "paragraph" ? f.target.paragraph.index : -1;
    if (!s.seen.has(index)) {
      s.seen.add(index);
      s.paragraphs++;
    }
    const p = PROPERTY_OF[f.messageId];
    if (p && !s.properties.includes(p)) s.properties.push(p);
  }
  return [...byRole.values()].map(({ seen: _seen, ...s }) => ({
    ...s,
    properties: PROPERTY_ORDER.filter((p) => s.properties.includes(p)),
  }));
}

/**
 * The stops of 上一个/下一个: every finding in document order, except that a paragraph's
 * formatting findings (one per attribute) are one stop, its first.
 */
export function navigationOrder(findings: readonly Finding[]): Finding[] {
  const seen = new Set<number>();
  return inDocumentOrder(findings).filter((f) => {
    if (f.ruleId !== FORMAT_RULE || f.target.kind !== "paragraph") return true;
    const i = f.target.paragraph.index;
    if (seen.has(i)) return false;
    seen.add(i);
    return true;
  });
}

/**
 * The verdict's counts as the pane shows the findings: each role of the formatting summary is
 * one problem (one 一键排版 fixes it), every other finding one.
 */
export function verdictCounts(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.ruleId !== FORMAT_RULE) out[f.severity]++;
  for (const r of summariseFormatting(findings)) out[r.worst]++;
  return out;
}
