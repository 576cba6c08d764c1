/**
 * @fileoverview `case-report format`: the add-in's formatting on a file (the output re-checks
 * without role-format / page-setup findings and with the same text), the report of what was
 * applied, the refusal cases (no -o, -o equal to the input, a missing folder, a changed text),
 * `--in-place` with its backup, atomic writes, and the macros of a .docm and the type of a .dotx.
 */
import * as fs from "fs";
import * as path from "path";
import type { FileReport } from "../../src/cli/check-report";
import { dropMacroParts, mainContentTypeFor, sourceOfRels } from "../../src/cli/format";
import * as ooxmlFormat from "../../src/ooxml/format";
import { setXmlPart } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";
import { parseDocx } from "../../src/ooxml/parse";
import {
  CT_DOCM_MAIN,
  CT_DOTX_MAIN,
  cleanupTempDirs,
  docmBytes,
  dotxBytes,
  listFiles,
  put,
  rawEntries,
  run,
  tempDir,
  unstyledDocx,
} from "./helpers";

jest.setTimeout(60_000);
afterAll(cleanupTempDirs);

const CT_DOCX_MAIN =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const texts = (bytes: Uint8Array): string[] => parseDocx(bytes).paragraphs.map((x) => x.text);
const read = (dir: string, name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(dir, name)));

async function checkJson(dir: string, file: string): Promise<FileReport> {
  const r = await run(["check", "--json", file], dir);
  return (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
}

describe("format: the add-in's formatting on a file", () => {
  it("styles every paragraph by role, sets A4 portrait, keeps the text, and says what it did", async () => {
    const dir = tempDir();
    put(dir, "草稿.docx", unstyledDocx());
    const before = await checkJson(dir, "草稿.docx");
    expect(before.findings.some((f) => f.ruleId === "role-format")).toBe(true);
    expect(before.findings.some((f) => f.ruleId === "page-setup")).toBe(true);

    const r = await run(["format", "草稿.docx", "-o", "排版后.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("已排版：草稿.docx → 排版后.docx");
    expect(r.stdout).toMatch(
      /套用样式：题目 1 段、单位全称行 1 段、单位简介标题 1 段、单位简介 1 段、一级标题 3 段、二级标题 \d+ 段、三级标题 \d+ 段、正文 \d+ 段.*（共 \d+ 段）/
    );
    expect(r.stdout).toContain("页面：已设为 A4 纵向。");
    expect(r.stdout).toMatch(/已核对：排版前后 \d+ 段文字完全一致。/);
    // counted in the task pane's words (个错误 · 个提醒), never 警告 / 条
    expect(r.stdout).toMatch(
      /排版后复查：(\d+ 个(错误|提醒|提示)( · )?)+（内容问题需手动修改|排版后复查：未发现问题。/
    );
    expect(r.stdout).not.toMatch(/警告|\d+ 条/);

    const out = read(dir, "排版后.docx");
    expect(texts(out)).toEqual(texts(unstyledDocx()));
    const after = await checkJson(dir, "排版后.docx");
    expect(
      after.findings.filter((f) => f.ruleId === "role-format" || f.ruleId === "page-setup")
    ).toEqual([]);
    // the input is untouched, and nothing else was left in the folder
    expect(Buffer.compare(read(dir, "草稿.docx"), unstyledDocx())).toBe(0);
    expect(listFiles(dir)).toEqual(["排版后.docx", "草稿.docx"]);
  });

  it("formatting twice changes nothing the second time", async () => {
    const dir = tempDir();
    put(dir, "a.docx", unstyledDocx());
    expect((await run(["format", "a.docx", "-o", "b.docx"], dir)).code).toBe(0);
    const again = await run(["format", "b.docx", "-o", "c.docx"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("各段样式均已符合要求，无需修改。");
    expect(again.stdout).toContain("页面：已是 A4 纵向。");
  });

  it("--dry-run writes nothing", async () => {
    const dir = tempDir();
    put(dir, "a.docx", unstyledDocx());
    const r = await run(["format", "a.docx", "--dry-run"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("试运行（未写文件）：a.docx");
    expect(r.stdout).toContain("页面：已设为 A4 纵向。");
    expect(listFiles(dir)).toEqual(["a.docx"]);
  });
});

describe("format: refusals (exit 2, nothing written)", () => {
  it("without -o or --in-place", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    const r = await run(["format", "报告.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("请用 -o 指定输出文件（如 -o 报告-排版.docx）");
    expect(listFiles(dir)).toEqual(["报告.docx"]);
  });

  it.each([["报告.docx"], ["./报告.docx"], ["sub/../报告.docx"]])(
    "when -o %s is the input",
    async (out) => {
      const dir = tempDir();
      put(dir, "报告.docx", unstyledDocx());
      fs.mkdirSync(path.join(dir, "sub"));
      const r = await run(["format", "报告.docx", "-o", out], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`输出文件与输入文件相同（${out}）`);
      expect(r.stderr).toContain("--in-place");
      expect(Buffer.compare(read(dir, "报告.docx"), unstyledDocx())).toBe(0);
      expect(listFiles(dir)).toEqual(["报告.docx"]);
    }
  );

  it("when -o is a symbolic link to the input", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    fs.symlinkSync(path.join(dir, "报告.docx"), path.join(dir, "链接.docx"));
    const r = await run(["format", "报告.docx", "-o", "链接.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件与输入文件相同");
    expect(Buffer.compare(read(dir, "报告.docx"), unstyledDocx())).toBe(0);
  });

  it("when the output folder does not exist", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    const r = await run(["format", "报告.docx", "-o", "没有的文件夹/出.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件夹不存在：没有的文件夹");
    expect(listFiles(dir)).toEqual(["报告.docx"]);
  });

  it("when the output is a folder", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    fs.mkdirSync(path.join(dir, "输出"));
    const r = await run(["format", "报告.docx", "-o", "输出"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出路径“输出”是一个文件夹");
    expect(listFiles(dir)).toEqual(["报告.docx"]);
  });

  it("when --in-place is combined with another -o", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    const r = await run(["format", "报告.docx", "--in-place", "-o", "别的.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--in-place 与 -o 不能同时使用");
    expect(listFiles(dir)).toEqual(["报告.docx"]);
  });

  it("when the re-read output's text differs from the input (the check before writing)", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    put(dir, "旧.docx", "old output");
    const real = ooxmlFormat.applyEdits;
    const spy = jest
      .spyOn(ooxmlFormat, "applyEdits")
      .mockImplementation((pkg, doc, edits, profile) => {
        const result = real(pkg, doc, edits, profile);
        // a formatter bug that changes a word
        const xml = pkg.parts.get("/word/document.xml")!.data as string;
        setXmlPart(pkg, "/word/document.xml", xml.replace("某市是省内", "某县是省内"));
        return result;
      });
    try {
      const r = await run(["format", "报告.docx", "-o", "旧.docx"], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /排版结果核对未通过：第 \d+ 段文字与原文不一致（原文「[^」]*某市[^」]*」，排版后「[^」]*某县[^」]*」）。为保护原文，未写出任何文件/
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(path.join(dir, "旧.docx"), "utf8")).toBe("old output"); // not half-replaced
    expect(listFiles(dir)).toEqual(["报告.docx", "旧.docx"]);
  });
});

describe("format --in-place", () => {
  it("backs up the input as 报告.bak.docx first, then replaces it atomically", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    fs.chmodSync(path.join(dir, "报告.docx"), 0o640);
    const r = await run(["format", "报告.docx", "--in-place"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已排版并改写：报告.docx（原文件已备份为 报告.bak.docx）");
    expect(Buffer.compare(read(dir, "报告.bak.docx"), unstyledDocx())).toBe(0);
    const now = read(dir, "报告.docx");
    expect(Buffer.compare(now, unstyledDocx())).not.toBe(0);
    expect(texts(now)).toEqual(texts(unstyledDocx()));
    expect(fs.statSync(path.join(dir, "报告.docx")).mode & 0o777).toBe(0o640);
    expect(listFiles(dir)).toEqual(["报告.bak.docx", "报告.docx"]);
  });
});

describe("format: .docm macros and .dotx templates", () => {
  it("check reports a .docm as containing macros (never run)", async () => {
    const dir = tempDir();
    put(dir, "宏.docm", docmBytes());
    const r = await run(["check", "宏.docm"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("注意：该文件含有宏（VBA 工程）。本工具只读取文字，从不运行宏");
    const file = await checkJson(dir, "宏.docm");
    expect(file).toMatchObject({ kind: "docm", macros: true });
  });

  it("format drops the VBA project, its relationships and content types by default, and says so", async () => {
    const dir = tempDir();
    put(dir, "宏.docm", docmBytes());
    const r = await run(["format", "宏.docm", "-o", "无宏.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已删除宏（VBA 工程，\d+ 个部件），输出文档不含宏/);
    const entries = rawEntries(read(dir, "无宏.docx"));
    expect(Object.keys(entries).filter((k) => /vba/i.test(k))).toEqual([]);
    expect(entries["[Content_Types].xml"]).not.toMatch(/vba|macroEnabled/i);
    expect(entries["[Content_Types].xml"]).toContain(CT_DOCX_MAIN);
    expect(entries["word/_rels/document.xml.rels"]).not.toMatch(/vba/i);
    expect(entries["word/_rels/document.xml.rels"]).toContain("styles");
    expect(texts(read(dir, "无宏.docx"))).toEqual(texts(docmBytes()));
    expect((await checkJson(dir, "无宏.docx")).macros).toBe(false);
  });

  it("--keep-macros keeps them in a .docm", async () => {
    const dir = tempDir();
    put(dir, "宏.docm", docmBytes());
    const r = await run(["format", "宏.docm", "-o", "排版.docm", "--keep-macros"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已按 --keep-macros 保留宏");
    expect(r.stdout).not.toContain("Word 会拒绝打开");
    const entries = rawEntries(read(dir, "排版.docm"));
    expect(entries["word/vbaProject.bin"]).toBeDefined();
    expect(entries["word/_rels/document.xml.rels"]).toContain("vbaProject.bin");
    expect(entries["[Content_Types].xml"]).toContain(CT_DOCM_MAIN);
    expect(await checkJson(dir, "排版.docm")).toMatchObject({ kind: "docm", macros: true });
  });

  it("--keep-macros into a .docx warns that Word will not open it", async () => {
    const dir = tempDir();
    put(dir, "宏.docm", docmBytes());
    const r = await run(["format", "宏.docm", "-o", "排版.docx", "--keep-macros"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("输出文件含宏但扩展名不是 .docm，Word 会拒绝打开");
  });

  it("a .dotx is checked as a template and formatted into a .docx with the document type", async () => {
    const dir = tempDir();
    put(dir, "模板.dotx", dotxBytes());
    const c = await run(["check", "模板.dotx"], dir);
    expect(c.stdout).toContain("该文件是 Word 模板（.dotx），按普通文档检查。");
    expect((await checkJson(dir, "模板.dotx")).kind).toBe("dotx");
    const r = await run(["format", "模板.dotx", "-o", "文档.docx"], dir);
    expect(r.code).toBe(0);
    const ct = rawEntries(read(dir, "文档.docx"))["[Content_Types].xml"];
    expect(ct).toContain(CT_DOCX_MAIN);
    expect(ct).not.toContain(CT_DOTX_MAIN);
    const r2 = await run(["format", "模板.dotx", "-o", "新模板.dotx"], dir);
    expect(r2.code).toBe(0);
    expect(rawEntries(read(dir, "新模板.dotx"))["[Content_Types].xml"]).toContain(CT_DOTX_MAIN);
  });
});

describe("format helpers", () => {
  it("sourceOfRels maps a relationships part to its source part", () => {
    expect(sourceOfRels("/_rels/.rels")).toBe("/");
    expect(sourceOfRels("/word/_rels/document.xml.rels")).toBe("/word/document.xml");
    expect(sourceOfRels("/word/_rels/vbaProject.bin.rels")).toBe("/word/vbaProject.bin");
  });

  it("mainContentTypeFor follows the output extension and the macros", () => {
    expect(mainContentTypeFor(CT_DOCM_MAIN, ".docx", false)).toBe(CT_DOCX_MAIN);
    expect(mainContentTypeFor(CT_DOCM_MAIN, ".docx", true)).toBe(CT_DOCM_MAIN);
    expect(mainContentTypeFor(CT_DOCX_MAIN, ".docm", false)).toBe(CT_DOCM_MAIN);
    expect(mainContentTypeFor(CT_DOTX_MAIN, ".docx", false)).toBe(CT_DOCX_MAIN);
    expect(mainContentTypeFor(CT_DOCX_MAIN, ".dotx", false)).toBe(CT_DOTX_MAIN);
    expect(mainContentTypeFor(CT_DOCM_MAIN, ".bin", false)).toBe(CT_DOCX_MAIN);
    expect(mainContentTypeFor(CT_DOCX_MAIN, ".bin", false)).toBe(CT_DOCX_MAIN);
  });

  it("dropMacroParts removes parts, their .rels and every relationship to them", () => {
    const pkg = readDocx(docmBytes());
    const removed = dropMacroParts(pkg, ["/word/vbaProject.bin", "/word/vbaData.xml"]);
    expect(removed).toBe(3);
    expect([...pkg.parts.keys()].filter((k) => /vba/i.test(k))).toEqual([]);
    expect(pkg.parts.get("/word/_rels/document.xml.rels")!.data).not.toMatch(/vba/i);
  });
});
