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
 * says how to save them as pictures. What goes into the zip is decided in `src/ooxml/submission.ts`
 * (the pane builds the same zip); here: reading the file, LibreOffice, the output file. The zip is
 * written atomically; an existing file is replaced only with `--force`; the input can never be the
 * output. Layer: cli.
 */
import * as fs from "fs";
import * as path from "path";
import { readDocx } from "../ooxml/zip";
import { parsePackage } from "../ooxml/parse";
import { exportPicturesReport } from "../ooxml/picture-files";
import {
  PICTURE_FOLDER,
  chartCount,
  packagePictures,
  pdfNameFor,
  submissionZip,
} from "../ooxml/submission";
import { describeError } from "./check";
import { CliFailure, EXIT, type CliContext, type ExitCode } from "./context";
import {
  checkOutputPath,
  fileMode,
  readInputFile,
  refuseOutputIsInput,
  writeOutput,
} from "./files";
import { convertToPdf, findSoffice, fontsMissingForPdf, type PdfResult } from "./soffice";
import { analyzeDecided } from "../core/analyze";
import { PROFILE_2023, type Profile } from "../core/profile";
import { readDocumentState } from "../ooxml/decisions-part";
import { severityCounts } from "./report-text";
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
  /**
   * The profile the closing cautions use (errors left, fonts the PDF lacks), as `check` with the
   * same `--profile`; default the built-in one.
   */
  profile?: Profile;
}

/** The default archive name for `input`: "<name>-提交材料.zip" in the working folder. */
export function defaultPackageName(input: string): string {
  return `${path.basename(input, path.extname(input))}-提交材料.zip`;
}

/** PNG → JPG with pngjs + jpeg-js; null when the PNG cannot be converted (kept as stored). */
function toJpeg(png: Uint8Array, dpi: number | null): Uint8Array | null {
  const r = pngToJpeg(png, dpi);
  return r.ok ? r.jpeg : null;
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
  const profile = options.profile ?? PROFILE_2023;
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
    const pictures = await packagePictures(report.pictures, toJpeg);

    let pdf: PdfResult | null = null;
    if (options.pdf !== false) {
      const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
      // said only when LibreOffice is there to print (else the closing lines say how to add it)
      if (soffice !== null) io.stderr.write(`${ctx.m("package.printing")}\n`);
      pdf = await convertToPdf(bytes, { soffice });
    }
    const reportName = path.basename(input);
    const zip = submissionZip({
      reportName,
      report: bytes,
      pdf: pdf?.ok ? pdf.pdf : null,
      pictures,
    });
    writeOutput(target, shown, zip, ctx, { mode: fileMode(target) });

    const lines = [
      ctx.m("package.done", { input, output: shown }),
      ctx.m("package.item", { name: reportName }),
    ];
    if (pdf?.ok) lines.push(ctx.m("package.item", { name: pdfNameFor(reportName) }));
    for (const p of pictures)
      lines.push(ctx.m("package.item", { name: `${PICTURE_FOLDER}/${p.fileName}` }));
    if (pdf === null) lines.push(ctx.m("package.pdfSkipped"));
    else if (!pdf.ok) lines.push(ctx.m(`package.pdf.${pdf.reason}`));
    else {
      const missing = fontsMissingForPdf(profile) ?? [];
      if (missing.length > 0) lines.push(ctx.m("package.pdfFonts", { fonts: missing.join("、") }));
    }
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
    // Not yet a submission: a document that is not a case report, or one with errors left.
    const analysis = analyzeDecided(doc, profile, readDocumentState(pkg), {
      locale: ctx.locale,
    });
    if (analysis.checklist.documentKind === "notReport") lines.push(ctx.m("package.notReport"));
    else {
      const errors = severityCounts(analysis.lint.findings).errors;
      if (errors > 0) lines.push(ctx.m("package.hasErrors", { count: errors, input }));
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`${describeError(e, ctx).message}\n`);
    return EXIT.failure;
  }
}
