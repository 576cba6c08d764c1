/**
 * @fileoverview `check` on the fresh template (`new`): the template's 【…】 placeholders are 未填写
 * in the text, JSON and HTML reports as in the task pane — no count and no 符合 for the parts, the
 * rules that judge them listed under 未填写 (never under 不适用, never passed), counted apart as
 * "N 项待填写后检查" — and no requirement id (R23) in the text or HTML a writer reads (issue 9).
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
  unfilled?: boolean;
  requirementIds: string[];
}

describe("check on the template just written by new", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    expect((await run(["new", "-o", "模板.docx"], dir)).code).toBe(0);
  });

  it("text: the parts read 未填写 with no count, never 符合; their rules under 未填写, not 不适用", async () => {
    const r = await run(["check", "模板.docx"], dir);
    const lines = r.stdout.split("\n");
    const line = (label: string): string =>
      lines.find((l) => l.trimStart().startsWith(label + " ")) ?? "";
    expect(line("题目")).toMatch(/^\s*题目\s+—\s+要求不超过 20 字\s+未填写$/);
    // the headings of the template's 正文 are no content: no "18 字" beside 未填写
    for (const label of [
      "单位简介",
      "正文",
      "实施背景",
      "主要做法",
      "主要做法占正文",
      "实施效果",
    ]) {
      expect(line(label)).toMatch(/\s—\s.*未填写$/);
    }
    // the checks counted apart, as the pane's summary: 未填写 said apart from 不适用
    expect(r.stdout).toMatch(
      /^检查项：\d+ \/ \d+ 项通过 · 7 项待填写后检查 · 另有 \d+ 项不适用。$/m
    );
    const heading = lines.findIndex((l) => l.startsWith("未填写（7 项"));
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading]).toContain("模板里的提示文字【…】还没有换成你的内容");
    const unfilled = lines.slice(heading + 1, heading + 8);
    expect(unfilled).toContain("  [未填写] 题目字数");
    expect(unfilled).toContain("  [未填写] 单位全称行");
    expect(unfilled.every((l) => l.startsWith("  [未填写] "))).toBe(true);
    // a placeholder part is never "not applicable"
    expect(r.stdout).not.toMatch(/\[不适用\][^\n]*未填写/);
    expect(r.stdout).toContain("[不适用] 申报书必填项：文档中没有申报书");
    // the template's own prompt (不用“我们”…) is not judged as the writer's text
    expect(r.stdout).not.toContain("第一人称");
    // the writer reads no requirement id and no XML name
    expect(r.stdout).not.toMatch(/\bR\d+\b/);
    expect(r.stdout).not.toMatch(/w:|eastAsia|rFonts/);
    expect(r.stdout).not.toContain("警告");
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
    // 未填写 is told apart in the data too; the requirement ids stay as data
    expect(rule("title-length").unfilled).toBe(true);
    expect(rule("form-required-fields").unfilled).toBeUndefined();
    expect(rule("title-length").requirementIds.length).toBeGreaterThan(0);
  });

  it("HTML: 未填写 cells without a bar", async () => {
    const r = await run(["check", "模板.docx", "--html", "报告.html"], dir);
    expect(r.code).toBeLessThan(2);
    const html = fs.readFileSync(path.join(dir, "报告.html"), "utf8");
    const row = html.split("<tr>").find((x) => x.startsWith("<td>题目</td>"))!;
    expect(row).toContain('<td class="st-unfilled">未填写</td>');
    expect(row).not.toContain('class="bar');
    // the rules of the placeholder parts under 未填写, apart from 不适用, never ✓
    expect(html).toContain("<h3>未填写（7 项，填写后检查）</h3>");
    const list = html.slice(html.indexOf('<ul class="rules unfilled">'));
    const items = list.slice(0, list.indexOf("</ul>"));
    expect(items).toContain("题目字数 — 未填写");
    expect(items).not.toContain("✓");
    const na = html.slice(html.indexOf('<ul class="rules not-applicable">'));
    expect(na.slice(0, na.indexOf("</ul>"))).not.toContain("未填写");
    expect(html).toContain('检查项</h3>\n<p class="verdict">1 个错误</p>');
    expect(html).toContain("项待填写后检查");
    // no requirement id (R23) anywhere in what the writer reads
    const visible = html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, "");
    expect(visible).not.toMatch(/\bR\d+\b/);
    expect(visible).not.toContain("警告");
  });
});
