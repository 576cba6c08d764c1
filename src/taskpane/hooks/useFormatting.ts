/**
 * @fileoverview One-click formatting's effect: plan the formatting edits (`planFormatting`) from
 * the read the checklist already made (its classification; issue 7: one read, no second whole
 * read of the document with its photos), apply them through the gateway — whose write run brings
 * that read up to date and skips, and counts, paragraphs changed since — report what was applied,
 * then re-check. Without a checklist yet, the document is read first. Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import { classifyDecided } from "../../core/decisions";
import type { DocumentGateway, RestoreMode } from "../../core/gateway";
import { paragraphsEdited, planFormatting } from "../../core/plan";
import { PROFILE_2023, type Profile } from "../../core/profile";
import type { ClassifiedDocument, RoleCorrection } from "../../core/roles";
import { toPaneError, type PaneAction } from "../reducer";

/** Options of `useFormatting`. */
export interface UseFormattingOptions {
  profile?: Profile;
  /** Called after a successful run (the pane re-checks). */
  onDone?: () => void;
  /**
   * The checklist's classification of the document (role corrections applied), when there is one:
   * the plan's read.
   */
  classified?: ClassifiedDocument | null;
  /** The writer's role corrections: 一键排版 formats each paragraph as its corrected role. */
  roleCorrections?: readonly RoleCorrection[];
}

/** What `useFormatting` gives the pane. */
export interface FormattingControls {
  /**
   * Runs one-click formatting. Never rejects: failures become `format/failed`. `restore`
   * "required" (the default) keeps a restore point or writes nothing and says why (GatewayError
   * "notRestorable"): the pane offers 仍要排版, which runs again with "none".
   */
  format: (restore?: RestoreMode) => Promise<void>;
}

/** One-click formatting against `gateway`, dispatching `format/*` actions. */
export function useFormatting(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: UseFormattingOptions
): FormattingControls {
  const { profile = PROFILE_2023, onDone, classified, roleCorrections } = options;
  const format = useCallback(
    async (restore: RestoreMode = "required") => {
      dispatch({ type: "format/started" });
      try {
        const read =
          classified ?? classifyDecided(await gateway.readDocument(), profile, roleCorrections);
        const edits = planFormatting(read, profile);
        if (edits.length === 0) {
          dispatch({ type: "format/succeeded", planned: 0, result: null });
          return;
        }
        // paragraphs, as the outcome counts them (the page's setup is no paragraph: 559 vs 558)
        const planned = paragraphsEdited(edits);
        dispatch({ type: "format/planned", planned });
        const result = await gateway.applyEdits(edits, { restore });
        dispatch({ type: "format/succeeded", planned, result });
        onDone?.();
      } catch (error) {
        dispatch({ type: "format/failed", error: toPaneError("format", error) });
      }
    },
    [gateway, dispatch, profile, onDone, classified, roleCorrections]
  );
  return { format };
}
