/**
 * @fileoverview The submission package of issue 9 (R23, R25), one zip shared by the CLI
 * (`case-report package`) and the task pane (导出提交材料):
 * - the report file byte for byte (`报告.docx`), when the caller has it;
 * - the report as PDF (`报告.pdf`), when the caller could print one;
 * - every picture as its own file named by its caption (names of `./picture-files`) under `图片/`:
 *   JPGs as stored (never recompressed), PNGs — charts and screenshots, mostly — converted to JPG
 *   as the notice asks ("图表如果是图片形式, 需单独提供一张 JPG 格式的图片"), by a converter the
 *   caller brings (Node: pngjs + jpeg-js in `src/cli/to-jpeg.ts`; the pane: the browser's canvas),
 *   declaring the resolution the picture has in the document; other formats (EMF, GIF …) as stored.
 * Word charts (DrawingML) are not pictures and cannot be exported; {@link chartCount} counts them so
 * the caller can say how to save them. Pure (fflate only, through `./files-zip`). Layer: ooxml.
 */
import type { ExportedPicture, PngToJpeg, SubmissionExport } from "../core/gateway";
import { itemAt } from "../core/item-at";
import type { OpcPackage } from "./package";
import { uniqueNames } from "./picture-files";
import { filesZip, type ZipFile } from "./files-zip";

/** The folder of the pictures inside the zip. */
export const PICTURE_FOLDER = "图片";

/** Content type of a Word chart part (DrawingML, not a picture). */
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** One picture as it goes into the package, and what was done to it. */
export interface PackagedPicture {
  fileName: string;
  bytes: Uint8Array;
  /** "kept" (a JPG as stored), "converted" (PNG → JPG), "asIs" (not converted: kept as stored). */
  treatment: "kept" | "converted" | "asIs";
}

/**
 * The pictures ready for the package: named by caption, PNGs converted to JPG by `toJpeg`, names
 * unique again afterwards ("图1 x.png" → "图1 x.jpg" may meet a JPG of the same caption).
 * @param exported the files of `exportPicturesReport` (or the gateway's `exportPictures`), in
 *   document order, each with its effective `dpi`
 */
export async function packagePictures(
  exported: readonly ExportedPicture[],
  toJpeg: PngToJpeg
): Promise<PackagedPicture[]> {
  const out: PackagedPicture[] = [];
  for (const e of exported) {
    if (/\.jpe?g$/i.test(e.fileName)) {
      out.push({ fileName: e.fileName, bytes: e.bytes, treatment: "kept" });
      continue;
    }
    const jpeg = /\.png$/i.test(e.fileName) ? await toJpeg(e.bytes, e.dpi ?? null) : null;
    out.push(
      jpeg
        ? { fileName: e.fileName.replace(/\.png$/i, ".jpg"), bytes: jpeg, treatment: "converted" }
        : { fileName: e.fileName, bytes: e.bytes, treatment: "asIs" }
    );
  }
  const names = uniqueNames(out.map((p) => p.fileName));
  return out.map((p, i) => ({ ...p, fileName: itemAt(names, i) }));
}

/** Number of Word chart parts (DrawingML charts) in the package. */
export function chartCount(pkg: OpcPackage): number {
  let n = 0;
  for (const part of pkg.parts.values()) if (part.contentType === CT_CHART) n++;
  return n;
}

/** The name of the report's PDF next to `reportName`: "报告.docx" → "报告.pdf". */
export function pdfNameFor(reportName: string): string {
  const dot = reportName.lastIndexOf(".");
  return `${dot > 0 ? reportName.slice(0, dot) : reportName}.pdf`;
}

/** What goes into {@link submissionZip}. */
export interface SubmissionFiles {
  /** The report's file name in the zip, e.g. "报告.docx" (also names the PDF). */
  reportName: string;
  /** The report's bytes; null when the caller could not get them (Word on the web). */
  report: Uint8Array | null;
  /** The PDF; null when none could be printed. */
  pdf: Uint8Array | null;
  pictures: readonly PackagedPicture[];
}

/**
 * The zip: the report, its PDF, and the pictures under {@link PICTURE_FOLDER}, as
 * {@link filesZip} makes zips for people (UTF-8 names that Info-ZIP, Windows Explorer, macOS
 * Archive Utility and 7-Zip all read; images and the .docx stored, the PDF deflated).
 * @param mtime time stamp of every entry (default now; tests pass a fixed one)
 */
export function submissionZip(files: SubmissionFiles, mtime: Date = new Date()): Uint8Array {
  const entries: ZipFile[] = [];
  if (files.report) entries.push({ name: files.reportName, bytes: files.report });
  if (files.pdf) entries.push({ name: pdfNameFor(files.reportName), bytes: files.pdf });
  for (const p of files.pictures) {
    entries.push({ name: `${PICTURE_FOLDER}/${p.fileName}`, bytes: p.bytes });
  }
  return filesZip(entries, mtime);
}

/** The document as a file, or why the caller has none ("unsupported" host, or Word "failed"). */
export type FileOrReason = Uint8Array | "unsupported" | "failed";

/**
 * The whole submission: pictures packaged ({@link packagePictures}), the zip
 * ({@link submissionZip}), and what is in it or missing — the one assembly behind the pane's
 * 导出提交材料 (the Word gateway) and the same zip `case-report package` writes.
 * @returns `zip` null when there is nothing at all to put in it
 */
export async function assembleSubmission(input: {
  reportName: string;
  report: FileOrReason;
  pdf: FileOrReason;
  pictures: readonly ExportedPicture[];
  toJpeg: PngToJpeg;
}): Promise<SubmissionExport> {
  const pictures = await packagePictures(input.pictures, input.toJpeg);
  // typeof, not instanceof: bytes may come from another realm (a webview frame, jsdom)
  const report = typeof input.report === "string" ? null : input.report;
  const pdf = typeof input.pdf === "string" ? null : input.pdf;
  const fileNames = [
    ...(report ? [input.reportName] : []),
    ...(pdf ? [pdfNameFor(input.reportName)] : []),
    ...pictures.map((p) => `${PICTURE_FOLDER}/${p.fileName}`),
  ];
  return {
    zip:
      fileNames.length === 0
        ? null
        : submissionZip({ reportName: input.reportName, report, pdf, pictures }),
    fileNames,
    report: typeof input.report === "string" ? input.report : "included",
    pdf: typeof input.pdf === "string" ? input.pdf : "included",
    converted: pictures.filter((p) => p.treatment === "converted").length,
    notJpg: pictures.filter((p) => p.treatment === "asIs").map((p) => p.fileName),
  };
}
