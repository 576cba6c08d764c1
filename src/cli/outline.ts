/**
 * @fileoverview `case-report outline <inputs...> [--json]` (issue 8): how the checker reads a
 * document — every paragraph of the main story in document order (body and table cells, the
 * same 1-based numbers as `check --json`'s `paragraph`) with its role, heading level and part.
 * The classification is `analyze`'s, the one `check`, `format` and the pane use, so what
 * `outline` shows is what they act on (R1, R5–R7, R11). Layer: cli.
 *
 * JSON (`--json`), one object for the whole run:
 * `{"version":1,"files":[{"file":…,"documentKind":…,"paragraphs":[{"index":1,"role":"title",
 * "level":null,"section":"front","text":"…"}]}]}` — role names as `src/core/roles.ts` has them,
 * `level` the heading level (1–4) of a heading and null otherwise, `text` the paragraph's text as
 * Word's `Paragraph.text` gives it. An unreadable file has `error` {code, message} instead of
 * `paragraphs`. Text: one line per paragraph — number, role in words, level, part, the text cut
 * at 40 characters.
 */
import { analyzeDecided, PROFILE_2023, type Profile, type Role, type SectionId } from "../core";
import { parsePackage } from "../ooxml/parse";
import { readDocumentState } from "../ooxml/decisions-part";
import { describeError, readPackage, stateNotes } from "./check";
import { EXIT, type CliContext, type ExitCode } from "./context";
import { expandInputs, readInputFile } from "./files";
import { displayWidth } from "./report-text";
import { itemAt } from "../core/item-at";

/** Version of the outline JSON. */
export const OUTLINE_JSON_VERSION = 1;

/** One paragraph of the outline. */
export interface OutlineParagraph {
  /** 1-based, as `check --json` numbers paragraphs. */
  index: number;
  role: Role;
  /** Heading level (1–4) for a heading, else null. */
  level: number | null;
  section: SectionId;
  text: string;
  /** Present (true) when the role is the writer's correction saved in the document (`case-report role`, the pane's 结构 view). */
  corrected?: true;
}

/** The outline of one file. */
export interface FileOutline {
  file: string;
  documentKind?: string;
  paragraphs?: OutlineParagraph[];
  error?: { code: string; message: string };
}

/** Options of {@link runOutline}. */
export interface OutlineOptions {
  json?: boolean;
  profile?: Profile;
}

/**
 * The outline of one document held in memory (a .docx or Word XML). Never throws: an unreadable
 * document gives `error`.
 */
export function outlineBytes(
  bytes: Uint8Array,
  file: string,
  ctx: CliContext,
  profile: Profile = PROFILE_2023
): FileOutline {
  try {
    const { pkg, source } = readPackage(bytes, file, ctx);
    const doc = parsePackage(pkg, source);
    const state = readDocumentState(pkg);
    for (const note of stateNotes(pkg, ctx)) ctx.io.stderr.write(`${note}\n`);
    const analysis = analyzeDecided(doc, profile, state, { locale: ctx.locale });
    const paragraphs = analysis.classified.paragraphs.map((info): OutlineParagraph => {
      const out: OutlineParagraph = {
        index: info.index + 1,
        role: info.role,
        level: info.heading?.level ?? null,
        section: info.section,
        text: itemAt(doc.paragraphs, info.index).text,
      };
      if (info.corrected === true) out.corrected = true;
      return out;
    });
    return { file, documentKind: analysis.checklist.documentKind ?? "report", paragraphs };
  } catch (e) {
    return { file, error: describeError(e, ctx) };
  }
}

/** `text` on one line, cut to about `width` display columns with "…". */
function cut(text: string, width: number): string {
  let one = "";
  for (const ch of text) one += ch < " " ? " " : ch;
  let out = "";
  for (const ch of one) {
    if (displayWidth(out + ch) > width) return `${out}…`;
    out += ch;
  }
  return out;
}

/** `s` padded with spaces to `width` display columns. */
function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** The text form of one file's outline. */
export function renderOutlineText(o: FileOutline, ctx: CliContext): string {
  const lines = [o.file];
  if (o.error) return `${o.file}\n  ${o.error.message}\n`;
  lines.push(`  ${ctx.m(`outline.kind.${o.documentKind ?? "report"}`)}`);
  for (const p of o.paragraphs ?? []) {
    const role =
      p.corrected === true && p.role === "other"
        ? ctx.m("role.name.other")
        : ctx.m(`outline.role.${p.role}`);
    const mark = p.corrected === true ? ctx.m("outline.corrected") : "";
    const part = ctx.m(`outline.section.${p.section}`);
    lines.push(
      `  ${String(p.index).padStart(4)}  ${pad(role, 12)} ${pad(part, 10)} ${cut(p.text, 40)}${mark}`
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Runs `case-report outline <inputs...> [--json]`.
 * @returns 0 when every file was read, 2 when one could not be read or nothing was given
 */
export function runOutline(
  inputs: readonly string[],
  options: OutlineOptions,
  ctx: CliContext
): ExitCode {
  const profile = options.profile ?? PROFILE_2023;
  const { io } = ctx;
  const { items, notes } = expandInputs(inputs, ctx);
  for (const note of notes) io.stderr.write(`${note}\n`);
  if (items.length === 0) {
    io.stderr.write(`${ctx.m("file.nothingToCheck")}\n`);
    return EXIT.failure;
  }
  const files: FileOutline[] = [];
  let unreadable = 0;
  for (const item of items) {
    let o: FileOutline;
    if (item.error) {
      o = { file: item.display, error: { code: item.error.code, message: item.error.message } };
    } else {
      try {
        o = outlineBytes(readInputFile(item.path, item.display, ctx), item.display, ctx, profile);
      } catch (e) {
        o = { file: item.display, error: describeError(e, ctx) };
      }
    }
    if (o.error) unreadable++;
    if (options.json) files.push(o);
    else io.stdout.write(renderOutlineText(o, ctx));
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ version: OUTLINE_JSON_VERSION, files })}\n`);
  }
  return unreadable > 0 ? EXIT.failure : EXIT.ok;
}
