/**
 * @fileoverview The task pane's state as a pure reducer: check (live re-check with superseded
 * results dropped), one-click formatting, template insertion (with the confirm-before-replace
 * step), fixes (with the confirm-text-changes step), the writer's decisions saved with the
 * document (ignored findings and rules, hand-checked items: what is saved, what is shown, what
 * is being written), the 案例类别 control, picture export, and errors keyed by stable ids. No
 * React, no gateway: effects live in the hooks of `./hooks`, which dispatch these actions.
 * Layer: taskpane.
 */
import type { Analysis } from "../core/analyze";
import type { RuleStatus } from "../core/checklist";
import { withRoleCorrection } from "../core/decisions";
import type { CorrectedRole } from "../core/roles";
import type { Severity } from "../core/findings";
import {
  EMPTY_DOCUMENT_STATE,
  GatewayError,
  type ApplyEditsResult,
  type DocumentState,
  type GatewayErrorCode,
  type InsertTemplateResult,
  type RestorePoint,
  type RestoreResult,
  type TemplateKind,
} from "../core/gateway";
import type { FixPlan } from "../core/plan";
import type { ProvisionalChecklist } from "../core/provisional";
import type { UiMessageId } from "../core/messages/zh-CN/ui";
import type { ErrorMessageId, MessageRef } from "../core/messages";

/** The checklist as analyze returns it. */
export type Checklist = Analysis["checklist"];
/** One rule's group of findings in the checklist. */
export type RuleGroup = Checklist["groups"][number];
/** One count row of the checklist. */
export type CountItem = Checklist["counts"][number];

/** Which part of the pane an error belongs to (its retry action differs). */
export type ErrorArea =
  | "check"
  | "format"
  | "template"
  | "select"
  | "fix"
  | "decisions"
  | "category"
  | "export"
  | "restore";

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
  /**
   * A message to show instead of the code's way forward (e.g. the gateway's "申报书已存在"), as
   * catalog parts rendered in the pane's locale.
   */
  text?: readonly MessageRef<ErrorMessageId>[];
  /** A title to show instead of the code's title. */
  titleId?: UiMessageId;
  /** A way forward to show instead of the code's (when there is no `message`). */
  bodyId?: UiMessageId;
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
  /**
   * How far the running check is (issue 9, calm states), once it is long: null at first; during
   * a long whole read the document's paragraphs and the syncs of its OOXML done (`parts`, from the
   * gateway's progress); once the read is done, the paragraphs the rules run on. Cleared when
   * the check ends. Optional so that states built by hand (tests) need not say it.
   */
  progress?: { paragraphs: number; parts?: { read: number; total: number } } | null;
  /**
   * The provisional 字数 of a first check (issue 7: `provisionalChecklist` of the whole read's
   * paragraph batch), shown while the OOXML is read — only while there is no checklist yet
   * (`analysis` null), never during a re-check. Cleared when the check ends. Optional so that
   * states built by hand need not say it.
   */
  provisional?: ProvisionalChecklist | null;
}

/** One-click formatting. */
export interface FormatState {
  status: "idle" | "running" | "done" | "error";
  /** Paragraphs the last run planned to format (`paragraphsEdited`; the page setup not counted). */
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

/**
 * The writer's decisions saved with the document (`DocumentState`): `saved` is what the
 * document holds as far as the pane knows, `current` what the pane shows (the writer's clicks,
 * applied at once), `writing` the snapshot a `writeState` is saving. Writes are serialised: one
 * at a time, the newest `current` written after the one in flight. A failed write puts
 * `current` back to `saved`, so the pane never shows a decision that is not saved.
 */
export interface DecisionsState {
  /** loading: `readState` in flight (the controls wait); error: it failed (retry). */
  status: "loading" | "ready" | "error";
  saved: DocumentState;
  current: DocumentState;
  writing: DocumentState | null;
  error: PaneError | null;
  /**
   * Parts of ours in the document that could not be read (damaged; `DocumentState.unreadableParts`
   * of the last read): the pane says so; saves leave them as they are. 0 when none.
   */
  unreadableParts: number;
}

/** One change the writer makes to the decisions. */
export type DecisionChange =
  | { kind: "ignoreFinding"; id: string }
  | { kind: "restoreFindings"; ids?: string[] }
  | { kind: "ignoreRule"; ruleId: string }
  | { kind: "restoreRule"; ruleId: string }
  | { kind: "hand"; id: string; checked: boolean }
  /** The writer gives paragraph `paragraph` (its key, `paragraphKeys`) a role; null takes the correction back. */
  | { kind: "role"; paragraph: string; role: CorrectedRole | null };

/** What a fix run fixes: one finding, or every fixable finding of a rule. */
export type FixScope =
  { kind: "finding"; id: string; ruleId: string } | { kind: "rule"; ruleId: string };

/** A text change quoted for confirmation: the words around it before and after. */
export interface TextChange {
  paragraphIndex: number;
  before: string;
  after: string;
}

/** Fixing findings (fix one, fix all of a rule). */
export interface FixState {
  /** confirming: the dialog lists the text changes; applying: applyEdits in flight. */
  status: "idle" | "confirming" | "applying" | "done" | "error";
  scope: FixScope | null;
  plan: FixPlan | null;
  /** The plan's text changes, quoted (for the dialog). */
  changes: TextChange[];
  result: ApplyEditsResult | null;
  error: PaneError | null;
}

/** The 案例类别 control of the 申报书. */
export interface CategoryState {
  status: "idle" | "applying" | "done" | "error";
  /** The category being ticked. */
  name: string | null;
  /**
   * A choice made while a tick is written or re-checked (arrow keys move through a radio group
   * and choose as they go): applied once the re-check has read the form again, only the last.
   */
  queued: string | null;
  result: ApplyEditsResult | null;
  error: PaneError | null;
}

/** 导出提交材料 (R23, R25): the submission package. */
export interface ExportState {
  status: "idle" | "exporting" | "done" | "error";
  /** Files in the zip: "案例报告.docx", "案例报告.pdf", "图片/图1 ….jpg" … */
  fileNames: string[];
  /**
   * The report as .docx / PDF: included, or missing because the host does not give it (Word on
   * the web) or Word failed to. Null before an export.
   */
  report: "included" | "unsupported" | "failed" | null;
  pdf: "included" | "unsupported" | "failed" | null;
  /** Pictures converted from PNG to JPG. */
  converted: number;
  /** Pictures left in another format than JPG (file names). */
  notJpg: string[];
  /**
   * started: the zip's download was started; unavailable: this host blocks downloads (Office on
   * Mac/iPad webviews), the names and the CLI are offered instead; failed: starting it threw.
   */
  download: "started" | "unavailable" | "failed" | null;
  error: PaneError | null;
}

/** The export area before anything was exported. */
export const EXPORT_IDLE: ExportState = {
  status: "idle",
  fileNames: [],
  report: null,
  pdf: null,
  converted: 0,
  notJpg: [],
  download: null,
  error: null,
};

/** The write a restore point undoes: where its outcome (and 恢复) is shown. */
export type RestoreArea = "format" | "template" | "fix";

/**
 * 恢复 / 撤销修复 (issue 7, issue 9): putting back what the last write changed, from the restore
 * point the gateway kept. Shown where that write's outcome was shown (`area`; for a fix, the rule
 * and the paragraph of the row), cleared on the next action.
 */
export interface RestoreState {
  status: "idle" | "restoring" | "done" | "error";
  area: RestoreArea | null;
  /** The fix that was undone (its rule and paragraph place the outcome at its row). */
  scope: FixScope | null;
  /** The first paragraph the undone fix changed (the row's place in document order). */
  paragraphIndex: number | null;
  result: RestoreResult | null;
  error: PaneError | null;
}

/** The whole pane. */
export interface PaneState {
  check: CheckState;
  format: FormatState;
  template: TemplateState;
  decisions: DecisionsState;
  fix: FixState;
  category: CategoryState;
  export: ExportState;
  /** Failure of the last "go to finding". */
  selectError: PaneError | null;
  restore: RestoreState;
}

/** Every transition of the pane. */
export type PaneAction =
  | { type: "check/started"; request: number }
  | {
      type: "check/progress";
      request: number;
      paragraphs: number;
      partsRead: number;
      parts: number;
    }
  | { type: "check/read"; request: number; paragraphs: number }
  | { type: "check/provisional"; request: number; provisional: ProvisionalChecklist }
  | { type: "check/succeeded"; request: number; analysis: Analysis }
  | { type: "check/failed"; request: number; error: PaneError }
  | { type: "format/started" }
  | { type: "format/planned"; planned: number }
  | { type: "format/succeeded"; planned: number; result: ApplyEditsResult | null }
  | { type: "format/failed"; error: PaneError }
  | { type: "template/requested"; kind: TemplateKind }
  | { type: "template/confirmNeeded" }
  | { type: "template/cancelled" }
  | { type: "template/inserting" }
  | { type: "template/succeeded"; result: InsertTemplateResult }
  | { type: "template/failed"; error: PaneError }
  | { type: "decisions/loading" }
  | { type: "decisions/loaded"; state: DocumentState }
  | { type: "decisions/loadFailed"; error: PaneError }
  | { type: "decisions/changed"; change: DecisionChange }
  | { type: "decisions/writeStarted"; state: DocumentState }
  | { type: "decisions/written"; state: DocumentState }
  | { type: "decisions/writeFailed"; error: PaneError }
  | { type: "fix/confirmNeeded"; scope: FixScope; plan: FixPlan; changes: TextChange[] }
  | { type: "fix/cancelled" }
  | { type: "fix/applying"; scope: FixScope; plan: FixPlan }
  | { type: "fix/succeeded"; result: ApplyEditsResult }
  | { type: "fix/failed"; error: PaneError }
  | { type: "category/queued"; name: string | null }
  | { type: "category/applying"; name: string }
  | { type: "category/succeeded"; result: ApplyEditsResult }
  | { type: "category/failed"; error: PaneError }
  | { type: "export/started" }
  | ({ type: "export/succeeded" } & Omit<ExportState, "status" | "error">)
  | { type: "export/failed"; error: PaneError }
  | {
      type: "restore/started";
      area: RestoreArea;
      scope?: FixScope | null;
      paragraphIndex?: number | null;
    }
  | { type: "restore/succeeded"; result: RestoreResult }
  | { type: "restore/failed"; error: PaneError }
  | { type: "select/succeeded" }
  | { type: "select/failed"; error: PaneError }
  | { type: "error/dismissed"; area: ErrorArea };

/** The state before anything happened. */
export const initialPaneState: PaneState = {
  check: { status: "idle", latestRequest: 0, analysis: null, error: null },
  format: { status: "idle", planned: 0, result: null, error: null },
  template: { status: "idle", kind: null, result: null, error: null },
  decisions: {
    status: "loading",
    saved: EMPTY_DOCUMENT_STATE,
    current: EMPTY_DOCUMENT_STATE,
    writing: null,
    error: null,
    unreadableParts: 0,
  },
  fix: { status: "idle", scope: null, plan: null, changes: [], result: null, error: null },
  category: { status: "idle", name: null, queued: null, result: null, error: null },
  export: EXPORT_IDLE,
  selectError: null,
  restore: {
    status: "idle",
    area: null,
    scope: null,
    paragraphIndex: null,
    result: null,
    error: null,
  },
};

/**
 * Actions that start something new: the outcome of the last 一键排版 or fix (its success bar)
 * is cleared by them, so feedback never lingers beside an unrelated later action. Errors stay
 * until dismissed or retried.
 */
const CLEARS_FEEDBACK: ReadonlySet<PaneAction["type"]> = new Set<PaneAction["type"]>([
  "format/started",
  "fix/confirmNeeded",
  "fix/applying",
  "template/requested",
  "decisions/changed",
  "select/succeeded",
  "export/started",
  "category/applying",
  "template/inserting",
  "restore/started",
]);

/** `state` without the finished format / fix outcome when `action` starts something new. */
function clearFeedback(state: PaneState, action: PaneAction): PaneState {
  if (!CLEARS_FEEDBACK.has(action.type)) return state;
  let next = state;
  // 恢复 of a write keeps that write's outcome (and its 恢复) until the restore succeeds: a
  // refusal (修订 on, paragraphs edited since) leaves the point with the gateway, so the writer
  // can press 恢复 again once they have done what the refusal says.
  const restoring = action.type === "restore/started" ? action.area : null;
  if (
    state.format.status === "done" &&
    action.type !== "format/started" &&
    restoring !== "format"
  ) {
    next = { ...next, format: { ...next.format, status: "idle", result: null } };
  }
  if (state.fix.status === "done" && action.type !== "fix/applying" && restoring !== "fix") {
    next = { ...next, fix: initialPaneState.fix };
  }
  // The template's outcome stays (it says what the document now is), but its 恢复 is offered
  // only until the next action: a later write makes the gateway's point expire anyway.
  const templatePoint = state.template.result?.restorePoint;
  if (state.template.status === "done" && templatePoint && action.type !== "restore/started") {
    next = {
      ...next,
      template: { ...next.template, result: { ...state.template.result!, restorePoint: null } },
    };
  }
  if (state.restore.status === "done" || state.restore.status === "error") {
    next = { ...next, restore: initialPaneState.restore };
  }
  return next;
}

/** The restore point the outcome of `area` offers now (null when none). */
export function restorePointOf(state: PaneState, area: RestoreArea): RestorePoint | null {
  const slice = state[area];
  if (slice.status !== "done") return null;
  return slice.result?.restorePoint ?? null;
}

/** The pane's reducer (pure). */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  return reduce(clearFeedback(state, action), action);
}

function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "check/started":
      if (action.request <= state.check.latestRequest) return state;
      return {
        ...state,
        check: {
          ...state.check,
          status: "checking",
          latestRequest: action.request,
          progress: null,
        },
      };
    case "check/progress":
      if (action.request !== state.check.latestRequest) return state;
      return {
        ...state,
        check: {
          ...state.check,
          progress: {
            paragraphs: action.paragraphs,
            parts: { read: action.partsRead, total: action.parts },
          },
        },
      };
    case "check/read":
      if (action.request !== state.check.latestRequest) return state;
      return { ...state, check: { ...state.check, progress: { paragraphs: action.paragraphs } } };
    case "check/provisional":
      // Only before the first checklist: a re-check never flashes provisional rows.
      if (
        action.request !== state.check.latestRequest ||
        state.check.status !== "checking" ||
        state.check.analysis !== null
      )
        return state;
      return { ...state, check: { ...state.check, provisional: action.provisional } };
    case "check/succeeded":
      // A result of a superseded request is dropped: a newer one is running or has ended.
      if (action.request !== state.check.latestRequest) return state;
      return {
        ...state,
        check: {
          ...state.check,
          status: "ready",
          analysis: action.analysis,
          error: null,
          progress: null,
          provisional: null,
        },
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
          progress: null,
          provisional: null,
        },
      };
    case "format/started":
      if (state.format.status === "running") return state;
      return { ...state, format: { status: "running", planned: 0, result: null, error: null } };
    case "format/planned":
      if (state.format.status !== "running") return state;
      return { ...state, format: { ...state.format, planned: action.planned } };
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
    case "decisions/loading":
      return { ...state, decisions: { ...state.decisions, status: "loading", error: null } };
    case "decisions/loaded": {
      const saved = normalizeDocumentState(action.state);
      const unreadableParts = action.state.unreadableParts ?? 0;
      return {
        ...state,
        decisions: {
          status: "ready",
          saved,
          current: saved,
          writing: null,
          error: null,
          unreadableParts: Number.isInteger(unreadableParts) ? Math.max(0, unreadableParts) : 0,
        },
      };
    }
    case "decisions/loadFailed":
      return {
        ...state,
        decisions: {
          ...state.decisions,
          status: "error",
          error: keepIfSame(state.decisions.error, action.error),
        },
      };
    case "decisions/changed": {
      if (state.decisions.status !== "ready") return state;
      const current = applyDecision(state.decisions.current, action.change);
      if (current === state.decisions.current) return state;
      return { ...state, decisions: { ...state.decisions, current } };
    }
    case "decisions/writeStarted":
      return { ...state, decisions: { ...state.decisions, writing: action.state } };
    case "decisions/written":
      return {
        ...state,
        decisions: { ...state.decisions, saved: action.state, writing: null, error: null },
      };
    case "decisions/writeFailed":
      // Show what is saved: the decisions not written are undone in the pane too.
      return {
        ...state,
        decisions: {
          ...state.decisions,
          current: state.decisions.saved,
          writing: null,
          error: action.error,
        },
      };
    case "fix/confirmNeeded":
      if (isFixBusy(state.fix)) return state;
      return {
        ...state,
        fix: {
          status: "confirming",
          scope: action.scope,
          plan: action.plan,
          changes: action.changes,
          result: null,
          error: null,
        },
      };
    case "fix/cancelled":
      if (state.fix.status !== "confirming") return state;
      return { ...state, fix: initialPaneState.fix };
    case "fix/applying":
      if (state.fix.status === "applying") return state;
      return {
        ...state,
        fix: {
          ...state.fix,
          status: "applying",
          scope: action.scope,
          plan: action.plan,
          result: null,
          error: null,
        },
      };
    case "fix/succeeded":
      return {
        ...state,
        fix: { ...state.fix, status: "done", result: action.result, error: null },
      };
    case "fix/failed":
      return { ...state, fix: { ...state.fix, status: "error", error: action.error } };
    case "category/queued":
      return { ...state, category: { ...state.category, queued: action.name } };
    case "category/applying":
      if (state.category.status === "applying") return state;
      return {
        ...state,
        category: {
          status: "applying",
          name: action.name,
          queued: null,
          result: null,
          error: null,
        },
      };
    case "category/succeeded":
      return {
        ...state,
        category: { ...state.category, status: "done", result: action.result, error: null },
      };
    case "category/failed":
      return { ...state, category: { ...state.category, status: "error", error: action.error } };
    case "export/started":
      if (state.export.status === "exporting") return state;
      return {
        ...state,
        export: { ...EXPORT_IDLE, status: "exporting" },
      };
    case "export/succeeded":
      return {
        ...state,
        export: {
          status: "done",
          fileNames: action.fileNames,
          report: action.report,
          pdf: action.pdf,
          converted: action.converted,
          notJpg: action.notJpg,
          download: action.download,
          error: null,
        },
      };
    case "export/failed":
      return { ...state, export: { ...state.export, status: "error", error: action.error } };
    case "restore/started":
      if (state.restore.status === "restoring") return state;
      return {
        ...state,
        restore: {
          status: "restoring",
          area: action.area,
          scope: action.scope ?? null,
          paragraphIndex: action.paragraphIndex ?? null,
          result: null,
          error: null,
        },
      };
    case "restore/succeeded": {
      // The write's outcome gives way to the restore's, in the same place; its point is used up.
      const area = state.restore.area;
      const restore: RestoreState = {
        ...state.restore,
        status: "done",
        result: action.result,
        error: null,
      };
      if (area === "format") return { ...state, restore, format: initialPaneState.format };
      if (area === "fix") return { ...state, restore, fix: initialPaneState.fix };
      if (area === "template") return { ...state, restore, template: initialPaneState.template };
      return { ...state, restore };
    }
    case "restore/failed":
      return { ...state, restore: { ...state.restore, status: "error", error: action.error } };
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
    case "fix":
      return { ...state, fix: { ...state.fix, error: null } };
    case "decisions":
      return { ...state, decisions: { ...state.decisions, error: null } };
    case "category":
      return { ...state, category: { ...state.category, error: null } };
    case "export":
      return { ...state, export: { ...state.export, error: null } };
    case "restore":
      return { ...state, restore: initialPaneState.restore };
  }
}

function isFixBusy(f: FixState): boolean {
  return f.status === "confirming" || f.status === "applying";
}

/** A DocumentState with only string ids, each once (a defensive copy of what `readState` gave). */
export function normalizeDocumentState(s: DocumentState | null | undefined): DocumentState {
  const ids = (v: unknown): string[] =>
    Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === "string"))] : [];
  if (!s) return EMPTY_DOCUMENT_STATE;
  const out: DocumentState = {
    version: 1,
    ignoredFindingIds: ids(s.ignoredFindingIds),
    ignoredRules: ids(s.ignoredRules),
    handChecked: ids(s.handChecked),
  };
  if (Array.isArray(s.roleCorrections) && s.roleCorrections.length > 0)
    out.roleCorrections = [...s.roleCorrections];
  if (Array.isArray(s.preserved) && s.preserved.length > 0) out.preserved = [...s.preserved];
  return out;
}

/** True when two decision states hold the same ids (order does not matter). */
export function sameDecisions(a: DocumentState, b: DocumentState): boolean {
  if (a === b) return true;
  const same = (x: string[], y: string[]) => {
    if (x.length !== y.length) return false;
    const set = new Set(x);
    return y.every((v) => set.has(v));
  };
  const roles = (x: DocumentState) =>
    (x.roleCorrections ?? []).map((c) => `${c.paragraph}=${c.role}`);
  return (
    same(a.ignoredFindingIds, b.ignoredFindingIds) &&
    same(a.ignoredRules, b.ignoredRules) &&
    same(a.handChecked, b.handChecked) &&
    same(roles(a), roles(b))
  );
}

function withId(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}

function withoutIds(list: string[], ids: readonly string[]): string[] {
  const drop = new Set(ids);
  const kept = list.filter((x) => !drop.has(x));
  return kept.length === list.length ? list : kept;
}

/** `state` with `change` made; the same object when it changes nothing. */
export function applyDecision(state: DocumentState, change: DecisionChange): DocumentState {
  let next: DocumentState;
  switch (change.kind) {
    case "ignoreFinding":
      next = { ...state, ignoredFindingIds: withId(state.ignoredFindingIds, change.id) };
      break;
    case "restoreFindings":
      next = {
        ...state,
        ignoredFindingIds: change.ids ? withoutIds(state.ignoredFindingIds, change.ids) : [],
      };
      break;
    case "ignoreRule":
      next = { ...state, ignoredRules: withId(state.ignoredRules, change.ruleId) };
      break;
    case "restoreRule":
      next = { ...state, ignoredRules: withoutIds(state.ignoredRules, [change.ruleId]) };
      break;
    case "hand":
      next = {
        ...state,
        handChecked: change.checked
          ? withId(state.handChecked, change.id)
          : withoutIds(state.handChecked, [change.id]),
      };
      break;
    case "role":
      next = withRoleCorrection(state, change.paragraph, change.role);
      break;
  }
  return sameDecisions(next, state) ? state : next;
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
      // Why a restore point cannot be kept or used: the gateway's words (which paragraphs, why).
      ...(error.code === "notRestorable" && error.text ? { text: error.text } : {}),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { key: `${area}:unknown`, area, code: "unknown", partial: false, detail };
}

/** True while something writes to the document (the pane disables the other write actions). */
export function isWriting(state: PaneState): boolean {
  return (
    state.format.status === "running" ||
    isTemplateBusy(state.template) ||
    isFixBusy(state.fix) ||
    state.category.status === "applying" ||
    state.restore.status === "restoring"
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The more severe of two severities (null = none). */
export function worstOf(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/**
 * The status of a group (failed / passed / notApplicable). A group built before `status` existed
 * (hand-built data) is read as analyze counted it then: passed without an error or warning.
 */
export function statusOf(group: RuleGroup): RuleStatus {
  const status = (group as Partial<RuleGroup>).status;
  if (status === "failed" || status === "passed" || status === "notApplicable") return status;
  return group.worstSeverity === null || group.worstSeverity === "info" ? "passed" : "failed";
}

/** A rule passes (✓) when its status is "passed": not when it failed, nor when it did not apply. */
export function isPassing(group: RuleGroup): boolean {
  return statusOf(group) === "passed";
}

/** A rule that had nothing to check in this document (shown apart as 不适用, never as ✓). */
export function isNotApplicable(group: RuleGroup): boolean {
  return statusOf(group) === "notApplicable";
}

/**
 * The rule counts of a summary as the pane shows them: "{passed} / {applicable} 项通过", where
 * `applicable` leaves out the rules that did not apply (`notApplicable`, said apart).
 */
export function summaryCounts(summary: Checklist["summary"]): {
  passed: number;
  applicable: number;
  notApplicable: number;
} {
  const notApplicable = summary.rulesNotApplicable ?? 0;
  return {
    passed: summary.rulesPassed,
    applicable: Math.max(0, summary.rulesTotal - notApplicable),
    notApplicable,
  };
}

/**
 * The checklist as shown (ignored rules and findings taken out): core's `applyIgnores`, the one
 * place the writer's ignores are applied (`src/core/decisions.ts`).
 */
export { applyIgnores } from "../core/decisions";

/** A rule the writer ignored for this document, as "已忽略的检查项" lists it. */
export interface IgnoredRule {
  ruleId: string;
  /** The rule's title, or its id when the rule did not run (unknown to this version). */
  title: string;
  /** Findings the rule has now (not shown while it is ignored). */
  findings: number;
}

/** The ignored rules in `ignoredRules` order, titled from the checklist's groups. */
export function ignoredRuleGroups(
  checklist: Checklist | null,
  ignoredRules: readonly string[]
): IgnoredRule[] {
  return ignoredRules.map((ruleId) => {
    const g = checklist?.groups.find((x) => x.ruleId === ruleId);
    return { ruleId, title: g?.title ?? ruleId, findings: g?.findings.length ?? 0 };
  });
}

/** Ids of the findings of `checklist` the writer ignored once (present in this check). */
export function presentIgnoredIds(checklist: Checklist, ignored: readonly string[]): string[] {
  const present = new Set(checklist.groups.flatMap((g) => g.findings.map((f) => f.id)));
  return ignored.filter((id) => present.has(id));
}
