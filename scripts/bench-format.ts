/**
 * 一键排版's traffic with Word (issue 7), printed by `npm run bench` in the issue's exact line:
 *
 * ```
 * format-bytes paragraphs=2000 photos=6 read=N written=N
 * ```
 *
 * The document: the generated report (`bench-report.ts`) cut to exactly 2 000 paragraphs, with 6
 * camera-sized JPEG photos (1800 × 1200 px, 300 dpi, ≈ 2.9 MB of incompressible noise each,
 * `test/fixtures/jpeg.ts` — the JPEG twin of `noisePhoto`) and, like a draft pasted from the web
 * or another editor, none of our styles: every text paragraph carries direct fonts (宋体 /
 * Times New Roman, 小四), a 1.5-line spacing and a first-line indent; headings are bold; the
 * title is centred 黑体 二号. So every paragraph needs 一键排版 and most carry direct formatting
 * that conflicts with their role.
 *
 * The run: the gateway over the Word double (host "Windows", every requirement set). The read at
 * open (`gateway.readDocument()`) and the checklist's classification of it are not counted; then,
 * from the double's counters reset, what the pane's 一键排版 does (`src/taskpane/hooks/
 * useFormatting.ts`, then the re-check it asks for): `planFormatting` on that classification,
 * `applyEdits(edits)` (its write run brings the live model up to date, writes, and verifies the
 * written paragraphs), `readDocument()`. (In the pane the watcher adds one more fingerprint
 * batch after the own-write grace, for the paragraph events our write fired.) `read` is the double's `stats.bytesRead` (UTF-8 bytes of every value handed
 * to the add-in: loaded properties, OOXML strings, event payloads); `written` its
 * `stats.bytesWritten` (insertOoxml packages, inserted text, property values set). The goals:
 * read ≤ 2 × document.xml (its UTF-8 bytes in the .docx), written ≤ 3 MB. Lines after it give
 * the syncs, the insertOoxml calls and what the re-check found (every planned paragraph must be
 * formatted, or the bench fails).
 */
import { classify } from "../src/core/classify";
import { planFormatting } from "../src/core/plan";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx, type DraftBlock, type DraftParagraph } from "../test/fixtures/draft-docx";
import { getXmlPart, mainDocumentPart } from "../src/ooxml/package";
import { readDocx } from "../src/ooxml/zip";
import { createWordGateway } from "../src/word/gateway";
import { noiseJpeg } from "../test/fixtures/jpeg";
import { createWordDouble, installGlobals, type HostProfileName } from "../test/word-double";
import { generateReport } from "./bench-report";

export const FORMAT_PARAGRAPHS = 2000;
export const FORMAT_PHOTOS = 6;

/** The pasted-draft report of exactly `n` paragraphs with `photos` JPEG photos (see the file comment). */
export function formatBenchDocx(n = FORMAT_PARAGRAPHS, photos = FORMAT_PHOTOS): Uint8Array {
  const jpegs = Array.from({ length: photos }, (_, i) =>
    noiseJpeg({ width: 1800, height: 1200, dpi: 300, seed: i + 1 })
  );
  let target = 50_000;
  let ps = generateReport(target, jpegs).paragraphs;
  while (ps.length < n) {
    target *= 2;
    ps = generateReport(target, jpegs).paragraphs;
  }
  // Drop 主要做法 paragraphs just before 实施效果 until n remain (the photos sit early on).
  const r = PROFILE_2023.roles;
  const effect = ps.findIndex((p) => p.pStyle === r.heading1.styleId && p.text?.includes("效果"));
  const at = effect > 0 ? effect : ps.length;
  ps = [...ps.slice(0, at - (ps.length - n)), ...ps.slice(at)];
  const body = { eastAsia: "宋体", ascii: "Times New Roman", sz: 24 };
  const blocks: DraftBlock[] = ps.map((p): DraftParagraph => {
    if (p.pictures) return { pictures: p.pictures, jc: "center" };
    const base = { text: p.text ?? "" };
    if (p.pStyle === r.title.styleId)
      return { ...base, jc: "center", font: { eastAsia: "黑体", ascii: "Arial", sz: 44 } };
    if ([r.heading1, r.heading2, r.heading3].some((h) => h.styleId === p.pStyle))
      return { ...base, font: { ...body, bold: true }, spacing: { line: 360, lineRule: "auto" } };
    return {
      ...base,
      font: body,
      spacing: { line: 360, lineRule: "auto" },
      firstLineChars: 200,
    };
  });
  return buildDocx({ blocks, styles: { kind: "plain" } });
}

/** The UTF-8 bytes of a .docx's main document part. */
export function documentXmlBytes(docx: Uint8Array): number {
  const pkg = readDocx(docx);
  return Buffer.byteLength(getXmlPart(pkg, mainDocumentPart(pkg)) ?? "", "utf8");
}

/** What one 一键排版 run moved. */
export interface FormatRun {
  read: number;
  written: number;
  syncs: number;
  insertOoxml: number;
  planned: number;
  applied: number;
  unverified: number;
  /** Paragraphs whose role format is still wrong after the run, by the re-check's analysis. */
  stillWrong: number;
}

/** Runs the pane's 一键排版 sequence once on `docx` through the gateway over the double. */
export async function formatOnce(docx: Uint8Array, profile?: HostProfileName): Promise<FormatRun> {
  const double = createWordDouble(profile ? { docx, profile } : { docx, host: "Windows" });
  const restore = installGlobals(double);
  try {
    const gateway = createWordGateway({ profile: PROFILE_2023 });
    // The read at open and the checklist's classification of it (not counted).
    const classified = classify(await gateway.readDocument(), PROFILE_2023);
    double.resetStats();
    const edits = planFormatting(classified, PROFILE_2023);
    const result = await gateway.applyEdits(edits);
    const after = await gateway.readDocument();
    const stats = double.stats;
    const again = planFormatting(classify(after, PROFILE_2023), PROFILE_2023);
    return {
      read: stats.bytesRead,
      written: stats.bytesWritten,
      syncs: stats.syncCount,
      insertOoxml: stats.ooxml.inserts,
      planned: edits.filter((e) => e.op === "setRole").length,
      applied: result.applied,
      unverified: result.unverified.length,
      stillWrong: again.filter((e) => e.op === "setRole").length,
    };
  } finally {
    restore();
  }
}

/** Prints the issue 7 line for 一键排版 (and explanatory lines after it). */
export async function benchFormat(): Promise<void> {
  const docx = formatBenchDocx();
  const xml = documentXmlBytes(docx);
  const r = await formatOnce(docx);
  console.log(
    `format-bytes paragraphs=${FORMAT_PARAGRAPHS} photos=${FORMAT_PHOTOS} read=${r.read} written=${r.written}`
  );
  console.log(
    `# format: document.xml ${xml} bytes (goal read ≤ ${2 * xml}, written ≤ ${3 * 1024 * 1024}); ` +
      `${r.syncs} syncs; ${r.insertOoxml} insertOoxml; ${r.planned} paragraphs planned, ` +
      `${r.applied} applied, ${r.unverified} unverified, ${r.stillWrong} still to format after`
  );
  if (r.stillWrong > 0) {
    console.error(`format: ${r.stillWrong} paragraphs still need formatting after 一键排版`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  benchFormat().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
