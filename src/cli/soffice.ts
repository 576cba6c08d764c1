/**
 * @fileoverview LibreOffice as the CLI's PDF printer (issue 9, R25: the submission package holds
 * the report as PDF). Finds `soffice` (`$SOFFICE`, PATH, the usual install folders on Windows and
 * macOS), converts one .docx in a private temporary folder with its own user profile (so a
 * LibreOffice the writer has open is neither used nor locked), kills the whole process group on a
 * timeout, and removes every temporary file. Says which of the profile's fonts the machine lacks
 * (the PDF then shows another font). Layer: cli.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import type { Profile } from "../core/profile";

/** Where LibreOffice installs `soffice` when it is not on PATH. */
const INSTALL_PATHS: readonly string[] = [
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The LibreOffice binary: `$SOFFICE` when set (used as given: a path that does not exist means
 * "no LibreOffice", which tests use), else `soffice`/`libreoffice` on PATH, else the usual install
 * folders; null when none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOFFICE !== undefined && env.SOFFICE !== "")
    return isFile(env.SOFFICE) ? env.SOFFICE : null;
  const names =
    process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const n of names) if (isFile(path.join(dir, n))) return path.join(dir, n);
  }
  return INSTALL_PATHS.find(isFile) ?? null;
}

/** What {@link convertToPdf} returns. */
export type PdfResult =
  | { ok: true; pdf: Uint8Array }
  | { ok: false; reason: "missing" | "timeout" | "failed"; detail?: string };

/** Default time LibreOffice gets for one report (a cold start takes 5–20 s; photos add more). */
export const PDF_TIMEOUT_MS = 180_000;

/**
 * Prints `docx` to PDF with LibreOffice (`soffice --headless --convert-to pdf`). Never throws:
 * a missing LibreOffice, a timeout (the process group is killed) or a failed conversion comes back
 * as `{ ok: false, reason }`. The input bytes are written to a private temporary folder, which is
 * removed afterwards whatever happened.
 * @param docx the .docx bytes
 * @param options.soffice the binary (default {@link findSoffice})
 * @param options.timeoutMs default {@link PDF_TIMEOUT_MS}
 */
export async function convertToPdf(
  docx: Uint8Array,
  options: { soffice?: string | null; timeoutMs?: number } = {}
): Promise<PdfResult> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (soffice === null) return { ok: false, reason: "missing" };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-pdf-"));
  try {
    const input = path.join(work, "report.docx");
    fs.writeFileSync(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      input,
    ];
    const outcome = await new Promise<{ code: number | null; timedOut: boolean; stderr: string }>(
      (resolve) => {
        const child = spawn(soffice, args, {
          detached: process.platform !== "win32",
          stdio: ["ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr?.on("data", (b: Buffer) => {
          if (stderr.length < 4000) stderr += b.toString("utf8");
        });
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          try {
            if (child.pid !== undefined && process.platform !== "win32")
              process.kill(-child.pid, "SIGKILL");
            else child.kill("SIGKILL");
          } catch {
            // already gone
          }
        }, options.timeoutMs ?? PDF_TIMEOUT_MS);
        child.on("error", (e) => {
          clearTimeout(timer);
          resolve({ code: null, timedOut: false, stderr: e.message });
        });
        child.on("close", (code) => {
          clearTimeout(timer);
          resolve({ code, timedOut, stderr });
        });
      }
    );
    if (outcome.timedOut) return { ok: false, reason: "timeout" };
    const pdfPath = path.join(work, "report.pdf");
    if (!isFile(pdfPath)) return { ok: false, reason: "failed", detail: outcome.stderr.trim() };
    const pdf = new Uint8Array(fs.readFileSync(pdfPath));
    // a PDF starts with "%PDF-"; anything else is not one
    if (pdf.length < 5 || String.fromCharCode(...pdf.subarray(0, 5)) !== "%PDF-")
      return { ok: false, reason: "failed", detail: "not a PDF" };
    return { ok: true, pdf };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The font families fontconfig knows (`fc-list : family`, one line per font, its names
 * comma-separated), or null without `fc-list` (Windows; a Mac without fontconfig).
 */
export function fontFamilies(): string | null {
  const r = spawnSync("fc-list", [":", "family"], { encoding: "utf8", timeout: 20_000 });
  return r.status === 0 && typeof r.stdout === "string" ? r.stdout : null;
}

/**
 * The profile's East Asian fonts (R14–R19: 黑体, 楷体_GB2312, 宋体) that `families` has under none
 * of their names (`profile.fontAliases`): LibreOffice prints their text in another font, so the
 * PDF does not show the fonts the notice asks for.
 * @param families what {@link fontFamilies} gives (default: this machine's)
 * @returns the missing fonts in the profile's order, or null when it cannot be told
 */
export function fontsMissingForPdf(
  profile: Profile,
  families: string | null = fontFamilies()
): string[] | null {
  if (families === null) return null;
  const have = new Set(
    families
      .split(/\r?\n/)
      .flatMap((line) => line.split(","))
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== "")
  );
  const required = [...new Set(Object.values(profile.roles).map((r) => r.eastAsia))];
  return required.filter(
    (font) =>
      ![font, ...(profile.fontAliases[font] ?? [])].some((name) => have.has(name.toLowerCase()))
  );
}
