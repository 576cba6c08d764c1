/**
 * @fileoverview End to end, issue 7 "the first checklist shows counts from the paragraph batch
 * before any OOXML has arrived": the production pane at 320 × 800 on the demo's `long` draft
 * (≈ 100 000 字), the Word double answering each sync after a round trip (`?roundTrip=`: 30 ms +
 * 400 ms per MB moved; without it the double answers in the same task, which no Word does). The
 * 字数 rows appear marked as provisional (按文字初步统计，正在读取格式…) with no verdict, finding
 * or 项通过; then the checklist replaces them, its 字数 those of a whole parse. Screenshot:
 * test-results/e2e/provisional-long-320.png.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { PROFILE_2023 } from "../../src/core/profile";
import { parseDocx } from "../../src/ooxml/parse";
import { ARTIFACTS, DIST, bundleDouble, launch, openPane, serve } from "./harness";
import { sampleDocx } from "./samples";

const long = sampleDocx("long");
const expected = analyze(parseDocx(long), PROFILE_2023).checklist.counts;

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
  server = await serve({ "/e2e/long.docx": long });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of each 字数 row under `scope` (a CSS selector), by count id (runs in the page). */
function rowsIn(scope: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of Array.from(document.querySelectorAll(`${scope} [data-count-id]`))) {
    const id = row.getAttribute("data-count-id") ?? "";
    out[id] = (row.textContent ?? "").replace(/\s+/g, " ").trim();
  }
  return out;
}

it("the long draft: provisional 字数 first (no verdict, no finding, no 项通过), then the checklist in their place", async () => {
  const page = await openPane(browser, server.url, doubleJs, "?doc=long&roundTrip=30,400", (p) =>
    p.setViewportSize({ width: 320, height: 800 })
  );
  const box = page.locator("[data-testid=provisional]");
  await box.waitFor({ timeout: 60_000 });
  // The provisional state: rows marked as such, nothing that reads as a verdict.
  const state = await page.evaluate(() => ({
    verdict: document.querySelectorAll("[data-testid=verdict]").length,
    findings: document.querySelectorAll("[data-finding-id]").length,
    passed: /项通过/.test(document.body.textContent ?? ""),
    text: document.querySelector("[data-testid=provisional]")?.textContent ?? "",
  }));
  expect(state).toMatchObject({ verdict: 0, findings: 0, passed: false });
  expect(state.text).toContain("按文字初步统计，正在读取格式…");
  expect(state.text).not.toMatch(/超出|不足|缺失|符合/);
  const provisional = await page.evaluate(rowsIn, "[data-testid=provisional]");
  expect(Object.keys(provisional)).toEqual(expected.map((c) => c.id));
  await page.screenshot({ path: path.join(ARTIFACTS, "provisional-long-320.png") });

  await page.locator("[data-testid=verdict]").first().waitFor({ timeout: 120_000 });
  expect(await box.count()).toBe(0);
  const final = await page.evaluate(rowsIn, "[role=group]");
  for (const c of expected) {
    if (c.status === "missing") continue;
    const shown = c.unit === "%" ? String(c.value) : `${c.value} 字`;
    expect(final[c.id]).toContain(shown);
  }
  // What moved between text-only reading and the whole read (printed for the record).
  const value = (row: string | undefined): string => (row ?? "").split(" · ")[0]!;
  const moved = expected
    .filter((c) => value(provisional[c.id]) !== value(final[c.id]))
    .map((c) => `${c.id}: ${provisional[c.id]} → ${final[c.id]}`);
  console.log(`provisional vs final on the long draft:\n${moved.join("\n") || "(same)"}`);
  expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);
  await page.context().close();
});
