/**
 * @fileoverview Template insertion's effect: ask the gateway whether the document is empty; if
 * it is not, open the confirm dialog (never overwrite silently); insert with `replace` only after
 * the writer confirms. For the report a `notEmpty` error from a race (text typed meanwhile)
 * reopens the dialog. The 申报书 into a non-empty document is appended at the end
 * (`replace: false`) or replaces everything (`replace: true`), as the writer chooses; appending
 * where a form already is fails with `notEmpty`, shown with the gateway's message.
 * Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import {
  GatewayError,
  type DocumentGateway,
  type RestoreMode,
  type TemplateKind,
} from "../../core/gateway";
import { toPaneError, type PaneAction } from "../reducer";

/** Options of `useTemplate`. */
export interface UseTemplateOptions {
  /** Called after a successful insertion (the pane re-checks). */
  onDone?: () => void;
}

/** What `useTemplate` gives the pane. */
export interface TemplateControls {
  /** Starts inserting `kind`: inserts into an empty document, else asks to confirm. */
  request: (kind: TemplateKind) => Promise<void>;
  /**
   * The writer confirmed replacing the content. `restore` "required" (the default) keeps what
   * puts the content back (恢复) or writes nothing and says why; "none" is the writer's 仍要替换.
   */
  confirmReplace: (kind: TemplateKind, restore?: RestoreMode) => Promise<void>;
  /** The writer chose to append the 申报书 at the end of the document. */
  confirmAppend: (kind: TemplateKind) => Promise<void>;
  /** The writer cancelled: nothing is written. */
  cancel: () => void;
}

/** Template insertion against `gateway`, dispatching `template/*` actions. */
export function useTemplate(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: UseTemplateOptions = {}
): TemplateControls {
  const { onDone } = options;

  const insert = useCallback(
    async (kind: TemplateKind, replace: boolean, restore: RestoreMode = "required") => {
      dispatch({ type: "template/inserting" });
      try {
        // Only a replacement destroys content: only then is a restore point asked for.
        const result = await gateway.insertTemplate(
          kind,
          replace ? { replace, restore } : { replace }
        );
        dispatch({ type: "template/succeeded", result });
        onDone?.();
      } catch (error) {
        if (!replace && error instanceof GatewayError && error.code === "notEmpty") {
          if (kind === "form") {
            // Appending where a form already is: the gateway says why, in the writer's words.
            dispatch({
              type: "template/failed",
              error: {
                ...toPaneError("template", error),
                key: "template:formPresent",
                titleId: "ui.template.formPresent.title",
                ...(error.text ? { text: error.text } : {}),
              },
            });
            return;
          }
          dispatch({ type: "template/confirmNeeded" });
          return;
        }
        dispatch({ type: "template/failed", error: toPaneError("template", error) });
      }
    },
    [gateway, dispatch, onDone]
  );

  const request = useCallback(
    async (kind: TemplateKind) => {
      dispatch({ type: "template/requested", kind });
      let empty: boolean;
      try {
        empty = await gateway.isEmpty();
      } catch (error) {
        dispatch({ type: "template/failed", error: toPaneError("template", error) });
        return;
      }
      if (empty) await insert(kind, false);
      else dispatch({ type: "template/confirmNeeded" });
    },
    [gateway, dispatch, insert]
  );

  const confirmReplace = useCallback(
    (kind: TemplateKind, restore?: RestoreMode) => insert(kind, true, restore),
    [insert]
  );
  const confirmAppend = useCallback((kind: TemplateKind) => insert(kind, false), [insert]);
  const cancel = useCallback(() => dispatch({ type: "template/cancelled" }), [dispatch]);

  return { request, confirmReplace, confirmAppend, cancel };
}
