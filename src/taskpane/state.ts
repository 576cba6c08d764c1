/**
 * @fileoverview The task pane's state as a pure reducer: check (live re-check with superseded
 * results dropped), one-click formatting, template insertion (with the confirm-before-replace
 * step), ignored findings, and errors keyed by stable ids. No React, no gateway: effects live in
 * the hooks of `./hooks`, which dispatch these actions. Layer: taskpane.
 */
import type { Analysis } from "../core/analyze";
import type { Finding, Severity } from "../core/findings";
import {
  GatewayError,
  type ApplyEditsResult,
  type GatewayErrorCode,
  type InsertTemplateResult,
  type TemplateKind,
} from "../core/gateway";

/** The checklist as analyze returns it. */
export type Checklist = Analysis["checklist"];
/** One rule's group of findings in the checklist. */
export type RuleGroup = Checklist["groups"][number];
/** One count row of the checklist. */
export type CountItem = Checklist["counts"][number];

/** Which part of the pane an error belongs to (its retry action differs). */
export type ErrorArea = "check" | "format" | "template" | "select";

/**
 * An error shown in a MessageBar. `key` is stable for the same area and code, so a re-check
 * failing the same way keeps the same bar (no re-mount, no re-announcement).
 */
export interface PaneError {
  key: string;
  area: ErrorArea;
  code: GatewayErrorCode;
  /** A write may have been applied in part (writeFailed only). */
  partial: boolean;
  /** Technical detail for support (Office error code / message); not shown as the message. */
  detail?: string;
}

/** The live checklist. */
export interface CheckState {
  /** idle: never started; checking: a request is in flight; ready/error: the newest request ended. */
  status: "idle" | "checking" | "ready" | "error";
  /** Id of the newest request started; results of older ones are dropped. */
  latestRequest: number;
  /** The results shown: kept while a re-check runs and when it fails. */
  analysis: Analysis | null;
  error: PaneError | null;
}

/** One-click formatting. */
export interface FormatState {
  status: "idle" | "running" | "done" | "error";
  /** Number of edits planned by the last run. */
  planned: number;
  /** The gateway's report of the last run; null when nothing needed changing. */
  result: ApplyEditsResult | null;
  error: PaneError | null;
}

/** Template insertion. */
export interface TemplateState {
  /** probing: asking whether the document is empty; confirming: the replace dialog is open. */
  status: "idle" | "probing" | "confirming" | "inserting" | "done" | "error";
  kind: TemplateKind | null;
  result: InsertTemplateResult | null;
  error: PaneError | null;
}

/** The whole pane. */
export interface PaneState {
  check: CheckState;
  format: FormatState;
  template: TemplateState;
  /** Finding ids ignored once (this session). */
  ignored: string[];
  /** Failure of the last "go to finding". */
  selectError: PaneError | null;
}

/** Every transition of the pane. */
export type PaneAction =
  | { type: "check/started"; request: number }
  | { type: "check/succeeded"; request: number; analysis: Analysis }
  | { type: "check/failed"; request: number; error: PaneError }
  | { type: "format/started" }
  | { type: "format/succeeded"; planned: number; result: ApplyEditsResult | null }
  | { type: "format/failed"; error: PaneError }
  | { type: "template/requested"; kind: TemplateKind }
  | { type: "template/confirmNeeded" }
  | { type: "template/cancelled" }
  | { type: "template/inserting" }
  | { type: "template/succeeded"; result: InsertTemplateResult }
  | { type: "template/failed"; error: PaneError }
  | { type: "finding/ignored"; id: string }
  | { type: "findings/restored" }
  | { type: "select/succeeded" }
  | { type: "select/failed"; error: PaneError }
  | { type: "error/dismissed"; area: ErrorArea };

/** The state before anything happened. */
export const initialPaneState: PaneState = {
  check: { status: "idle", latestRequest: 0, analysis: null, error: null },
  format: { status: "idle", planned: 0, result: null, error: null },
  template: { status: "idle", kind: null, result: null, error: null },
  ignored: [],
  selectError: null,
};

/** The pane's reducer (pure). */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "check/started":
      if (action.request <= state.check.latestRequest) return state;
      return {
        ...state,
        check: { ...state.check, status: "checking", latestRequest: action.request },
      };
    case "check/succeeded":
      // A result of a superseded request is dropped: a newer one is running or has ended.
      if (action.request !== state.check.latestRequest) return state;
      return {
        ...state,
        check: { ...state.check, status: "ready", analysis: action.analysis, error: null },
        // A fresh check makes an old "place not found" moot.
        selectError: null,
      };
    case "check/failed":
      if (action.request !== state.check.latestRequest) return state;
      return {
        ...state,
        check: {
          ...state.check,
          status: "error",
          error: keepIfSame(state.check.error, action.error),
        },
      };
    case "format/started":
      if (state.format.status === "running") return state;
      return { ...state, format: { status: "running", planned: 0, result: null, error: null } };
    case "format/succeeded":
      return {
        ...state,
        format: { status: "done", planned: action.planned, result: action.result, error: null },
      };
    case "format/failed":
      return { ...state, format: { ...state.format, status: "error", error: action.error } };
    case "template/requested":
      if (isTemplateBusy(state.template)) return state;
      return {
        ...state,
        template: { status: "probing", kind: action.kind, result: null, error: null },
      };
    case "template/confirmNeeded":
      if (state.template.kind === null) return state;
      return { ...state, template: { ...state.template, status: "confirming" } };
    case "template/cancelled":
      return { ...state, template: { status: "idle", kind: null, result: null, error: null } };
    case "template/inserting":
      if (state.template.kind === null) return state;
      return { ...state, template: { ...state.template, status: "inserting", error: null } };
    case "template/succeeded":
      return {
        ...state,
        template: { ...state.template, status: "done", result: action.result, error: null },
      };
    case "template/failed":
      return { ...state, template: { ...state.template, status: "error", error: action.error } };
    case "finding/ignored":
      if (state.ignored.includes(action.id)) return state;
      return { ...state, ignored: [...state.ignored, action.id] };
    case "findings/restored":
      return state.ignored.length === 0 ? state : { ...state, ignored: [] };
    case "select/succeeded":
      return state.selectError === null ? state : { ...state, selectError: null };
    case "select/failed":
      return { ...state, selectError: keepIfSame(state.selectError, action.error) };
    case "error/dismissed":
      return dismiss(state, action.area);
  }
}

/** Keeps the previous error object when it has the same key (stable identity, no re-render churn). */
function keepIfSame(previous: PaneError | null, next: PaneError): PaneError {
  return previous !== null && previous.key === next.key ? previous : next;
}

function isTemplateBusy(t: TemplateState): boolean {
  return t.status === "probing" || t.status === "confirming" || t.status === "inserting";
}

function dismiss(state: PaneState, area: ErrorArea): PaneState {
  switch (area) {
    case "check":
      return { ...state, check: { ...state.check, error: null } };
    case "format":
      return { ...state, format: { ...state.format, error: null } };
    case "template":
      return { ...state, template: { ...state.template, error: null } };
    case "select":
      return { ...state, selectError: null };
  }
}

/** Turns anything a gateway call or the analysis threw into a PaneError of `area`. */
export function toPaneError(area: ErrorArea, error: unknown): PaneError {
  if (error instanceof GatewayError) {
    const partial = error.code === "writeFailed" && error.partial;
    const detail = [error.officeCode, error.message].filter(Boolean).join(": ");
    return {
      key: `${area}:${error.code}${partial ? ":partial" : ""}`,
      area,
      code: error.code,
      partial,
      ...(detail ? { detail } : {}),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { key: `${area}:unknown`, area, code: "unknown", partial: false, detail };
}

/** True while something writes to the document (the pane disables the other write actions). */
export function isWriting(state: PaneState): boolean {
  return state.format.status === "running" || isTemplateBusy(state.template);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The more severe of two severities (null = none). */
export function worstOf(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** A rule passes when it has no error or warning (notes do not fail it), as analyze counts it. */
export function isPassing(group: RuleGroup): boolean {
  return group.worstSeverity === null || group.worstSeverity === "info";
}

/**
 * The checklist as shown: findings ignored in this session moved out of their groups, each
 * group's worst severity and the summary recomputed, so "N / M 项通过" agrees with what is listed.
 * Returns the same object when nothing is ignored.
 */
export function applyIgnores(checklist: Checklist, ignored: readonly string[]): Checklist {
  if (ignored.length === 0) return checklist;
  const skip = new Set(ignored);
  let changed = false;
  const groups = checklist.groups.map((g): RuleGroup => {
    const kept: Finding[] = g.findings.filter((f) => !skip.has(f.id));
    if (kept.length === g.findings.length) return g;
    changed = true;
    return {
      ...g,
      findings: kept,
      ignoredCount: g.ignoredCount + (g.findings.length - kept.length),
      worstSeverity: kept.reduce<Severity | null>((w, f) => worstOf(w, f.severity), null),
    };
  });
  if (!changed) return checklist;
  const all = groups.flatMap((g) => g.findings);
  const passedBefore = checklist.groups.filter(isPassing).length;
  const passedNow = groups.filter(isPassing).length;
  return {
    ...checklist,
    groups,
    summary: {
      ...checklist.summary,
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      infos: all.filter((f) => f.severity === "info").length,
      rulesPassed: checklist.summary.rulesPassed + (passedNow - passedBefore),
    },
  };
}
