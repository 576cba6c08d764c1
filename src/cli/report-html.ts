/**
 * @fileoverview The `--html` page of `case-report check`: ONE self-contained HTML file for a
 * whole batch (inline CSS, no scripts, no external assets — a Content-Security-Policy forbids
 * them — readable offline and printable): a summary table of all files, then each file's
 * checklist (字数 with bounds and progress bars, then the tallies of figures, tables — R12 — and
 * photos — R21 — with their bounds and status, the findings counted by severity and the checks
 * counted apart in the task pane's words ("1 个错误 · 5 个提醒", "N / M 项通过 · K 项待填写后检查"),
 * every check with ✓ or its findings and places, the checks whose part is 未填写 (template
 * placeholders) and those that did not apply (不适用, with the reason) apart — never ✓ —, the
 * findings and rules the writer ignored, the hand-checked items with ✓/☐; no requirement ids,
 * which are data of `--json`), with a note when
 * the document is empty or has no recognised report structure.
 * All document text is escaped. Streaming: each file's section is appended to a temporary file
 * as soon as it is checked (only one summary row per file is kept in memory); `finish` writes
 * head, summary and sections into a second temporary file and renames it over the target, so
 * a failed run never leaves a half-written page or a temporary file. Layer: cli.
 */
import { listSeparator } from "../core/messages";
import * as fs from "fs";
import * as path from "path";
import type { Profile } from "../core";
import { t } from "../core";
import { FORMAT_RULE } from "../core/verdict";
import { stripUnsafe, type CliContext } from "./context";
import type { FileReport, FindingReport } from "./check-report";
import { appendFileTo, checkOutputPath, removeQuietly, tempPathFor } from "./files";
import {
  documentKindText,
  formattingText,
  isNotApplicableRule,
  isUnfilledRule,
  paragraphsText,
  placeText,
  requirementText,
  rulesSummaryText,
  severityCountsText,
  tallyRequirementText,
  tallyStatusText,
  tallyValueText,
  valueText,
} from "./report-text";

/** Escapes text for HTML element content and attribute values (control and bidi-override characters removed: see UNSAFE_OUTPUT). */
export function escapeHtml(s: string): string {
  return stripUnsafe(s).replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"
  );
}

const CSS = `
:root{--ok:#107c10;--err:#c50f1f;--warn:#8a5300;--info:#115ea3;--line:#d1d1d1;--muted:#616161}
*{box-sizing:border-box}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#242424;line-height:1.6}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;padding-top:16px;border-top:2px solid var(--line);word-break:break-all}
h3{font-size:16px;margin:16px 0 6px}
.meta{color:var(--muted);margin:0 0 16px}
table{border-collapse:collapse;width:100%;margin:4px 0 12px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5;font-weight:600}
td.num{text-align:right;white-space:nowrap}
.badge{display:inline-block;border-radius:4px;padding:0 8px;color:#fff;font-size:14px;white-space:nowrap}
.badge.pass{background:var(--ok)}.badge.fail{background:var(--err)}.badge.unreadable,.badge.notReport,.badge.empty{background:#605e5c}
.st-ok{color:var(--ok)}.st-low,.st-high,.st-missing{color:var(--err)}.st-unfilled{color:var(--muted)}
.bar{display:inline-block;width:120px;height:8px;background:#e0e0e0;border-radius:4px;vertical-align:middle;margin-left:8px;overflow:hidden}
.bar>span{display:block;height:100%;background:var(--ok)}
.bar.short>span{background:var(--err)}
ul.rules{list-style:none;padding:0;margin:0}
ul.rules>li{margin:6px 0}
.mark{display:inline-block;width:1.4em;font-weight:700}
.rule-pass .mark{color:var(--ok)}.rule-notApplicable,.rule-unfilled{color:var(--muted)}.rule-notApplicable .mark,.rule-unfilled .mark{color:var(--muted)}.rule-error .mark{color:var(--err)}.rule-warning .mark{color:var(--warn)}.rule-info .mark{color:var(--info)}
.hint{color:var(--muted);font-size:14px;margin:0 0 4px}
.verdict{font-weight:600;margin:0}
ul.format{list-style:none;padding:0;margin:4px 0}ul.format>li{margin:2px 0}
.places{color:var(--muted);margin-left:6px}
details{margin:4px 0}summary{cursor:pointer;color:#0f6cbd}
ul.hand{list-style:none;padding:0;margin:0}ul.hand>li{margin:4px 0}.hand-done .mark{color:var(--ok)}.hand-open .mark{color:var(--muted)}
.ignored{color:var(--muted)}
.sev{white-space:nowrap;font-weight:600}.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
.place{width:32%;word-break:break-all}
.note{background:#fff4ce;border-left:4px solid #c19c00;padding:6px 10px}
.error-box{background:#fde7e9;border-left:4px solid var(--err);padding:6px 10px}
a{color:#0f6cbd}
h2.first{border-top:none;margin-top:8px}
@media (max-width:600px){
body{padding:12px}
th,td{padding:3px 5px}
table.counts td:first-child{white-space:nowrap}
.bar{width:48px;margin-left:4px}
table.summary thead{display:none}
table.summary,table.summary tbody,table.summary tr{display:block}
table.summary tr{border:1px solid var(--line);margin:0 0 8px;padding:4px 0}
table.summary td{display:inline-block;border:none;padding:2px 8px}
table.summary td.file{display:block;word-break:break-all}
table.summary td.num{text-align:left}
table.summary td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:13px}
table.findings thead{display:none}
table.findings,table.findings tbody,table.findings tr,table.findings td{display:block;border:none;width:auto}
table.findings tr{border-top:1px solid var(--line);padding:4px 0}
table.findings td.sev,table.findings td.place{display:inline-block;padding:0 6px 0 0}
}
@media print{h2{break-before:page}.bar{border:1px solid #999}}
`;

/**
 * A progress bar for a bounded count (`progress` 0–1 of its bound), or nothing when the count
 * has no bound (a full bar would read as "done" for a count nothing limits).
 */
function bar(progress: number | null, short: string): string {
  return progress === null
    ? ""
    : `<span class="bar${short}"><span style="width:${Math.round(progress * 100)}%"></span></span>`;
}

/** A file's verdict in the summary and its section's badge. */
type FileResult = "pass" | "fail" | "unreadable" | "notReport" | "empty";

/** The verdict of one file: a document that is not a case report gets no 通过/未通过 (issue 8). */
function resultOf(r: FileReport): FileResult {
  if (r.error) return "unreadable";
  if (r.documentKind === "notReport") return "notReport";
  if (r.documentKind === "empty") return "empty";
  return r.ok ? "pass" : "fail";
}

/** A count of the summary table: "—" for an empty document (nothing written, nothing to count). */
function shown(row: SummaryRow, n: number): string {
  return row.result === "empty" ? "—" : String(n);
}

interface SummaryRow {
  anchor: string;
  file: string;
  result: FileResult;
  errors: number;
  warnings: number;
  infos: number;
  body: string;
  share: string;
}

/** The HTML page being written (see the file overview). Not reusable after `finish` or `abort`. */
export class HtmlReport {
  private readonly rows: SummaryRow[] = [];
  private fd: number | null;
  private closed = false;

  private constructor(
    private readonly target: string,
    private readonly detailsTemp: string,
    fd: number,
    private readonly ctx: CliContext,
    private readonly profile: Profile
  ) {
    this.fd = fd;
  }

  /**
   * Starts a page that will be written to `file` (relative to `ctx.io.cwd`).
   * @throws CliFailure "outputDirMissing" | "outputIsDirectory"; a Node error when the
   *   temporary file cannot be created
   */
  static open(file: string, ctx: CliContext, profile: Profile): HtmlReport {
    const target = path.resolve(ctx.io.cwd, file);
    checkOutputPath(target, file, ctx);
    const detailsTemp = tempPathFor(target);
    const fd = fs.openSync(detailsTemp, "wx", 0o600);
    return new HtmlReport(target, detailsTemp, fd, ctx, profile);
  }

  /** Appends one file's section and remembers its summary row. */
  add(r: FileReport): void {
    if (this.fd === null) throw new Error("HtmlReport: already finished");
    const anchor = `f${this.rows.length + 1}`;
    const countOf = (id: string): string => {
      const c = r.counts.find((x) => x.id === id);
      return c ? valueText(c, this.ctx) : "—";
    };
    this.rows.push({
      anchor,
      file: r.file,
      result: resultOf(r),
      // counted as the pane counts (each role's formatting one problem)
      errors: r.verdict.errors,
      warnings: r.verdict.warnings,
      infos: r.verdict.infos,
      body: countOf("body"),
      share: countOf("practiceShare"),
    });
    fs.writeSync(this.fd, this.section(r, anchor));
  }

  /**
   * Writes the page atomically (head, summary table, every section) and removes the temporary
   * files. On failure nothing is left behind and the error is rethrown.
   */
  finish(): void {
    if (this.fd === null) throw new Error("HtmlReport: already finished");
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = null;
    const finalTemp = tempPathFor(this.target);
    let out: number | null = null;
    try {
      out = fs.openSync(finalTemp, "wx", 0o644);
      fs.writeSync(out, this.head() + this.summary());
      appendFileTo(out, this.detailsTemp);
      fs.writeSync(out, "</main>\n</body>\n</html>\n");
      fs.fsyncSync(out);
      fs.closeSync(out);
      out = null;
      fs.renameSync(finalTemp, this.target);
    } catch (e) {
      if (out !== null) {
        try {
          fs.closeSync(out);
        } catch {
          // the original error matters
        }
      }
      removeQuietly(finalTemp);
      throw e;
    } finally {
      removeQuietly(this.detailsTemp);
      this.closed = true;
    }
  }

  /** Discards the page: closes and deletes the temporary file. Safe to call more than once. */
  abort(): void {
    if (this.closed) return;
    if (this.fd !== null) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // ignore
      }
      this.fd = null;
    }
    removeQuietly(this.detailsTemp);
    this.closed = true;
  }

  private m(key: string, data?: Record<string, string | number>): string {
    return escapeHtml(this.ctx.m(key, data));
  }

  private head(): string {
    const now = new Date();
    const two = (n: number): string => String(n).padStart(2, "0");
    const time = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
    return (
      `<!DOCTYPE html>\n<html lang="${this.ctx.locale}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
      `<title>${this.m("html.title")}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n` +
      `<h1 id="top">${this.m("html.title")}</h1>\n` +
      `<p class="meta">${this.m("html.generated", { count: this.rows.length, time, profile: this.profile.name })}</p>\n`
    );
  }

  private summary(): string {
    const rows = this.rows
      .map(
        (r) =>
          `<tr><td class="file"><a href="#${r.anchor}">${escapeHtml(r.file)}</a></td>` +
          `<td class="result"><span class="badge ${r.result}">${this.m(`html.result.${r.result}`)}</span></td>` +
          `<td class="num" data-label="${this.m("html.col.errors")}">${shown(r, r.errors)}</td>` +
          `<td class="num" data-label="${this.m("html.col.warnings")}">${shown(r, r.warnings)}</td>` +
          `<td class="num" data-label="${this.m("html.col.infos")}">${shown(r, r.infos)}</td>` +
          `<td class="num" data-label="${this.m("html.col.body")}">${escapeHtml(r.body)}</td>` +
          `<td class="num" data-label="${this.m("html.col.practiceShare")}">${escapeHtml(r.share)}</td></tr>`
      )
      .join("\n");
    return (
      `<h2 id="summary" class="first">${this.m("html.summaryHeading")}</h2>\n` +
      `<table class="summary"><thead><tr><th>${this.m("html.col.file")}</th><th>${this.m("html.col.result")}</th>` +
      `<th>${this.m("html.col.errors")}</th><th>${this.m("html.col.warnings")}</th><th>${this.m("html.col.infos")}</th>` +
      `<th>${this.m("html.col.body")}</th><th>${this.m("html.col.practiceShare")}</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>\n`
    );
  }

  private findingRows(list: FindingReport[]): string {
    return (
      `<table class="findings"><thead><tr><th>${this.m("html.col.status")}</th><th>${this.m("html.col.place")}</th>` +
      `<th>${this.m("html.col.message")}</th></tr></thead><tbody>` +
      list
        .map(
          (f) =>
            `<tr><td class="sev sev-${f.severity}">${this.m(`severity.${f.severity}`)}</td>` +
            `<td class="place">${escapeHtml(placeText(f, this.ctx))}</td><td>${escapeHtml(f.message)}</td></tr>`
        )
        .join("") +
      `</tbody></table>`
    );
  }

  /** Ignored findings and rules, and the hand-checked items with ✓/☐. */
  private decisions(r: FileReport): string[] {
    const parts: string[] = [];
    const ignored = r.ignored ?? [];
    const rules = r.ignoredRules ?? [];
    if (ignored.length > 0 || rules.length > 0) {
      parts.push(
        `<h3>${this.m("html.ignoredHeading", { count: ignored.length + rules.length })}</h3>`
      );
      if (rules.length > 0) {
        const sep = listSeparator(this.ctx.locale);
        parts.push(
          `<p class="ignored">${this.m("check.ignoredRules", { count: rules.length, list: rules.map((x) => x.title).join(sep) })}</p>`
        );
      }
      if (ignored.length > 0) parts.push(`<div class="ignored">${this.findingRows(ignored)}</div>`);
    }
    const hand = r.hand ?? [];
    if (hand.length > 0) {
      const done = hand.filter((h) => h.checked).length;
      parts.push(
        `<h3>${this.m("html.handHeading", { checked: done, total: hand.length })}</h3>`,
        // collapsed behind the counter, as in the pane and the text report (issue 9)
        `<details><summary>${this.m("html.handList", { total: hand.length })}</summary><ul class="hand">` +
          hand
            .map(
              (h) =>
                `<li class="${h.checked ? "hand-done" : "hand-open"}"><span class="mark">${h.checked ? "✓" : "☐"}</span>` +
                `${escapeHtml(h.label)}</li>`
            )
            .join("") +
          `</ul></details>`
      );
    }
    return parts;
  }

  private section(r: FileReport, anchor: string): string {
    const result = resultOf(r);
    const parts: string[] = [
      `<section id="${anchor}">`,
      `<h2><span class="badge ${result}">${this.m(`html.result.${result}`)}</span> ${escapeHtml(r.file)}</h2>`,
    ];
    if (r.error) {
      parts.push(`<p class="error-box">${escapeHtml(r.error.message)}</p>`);
    } else {
      if (r.macros) parts.push(`<p class="note">${this.m("check.macros")}</p>`);
      if (r.kind === "dotx" || r.kind === "dotm")
        parts.push(`<p class="note">${this.m("check.template")}</p>`);
      const kindLine = documentKindText(r, this.ctx);
      if (kindLine) parts.push(`<p class="note document-kind">${escapeHtml(kindLine)}</p>`);
      if (result === "notReport" || result === "empty") {
        // as `check` prints: one line (not a report; empty: insert the template), no counts or
        // findings of a report
        parts.push(`<p><a href="#top">${this.m("html.backToTop")}</a></p>`, `</section>\n`);
        return parts.join("\n");
      }
      parts.push(
        `<h3>${this.m("html.countsHeading")}</h3>`,
        `<table class="counts"><thead><tr><th>${this.m("html.col.item")}</th><th>${this.m("html.col.value")}</th>` +
          `<th>${this.m("html.col.requirement")}</th><th>${this.m("html.col.status")}</th></tr></thead><tbody>`
      );
      for (const c of r.counts) {
        const bound = c.min ?? c.max;
        // No bar for a part that is 未填写: an empty bar would read as "started, 0 字".
        const progress =
          bound === undefined || bound <= 0 || c.status === "unfilled"
            ? null
            : c.status === "missing"
              ? 0
              : Math.min(1, c.value / bound);
        const short = c.status !== "ok" ? " short" : "";
        parts.push(
          `<tr><td>${escapeHtml(c.label)}</td><td class="num">${escapeHtml(valueText(c, this.ctx))}</td>` +
            `<td>${escapeHtml(requirementText(c, this.ctx))}</td>` +
            `<td class="st-${c.status}">${this.m(`count.status.${c.status}`)}${bar(progress, short)}</td></tr>`
        );
      }
      const tallies = r.tallies ?? [];
      if (tallies.length > 0) {
        parts.push(
          `<tr class="tally-heading"><th colspan="4">${this.m("html.talliesHeading")}</th></tr>`
        );
      }
      for (const x of tallies) {
        const progress = x.min !== undefined && x.min > 0 ? Math.min(1, x.value / x.min) : null;
        const short = x.status !== "ok" ? " short" : "";
        parts.push(
          `<tr class="tally tally-${x.id}"><td>${escapeHtml(x.label)}</td>` +
            `<td class="num">${escapeHtml(tallyValueText(x, this.ctx))}</td>` +
            `<td>${escapeHtml(tallyRequirementText(x, this.ctx))}</td>` +
            `<td class="st-${x.status}">${escapeHtml(tallyStatusText(x, this.ctx))}${bar(progress, short)}</td></tr>`
        );
      }
      parts.push(`</tbody></table>`, `<h3>${this.m("html.rulesHeading")}</h3>`);
      // the pane's verdict (findings by severity), then the checks counted apart
      const { errors, warnings, infos } = r.verdict;
      parts.push(
        `<p class="verdict">${escapeHtml(severityCountsText({ errors, warnings, infos }, this.ctx))}</p>`
      );
      const rulesLine = rulesSummaryText(r, this.ctx);
      if (rulesLine) parts.push(`<p class="rules-summary">${escapeHtml(rulesLine)}</p>`);
      parts.push(`<ul class="rules">`);
      const known = new Set(r.rules.map((x) => x.ruleId));
      const unfilled = r.rules.filter(isUnfilledRule);
      const notApplicable = r.rules.filter(isNotApplicableRule);
      for (const rule of r.rules) {
        if (rule.status === "notApplicable") continue;
        const list = r.findings.filter((f) => f.ruleId === rule.ruleId);
        const mark = rule.status === "pass" ? "✓" : rule.status === "info" ? "ⓘ" : "✗";
        // formatting: one line per role as the pane's 格式 box, the rows folded under 逐段查看
        const formatting = rule.ruleId === FORMAT_RULE ? (r.formatting ?? []) : [];
        const label =
          rule.status === "pass"
            ? this.m("html.rulePassed")
            : this.m("html.ruleFindings", {
                count: formatting.length > 0 ? formatting.length : list.length,
              });
        const body =
          list.length === 0
            ? ""
            : formatting.length > 0
              ? `<ul class="format">` +
                formatting
                  .map(
                    (x) =>
                      `<li><span class="sev sev-${x.severity}">${this.m(`severity.${x.severity}`)}</span> ` +
                      `${escapeHtml(formattingText(x, this.ctx))}<span class="places">` +
                      `${escapeHtml(paragraphsText(x.paragraphNumbers, this.ctx))}</span></li>`
                  )
                  .join("") +
                `</ul><p class="hint">${this.m("html.formatHint")}</p>` +
                `<details><summary>${escapeHtml(t("ui.check.format.list", { count: list.length }, this.ctx.locale))}</summary>` +
                `${this.findingRows(list)}</details>`
              : this.findingRows(list);
        parts.push(
          `<li class="rule-${rule.status}"><span class="mark">${mark}</span>${escapeHtml(rule.title)} — ${label}` +
            body +
            `</li>`
        );
      }
      const others = r.findings.filter((f) => !known.has(f.ruleId));
      if (others.length) {
        parts.push(
          `<li class="rule-error"><span class="mark">✗</span>${escapeHtml(t("rules.rule-crashed.title", {}, this.ctx.locale))}` +
            this.findingRows(others) +
            `</li>`
        );
      }
      parts.push(`</ul>`);
      if (unfilled.length > 0) {
        parts.push(
          `<h3>${this.m("html.unfilledHeading", { count: unfilled.length })}</h3>`,
          `<p class="hint">${this.m("html.unfilledHint")}</p>`,
          `<ul class="rules unfilled">` +
            unfilled
              .map(
                (rule) =>
                  `<li class="rule-unfilled"><span class="mark">–</span>` +
                  `${escapeHtml(rule.title)} — ${this.m("html.ruleUnfilled")}</li>`
              )
              .join("") +
            `</ul>`
        );
      }
      if (notApplicable.length > 0) {
        parts.push(
          `<h3>${this.m("html.notApplicableHeading", { count: notApplicable.length })}</h3>`,
          `<ul class="rules not-applicable">` +
            notApplicable
              .map((rule) => {
                const why = rule.reason
                  ? this.m("html.ruleNotApplicableReason", { reason: rule.reason })
                  : this.m("html.ruleNotApplicable");
                return (
                  `<li class="rule-notApplicable"><span class="mark">–</span>` +
                  `${escapeHtml(rule.title)} — ${why}</li>`
                );
              })
              .join("") +
            `</ul>`
        );
      }
      parts.push(...this.decisions(r));
    }
    parts.push(`<p><a href="#top">${this.m("html.backToTop")}</a></p>`, `</section>\n`);
    return parts.join("\n");
  }
}
