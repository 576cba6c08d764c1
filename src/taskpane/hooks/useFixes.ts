/**
 * @fileoverview Fixing findings (issue 4): plan the chosen findings' edits (`planFixes`); when
 * the plan changes words (`needsConfirmation`), open the dialog that quotes each change and
 * apply only after the writer confirms; format-only plans apply at once. Then report what was
 * applied, skipped as stale or left as conflicting, and re-check. Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import type { Finding } from "../../core/findings";
import type { DocumentGateway, RestoreMode } from "../../core/gateway";
import type { ReportDocument } from "../../core/model";
import { planFixes, type FixPlan } from "../../core/plan";
import { describeTextChanges } from "../lib/textChanges";
import { toPaneError, type FixScope, type PaneAction } from "../reducer";

/** Options of `useFixes`. */
export interface UseFixesOptions {
  /** Called after edits were applied (the pane re-checks). */
  onDone?: () => void;
}

/** What `useFixes` gives the pane. */
export interface FixControls {
  /**
   * Fixes `findings` (those with a fix) as `scope`; `doc` is the document they were found in
   * (for quoting the text changes). `shown`: the writer already saw the text change (a single
   * finding's row shows it inline, 「,」→「，」), so it applies without the dialog. Never rejects.
   */
  request: (
    findings: readonly Finding[],
    scope: FixScope,
    doc: ReportDocument,
    shown?: boolean
  ) => Promise<void>;
  /**
   * The writer confirmed the listed changes. `restore` "required" (the default) keeps a restore
   * point (撤销修复) or writes nothing and says why; "none" is the writer's 仍要修复.
   */
  confirm: (scope: FixScope, plan: FixPlan, restore?: RestoreMode) => Promise<void>;
  /** The writer cancelled: nothing is written. */
  cancel: () => void;
}

/** Fixes against `gateway`, dispatching `fix/*` actions. */
export function useFixes(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: UseFixesOptions = {}
): FixControls {
  const { onDone } = options;

  const apply = useCallback(
    async (scope: FixScope, plan: FixPlan, restore: RestoreMode = "required") => {
      dispatch({ type: "fix/applying", scope, plan });
      try {
        const result = await gateway.applyEdits(plan.edits, { restore });
        dispatch({ type: "fix/succeeded", result });
        onDone?.();
      } catch (error) {
        dispatch({ type: "fix/failed", error: toPaneError("fix", error) });
      }
    },
    [gateway, dispatch, onDone]
  );

  const request = useCallback(
    async (findings: readonly Finding[], scope: FixScope, doc: ReportDocument, shown = false) => {
      const selection = scope.kind === "finding" ? [scope.id] : "all";
      const plan = planFixes(findings, selection);
      if (plan.edits.length === 0) return;
      if (plan.needsConfirmation.length > 0 && !shown) {
        const changes = describeTextChanges(doc, plan.needsConfirmation);
        dispatch({ type: "fix/confirmNeeded", scope, plan, changes });
        return;
      }
      await apply(scope, plan);
    },
    [dispatch, apply]
  );

  const cancel = useCallback(() => dispatch({ type: "fix/cancelled" }), [dispatch]);
  return { request, confirm: apply, cancel };
}
