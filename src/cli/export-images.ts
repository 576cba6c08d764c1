/**
 * @fileoverview `case-report export-images`: R23 — every picture of a report as a file named by
 * its caption ("图1 隐患排查现场.jpg"; rules in `src/ooxml/picture-files.ts`), written as one .zip
 * (default "<name>-图片.zip", UTF-8 entry names) or into a folder (`-d`). Writes are atomic (a
 * temporary file renamed over the target); existing outputs are never overwritten without
 * `--force`; a document without pictures writes nothing. Layer: cli.
 */
import * as fs from "fs";
import * as path from "path";
import type { ExportedPicture } from "../core";
import { readDocx } from "../ooxml/zip";
import { parsePackage } from "../ooxml/parse";
import { exportPicturesReport, exportPicturesZip } from "../ooxml/picture-files";
import { describeError } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import {
  checkOutputPath,
  fileMode,
  fsReason,
  readInputFile,
  refuseOutputIsInput,
  removeQuietly,
  writeOutput,
} from "./files";

/** Options of {@link runExportImages}. */
export interface ExportImagesOptions {
  /** The .zip to write (relative to cwd). */
  output?: string;
  /** The folder to write the files into (relative to cwd). */
  dir?: string;
  /** Overwrite existing outputs. */
  force?: boolean;
}

/** The default archive name for `input`: "<name>-图片.zip" in the working folder. */
export function defaultZipName(input: string): string {
  return `${path.basename(input, path.extname(input))}-图片.zip`;
}

/**
 * Exports the pictures of a .docx held in memory.
 * @returns the files and the number of pictures skipped (linked or without image data)
 * @throws OoxmlError for an unreadable package
 */
export function picturesOfDocx(bytes: Uint8Array): {
  pictures: ExportedPicture[];
  skipped: number;
} {
  const pkg = readDocx(bytes);
  const report = exportPicturesReport(pkg, parsePackage(pkg, "docx"));
  return { pictures: report.pictures, skipped: report.skipped.length };
}

/** Creates `dir` (its last level only: a typo in a parent folder must not create a tree). */
function ensureFolder(dir: string, shown: string, ctx: CliContext): void {
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(dir);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) return;
  if (st) {
    throw new CliFailure(
      "outputNotDirectory",
      ctx.m("file.writeFailed", { path: shown, reason: ctx.m("fsReason.ENOTDIR") })
    );
  }
  checkOutputPath(dir, shown, ctx);
  try {
    fs.mkdirSync(dir);
  } catch (e) {
    throw new CliFailure(
      "writeFailed",
      ctx.m("file.writeFailed", { path: shown, reason: fsReason(e, ctx) })
    );
  }
}

/**
 * Runs `case-report export-images <input> [-o <zip> | -d <folder>] [--force]`.
 * @returns 0 when written (or nothing to export); 2 on any failure (nothing half-written)
 */
export function runExportImages(
  input: string,
  options: ExportImagesOptions,
  ctx: CliContext
): ExitCode {
  const { io } = ctx;
  try {
    if (options.output !== undefined && options.dir !== undefined)
      throw new CliFailure("usage", ctx.m("exportImages.outputAndDir"));
    const inputAbs = path.resolve(io.cwd, input);
    const bytes = readInputFile(inputAbs, input, ctx);
    const { pictures, skipped } = picturesOfDocx(bytes);
    const lines: string[] = [];
    if (pictures.length === 0) {
      io.stdout.write(`${ctx.m("exportImages.none", { input })}\n`);
      if (skipped > 0) io.stdout.write(`${ctx.m("exportImages.skipped", { count: skipped })}\n`);
      return EXIT.ok;
    }
    if (options.dir !== undefined) {
      const shown = options.dir;
      const dir = path.resolve(io.cwd, shown);
      ensureFolder(dir, shown, ctx);
      if (!options.force) {
        const clash = pictures.find((p) => fs.existsSync(path.join(dir, p.fileName)));
        if (clash)
          throw new CliFailure(
            "exists",
            ctx.m("exportImages.exists", { dir: shown, name: clash.fileName })
          );
      }
      // every name is checked before any file is written: none is the input, none is a
      // device or folder (names are at most 255 bytes: see MAX_FILE_NAME)
      for (const p of pictures) {
        const target = path.join(dir, p.fileName);
        refuseOutputIsInput(target, path.join(shown, p.fileName), [inputAbs], ctx);
        checkOutputPath(target, path.join(shown, p.fileName), ctx);
      }
      const written: string[] = [];
      try {
        for (const p of pictures) {
          const target = path.join(dir, p.fileName);
          const existed = fs.existsSync(target);
          writeOutput(target, path.join(shown, p.fileName), p.bytes, ctx, {
            mode: fileMode(target),
          });
          if (!existed) written.push(target);
        }
      } catch (e) {
        // nothing half-done: the files this run created are removed again
        for (const f of written) removeQuietly(f);
        throw e;
      }
      lines.push(ctx.m("exportImages.dirDone", { count: pictures.length, input, output: shown }));
    } else {
      const shown = options.output ?? defaultZipName(input);
      const target = path.resolve(io.cwd, shown);
      checkOutputPath(target, shown, ctx);
      if (!options.force && fs.existsSync(target))
        throw new CliFailure("exists", ctx.m("file.exists", { path: shown }));
      writeOutput(target, shown, exportPicturesZip(pictures), ctx, { mode: fileMode(target) });
      lines.push(ctx.m("exportImages.zipDone", { count: pictures.length, input, output: shown }));
    }
    for (const p of pictures) lines.push(ctx.m("exportImages.item", { name: p.fileName }));
    if (skipped > 0) lines.push(ctx.m("exportImages.skipped", { count: skipped }));
    const notJpg = pictures.filter((p) => !/\.jpe?g$/i.test(p.fileName)).length;
    if (notJpg > 0) lines.push(ctx.m("exportImages.notJpg", { count: notJpg }));
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
