/**
 * @fileoverview `check` on the fresh template (`new`): the template's 【…】 placeholders are 未填写
 * in the text, JSON and HTML reports — 0 字 for 题目 and 单位简介, no 符合, no passing title or unit
 * line rule — and a written title is counted again (issue 9).
 */
import * as fs from "fs";
import * as path from "path";
import { cleanupTempDirs, run, tempDir } from "./helpers";

jest.setTimeout(60_000);
afterAll(cleanupTempDirs);

interface JsonCount {
  id: string;
  value: number;
  status: string;
}
interface JsonRule {
  ruleId: string;
  status: string;
  reason?: string;
}

describe("check on the template just written by new", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    expect((await run(["new", "-o", "模板.docx"], dir)).code).toBe(0);
  });

  it("text: the parts read 未填写 with 0 字 for 题目 and 单位简介, never 符合", async () => {
    const r = await run(["check", "模板.docx"], dir);
    const line = (label: string): string =>
      r.stdout.split("\n").find((l) => l.trimStart().startsWith(label + " ")) ?? "";
    expect(line("题目")).toMatch(/^\s*题目\s+0 字\s+要求不超过 20 字\s+未填写$/);
    expect(line("单位简介")).toMatch(/\s0 字\s.*未填写$/);
    for (const label of ["正文", "实施背景", "主要做法", "实施效果"]) {
      expect(line(label)).toMatch(/未填写$/);
    }
    expect(line("主要做法占正文")).toMatch(/—\s.*未填写$/);
    expect(r.stdout).toContain("[不适用] 题目字数：题目未填写");
    expect(r.stdout).toContain("[不适用] 单位全称行：单位全称未填写");
    // the template's own prompt (不用“我们”…) is not judged as the writer's text
    expect(r.stdout).not.toContain("第一人称");
  });

  it("JSON: status unfilled, value 0, the title and unit-line rules not passed", async () => {
    const r = await run(["check", "模板.docx", "--json"], dir);
    const json = JSON.parse(r.stdout) as {
      files: { counts: JsonCount[]; rules: JsonRule[] }[];
    };
    const file = json.files[0]!;
    const count = (id: string) => file.counts.find((c) => c.id === id)!;
    expect(count("title")).toMatchObject({ value: 0, status: "unfilled" });
    expect(count("unitIntro")).toMatchObject({ value: 0, status: "unfilled" });
    expect(count("practiceShare").status).toBe("unfilled");
    const rule = (id: string) => file.rules.find((x) => x.ruleId === id)!;
    for (const id of ["title-length", "unit-line", "unit-intro-length", "body-length"]) {
      expect(rule(id).status).toBe("notApplicable");
    }
    expect(rule("title-length").reason).toBe("题目未填写");
  });

  it("HTML: 未填写 cells without a bar", async () => {
    const r = await run(["check", "模板.docx", "--html", "报告.html"], dir);
    expect(r.code).toBeLessThan(2);
    const html = fs.readFileSync(path.join(dir, "报告.html"), "utf8");
    const row = html.split("<tr>").find((x) => x.startsWith("<td>题目</td>"))!;
    expect(row).toContain('<td class="st-unfilled">未填写</td>');
    expect(row).not.toContain('class="bar');
  });
});
