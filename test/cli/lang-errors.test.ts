/**
 * @fileoverview `--lang en-US` is English everywhere: a broken document read by every command
 * that reads one gives the reason and the way forward in English (the OoxmlError texts come from
 * the "errors" catalog), with the same exit status and code as in Chinese.
 */
import { zipSync } from "fflate";
import {
  CT_XML,
  DOC_XML,
  ROOT_RELS,
  cleanupTempDirs,
  compliantDocx,
  hasChinese,
  oleFile,
  p,
  put,
  rawZip,
  run,
  tempDir,
} from "./helpers";

jest.setTimeout(120_000);
afterAll(cleanupTempDirs);

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** [case, bytes, OoxmlError code, what the English message must say] */
const BROKEN: [string, () => Uint8Array, string, RegExp][] = [
  ["empty file", () => new Uint8Array(0), "notZip", /not a \.docx .*it is empty/],
  ["PDF", () => enc("%PDF-1.7\n%…"), "notZip", /it is a PDF file/],
  [
    "truncated zip",
    () => compliantDocx().slice(0, Math.floor(compliantDocx().length / 2)),
    "truncated",
    /incomplete or damaged/,
  ],
  [
    "empty word/document.xml",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": "",
      }),
    "missingDocument",
    /word\/document\.xml\) is empty/,
  ],
  [
    "malformed XML",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": DOC_XML("<w:p><w:r>"),
      }),
    "badXml",
    /The XML of the file \(\/word\/document\.xml\) is malformed/,
  ],
  [
    "a character XML forbids",
    () =>
      zipSync({
        "[Content_Types].xml": enc(CT_XML),
        "_rels/.rels": enc(ROOT_RELS()),
        "word/document.xml": enc(DOC_XML(p("a&#x1b;]0;title\u0007b"))),
      }),
    "badXml",
    /control characters that XML does not allow/,
  ],
  ["Word 97-2003 .doc", () => oleFile("WordDocument"), "legacyDoc", /old Word 97-2003 document/],
];

describe.each(BROKEN)("--lang en-US on a broken document: %s", (_name, make, code, message) => {
  it("check (text and JSON): English reason, exit 2", async () => {
    const dir = tempDir();
    put(dir, "bad.docx", make());
    const text = await run(["--lang", "en-US", "check", "bad.docx"], dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(message);
    // the profile's name is the notice's own (Chinese) title; everything else is English
    const lines = (text.stdout + text.stderr).split("\n");
    expect(lines[0]).toMatch(/^Profile: /);
    expect(lines.slice(1).filter(hasChinese)).toEqual([]);
    const json = await run(["--lang", "en-US", "check", "--json", "bad.docx"], dir);
    const file = (
      JSON.parse(json.stdout) as { files: { error: { code: string; message: string } }[] }
    ).files[0]!;
    expect(file.error.code).toBe(code);
    expect(file.error.message).toMatch(message);
    expect(hasChinese(file.error.message)).toBe(false);
    // the same file in Chinese still gets the Chinese text
    const zh = await run(["check", "bad.docx"], dir);
    expect(zh.code).toBe(2);
    expect(hasChinese(zh.stdout)).toBe(true);
  });

  it.each([
    [["format", "bad.docx", "-o", "out.docx"]],
    [["fix", "bad.docx", "--yes", "-o", "out.docx"]],
    [["ignore", "bad.docx", "--rule", "first-person"]],
    [["outline", "bad.docx"]],
    [["export-images", "bad.docx", "-o", "pics"]],
  ])("%j: English reason, exit 2", async (args) => {
    const dir = tempDir();
    put(dir, "bad.docx", make());
    const r = await run(["--lang", "en-US", ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(message);
    const lines = (r.stdout + r.stderr).split("\n").filter((l) => !/^Profile: /.test(l));
    expect(lines.filter(hasChinese)).toEqual([]);
  });
});
