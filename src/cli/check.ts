/**
 * @fileoverview `case-report check`: checks .docx/.docm/.dotx files one at a time — read, check,
 * print (text or JSON, plus the optional HTML page) and drop each document before reading the
 * next — with the same `analyze` the add-in runs (R1–R34 as covered by the rules). Defines the
 * per-file report (`FileReport`, the JSON form documented in `--help`) and the quote of a
 * finding's place. Exit status: 0 all passed, 1 error-severity findings, 2 a file unreadable.
 *
 * The writer's decisions saved in each file (DocumentState, custom XML part; see
 * `src/ooxml/decisions-part.ts`) are honoured as in the add-in: findings ignored once and rules ignored
 * are left out of the verdict and listed as "已忽略"; the hand-checked items (checklist `hand`,
 * R5, R8, R9, R12, R20, R23–R26) are listed with ✓ (ticked) or ☐.
 *
 * Rules follow the checklist's status (failed / passed / notApplicable): a rule that had nothing
 * to check in the file (no 申报书 for the form-* rules, no 题目 …) is "notApplicable" in `--json`,
 * listed apart as 不适用 in the text and HTML reports, and not counted as passed ("N / M 项通过"
 * with M = rules − not applicable). An empty document or one without a recognised report
 * structure is said in a line of its report (`documentKind`).
 *
 * Each report also carries the tallies of figures and tables (R12, at most the profile's
 * `figureTableMax`) and photos (R21, at least `pictures.minCount`) with a status (`tallies`, a
 * field added within JSON version 1). The text output starts with the profile's name (依据：…);
 * the profile is the built-in one or the `--profile` file (`./profile.ts`). Besides .docx zips,
 * Word XML documents (flat OPC, `pkg:package` root; `flatOpcText`) are read, whatever their
 * extension; another `.xml` file is refused as 不是 Word XML 文档. Layer: cli.
 */
import * as path from "path";
import {
  analyzeDecided,
  allRules,
  PROFILE_2023,
  t,
  type Analysis,
  type Checklist,
  type DocumentState,
  type Finding,
  type Profile,
  type TallyItem,
} from "../core";
import { OoxmlError } from "../ooxml/errors";
import { mainDocumentPart, readFlatOpc, type OpcPackage } from "../ooxml/package";
import { readDocx, type ZipLoader } from "../ooxml/zip";
import { parsePackage } from "../ooxml/parse";
import { readDocumentState, stateIssues } from "../ooxml/decisions-part";
import type {
  DocumentKind,
  CountReport,
  TallyReport,
  FindingReport,
  FormattingReport,
  RuleReportStatus,
  RuleReport,
  FileReport,
} from "./check-report";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import {
  expandInputs,
  extensionOf,
  flatOpcText,
  fsReason,
  openInputFile,
  refuseOutputIsInput,
  type InputItem,
  type OpenedInput,
} from "./files";
import { HtmlReport } from "./report-html";
import { quoteAround } from "../core/excerpt";
import { isUnfilledReason } from "../core/placeholder";
import { summariseFormatting } from "../core/verdict";
import { renderBatchSummary, renderFileText, severityCounts } from "./report-text";

/** Version of the `--json` format; raised only for incompatible changes (fields are only added within a version). */
export const JSON_VERSION = 1;

export { QUOTE_MAX, quoteAround } from "../core/excerpt";

/** Options of {@link runCheck}. */
export interface CheckOptions {
  json?: boolean;
  /** Path of the HTML page to write (relative to cwd). */
  html?: string;
  /** Show progress on stderr even when it is not a terminal. */
  progress?: boolean;
  /** List each item to confirm by hand in the text report (otherwise one counting line). */
  hand?: boolean;
  profile?: Profile;
}

const CT_KIND: Record<string, DocumentKind> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
  "application/vnd.ms-word.document.macroenabled.main+xml": "docm",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "dotx",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml": "dotm",
};

/** Content type of a VBA project part. */
export const CT_VBA_PROJECT = "application/vnd.ms-office.vbaProject";

/** True when `name`/`contentType` is a VBA macro part (project, its data, or toolbar customisations). */
export function isMacroPart(name: string, contentType: string): boolean {
  const ct = contentType.toLowerCase();
  return (
    ct === CT_VBA_PROJECT.toLowerCase() ||
    ct === "application/vnd.ms-word.vbadata+xml" ||
    ct === "application/vnd.ms-word.attachedtoolbars" ||
    ct === "application/vnd.ms-word.keymapcustomizations+xml" ||
    /\/vbaProject\.bin$/i.test(name) ||
    /\/vbaData\.xml$/i.test(name)
  );
}

/** Names of the macro parts of a package (see {@link isMacroPart}). */
export function macroPartNames(pkg: OpcPackage): string[] {
  const out: string[] = [];
  for (const [name, part] of pkg.parts) if (isMacroPart(name, part.contentType)) out.push(name);
  return out;
}

/** The kind of a package: from its main part's content type, else from the file extension. */
export function documentKind(pkg: OpcPackage, mainPart: string, fileName: string): DocumentKind {
  const part =
    pkg.parts.get(mainPart) ??
    [...pkg.parts.values()].find((p) => p.name.toLowerCase() === mainPart.toLowerCase());
  const byCt = part ? CT_KIND[part.contentType.toLowerCase()] : undefined;
  if (byCt) return byCt;
  const ext = extensionOf(fileName).slice(1);
  return ext === "docx" || ext === "docm" || ext === "dotx" || ext === "dotm" ? ext : "other";
}

/** Builds the report of one finding: 1-based paragraph, span and quote of its place. */
export function findingReport(f: Finding, paragraphs: readonly { text: string }[]): FindingReport {
  const target = f.target;
  let paragraph: number | null = null;
  let span: [number, number] | null = null;
  let quote: string | null = null;
  const extra: {
    section?: number;
    picture?: number;
    quoteCutStart?: boolean;
    quoteCutEnd?: boolean;
  } = {};
  if (target.kind === "paragraph" || target.kind === "picture") {
    const index = target.paragraph.index;
    paragraph = index + 1;
    if (target.kind === "paragraph" && target.span) span = [target.span[0], target.span[1]];
    if (target.kind === "picture") extra.picture = target.picture + 1;
    const text = paragraphs[index]?.text ?? "";
    const q = quoteAround(text, span);
    quote = q.quote.trim() === "" ? null : q.quote;
    if (quote !== null) {
      extra.quoteCutStart = q.cutStart;
      extra.quoteCutEnd = q.cutEnd;
    }
  } else if (target.kind === "section") {
    extra.section = target.section + 1;
  }
  return {
    id: f.id,
    ruleId: f.ruleId,
    requirementIds: [...f.requirementIds],
    severity: f.severity,
    message: f.message,
    target: target.kind,
    paragraph,
    span,
    quote,
    ...extra,
  };
}

/** The report of a file that could not be read. */
export function errorReport(file: string, code: string, message: string): FileReport {
  const kind = extensionOf(file).slice(1);
  return {
    file,
    ok: false,
    kind: kind === "docx" || kind === "docm" || kind === "dotx" || kind === "dotm" ? kind : "other",
    macros: false,
    error: { code, message },
    counts: [],
    tallies: [],
    findings: [],
    rules: [],
    formatting: [],
    verdict: { errors: 0, warnings: 0, infos: 0 },
    summary: {
      errors: 0,
      warnings: 0,
      infos: 0,
      rulesPassed: 0,
      rulesNotApplicable: 0,
      rulesTotal: 0,
    },
    ignored: [],
    ignoredRules: [],
    hand: [],
  };
}

/**
 * The tallies of a checklist for the report (bounds and status from core's `buildTallies`):
 * figures and tables at most `figureTableMax` (R12), photos at least `pictures.minCount` (R21).
 */
export function tallyReports(tallies: readonly TallyItem[], ctx: CliContext): TallyReport[] {
  return tallies.map((item) => {
    const label = t(item.labelId, {}, ctx.locale);
    const requirementIds = [...item.requirementIds];
    const { id, value, status } = item;
    if (item.min !== undefined) return { id, label, value, min: item.min, status, requirementIds };
    return { id, label, value, max: item.max, status, requirementIds };
  });
}

/**
 * The role-format findings of `findings` summarised per role, as the task pane shows them (core's
 * `summariseFormatting`), with the role's name in the report's locale.
 */
export function formattingReports(
  findings: readonly Finding[],
  ctx: CliContext
): FormattingReport[] {
  return summariseFormatting(findings).map((s) => ({
    role: ctx.locale === "zh-CN" ? s.role : s.roleEn,
    paragraphs: s.paragraphs,
    paragraphNumbers: s.paragraphIndexes.map((i) => i + 1),
    properties: s.properties,
    severity: s.worst,
  }));
}

/** The `--json` status of a checklist group (see {@link RuleReportStatus}). */
export function ruleReportStatus(g: Checklist["groups"][number]): RuleReportStatus {
  switch (g.status) {
    case "notApplicable":
      return "notApplicable";
    case "failed":
      return g.worstSeverity === "warning" ? "warning" : "error";
    case "passed":
      return g.worstSeverity === "info" ? "info" : "pass";
  }
}

/** The report of each rule of `checklist`, with its status and, when it did not apply, why. */
export function ruleReports(checklist: Checklist, ctx: CliContext): RuleReport[] {
  return checklist.groups.map((g) => {
    const out: RuleReport = {
      ruleId: g.ruleId,
      title: g.title,
      requirementIds: [...g.requirementIds],
      status: ruleReportStatus(g),
    };
    if (g.status === "notApplicable" && g.notApplicableId) {
      out.reason = t(g.notApplicableId, {}, ctx.locale);
      if (isUnfilledReason(g.notApplicableId)) out.unfilled = true;
    }
    return out;
  });
}

/**
 * What to tell the writer about the saved decisions of `pkg` that this version could not use:
 * damaged parts of ours (not applied), entries it does not know (kept, not applied). Empty when
 * all is well.
 */
export function stateNotes(pkg: OpcPackage, ctx: CliContext): string[] {
  const { preserved, unreadableParts } = stateIssues(pkg);
  const out: string[] = [];
  if (unreadableParts > 0) out.push(ctx.m("state.unreadable", { count: unreadableParts }));
  if (preserved > 0) out.push(ctx.m("state.preserved", { count: preserved }));
  return out;
}

/** The "ignored" and "hand" parts of a file's report from an analysis and the saved state. */
export function decisionsReport(
  analysis: Analysis,
  state: DocumentState,
  paragraphs: readonly { text: string }[],
  ctx: CliContext
): Pick<FileReport, "ignored" | "ignoredRules" | "hand"> {
  const ticked = new Set(state.handChecked);
  return {
    ignored: analysis.lint.ignored.map((f) => findingReport(f, paragraphs)),
    ignoredRules: state.ignoredRules.map((ruleId) => {
      const rule = allRules.find((r) => r.meta.id === ruleId);
      return { ruleId, title: rule ? t(rule.meta.titleId, {}, ctx.locale) : ruleId };
    }),
    hand: analysis.checklist.hand.map((h) => ({
      id: h.id,
      label: h.label,
      requirementIds: [...h.requirementIds],
      checked: ticked.has(h.id),
    })),
  };
}

/** Turns any error of reading/checking into a (code, message) pair for the user. */
export function describeError(e: unknown, ctx: CliContext): { code: string; message: string } {
  if (e instanceof OoxmlError) return { code: e.code, message: e.textIn(ctx.locale) };
  if (e instanceof CliFailure) return { code: e.code, message: e.message };
  const detail =
    e instanceof Error
      ? `${e.name}: ${e.message}`.replace(/\n[\s\S]*/, "").slice(0, 200)
      : String(e);
  return { code: "internal", message: ctx.m("internal.error", { detail }) };
}

/**
 * Reads the package of a document: a Word XML document (flat OPC, `pkg:package` root, whatever
 * the extension; see `flatOpcText`) as text, anything else as a .docx zip. A `.xml` file that is
 * not a Word XML document is refused with a message saying so (not the zip reader's "not a .docx").
 * @throws CliFailure "notWordXml"; OoxmlError from the readers
 */
export function readPackage(
  bytes: Uint8Array,
  file: string,
  ctx: CliContext,
  load?: ZipLoader
): { pkg: OpcPackage; source: "docx" | "flatOpc" } {
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const xml = isZip ? null : flatOpcText(bytes);
  if (xml !== null) return { pkg: readFlatOpc(xml), source: "flatOpc" };
  if (!isZip && extensionOf(file) === ".xml") {
    throw new CliFailure("notWordXml", ctx.m("check.notWordXml", { path: file }));
  }
  return { pkg: readDocx(bytes, undefined, load), source: "docx" };
}

/**
 * Checks the bytes of one document (R1–R34 via `analyze`).
 * @param file the name shown in the report
 * @returns the report; never throws (unreadable input gives a report with `error`)
 */
export function checkBytes(
  bytes: Uint8Array,
  file: string,
  ctx: CliContext,
  profile: Profile = PROFILE_2023,
  load?: ZipLoader
): FileReport {
  try {
    const { pkg, source } = readPackage(bytes, file, ctx, load);
    const main = mainDocumentPart(pkg);
    const kind = documentKind(pkg, main, file);
    const macros = macroPartNames(pkg).length > 0;
    const doc = parsePackage(pkg, source);
    const state = readDocumentState(pkg);
    const notes = stateNotes(pkg, ctx);
    const analysis = analyzeDecided(doc, profile, state, { locale: ctx.locale });
    const { checklist, lint } = analysis;
    const counts: CountReport[] = checklist.counts.map((c) => {
      const out: CountReport = {
        id: c.id,
        label: t(c.labelId, {}, ctx.locale),
        value: c.value,
        unit: c.unit,
        status: c.status,
        requirementIds: [...c.requirementIds],
      };
      if (c.min !== undefined) out.min = c.min;
      if (c.max !== undefined) out.max = c.max;
      return out;
    });
    const findings = lint.findings.map((f) => findingReport(f, doc.paragraphs));
    const rules = ruleReports(checklist, ctx);
    const { errors, warnings, infos, rulesPassed, rulesTotal } = checklist.summary;
    const rulesNotApplicable =
      checklist.summary.rulesNotApplicable ??
      checklist.groups.filter((g) => g.status === "notApplicable").length;
    return {
      file,
      ok: errors === 0,
      kind,
      macros,
      counts,
      tallies: tallyReports(checklist.tallies, ctx),
      findings,
      rules,
      formatting: formattingReports(lint.findings, ctx),
      verdict: severityCounts(lint.findings),
      summary: { errors, warnings, infos, rulesPassed, rulesNotApplicable, rulesTotal },
      documentKind: checklist.documentKind ?? "report",
      ...(notes.length > 0 ? { stateNotes: notes } : {}),
      ...decisionsReport(analysis, state, doc.paragraphs, ctx),
    };
  } catch (e) {
    const { code, message } = describeError(e, ctx);
    return errorReport(file, code, message);
  }
}

/** Reads and checks one input item; never throws. */
export function checkItem(item: InputItem, ctx: CliContext, profile?: Profile): FileReport {
  if (item.error) return errorReport(item.display, item.error.code, item.error.message);
  let input: OpenedInput;
  try {
    // read piece by piece: the zip directory, the XML parts and the pictures' heads
    input = openInputFile(item.path, item.display, ctx);
  } catch (e) {
    const { code, message } = describeError(e, ctx);
    return errorReport(item.display, code, message);
  }
  try {
    return checkBytes(input.bytes, item.display, ctx, profile, input.load);
  } finally {
    input.close();
  }
}

/** The message for a failure while writing the HTML page (a file-system error names the page). */
function htmlError(e: unknown, file: string, ctx: CliContext): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (!(e instanceof CliFailure) && typeof code === "string") {
    return ctx.m("file.writeFailed", { path: file, reason: fsReason(e, ctx) });
  }
  return describeError(e, ctx).message;
}

/**
 * Exit status of a batch: 2 if any file was unreadable, else 1 if any has errors or is not a case
 * report (a thesis is not a report that passed: a script must not count it as one), else 0.
 */
export function exitCodeOf(tally: {
  unreadable: number;
  failed: number;
  notReport?: number;
}): ExitCode {
  if (tally.unreadable > 0) return EXIT.failure;
  if (tally.failed > 0 || (tally.notReport ?? 0) > 0) return EXIT.findings;
  return EXIT.ok;
}

/**
 * Runs `case-report check` over `inputs` (files and folders; see {@link expandInputs}), printing
 * each file's report as soon as it is checked (text, or JSON with `options.json`) and adding it to
 * the HTML page (`options.html`). Progress goes to stderr when it is a terminal or
 * `options.progress`. Only one document is in memory at a time.
 * @returns the exit status (see {@link exitCodeOf}); 2 also when nothing could be checked or the
 *   HTML page could not be written
 */
export function runCheck(
  inputs: readonly string[],
  options: CheckOptions,
  ctx: CliContext
): ExitCode {
  const profile = options.profile ?? PROFILE_2023;
  const { io } = ctx;
  const { items, notes } = expandInputs(inputs, ctx);
  for (const note of notes) io.stderr.write(`${note}\n`);
  if (items.length === 0) {
    io.stderr.write(`${ctx.m("file.nothingToCheck")}\n`);
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({
          version: JSON_VERSION,
          tool: "case-report",
          profile: profile.id,
          files: [],
          summary: { files: 0, passed: 0, failed: 0, unreadable: 0 },
        })}\n`
      );
    }
    return EXIT.failure;
  }

  let html: HtmlReport | null = null;
  if (options.html !== undefined) {
    try {
      refuseOutputIsInput(
        path.resolve(io.cwd, options.html),
        options.html,
        items.map((it) => it.path),
        ctx
      );
      html = HtmlReport.open(options.html, ctx, profile);
    } catch (e) {
      io.stderr.write(`${htmlError(e, options.html, ctx)}\n`);
      return EXIT.failure;
    }
  }

  // not case reports: in `passed` of the JSON tally (its v1 meaning: files without errors) and
  // counted apart in `notReport` (added), said apart in the text summary, exit status 1
  const tally = { files: 0, passed: 0, failed: 0, unreadable: 0, notReport: 0 };
  // [i/n] lines for batches on a terminal, or always with --progress
  const showProgress = options.progress === true || (io.stderr.isTTY === true && items.length > 1);
  try {
    if (options.json) {
      io.stdout.write(
        `{"version":${JSON_VERSION},"tool":"case-report","profile":${JSON.stringify(profile.id)},"files":[`
      );
    }
    for (const [i, item] of items.entries()) {
      if (showProgress) {
        io.stderr.write(
          `${ctx.m("progress.item", { index: i + 1, total: items.length, file: item.display })}\n`
        );
      }
      const report = checkItem(item, ctx, profile);
      tally.files++;
      if (report.error) tally.unreadable++;
      else if (report.ok) tally.passed++;
      else tally.failed++;
      if (!report.error && report.ok && report.documentKind === "notReport") tally.notReport++;
      if (options.json) io.stdout.write(`${i === 0 ? "" : ","}\n${JSON.stringify(report)}`);
      else {
        // the profile's name heads the text output (written with the first report)
        const head = i === 0 ? `${ctx.m("check.profileLine", { profile: profile.name })}\n` : "";
        io.stdout.write(head + renderFileText(report, ctx, { hand: options.hand }));
      }
      html?.add(report);
    }
    if (options.json) io.stdout.write(`\n],"summary":${JSON.stringify(tally)}}\n`);
    else if (items.length > 1) io.stdout.write(renderBatchSummary(tally, ctx, tally.notReport));
    if (html) {
      const shown = options.html ?? "";
      html.finish();
      html = null;
      io.stderr.write(`${ctx.m("check.htmlWritten", { path: shown })}\n`);
    }
  } catch (e) {
    io.stderr.write(`${htmlError(e, options.html ?? "", ctx)}\n`);
    return EXIT.failure;
  } finally {
    html?.abort();
  }
  return exitCodeOf(tally);
}
