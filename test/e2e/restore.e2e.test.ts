/**
 * @fileoverview End to end, issue 7 "No promise we cannot keep" and issue 9 撤销修复: the
 * production pane at 320 × 800 with the Word double (under `WORD_HOST` its host profile) on the
 * demo's `messy` draft. One finding's text fix applies on one click and shows 撤销修复 at its row;
 * 撤销修复 puts the text back (the document body as before). 一键排版 shows 恢复 in its outcome;
 * 恢复 puts every paragraph's formatting back, numbered paragraphs in their own list; with 修订 on,
 * 恢复 writes nothing and says to turn it off, then works. Screenshots in test-results/e2e/.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { t } from "../../src/core/messages";
import { analyze } from "../../src/core/analyze";
import { PROFILE_2023 } from "../../src/core/profile";
import { parseDocx } from "../../src/ooxml/parse";
import { ARTIFACTS, DIST, bundleDouble, checklistShown, launch, openPane, serve } from "./harness";
import { sampleDocx } from "./samples";

const messy = sampleDocx("messy");
const expected = analyze(parseDocx(messy), PROFILE_2023);

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
  server = await serve({ "/e2e/messy.docx": messy });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pane(): Promise<Page> {
  const page = await openPane(browser, server.url, doubleJs, "?doc=messy");
  await page.setViewportSize({ width: 320, height: 800 });
  await checklistShown(page);
  await idle(page);
  return page;
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"), undefined, {
    timeout: 60_000,
  });
}

/**
 * The document's body paragraphs as OOXML: the section properties left out (一键排版 may set the
 * page up, which 恢复 does not undo and says so) and namespace declarations dropped (the double
 * serialises a re-inserted paragraph with its own). List instance ids (`w:numId`) are compared:
 * numbered paragraphs rejoin their own list after 一键排版 and 恢复 (`attachToList`), where Word
 * would otherwise give re-inserted numbering a new instance (the double: `mergeNumbering`).
 */
async function body(page: Page): Promise<string> {
  const xml = await page.evaluate(() => window.__double!.documentOoxml());
  const m = /<w:body>([\s\S]*)<\/w:body>/.exec(xml);
  return (m?.[1] ?? "")
    .replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/g, "")
    .replace(/ xmlns:w="[^"]*"/g, "");
}

const suffix = process.env.WORD_HOST ? `-${process.env.WORD_HOST}` : "";

describe("恢复 and 撤销修复 at 320 × 800", () => {
  let page: Page;
  beforeEach(async () => {
    page = await pane();
  });
  afterEach(async () => {
    await page?.context().close();
  });

  it("fix one finding, then 撤销修复 at its row: the text is back", async () => {
    const before = await body(page);
    // Open the first rule whose findings have a one-click text fix.
    const group = expected.checklist.groups.find((g) =>
      g.findings.some((f) => f.fix?.length === 1 && f.fix[0]!.op === "replaceText")
    )!;
    const header = page.getByRole("button", {
      name: t("ui.check.groupLabel", { title: group.title, count: group.findings.length }),
    });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const row = page
      .locator("li[data-finding-id]", { has: page.getByTestId("fix-change") })
      .first();
    await row.waitFor({ timeout: 30_000 });
    const id = await row.getAttribute("data-finding-id");
    await row.getByRole("button", { name: /^修复此条/ }).click();
    const feedback = page.getByTestId("row-feedback");
    const undo = feedback.getByRole("button", { name: t("ui.restore.undoFixLabel") });
    await undo.waitFor({ timeout: 60_000 });
    await idle(page);
    expect(await body(page)).not.toBe(before);
    // the feedback is where the row was: the fixed row is gone, the outcome in its place
    expect(await page.locator(`li[data-finding-id="${id}"]`).count()).toBe(0);
    await feedback.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `restore-fix-320${suffix}.png`) });
    await undo.click();
    await page.getByText(t("ui.restore.doneFix")).waitFor({ timeout: 60_000 });
    await idle(page);
    expect(await body(page)).toBe(before);
    await page.screenshot({ path: path.join(ARTIFACTS, `restore-fix-undone-320${suffix}.png`) });
    // the row is back (the re-check finds the finding again) and the outcome clears on the next action
    await page.locator(`li[data-finding-id="${id}"]`).waitFor({ timeout: 30_000 });
  });

  it("一键排版, then 恢复: the formatting is back", async () => {
    const before = await body(page);
    await page
      .getByTestId("format-summary")
      .getByRole("button", { name: t("ui.format.run"), exact: true })
      .click();
    const outcome = page.getByTestId("format-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    await idle(page);
    expect(await body(page)).not.toBe(before);
    const restore = outcome.getByRole("button", { name: t("ui.restore.runLabel") });
    await restore.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `restore-format-320${suffix}.png`) });
    await restore.click();
    await page.getByTestId("restore-outcome-format").waitFor({ timeout: 60_000 });
    await idle(page);
    expect(await body(page)).toBe(before);
    await page.screenshot({ path: path.join(ARTIFACTS, `restore-format-done-320${suffix}.png`) });
    expect(
      (page as unknown as { __errors: string[] }).__errors.filter((e) => !/ResizeObserver/.test(e))
    ).toEqual([]);
  });

  it("一键排版, then 修订 on: 恢复 writes nothing and says what to do; with 修订 off it restores", async () => {
    const before = await body(page);
    await page
      .getByTestId("format-summary")
      .getByRole("button", { name: t("ui.format.run"), exact: true })
      .click();
    const outcome = page.getByTestId("format-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    await idle(page);
    // The writer turns 修订 on (审阅 → 修订) before pressing 恢复.
    await page.evaluate(() => window.__double!.edit.setChangeTracking("TrackAll"));
    const formatted = await body(page);
    const restore = outcome.getByRole("button", { name: t("ui.restore.runLabel") });
    await restore.click();
    if (process.env.WORD_HOST === "win-2019") {
      // Office 2019 has no WordApi 1.4: the host cannot say whether 修订 is on, so the restore
      // goes ahead and says where to look.
      await page.getByText(t("ui.notDone.restoreTrackingUnknown")).waitFor({ timeout: 60_000 });
      return;
    }
    const refusal = page.getByText(/恢复点仍然保留/);
    await refusal.waitFor({ timeout: 60_000 });
    await idle(page);
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `restore-tracking-320${suffix}.png`) });
    expect(await body(page)).toBe(formatted); // nothing was written
    await page.evaluate(() => window.__double!.edit.setChangeTracking("Off"));
    await outcome.getByRole("button", { name: t("ui.restore.runLabel") }).click();
    await page.getByTestId("restore-outcome-format").waitFor({ timeout: 60_000 });
    await idle(page);
    expect(await body(page)).toBe(before);
  });
});
