/**
 * @fileoverview `case-report ignore` and `check` honouring the saved decisions: ignore a finding
 * and a rule, tick hand items, undo, list; check prints 已忽略 and ✓/☐ in text, JSON and HTML.
 */
import * as fs from "fs";
import * as path from "path";
import { readDocx } from "../../src/ooxml/zip";
import { readDocumentState } from "../../src/ooxml/decisions-part";
import { cleanupTempDirs, firstPersonDocx, listFiles, put, run, tempDir } from "./helpers";

afterAll(() => cleanupTempDirs());

interface JsonFile {
  findings: { id: string; ruleId: string }[];
  ignored: { id: string }[];
  ignoredRules: { ruleId: string; title: string }[];
  hand: { id: string; checked: boolean }[];
  summary: { errors: number; warnings: number };
}
/** The hand items ticked, sorted. */
const ticked = (f: JsonFile): string[] =>
  f.hand
    .filter((h) => h.checked)
    .map((h) => h.id)
    .sort();
const fileOf = (stdout: string): JsonFile =>
  (JSON.parse(stdout) as { files: JsonFile[] }).files[0]!;

describe("case-report ignore + check", () => {
  it("records an ignored finding, an ignored rule and hand ticks; check honours them everywhere", async () => {
    const dir = tempDir();
    put(dir, "r.docx", firstPersonDocx());
    const first = fileOf((await run(["check", "r.docx", "--json"], dir)).stdout);
    const fp = first.findings.filter((f) => f.ruleId === "first-person");
    expect(fp.length).toBe(3);

    const a = await run(
      ["ignore", "r.docx", "--finding", fp[0]!.id, "--hand", "truth", "privacy"],
      dir
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("已更新 r.docx 中保存的选择");
    expect(listFiles(dir)).toEqual(["r.docx"]);
    const state = readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r.docx"))));
    expect(state).toEqual({
      version: 1,
      ignoredFindingIds: [fp[0]!.id],
      ignoredRules: [],
      handChecked: ["truth", "privacy"],
    });

    const text = await run(["check", "r.docx"], dir);
    expect(text.stdout).toMatch(/已忽略 1 条/);
    expect(text.stdout).toMatch(/\[已忽略\] 第 \d+ 段/);
    // the items to confirm by hand are one counting line unless --hand lists them
    expect(text.stdout).toMatch(/需人工核对的事项：已核对 2\/14。加 --hand 列出各项/);
    expect(text.stdout).not.toMatch(/✓|☐/);
    const listed = await run(["check", "r.docx", "--hand"], dir);
    expect(listed.stdout).toMatch(/需人工核对的事项（已核对 2\/14/);
    expect(listed.stdout).toMatch(/✓ 真实性：.*（truth）/);
    expect(listed.stdout.match(/☐ /g)).toHaveLength(12);
    // user text carries no requirement ids (they stay in --json as data)
    expect(listed.stdout).not.toMatch(/\bR\d+\b/);
    const json = fileOf((await run(["check", "r.docx", "--json"], dir)).stdout);
    expect(json.findings.map((f) => f.id)).not.toContain(fp[0]!.id);
    expect(json.ignored.map((f) => f.id)).toEqual([fp[0]!.id]);
    expect(json.summary.errors).toBe(first.summary.errors - 1);
    expect(ticked(json)).toEqual(["privacy", "truth"]);

    const b = await run(["ignore", "r.docx", "--rule", "first-person"], dir);
    expect(b.code).toBe(0);
    const json2 = fileOf(
      (await run(["check", "r.docx", "--json", "--html", "p.html"], dir)).stdout
    );
    expect(json2.findings.some((f) => f.ruleId === "first-person")).toBe(false);
    expect(json2.ignoredRules.map((x) => x.ruleId)).toEqual(["first-person"]);
    const html = fs.readFileSync(path.join(dir, "p.html"), "utf8");
    expect(html).toMatch(/已忽略（\d+）/);
    expect(html).toMatch(/需人工核对（已核对 2\/14）/);
    expect(html).toMatch(/<details><summary>逐项查看（14 项）<\/summary><ul class="hand">/);

    const c = await run(["ignore", "r.docx", "--rule", "first-person", "--undo"], dir);
    expect(c.code).toBe(0);
    const json3 = fileOf((await run(["check", "r.docx", "--json"], dir)).stdout);
    expect(json3.findings.filter((f) => f.ruleId === "first-person")).toHaveLength(2);

    const list = await run(["ignore", "r.docx"], dir);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/忽略的问题：1 条/);
    expect(list.stdout).toMatch(/已人工核对：2\/14 项/);
  });

  it("takes the file written after --rule / --hand values as the input; says what --html takes when given a document", async () => {
    const dir = tempDir();
    put(dir, "r.docx", firstPersonDocx());
    // commander's `--rule <ids...>` would swallow r.docx and report the input missing
    const r = await run(
      ["ignore", "--rule", "first-person", "r.docx", "--hand", "truth", "privacy"],
      dir
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = fileOf((await run(["check", "r.docx", "--json"], dir)).stdout);
    expect(json.ignoredRules.map((x) => x.ruleId)).toEqual(["first-person"]);
    expect(ticked(json)).toEqual(["privacy", "truth"]);
    // `check --html 初稿.docx`: said what --html takes, nothing written
    const html = await run(["check", "--html", "r.docx"], dir);
    expect(html.code).toBe(2);
    expect(html.stderr).toBe(
      "--html 后面应是网页报告的文件名，“r.docx”是文档。请写成：case-report check r.docx --html 报告.html\n"
    );
    // a file name after `--` is an id as the user wrote it
    const literal = await run(["ignore", "r.docx", "--rule", "--", "x.docx"], dir);
    expect(literal.code).not.toBe(0);
  });

  it("refuses unknown ids and writes nothing; an unchanged state writes nothing", async () => {
    const dir = tempDir();
    const bytes = firstPersonDocx();
    put(dir, "r.docx", bytes);
    const bad = await run(["ignore", "r.docx", "--finding", "nope@p1"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/没有 id 为“nope@p1”的问题/);
    expect((await run(["ignore", "r.docx", "--rule", "x"], dir)).code).toBe(2);
    expect((await run(["ignore", "r.docx", "--hand", "x"], dir)).code).toBe(2);
    const undo = await run(["ignore", "r.docx", "--hand", "truth", "--undo"], dir);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(/原本就未被记录/);
    expect(new Uint8Array(fs.readFileSync(path.join(dir, "r.docx")))).toEqual(bytes);
  });

  it("says when every item to confirm by hand is ticked, in one line", async () => {
    const dir = tempDir();
    put(dir, "r.docx", firstPersonDocx());
    const ids = fileOf((await run(["check", "r.docx", "--json"], dir)).stdout).hand.map(
      (h) => h.id
    );
    expect(ids.length).toBeGreaterThan(1);
    expect((await run(["ignore", "r.docx", "--hand", ...ids.slice(1)], dir)).code).toBe(0);
    expect((await run(["check", "r.docx"], dir)).stdout).toMatch(
      new RegExp(`需人工核对的事项：已核对 ${ids.length - 1}/${ids.length}。`)
    );
    expect((await run(["ignore", "r.docx", "--hand", ids[0]!], dir)).code).toBe(0);
    const text = (await run(["check", "r.docx"], dir)).stdout;
    expect(text).toMatch(new RegExp(`需人工核对的事项：已全部核对（${ids.length}/${ids.length}）`));
    expect(text).not.toMatch(/☐/);
  });

  it("-o writes the decisions to another file and leaves the input alone", async () => {
    const dir = tempDir();
    const bytes = firstPersonDocx();
    put(dir, "r.docx", bytes);
    const r = await run(["ignore", "r.docx", "--hand", "truth", "-o", "r2.docx"], dir);
    expect(r.code).toBe(0);
    expect(new Uint8Array(fs.readFileSync(path.join(dir, "r.docx")))).toEqual(bytes);
    expect(
      readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r2.docx")))).handChecked
    ).toEqual(["truth"]);
  });
});
