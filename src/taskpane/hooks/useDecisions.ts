/**
 * @fileoverview The writer's decisions saved with the document (issue 4): read them once with
 * `gateway.readState()`, then save every change with `gateway.writeState()`, one write at a time
 * — a change made while a write is in flight is written after it, together with any other made
 * meanwhile, so two quick clicks never race and the last write holds every decision. A failed
 * write undoes the unsaved decisions in the pane (the reducer) and shows an error. Layer: taskpane.
 */
import { useCallback, useEffect, type Dispatch } from "react";
import type { DocumentGateway } from "../../core/gateway";
import {
  sameDecisions,
  toPaneError,
  type DecisionChange,
  type DecisionsState,
  type PaneAction,
} from "../reducer";

/** What `useDecisions` gives the pane. */
export interface DecisionControls {
  /** Makes a change (shown at once, saved in the background). */
  change: (change: DecisionChange) => void;
  /** Reads the saved decisions again (after a failed read). */
  reload: () => Promise<void>;
}

/** Loads and saves the decisions of `gateway`'s document, dispatching `decisions/*` actions. */
export function useDecisions(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  decisions: DecisionsState
): DecisionControls {
  const reload = useCallback(async () => {
    dispatch({ type: "decisions/loading" });
    try {
      const state = await gateway.readState();
      dispatch({ type: "decisions/loaded", state });
    } catch (error) {
      dispatch({
        type: "decisions/loadFailed",
        error: {
          ...toPaneError("decisions", error),
          key: "decisions:load",
          partial: false,
          titleId: "ui.decisions.loadFailed.title",
          bodyId: "ui.decisions.loadFailed.body",
        },
      });
    }
  }, [gateway, dispatch]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // The writer: whenever nothing is being written and what is shown differs from what is
  // saved, write what is shown. Runs again after each write ends (the state changes).
  const { status, writing, current, saved } = decisions;
  useEffect(() => {
    if (status !== "ready" || writing !== null || sameDecisions(current, saved)) return;
    const snapshot = current;
    dispatch({ type: "decisions/writeStarted", state: snapshot });
    gateway.writeState(snapshot).then(
      () => dispatch({ type: "decisions/written", state: snapshot }),
      (error: unknown) =>
        dispatch({
          type: "decisions/writeFailed",
          error: {
            ...toPaneError("decisions", error),
            key: "decisions:write",
            partial: false,
            titleId: "ui.decisions.writeFailed.title",
            bodyId: "ui.decisions.writeFailed.body",
          },
        })
    );
  }, [gateway, dispatch, status, writing, current, saved]);

  const change = useCallback(
    (c: DecisionChange) => dispatch({ type: "decisions/changed", change: c }),
    [dispatch]
  );
  return { change, reload };
}
