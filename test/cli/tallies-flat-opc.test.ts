/**
 * @fileoverview `case-report check`: the tallies of figures, tables (R12) and photos (R21) with
 * their bounds and status in the text report (under the 字数 rows), in `--json` (field `tallies`
 * added within version 1) and in the HTML page; Word XML documents (flat OPC, `.xml`) are checked
 * like the .docx they were saved from, another `.xml` file is refused as 不是 Word XML 文档, and
 * `format`/`fix` refuse a Word XML document with a message that says to save it as .docx.
 */
import * as fs from "fs";
import * as path from "path";
import type { FileReport } from "../../src/cli/check-report";
import { PROFILE_2023 } from "../../src/core/profile";
import { writeFlatOpc } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";
import {
  cleanupTempDirs,
  compliantDocx,
  listFiles,
  put,
  run,
  smallDocx,
  tempDir,
  p,
} from "./helpers";

jest.setTimeout(60_000);
afterAll(cleanupTempDirs);

interface JsonOut {
  version: number;
  files: FileReport[];
}

/** The compliant sample saved as a Word XML document (flat OPC). */
const compliantXml = (): string => writeFlatOpc(readDocx(compliantDocx()));

describe("check: tallies", () => {
  it("text: 图/表/照片 rows under the 字数 rows, with bound and status", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    const r = await run(["check", "a.docx"], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const counts = lines.indexOf("字数：");
    const tallies = lines.indexOf("图、表和照片：");
    expect(counts).toBeGreaterThan(0);
    expect(tallies).toBeGreaterThan(counts);
    expect(lines[tallies + 1]).toMatch(/^ {2}图\s+2 张\s+不宜超过 10 张\s+符合$/);
    expect(lines[tallies + 2]).toMatch(/^ {2}表\s+0 个\s+不宜超过 10 个\s+符合$/);
    expect(lines[tallies + 3]).toMatch(/^ {2}照片\s+2 张\s+要求不少于 2 张\s+符合$/);
    // same columns as the 字数 rows
    const col = (l: string) => (l.indexOf("要求") >= 0 ? l.indexOf("要求") : l.indexOf("不宜"));
    expect(col(lines[tallies + 3]!)).toBe(col(lines[counts + 1]!));
  });

  it("text: too few photos is 不足", async () => {
    const dir = tempDir();
    put(dir, "b.docx", smallDocx(p("题目")));
    const r = await run(["check", "b.docx"], dir);
    expect(r.stdout).toMatch(/照片\s+0 张\s+要求不少于 2 张\s+不足/);
  });

  it("JSON: tallies per file with min/max and status; an unreadable file has none", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    put(dir, "bad.docx", "not a zip");
    const r = await run(["check", "a.docx", "bad.docx", "--json"], dir);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.version).toBe(1);
    expect(out.files[0]!.tallies).toEqual([
      { id: "figures", label: "图", value: 2, max: 10, status: "ok", requirementIds: ["R12"] },
      { id: "tables", label: "表", value: 0, max: 10, status: "ok", requirementIds: ["R12"] },
      { id: "pictures", label: "照片", value: 2, min: 2, status: "ok", requirementIds: ["R21"] },
    ]);
    expect(out.files[1]!.error).toBeDefined();
    expect(out.files[1]!.tallies).toEqual([]);
  });

  it("HTML: the tallies in the counts table", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    await run(["check", "a.docx", "--html", "r.html"], dir);
    const html = fs.readFileSync(path.join(dir, "r.html"), "utf8");
    expect(html).toContain("图、表和照片");
    expect(html).toMatch(
      /<tr class="tally tally-pictures"><td>照片<\/td><td class="num">2 张<\/td><td>要求不少于 2 张<\/td><td class="st-ok">符合/
    );
    expect(html).toMatch(
      /<tr class="tally tally-figures"><td>图<\/td><td class="num">2 张<\/td><td>不宜超过 10 张<\/td>/
    );
    expect(html).toContain(`依据：${PROFILE_2023.name}`);
  });

  it("English: tallies and the profile line", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    const r = await run(["--lang", "en-US", "check", "a.docx"], dir);
    expect(r.stdout).toContain("Figures, tables and photos:");
    expect(r.stdout).toMatch(/Photos\s+2\s+at least 2\s+OK/);
    expect(r.stdout.split("\n")[0]).toBe(`Profile: ${PROFILE_2023.name}`);
  });
});

describe("check: Word XML documents (flat OPC)", () => {
  it("reads a .xml saved by Word like the .docx it came from", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    put(dir, "a.xml", compliantXml());
    const d = JSON.parse((await run(["check", "a.docx", "--json"], dir)).stdout) as JsonOut;
    const x = await run(["check", "a.xml", "--json"], dir);
    expect(x.code).toBe(0);
    const rx = (JSON.parse(x.stdout) as JsonOut).files[0]!;
    const rd = d.files[0]!;
    expect(rx.error).toBeUndefined();
    expect(rx.file).toBe("a.xml");
    expect(rx.counts).toEqual(rd.counts);
    expect(rx.tallies).toEqual(rd.tallies);
    expect(rx.findings).toEqual(rd.findings);
    expect(rx.rules).toEqual(rd.rules);
  });

  it("accepts a BOM, blank lines, comments and processing instructions before the root", async () => {
    const dir = tempDir();
    const xml = compliantXml();
    const root = xml.indexOf("<pkg:package");
    const prolog = xml.slice(0, root);
    const text = `\ufeff\n  ${prolog}<!-- saved by Word -->\n<?other x?>\n${xml.slice(root)}`;
    put(dir, "b.xml", text);
    const r = await run(["check", "b.xml"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("结论：通过");
    expect(r.stdout).toMatch(/正文\s+\d+ 字\s+要求不少于 3000 字\s+符合/);
  });

  it("a .xml that is not a Word XML document: 不是 Word XML 文档 (exit 2)", async () => {
    const dir = tempDir();
    put(dir, "c.xml", '<?xml version="1.0"?>\n<root><package/></root>');
    put(dir, "d.xml", '<?xml version="1.0"?><package xmlns="urn:other"/>');
    const r = await run(["check", "c.xml", "d.xml"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/== c\.xml ==\n无法读取：“c\.xml”不是 Word XML 文档/);
    expect(r.stdout).toMatch(/== d\.xml ==\n无法读取：“d\.xml”不是 Word XML 文档/);
    const j = JSON.parse((await run(["check", "c.xml", "--json"], dir)).stdout) as JsonOut;
    expect(j.files[0]!.error?.code).toBe("notWordXml");
  });

  it("format and fix refuse a Word XML document and say to save it as .docx; nothing is written", async () => {
    const dir = tempDir();
    put(dir, "a.xml", compliantXml());
    const f = await run(["format", "a.xml", "-o", "out.docx"], dir);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("Word XML 文档");
    expect(f.stderr).toContain("另存为“Word 文档（*.docx）”");
    const x = await run(["fix", "a.xml", "-o", "out.docx"], dir);
    expect(x.code).toBe(2);
    expect(x.stderr).toContain("Word XML 文档");
    expect(listFiles(dir)).toEqual(["a.xml"]);
  });
});
