/**
 * @fileoverview `case-report role` (issue 8): a paragraph's role corrected and saved in the
 * document; outline, check and format follow it; --clear; listing; bad numbers, roles and
 * paragraphs refused with a message and nothing written; a damaged state part is not overwritten
 * without --force.
 */
import * as fs from "fs";
import * as path from "path";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { parseDocx } from "../../src/ooxml/parse";
import { STATE_NAMESPACE, readDocumentState } from "../../src/ooxml/decisions-part";
import { PROFILE_2023 } from "../../src/core/profile";
import { cleanupTempDirs, compliantDocx, put, run, tempDir } from "./helpers";

afterAll(() => cleanupTempDirs());

interface OutlineJson {
  files: {
    documentKind: string;
    paragraphs: { index: number; role: string; corrected?: true }[];
  }[];
}
const outlineOf = async (file: string, dir: string) =>
  (JSON.parse((await run(["outline", file, "--json"], dir)).stdout) as OutlineJson).files[0]!;

describe("case-report role", () => {
  it("corrects a body paragraph to 二级标题; outline, check and format follow; --clear takes it back", async () => {
    const dir = tempDir();
    put(dir, "r.docx", compliantDocx());
    const before = await outlineOf("r.docx", dir);
    const target = before.paragraphs.find((p) => p.role === "body")!;
    const n = target.index;

    const r = await run(["role", "r.docx", "--paragraph", String(n), "--role", "heading2"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已更新 r.docx 中保存的选择");
    expect(r.stdout).toContain(`第 ${n} 段现在读作：二级标题`);
    const state = readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r.docx"))));
    expect(state.roleCorrections).toEqual([
      { paragraph: expect.stringMatching(/^h[0-9a-f]{8}/), role: "heading2" },
    ]);

    const after = await outlineOf("r.docx", dir);
    expect(after.paragraphs[n - 1]).toMatchObject({ role: "heading2", corrected: true });
    expect((await run(["outline", "r.docx"], dir)).stdout).toContain("（已更正）");

    // check: the paragraph is read as a heading — it now has a heading finding (no number)
    const check = JSON.parse((await run(["check", "r.docx", "--json"], dir)).stdout) as {
      files: { findings: { ruleId: string; paragraph: number | null }[] }[];
    };
    expect(
      check.files[0]!.findings.some((f) => f.ruleId === "heading-levels" && f.paragraph === n)
    ).toBe(true);

    // format: the paragraph gets the 二级标题 style
    const f = await run(["format", "r.docx", "-o", "out.docx"], dir);
    expect(f.code).toBe(0);
    const out = parseDocx(fs.readFileSync(path.join(dir, "out.docx")));
    expect(out.paragraphs[n - 1]!.styleId).toBe(PROFILE_2023.roles.heading2.styleId);

    const c = await run(["role", "r.docx", "--paragraph", String(n), "--clear"], dir);
    expect(c.code).toBe(0);
    expect(
      readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r.docx")))).roleCorrections
    ).toBeUndefined();
    expect((await outlineOf("r.docx", dir)).paragraphs[n - 1]!.role).toBe("body");
  });

  it("lists the saved corrections, with the paragraph number where it is found", async () => {
    const dir = tempDir();
    put(dir, "r.docx", compliantDocx());
    expect((await run(["role", "r.docx"], dir)).stdout).toContain("（没有）");
    await run(["role", "r.docx", "--paragraph", "1", "--role", "other"], dir);
    const l = await run(["role", "r.docx"], dir);
    expect(l.stdout).toMatch(/第 1 段 → 不处理：「/);
  });

  it.each([
    [["--paragraph", "0", "--role", "body"], "段号“0”无效"],
    [["--paragraph", "abc", "--role", "body"], "段号“abc”无效"],
    [["--paragraph", "99999", "--role", "body"], "段号“99999”无效"],
    [["--paragraph", "2", "--role", "chapter"], "未知的角色“chapter”"],
    [["--paragraph", "2"], "请用 --role 指定角色"],
    [["--paragraph", "2", "--role", "body", "--clear"], "只能用一个"],
    [["--role", "body"], "请用 --paragraph 指定段号"],
  ])("refuses %j with a message and writes nothing", async (args, message) => {
    const dir = tempDir();
    const bytes = compliantDocx();
    put(dir, "r.docx", bytes);
    const r = await run(["role", "r.docx", ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "r.docx")), Buffer.from(bytes))).toBe(0);
  });

  it("refuses an empty paragraph", async () => {
    const dir = tempDir();
    put(dir, "r.docx", compliantDocx());
    const o = await outlineOf("r.docx", dir);
    const empty = o.paragraphs.find((p) => p.role === "empty" || p.role === "picture");
    expect(empty).toBeDefined(); // the sample's photos stand in paragraphs of their own
    const r = await run(
      ["role", "r.docx", "--paragraph", String(empty!.index), "--role", "body"],
      dir
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能设置角色");
  });

  it("does not overwrite a damaged state part without --force (nothing lost), and says so", async () => {
    const dir = tempDir();
    const pkg = readDocx(compliantDocx());
    pkg.parts.set("/customXml/item1.xml", {
      name: "/customXml/item1.xml",
      contentType: "application/xml",
      data: `<state xmlns="${STATE_NAMESPACE}"><ignoredRule id="a"/>`,
    });
    const bytes = writeDocx(pkg);
    put(dir, "r.docx", bytes);
    const r = await run(["role", "r.docx", "--paragraph", "1", "--role", "title"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("已损坏");
    expect(r.stderr).toContain("--force");
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "r.docx")), Buffer.from(bytes))).toBe(0);
    const check = await run(["check", "r.docx"], dir);
    expect(check.stdout).toContain("已损坏");
    const forced = await run(
      ["role", "r.docx", "--paragraph", "1", "--role", "title", "--force"],
      dir
    );
    expect(forced.code).toBe(0);
    expect(
      readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r.docx")))).roleCorrections
    ).toHaveLength(1);
  });
});
