/**
 * @fileoverview The live checklist's effect: read the document through the gateway, analyze it,
 * and dispatch the result; re-check on `gateway.watch` (debounced 600 ms) from mount to unmount.
 * Re-checks are async and never block typing; the previous results stay visible meanwhile, and
 * the result of a superseded re-check is dropped (here, before analyzing, and in the reducer).
 * Layer: taskpane.
 */
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import { analyze, type Analysis } from "../../core/analyze";
import type { DocumentGateway } from "../../core/gateway";
import type { Locale } from "../../core/messages";
import type { ReportDocument } from "../../core/model";
import type { Profile } from "../../core/profile";
import { toPaneError, type PaneAction } from "../reducer";

/** Options of `useAnalysis`. */
export interface UseAnalysisOptions {
  profile?: Profile;
  locale: Locale;
  /** Debounce of document-change notifications, ms. */
  debounceMs?: number;
}

/** What `useAnalysis` gives the pane. */
export interface AnalysisControls {
  /**
   * Starts a re-check now (after a write, or `{ fresh: true }` for the writer's 重新检查: the
   * whole document is read again, not only what changed).
   */
  recheck: (options?: { fresh?: boolean }) => Promise<void>;
}

/** Runs the live checklist against `gateway`, dispatching `check/*` actions. */
export function useAnalysis(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: UseAnalysisOptions
): AnalysisControls {
  const request = useRef(0);
  const latestOptions = useRef(options);
  useEffect(() => {
    latestOptions.current = options;
  });

  /** The last model analysed and its analysis: an unchanged model (the same object) is not re-analysed. */
  const last = useRef<{
    doc: ReportDocument;
    profile: Profile | undefined;
    locale: Locale;
    analysis: Analysis;
  } | null>(null);

  const recheck = useCallback(
    async (opts?: { fresh?: boolean }) => {
      const id = ++request.current;
      dispatch({ type: "check/started", request: id });
      try {
        const doc = await gateway.readDocument(opts?.fresh === true ? { fresh: true } : undefined);
        if (id !== request.current) return; // superseded: do not spend time analyzing it
        const prev = last.current;
        const now = latestOptions.current;
        if (
          prev &&
          prev.doc === doc &&
          prev.profile === now.profile &&
          prev.locale === now.locale
        ) {
          // The gateway found nothing changed (idle reconcile): the same result, no analysis.
          dispatch({ type: "check/succeeded", request: id, analysis: prev.analysis });
          return;
        }
        // Let React paint the spinner before the synchronous analysis of a long document.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (id !== request.current) return;
        // The writer's saved decisions (findings ignored once, ignored rules) are not passed to
        // analyze: the pane filters them (`applyIgnores`) and lists ignored rules apart, so
        // ignoring and restoring are instant and need no re-read. The CLI passes the same saved
        // state to analyze (`ignoredFindingIds`, `disabled`); the counts agree.
        const { profile, locale } = latestOptions.current;
        const analysis = analyze(doc, profile, { locale });
        last.current = { doc, profile, locale, analysis };
        dispatch({ type: "check/succeeded", request: id, analysis });
      } catch (error) {
        dispatch({ type: "check/failed", request: id, error: toPaneError("check", error) });
      }
    },
    [gateway, dispatch]
  );

  const debounceMs = options.debounceMs ?? 600;
  useEffect(() => {
    void recheck();
    const unsubscribe = gateway.watch(() => void recheck(), { debounceMs });
    return () => {
      unsubscribe();
      request.current += 1; // drop whatever is still in flight
    };
  }, [gateway, recheck, debounceMs]);

  return { recheck };
}
