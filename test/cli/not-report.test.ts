/**
 * Issue 8: `check` says in one line that a document is not a case report and lists no report
 * findings; `format` refuses it unless `--force`.
 */
import * as fs from "fs";
import * as path from "path";
import { writeDocx } from "../../src/ooxml/zip";
import { buildPkg } from "../ooxml/parse-helpers";
import { cleanupTempDirs, compliantDocx, put, run, tempDir } from "./helpers";

afterAll(cleanupTempDirs);

const p = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const LONG =
  "本研究针对复杂工况下的数据采集问题，提出了一种基于多源信息融合的方法，并在三个公开数据集上进行了验证，结果表明该方法优于现有方法。";

function thesisDocx(): Uint8Array {
  const body = [
    "多源信息融合的数据采集方法研究",
    "摘要",
    LONG,
    "关键词：信息融合",
    "第一章 绪论",
    LONG,
    "第二章 方法",
    LONG,
    "参考文献",
    "致谢",
    LONG,
  ]
    .map(p)
    .join("");
  return writeDocx(buildPkg({ body }));
}

describe("a document that is not a case report", () => {
  it("check: one line, no counts, no findings, exit 1 (not a report that passed); JSON documentKind notReport", async () => {
    const dir = tempDir();
    put(dir, "论文.docx", thesisDocx());
    const r = await run(["check", "论文.docx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("这看起来不是案例报告");
    expect(r.stdout).not.toContain("字数：");
    expect(r.stdout).not.toMatch(/\[错误\]|\[警告\]/);
    const j = await run(["check", "论文.docx", "--json"], dir);
    const f = (JSON.parse(j.stdout) as { files: { documentKind: string; findings: unknown[] }[] })
      .files[0]!;
    expect(f.documentKind).toBe("notReport");
    expect(f.findings).toEqual([]);
  });

  it("check on a batch: a non-report is said apart in the closing line, never counted as 通过", async () => {
    const dir = tempDir();
    put(dir, "论文.docx", thesisDocx());
    put(dir, "报告.docx", compliantDocx());
    const r = await run(["check", "论文.docx", "报告.docx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "共检查 2 个文件：通过 1 个，未通过 0 个，不是案例报告 1 个（未按案例报告检查），无法读取 0 个。"
    );
    // the JSON tally keeps its v1 meaning (ok files) and counts the non-reports apart
    const j = await run(["check", "论文.docx", "报告.docx", "--json"], dir);
    expect((JSON.parse(j.stdout) as { summary: unknown }).summary).toEqual({
      files: 2,
      passed: 2,
      failed: 0,
      unreadable: 0,
      notReport: 1,
    });
  });

  it("check --html: the verdict is 不是案例报告 (not 通过), and the section has no counts", async () => {
    const dir = tempDir();
    put(dir, "论文.docx", thesisDocx());
    await run(["check", "论文.docx", "--html", "r.html"], dir);
    const html = fs.readFileSync(path.join(dir, "r.html"), "utf8");
    expect(html).toContain('<span class="badge notReport">不是案例报告</span>');
    expect(html).not.toContain('class="badge pass"');
    expect(html).toContain("这看起来不是案例报告");
    expect(html).not.toContain('<table class="counts">');
  });

  it("format: refused without --force (nothing written), done with --force", async () => {
    const dir = tempDir();
    put(dir, "论文.docx", thesisDocx());
    const refused = await run(["format", "论文.docx", "-o", "排版.docx"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(fs.existsSync(path.join(dir, "排版.docx"))).toBe(false);
    const forced = await run(["format", "论文.docx", "-o", "排版.docx", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "排版.docx"))).toBe(true);
    // no rule ran on the output: never "no findings"
    expect(forced.stdout).toContain("排版后复查：该文件不像案例报告，没有按报告的要求检查。");
    expect(forced.stdout).not.toContain("未发现问题");
  });

  it("a case report is formatted without --force", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", compliantDocx());
    expect((await run(["format", "报告.docx", "-o", "排版.docx"], dir)).code).toBe(0);
  });
});
