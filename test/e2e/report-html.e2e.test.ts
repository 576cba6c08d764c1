/**
 * @fileoverview `check --html` read on a phone (issue 9: "HTML report readable at 390 px"): the
 * page of four files — one that passes, one with 100+ findings, one that is not a case report, one
 * that cannot be read, with long names — is laid out in headless Chromium at 390 × 844 px and
 * nothing is wider than the viewport (no sideways scrolling). Screenshot:
 * test-results/e2e/report-html-390.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { writeDocx } from "../../src/ooxml/zip";
import { buildPkg } from "../ooxml/parse-helpers";
import { cleanupTempDirs, compliantDocx, put, run, tempDir, unstyledDocx } from "../cli/helpers";
import { ARTIFACTS, launch } from "./harness";

const p = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const LONG = "本研究针对复杂工况下的数据采集问题，提出了一种基于多源信息融合的方法，并进行了验证。";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  cleanupTempDirs();
});

it("check --html has no element wider than a 390 px screen", async () => {
  const dir = tempDir();
  put(
    dir,
    "docs/某某财产保险股份有限公司某市分公司安全生产责任保险事故预防服务案例.docx",
    compliantDocx()
  );
  put(dir, "docs/未排版初稿（第二版，含全部照片和附件说明）.docx", unstyledDocx());
  put(
    dir,
    "docs/论文.docx",
    writeDocx(
      buildPkg({
        body: ["数据采集方法研究", "摘要", LONG, "第一章 绪论", LONG, "参考文献"].map(p).join(""),
      })
    )
  );
  put(dir, "docs/坏文件.docx", "not a zip");
  const r = await run(["check", "docs", "--html", "report.html"], dir);
  expect(r.code).toBe(2);
  const html = path.join(dir, "report.html");
  expect(fs.readFileSync(html, "utf8")).toContain("不是案例报告");

  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`file://${html}`);
  const layout = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > vw + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { vw, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "report-html-390.png") });
  await page.close();
  expect(layout.wide).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.vw);
});
