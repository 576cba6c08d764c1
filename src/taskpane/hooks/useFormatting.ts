/**
 * @fileoverview One-click formatting's effect: read the document fresh (a plan made from a
 * checklist a second old would skip what the writer just typed as stale), classify it, plan the
 * formatting edits (`planFormatting`), apply them through the gateway, report what was applied,
 * then re-check. Only the classification is needed to plan: the rules run in the re-check.
 * Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import { classify } from "../../core/classify";
import type { DocumentGateway } from "../../core/gateway";
import { planFormatting } from "../../core/plan";
import { PROFILE_2023, type Profile } from "../../core/profile";
import { toPaneError, type PaneAction } from "../reducer";

/** Options of `useFormatting`. */
export interface UseFormattingOptions {
  profile?: Profile;
  /** Called after a successful run (the pane re-checks). */
  onDone?: () => void;
}

/** What `useFormatting` gives the pane. */
export interface FormattingControls {
  /** Runs one-click formatting. Never rejects: failures become `format/failed`. */
  format: () => Promise<void>;
}

/** One-click formatting against `gateway`, dispatching `format/*` actions. */
export function useFormatting(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: UseFormattingOptions
): FormattingControls {
  const { profile = PROFILE_2023, onDone } = options;
  const format = useCallback(async () => {
    dispatch({ type: "format/started" });
    try {
      const doc = await gateway.readDocument({ fresh: true }); // plan a write from the whole document
      const edits = planFormatting(classify(doc, profile), profile);
      if (edits.length === 0) {
        dispatch({ type: "format/succeeded", planned: 0, result: null });
        return;
      }
      const result = await gateway.applyEdits(edits);
      dispatch({ type: "format/succeeded", planned: edits.length, result });
      onDone?.();
    } catch (error) {
      dispatch({ type: "format/failed", error: toPaneError("format", error) });
    }
  }, [gateway, dispatch, profile, onDone]);
  return { format };
}
