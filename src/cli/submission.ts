/**
 * @fileoverview `case-report package 报告.docx [-o 提交材料.zip]`: the submission package of
 * issue 9 in one zip (R23, R25):
 * - the report as submitted, byte for byte (`报告.docx`);
 * - the report as PDF (`报告.pdf`), printed by LibreOffice when `soffice` is installed — otherwise
 *   the zip is written without it and the output says how to add it;
 * - every picture as its own file named by its caption (the names of `export-images`) under
 *   `图片/`: JPGs as stored (never recompressed), PNGs — charts and screenshots, mostly —
 *   converted to JPG as the notice asks, declaring the resolution they have in the document;
 *   other formats (EMF, GIF …) as stored, with a line saying to save them as JPG.
 * Word charts (DrawingML, not pictures) cannot be exported as files; the output counts them and
 * says how to save them as pictures. The zip is written atomically; an existing file is replaced
 * only with `--force`; the input can never be the output. Layer: cli.
 */
import * as fs from "fs";
import * as path from "path";
import { zipSync, type Zippable } from "fflate";
import type { ExportedPicture, Picture } from "../core";
import { itemAt } from "../core/item-at";
import { readDocx, type OpcPackage } from "../ooxml/package";
import { parsePackage } from "../ooxml/parse";
import { exportPicturesReport, uniqueNames } from "../ooxml/pictures";
import { describeError } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import {
  checkOutputPath,
  fileMode,
  readInputFile,
  refuseOutputIsInput,
  writeOutput,
} from "./files";
import { convertToPdf, type PdfResult } from "./soffice";
import { pngToJpeg } from "./to-jpeg";

/** Options of {@link runPackage}. */
export interface PackageOptions {
  /** The .zip to write (relative to cwd); default "<name>-提交材料.zip". */
  output?: string;
  /** Replace an existing output. */
  force?: boolean;
  /** Leave the PDF out (no LibreOffice run). */
  pdf?: boolean;
  /** LibreOffice binary (tests); default: found on this machine. */
  soffice?: string | null;
}

/** The folder of the pictures inside the zip. */
export const PICTURE_FOLDER = "图片";

/** Content type of a Word chart part (DrawingML, not a picture). */
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** EMU per inch (OOXML drawing unit). */
const EMU_PER_INCH = 914400;

/** The default archive name for `input`: "<name>-提交材料.zip" in the working folder. */
export function defaultPackageName(input: string): string {
  return `${path.basename(input, path.extname(input))}-提交材料.zip`;
}

/** One picture as it goes into the package, and what was done to it. */
export interface PackagedPicture {
  fileName: string;
  bytes: Uint8Array;
  /** "kept" (a JPG as stored), "converted" (PNG → JPG), "asIs" (another format, kept). */
  treatment: "kept" | "converted" | "asIs";
}

/**
 * The resolution a picture has in the document: pixels across ÷ displayed inches (R22's effective
 * dpi); null when either is unknown.
 */
export function effectiveDpi(pic: Picture): number | null {
  if (pic.pixelWidth === null || pic.cx <= 0) return null;
  return pic.pixelWidth / (pic.cx / EMU_PER_INCH);
}

/**
 * The pictures of a document ready for the package: named by caption, PNGs converted to JPG.
 * @param exported the files of {@link exportPicturesReport}, in document order
 * @param pictures the model's pictures those files came from, in the same order
 */
export function packagePictures(
  exported: readonly ExportedPicture[],
  pictures: readonly Picture[]
): PackagedPicture[] {
  const out = exported.map((e, i): PackagedPicture => {
    if (/\.jpe?g$/i.test(e.fileName)) return { ...e, treatment: "kept" };
    if (/\.png$/i.test(e.fileName)) {
      const pic = pictures[i];
      const r = pngToJpeg(e.bytes, pic ? effectiveDpi(pic) : null);
      if (r.ok)
        return {
          fileName: e.fileName.replace(/\.png$/i, ".jpg"),
          bytes: r.jpeg,
          treatment: "converted",
        };
    }
    return { fileName: e.fileName, bytes: e.bytes, treatment: "asIs" };
  });
  // "图1 x.png" → "图1 x.jpg" may now clash with a JPG of the same caption
  const names = uniqueNames(out.map((p) => p.fileName));
  return out.map((p, i) => ({ ...p, fileName: itemAt(names, i) }));
}

/** Number of Word chart parts (DrawingML charts) in the package. */
export function chartCount(pkg: OpcPackage): number {
  let n = 0;
  for (const part of pkg.parts.values()) if (part.contentType === CT_CHART) n++;
  return n;
}

/**
 * The zip: the report, its PDF when there is one, and the pictures under {@link PICTURE_FOLDER}.
 * Compressed formats are stored, the rest deflated; fflate marks the UTF-8 names (flag bit 11).
 */
export function submissionZip(
  reportName: string,
  report: Uint8Array,
  pdf: Uint8Array | null,
  pictures: readonly PackagedPicture[],
  mtime: Date = new Date()
): Uint8Array {
  const files: Zippable = {};
  const stem = reportName.slice(0, reportName.length - path.extname(reportName).length);
  files[reportName] = [report, { level: 0, mtime }];
  if (pdf) files[`${stem}.pdf`] = [pdf, { level: 6, mtime }];
  for (const p of pictures) {
    const stored = /\.(jpe?g|png|gif|webp)$/i.test(p.fileName);
    files[`${PICTURE_FOLDER}/${p.fileName}`] = [p.bytes, { level: stored ? 0 : 6, mtime }];
  }
  return zipSync(files);
}

/**
 * Runs `case-report package <input> [-o <zip>] [--force] [--no-pdf]`.
 * @returns 0 when written; 2 on any failure (nothing written)
 */
export async function runPackage(
  input: string,
  options: PackageOptions,
  ctx: CliContext
): Promise<ExitCode> {
  const { io } = ctx;
  try {
    const inputAbs = path.resolve(io.cwd, input);
    const shown = options.output ?? defaultPackageName(input);
    const target = path.resolve(io.cwd, shown);
    // every check on the output before any work: never the input, a writable place, not taken
    refuseOutputIsInput(target, shown, [inputAbs], ctx);
    checkOutputPath(target, shown, ctx);
    if (!options.force && fs.existsSync(target))
      throw new CliFailure("exists", ctx.m("file.exists", { path: shown }));

    const bytes = readInputFile(inputAbs, input, ctx);
    const pkg = readDocx(bytes);
    const doc = parsePackage(pkg, "docx");
    const report = exportPicturesReport(pkg, doc);
    const skippedIndex = new Set(report.skipped.map((s) => s.index));
    const pictures = packagePictures(
      report.pictures,
      doc.pictures.filter((p) => !skippedIndex.has(p.index))
    );

    let pdf: PdfResult | null = null;
    if (options.pdf !== false) {
      io.stderr.write(`${ctx.m("package.printing")}\n`);
      pdf = await convertToPdf(
        bytes,
        options.soffice === undefined ? {} : { soffice: options.soffice }
      );
    }
    const reportName = path.basename(input);
    const zip = submissionZip(reportName, bytes, pdf?.ok ? pdf.pdf : null, pictures);
    writeOutput(target, shown, zip, ctx, { mode: fileMode(target) });

    const stem = reportName.slice(0, reportName.length - path.extname(reportName).length);
    const lines = [
      ctx.m("package.done", { input, output: shown }),
      ctx.m("package.item", { name: reportName }),
    ];
    if (pdf?.ok) lines.push(ctx.m("package.item", { name: `${stem}.pdf` }));
    for (const p of pictures)
      lines.push(ctx.m("package.item", { name: `${PICTURE_FOLDER}/${p.fileName}` }));
    if (pdf === null) lines.push(ctx.m("package.pdfSkipped"));
    else if (!pdf.ok) lines.push(ctx.m(`package.pdf.${pdf.reason}`));
    const converted = pictures.filter((p) => p.treatment === "converted").length;
    if (converted > 0) lines.push(ctx.m("package.converted", { count: converted }));
    const asIs = pictures.filter((p) => p.treatment === "asIs");
    if (asIs.length > 0)
      lines.push(
        ctx.m("package.notJpg", {
          count: asIs.length,
          names: asIs.map((p) => p.fileName).join("、"),
        })
      );
    if (report.skipped.length > 0)
      lines.push(ctx.m("exportImages.skipped", { count: report.skipped.length }));
    const charts = chartCount(pkg);
    if (charts > 0) lines.push(ctx.m("package.charts", { count: charts }));
    if (pictures.length === 0) lines.push(ctx.m("package.noPictures"));
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
