/**
 * @fileoverview The writer's decisions applied once, for the pane and the CLI alike (issue 4,
 * issue 8): role corrections go into the classification (`classifyDecided`, used by `analyze`
 * and by 一键排版's planning), ignored findings and ignored rules are taken out of an analysis
 * (`applyDecisions`). The decisions come from the saved {@link DocumentState} (the state part:
 * `src/ooxml/state.ts`, `src/word/state.ts`). Layer: core (pure).
 *
 * The pipeline: `analyzeDecided(doc, profile, state)` = `applyDecisions(analyze(doc, profile,
 * { roleCorrections }), state)`. The pane runs the two halves apart — `analyze` with the
 * corrections when the document or a correction changes, `applyDecisions` (cheap: filtering) when
 * an ignore changes — so ignoring and restoring need no re-read; the result is the same.
 */
import type { Analysis } from "./analysis";
import { groupStatus, summarizeGroups, type Checklist, type RuleGroup } from "./checklist";
import { classify } from "./classify";
import type { Finding, Severity } from "./findings";
import type { DocumentState } from "./gateway";
import { textHash, type ReportDocument, type ReportParagraph } from "./model";
import type { Profile } from "./profile";
import type { ClassifiedDocument, CorrectedRole, RoleCorrection } from "./roles";

/**
 * The key of every paragraph (same index as `paragraphs`): "h" + `textHash(text)`, and for the
 * n-th paragraph (n ≥ 2) with the same text "h<hash>#n" — as finding ids are made unique — so a
 * key follows its paragraph when others are inserted or deleted elsewhere and lapses when its
 * text changes. Linear in the text.
 */
export function paragraphKeys(paragraphs: readonly ReportParagraph[]): string[] {
  const seen = new Map<string, number>();
  return paragraphs.map((p) => {
    const base = `h${textHash(p.text)}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}#${k}`;
  });
}

/**
 * The corrections that name a paragraph of `paragraphs`, by index (the last correction of a key
 * wins). Corrections whose paragraph is gone or changed are left out (they stay saved).
 */
export function resolveCorrections(
  paragraphs: readonly ReportParagraph[],
  corrections: readonly RoleCorrection[] | undefined
): Map<number, CorrectedRole> {
  const out = new Map<number, CorrectedRole>();
  if (!corrections || corrections.length === 0) return out;
  const byKey = new Map<string, number>();
  paragraphKeys(paragraphs).forEach((k, i) => byKey.set(k, i));
  for (const c of corrections) {
    const i = byKey.get(c.paragraph);
    if (i !== undefined) out.set(i, c.role);
  }
  return out;
}

/**
 * `classify` with the writer's role corrections applied (rule 9 of `classify.ts`): the one
 * classification the checklist, 一键排版, `check`, `format`, `fix` and `outline` use.
 */
export function classifyDecided(
  doc: ReportDocument,
  profile: Profile,
  corrections: readonly RoleCorrection[] | undefined
): ClassifiedDocument {
  const fixed = resolveCorrections(doc.paragraphs, corrections);
  return fixed.size === 0 ? classify(doc, profile) : classify(doc, profile, fixed);
}

/**
 * `state` with paragraph `key` given `role` (replacing its earlier correction), or its
 * correction removed when `role` is null. Returns `state` itself when nothing changes.
 */
export function withRoleCorrection(
  state: DocumentState,
  key: string,
  role: CorrectedRole | null
): DocumentState {
  const list = state.roleCorrections ?? [];
  const at = list.findIndex((c) => c.paragraph === key);
  if (role === null) {
    if (at < 0) return state;
    const rest = list.filter((_, i) => i !== at);
    if (rest.length > 0) return { ...state, roleCorrections: rest };
    const { roleCorrections: _gone, ...without } = state;
    return without;
  }
  if (list[at]?.role === role) return state;
  const next = list.filter((_, i) => i !== at);
  next.push({ paragraph: key, role });
  return { ...state, roleCorrections: next };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function worst(findings: readonly Finding[]): Severity | null {
  let w: Severity | null = null;
  for (const f of findings) if (w === null || RANK[f.severity] > RANK[w]) w = f.severity;
  return w;
}

/** A group's status; a group built by hand without one is read as passed unless it has an error or warning. */
function statusOf(g: RuleGroup): RuleGroup["status"] {
  const s = (g as Partial<RuleGroup>).status;
  if (s === "failed" || s === "passed" || s === "notApplicable") return s;
  return g.worstSeverity === null || g.worstSeverity === "info" ? "passed" : "failed";
}

/**
 * The checklist as the writer decided it: the groups of ignored rules taken out (the pane lists
 * them apart, `check` prints them as 已忽略), findings ignored once moved out of their groups
 * (counted in `ignoredCount`), each group's worst severity and status recomputed (a rule that did
 * not apply stays so) and the summary recomputed, so "N / M 项通过" agrees with what is listed.
 * Returns the same object when nothing is ignored.
 */
export function applyIgnores(
  checklist: Checklist,
  ignored: readonly string[],
  ignoredRules: readonly string[] = []
): Checklist {
  if (ignored.length === 0 && ignoredRules.length === 0) return checklist;
  const skip = new Set(ignored);
  const skipRules = new Set(ignoredRules);
  let changed = false;
  const groups: RuleGroup[] = [];
  for (const g of checklist.groups) {
    if (skipRules.has(g.ruleId)) {
      changed = true;
      continue;
    }
    const kept = g.findings.filter((f) => !skip.has(f.id));
    if (kept.length === g.findings.length) {
      groups.push(g);
      continue;
    }
    changed = true;
    groups.push({
      ...g,
      findings: kept,
      ignoredCount: g.ignoredCount + (g.findings.length - kept.length),
      worstSeverity: worst(kept),
      status: groupStatus(kept, statusOf(g) !== "notApplicable"),
    });
  }
  if (!changed) return checklist;
  return { ...checklist, groups, summary: summarizeGroups(groups) };
}

/** The group a finding belongs to (a "rule-crashed" finding belongs to the rule that threw). */
function ruleOf(f: Finding): string {
  return f.ruleId === "rule-crashed" && typeof f.data.rule === "string" ? f.data.rule : f.ruleId;
}

/**
 * The analysis as the writer decided it (issue 4): findings of ignored rules dropped, findings
 * ignored once moved from `lint.findings` to `lint.ignored`, the ignored rules left out of
 * `lint.ruleIds`, and the checklist filtered alike (`applyIgnores`). `analysis` must come from
 * `analyze` without `ignoredFindingIds` or `disabled` (the one place ignores are applied is here).
 * Returns `analysis` itself when nothing is ignored.
 */
export function applyDecisions(analysis: Analysis, state: DocumentState): Analysis {
  const ids = state.ignoredFindingIds;
  const rules = state.ignoredRules;
  if (ids.length === 0 && rules.length === 0) return analysis;
  const skip = new Set(ids);
  const skipRules = new Set(rules);
  const findings: Finding[] = [];
  const ignored: Finding[] = [...analysis.lint.ignored];
  for (const f of analysis.lint.findings) {
    if (skipRules.has(ruleOf(f))) continue;
    (skip.has(f.id) ? ignored : findings).push(f);
  }
  return {
    ...analysis,
    lint: {
      ...analysis.lint,
      findings,
      ignored: ignored.filter((f) => !skipRules.has(ruleOf(f))),
      ruleIds: analysis.lint.ruleIds.filter((id) => !skipRules.has(id)),
    },
    checklist: applyIgnores(analysis.checklist, ids, rules),
  };
}
