/**
 * @fileoverview `case-report format`: the same one-click formatting the add-in applies
 * (R13–R19) on a .docx file — `analyze` → `planFormatting` → `applyEdits` on the package →
 * `writeDocx` — with the safety of a file tool: the result is re-read and every paragraph's text
 * compared with the original before anything is written; the output is written atomically; the
 * input is never overwritten unless `--in-place` (which first writes a backup, `报告.bak.docx` or,
 * when that exists, `报告.bak1.docx`, `.bak2.docx` … — an older backup is never overwritten); the macros
 * of a .docm are removed (parts, relationships and content types) unless `--keep-macros`.
 * Layer: cli.
 */
import { listSeparator } from "../core/messages";
import * as path from "path";
import {
  analyzeDecided,
  planFormatting,
  PROFILE_2023,
  type FormattedRole,
  type Profile,
} from "../core";
import { applyEdits } from "../ooxml/format";
import { mainDocumentPart, relsPartName, resolveTarget, type OpcPackage } from "../ooxml/package";
import { readDocx, writeDocx } from "../ooxml/zip";
import { parseDocx, parsePackage } from "../ooxml/parse";
import { readDocumentState } from "../ooxml/decisions-part";
import { describeError, macroPartNames, quoteAround } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import { recheckCounts, recheckText, type RecheckCounts } from "./report-text";
import {
  backupName,
  backupPathFor,
  checkOutputPath,
  extensionOf,
  fileMode,
  fsReason,
  isSameFile,
  removeQuietly,
  readInputFile,
  writeNewFile,
  writeOutput,
} from "./files";
import { itemAt } from "../core/item-at";

/** Options of {@link runFormat}. */
export interface FormatCommandOptions {
  /** Output path (relative to cwd); required unless `inPlace` or `dryRun`. */
  output?: string;
  /** Rewrite the input (after writing a backup: `报告.bak.docx`, or `报告.bak1.docx` … when taken). */
  inPlace?: boolean;
  /** Keep the VBA project of a .docm. */
  keepMacros?: boolean;
  /** Plan, apply and verify in memory, but write nothing. */
  dryRun?: boolean;
  /** Format even a document that does not look like a case report (issue 8). */
  force?: boolean;
  profile?: Profile;
}

/** Main-part content types by kind. */
export const MAIN_CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  docm: "application/vnd.ms-word.document.macroEnabled.main+xml",
  dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  dotm: "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
} as const;

/** Relationship types that point at macro parts. */
const MACRO_REL_TYPES = [
  /\/vbaProject$/i,
  /\/wordVbaData$/i,
  /\/attachedToolbars$/i,
  /\/keyMapCustomizations$/i,
];

/** The part whose relationships `relsName` holds ("/word/_rels/document.xml.rels" → "/word/document.xml"; "/_rels/.rels" → "/"). */
export function sourceOfRels(relsName: string): string {
  const m = /^(.*)\/_rels\/([^/]*)\.rels$/i.exec(relsName);
  if (!m) return "/";
  return m[2] === "" ? "/" : `${m[1]}/${m[2]}`;
}

/**
 * Removes macro parts from a package: the parts named, their own relationships parts, and every
 * relationship (in any relationships part) of a macro type or whose target is a removed part.
 * Content types follow (writeDocx derives `[Content_Types].xml` from the remaining parts).
 * @returns the number of parts removed (relationships parts included)
 */
export function dropMacroParts(pkg: OpcPackage, names: readonly string[]): number {
  const dropped = new Set(names.map((n) => n.toLowerCase()));
  for (const n of names) dropped.add(relsPartName(n).toLowerCase());
  let removed = 0;
  for (const key of [...pkg.parts.keys()]) {
    if (dropped.has(key.toLowerCase())) {
      pkg.parts.delete(key);
      removed++;
    }
  }
  const attr = (el: string, name: string): string | null => {
    const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(el);
    return m ? (m[1] ?? m[2] ?? null) : null;
  };
  for (const part of pkg.parts.values()) {
    if (!/\.rels$/i.test(part.name) || typeof part.data !== "string") continue;
    const source = sourceOfRels(part.name);
    part.data = part.data.replace(
      /<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Relationship\s*>)/g,
      (el) => {
        const type = attr(el, "Type") ?? "";
        const target = attr(el, "Target");
        const mode = attr(el, "TargetMode");
        if (MACRO_REL_TYPES.some((re) => re.test(type))) return "";
        if (target !== null && mode !== "External") {
          const resolved = resolveTarget(source === "/" ? "/" : source, target).toLowerCase();
          if (dropped.has(resolved)) return "";
        }
        return el;
      }
    );
  }
  return removed;
}

/**
 * The main part's content type for an output named with `ext`, so that Word accepts the file:
 * .docx/.dotx get the macro-free types, .docm/.dotm the macro-enabled ones; with macros kept in
 * a file of another extension, the macro-enabled type of the input is kept (Word then refuses
 * the file; the command says so). Unknown extensions keep `current`, made macro-free when no
 * macros remain.
 */
export function mainContentTypeFor(current: string, ext: string, macrosRemain: boolean): string {
  const cur = current.toLowerCase();
  if (macrosRemain && (ext === ".docx" || ext === ".dotx")) return current;
  switch (ext) {
    case ".docx":
      return MAIN_CONTENT_TYPES.docx;
    case ".dotx":
      return MAIN_CONTENT_TYPES.dotx;
    case ".docm":
      return MAIN_CONTENT_TYPES.docm;
    case ".dotm":
      return MAIN_CONTENT_TYPES.dotm;
    default:
      if (macrosRemain) return current;
      if (cur === MAIN_CONTENT_TYPES.docm.toLowerCase()) return MAIN_CONTENT_TYPES.docx;
      if (cur === MAIN_CONTENT_TYPES.dotm.toLowerCase()) return MAIN_CONTENT_TYPES.dotx;
      return current;
  }
}

/** Namespace of ISO Strict WordprocessingML. */
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/**
 * True when the main document is ISO Strict OOXML: the reader maps it, but the formatter edits
 * Transitional markup only, so `format` refuses such a file (check reads it).
 */
export function isStrictOoxml(pkg: OpcPackage): boolean {
  const main = pkg.parts.get(mainDocumentPart(pkg));
  return main !== undefined && typeof main.data === "string" && main.data.includes(W_STRICT);
}

/**
 * Compares the paragraph texts of the original and the re-read output.
 * @throws CliFailure "textChanged" (naming the first paragraph that differs, with short quotes)
 *   or "paragraphCountChanged"
 */
export function verifySameText(
  before: readonly { text: string }[],
  after: readonly { text: string }[],
  ctx: CliContext
): void {
  if (before.length !== after.length) {
    throw new CliFailure(
      "paragraphCountChanged",
      ctx.m("format.paragraphCountChanged", { before: before.length, after: after.length })
    );
  }
  for (const [i, { text: a }] of before.entries()) {
    const b = itemAt(after, i).text; // same count, checked above
    if (a === b) continue;
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
}

/** Formatting of one package in memory: what was done, and the output bytes. */
export interface FormatOutcome {
  bytes: Uint8Array;
  /** Paragraphs given a style, by role. */
  roles: Partial<Record<FormattedRole, number>>;
  setPage: boolean;
  /** False when the document has no page setup at all (no `w:sectPr`). */
  hasSections: boolean;
  applied: number;
  skippedStale: number;
  skippedOverlap: number;
  /** Macro parts found in the input. */
  macroParts: number;
  /** Parts removed with the macros (0 when kept or none). */
  macroPartsDropped: number;
  paragraphs: number;
  /** Summary of a re-check of the output. */
  after: RecheckCounts;
}

/**
 * Formats a document in memory (R13–R19): read, analyze, plan, apply, drop macros unless kept,
 * set the main content type for `outputExt`, write, re-read and verify the text.
 * @throws OoxmlError for unreadable input; CliFailure "strictOoxml" (not formatted),
 *   "notReport" (the document does not look like a case report and `force` is not set; nothing
 *   formatted) or when the text check fails
 */
export function formatBytes(
  input: Uint8Array,
  outputExt: string,
  options: { keepMacros?: boolean; profile?: Profile; force?: boolean; input?: string },
  ctx: CliContext
): FormatOutcome {
  const profile = options.profile ?? PROFILE_2023;
  const pkg = readDocx(input);
  const doc = parsePackage(pkg, "docx");
  if (isStrictOoxml(pkg)) throw new CliFailure("strictOoxml", ctx.m("format.strict"));
  // the writer's role corrections saved in the document are honoured (issue 8)
  const state = readDocumentState(pkg);
  const analysis = analyzeDecided(doc, profile, state, { locale: ctx.locale });
  if (analysis.checklist.documentKind === "notReport" && options.force !== true) {
    throw new CliFailure("notReport", ctx.m("format.notReport", { input: options.input ?? "" }));
  }
  const edits = planFormatting(analysis.classified, profile);
  const result = applyEdits(pkg, doc, edits, profile);

  const macroNames = macroPartNames(pkg);
  let dropped = 0;
  if (macroNames.length > 0 && !options.keepMacros) dropped = dropMacroParts(pkg, macroNames);
  const macrosRemain = macroNames.length > 0 && options.keepMacros === true;
  const main = mainDocumentPart(pkg);
  const mainPart = pkg.parts.get(main);
  if (mainPart)
    mainPart.contentType = mainContentTypeFor(mainPart.contentType, outputExt, macrosRemain);

  const bytes = writeDocx(pkg);
  const reread = parseDocx(bytes);
  verifySameText(doc.paragraphs, reread.paragraphs, ctx);
  // counted as the pane and `check` count them (each role's formatting one problem)
  const after = recheckCounts(analyzeDecided(reread, profile, state, { locale: ctx.locale }));

  const roles: Partial<Record<FormattedRole, number>> = {};
  for (const e of edits) if (e.op === "setRole") roles[e.role] = (roles[e.role] ?? 0) + 1;
  return {
    bytes,
    roles,
    setPage: edits.some((e) => e.op === "setPage"),
    hasSections: doc.sections.length > 0,
    applied: result.applied,
    skippedStale: result.skippedStale,
    skippedOverlap: result.skippedOverlap,
    macroParts: macroNames.length,
    macroPartsDropped: dropped,
    paragraphs: doc.paragraphs.length,
    after,
  };
}

/**
 * Writes the `--in-place` backup of `inputAbs` under the first free name of `报告.bak.docx`,
 * `报告.bak1.docx` … (see {@link backupPathFor}); an existing backup is never overwritten, so
 * running `--in-place` twice keeps the true original in `报告.bak.docx`.
 * @returns the backup's absolute path
 * @throws CliFailure "writeFailed" (no free name, or the write failed)
 */
function writeBackup(
  inputAbs: string,
  input: string,
  bytes: Uint8Array,
  ctx: CliContext,
  mode: number | undefined
): string {
  for (let attempt = 0; attempt < 3; attempt++) {
    const backup = backupPathFor(inputAbs);
    // the name as the writer typed the input's folder, e.g. "报告.bak1.docx"
    const shown = path.join(path.dirname(input), path.basename(backup ?? backupName(inputAbs, 0)));
    if (backup === null) {
      throw new CliFailure(
        "writeFailed",
        ctx.m("file.writeFailed", { path: shown, reason: ctx.m("format.noBackupName") })
      );
    }
    try {
      writeNewFile(backup, bytes, mode);
      return backup;
    } catch (e) {
      // taken between the look-up and the exclusive create: look again
      if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new CliFailure(
        "writeFailed",
        ctx.m("file.writeFailed", { path: shown, reason: fsReason(e, ctx) })
      );
    }
  }
  throw new CliFailure(
    "writeFailed",
    ctx.m("file.writeFailed", { path: backupName(input, 0), reason: ctx.m("format.noBackupName") })
  );
}

/** The lines telling what formatting did. */
function describeOutcome(
  o: FormatOutcome,
  outputExt: string,
  ctx: CliContext,
  profile: Profile
): string[] {
  const lines: string[] = [];
  const order = Object.keys(profile.roles) as FormattedRole[];
  const items = order.filter((r) => (o.roles[r] ?? 0) > 0);
  const total = items.reduce((n, r) => n + (o.roles[r] ?? 0), 0);
  if (items.length === 0) lines.push(ctx.m("format.noRoles"));
  else {
    const sep = listSeparator(ctx.locale);
    const list = items
      .map((r) => ctx.m("format.roleItem", { role: ctx.m(`role.${r}`), count: o.roles[r] ?? 0 }))
      .join(sep);
    lines.push(ctx.m("format.roles", { list, count: total }));
  }
  const page = o.setPage
    ? "format.pageSet"
    : o.hasSections
      ? "format.pageOk"
      : "format.pageUnknown";
  lines.push(ctx.m(page, { paper: profile.page.name }));
  if (o.skippedStale > 0) lines.push(ctx.m("format.skippedStale", { count: o.skippedStale }));
  if (o.skippedOverlap > 0) lines.push(ctx.m("format.skippedOverlap", { count: o.skippedOverlap }));
  if (o.macroPartsDropped > 0)
    lines.push(ctx.m("format.macrosDropped", { parts: o.macroPartsDropped }));
  else if (o.macroParts > 0) {
    lines.push(ctx.m("format.macrosKept"));
    if (outputExt !== ".docm" && outputExt !== ".dotm") lines.push(ctx.m("format.macrosKeptDocx"));
  }
  lines.push(ctx.m("format.textVerified", { count: o.paragraphs }));
  lines.push(recheckText("format", o.after, ctx));
  return lines;
}

/**
 * Runs `case-report format <input> (-o <output> | --in-place) [--keep-macros] [--dry-run]
 * [--force]`. A document that does not look like a case report (documentKind "notReport") is
 * refused with a message unless `--force`.
 * Prints what was applied (paragraphs styled by role, page, stale/overlapping edits skipped,
 * macros, the text check, a re-check summary) on stdout; problems on stderr.
 * @returns 0 when done, 2 on any failure (unreadable input, bad output path, output equal to the
 *   input without `--in-place`, text check failed, write failed); nothing is written then
 */
export function runFormat(input: string, options: FormatCommandOptions, ctx: CliContext): ExitCode {
  const { io } = ctx;
  const profile = options.profile ?? PROFILE_2023;
  try {
    const inputAbs = path.resolve(io.cwd, input);
    let outputAbs: string | null = null;
    let outputShown = "";
    if (options.inPlace) {
      if (
        options.output !== undefined &&
        !isSameFile(inputAbs, path.resolve(io.cwd, options.output))
      ) {
        throw new CliFailure("usage", ctx.m("format.outputAndInPlace"));
      }
      outputAbs = inputAbs;
      outputShown = input;
    } else if (options.output !== undefined) {
      outputAbs = path.resolve(io.cwd, options.output);
      outputShown = options.output;
    } else if (!options.dryRun) {
      const base = path.basename(input, path.extname(input));
      throw new CliFailure("usage", ctx.m("format.needOutput", { example: `${base}-排版.docx` }));
    }

    const bytes = readInputFile(inputAbs, input, ctx);
    if (outputAbs !== null && !options.inPlace) {
      checkOutputPath(outputAbs, outputShown, ctx);
      if (isSameFile(inputAbs, outputAbs)) {
        throw new CliFailure("sameAsInput", ctx.m("format.sameAsInput", { path: outputShown }));
      }
    }
    const outputExt = extensionOf(outputAbs ?? inputAbs);
    const outcome = formatBytes(
      bytes,
      outputExt,
      { keepMacros: options.keepMacros, profile, force: options.force, input },
      ctx
    );

    if (options.dryRun || outputAbs === null) {
      io.stdout.write(
        `${[ctx.m("format.dryRunDone", { input }), ...describeOutcome(outcome, outputExt, ctx, profile)].join("\n")}\n`
      );
      return EXIT.ok;
    }
    if (options.inPlace) {
      const mode = fileMode(inputAbs);
      const backup = writeBackup(inputAbs, input, bytes, ctx, mode);
      const backupShown = path.join(path.dirname(input), path.basename(backup));
      try {
        writeOutput(inputAbs, input, outcome.bytes, ctx, { mode });
      } catch (e) {
        // the document is unchanged: a backup of it would only be left-over clutter
        removeQuietly(backup);
        throw e;
      }
      io.stdout.write(
        `${[ctx.m("format.inPlaceDone", { input, backup: backupShown }), ...describeOutcome(outcome, outputExt, ctx, profile)].join("\n")}\n`
      );
      return EXIT.ok;
    }
    writeOutput(outputAbs, outputShown, outcome.bytes, ctx, { mode: fileMode(outputAbs) });
    io.stdout.write(
      `${[ctx.m("format.done", { input, output: outputShown }), ...describeOutcome(outcome, outputExt, ctx, profile)].join("\n")}\n`
    );
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
