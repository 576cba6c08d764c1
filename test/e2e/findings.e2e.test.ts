/**
 * @fileoverview End to end, issue 9 (findings first): the production pane in headless Chromium at
 * a real task-pane size (320 × 800) with the Word double, on the demo's samples
 * (test/e2e/samples.ts, the documents `npm run demo` serves). Checks: on `messy` the first
 * finding's row is fully visible without scrolling; 下一个 walks every finding in document order
 * (a paragraph's formatting findings are one stop) and selects each in the document, 上一个 goes
 * back; ignoring a whole rule asks first and is restored in the same place; a keyboard-only
 * walkthrough reaches every action (the tools, 结构, 人工核对 included) with focus visible and never
 * on `<body>`, and after an action (一键排版, 恢复, 修复, 撤销修复, 导出, a dialog closed, 插入模板)
 * focus is where the action was. Screenshots at 280,
 * 320 and 500 px in test-results/e2e/.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { selectableTarget } from "../../src/core/findings";
import { t } from "../../src/core/messages";
import { PROFILE_2023 } from "../../src/core/profile";
import { parseDocx } from "../../src/ooxml/parse";
import { navigationOrder } from "../../src/taskpane/lib/findingView";
import { ARTIFACTS, DIST, bundleDouble, checklistShown, launch, openPane, serve } from "./harness";
import { sampleDocx } from "./samples";

const messy = sampleDocx("messy");
const expected = analyze(parseDocx(messy), PROFILE_2023);
const served: Record<string, Uint8Array> = {
  "/e2e/messy.docx": messy,
  "/e2e/template.docx": sampleDocx("template"),
  "/e2e/empty.docx": sampleDocx("empty"),
};

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
  server = await serve(served);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pane(doc: string, width = 320): Promise<Page> {
  const page = await openPane(browser, server.url, doubleJs, `?doc=${doc}`);
  await page.setViewportSize({ width, height: 800 });
  await checklistShown(page);
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"), undefined, {
    timeout: 30_000,
  });
  return page;
}

function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors: string[] }).__errors;
}

describe("messy draft at 320 × 800", () => {
  let page: Page;
  beforeAll(async () => {
    page = await pane("messy");
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("shows the verdict and the first finding's row without scrolling", async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-messy-320.png") });
    const row = page.locator("[data-finding-id]").first();
    const box = await row.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    const verdict = await page.getByTestId("verdict").textContent();
    expect(verdict).toMatch(/\d+ 个错误/);
    expect(verdict).toMatch(/\d+ 个提醒/);
    expect(verdict).toMatch(/\d+ \/ \d+ 项通过/);
    // Formatting summarised per role, not one row per attribute.
    const summary = await page.getByTestId("format-summary").textContent();
    expect(summary).toMatch(/正文 \d+ 段格式不符：字体/);
    expect(pageErrors(page)).toEqual([]);
  });

  it("walks every finding in document order with 下一个 and selects each; 上一个 goes back", async () => {
    const order = navigationOrder(
      expected.checklist.groups.filter((g) => g.findings.length > 0).flatMap((g) => g.findings)
    );
    expect(order.length).toBeGreaterThan(20);
    const next = page.getByRole("button", { name: t("ui.check.next"), exact: true });
    for (let i = 0; i < order.length; i++) {
      const f = order[i]!;
      await next.click();
      await page
        .getByTestId("position")
        .filter({ hasText: `第 ${i + 1} / ${order.length} 个` })
        .waitFor({ timeout: 10_000 });
      const current = page.locator('[aria-current="true"][data-finding-id]');
      // The same rule at the same place (the message may differ: the double's package carries
      // no theme part, so a theme font is unnamed there — fontThemeUnnamed, not fontTheme).
      const id = (await current.getAttribute("data-finding-id")) ?? "";
      expect([id.split("/")[0], id.split("@")[1]]).toEqual([f.ruleId, f.id.split("@")[1]]);
      // A section's finding (page setup) selects the start of the section's first paragraph.
      const where = selectableTarget(f.target, expected.classified.doc);
      if (where.kind === "paragraph" || where.kind === "picture") {
        const index = where.paragraph.index;
        const span = where.kind === "paragraph" ? where.span : undefined;
        await page.waitForFunction(
          ([index, start]) => {
            const s = window.__double?.selection();
            return !!s && s.paragraphIndex === index && (start < 0 || s.start === start);
          },
          [index, span ? span[0] : -1] as const,
          { timeout: 10_000 }
        );
      }
      // The row is scrolled fully into view (its group may just have opened).
      await page.waitForFunction(
        (id) => {
          const row = document.querySelector(`[aria-current="true"][data-finding-id="${id}"]`);
          const r = row?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
        },
        id,
        { timeout: 5_000 }
      );
    }
    // No stop said it could not find its place (the page-setup finding did: 找不到该位置).
    expect(await page.getByText(t("ui.error.targetNotFound.title")).count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-messy-320-walked.png") });
    await page.getByRole("button", { name: t("ui.check.previous"), exact: true }).click();
    await page
      .getByTestId("position")
      .filter({ hasText: `第 ${order.length - 1} / ${order.length} 个` })
      .waitFor({ timeout: 10_000 });
    // The keyboard shortcut moves on too.
    await page.keyboard.press("Alt+ArrowDown");
    await page
      .getByTestId("position")
      .filter({ hasText: `第 ${order.length} / ${order.length} 个` })
      .waitFor({ timeout: 10_000 });
    expect(pageErrors(page)).toEqual([]);
  });

  it("asks before ignoring a whole rule and restores it in the same place", async () => {
    const g = expected.checklist.groups.find((x) => x.ruleId === "first-person")!;
    const header = page.getByRole("button", {
      name: t("ui.check.groupLabel", { title: g.title, count: g.findings.length }),
    });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    // Positions in the page (the walk above scrolled it), not in the viewport.
    const pageY = (l: typeof header) =>
      l.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await pageY(header);
    await page
      .getByRole("button", { name: t("ui.check.ignoreRuleLabel", { title: g.title }) })
      .click();
    const yes = page.getByRole("button", { name: t("ui.check.ignoreRuleYes") });
    await expect(yes.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-ignore-ask.png") });
    await yes.click();
    const restore = page.getByRole("button", {
      name: t("ui.check.restoreRuleLabel", { title: g.title }),
    });
    await restore.waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-restore-rule") === "first-person"
    );
    const at = await pageY(restore);
    // 恢复 is where the group was (same place, not a list far below).
    expect(Math.abs(at - before)).toBeLessThan(80);
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-ignore-restore.png") });
    await restore.click();
    await header.waitFor({ timeout: 10_000 });
    await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(
      false
    );
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("keyboard only", () => {
  /** The focused element's accessible name and whether its focus is visible; null on <body>. */
  async function focused(page: Page): Promise<{ name: string; visible: boolean } | null> {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      return {
        name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(),
        visible: el.matches(":focus-visible"),
      };
    });
  }

  /** Presses `key` and checks focus: on an element (never <body>), visibly. */
  async function press(page: Page, key: string): Promise<string> {
    await page.keyboard.press(key);
    const info = await focused(page);
    expect([key, info]).toEqual([key, expect.objectContaining({ visible: true })]);
    return info!.name;
  }

  // The first pass Tabs to the pane's last control, 导出提交材料 (it was 导出图片 before the
  // package export: a pass that waited for that name walked off the end of the page, where a
  // browser leaves focus on <body> — in Word, Tab there goes on to the host).
  it("reaches every action with Tab, focus always visible and never on <body>", async () => {
    const page = await pane("messy");
    const names: string[] = [];
    const last = t("ui.export.run");
    for (let i = 0; i < 80 && !names.includes(last); i++) {
      names.push(await press(page, "Tab"));
    }
    for (const want of [
      t("ui.check.recheck"),
      t("ui.check.previous"),
      t("ui.check.next"),
      t("ui.format.run"),
      t("ui.check.details"),
      t("ui.check.ignoreRuleLabel", { title: "第三人称" }),
      t("ui.tools.heading"),
      t("ui.structure.show"),
      t("ui.hand.heading"),
      last,
    ]) {
      expect([want, names.some((n) => n.includes(want))]).toEqual([want, true]);
    }
    expect(names.some((n) => n.startsWith("忽略此条："))).toBe(true);
    // And back: Shift+Tab walks the same controls in reverse.
    const back: string[] = [];
    for (let i = 0; i < names.length - 1; i++) back.push(await press(page, "Shift+Tab"));
    expect(back).toEqual(names.slice(0, -1).reverse());

    // 下一个 with Enter: the first stop is selected, focus stays on the button.
    const next = page.getByRole("button", { name: t("ui.check.next"), exact: true });
    await next.focus();
    expect(await press(page, "Enter")).toBe(t("ui.check.next"));
    await page.getByTestId("position").filter({ hasText: "第 1 / " }).waitFor({ timeout: 10_000 });
    await expect(focused(page)).resolves.toEqual({ name: t("ui.check.next"), visible: true });

    // 详情 opens and closes from the keyboard; focus stays on the toggle.
    // Each 详情 names its finding ("详情：…", "收起：…"), not one name for every row.
    const details = page.getByRole("button", { name: /^详情：/ }).first();
    await details.focus();
    const named = (await details.getAttribute("aria-label")) ?? "";
    expect(named.length).toBeGreaterThan("详情：".length);
    expect(await press(page, "Enter")).toBe(named.replace(/^详情：/, "收起："));
    expect(await press(page, "Enter")).toBe(named);

    // Open a collapsed group from the keyboard: Shift+Tab back to its header, Enter opens it,
    // Tab reaches its row, 修复, 详情, 忽略 and 忽略此项检查.
    const pageGroup = page.getByRole("button", { name: /^页面 A4 纵向：/ });
    await pageGroup.focus();
    // 下一个 may have opened it already (its finding is the first stop): Enter closes, Enter opens.
    const wasOpen = (await pageGroup.getAttribute("aria-expanded")) === "true";
    for (const want of wasOpen ? ["false", "true"] : ["true"]) {
      await page.keyboard.press("Enter");
      await expect(pageGroup.getAttribute("aria-expanded")).resolves.toBe(want);
      await expect(focused(page)).resolves.toEqual(expect.objectContaining({ visible: true }));
    }
    const inGroup: string[] = [];
    for (let i = 0; i < 5; i++) inGroup.push(await press(page, "Tab"));
    expect(inGroup[0]).toMatch(/^错误：/);
    expect(inGroup.some((n) => n.startsWith("修复此条："))).toBe(true);
    expect(inGroup.some((n) => n.startsWith("忽略此条："))).toBe(true);
    expect(inGroup).toContain(t("ui.check.ignoreRuleLabel", { title: "页面 A4 纵向" }));

    // Ignore that rule with the keyboard: Enter asks (focus on the confirm button), Enter
    // confirms, focus lands on 恢复 in the same place, Enter restores and focus stays in the pane.
    const ignoreRule = page.getByRole("button", {
      name: t("ui.check.ignoreRuleLabel", { title: "页面 A4 纵向" }),
    });
    await ignoreRule.focus();
    // Escape is 取消: the question goes, focus is back on 忽略此项检查.
    expect(await press(page, "Enter")).toBe(t("ui.check.ignoreRuleYes"));
    expect(await press(page, "Escape")).toBe(
      t("ui.check.ignoreRuleLabel", { title: "页面 A4 纵向" })
    );
    expect(await page.getByRole("button", { name: t("ui.check.ignoreRuleYes") }).count()).toBe(0);
    expect(await press(page, "Enter")).toBe(t("ui.check.ignoreRuleYes"));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.hasAttribute("data-restore-rule"));
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-keyboard-restore.png") });
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => !!document.activeElement && document.activeElement !== document.body
    );
    await expect(focused(page)).resolves.toEqual(expect.objectContaining({ visible: true }));

    // 模板与排版 opens from the keyboard and its actions are the next Tab stops.
    const tools = page.getByRole("button", { name: t("ui.tools.heading") });
    await tools.focus();
    await page.keyboard.press("Enter");
    await expect(tools.getAttribute("aria-expanded")).resolves.toBe("true");
    const inTools: string[] = [];
    for (let i = 0; i < 3; i++) inTools.push(await press(page, "Tab"));
    expect(inTools).toEqual([
      t("ui.template.insertReport"),
      t("ui.template.insertForm"),
      t("ui.format.run"),
    ]);

    // 显示结构 toggles in place: focus stays on the toggle.
    const show = page.getByRole("button", { name: t("ui.structure.show") });
    await show.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement !== document.body);
    await expect(focused(page)).resolves.toEqual(expect.objectContaining({ visible: true }));

    // 人工核对: open, Tab to the first item, Space ticks it, focus stays on it.
    const hand = page.getByRole("button", { name: new RegExp(`^${t("ui.hand.heading")}`) });
    await hand.focus();
    await page.keyboard.press("Enter");
    await expect(hand.getAttribute("aria-expanded")).resolves.toBe("true");
    let guard = 0;
    while (
      (await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) !== "checkbox"
    ) {
      await press(page, "Tab");
      if (++guard > 5) throw new Error("no checkbox after 人工核对");
    }
    await page.keyboard.press("Space");
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement).checked === true);
    await expect(focused(page)).resolves.toEqual(expect.objectContaining({ visible: true }));

    // The last control, then on to where Word takes focus.
    await page.getByRole("button", { name: t("ui.export.run") }).focus();
    await expect(focused(page)).resolves.toEqual({ name: t("ui.export.run"), visible: true });

    // Alt+↓ / Alt+↑ move to the next / previous finding from anywhere in the pane (here the
    // last control), and focus is not lost.
    const position = page.getByTestId("position");
    const at = (await position.innerText()).trim();
    await page.keyboard.press("Alt+ArrowDown");
    await page.waitForFunction(
      (was) => document.querySelector("[data-testid=position]")?.textContent?.trim() !== was,
      at,
      { timeout: 10_000 }
    );
    await expect(position.innerText()).resolves.toMatch(/^第 \d+ \/ /);
    await expect(focused(page)).resolves.toEqual(expect.objectContaining({ visible: true }));
    const moved = (await position.innerText()).trim();
    await page.keyboard.press("Alt+ArrowUp");
    await page.waitForFunction(
      (was) => document.querySelector("[data-testid=position]")?.textContent?.trim() !== was,
      moved,
      { timeout: 10_000 }
    );
    await expect(focused(page)).resolves.toEqual(expect.objectContaining({ visible: true }));
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  /**
   * After the action an Enter started, focus is in the pane — on its outcome where the control
   * went away — never on <body>, with no moment of <body> in between once it settled.
   */
  async function enterAndSettle(page: Page, done: () => Promise<unknown>): Promise<string> {
    await page.keyboard.press("Enter");
    await done();
    await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"), undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(300); // the keeper looks again a frame later
    const info = await focused(page);
    expect(info).not.toBeNull();
    return info!.name;
  }

  it("after 一键排版, 恢复, 修复, 撤销修复, 导出 and a dialog closed, focus is where the action was", async () => {
    const page = await pane("messy");
    // 一键排版 from the checklist's 格式 card: the card goes away with its findings.
    await page
      .getByTestId("format-summary")
      .getByRole("button", { name: t("ui.format.run"), exact: true })
      .focus();
    const outcome = page.getByTestId("format-outcome");
    await enterAndSettle(page, () => outcome.waitFor({ timeout: 60_000 }));
    await expect(
      page.evaluate(() => !!document.activeElement?.closest("[data-testid=format-outcome]"))
    ).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-keyboard-format-outcome.png") });
    // 恢复 in the outcome: the outcome is replaced by the restore's.
    await outcome.getByRole("button", { name: t("ui.restore.runLabel") }).focus();
    await enterAndSettle(page, () =>
      page.getByTestId("restore-outcome-format").waitFor({ timeout: 60_000 })
    );

    // 修复 on a row with an inline text change: the row goes, its outcome takes its place.
    const group = expected.checklist.groups.find((g) =>
      g.findings.some((f) => f.fix?.length === 1 && f.fix[0]!.op === "replaceText")
    )!;
    const header = page.getByRole("button", { name: new RegExp(`^${group.title}：`) });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const row = page
      .locator("li[data-finding-id]", { has: page.getByTestId("fix-change") })
      .first();
    await row.getByRole("button", { name: /^修复此条/ }).focus();
    const feedback = page.getByTestId("row-feedback");
    const undo = feedback.getByRole("button", { name: t("ui.restore.undoFixLabel") });
    await enterAndSettle(page, () => undo.waitFor({ timeout: 60_000 }));
    await page.screenshot({ path: path.join(ARTIFACTS, "findings-keyboard-fix-outcome.png") });
    await undo.focus();
    await enterAndSettle(page, () =>
      page.getByText(t("ui.restore.doneFix")).waitFor({ timeout: 60_000 })
    );

    // 插入案例报告模板 on a document with content: the dialog opens on 取消 (one Enter must not
    // replace the document); Escape closes it and focus is back on the button.
    const tools = page.getByRole("button", { name: t("ui.tools.heading") });
    if ((await tools.getAttribute("aria-expanded")) !== "true") await tools.click();
    const insert = page.getByRole("button", { name: t("ui.template.insertReport"), exact: true });
    await insert.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      (name) => document.activeElement?.textContent?.trim() === name,
      t("ui.template.confirm.cancel"),
      { timeout: 5_000 }
    );
    await page.keyboard.press("Escape");
    await page.getByRole("alertdialog").waitFor({ state: "detached", timeout: 10_000 });
    await page.waitForFunction(
      (name) => document.activeElement?.textContent?.trim() === name,
      t("ui.template.insertReport"),
      { timeout: 5_000 }
    );

    // 导出提交材料: the button is busy while it runs; focus ends on its outcome.
    await page.getByRole("button", { name: t("ui.export.run") }).focus();
    await enterAndSettle(page, () =>
      page.getByTestId("export-outcome").waitFor({ timeout: 60_000 })
    );
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it("after 插入模板 in an empty document, focus is in the pane", async () => {
    const page = await pane("empty");
    await page
      .getByRole("button", { name: t("ui.template.insertReport"), exact: true })
      .first()
      .focus();
    await enterAndSettle(page, () =>
      page.getByTestId("template-outcome").waitFor({ timeout: 60_000 })
    );
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe("screenshots at task-pane widths", () => {
  it.each([280, 320, 500])("messy, empty and template at %i px", async (width) => {
    for (const doc of ["messy", "empty", "template"]) {
      const page = await pane(doc, width);
      await page.screenshot({
        path: path.join(ARTIFACTS, `findings-${doc}-${width}-full.png`),
        fullPage: true,
      });
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });
});

describe("after 插入模板 at 320 × 800 (issue 9: placeholders are 未填写)", () => {
  let page: Page;
  afterAll(async () => {
    await page?.context().close();
  });

  it("the checklist shows 未填写 and no ✓ for the placeholder parts", async () => {
    page = await pane("empty");
    await page.getByRole("button", { name: t("ui.template.insertReport") }).click();
    await page
      .getByText(/^已插入模板/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('[data-count-id="title"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"), undefined, {
      timeout: 30_000,
    });
    const unfilled = t("ui.count.status.unfilled");
    for (const id of [
      "title",
      "unitIntro",
      "body",
      "background",
      "practice",
      "practiceShare",
      "effect",
    ]) {
      const row = page.locator(`[data-count-id="${id}"]`);
      await expect(row.innerText()).resolves.toContain(unfilled);
      // no bar: an empty bar would read as "started, 0 字"
      await expect(row.locator("[role=progressbar]").count()).resolves.toBe(0);
    }
    await expect(page.locator('[data-count-id="title"]').innerText()).resolves.not.toMatch(
      /符合|\d+\s*字\s*·/
    );

    // The rules that judge a placeholder part are under 未填写, none under ✓ 已通过.
    const judged = [
      "title-length",
      "title-names",
      "unit-line",
      "unit-intro-length",
      "body-length",
      "practice-share",
      "effect-data",
    ];
    const passed = page.locator("[data-testid=passed]");
    if ((await passed.count()) > 0) {
      await passed.getByRole("button").first().click();
      const ids = await passed
        .locator("[data-rule-id]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-rule-id")));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of judged) expect(ids).not.toContain(id);
    }
    const group = page.locator("[data-testid=unfilled]");
    await group.getByRole("button").first().click();
    const unfilledIds = await group
      .locator("[data-rule-id]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-rule-id")));
    expect([...unfilledIds].sort()).toEqual([...judged].sort());
    await page.screenshot({
      path: path.join(ARTIFACTS, "template-unfilled-320.png"),
      fullPage: true,
    });
    expect(pageErrors(page)).toEqual([]);
  });
});
