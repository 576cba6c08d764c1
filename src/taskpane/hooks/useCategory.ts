/**
 * @fileoverview The 案例类别 control's effect (R31): tick the chosen category and untick the
 * others with `replaceText` edits of the box characters (`categoryEdits`), then re-check.
 * Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import type { FormData } from "../../core/form";
import type { DocumentGateway } from "../../core/gateway";
import type { Profile } from "../../core/profile";
import { categoryEdits } from "../lib/formCategory";
import { toPaneError, type PaneAction } from "../reducer";

/** What `useCategory` gives the pane. */
export interface CategoryControls {
  /** Ticks `name` only, in `form` as last checked. Never rejects. */
  choose: (form: FormData, name: string) => Promise<void>;
}

/** The 案例类别 control against `gateway`, dispatching `category/*` actions. */
export function useCategory(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: { profile: Profile; onDone?: () => void }
): CategoryControls {
  const { profile, onDone } = options;
  const choose = useCallback(
    async (form: FormData, name: string) => {
      const edits = categoryEdits(form, name, profile);
      if (edits.length === 0) {
        dispatch({ type: "category/queued", name: null }); // already so: nothing to wait for
        return;
      }
      dispatch({ type: "category/applying", name });
      try {
        const result = await gateway.applyEdits(edits);
        dispatch({ type: "category/succeeded", result });
        onDone?.();
      } catch (error) {
        dispatch({ type: "category/failed", error: toPaneError("category", error) });
      }
    },
    [gateway, dispatch, profile, onDone]
  );
  return { choose };
}
