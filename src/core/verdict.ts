/**
 * @fileoverview How findings are counted and grouped for the writer — the one definition the task
 * pane and the CLI share (issue 9: one severity language, "3 个错误 · 5 个提醒"): the formatting
 * findings of rule role-format (one per attribute per paragraph, R14–R19) summarised per role
 * ("正文 41 段格式不符：字体、行距", all fixed by one 一键排版 / `case-report format`), and the
 * verdict's counts, where each such role is one problem and every other finding one. Findings in
 * document order for both. Layer: core (pure).
 */
import type { Finding, Severity } from "./findings";

/** The rule whose findings are summarised per role and fixed by 一键排版. */
export const FORMAT_RULE = "role-format";

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
  /** The role's name in Chinese (the rule's `data.role`, e.g. 正文). */
  role: string;
  /** The role's name in English (the rule's `data.roleEn`, e.g. "body text"), or `role`. */
  roleEn: string;
  /** Paragraphs of this role with at least one mismatch. */
  paragraphs: number;
  /** 0-based indexes of those paragraphs, in document order. */
  paragraphIndexes: number[];
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
      const roleEn = f.data.roleEn === undefined ? role : String(f.data.roleEn);
      s = {
        role,
        roleEn,
        paragraphs: 0,
        paragraphIndexes: [],
        properties: [],
        worst: f.severity,
        findings: [],
        seen: new Set(),
      };
      byRole.set(role, s);
    }
    s.findings.push(f);
    if (RANK[f.severity] < RANK[s.worst]) s.worst = f.severity;
    const index = f.target.kind === "paragraph" ? f.target.paragraph.index : -1;
    if (!s.seen.has(index)) {
      s.seen.add(index);
      s.paragraphs++;
      if (index >= 0) s.paragraphIndexes.push(index);
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
 * The verdict's counts as the writer is shown the findings, in the pane and the CLI alike: each
 * role of the formatting summary is one problem (one 一键排版 fixes it), every other finding one.
 */
export function verdictCounts(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.ruleId !== FORMAT_RULE) out[f.severity]++;
  for (const r of summariseFormatting(findings)) out[r.worst]++;
  return out;
}
