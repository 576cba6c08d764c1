/**
 * @fileoverview The shapes of a `check` report: one {@link FileReport} per file, as `--json`
 * prints it (version `JSON_VERSION` of ./check.ts) and as the text and HTML reports render it
 * (./report-text.ts, ./report-html.ts). Types only, so the renderers and ./check.ts, which builds
 * the reports, depend on this module and not on each other. Layer: cli.
 */
import type { Checklist, CountItem, Severity, TallyItem, Target } from "../core";
import type { FormatProperty } from "../core/verdict";

/** What kind of file a package is, from its main part's content type (or its extension). */
export type DocumentKind = "docx" | "docm" | "dotx" | "dotm" | "other";

/** One 字数 item of a file's report (from the core checklist's CountItem). */
export interface CountReport {
  id: CountItem["id"];
  /** Rendered label, e.g. "主要做法占正文". */
  label: string;
  /** 字 (Word's 字数, R34), or % for the share of 主要做法 (rounded down to 0.1). */
  value: number;
  unit: CountItem["unit"];
  min?: number;
  max?: number;
  status: CountItem["status"];
  requirementIds: string[];
}

/**
 * One tally of a file's report (R12 figures and tables, R21 photos): the number, the profile's
 * bound (`max` for figures and tables — 图、表不宜过多 —, `min` for photos) and the status.
 */
export interface TallyReport {
  id: TallyItem["id"];
  /** Rendered label: 图, 表, 照片. */
  label: string;
  value: number;
  min?: number;
  max?: number;
  /** "ok", "low" (too few photos) or "high" (more figures or tables than the profile's maximum). */
  status: "ok" | "low" | "high";
  requirementIds: string[];
}

/** One finding of a file's report. */
export interface FindingReport {
  /** Stable finding id (rule, message and place). */
  id: string;
  ruleId: string;
  requirementIds: string[];
  severity: Severity;
  message: string;
  /** What the finding points at. */
  target: Target["kind"];
  /** 1-based paragraph number in Word's paragraph order (table paragraphs included), or null. */
  paragraph: number | null;
  /** [start, end) in the paragraph text (UTF-16 offsets), or null. */
  span: [number, number] | null;
  /** At most {@link QUOTE_MAX} characters of the paragraph around the span, or null. */
  quote: string | null;
  /** With a quote: the paragraph's text goes on before it (added within JSON version 1). */
  quoteCutStart?: boolean;
  /** With a quote: the paragraph's text goes on after it (added within JSON version 1). */
  quoteCutEnd?: boolean;
  /** 1-based section number (section targets). */
  section?: number;
  /** 1-based picture number (picture targets). */
  picture?: number;
}

/**
 * The formatting findings of one paragraph role (rule role-format, one finding per attribute per
 * paragraph) summarised as the task pane shows them: "正文 41 段格式不符：字体、行距", one problem
 * that one `case-report format` fixes (core's `summariseFormatting`).
 */
export interface FormattingReport {
  /** The role's name in the report's locale ("正文", "body text"). */
  role: string;
  /** Paragraphs of this role whose format differs from the prescribed one. */
  paragraphs: number;
  /** Their 1-based numbers (as `findings[].paragraph`), in document order. */
  paragraphNumbers: number[];
  /** The attributes that differ. */
  properties: FormatProperty[];
  /** The worst severity of the role's findings. */
  severity: Severity;
}

/** The findings counted as the writer is shown them (core's `verdictCounts`). */
export interface VerdictCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The status of a rule in `--json`, from the checklist's `RuleGroup.status`: a failed rule gives
 * the worst severity of its findings ("error" | "warning"); a passed one "pass", or "info" when
 * it passed with notes; a rule that did not apply "notApplicable" (never "pass"). The JSON v1
 * values are kept: "notApplicable" is the one value added.
 */
export type RuleReportStatus = "pass" | "notApplicable" | Severity;

/** One rule of a file's checklist. */
export interface RuleReport {
  ruleId: string;
  title: string;
  requirementIds: string[];
  /** See {@link RuleReportStatus}. */
  status: RuleReportStatus;
  /** Why the rule did not apply, rendered (e.g. 文档中没有申报书); only with "notApplicable". */
  reason?: string;
  /**
   * True when the rule did not apply because its part is 未填写 — it holds only the template's
   * placeholders (`isUnfilledReason`); the reports list it as 未填写, apart from 不适用. Only with
   * "notApplicable"; added within JSON version 1.
   */
  unfilled?: true;
}

/** What the document is: "empty", "noReport" (no case-report part recognised) or "report". */
export type ContentKind = NonNullable<Checklist["documentKind"]>;

/** One hand-checked item of a file's checklist (kind H of requirements.md). */
export interface HandReport {
  id: string;
  label: string;
  requirementIds: string[];
  /** True when the writer ticked it (DocumentState.handChecked). */
  checked: boolean;
}

/** A rule the writer chose to ignore for this document (not run). */
export interface IgnoredRuleReport {
  ruleId: string;
  /** The rule's title, or the id when this version does not know the rule. */
  title: string;
}

/** The report of one file: what `--json` prints per file, and what the text and HTML show. */
export interface FileReport {
  file: string;
  /** True when the file was read and has no finding of error severity. */
  ok: boolean;
  kind: DocumentKind;
  /** True when the package holds a VBA project (never run; reported). */
  macros: boolean;
  /** Set when the file could not be read: a machine code and the user message. */
  error?: { code: string; message: string };
  counts: CountReport[];
  /** Figures, tables (R12) and photos (R21) with their bounds; [] when the file could not be read. */
  tallies: TallyReport[];
  findings: FindingReport[];
  rules: RuleReport[];
  /**
   * The role-format findings summarised per role (see {@link FormattingReport}); the text and
   * HTML reports show these lines instead of one row per attribute per paragraph. Added within
   * JSON version 1.
   */
  formatting: FormattingReport[];
  /**
   * The findings counted as the task pane and the text and HTML reports show them: each role of
   * `formatting` is one problem, every other finding one (`summary` counts every finding).
   * Added within JSON version 1.
   */
  verdict: VerdictCounts;
  /**
   * Findings by severity, and rules by status: `rulesPassed` passed, `rulesNotApplicable` did
   * not apply, of `rulesTotal` (failed = total − passed − not applicable).
   */
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    rulesPassed: number;
    rulesNotApplicable: number;
    rulesTotal: number;
  };
  /**
   * What the document is (see {@link ContentKind}); absent when the file could not be read.
   * "empty" and "noReport" are said in a line of the text and HTML reports.
   */
  documentKind?: ContentKind;
  /**
   * Lines about the saved decisions this version could not use (damaged parts, entries it does
   * not know: `stateIssues`); absent when there are none. Added within JSON version 1.
   */
  stateNotes?: string[];
  /** Findings the writer ignored once (saved in the document): not in `findings` nor the verdict. */
  ignored: FindingReport[];
  /** Rules the writer ignored for this document: not run. */
  ignoredRules: IgnoredRuleReport[];
  /** Items to confirm by hand, with the writer's ticks. */
  hand: HandReport[];
}
