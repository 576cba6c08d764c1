/**
 * @fileoverview `case-report fix`: applies the fixes of the check's findings to a .docx, like
 * the add-in's fix buttons — `analyze` (honouring the decisions saved in the document) →
 * `planFixes` → `applyEdits` (src/ooxml/format) → `writeDocx`. Fixes that change words
 * (`replaceText`: punctuation, dashes, numbering markers, form dates …) are printed as
 * before → after and applied only with `--yes`; without it they are listed and not applied
 * (exit 0). Safety as `format`: the output is re-read before writing and every paragraph
 * compared with the original — only the paragraphs with a planned text change may differ, and
 * only as planned; the write is atomic; the input is never overwritten; the macros of a .docm
 * are dropped unless `--keep-macros`. Layer: cli.
 */
import { listSeparator } from "../core/messages";
import * as path from "path";
import {
  allRules,
  analyzeDecided,
  planFixes,
  PROFILE_2023,
  type Edit,
  type Finding,
  type Profile,
} from "../core";
import { applyEdits } from "../ooxml/format";
import { mainDocumentPart } from "../ooxml/package";
import { readDocx, writeDocx } from "../ooxml/zip";
import { parseDocx, parsePackage } from "../ooxml/parse";
import { readDocumentState } from "../ooxml/decisions-part";
import { describeError, macroPartNames, quoteAround } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import { recheckCounts, recheckText, type RecheckCounts } from "./report-text";
import {
  checkOutputPath,
  extensionOf,
  fileMode,
  isSameFile,
  readInputFile,
  writeOutput,
} from "./files";
import { dropMacroParts, isStrictOoxml, mainContentTypeFor } from "./format";
import { itemAt } from "../core/item-at";

/** Options of {@link runFix}. */
export interface FixCommandOptions {
  /** Output path (relative to cwd); required. */
  output?: string;
  /** Only the findings of these rules. */
  rule?: string[];
  /** Also apply the fixes that change words. */
  yes?: boolean;
  /** Keep the VBA project of a .docm. */
  keepMacros?: boolean;
  profile?: Profile;
}

type ReplaceText = Extract<Edit, { op: "replaceText" }>;

/** One text change for the listing: 1-based paragraph and short quotes before and after. */
export interface TextChange {
  paragraph: number;
  before: string;
  after: string;
}

/** Result of {@link fixBytes}. */
export interface FixOutcome {
  /** The output bytes, or null when nothing was applied. */
  bytes: Uint8Array | null;
  /** Formatting edits applied (setRole, setPage). */
  formatApplied: number;
  /** Text changes applied (with --yes), in document order. */
  textApplied: TextChange[];
  /** Text changes listed but not applied (without --yes). */
  textPending: TextChange[];
  /** Edits skipped: overlapping (planFixes conflicts and applyEdits overlaps) and stale. */
  skippedOverlap: number;
  skippedStale: number;
  /** True when no finding had a fix. */
  nothingToFix: boolean;
  paragraphs: number;
  after: RecheckCounts;
}

/** Ids of the rules that can fix their findings, in registry order. */
export function fixableRuleIds(): string[] {
  return allRules.filter((r) => r.meta.fixable !== undefined).map((r) => r.meta.id);
}

/** The quotes of one replaceText edit on `text`. */
export function describeTextEdit(text: string, e: ReplaceText): TextChange {
  const [s, t] = e.span;
  const after = text.slice(0, s) + e.text + text.slice(t);
  return {
    paragraph: e.target.index + 1,
    before: quoteAround(text, [s, t]).quote,
    after: quoteAround(after, [s, s + e.text.length]).quote,
  };
}

/**
 * The paragraph texts expected after applying the replaceText edits of a plan, by the rules of
 * `applyEdits` (per paragraph from the end backwards; an edit ending after the start of the last
 * applied one, or an empty insertion at that start, is skipped).
 * @returns paragraph index → expected text (only paragraphs with a text edit)
 */
export function expectedTexts(
  paragraphs: readonly { text: string }[],
  edits: readonly Edit[]
): Map<number, string> {
  const byPara = new Map<number, ReplaceText[]>();
  for (const e of edits) {
    if (e.op !== "replaceText") continue;
    const l = byPara.get(e.target.index) ?? [];
    l.push(e);
    byPara.set(e.target.index, l);
  }
  const out = new Map<number, string>();
  for (const [index, list] of byPara) {
    let text = paragraphs[index]?.text ?? "";
    let floor = Infinity;
    for (const e of [...list].sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1])) {
      const [s, t] = e.span;
      if (s < 0 || t < s || t > text.length) continue;
      if (t > floor || (t === floor && s === t && floor !== Infinity)) continue;
      text = text.slice(0, s) + e.text + text.slice(t);
      floor = s;
    }
    out.set(index, text);
  }
  return out;
}

/**
 * Fixes a document in memory: read, analyze with the saved decisions, plan the fixes of the
 * selected rules, apply the formatting edits (and the text edits with `yes`), drop macros unless
 * kept, write, re-read and verify.
 * @throws OoxmlError for unreadable input; CliFailure "strictOoxml", "unknownRule", or
 *   "textChanged" when the verification fails (nothing is returned to write then)
 */
export function fixBytes(
  input: Uint8Array,
  outputExt: string,
  options: { rule?: string[]; yes?: boolean; keepMacros?: boolean; profile?: Profile },
  ctx: CliContext
): FixOutcome {
  const profile = options.profile ?? PROFILE_2023;
  const fixable = fixableRuleIds();
  for (const id of options.rule ?? []) {
    if (!fixable.includes(id)) {
      const sep = listSeparator(ctx.locale);
      throw new CliFailure(
        "unknownRule",
        ctx.m("fix.unknownRule", { id, list: fixable.join(sep) })
      );
    }
  }
  const pkg = readDocx(input);
  const doc = parsePackage(pkg, "docx");
  if (isStrictOoxml(pkg)) throw new CliFailure("strictOoxml", ctx.m("format.strict"));
  const state = readDocumentState(pkg);
  const analysis = analyzeDecided(doc, profile, state, { locale: ctx.locale });
  const rules = options.rule && options.rule.length > 0 ? new Set(options.rule) : null;
  const selected: Finding[] = analysis.lint.findings.filter(
    (f) => f.fix !== undefined && (rules === null || rules.has(f.ruleId))
  );
  const plan = planFixes(selected, "all");
  const textEdits = plan.edits.filter((e): e is ReplaceText => e.op === "replaceText");
  const toApply = options.yes ? plan.edits : plan.edits.filter((e) => e.op !== "replaceText");
  const base: FixOutcome = {
    bytes: null,
    formatApplied: 0,
    textApplied: [],
    textPending: options.yes
      ? []
      : textEdits.map((e) => describeTextEdit(doc.paragraphs[e.target.index]?.text ?? "", e)),
    skippedOverlap: plan.conflicts.length,
    skippedStale: 0,
    nothingToFix: plan.edits.length === 0,
    paragraphs: doc.paragraphs.length,
    after: recheckCounts(analysis),
  };
  base.textPending.sort((a, b) => a.paragraph - b.paragraph);
  if (toApply.length === 0) return base;

  const result = applyEdits(pkg, doc, toApply, profile);
  const macroNames = macroPartNames(pkg);
  if (macroNames.length > 0 && !options.keepMacros) dropMacroParts(pkg, macroNames);
  const macrosRemain = macroNames.length > 0 && options.keepMacros === true;
  const mainPart = pkg.parts.get(mainDocumentPart(pkg));
  if (mainPart)
    mainPart.contentType = mainContentTypeFor(mainPart.contentType, outputExt, macrosRemain);
  const bytes = writeDocx(pkg);

  // Verify: paragraphs without a planned text change are unchanged; the others are either
  // unchanged (their edits were skipped) or exactly as planned.
  const reread = parseDocx(bytes);
  if (reread.paragraphs.length !== doc.paragraphs.length) {
    throw new CliFailure(
      "paragraphCountChanged",
      ctx.m("format.paragraphCountChanged", {
        before: doc.paragraphs.length,
        after: reread.paragraphs.length,
      })
    );
  }
  const expected = options.yes
    ? expectedTexts(doc.paragraphs, textEdits)
    : new Map<number, string>();
  const changed = new Set<number>();
  for (const [i, { text: a }] of doc.paragraphs.entries()) {
    const b = itemAt(reread.paragraphs, i).text; // same count, checked above
    if (a === b) continue;
    if (expected.get(i) === b) {
      changed.add(i);
      continue;
    }
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    throw new CliFailure(
      "textChanged",
      ctx.m("format.textChanged", {
        paragraph: i + 1,
        before: quoteAround(a, [k, k + 1]).quote,
        after: quoteAround(b, [k, k + 1]).quote,
      })
    );
  }
  const textApplied = textEdits
    .filter((e) => changed.has(e.target.index))
    .map((e) => describeTextEdit(itemAt(doc.paragraphs, e.target.index).text, e))
    .sort((a, b) => a.paragraph - b.paragraph);
  // counted as the pane and `check` count them (each role's formatting one problem)
  const after = recheckCounts(
    analyzeDecided(reread, profile, readDocumentState(readDocx(bytes)), { locale: ctx.locale })
  );
  return {
    ...base,
    bytes: result.applied > 0 ? bytes : null,
    formatApplied: Math.max(0, result.applied - textApplied.length),
    textApplied,
    skippedOverlap: base.skippedOverlap + result.skippedOverlap,
    skippedStale: result.skippedStale,
    after,
  };
}

/**
 * Runs `case-report fix <input> -o <output> [--rule <id...>] [--yes] [--keep-macros]`.
 * @returns 0 when done (also when text changes were only listed, or nothing was to fix); 2 on
 *   any failure (nothing is written then)
 */
export function runFix(input: string, options: FixCommandOptions, ctx: CliContext): ExitCode {
  const { io } = ctx;
  try {
    if (options.output === undefined) {
      const base = path.basename(input, path.extname(input));
      throw new CliFailure("usage", ctx.m("fix.needOutput", { example: `${base}-修复.docx` }));
    }
    const inputAbs = path.resolve(io.cwd, input);
    const outputAbs = path.resolve(io.cwd, options.output);
    const bytes = readInputFile(inputAbs, input, ctx);
    checkOutputPath(outputAbs, options.output, ctx);
    if (isSameFile(inputAbs, outputAbs))
      throw new CliFailure("sameAsInput", ctx.m("fix.sameAsInput", { path: options.output }));
    const o = fixBytes(bytes, extensionOf(outputAbs), options, ctx);

    const lines: string[] = [];
    if (o.nothingToFix) {
      io.stdout.write(`${ctx.m("fix.nothing", { input })}\n`);
      return EXIT.ok;
    }
    if (o.bytes) {
      writeOutput(outputAbs, options.output, o.bytes, ctx, { mode: fileMode(outputAbs) });
      lines.push(ctx.m("fix.done", { input, output: options.output }));
    } else {
      lines.push(ctx.m("fix.nothingApplied", { input }));
    }
    if (o.formatApplied > 0) lines.push(ctx.m("fix.formatApplied", { count: o.formatApplied }));
    const item = (c: TextChange): string => ctx.m("fix.textItem", { ...c });
    if (o.textApplied.length > 0) {
      lines.push(
        ctx.m("fix.textApplied", { count: o.textApplied.length }),
        ...o.textApplied.map(item)
      );
    }
    if (o.textPending.length > 0) {
      lines.push(
        ctx.m("fix.textPending", { count: o.textPending.length }),
        ...o.textPending.map(item)
      );
    }
    if (o.skippedOverlap > 0) lines.push(ctx.m("fix.skippedOverlap", { count: o.skippedOverlap }));
    if (o.skippedStale > 0) lines.push(ctx.m("fix.skippedStale", { count: o.skippedStale }));
    if (o.bytes) {
      lines.push(ctx.m("fix.textVerified", { count: o.paragraphs }));
      lines.push(recheckText("fix", o.after, ctx));
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
