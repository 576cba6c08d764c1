/**
 * @fileoverview The pane's first load carries only the zh-CN catalogs (issue 9: pane JS ≤ 250 KB
 * gzipped): in a Chinese Word no English strings are fetched; in an English Word the en-US
 * catalogs arrive as their own chunk before the pane renders, and the pane speaks English.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { t } from "../../src/core/messages";
import { buildDocx } from "../fixtures/draft-docx";
import { ARTIFACTS, DIST, bundleDouble, launch, openPane, serve } from "./harness";

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

/**
 * Opens the pane in `locale` and records the scripts it fetched. The plain double whatever
 * `WORD_HOST` says (`?host=Windows`): the locale comes from the browser's language (the double
 * gives no `displayLanguage`) and its catalogs load before the pane makes any Word call, so no
 * host profile changes what is tested here (scripts/test-hosts.js runs it once).
 */
async function open(locale: string): Promise<{ page: Page; scripts: string[] }> {
  const scripts: string[] = [];
  const page = await openPane(
    browser,
    server.url,
    doubleJs,
    "?host=Windows",
    async (p) => {
      p.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
      });
    },
    "double",
    locale
  );
  return { page, scripts };
}

it("a Chinese Word fetches no English catalogs", async () => {
  const { page, scripts } = await open("zh-CN");
  await page
    .getByText(t("ui.export.heading", {}, "zh-CN"))
    .first()
    .waitFor({ timeout: 30_000 });
  expect(scripts.filter((s) => /messages-en-US/.test(s))).toEqual([]);
  await page.close();
});

it("an English Word loads the en-US chunk first and shows English", async () => {
  const { page, scripts } = await open("en-US");
  await page
    .getByText(t("ui.export.heading", {}, "en-US"))
    .first()
    .waitFor({ timeout: 30_000 });
  expect(scripts.filter((s) => /messages-en-US/.test(s))).toHaveLength(1);
  expect(await page.getByText(t("ui.export.heading", {}, "zh-CN")).count()).toBe(0);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-en-US.png"), fullPage: true });
  await page.close();
});

it("in English at 280 px each 图、表和照片 label keeps its width beside a wrapping value", async () => {
  const { page } = await open("en-US");
  await page.setViewportSize({ width: 280, height: 800 });
  const rows = page.locator("[data-tally-id]");
  await rows.first().waitFor({ timeout: 30_000 });
  const count = await rows.count();
  expect(count).toBe(3);
  for (let i = 0; i < count; i++) {
    // The label's own text may not reach into the value: its box is as wide as its text
    // (scrollWidth), and the value starts after it.
    const [label, value] = await rows
      .nth(i)
      .locator(":scope > *")
      .evaluateAll((els) =>
        els.map((e) => ({
          left: e.getBoundingClientRect().left,
          right: e.getBoundingClientRect().right,
          scroll: e.scrollWidth,
          client: e.clientWidth,
        }))
      );
    expect(label!.scroll).toBeLessThanOrEqual(label!.client);
    expect(value!.left).toBeGreaterThanOrEqual(label!.right);
  }
  await page.close();
});
