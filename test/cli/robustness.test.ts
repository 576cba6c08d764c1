/**
 * @fileoverview Regression tests of the CLI on unusual input: a package whose main part is not a
 * Word document, a highly repetitive genuine document, absurdly nested tables, `format
 * --in-place` run twice (the first backup is kept), rule ids in the help texts, and recognising
 * Word XML documents (flat OPC).
 */
import * as fs from "fs";
import * as path from "path";
import { backupName, backupPathFor, flatOpcText } from "../../src/cli/files";
import { allRules } from "../../src/core/rules";
import { writeFlatOpc } from "../../src/ooxml/package";
import { writeDocx } from "../../src/ooxml/zip";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { buildPkg, p } from "../ooxml/parse-helpers";
import { cleanupTempDirs, listFiles, put, run, tempDir, unstyledDocx } from "./helpers";

jest.setTimeout(120_000);
afterAll(cleanupTempDirs);

const SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

describe("a package whose main part is not a Word document", () => {
  const sheetDocx = (): Uint8Array => {
    const pkg = buildPkg({ body: p("正文") });
    pkg.parts.get("/word/document.xml")!.contentType = SHEET_CT;
    return writeDocx(pkg);
  };
  const message = `这不是 Word 文档（主部件类型为 ${SHEET_CT}），请确认文件是用 Word 或 WPS 保存的 .docx`;

  it("check: exit 2 with the message", async () => {
    const dir = tempDir();
    put(dir, "表格.docx", sheetDocx());
    const r = await run(["check", "表格.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(message);
  });

  it("format: exit 2 with the message, nothing written", async () => {
    const dir = tempDir();
    put(dir, "表格.docx", sheetDocx());
    const r = await run(["format", "表格.docx", "-o", "出.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(listFiles(dir)).toEqual(["表格.docx"]);
    const inPlace = await run(["format", "表格.docx", "--in-place"], dir);
    expect(inPlace.code).toBe(2);
    expect(listFiles(dir)).toEqual(["表格.docx"]);
  });
});

describe("a 1 MB paragraph of one repeated character is not a zip bomb", () => {
  it("check exits 1 (findings), format exits 0", async () => {
    const dir = tempDir();
    const text = "我".repeat(350_000); // > 1 MB of UTF-8, compresses > 500×
    put(dir, "长.docx", writeDocx(buildPkg({ body: p(text) })));
    const c = await run(["check", "长.docx"], dir);
    expect(c.stdout).not.toMatch(/压缩炸弹|无法读取/);
    expect(c.code).toBe(1);
    const f = await run(["format", "长.docx", "-o", "出.docx"], dir);
    expect(f.stderr).toBe("");
    expect(f.code).toBe(0);
    expect(listFiles(dir)).toEqual(["出.docx", "长.docx"]);
  });
});

describe("tables nested 5000 deep", () => {
  const deepDocx = (): Uint8Array =>
    writeDocx(
      buildPkg({
        body: "<w:tbl><w:tr><w:tc>".repeat(5000) + p("深") + "</w:tc></w:tr></w:tbl>".repeat(5000),
      })
    );

  it("check and format: exit 2 with a clean message, not an internal error", async () => {
    const dir = tempDir();
    put(dir, "深.docx", deepDocx());
    const c = await run(["check", "深.docx"], dir);
    expect(c.code).toBe(2);
    expect(c.stdout).toMatch(/文档嵌套层数过多（超过 \d+ 层），无法读取/);
    expect(c.stdout).not.toMatch(/内部错误|RangeError/);
    const f = await run(["format", "深.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/文档嵌套层数过多/);
    expect(listFiles(dir)).toEqual(["深.docx"]);
  });
});

describe("format --in-place never overwrites a backup", () => {
  it("run twice: 报告.bak.docx keeps the original, the second backup goes to 报告.bak1.docx", async () => {
    const dir = tempDir();
    const original = unstyledDocx();
    put(dir, "报告.docx", original);
    const first = await run(["format", "报告.docx", "--in-place"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("原文件已备份为 报告.bak.docx）");
    const afterFirst = fs.readFileSync(path.join(dir, "报告.docx"));

    const second = await run(["format", "报告.docx", "--in-place"], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("原文件已备份为 报告.bak1.docx）");
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "报告.bak.docx")), original)).toBe(0);
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "报告.bak1.docx")), afterFirst)).toBe(0);

    const third = await run(["format", "报告.docx", "--in-place"], dir);
    expect(third.stdout).toContain("报告.bak2.docx");
    expect(listFiles(dir)).toEqual([
      "报告.bak.docx",
      "报告.bak1.docx",
      "报告.bak2.docx",
      "报告.docx",
    ]);
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "报告.bak.docx")), original)).toBe(0);
  });

  it("backupPathFor takes the first free name (gaps reused, dangling links count as taken)", () => {
    const dir = tempDir();
    const f = path.join(dir, "a.docx");
    expect(backupPathFor(f)).toBe(path.join(dir, "a.bak.docx"));
    put(dir, "a.bak.docx", "x");
    put(dir, "a.bak2.docx", "x");
    expect(backupPathFor(f)).toBe(path.join(dir, "a.bak1.docx"));
    fs.symlinkSync(path.join(dir, "missing"), path.join(dir, "a.bak1.docx"));
    expect(backupPathFor(f)).toBe(path.join(dir, "a.bak3.docx"));
  });

  it.each([
    ["报告.docx", 0, "报告.bak.docx"],
    ["报告.docx", 12, "报告.bak12.docx"],
    ["/a.b/报告.v2.docm", 1, "/a.b/报告.v2.bak1.docm"],
    ["report.xml", 0, "report.bak.xml"],
    ["/a.b/noext", 2, "/a.b/noext.bak2"],
  ])("backupName(%s, %d) keeps the extension last: %s", (file, i, expected) => {
    expect(backupName(file, i)).toBe(expected);
  });
});

describe("help texts name only existing rules", () => {
  const commands = ["check", "format", "fix", "new", "export-images", "ignore", "package"];

  it.each([["zh-CN"], ["en-US"]])(
    "every --rule id (and finding id's rule) exists (%s)",
    async (lang) => {
      const ids = new Set(allRules.map((r) => r.meta.id));
      const texts = [(await run(["--lang", lang, "--help"], "/")).stdout];
      for (const c of commands) texts.push((await run(["--lang", lang, c, "--help"], "/")).stdout);
      const mentioned: string[] = [];
      for (const t of texts) {
        // "--rule a b-c" (ids separated by single spaces; a double space ends the example)
        for (const m of t.matchAll(/--rule((?: [a-z0-9]+(?:-[a-z0-9]+)*)+)/g)) {
          mentioned.push(...m[1]!.trim().split(" "));
        }
        // finding ids "<rule id>/<kind>@p…"
        for (const m of t.matchAll(/--finding "([a-z0-9-]+)\//g)) mentioned.push(m[1]!);
      }
      expect(mentioned.length).toBeGreaterThan(3);
      expect(mentioned.filter((id) => !ids.has(id))).toEqual([]);
      expect(texts.join("\n")).not.toContain("photo-dpi");
    }
  );
});

describe("flatOpcText recognises Word XML documents", () => {
  const flat = writeFlatOpc(buildPkg({ body: p("平面") }));
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

  it("after a BOM, whitespace, the XML declaration, processing instructions and comments", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(`\n  <!-- 注释 -->\n${flat}`)]);
    const text = flatOpcText(withBom);
    expect(text).not.toBeNull();
    expect(parseFlatOpc(text!).paragraphs.map((x) => x.text)).toEqual(["平面"]);
    expect(flatOpcText(enc(flat))).toBe(flat);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(flat, "utf16le")]);
    expect(flatOpcText(utf16)).toBe(flat);
  });

  it("not for other XML, a wrong namespace, a zip or an empty file", () => {
    expect(flatOpcText(enc('<?xml version="1.0"?><w:document xmlns:w="x"/>'))).toBeNull();
    expect(flatOpcText(enc('<pkg:package xmlns:pkg="urn:other"></pkg:package>'))).toBeNull();
    expect(flatOpcText(enc("<html><body>pkg:package</body></html>"))).toBeNull();
    expect(flatOpcText(writeDocx(buildPkg({ body: p("x") })))).toBeNull();
    expect(flatOpcText(new Uint8Array(0))).toBeNull();
  });
});
