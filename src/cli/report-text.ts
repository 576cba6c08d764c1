/**
 * @fileoverview The text report of `case-report check`, in the task pane's words: per file the
 * 字数 table (value, requirement, status; R2, R5–R7) followed by the tallies of figures and tables
 * (R12, at most the profile's maximum) and photos (R21, at least its minimum) in the same columns;
 * the checks counted apart from the findings ("N / M 项通过 · K 项待填写后检查 · 另有 L 项不适用");
 * the findings counted by severity as the pane's verdict ("1 个错误 · 5 个提醒": 错误 / 提醒 / 提示)
 * with their place (第 N 段「quote」); the rules whose part is 未填写 (template placeholders), the
 * rules that did not apply (不适用, with the reason); the writer's decisions and the hand-checked
 * items (no requirement ids: those are data of `--json`); and the verdict. A line when the
 * document is empty or has no recognised report structure; for a document that is not a case
 * report, only that line; for a batch, one summary line. Columns are aligned by display width
 * (CJK = 2). Layer: cli.
 */
import { listSeparator } from "../core/messages";
import { t } from "../core";
import type { Analysis, Finding } from "../core";
import { FORMAT_RULE, verdictCounts } from "../core/verdict";
import type { CliContext } from "./context";
import type {
  CountReport,
  FileReport,
  FindingReport,
  FormattingReport,
  RuleReport,
  TallyReport,
} from "./check-report";

/** The line saying the document is empty or has no recognised report structure, or null. */
export function documentKindText(r: FileReport, ctx: CliContext): string | null {
  if (r.documentKind === "empty") return ctx.m("check.documentKind.empty");
  if (r.documentKind === "noReport") return ctx.m("check.documentKind.noReport");
  if (r.documentKind === "notReport") return ctx.m("check.documentKind.notReport");
  return null;
}

/** Between the parts of a count line, as the task pane joins its summary (locale-neutral). */
const SEP = " · ";

/** Findings by severity, as the task pane's verdict counts them (`check.summaryDetail` words). */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * `findings` counted as the task pane's verdict counts them (core's `verdictCounts`: each role's
 * formatting one problem, every other finding one).
 */
export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const v = verdictCounts(findings);
  return { errors: v.error, warnings: v.warning, infos: v.info };
}

/**
 * The findings counted in the task pane's words: "1 个错误 · 5 个提醒 · 2 个提示" (severities
 * without findings left out; 错误 / 提醒 / 提示 as the pane's badges), or "未发现问题".
 */
export function severityCountsText(c: SeverityCounts, ctx: CliContext): string {
  const parts: string[] = [];
  if (c.errors > 0) parts.push(ctx.m("check.count.errors", { count: c.errors }));
  if (c.warnings > 0) parts.push(ctx.m("check.count.warnings", { count: c.warnings }));
  if (c.infos > 0) parts.push(ctx.m("check.count.infos", { count: c.infos }));
  return parts.length > 0 ? parts.join(SEP) : ctx.m("check.count.none");
}

/**
 * The re-check after `format` or `fix`: the findings left, counted like the pane, and whether
 * the output was checked as a case report at all (`notReport`: it does not look like one — a
 * `format --force` of a thesis, say — so no rule ran and "no findings" would mislead).
 */
export interface RecheckCounts extends SeverityCounts {
  notReport: boolean;
}

/** The {@link RecheckCounts} of an analysis of the output. */
export function recheckCounts(a: Analysis): RecheckCounts {
  return {
    ...severityCounts(a.lint.findings),
    notReport: a.checklist.documentKind === "notReport",
  };
}

/**
 * The re-check line after `format` or `fix`: "排版后复查：1 个错误 · 3 个提醒（…）" in the words of
 * {@link severityCountsText}, "…复查：未发现问题。" when nothing is left, or that the output was not
 * checked as a report (`c.notReport`).
 */
export function recheckText(command: "format" | "fix", c: RecheckCounts, ctx: CliContext): string {
  if (c.notReport) return ctx.m(`${command}.afterNotReport`);
  return c.errors + c.warnings + c.infos === 0
    ? ctx.m(`${command}.afterClean`)
    : ctx.m(`${command}.after`, { counts: severityCountsText(c, ctx) });
}

/** True for a rule listed as 未填写: not applicable because its part holds only placeholders. */
export function isUnfilledRule(x: RuleReport): boolean {
  return x.status === "notApplicable" && x.unfilled === true;
}

/** True for a rule listed as 不适用: nothing to check here, and not because it is 未填写. */
export function isNotApplicableRule(x: RuleReport): boolean {
  return x.status === "notApplicable" && x.unfilled !== true;
}

/**
 * The checks counted apart from the findings, as the task pane's summary line: "检查项：N / M 项通过
 * · K 项待填写后检查 · 另有 L 项不适用。" — M leaves out the rules that did not apply (未填写 and
 * 不适用 alike), the two others are said only when there are some; null for a report without
 * rules (unreadable file).
 */
export function rulesSummaryText(r: FileReport, ctx: CliContext): string | null {
  const rules = r.rules ?? [];
  if (rules.length === 0) return null;
  const unfilled = rules.filter(isUnfilledRule).length;
  const notApplicable = rules.filter(isNotApplicableRule).length;
  const passed = rules.filter((x) => x.status === "pass" || x.status === "info").length;
  const total = rules.length - notApplicable - unfilled;
  const parts = [ctx.m("check.rulesPassed", { passed, total })];
  if (unfilled > 0) parts.push(ctx.m("check.rulesUnfilled", { count: unfilled }));
  if (notApplicable > 0) parts.push(ctx.m("check.rulesNotApplicable", { count: notApplicable }));
  return ctx.m("check.rulesSummary", { list: parts.join(SEP) });
}

/**
 * The rules whose part is 未填写 (the template's placeholders not yet replaced), under their own
 * heading that says what to do — never under 不适用, as in the task pane.
 */
export function unfilledLines(r: FileReport, ctx: CliContext): string[] {
  const list = (r.rules ?? []).filter(isUnfilledRule);
  if (list.length === 0) return [];
  return [
    ctx.m("check.unfilledHeading", { count: list.length }),
    ...list.map((x) => ctx.m("check.unfilledRule", { title: x.title })),
  ];
}

/** The rules that did not apply, each with its reason (不适用: not counted as passed; 未填写 apart). */
export function notApplicableLines(r: FileReport, ctx: CliContext): string[] {
  const list = (r.rules ?? []).filter(isNotApplicableRule);
  if (list.length === 0) return [];
  return [
    ctx.m("check.notApplicableHeading", { count: list.length }),
    ...list.map((x) =>
      x.reason
        ? ctx.m("check.notApplicableRuleReason", { title: x.title, reason: x.reason })
        : ctx.m("check.notApplicableRule", { title: x.title })
    ),
  ];
}

/** Display width of a string in a terminal: East Asian wide and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Pads `s` with spaces on the right (or left) to `width` display columns. */
export function pad(s: string, width: number, left = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return left ? fill + s : s + fill;
}

/** The unit as shown after a number (" 字" or "%"). */
export function unitText(unit: CountReport["unit"], ctx: CliContext): string {
  return unit === "%" ? ctx.m("unit.percent") : ctx.m("unit.char");
}

/** "要求 300–400 字", "要求不少于 3000 字", "要求不超过 20 字" or "无字数要求". */
export function requirementText(c: CountReport, ctx: CliContext): string {
  const unit = unitText(c.unit, ctx);
  if (c.min !== undefined && c.max !== undefined) {
    return ctx.m("count.requirement.range", { min: c.min, max: c.max, unit });
  }
  if (c.min !== undefined) return ctx.m("count.requirement.min", { min: c.min, unit });
  if (c.max !== undefined) return ctx.m("count.requirement.max", { max: c.max, unit });
  return ctx.m("count.requirement.none");
}

/**
 * The value of a count as shown ("3200 字", "71.2%"), or "—" when the part is missing or 未填写:
 * as in the task pane, a part that holds only the template's placeholders shows no number (the
 * headings of an unfilled 正文 are no content, and a 0% share of nothing written says nothing).
 */
export function valueText(c: CountReport, ctx: CliContext): string {
  if (c.status === "missing" || c.status === "unfilled") return "—";
  return ctx.m("count.value", { value: c.value, unit: unitText(c.unit, ctx) });
}

/** A tally's value with its unit: "2 张" (图, 照片) or "1 个" (表). */
export function tallyValueText(x: TallyReport, ctx: CliContext): string {
  return ctx.m(`tally.value.${x.id}`, { value: x.value });
}

/** A tally's bound: "不宜超过 10 张" (图), "不宜超过 10 个" (表), "要求不少于 2 张" (照片). */
export function tallyRequirementText(x: TallyReport, ctx: CliContext): string {
  if (x.min !== undefined) return ctx.m(`tally.min.${x.id}`, { min: x.min });
  if (x.max !== undefined) return ctx.m(`tally.max.${x.id}`, { max: x.max });
  return ctx.m("count.requirement.none");
}

/** A tally's status word: 符合, 不足 (too few photos), 过多 (too many figures or tables). */
export function tallyStatusText(x: TallyReport, ctx: CliContext): string {
  return ctx.m(`tally.status.${x.status}`);
}

/** Where a finding is, in words: "全文", "第 12 段「…」", "第 1 节", "第 2 张图片（第 8 段）". */
export function placeText(f: FindingReport, ctx: CliContext): string {
  switch (f.target) {
    case "paragraph":
      return f.quote === null
        ? ctx.m("place.paragraph", { paragraph: f.paragraph ?? 0 })
        : ctx.m("place.paragraphQuote", {
            paragraph: f.paragraph ?? 0,
            // "…" where the paragraph goes on, as the pane shows it
            quote: `${f.quoteCutStart ? "…" : ""}${f.quote}${f.quoteCutEnd ? "…" : ""}`,
          });
    case "picture":
      return ctx.m("place.picture", { picture: f.picture ?? 0, paragraph: f.paragraph ?? 0 });
    case "section":
      return ctx.m("place.section", { section: f.section ?? 0 });
    default:
      return ctx.m("place.document");
  }
}

/** At most this many runs of paragraph numbers are listed for a role's formatting ("…段等"). */
const MAX_RUNS = 8;

/**
 * Paragraph numbers in runs: "第 6–8、10、12 段" ("paragraphs 6–8, 10, 12"), the first
 * {@link MAX_RUNS} runs and "等" when there are more. `numbers` ascending, 1-based.
 */
export function paragraphsText(numbers: readonly number[], ctx: CliContext): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : String(numbers[i]));
    i = j + 1;
  }
  const sep = listSeparator(ctx.locale);
  return runs.length > MAX_RUNS
    ? ctx.m("check.paragraphsMore", { list: runs.slice(0, MAX_RUNS).join(sep) })
    : ctx.m("check.paragraphs", { list: runs.join(sep) });
}

/**
 * One role's formatting in the task pane's words ("正文 41 段格式不符：字体、字号、行距": its
 * `ui.check.format.*` messages, so both say the same).
 */
export function formattingText(x: FormattingReport, ctx: CliContext): string {
  const sep = listSeparator(ctx.locale);
  return t(
    "ui.check.format.role",
    {
      role: x.role,
      paragraphs: x.paragraphs,
      properties: x.properties
        .map((p) => t(`ui.check.format.property.${p}`, {}, ctx.locale))
        .join(sep),
    },
    ctx.locale
  );
}

/** How much of a file's text report is spelt out. */
export interface TextReportOptions {
  /**
   * List each item to confirm by hand (☐/✓, label, id) instead of one line counting them
   * (`check --hand`). The pane shows them collapsed behind a counter too (issue 9).
   */
  hand?: boolean;
}

/**
 * The text report of one file, ending with a blank line.
 * @param options what to spell out (the items to confirm by hand are one counting line unless
 *   `options.hand`)
 * @returns lines joined with "\n"
 */
export function renderFileText(
  r: FileReport,
  ctx: CliContext,
  options: TextReportOptions = {}
): string {
  const lines: string[] = [ctx.m("check.fileHeading", { file: r.file })];
  if (r.error) {
    lines.push(ctx.m("check.unreadable", { message: r.error.message }), "");
    return `${lines.join("\n")}\n`;
  }
  if (r.macros) lines.push(ctx.m("check.macros"));
  if (r.kind === "dotx" || r.kind === "dotm") lines.push(ctx.m("check.template"));
  const kindLine = documentKindText(r, ctx);
  if (kindLine) lines.push(kindLine);
  for (const note of r.stateNotes ?? []) lines.push(note);
  // not a case report: that one line, no counts and no report findings (issue 8)
  if (r.documentKind === "notReport") return `${[...lines, ""].join("\n")}\n`;
  // an empty document: the call to action and the verdict, not a wall of 缺少… (the pane's calm
  // state; --json keeps every finding)
  if (r.documentKind === "empty") {
    return `${[...lines, ctx.m("check.verdict.empty"), ""].join("\n")}\n`;
  }
  lines.push(ctx.m("check.countsHeading"));
  // 字数 rows, then the tallies (图/表/照片) in the same columns
  const tallies = r.tallies ?? [];
  const rows = [
    ...r.counts.map((c) => ({
      label: c.label,
      value: valueText(c, ctx),
      req: requirementText(c, ctx),
      status: ctx.m(`count.status.${c.status}`),
    })),
    ...tallies.map((x) => ({
      label: x.label,
      value: tallyValueText(x, ctx),
      req: tallyRequirementText(x, ctx),
      status: tallyStatusText(x, ctx),
    })),
  ];
  const labelWidth = Math.max(0, ...rows.map((x) => displayWidth(x.label))) + 2;
  const valueWidth = Math.max(0, ...rows.map((x) => displayWidth(x.value)));
  const reqWidth = Math.max(0, ...rows.map((x) => displayWidth(x.req)));
  rows.forEach((x, i) => {
    if (i === r.counts.length) lines.push(ctx.m("check.talliesHeading"));
    lines.push(
      `  ${pad(x.label, labelWidth)}${pad(x.value, valueWidth, true)}  ${pad(x.req, reqWidth)}  ${x.status}`
    );
  });
  // counted as the pane counts: each role's formatting one problem
  const { errors, warnings, infos } = r.verdict;
  const rulesLine = rulesSummaryText(r, ctx);
  if (rulesLine) lines.push(rulesLine);
  if (r.findings.length === 0) lines.push(ctx.m("check.noFindings"));
  else {
    lines.push(
      ctx.m("check.findingsHeading", {
        counts: severityCountsText({ errors, warnings, infos }, ctx),
      })
    );
    // the formatting per role first, as the pane's 格式 box: one line each, one command fixes all
    const formatting = r.formatting ?? [];
    for (const x of formatting) {
      lines.push(
        ctx.m("check.formatRole", {
          severity: ctx.m(`severity.${x.severity}`),
          summary: formattingText(x, ctx),
          places: paragraphsText(x.paragraphNumbers, ctx),
        })
      );
    }
    if (formatting.length > 0) lines.push(ctx.m("check.formatHint"));
    for (const f of r.findings) {
      if (formatting.length > 0 && f.ruleId === FORMAT_RULE) continue;
      lines.push(
        ctx.m("check.finding", {
          severity: ctx.m(`severity.${f.severity}`),
          place: placeText(f, ctx),
          message: f.message,
        })
      );
    }
  }
  lines.push(...unfilledLines(r, ctx));
  lines.push(...notApplicableLines(r, ctx));
  lines.push(...decisionLines(r, ctx, options));
  lines.push(
    errors > 0
      ? ctx.m("check.verdict.fail", { errors })
      : warnings > 0
        ? ctx.m("check.verdict.passWithWarnings", { warnings })
        : ctx.m("check.verdict.pass"),
    ""
  );
  return `${lines.join("\n")}\n`;
}

/**
 * The lines about the writer's decisions: ignored findings (with place and message), ignored
 * rules, and the hand-checked items: one line saying how many are ticked, or with `options.hand`
 * each item with ✓ (ticked) or ☐ and its id (the id `ignore --hand` takes).
 */
export function decisionLines(
  r: FileReport,
  ctx: CliContext,
  options: TextReportOptions = {}
): string[] {
  const lines: string[] = [];
  const ignored = r.ignored ?? [];
  if (ignored.length > 0) {
    lines.push(ctx.m("check.ignoredHeading", { count: ignored.length }));
    for (const f of ignored) {
      lines.push(ctx.m("check.ignoredFinding", { place: placeText(f, ctx), message: f.message }));
    }
  }
  const rules = r.ignoredRules ?? [];
  if (rules.length > 0) {
    const sep = listSeparator(ctx.locale);
    lines.push(
      ctx.m("check.ignoredRules", {
        count: rules.length,
        list: rules.map((x) => x.title).join(sep),
      })
    );
  }
  const hand = r.hand ?? [];
  if (hand.length > 0) {
    const done = hand.filter((h) => h.checked).length;
    if (options.hand !== true) {
      lines.push(
        done === hand.length
          ? ctx.m("check.handAllDone", { total: hand.length })
          : ctx.m("check.handCollapsed", { checked: done, total: hand.length })
      );
      return lines;
    }
    lines.push(ctx.m("check.handHeading", { checked: done, total: hand.length }));
    for (const h of hand) {
      lines.push(
        ctx.m("check.handItem", {
          mark: h.checked ? "✓" : "☐",
          label: h.label,
          id: h.id,
        })
      );
    }
  }
  return lines;
}

/**
 * The closing line of a batch: files checked, passed, failed, unreadable, and — when there are
 * some — the files that are not case reports (`notReport`, counted among `passed` by the JSON
 * tally): they are said apart and not called 通过, as their own reports do not judge them.
 */
export function renderBatchSummary(
  tally: { files: number; passed: number; failed: number; unreadable: number },
  ctx: CliContext,
  notReport = 0
): string {
  return notReport > 0
    ? `${ctx.m("check.batchSummaryNotReport", { ...tally, passed: tally.passed - notReport, notReport })}\n`
    : `${ctx.m("check.batchSummary", tally)}\n`;
}
