/**
 * @fileoverview The live checklist's effect: read the document through the gateway, analyze it,
 * and dispatch the result; re-check on `gateway.watch` (debounced 600 ms) from mount to unmount.
 * Re-checks are async and never block typing; the previous results stay visible meanwhile, and
 * the result of a superseded re-check is dropped (here, before analyzing, and in the reducer).
 * A first check that takes 300 ms or more shows provisional 字数 from the whole read's paragraph
 * batch before its OOXML has arrived (`check/provisional`, issue 7); re-checks never do.
 * Layer: taskpane.
 */
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import { analyze, type Analysis } from "../../core/analyze";
import type { DocumentGateway, ReadProgress } from "../../core/gateway";
import type { Locale } from "../../core/messages";
import type { ReportDocument } from "../../core/model";
import type { Profile } from "../../core/profile";
import type { RoleCorrection } from "../../core/roles";
import { provisionalChecklist } from "../../core/provisional";
import { markFirst } from "../lib/marks";
import { toPaneError, type PaneAction } from "../reducer";

/**
 * A check at least this long (ms) is a long one: the pane then says how far the read is and how
 * many paragraphs it checks.
 */
const LONG_READ_MS = 300;

/** Options of `useAnalysis`. */
export interface UseAnalysisOptions {
  profile?: Profile;
  locale: Locale;
  /** Debounce of document-change notifications, ms. */
  debounceMs?: number;
  /**
   * The writer's role corrections (saved with the document): part of the classification, so a
   * new list (a new object) analyses the last document read again, without reading it.
   */
  roleCorrections?: readonly RoleCorrection[];
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
    roleCorrections: readonly RoleCorrection[] | undefined;
    analysis: Analysis;
  } | null>(null);

  const recheck = useCallback(
    async (opts?: { fresh?: boolean }) => {
      const id = ++request.current;
      dispatch({ type: "check/started", request: id });
      try {
        const readStart = Date.now();
        // A long whole read says how far it is (issue 9): the gateway's progress is shown once
        // the check has taken LONG_READ_MS (a short one re-renders nothing), then at each step.
        let latest: ReadProgress | null = null;
        let long = false;
        const show = ({ paragraphs, partsRead, parts }: ReadProgress): void => {
          if (id !== request.current) return;
          dispatch({ type: "check/progress", request: id, paragraphs, partsRead, parts });
        };
        // A long first check shows the 字数 of the paragraph batch (issue 7), marked as
        // provisional, while the OOXML is read: once the check has taken LONG_READ_MS, as the
        // progress text, so a short read does not flash them (and does not spend the time
        // drawing rows the checklist replaces at once); computed in a task of its own, so the
        // OOXML request goes out first (the reducer drops it once a checklist is shown).
        let readDone = false;
        let provisionalTimer: ReturnType<typeof setTimeout> | undefined;
        const provisional = (batch: NonNullable<ReadProgress["batch"]>): void => {
          if (last.current !== null) return; // a re-check: the checklist stays as it is
          provisionalTimer = setTimeout(
            () => {
              if (readDone || id !== request.current) return;
              const { profile, roleCorrections } = latestOptions.current;
              dispatch({
                type: "check/provisional",
                request: id,
                provisional: provisionalChecklist(batch, profile, roleCorrections),
              });
            },
            Math.max(0, LONG_READ_MS - (Date.now() - readStart))
          );
        };
        const timer = setTimeout(() => {
          long = true;
          if (latest) show(latest);
        }, LONG_READ_MS);
        let doc: ReportDocument;
        try {
          doc = await gateway.readDocument({
            ...(opts?.fresh === true ? { fresh: true } : {}),
            onProgress: (p) => {
              latest = p;
              if (p.batch) provisional(p.batch);
              if (long) show(p);
            },
          });
        } finally {
          readDone = true;
          clearTimeout(timer);
          clearTimeout(provisionalTimer);
        }
        markFirst("read");
        if (id !== request.current) return; // superseded: do not spend time analyzing it
        const prev = last.current;
        const now = latestOptions.current;
        if (
          prev &&
          prev.doc === doc &&
          prev.profile === now.profile &&
          prev.locale === now.locale &&
          prev.roleCorrections === now.roleCorrections
        ) {
          // The gateway found nothing changed (idle reconcile): the same result, no analysis.
          dispatch({ type: "check/succeeded", request: id, analysis: prev.analysis });
          return;
        }
        // After a long read, say how much is being checked (one more render of the pane: only
        // worth it when the check is long), and let React paint it before the synchronous
        // analysis of a long document.
        if (Date.now() - readStart >= LONG_READ_MS) {
          dispatch({ type: "check/read", request: id, paragraphs: doc.paragraphs.length });
        }
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (id !== request.current) return;
        // The writer's decisions (core/decisions.ts): role corrections are part of the analysis;
        // ignores are applied by the pane after it (`applyIgnores`), so ignoring and restoring
        // are instant and need no re-analysis. The CLI runs the same two steps (`analyzeDecided`).
        const { profile, locale, roleCorrections } = latestOptions.current;
        const analysis = analyze(doc, profile, { locale, roleCorrections });
        markFirst("analyzed");
        last.current = { doc, profile, locale, roleCorrections, analysis };
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

  // A correction changes the classification: analyse again (the gateway's read finds nothing
  // changed and returns the cached model at once).
  const corrections = options.roleCorrections;
  const firstCorrections = useRef(corrections);
  useEffect(() => {
    if (firstCorrections.current === corrections) return; // the mount's check runs anyway
    firstCorrections.current = corrections;
    void recheck();
  }, [corrections, recheck]);

  return { recheck };
}
