/**
 * @fileoverview `case-report role`: the writer's role corrections without Word (issue 8) —
 * `--paragraph N --role R` gives paragraph N (outline's and `check --json`'s numbering) the role
 * R of `CORRECTED_ROLES` (题目 / 单位全称 / 单位简介 / 一级–三级标题 / 正文 / 图注 / 不处理),
 * `--clear` takes the correction back, no option lists what is saved. The correction is saved in
 * the same custom XML part as the add-in's (`src/ooxml/state.ts`), naming the paragraph by its
 * content (`paragraphKeys`), and written through the same path as `ignore` (`saveDecisions`), so
 * `check`, `format`, `fix`, `outline` and the pane honour it. Layer: cli.
 */
import { listSeparator } from "../core/messages";
import * as path from "path";
import {
  analyzeDecided,
  CORRECTED_ROLES,
  isCorrectedRole,
  paragraphKeys,
  PROFILE_2023,
  withRoleCorrection,
  type CorrectedRole,
  type DocumentState,
  type Profile,
  type ReportDocument,
} from "../core";
import { quoteAround } from "../core/excerpt";
import { itemAt } from "../core/item-at";
import { readDocx } from "../ooxml/zip";
import { parsePackage } from "../ooxml/parse";
import { readDocumentState } from "../ooxml/decisions-part";
import { describeError, stateNotes } from "./check";
import { CliFailure, EXIT, makeContext, type CliContext, type ExitCode } from "./context";
import { idList, resolveId, type NamedId } from "./names";
import { readInputFile } from "./files";
import { saveDecisions } from "./ignore";

/** Options of {@link runRole}. */
export interface RoleOptions {
  /** 1-based paragraph number, as typed. */
  paragraph?: string;
  role?: string;
  clear?: boolean;
  output?: string;
  force?: boolean;
  profile?: Profile;
}

/** The name of a corrected role for the writer ("一级标题"; "不处理" for other). */
function roleName(role: string, ctx: CliContext): string {
  return role === "other" ? ctx.m("role.name.other") : ctx.m(`outline.role.${role}`);
}

/** A short quote of a paragraph's text (its start). */
function quoteOf(text: string): string {
  return quoteAround(text, [0, 0]).quote;
}

/** The lines listing the corrections of `state` against `doc` (paragraph numbers where found). */
export function correctionLines(
  state: DocumentState,
  doc: ReportDocument,
  ctx: CliContext
): string[] {
  const list = state.roleCorrections ?? [];
  if (list.length === 0) return [ctx.m("role.none")];
  const keys = paragraphKeys(doc.paragraphs);
  const at = new Map(keys.map((k, i) => [k, i]));
  return list.map((c) => {
    const i = at.get(c.paragraph);
    const role = roleName(c.role, ctx);
    return i === undefined
      ? ctx.m("role.itemGone", { key: c.paragraph, role })
      : ctx.m("role.item", {
          paragraph: i + 1,
          role,
          quote: quoteOf(itemAt(doc.paragraphs, i).text),
        });
  });
}

/**
 * Runs `case-report role <file> [--paragraph N (--role R | --clear)] [-o out] [--force]`.
 * @returns 0 when listed, written or unchanged; 2 for an unreadable file, a bad paragraph
 *   number or role, a damaged state part without `--force`, a failed verification or write
 *   (nothing is written then)
 */
export function runRole(input: string, options: RoleOptions, ctx: CliContext): ExitCode {
  const { io } = ctx;
  const profile = options.profile ?? PROFILE_2023;
  const sep = listSeparator(ctx.locale);
  try {
    const bytes = readInputFile(path.resolve(io.cwd, input), input, ctx);
    const pkg = readDocx(bytes);
    const doc = parsePackage(pkg, "docx");
    const before = readDocumentState(pkg);
    for (const note of stateNotes(pkg, ctx)) io.stderr.write(`${note}\n`);
    if (options.paragraph === undefined) {
      if (options.role !== undefined || options.clear === true)
        throw new CliFailure("usage", ctx.m("role.needParagraph", { input }));
      io.stdout.write(
        `${[ctx.m("role.current", { input }), ...correctionLines(before, doc, ctx)].join("\n")}\n`
      );
      return EXIT.ok;
    }
    if (options.role !== undefined && options.clear === true)
      throw new CliFailure("usage", ctx.m("role.both"));
    // an id or the name outline shows for it (一级标题 for heading1)
    const knownRoles: NamedId[] = CORRECTED_ROLES.map((r) => ({
      id: r,
      names: [roleName(r, ctx), roleName(r, makeContext(ctx.io, "zh-CN"))],
    }));
    if (options.role === undefined && options.clear !== true)
      throw new CliFailure("usage", ctx.m("role.needRole", { list: idList(knownRoles, sep) }));
    let role: CorrectedRole | null = null;
    if (options.role !== undefined) {
      const id = resolveId(options.role, knownRoles);
      if (id === null || !isCorrectedRole(id))
        throw new CliFailure(
          "unknownRole",
          ctx.m("role.unknownRole", { role: options.role, list: idList(knownRoles, sep) })
        );
      role = id;
    }
    const count = doc.paragraphs.length;
    const n = /^\s*[0-9]+\s*$/.test(options.paragraph) ? Number(options.paragraph) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > count)
      throw new CliFailure(
        "badParagraph",
        ctx.m("role.badParagraph", { value: options.paragraph, count, input })
      );
    const index = n - 1;
    const p = itemAt(doc.paragraphs, index);
    const current = analyzeDecided(doc, profile, before, { locale: ctx.locale });
    const info = itemAt(current.classified.paragraphs, index);
    const what =
      info.role === "formField"
        ? "form"
        : p.tableDepth > 0
          ? "table"
          : p.text.trim() === ""
            ? "empty"
            : null;
    if (what !== null && role !== null)
      throw new CliFailure(
        "notCorrectable",
        ctx.m("role.notCorrectable", { paragraph: n, what: ctx.m(`role.what.${what}`), input })
      );
    const key = itemAt(paragraphKeys(doc.paragraphs), index);
    const notes: string[] = [];
    if (role === null && !(before.roleCorrections ?? []).some((c) => c.paragraph === key))
      notes.push(ctx.m("role.notSaved", { paragraph: n }));
    const after = withRoleCorrection(before, key, role);
    const now = itemAt(
      analyzeDecided(doc, profile, after, { locale: ctx.locale }).classified.paragraphs,
      index
    );
    saveDecisions(
      { input, output: options.output, force: options.force, pkg, doc, before, after },
      ctx,
      (head) => [
        ...notes,
        ...head,
        ctx.m("role.now", {
          paragraph: n,
          role: roleName(now.role, ctx),
          section: ctx.m(`outline.section.${now.section}`),
          quote: quoteOf(p.text),
        }),
      ]
    );
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
