/**
 * @fileoverview `case-report fix`: --yes applies a punctuation fix and keeps everything else;
 * without --yes no text changes (text fixes listed, exit 0, format fixes applied); --rule
 * selects; ignores saved in the document are honoured; usage errors.
 */
import * as fs from "fs";
import * as path from "path";
import { parseDocx } from "../../src/ooxml/parse";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { writeDocumentState } from "../../src/ooxml/decisions-part";
import { commaDocx, unstyledCommaDocx } from "./decisions-helpers";
import { cleanupTempDirs, listFiles, put, run, tempDir } from "./helpers";

afterAll(() => cleanupTempDirs());

const texts = (bytes: Uint8Array): string[] => parseDocx(bytes).paragraphs.map((p) => p.text);

describe("case-report fix", () => {
  it("--yes applies the punctuation fix, prints before → after, and keeps every other paragraph", async () => {
    const dir = tempDir();
    const input = commaDocx();
    put(dir, "in.docx", input);
    const r = await run(["fix", "in.docx", "-o", "out.docx", "--yes"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已修复：in.docx → out.docx");
    expect(r.stdout).toMatch(/文字修改：已应用 1 处/);
    expect(r.stdout).toMatch(/第 4 段：「[^」]*,[^」]*」→「[^」]*，[^」]*」/);
    // the re-check in the task pane's words (个错误 · 个提醒), never 警告 / 条
    expect(r.stdout).toMatch(
      /^ {2}修复后复查：(未发现问题。|\d+ 个(错误|提醒|提示)[ ·\d个错误提醒示]*（)/m
    );
    expect(r.stdout).not.toMatch(/警告|\d+ 条/);
    const before = texts(input);
    const after = texts(fs.readFileSync(path.join(dir, "out.docx")));
    expect(after).toHaveLength(before.length);
    const diff = before.map((t, i) => (t === after[i] ? null : i)).filter((i) => i !== null);
    expect(diff).toEqual([3]);
    expect(after[3]).toBe(before[3]!.replace(",", "，"));
    // The re-check no longer reports the half-width comma.
    const check = await run(["check", "out.docx", "--json"], dir);
    expect(check.stdout).not.toContain("punctuation/halfWidth");
    expect(listFiles(dir)).toEqual(["in.docx", "out.docx"]);
  });

  it("without --yes lists the text fix, applies only formatting, and changes no text (exit 0)", async () => {
    const dir = tempDir();
    const input = unstyledCommaDocx();
    put(dir, "in.docx", input);
    const r = await run(["fix", "in.docx", "-o", "out.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/格式修复：\d+ 处/);
    expect(r.stdout).toMatch(/以下 1 处文字修改未应用/);
    expect(r.stdout).toMatch(/「[^」]*,[^」]*」→「[^」]*，[^」]*」/);
    expect(texts(fs.readFileSync(path.join(dir, "out.docx")))).toEqual(texts(input));
    const check = await run(["check", "out.docx", "--json"], dir);
    expect(check.stdout).toContain("punctuation/halfWidth");
  });

  it("with only text fixes and no --yes writes nothing", async () => {
    const dir = tempDir();
    put(dir, "in.docx", commaDocx());
    const r = await run(["fix", "in.docx", "-o", "out.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/没有应用任何修改，未写出文件/);
    expect(r.stdout).toMatch(/以下 1 处文字修改未应用/);
    expect(listFiles(dir)).toEqual(["in.docx"]);
  });

  it("--rule selects the rules to fix; an unknown rule is refused", async () => {
    const dir = tempDir();
    put(dir, "in.docx", unstyledCommaDocx());
    const r = await run(
      ["fix", "in.docx", "-o", "out.docx", "--rule", "punctuation", "--yes"],
      dir
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/格式修复/);
    expect(r.stdout).toMatch(/文字修改：已应用 1 处/);
    const bad = await run(["fix", "in.docx", "-o", "o2.docx", "--rule", "nope"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/未知的检查项“nope”.*punctuation/);
  });

  it("does not fix a finding the writer ignored (state saved in the document)", async () => {
    const dir = tempDir();
    const pkg = readDocx(commaDocx());
    writeDocumentState(pkg, {
      version: 1,
      ignoredFindingIds: ["punctuation/halfWidth@h60d4d2b3:36-37"],
      ignoredRules: [],
      handChecked: [],
    });
    put(dir, "in.docx", writeDocx(pkg));
    const r = await run(["fix", "in.docx", "-o", "out.docx", "--yes"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/没有可自动修复的问题/);
  });

  it("needs -o and refuses the input as output", async () => {
    const dir = tempDir();
    put(dir, "in.docx", commaDocx());
    const a = await run(["fix", "in.docx"], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/请用 -o 指定输出文件/);
    const b = await run(["fix", "in.docx", "-o", "in.docx", "--yes"], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/输出文件与输入文件相同/);
  });
});
