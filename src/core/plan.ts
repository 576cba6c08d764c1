/**
 * @fileoverview Edit planning, data only (anchor-codebases §6.5): one-click formatting
 * (`planFormatting`: a setRole per paragraph not already exactly right, plus setPage when a
 * section is not A4 portrait; R13–R19) and the plan of fixes the writer picked
 * (`planFixes`: de-duplicated, ordered bottom-to-top and right-to-left, overlaps skipped and
 * reported, text changes listed for confirmation). Applied by `src/word` or `src/ooxml`.
 * Layer: core (pure).
 */
import type { Edit, Finding } from "./findings";
import { pageProblem } from "./fonts";
import { matchesRole } from "./role-match";
import { refOf, type ReportParagraph } from "./model";
import type { FormattedRole, Profile } from "./profile";
import type { ClassifiedDocument } from "./roles";
import { styleRoleOf } from "./rules/role-format";
import { itemAt } from "./item-at";

export { CONFLICTING_DIRECT } from "./role-match";

/**
 * True when paragraph `p` already is exactly as one-click formatting would make it for `role`
 * (the one definition: `matchesRole` in `./role-match`).
 */
export function isAlreadyFormatted(
  p: ReportParagraph,
  role: FormattedRole,
  profile: Profile,
  headingEnd?: number
): boolean {
  return matchesRole(p, role, profile, headingEnd);
}

/**
 * How many paragraphs `edits` change (distinct targets; `setPage` changes none): what 一键排版's
 * progress says ("正在排版 N 个段落…"), counted as its outcome counts them.
 */
export function paragraphsEdited(edits: readonly Edit[]): number {
  return new Set(edits.flatMap((e) => (e.op === "setPage" ? [] : [e.target.index]))).size;
}

/**
 * One-click formatting (R13–R19): a `setRole` edit for every paragraph outside tables whose
 * role is a FormattedRole (a level-4 heading gets the level-3 style; a heading split from its
 * body carries `headingEnd`) and which is not already exactly right (`isAlreadyFormatted`),
 * in document order; then one `setPage` when any section is not the profile's page in the
 * profile's orientation. Never changes text. Never throws.
 */
export function planFormatting(classified: ClassifiedDocument, profile: Profile): Edit[] {
  const edits: Edit[] = [];
  for (const info of classified.paragraphs) {
    const p = itemAt(classified.doc.paragraphs, info.index);
    if (p.tableDepth > 0) continue;
    const role = styleRoleOf(info.role, profile);
    if (role === null) continue;
    const he = info.heading?.headingEnd;
    const headingEnd = he !== undefined && he > 0 && he < p.text.length ? he : undefined;
    if (isAlreadyFormatted(p, role, profile, headingEnd)) continue;
    edits.push(
      headingEnd === undefined
        ? { op: "setRole", target: refOf(p), role }
        : { op: "setRole", target: refOf(p), role, headingEnd }
    );
  }
  if (classified.doc.sections.some((s) => pageProblem(s, profile) !== "ok")) {
    const { width, height, orientation } = profile.page;
    edits.push({ op: "setPage", width, height, orientation });
  }
  return edits;
}

/** An edit that was not planned because it overlaps one already kept. */
export interface PlanConflict {
  edit: Edit;
  /** Findings the skipped edit came from. */
  findingIds: string[];
  /** The kept edit it collides with. */
  conflictsWith: Edit;
}

/** The result of `planFixes`. */
export interface FixPlan {
  /** Edits in application order: paragraphs bottom-to-top; within a paragraph setRole first, then replaceText right-to-left; setPage last. */
  edits: Edit[];
  /** Edits skipped because they overlap a kept edit (ESLint's rule); fix them in a later pass. */
  conflicts: PlanConflict[];
  /** The `replaceText` edits of `edits`: they change words, so the writer confirms them first. */
  needsConfirmation: Edit[];
}

/** A key identifying an edit, for removing duplicates. */
function editKey(e: Edit): string {
  switch (e.op) {
    case "setRole":
      return `setRole|${e.target.index}|${e.target.textHash}|${e.role}|${e.headingEnd ?? ""}`;
    case "setPage":
      return `setPage|${e.width}|${e.height}|${e.orientation}`;
    case "replaceText":
      return `replaceText|${e.target.index}|${e.target.textHash}|${e.span[0]}|${e.span[1]}|${e.text}`;
  }
}

/** True when two replaceText spans collide: they overlap, or are the same empty insertion point. */
function spansOverlap(a: [number, number], b: [number, number]): boolean {
  if (a[0] === a[1] && b[0] === b[1]) return a[0] === b[0];
  return a[0] < b[1] && b[0] < a[1];
}

/** Order: paragraph descending; setRole before replaceText; replaceText by span descending; setPage last. */
function compareEdits(a: Edit, b: Edit): number {
  const para = (e: Edit): number => (e.op === "setPage" ? -1 : e.target.index);
  const pa = para(a);
  const pb = para(b);
  if (pa !== pb) return pb - pa;
  const rank = (e: Edit): number => (e.op === "setRole" ? 0 : e.op === "replaceText" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.op === "replaceText" && b.op === "replaceText") {
    return b.span[0] - a.span[0] || b.span[1] - a.span[1];
  }
  return 0;
}

/**
 * Plans the fixes of the selected findings (`"all"`, or a list of finding ids): collects their
 * edits, drops exact duplicates (many findings share one setRole or setPage), orders them
 * bottom-to-top and right-to-left so earlier edits never shift later ones, and skips — and
 * reports in `conflicts` — any replaceText whose span overlaps a kept one in the same paragraph,
 * and any setRole of a paragraph that already has a different kept setRole. Findings without a
 * fix are ignored. Never throws.
 */
export function planFixes(findings: readonly Finding[], selection: "all" | string[]): FixPlan {
  const wanted = selection === "all" ? null : new Set(selection);
  const byKey = new Map<string, { edit: Edit; findingIds: string[] }>();
  for (const f of findings) {
    if (!f.fix || (wanted && !wanted.has(f.id))) continue;
    for (const edit of f.fix) {
      const key = editKey(edit);
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.findingIds.includes(f.id)) seen.findingIds.push(f.id);
      } else byKey.set(key, { edit, findingIds: [f.id] });
    }
  }
  const ordered = [...byKey.values()].sort((a, b) => compareEdits(a.edit, b.edit));
  const edits: Edit[] = [];
  const conflicts: PlanConflict[] = [];
  for (const cand of ordered) {
    const e = cand.edit;
    const clash = edits.find((k) => {
      if (e.op === "replaceText" && k.op === "replaceText") {
        return k.target.index === e.target.index && spansOverlap(k.span, e.span);
      }
      if (e.op === "setRole" && k.op === "setRole") return k.target.index === e.target.index;
      return false;
    });
    if (clash) conflicts.push({ edit: e, findingIds: cand.findingIds, conflictsWith: clash });
    else edits.push(e);
  }
  return { edits, conflicts, needsConfirmation: edits.filter((e) => e.op === "replaceText") };
}
