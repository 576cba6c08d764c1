/**
 * @fileoverview `analyze`: the one call the task pane, the CLI and the bench make — classify
 * the document, run the rules, build the checklist and count the whole document like Word.
 * Layer: core (pure).
 */
import {
  buildChecklist,
  type ChecklistOptions,
  documentKindOf,
  FORM_ONLY,
  isFormOnly,
  NOT_REPORT,
  ruleApplicability,
} from "./checklist";
import { documentStats } from "./count";
import { applyDecisions, classifyDecided } from "./decisions";
import type { DocumentState } from "./gateway";
import { lint, type LintOptions } from "./engine";
import type { ReportDocument } from "./model";
import { PROFILE_2023, type Profile } from "./profile";
import type { RoleCorrection } from "./roles";
import { allRules } from "./rules";

import type { Analysis } from "./analysis";

export type { Analysis } from "./analysis";

/** Options of `analyze`: lint's, and the writer's role corrections. */
export interface AnalyzeOptions extends LintOptions {
  /** The writer's role corrections (saved with the document), applied by `classifyDecided`. */
  roleCorrections?: readonly RoleCorrection[];
}

/**
 * Checks `doc` against `profile` (default the 2023 case-report profile; R1–R34 as covered by
 * the rules): `classify` → `lint(options)` → `buildChecklist` (same locale and rules) →
 * `documentStats`; the writer's role corrections (`options.roleCorrections`) are part of the
 * classification (`classifyDecided`). When `options.creatorNames` is not given and the document holds the 申报书,
 * its 主要创造人 and 参与创造人 (`classified.form.creatorNames`) are passed to the rules (R3).
 * A document that is only a 申报书 (`isFormOnly`, e.g. from `case-report new --form`) is not
 * checked as a report: only the form-* rules run, the others are passed to `lint` as
 * `notApplicable` and read 不适用 ("checklist.notApplicable.formOnly") without findings. A
 * document that is not a case report (`documentKindOf` "notReport": a thesis, a grant form, a bid
 * file …) runs no rule at all: every rule reads 不适用 ("checklist.notApplicable.notReport"). Throws
 * only what `lint` throws (a RuleReportError naming a buggy rule); a rule that crashes is a
 * "rule-crashed" finding.
 */
export function analyze(
  doc: ReportDocument,
  profile: Profile = PROFILE_2023,
  options: AnalyzeOptions = {}
): Analysis {
  const { roleCorrections, ...rest } = options;
  options = rest;
  const classified = classifyDecided(doc, profile, roleCorrections);
  // Names from the 申报书 in the same document (R3), unless the caller gives them.
  const creatorNames = options.creatorNames ?? classified.form?.creatorNames;
  const lintOptions = creatorNames === undefined ? { ...options } : { ...options, creatorNames };
  // A stand-alone 申报书: only the form-* rules run; the report rules are notApplicable.
  const kind = documentKindOf(classified, profile);
  if (kind === "notReport" || isFormOnly(classified, profile, kind)) {
    const skip = kind === "notReport" ? NOT_REPORT : FORM_ONLY;
    const skipped = (options.rules ?? allRules)
      .filter((r) => ruleApplicability(r, classified, profile, kind) === skip)
      .map((r) => r.meta.id);
    lintOptions.notApplicable = [...(options.notApplicable ?? []), ...skipped];
  }
  const result = lint(classified, profile, lintOptions);
  const checklistOptions: ChecklistOptions = { documentKind: kind };
  if (options.locale) checklistOptions.locale = options.locale;
  if (options.rules) checklistOptions.rules = options.rules;
  return {
    classified,
    lint: result,
    checklist: buildChecklist(classified, result, profile, checklistOptions),
    stats: documentStats(doc),
  };
}

/**
 * The one decisions pipeline of the CLI (`check`, `fix`, `outline`, `ignore`, `role`): `analyze`
 * with the role corrections of `state`, then its ignored findings and rules taken out
 * (`applyDecisions`). The pane runs the same two steps apart (see `decisions.ts`).
 */
export function analyzeDecided(
  doc: ReportDocument,
  profile: Profile,
  state: DocumentState,
  options: Omit<AnalyzeOptions, "roleCorrections" | "ignoredFindingIds" | "disabled"> = {}
): Analysis {
  const analysis = analyze(doc, profile, { ...options, roleCorrections: state.roleCorrections });
  return applyDecisions(analysis, state);
}
