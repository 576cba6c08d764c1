/**
 * @fileoverview `case-report check`: the text report (counts with bounds, findings with 第 N 段
 * and quote), exit statuses 0/1/2, the `--json` form, the `--html` page, folders, progress, and
 * that a batch is streamed (each file printed before the next is read).
 */
import * as fs from "fs";
import * as path from "path";
import { quoteAround, QUOTE_MAX } from "../../src/cli/check";
import type { FileReport } from "../../src/cli/check-report";
import { analyze } from "../../src/core/analyze";
import { verdictCounts } from "../../src/core/verdict";
import { parseDocx } from "../../src/ooxml/parse";
import {
  cleanupTempDirs,
  compliantDocx,
  firstPersonDocx,
  missingMarkerDocx,
  hasChinese,
  listFiles,
  p,
  put,
  run,
  smallDocx,
  tempDir,
  unstyledDocx,
} from "./helpers";
import { firstItems } from "../fixtures/items";

jest.setTimeout(60_000);
afterAll(cleanupTempDirs);

interface JsonOut {
  version: number;
  tool: string;
  profile: string;
  files: FileReport[];
  summary: { files: number; passed: number; failed: number; unreadable: number };
}

describe("check: text report and exit status", () => {
  it("exits 0 for the compliant sample and prints every count with its bound", async () => {
    const dir = tempDir();
    put(dir, "合格.docx", compliantDocx());
    const r = await run(["check", "合格.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("== 合格.docx ==");
    for (const label of [
      "题目",
      "单位简介",
      "正文",
      "实施背景",
      "主要做法",
      "主要做法占正文",
      "实施效果",
    ]) {
      expect(r.stdout).toMatch(new RegExp(`\\n  ${label}\\s`));
    }
    // the numbers are the core checklist's, with their bounds
    const counts = analyze(parseDocx(compliantDocx())).checklist.counts;
    const value = (id: string): number => counts.find((c) => c.id === id)!.value;
    expect(r.stdout).toMatch(
      new RegExp(`题目\\s+${value("title")} 字\\s+要求不超过 20 字\\s+符合`)
    );
    expect(r.stdout).toMatch(
      new RegExp(`单位简介\\s+${value("unitIntro")} 字\\s+要求 300–400 字\\s+符合`)
    );
    expect(r.stdout).toMatch(
      new RegExp(`正文\\s+${value("body")} 字\\s+要求不少于 3000 字\\s+符合`)
    );
    expect(r.stdout).toMatch(
      new RegExp(`主要做法\\s+${value("practice")} 字\\s+要求不少于 2000 字\\s+符合`)
    );
    expect(r.stdout).toMatch(
      new RegExp(
        `主要做法占正文\\s+${String(value("practiceShare")).replace(".", "\\.")}%\\s+要求不少于 70%\\s+符合`
      )
    );
    expect(r.stdout).toMatch(new RegExp(`实施效果\\s+${value("effect")} 字\\s+无字数要求\\s+符合`));
    expect(r.stdout).toContain("未发现问题");
    expect(r.stdout).toContain("结论：通过");
    expect(r.stderr).toBe(""); // no progress when stderr is not a terminal
  });

  it("exits 1 on first person in narration (an error), naming each place with 第 N 段 and a quote", async () => {
    const dir = tempDir();
    put(dir, "a.docx", firstPersonDocx());
    const r = await run(["check", "a.docx"], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n").filter((l) => l.includes("是第一人称"));
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      // the quote says where the paragraph goes on ("…"), as the pane does
      expect(l).toMatch(
        /^ {2}\[错误\] 第 \d+ 段「…?[^」…]{1,20}…?」：“(我们|我司|我公司)”是第一人称/
      );
      const quote = /「([^」]*)」/.exec(l)![1];
      expect(quote).toMatch(/我们|我司|我公司/);
    }
    expect(lines.some((l) => /…」/.test(l))).toBe(true); // these paragraphs go on after the quote
  });

  it("exits 0 with warnings only", async () => {
    const dir = tempDir();
    put(dir, "a.docx", missingMarkerDocx());
    const r = await run(["check", "a.docx"], dir);
    expect(r.code).toBe(0);
    // the task pane's words: 提醒 for a warning, counted with 个 (never 警告 / 条)
    expect(r.stdout).toMatch(/^ {2}\[提醒\] 第 \d+ 段「/m);
    expect(r.stdout).toContain("问题（1 个提醒）：");
    expect(r.stdout).toMatch(/结论：通过（无错误，1 个提醒请核对）/);
    expect(r.stdout).not.toMatch(/警告|\d+ 条/);
  });

  it("exits 1 when a file has errors, listing document, section and paragraph places", async () => {
    const dir = tempDir();
    put(dir, "草稿.docx", unstyledDocx());
    const r = await run(["check", "草稿.docx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[错误\] 第 1 节：第 1 节纸张为/);
    expect(r.stdout).toMatch(/\[提醒\] 第 (\d+) 张图片（第 \d+ 段）：第 \1 张图片.*dpi/);
    // formatting as the pane's 格式 box: one line per role with its paragraphs, not one row per
    // attribute per paragraph, and one command to fix it all
    expect(r.stdout).toMatch(/^ {2}\[错误\] 题目 1 段格式不符：[^（]*字号[^（]*（第 1 段）$/m);
    expect(r.stdout).toMatch(/^ {2}\[错误\] 正文 \d+ 段格式不符：.*（第 [\d–、]+ 段(等)?）$/m);
    expect(r.stdout).toContain("以上格式问题用 case-report format 一次改好");
    expect(r.stdout).not.toMatch(/\[错误\] 第 1 段「[^」]+」：题目字号为/);
    // counted as the pane counts: each role's formatting is one problem
    const report = (
      JSON.parse((await run(["check", "草稿.docx", "--json"], dir)).stdout) as JsonOut
    ).files[0]!;
    const pane = verdictCounts(analyze(parseDocx(unstyledDocx())).lint.findings);
    expect(report.verdict).toEqual({
      errors: pane.error,
      warnings: pane.warning,
      infos: pane.info,
    });
    expect(report.formatting.length).toBeGreaterThan(1);
    expect(report.verdict.errors).toBeLessThan(report.summary.errors);
    // --json keeps one finding per attribute per paragraph, as data
    const formatRows = report.findings.filter((f) => f.ruleId === "role-format");
    expect(formatRows.length).toBeGreaterThan(report.formatting.length);
    expect(report.findings.length).toBe(
      report.summary.errors + report.summary.warnings + report.summary.infos
    );
    expect(r.stdout).toContain(
      `问题（${pane.error} 个错误 · ${pane.warning} 个提醒${pane.info ? ` · ${pane.info} 个提示` : ""}）：`
    );
    expect(r.stdout).toMatch(new RegExp(`结论：未通过（${pane.error} 个错误）`));
  });

  it("exits 2 when any file is unreadable, still reporting the others, with a batch summary", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    put(dir, "b.docx", "这不是 Word 文档");
    const r = await run(["check", "a.docx", "b.docx", "c.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("== a.docx ==");
    expect(r.stdout).toMatch(/== b\.docx ==\n无法读取：该文件不是 \.docx/);
    expect(r.stdout).toMatch(/== c\.docx ==\n无法读取：找不到文件或文件夹：c\.docx/);
    expect(r.stdout).toContain("共检查 3 个文件：通过 1 个，未通过 0 个，无法读取 2 个。");
  });
});

describe("check --json", () => {
  it("prints one stable JSON document with version, per-file counts and findings", async () => {
    const dir = tempDir();
    put(dir, "reports/一.docx", firstPersonDocx());
    put(dir, "reports/二.docx", unstyledDocx());
    put(dir, "reports/坏.docx", new Uint8Array(0));
    const r = await run(["check", "--json", "reports"], dir);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.version).toBe(1);
    expect(out.tool).toBe("case-report");
    expect(out.profile).toBe("case-report-2023");
    expect(out.files.map((f) => f.file)).toEqual([
      path.join("reports", "一.docx"),
      path.join("reports", "二.docx"),
      path.join("reports", "坏.docx"),
    ]);
    expect(out.summary).toEqual({ files: 3, passed: 0, failed: 2, unreadable: 1, notReport: 0 });

    const [one, two, bad] = firstItems(out.files, 3);
    expect(one.ok).toBe(false); // first person in narration is an error
    expect(one.kind).toBe("docx");
    expect(one.macros).toBe(false);
    expect(one.error).toBeUndefined();
    expect(one.counts.map((c) => c.id)).toEqual([
      "title",
      "unitIntro",
      "body",
      "background",
      "practice",
      "practiceShare",
      "effect",
    ]);
    const share = one.counts.find((c) => c.id === "practiceShare")!;
    expect(share).toMatchObject({ label: "主要做法占正文", unit: "%", min: 70, status: "ok" });
    const intro = one.counts.find((c) => c.id === "unitIntro")!;
    expect(intro).toMatchObject({ unit: "字", min: 300, max: 400, status: "ok" });
    expect(intro.value).toBe(
      analyze(parseDocx(firstPersonDocx())).checklist.counts.find((c) => c.id === "unitIntro")!
        .value
    );
    const firstPerson = one.findings.filter((f) => f.ruleId === "first-person");
    expect(firstPerson).toHaveLength(3);
    expect(one.findings.filter((f) => f.severity === "error")).toEqual(firstPerson);
    for (const f of firstPerson) {
      expect(Object.keys(f).sort()).toEqual(
        [
          "id",
          "message",
          "paragraph",
          "quote",
          "quoteCutEnd",
          "quoteCutStart",
          "requirementIds",
          "ruleId",
          "severity",
          "span",
          "target",
        ].sort()
      );
      expect(f).toMatchObject({
        ruleId: "first-person",
        requirementIds: ["R10"],
        severity: "error",
        target: "paragraph",
      });
      expect(f.paragraph).toBeGreaterThan(0);
      expect(f.span).toHaveLength(2);
      expect(Array.from(f.quote!).length).toBeLessThanOrEqual(QUOTE_MAX);
      expect(hasChinese(f.message)).toBe(true);
    }
    expect(one.rules.find((x) => x.ruleId === "first-person")!.status).toBe("error");
    expect(one.rules.find((x) => x.ruleId === "title-length")!.status).toBe("pass");
    // rules follow the checklist's status: a form-* rule without a 申报书 did not apply
    const form = one.rules.find((x) => x.ruleId === "form-category")!;
    expect(form).toMatchObject({ status: "notApplicable", reason: "文档中没有申报书" });
    expect(one.rules.find((x) => x.ruleId === "title-length")!.reason).toBeUndefined();
    expect(one.documentKind).toBe("report");
    const expectedSummary = analyze(parseDocx(firstPersonDocx())).checklist.summary;
    expect(one.summary).toEqual({
      errors: expectedSummary.errors,
      warnings: expectedSummary.warnings,
      infos: expectedSummary.infos,
      rulesPassed: expectedSummary.rulesPassed,
      rulesNotApplicable: expectedSummary.rulesNotApplicable,
      rulesTotal: expectedSummary.rulesTotal,
    });
    expect(one.summary.rulesPassed).toBe(
      one.rules.filter((x) => x.status === "pass" || x.status === "info").length
    );
    expect(one.summary.rulesNotApplicable).toBe(
      one.rules.filter((x) => x.status === "notApplicable").length
    );

    expect(two.ok).toBe(false);
    expect(two.summary.errors).toBeGreaterThan(0);
    const doc = two.findings.find((f) => f.target === "section")!;
    expect(doc).toMatchObject({
      ruleId: "page-setup",
      paragraph: null,
      span: null,
      quote: null,
      section: 1,
    });

    expect(bad).toMatchObject({ ok: false, counts: [], findings: [], error: { code: "notZip" } });
    expect(bad.error!.message).toContain("空文件");
  });

  it("still prints valid JSON when nothing can be checked (exit 2)", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "empty"));
    const r = await run(["check", "--json", "empty"], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, files: [], summary: { files: 0 } });
    expect(r.stderr).toContain("没有 .docx、.docm 或 .dotx 文件");
    expect(r.stderr).toContain("没有可检查的文件");
  });
});

describe("check: folders, progress and streaming", () => {
  it("recurses into folders for .docx/.docm/.dotx only, sorted, skipping ~$ lock files and naming .doc files", async () => {
    const dir = tempDir();
    const doc = smallDocx(p("题目"));
    put(dir, "in/b.docx", doc);
    put(dir, "in/a.dotx", doc);
    put(dir, "in/sub/c.docm", doc);
    put(dir, "in/~$b.docx", "lock");
    put(dir, "in/notes.txt", "x");
    put(dir, "in/old.doc", "x");
    const r = await run(["check", "--json", "in"], dir);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files.map((f) => f.file)).toEqual([
      path.join("in", "a.dotx"),
      path.join("in", "b.docx"),
      path.join("in", "sub", "c.docm"),
    ]);
    expect(r.stderr).toContain(
      "已跳过 1 个旧版 .doc/.wps 或 .odt 文件（如 in/old.doc）：请用 Word、WPS 或 LibreOffice 另存为 .docx"
    );
    expect(r.code).toBe(1);
  });

  it("shows [i/n] progress on stderr with --progress or on a terminal, never otherwise", async () => {
    const dir = tempDir();
    put(dir, "a.docx", smallDocx(p("甲")));
    put(dir, "b.docx", smallDocx(p("乙")));
    const withFlag = await run(["check", "--progress", "a.docx", "b.docx"], dir);
    expect(withFlag.stderr).toBe("[1/2] a.docx\n[2/2] b.docx\n");
    const tty = await run(["check", "a.docx", "b.docx"], dir, { tty: true });
    expect(tty.stderr).toBe("[1/2] a.docx\n[2/2] b.docx\n");
    const plain = await run(["check", "a.docx", "b.docx"], dir);
    expect(plain.stderr).toBe("");
    const single = await run(["check", "a.docx"], dir, { tty: true });
    expect(single.stderr).toBe(""); // one file is not a batch
  });

  it("streams: each file's report is printed before the next file is started", async () => {
    const dir = tempDir();
    put(dir, "a.docx", smallDocx(p("甲")));
    put(dir, "b.docx", smallDocx(p("乙")));
    put(dir, "c.docx", smallDocx(p("丙")));
    const r = await run(["check", "--progress", "a.docx", "b.docx", "c.docx"], dir);
    const order = r.events.map((e) =>
      e.stream === "stderr"
        ? `progress ${e.text.trim()}`
        : `report ${/== (.*) ==/.exec(e.text)?.[1] ?? "summary"}`
    );
    expect(order).toEqual([
      "progress [1/3] a.docx",
      "report a.docx",
      "progress [2/3] b.docx",
      "report b.docx",
      "progress [3/3] c.docx",
      "report c.docx",
      "report summary",
    ]);
  });
});

describe("check: rule status and document kind", () => {
  it("lists rules that did not apply as 不适用 with the reason, never counted as passed", async () => {
    const dir = tempDir();
    put(dir, "合格.docx", compliantDocx());
    const r = await run(["check", "合格.docx"], dir);
    expect(r.code).toBe(0);
    const { summary, groups } = analyze(parseDocx(compliantDocx())).checklist;
    const na = groups.filter((g) => g.status === "notApplicable");
    expect(na.length).toBeGreaterThan(0);
    const applicable = summary.rulesTotal - na.length;
    expect(r.stdout).toContain(
      `检查项：${summary.rulesPassed} / ${applicable} 项通过 · 另有 ${na.length} 项不适用。`
    );
    expect(r.stdout).toContain(`不适用（${na.length} 项，`);
    for (const g of na) expect(r.stdout).toContain(`  [不适用] ${g.title}：文档中没有申报书`);
    expect(r.stdout).not.toContain("文档为空");
    expect(r.stdout).not.toContain("未识别到案例报告结构");
  });

  it("says when the document is empty, in text, JSON and HTML", async () => {
    const dir = tempDir();
    put(dir, "空.docx", smallDocx(p("")));
    const text = await run(["check", "空.docx"], dir);
    expect(text.stdout).toContain("文档为空，请先插入模板");
    // the pane's calm state: only the call to action and the verdict, no rule lists
    expect(text.stdout).not.toContain("[不适用] ");
    expect(text.stdout).not.toContain("项通过");

    const json = await run(["check", "--json", "空.docx"], dir);
    const [file] = firstItems((JSON.parse(json.stdout) as JsonOut).files, 1);
    expect(file.documentKind).toBe("empty");
    expect(file.rules.filter((x) => x.status === "notApplicable").length).toBe(
      file.summary.rulesNotApplicable
    );
    expect(file.summary.rulesNotApplicable).toBeGreaterThan(0);
    expect(file.rules.find((x) => x.ruleId === "title-length")).toMatchObject({
      status: "notApplicable",
      reason: "文档为空，无可检查的内容",
    });

    await run(["check", "空.docx", "--html", "空.html"], dir);
    const html = fs.readFileSync(path.join(dir, "空.html"), "utf8");
    expect(html).toContain('<p class="note document-kind">注意：文档为空，请先插入模板');
    expect(html).toContain('<span class="badge empty">文档为空</span>');
    expect(html).toContain('<td class="num" data-label="错误">—</td>');
    // no wall of red: no checklist, no rule lists, no hand items for an empty document
    expect(html).not.toContain('<ul class="rules');
    expect(html).not.toContain("✓");
    expect(html).not.toContain("需人工核对");
  });

  it("says when no case-report structure is recognised (only a table)", async () => {
    const dir = tempDir();
    const table =
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>";
    put(dir, "表.docx", smallDocx(table));
    const text = await run(["check", "表.docx"], dir);
    expect(text.stdout).toContain("未识别到案例报告结构");
    expect(text.stdout).toContain("题目 → ——单位全称 → 单位简介 → 一、实施背景");
    expect(text.stdout).toMatch(/\[不适用\] .+：未找到题目/);
    const json = await run(["check", "--json", "表.docx"], dir);
    const [file] = firstItems((JSON.parse(json.stdout) as JsonOut).files, 1);
    expect(file.documentKind).toBe("noReport");
    expect(file.rules.find((x) => x.ruleId === "title-length")).toMatchObject({
      status: "notApplicable",
      reason: "未找到题目",
    });
  });

  it("speaks English with --lang en-US", async () => {
    const dir = tempDir();
    put(dir, "empty.docx", smallDocx(p("")));
    const r = await run(["--lang", "en-US", "check", "empty.docx"], dir);
    expect(r.stdout).toContain("the document is empty");
    expect(r.stdout).toContain("Result: failed (the document is empty).");
    put(dir, "form.docx", compliantDocx());
    const c = await run(["--lang", "en-US", "check", "form.docx"], dir);
    expect(c.stdout).toMatch(/Checks: \d+ \/ \d+ pass · \d+ more not applicable\./);
    expect(c.stdout).toContain("[not applicable] ");
    expect(c.stdout).not.toMatch(/[\u4e00-\u9fff]+ \d+ 段格式不符/);
  });
});

describe("check --html", () => {
  it("formatting as the pane shows it: one line per role, the rows folded, counted per role", async () => {
    const dir = tempDir();
    put(dir, "草稿.docx", unstyledDocx());
    await run(["check", "草稿.docx", "--html", "r.html"], dir);
    const html = fs.readFileSync(path.join(dir, "r.html"), "utf8");
    const pane = verdictCounts(analyze(parseDocx(unstyledDocx())).lint.findings);
    // the summary's columns and the section's verdict count as the pane does, in its words
    expect(html).toContain("<th>错误</th><th>提醒</th><th>提示</th>");
    expect(html).toContain(`<td class="num" data-label="错误">${pane.error}</td>`);
    expect(html).toMatch(
      new RegExp(`<p class="verdict">${pane.error} 个错误 · ${pane.warning} 个提醒`)
    );
    const format = html.slice(html.indexOf('<ul class="format">'));
    expect(format).toMatch(
      /^<ul class="format"><li><span class="sev sev-error">错误<\/span> 题目 1 段格式不符：/
    );
    expect(format).toContain("用 case-report format 一次改好以下全部格式，不改文字。");
    expect(format).toMatch(
      /<details><summary>逐段查看（\d+ 条）<\/summary><table class="findings">/
    );
    // no requirement id in the page a writer reads
    const visible = html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, "");
    expect(visible).not.toMatch(/\bR\d+\b/);
  });

  it("writes one self-contained page: summary of all files, each checklist, document text escaped", async () => {
    const dir = tempDir();
    put(dir, "docs/好.docx", compliantDocx());
    put(dir, "docs/<b>坏</b>.docx", "not a zip");
    put(dir, "docs/evil.docx", smallDocx(p("&lt;i&gt;我们&lt;/i&gt;&amp;")));
    const r = await run(["check", "docs", "--html", "report.html"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("网页报告已保存：report.html");
    const html = fs.readFileSync(path.join(dir, "report.html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<style>");
    // self-contained: no scripts, no external assets
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    // document text and file names are escaped
    expect(html).toContain("「&lt;i&gt;我们&lt;/i&gt;&amp;」");
    expect(html).not.toContain("<i>我们");
    expect(html).toContain("&lt;b&gt;坏&lt;/b&gt;.docx");
    expect(html).not.toContain("<b>坏</b>");
    // a summary table with every file, then each file's checklist
    const summary = html.slice(html.indexOf('<table class="summary">'), html.indexOf("</table>"));
    expect(summary.match(/<tr><td class="file"><a href="#f\d">/g)).toHaveLength(3);
    expect(summary).toContain("无法读取");
    expect(summary).toContain("通过");
    expect(html.match(/<section id="f\d">/g)).toHaveLength(3);
    expect(html).toContain("主要做法占正文");
    expect(html).toContain("要求 300–400 字");
    // bars only for bounded counts: a count nothing limits gets no (full, "done"-looking) bar
    const rows = html.split("<tr");
    const unbounded = rows.filter((row) => row.includes("无字数要求"));
    expect(unbounded.length).toBeGreaterThan(0);
    for (const row of unbounded) expect(row).not.toContain('class="bar');
    expect(rows.find((row) => row.includes("要求 300–400 字"))).toContain('class="bar');
    expect(html).toContain("第三人称");
    expect(html).toContain("该文件不是 .docx");
    // no temporary file left
    expect(listFiles(dir).filter((f) => !f.startsWith("docs/"))).toEqual(["report.html"]);
  });

  it("refuses an HTML path in a missing folder before checking anything (exit 2)", async () => {
    const dir = tempDir();
    put(dir, "a.docx", compliantDocx());
    const r = await run(["check", "a.docx", "--html", "nope/report.html"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件夹不存在：nope");
    expect(r.stdout).toBe("");
    expect(listFiles(dir)).toEqual(["a.docx"]);
  });
});

describe("quoteAround", () => {
  const text = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
  it("centres a short span in at most 20 characters", () => {
    const q = quoteAround(text, [20, 22]);
    expect(Array.from(q.quote)).toHaveLength(20);
    expect(q.quote).toContain("子丑");
    expect(q.quote.indexOf("子丑")).toBeGreaterThanOrEqual(8);
    expect(q).toMatchObject({ cutStart: true, cutEnd: true });
  });
  it("shifts the window at the edges and keeps short paragraphs whole", () => {
    expect(quoteAround(text, [0, 2]).quote).toBe(text.slice(0, 20));
    expect(quoteAround(text, [text.length - 1, text.length]).quote).toBe(text.slice(-20));
    expect(quoteAround("短句。", [0, 1])).toEqual({
      quote: "短句。",
      before: "",
      hit: "短",
      after: "句。",
      cutStart: false,
      cutEnd: false,
    });
    expect(quoteAround("短句。", null).quote).toBe("短句。");
    expect(quoteAround("短句。", null).hit).toBe("");
    const mid = quoteAround("一二三四五六七八九十", [4, 6], 6);
    expect([mid.before, mid.hit, mid.after]).toEqual(["三四", "五六", "七八"]);
  });
  it("cuts a long span to its first 20 characters and never splits a surrogate pair", () => {
    expect(quoteAround(text, [5, 40]).quote).toBe(text.slice(5, 25));
    const astral = "𠀀".repeat(30);
    const q = quoteAround(astral, [20, 22]);
    expect(q.quote).toBe("𠀀".repeat(20));
  });
  it("turns tabs and line breaks into spaces", () => {
    expect(quoteAround("甲\t乙\n丙", null).quote).toBe("甲 乙 丙");
  });
  it("is fast on a megabyte paragraph", () => {
    const big = "安".repeat(1_000_000);
    const t0 = Date.now();
    for (let i = 0; i < 1000; i++) quoteAround(big, [500_000 + i, 500_002 + i]);
    // 1000 quotes of a 1 MB paragraph: quadratic would take minutes; a hang guard, not a timing.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
