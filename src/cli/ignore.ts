/**
 * @fileoverview `case-report ignore`: records the writer's decisions in a .docx without Word —
 * a finding ignored once (`--finding`), a check ignored for the document (`--rule`), an item
 * to confirm by hand ticked (`--hand`), or any of them undone (`--undo`) — in the same custom
 * XML part the add-in writes (`src/ooxml/decisions-part.ts`), so `check` and the add-in honour them.
 * Without options it lists what is saved. Only the state part changes: the result is re-read
 * and its paragraph texts and saved state compared before an atomic write (over the input
 * unless `-o`). Layer: cli.
 */
import { listSeparator } from "../core/messages";
import * as path from "path";
import {
  allRules,
  analyzeDecided,
  HAND_ITEMS,
  PROFILE_2023,
  t,
  type DocumentState,
  type Profile,
  type ReportDocument,
} from "../core";
import { parseDocx, parsePackage } from "../ooxml/parse";
import { type OpcPackage } from "../ooxml/package";
import { readDocx, writeDocx } from "../ooxml/zip";
import {
  normalizeState,
  readDocumentState,
  sameState,
  stateIssues,
  writeDocumentState,
} from "../ooxml/decisions-part";
import { describeError } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import { checkOutputPath, fileMode, readInputFile, writeOutput } from "./files";
import { itemAt } from "../core/item-at";
import { idList, resolveId, type NamedId } from "./names";

/** Options of {@link runIgnore}. */
export interface IgnoreOptions {
  finding?: string[];
  rule?: string[];
  hand?: string[];
  undo?: boolean;
  /** Write to another file instead of the input. */
  output?: string;
  profile?: Profile;
  /** Write even when a part holding the decisions is damaged (see `saveDecisions`). */
  force?: boolean;
}

/** The lines describing a saved state (counts, ignored rule titles, ticked hand items). */
export function stateLines(state: DocumentState, ctx: CliContext): string[] {
  const sep = listSeparator(ctx.locale);
  const colon = ctx.locale === "zh-CN" ? "：" : ": ";
  const list = (items: string[]): string => (items.length ? `${colon}${items.join(sep)}` : "");
  const ruleTitle = (id: string): string => {
    const r = allRules.find((x) => x.meta.id === id);
    if (!r) return id;
    const title = t(r.meta.titleId, {}, ctx.locale);
    return ctx.locale === "zh-CN" ? `${title}（${id}）` : `${title} (${id})`;
  };
  const handLabel = (id: string): string => {
    const h = HAND_ITEMS.find((x) => x.id === id);
    return h ? t(h.labelId, {}, ctx.locale) : id;
  };
  return [
    ctx.m("ignore.summaryFindings", {
      count: state.ignoredFindingIds.length,
      list: list(state.ignoredFindingIds),
    }),
    ctx.m("ignore.summaryRules", {
      count: state.ignoredRules.length,
      list: list(state.ignoredRules.map(ruleTitle)),
    }),
    ctx.m("ignore.summaryHand", {
      count: state.handChecked.length,
      total: HAND_ITEMS.length,
      list: list(state.handChecked.map(handLabel)),
    }),
    ...((state.roleCorrections?.length ?? 0) > 0
      ? [ctx.m("ignore.summaryRoles", { count: state.roleCorrections?.length ?? 0, list: "" })]
      : []),
  ];
}

/** Adds (or with `undo` removes) `ids` in `list`; notes ids that were not there to undo. */
function edit(
  list: string[],
  ids: readonly string[],
  undo: boolean,
  notes: string[],
  ctx: CliContext
): string[] {
  if (!undo) return [...list, ...ids.filter((id) => !list.includes(id))];
  for (const id of ids) if (!list.includes(id)) notes.push(ctx.m("ignore.notSaved", { id }));
  return list.filter((id) => !ids.includes(id));
}

/** What {@link saveDecisions} needs. */
export interface SaveDecisionsInput {
  /** The input file as the user named it. */
  input: string;
  /** Another file to write (`-o`), else the input is rewritten. */
  output?: string;
  /** Write even when a part of ours is damaged (what it holds is then given up). */
  force?: boolean;
  /** The package read from `input` (changed in place). */
  pkg: OpcPackage;
  /** Its paragraphs (to verify the text is unchanged). */
  doc: ReportDocument;
  before: DocumentState;
  after: DocumentState;
}

/**
 * Saves `after` in the package and writes it — the one write path of `ignore` and `role`: nothing
 * is written when the decisions did not change (and no `-o`), or when a part of ours is damaged
 * and `force` is not set (so what it holds is not lost); otherwise the state part is replaced,
 * the result read back (every paragraph's text and the saved state compared) and written
 * atomically. Prints what happened, then `lines(head)` (head: the "done"/"unchanged" line).
 * @throws CliFailure "stateUnreadable", "verifyFailed", output checks and write failures
 */
export function saveDecisions(
  a: SaveDecisionsInput,
  ctx: CliContext,
  lines: (head: string[]) => string[]
): void {
  const { io } = ctx;
  const shown = a.output ?? a.input;
  const target = path.resolve(io.cwd, a.output ?? a.input);
  if (sameState(a.before, a.after) && a.output === undefined) {
    io.stdout.write(`${lines([ctx.m("ignore.unchanged", { input: a.input })]).join("\n")}\n`);
    return;
  }
  const damaged = stateIssues(a.pkg).unreadableParts;
  if (damaged > 0 && a.force !== true) {
    throw new CliFailure("stateUnreadable", ctx.m("state.unreadableRefused", { count: damaged }));
  }
  if (a.output !== undefined) checkOutputPath(target, shown, ctx);
  writeDocumentState(a.pkg, a.after);
  const out = writeDocx(a.pkg);
  // Verify before writing: same paragraphs, and the state reads back as intended.
  const reread = parseDocx(out);
  const paras = a.doc.paragraphs;
  const sameText =
    reread.paragraphs.length === paras.length &&
    reread.paragraphs.every((p, i) => p.text === itemAt(paras, i).text);
  if (!sameText || !sameState(readDocumentState(readDocx(out)), a.after)) {
    throw new CliFailure(
      "verifyFailed",
      ctx.m("ignore.verifyFailed", { detail: sameText ? "state" : "text" })
    );
  }
  writeOutput(target, shown, out, ctx, { mode: fileMode(target) });
  io.stdout.write(`${lines([ctx.m("ignore.done", { output: shown })]).join("\n")}\n`);
}

/**
 * Runs `case-report ignore <file> [--finding <id...>] [--rule <id...>] [--hand <id...>] [--undo]
 * [-o <output>]`.
 * @returns 0 when listed, written or unchanged; 2 for an unreadable file, an unknown id, a
 *   failed verification or write (nothing is written then)
 */
export function runIgnore(input: string, options: IgnoreOptions, ctx: CliContext): ExitCode {
  const { io } = ctx;
  const profile = options.profile ?? PROFILE_2023;
  try {
    const inputAbs = path.resolve(io.cwd, input);
    const bytes = readInputFile(inputAbs, input, ctx);
    const pkg = readDocx(bytes);
    const before = readDocumentState(pkg);
    const findings = options.finding ?? [];
    if (findings.length + (options.rule ?? []).length + (options.hand ?? []).length === 0) {
      io.stdout.write(
        `${[ctx.m("ignore.current", { input }), ...stateLines(before, ctx)].join("\n")}\n`
      );
      return EXIT.ok;
    }
    const sep = listSeparator(ctx.locale);
    // an id or the name check's output shows for it (第三人称 for first-person)
    const knownRules: NamedId[] = allRules.map((r) => ({
      id: r.meta.id,
      names: [t(r.meta.titleId, {}, ctx.locale), t(r.meta.titleId, {}, "zh-CN")],
    }));
    const rules = (options.rule ?? []).map((value) => {
      const id = resolveId(value, knownRules);
      if (id === null)
        throw new CliFailure(
          "unknownRule",
          ctx.m("ignore.unknownRule", { id: value, list: idList(knownRules, sep) })
        );
      return id;
    });
    const knownHand: NamedId[] = HAND_ITEMS.map((h) => ({
      id: h.id,
      names: [t(h.labelId, {}, ctx.locale), t(h.labelId, {}, "zh-CN")],
    }));
    const hand = (options.hand ?? []).map((value) => {
      const id = resolveId(value, knownHand);
      if (id === null)
        throw new CliFailure(
          "unknownHand",
          ctx.m("ignore.unknownHand", { id: value, list: idList(knownHand, sep) })
        );
      return id;
    });
    const doc = parsePackage(pkg, "docx");
    if (findings.length > 0 && !options.undo) {
      const lint = analyzeDecided(doc, profile, before, { locale: ctx.locale }).lint;
      const known = new Set([...lint.findings, ...lint.ignored].map((f) => f.id));
      for (const id of findings)
        if (!known.has(id))
          throw new CliFailure("unknownFinding", ctx.m("ignore.unknownFinding", { id, input }));
    }
    const notes: string[] = [];
    const undo = options.undo === true;
    const after = normalizeState({
      ...before,
      ignoredFindingIds: edit(before.ignoredFindingIds, findings, undo, notes, ctx),
      ignoredRules: edit(before.ignoredRules, rules, undo, notes, ctx),
      handChecked: edit(before.handChecked, hand, undo, notes, ctx),
    });
    saveDecisions(
      { input, output: options.output, force: options.force, pkg, doc, before, after },
      ctx,
      (head) => [...notes, ...head, ...stateLines(after, ctx)]
    );
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
