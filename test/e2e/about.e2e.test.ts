/**
 * @fileoverview The production pane's 关于 area and its start-up errors in headless Chromium:
 * 关于 shows package.json's version and this host's features (a Word on the web and an Office
 * LTSC 2021-like Word); with office.js refused (an intranet that blocks Microsoft's CDN) the pane
 * names the exact address to allow instead of staying blank; a Word below WordApi 1.3 says which
 * editions work. Screenshots in test-results/e2e/ (about-*.png, boot-*.png).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { t } from "../../src/core/messages";
import { buildDocx } from "../fixtures/draft-docx";
import {
  ARTIFACTS,
  DIST,
  OFFICE_JS_URL,
  ROOT,
  bundleDouble,
  launch,
  openPane,
  serve,
} from "./harness";

const version = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let doubleJs: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)."
    );
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  doubleJs = await bundleDouble();
  server = await serve({ "/e2e/draft.docx": buildDocx({ blocks: [{ text: "题目" }] }) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("关于", () => {
  it.each([
    ["web", "?host=Web", ["run", "styleRepair", "liveEvents"], ["pageSetup", "eastAsiaFont"]],
    [
      "ltsc-2021",
      "?sets=-WordApi%201.4,-WordApiDesktop%201.3",
      ["run"],
      ["styleRepair", "liveEvents", "pageSetup", "eastAsiaFont"],
    ],
  ])("on %s: the version and this Word's features", async (name, query, yes, no) => {
    const page = await openPane(browser, server.url, doubleJs, query);
    const about = page.locator('[data-section="about"]');
    await about.getByText(`案例报告助手 版本 ${version}`).waitFor({ timeout: 30_000 });
    for (const id of yes) {
      expect(await about.locator(`[data-feature="${id}"]`).getAttribute("data-available")).toBe(
        "true"
      );
    }
    for (const id of no) {
      expect(await about.locator(`[data-feature="${id}"]`).getAttribute("data-available")).toBe(
        "false"
      );
    }
    await about.scrollIntoViewIfNeeded();
    await about.screenshot({ path: path.join(ARTIFACTS, `about-${name}.png`) });
  });
});

describe("start-up errors", () => {
  it("office.js blocked: the pane names the address IT must allow", async () => {
    const page = await openPane(browser, server.url, doubleJs, "", undefined, "blocked");
    await page.getByText(t("ui.boot.officeJsMissing.title")).waitFor({ timeout: 30_000 });
    expect(await page.locator("code").textContent()).toBe(OFFICE_JS_URL);
    expect(await page.locator("main").textContent()).toContain(`案例报告助手 ${version}`);
    await page.screenshot({
      path: path.join(ARTIFACTS, "boot-office-js-blocked.png"),
      fullPage: true,
    });
  });

  it("Word below WordApi 1.3: which editions work, and Office's build", async () => {
    const page = await openPane(browser, server.url, doubleJs, "?sets=-WordApi%201.3");
    await page.getByText(t("ui.boot.unsupportedHost.title")).waitFor({ timeout: 30_000 });
    const text = await page.locator("main").textContent();
    expect(text).toContain("WordApi 1.3");
    expect(text).toContain("检测到：Windows 版 Office");
    await page.screenshot({ path: path.join(ARTIFACTS, "boot-unsupported.png"), fullPage: true });
  });
});
