/**
 * @fileoverview Helpers of the CLI tests: run `main` in-process with captured streams, make and
 * list temporary folders, and generate every fixture inside the tests — good reports from the
 * draft generators of test/fixtures/drafts.ts, hand-made packages (writeDocx / buildPkg) and raw
 * zips (fflate) for hostile input.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { main } from "../../src/cli/main";
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx } from "../fixtures/draft-docx";
import { type OpcPackage } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import {
  compliantDraft,
  firstPersonDraft,
  missingMarkerDraft,
  unstyledDraft,
} from "../fixtures/drafts";
import { buildPkg } from "../ooxml/parse-helpers";

/** What one CLI run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Every write in order, tagged by stream (to test streaming order). */
  events: { stream: "stdout" | "stderr"; text: string }[];
}

/** Runs the CLI in-process with `args` in folder `cwd`. `tty` makes stderr claim to be a terminal. */
export async function run(
  args: string[],
  cwd: string,
  opts: { tty?: boolean } = {}
): Promise<CliRun> {
  const events: CliRun["events"] = [];
  const sink = (stream: "stdout" | "stderr", isTTY: boolean) => ({
    isTTY,
    write: (s: string) => {
      events.push({ stream, text: s });
      return true;
    },
  });
  const code = await main(args, {
    stdout: sink("stdout", false),
    stderr: sink("stderr", opts.tty === true),
    cwd,
  });
  const join = (s: "stdout" | "stderr"): string =>
    events
      .filter((e) => e.stream === s)
      .map((e) => e.text)
      .join("");
  return { code, stdout: join("stdout"), stderr: join("stderr"), events };
}

const made: string[] = [];

/** A new empty temporary folder, removed by {@link cleanupTempDirs}. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-cli-"));
  made.push(dir);
  return dir;
}

/** Removes the folders made by {@link tempDir}. */
export function cleanupTempDirs(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Every file below `dir` (relative paths, sorted), hidden ones included: to prove no temp file is left. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, "");
  return out.sort();
}

/** Writes `data` to `dir/name` (folders created) and returns the absolute path. */
export function put(dir: string, name: string, data: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
}

/** True for text containing Chinese characters (the CLI's messages are Chinese). */
export const hasChinese = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

let compliantCache: Uint8Array | null = null;
let unstyledCache: Uint8Array | null = null;
let firstPersonCache: Uint8Array | null = null;

/** The compliant sample report (every rule met): check exits 0. */
export function compliantDocx(): Uint8Array {
  compliantCache ??= buildDocx(compliantDraft(PROFILE_2023).spec);
  return compliantCache;
}

/** The sample report pasted into a new document (theme fonts, Letter page): many format errors. */
export function unstyledDocx(): Uint8Array {
  unstyledCache ??= buildDocx(unstyledDraft(PROFILE_2023).spec);
  return unstyledCache;
}

/** Compliant but with three first-person words: warnings only, check exits 0. */
export function firstPersonDocx(): Uint8Array {
  firstPersonCache ??= buildDocx(firstPersonDraft(PROFILE_2023).spec);
  return firstPersonCache;
}

/** The sample report with one heading's number removed: warnings only (heading-levels). */
export function missingMarkerDocx(): Uint8Array {
  return buildDocx(missingMarkerDraft(PROFILE_2023).spec);
}

/** A small package with `body` (inner XML of w:body), as .docx bytes. */
export function smallDocx(body: string): Uint8Array {
  return writeDocx(buildPkg({ body }));
}

/** A paragraph of body XML. */
export const p = (text: string): string =>
  `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A zip of raw entries (names as given, no checks), e.g. for hostile packages. */
export function rawZip(entries: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(entries)) z[k] = typeof v === "string" ? strToU8(v) : v;
  return zipSync(z);
}

export const CT_XML =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

export const ROOT_RELS = (target = "word/document.xml"): string =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

export const DOC_XML = (inner: string, prolog = ""): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${inner}</w:body></w:document>`;

/** An OLE compound file header followed by a directory entry name in UTF-16LE. */
export function oleFile(streamName: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(2048);
  bytes.set(head, 0);
  const name = Buffer.from(streamName, "utf16le");
  bytes.set(name, 1024);
  return bytes;
}

export const CT_DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
export const CT_DOTX_MAIN =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

/**
 * A .docm: the unstyled sample with a VBA project (`word/vbaProject.bin`, its relationship from
 * the document, its own relationships part to `word/vbaData.xml`) and the macro-enabled type.
 */
export function docmBytes(): Uint8Array {
  const pkg: OpcPackage = readDocx(unstyledDocx());
  const rels = pkg.parts.get("/word/_rels/document.xml.rels")!;
  rels.data = (rels.data as string).replace(
    "</Relationships>",
    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
  );
  pkg.parts.set("/word/vbaProject.bin", {
    name: "/word/vbaProject.bin",
    contentType: "application/vnd.ms-office.vbaProject",
    data: new Uint8Array([0xcc, 0x61, 0x0a, 0x00, 1, 2, 3, 4]),
  });
  pkg.parts.set("/word/_rels/vbaProject.bin.rels", {
    name: "/word/_rels/vbaProject.bin.rels",
    contentType: "application/vnd.openxmlformats-package.relationships+xml",
    data:
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>',
  });
  pkg.parts.set("/word/vbaData.xml", {
    name: "/word/vbaData.xml",
    contentType: "application/vnd.ms-word.vbaData+xml",
    data: '<?xml version="1.0" encoding="UTF-8"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>',
  });
  pkg.parts.get("/word/document.xml")!.contentType = CT_DOCM_MAIN;
  return writeDocx(pkg);
}

/** A .dotx: the unstyled sample with the template main content type. */
export function dotxBytes(): Uint8Array {
  const pkg = readDocx(unstyledDocx());
  pkg.parts.get("/word/document.xml")!.contentType = CT_DOTX_MAIN;
  return writeDocx(pkg);
}

/** The text of `[Content_Types].xml` and every part name of a .docx (read raw, not through our reader). */
export function rawEntries(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(unzipSync(bytes))) out[k] = strFromU8(v, true);
  return out;
}
