/**
 * @fileoverview End to end: the production bundle of the task pane in headless Chromium, with the
 * strict Word double standing in for office.js and loaded with a draft as a writer would paste it
 * (no styles, theme fonts, automatic numbering, a low-dpi photo, US Letter page) that also says
 * “我们”. Checks what issue 2 asks: the checklist shows the expected counts and findings;
 * 一键排版 leaves the double's OOXML with the profile's w:eastAsia fonts, w:sz, bold, w:jc and
 * lineRule="exact" spacing for every role and the same text; the formatting findings are gone;
 * clicking a third-person finding selects that text; bad hosts and failing reads give clear
 * messages. Saves screenshots in test-results/e2e/.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import { classify } from "../../src/core/classify";
import { PROFILE_2023, type FormattedRole } from "../../src/core/profile";
import { t } from "../../src/core/messages";
import { buildDocx } from "../fixtures/draft-docx";
import { parseDocx, parseFlatOpc } from "../../src/ooxml/parse";
import { readDocx } from "../../src/ooxml/zip";
import { readDocumentState } from "../../src/ooxml/decisions-part";
import { unzipSync } from "fflate";
import { compliantDraft, unstyledDraft } from "../fixtures/drafts";
import { ARTIFACTS, DIST, bundleDouble, checklistShown, launch, openPane, serve } from "./harness";

const profile = PROFILE_2023;
const FIRST_PERSON_FROM = /^在实际工作中，某市分公司发现/;
const FIRST_PERSON_TO = "在实际工作中，我们发现";

/** The unstyled draft with one paragraph in the first person. */
function draftDocx(): Uint8Array {
  const { spec } = unstyledDraft(profile);
  let swapped = 0;
  const blocks = spec.blocks.map((b) => {
    if ("type" in b && b.type === "table") return b;
    const text = (b as { text?: string }).text;
    if (text && FIRST_PERSON_FROM.test(text)) {
      swapped++;
      return { ...b, text: text.replace(FIRST_PERSON_FROM, FIRST_PERSON_TO) };
    }
    return b;
  });
  if (swapped !== 1)
    throw new Error(`expected one paragraph to put in the first person, got ${swapped}`);
  return buildDocx({ ...spec, blocks });
}

/** The compliant report with a half-width comma in two of its paragraphs (R20, fixable text). */
function commasDocx(): Uint8Array {
  const { spec } = compliantDraft(profile);
  let n = 0;
  const blocks = spec.blocks.map((b) => {
    const text = (b as { text?: string }).text;
    if (n < 2 && text && text.length > 60 && text.includes("，")) {
      n++;
      return { ...b, text: text.replace("，", ",") };
    }
    return b;
  });
  if (n !== 2) throw new Error(`expected two paragraphs with a comma, got ${n}`);
  return buildDocx({ ...spec, blocks });
}

function emptyDocx(): Uint8Array {
  return buildDocx({ blocks: [{ text: "" }] });
}

function tablesOnlyDocx(): Uint8Array {
  return buildDocx({
    blocks: [
      {
        type: "table",
        rows: [
          [[{ text: "项目" }], [{ text: "数值" }]],
          [[{ text: "隐患整改率" }], [{ text: "96%" }]],
        ],
      },
    ],
  });
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let doubleJs: string;
const draft = draftDocx();
const before = parseDocx(draft);
const expected = analyze(before, profile);
/** The documents served at /e2e/<name>.docx (tests add documents saved from the double). */
const served: Record<string, Uint8Array | string> = {
  "/e2e/draft.docx": draft,
  "/e2e/empty.docx": emptyDocx(),
  "/e2e/tables.docx": tablesOnlyDocx(),
  "/e2e/commas.docx": commasDocx(),
};

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

async function pane(query = ""): Promise<Page> {
  const page = await openPane(browser, server.url, doubleJs, query);
  return page;
}

function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors: string[] }).__errors;
}

/** Opens an accordion header unless it is open (the first failing group starts open). */
async function expand(header: Locator): Promise<void> {
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

describe("task pane with the Word double", () => {
  let page: Page;
  /** Whether the host (profile) has WordApiDesktop 1.3, read by the formatting test. */
  let desktop = true;

  beforeAll(async () => {
    page = await pane();
    await checklistShown(page);
  });

  it("shows the 字数 of each part with its bound, as the core counts them", async () => {
    for (const item of expected.checklist.counts) {
      const row = page.locator(`[data-count-id="${item.id}"]`);
      await expect(row.count()).resolves.toBe(1);
      const text = await row.innerText();
      if (item.status === "missing") continue;
      const shown =
        item.unit === "%"
          ? String(Math.floor((item.value <= 1 ? item.value * 100 : item.value) * 10) / 10)
          : String(item.value);
      expect(text).toContain(shown);
    }
    // Independent of our counter: the sample's 正文 is over 3000 and its 主要做法 over 2000.
    const body = expected.checklist.counts.find((c) => c.id === "body")!;
    expect(body.value).toBeGreaterThanOrEqual(3000);
    expect(body.status).toBe("ok");
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-before.png"), fullPage: true });
  });

  it("lists the findings by rule: first person, formatting, page, photo resolution", async () => {
    const groups = new Map(expected.checklist.groups.map((g) => [g.ruleId, g]));
    for (const ruleId of ["first-person", "role-format", "page-setup", "picture-resolution"]) {
      const g = groups.get(ruleId)!;
      expect(g.findings.length).toBeGreaterThan(0);
      const name = t("ui.check.groupLabel", { title: g.title, count: g.findings.length });
      await expect(page.getByRole("button", { name }).count()).resolves.toBe(1);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it("selects the words of a third-person finding when it is clicked", async () => {
    const g = expected.checklist.groups.find((x) => x.ruleId === "first-person")!;
    const header = page.getByRole("button", {
      name: t("ui.check.groupLabel", { title: g.title, count: g.findings.length }),
    });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const finding = g.findings[0]!;
    await page
      .getByRole("button", { name: new RegExp(`^${t("ui.severity.error")}：.*“我们”`) })
      .first()
      .click();
    await page.waitForFunction(() => window.__double?.selection() !== null, undefined, {
      timeout: 10_000,
    });
    const sel = await page.evaluate(() => window.__double!.selection());
    expect(sel).not.toBeNull();
    expect(sel!.text).toBe("我们");
    expect(finding.target.kind).toBe("paragraph");
    if (finding.target.kind === "paragraph")
      expect(sel!.paragraphIndex).toBe(finding.target.paragraph.index);
  });

  it("一键排版 gives every role the profile's fonts, sizes, bold, alignment and exact spacing, text unchanged", async () => {
    await page.getByRole("button", { name: t("ui.format.run") }).click();
    await page.getByText(/已为 \d+ 个段落套用样式/).waitFor({ timeout: 30_000 });
    await page.getByText(t("ui.format.textUnchanged")).waitFor({ timeout: 10_000 });

    const ooxml = await page.evaluate(() => window.__double!.documentOoxml());
    const after = parseFlatOpc(ooxml);
    // Same text, paragraph for paragraph.
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    // Every formatted role resolves to the profile (our reader, checked independently by LibreOffice in test:interop).
    const classified = classify(after, profile);
    let checkedParagraphs = 0;
    for (const info of classified.paragraphs) {
      const role = info.role === "heading4" ? "heading3" : info.role;
      if (!(role in profile.roles)) continue;
      const spec = profile.roles[role as FormattedRole];
      const p = after.paragraphs[info.index]!;
      const end = info.heading?.headingEnd ?? p.text.length;
      for (const run of p.runs) {
        if (run.start >= end || !/[\u4e00-\u9fff]/.test(run.text)) continue;
        expect([info.index, role, run.format.eastAsia]).toEqual([info.index, role, spec.eastAsia]);
        expect([info.index, role, run.format.sz]).toEqual([info.index, role, spec.sz]);
        expect([info.index, role, run.format.bold]).toEqual([info.index, role, spec.bold]);
      }
      if (spec.alignment) expect([info.index, p.alignment]).toEqual([info.index, spec.alignment]);
      if (spec.spacing) expect([info.index, p.spacing]).toEqual([info.index, spec.spacing]);
      checkedParagraphs++;
    }
    expect(checkedParagraphs).toBeGreaterThan(40);
    expect(ooxml).toMatch(/w:lineRule="exact"/);
    // A4 portrait through pageSetup on a desktop host (WordApiDesktop 1.3); elsewhere (a host
    // profile under WORD_HOST: web, Office 2019/2024) the page is left as it was and reported.
    desktop = await page.evaluate(() =>
      window.__double!.Office.context.requirements.isSetSupported("WordApiDesktop", "1.3")
    );
    for (const [i, s] of after.sections.entries()) {
      const want = desktop
        ? [11906, 16838, "portrait"]
        : [
            before.sections[i]!.pageWidth,
            before.sections[i]!.pageHeight,
            before.sections[i]!.orientation,
          ];
      expect([s.pageWidth, s.pageHeight, s.orientation]).toEqual(want);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-after-format.png"), fullPage: true });
  });

  it("re-checks by itself, and the formatting and page findings are gone", async () => {
    const titleOf = (ruleId: string) =>
      expected.checklist.groups.find((g) => g.ruleId === ruleId)!.title;
    for (const ruleId of desktop ? ["role-format", "page-setup"] : ["role-format"]) {
      const stale = page.getByRole("button", {
        name: new RegExp(`^${titleOf(ruleId)}：\\d+ 个问题`),
      });
      const deadline = Date.now() + 15_000;
      while ((await stale.count()) > 0 && Date.now() < deadline) await page.waitForTimeout(200);
      expect(await stale.count()).toBe(0);
    }
    // The first-person finding is content: formatting leaves it.
    const fp = page.getByRole("button", {
      name: new RegExp(`^${titleOf("first-person")}：1 个问题`),
    });
    expect(await fp.count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows the live checklist after an edit without a click (events, debounced)", async () => {
    const target = expected.classified.paragraphs.find(
      (p) => p.role === "body" && p.section === "practice"
    )!;
    await page.evaluate((index) => {
      window.__double!.edit.typeText(index, "我们还将继续推进。");
    }, target.index);
    const fp = page.getByRole("button", { name: /^第三人称：2 个问题/ });
    await fp.waitFor({ timeout: 15_000 });
    expect(await fp.count()).toBe(1);
  });
});

describe("bad input gives a clear message in the pane", () => {
  it("a host below WordApi 1.3", async () => {
    const page = await pane("?sets=-WordApi%201.3");
    await page
      .getByText(t("ui.boot.unsupportedHost.title"), { exact: false })
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-unsupported.png"), fullPage: true });
  });

  it("getOoxml failing: an error with a retry, and the retry works", async () => {
    const page = await pane();
    await checklistShown(page);
    await page.evaluate(() => window.__double!.faults.failGetOoxml(true));
    await page.getByRole("button", { name: t("ui.check.recheck") }).click();
    await page.getByText(t("ui.error.readFailed.title")).first().waitFor({ timeout: 20_000 });
    await page.evaluate(() => window.__double!.faults.failGetOoxml(false));
    await page.getByRole("button", { name: t("ui.check.recheck") }).click();
    await checklistShown(page);
  });

  it("the dialog's chunk cannot be downloaded: the pane says so in its place, nothing is written, 重试 brings the dialog", async () => {
    // The add-in redeployed or the webview offline: the chunk fetched on first use fails (from
    // before the page loads, so the prefetch after the first checklist fails too).
    let block = true;
    const page = await openPane(browser, server.url, doubleJs, "?doc=commas", async (p) => {
      await p
        .context()
        .route(/\/dialog\.[0-9a-f]{8}\.js$/, (route) =>
          block ? route.abort("failed") : route.continue()
        );
    });
    await checklistShown(page);
    const before = await paragraphTexts(page);
    const commas = parseDocx(served["/e2e/commas.docx"] as Uint8Array);
    const title = analyze(commas, profile).checklist.groups.find(
      (g) => g.ruleId === "punctuation"
    )!.title;
    await expand(page.getByRole("button", { name: t("ui.check.groupLabel", { title, count: 2 }) }));
    await page
      .getByRole("button", { name: t("ui.check.fixAllLabel", { title, count: 2 }) })
      .click();
    const failed = page.getByTestId("part-failed");
    await failed.waitFor({ timeout: 15_000 });
    await expect(failed.innerText()).resolves.toContain(t("ui.part.failed"));
    await failed.screenshot({ path: path.join(ARTIFACTS, "pane-part-failed.png") });
    // The rest of the pane is there and the document unchanged.
    await expect(page.getByTestId("verdict").count()).resolves.toBe(1);
    expect(await paragraphTexts(page)).toEqual(before);
    block = false;
    await failed.getByRole("button", { name: t("ui.part.retry") }).click();
    await page.getByRole("alertdialog").waitFor({ timeout: 15_000 });
  });

  it("an empty document and a document of only tables check without an exception", async () => {
    for (const doc of ["empty", "tables"]) {
      const page = await pane(`?doc=${doc}`);
      await checklistShown(page);
      expect(pageErrors(page)).toEqual([]);
    }
  });
});

/** The double's document as .docx bytes (saved "in Word"). */
async function savedDocx(page: Page): Promise<Uint8Array> {
  const bytes = await page.evaluate(() => Array.from(window.__double!.docx()));
  return new Uint8Array(bytes);
}

/** Text of every paragraph of the double's document. */
async function paragraphTexts(page: Page): Promise<string[]> {
  const ooxml = await page.evaluate(() => window.__double!.documentOoxml());
  return parseFlatOpc(ooxml).paragraphs.map((p) => p.text);
}

describe("issue 4: fix all, 申报书 and picture export with the Word double", () => {
  let page: Page;
  const commas = parseDocx(served["/e2e/commas.docx"] as Uint8Array);
  const punctuation = analyze(commas, profile).checklist.groups.find(
    (g) => g.ruleId === "punctuation"
  )!;

  beforeAll(async () => {
    page = await pane("?doc=commas");
    await checklistShown(page);
  });

  it("全部修复 quotes each text change; Cancel writes nothing; confirming fixes the document", async () => {
    expect(punctuation.findings.filter((f) => f.fix)).toHaveLength(2);
    const header = page.getByRole("button", {
      name: t("ui.check.groupLabel", { title: punctuation.title, count: 2 }),
    });
    await expand(header);
    const fixAll = page.getByRole("button", {
      name: t("ui.check.fixAllLabel", { title: punctuation.title, count: 2 }),
    });
    await fixAll.click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: 10_000 });
    const items = dialog.getByRole("listitem");
    await expect(items.count()).resolves.toBe(2);
    for (const text of await items.allInnerTexts()) expect(text).toMatch(/^“.*,.*” → “.*，.*”$/);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-fix-confirm.png"), fullPage: true });
    await dialog.getByRole("button", { name: t("ui.fix.confirm.cancel") }).click();
    await dialog.waitFor({ state: "detached", timeout: 10_000 });
    expect((await paragraphTexts(page)).filter((x) => x.includes(","))).toHaveLength(2);

    await fixAll.click();
    await dialog.getByRole("button", { name: t("ui.fix.confirm.apply") }).click();
    await page.getByText(t("ui.fix.applied", { applied: 2 })).waitFor({ timeout: 30_000 });
    const after = await paragraphTexts(page);
    expect(after.filter((x) => x.includes(","))).toHaveLength(0);
    // Only the two commas changed.
    const before = commas.paragraphs.map((p) => p.text.replace(",", "，"));
    expect(after).toEqual(before);
    // The re-check: punctuation passes now.
    await header.waitFor({ state: "detached", timeout: 15_000 });
    expect(pageErrors(page)).toEqual([]);
  });

  it("插入申报书模板 asks first, appends the form, and the 案例类别 control ticks a box", async () => {
    // 模板与排版 is collapsed once the document is a report (findings come first).
    await expand(page.getByRole("button", { name: t("ui.tools.heading") }));
    await page.getByRole("button", { name: t("ui.template.insertForm") }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: 10_000 });
    for (const name of ["append", "replace", "cancel"] as const) {
      await expect(
        dialog.getByRole("button", { name: t(`ui.template.confirmForm.${name}`) }).count()
      ).resolves.toBe(1);
    }
    await dialog.getByRole("button", { name: t("ui.template.confirmForm.append") }).click();
    await page
      .getByText(/^已插入模板/)
      .first()
      .waitFor({ timeout: 30_000 });
    const texts = await paragraphTexts(page);
    expect(texts[0]).toBe(commas.paragraphs[0]!.text);
    expect(texts).toContain(profile.form.title);

    const group = page.getByRole("radiogroup");
    await group.waitFor({ timeout: 30_000 });
    await page.getByText(t("ui.check.formFindingsHeading")).waitFor({ timeout: 10_000 });
    await group.getByRole("radio", { name: "工具技术产品类" }).check();
    await page
      .getByText(t("ui.form.category.done", { name: "工具技术产品类" }))
      .waitFor({ timeout: 30_000 });
    const ticked = (await paragraphTexts(page)).filter((x) => x.startsWith(profile.form.boxTicked));
    expect(ticked).toEqual([`${profile.form.boxTicked}工具技术产品类`]);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-form.png"), fullPage: true });
  });

  it("导出提交材料 downloads 提交材料.zip: the report, its PDF where Word gives it, pictures as JPG by caption", async () => {
    const platform = await page.evaluate(() => String(window.__double!.Office.context.platform));
    if (platform === "Mac") {
      // Office on Mac's webview blocks downloads: the pane names the files and offers the CLI.
      await page.getByRole("button", { name: t("ui.export.run") }).click();
      await page.getByText(t("ui.export.unavailable")).waitFor({ timeout: 30_000 });
      await page.getByText("图片/图1 风险工程师在机械加工企业开展安全体检.jpg").first().waitFor();
      expect(pageErrors(page)).toEqual([]);
      return;
    }
    const downloaded = page.waitForEvent("download", { timeout: 30_000 });
    await page.getByRole("button", { name: t("ui.export.run") }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe("提交材料.zip");
    const file = await download.path();
    const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const pictures = [
      "图片/图1 风险工程师在机械加工企业开展安全体检.jpg",
      "图片/图2 有限空间作业应急救援演练现场.jpg",
    ];
    // Word on the web gives add-ins no document file: the zip has the pictures, the pane says why
    const web = platform === "OfficeOnline";
    expect(Object.keys(files)).toEqual(
      web ? pictures : ["案例报告.docx", "案例报告.pdf", ...pictures]
    );
    // every picture is a real JPG now (the sample's PNGs converted by Chromium's canvas)
    for (const name of pictures) expect([files[name]![0], files[name]![1]]).toEqual([0xff, 0xd8]);
    if (web) await page.getByText(t("ui.export.report.unsupported")).waitFor({ timeout: 10_000 });
    else expect(readDocx(files["案例报告.docx"]!).parts.size).toBeGreaterThan(2);
    await page.getByText(pictures[0]!).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-export.png"), fullPage: true });
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("issue 4: ignores and hand checks are saved in the document", () => {
  it("an ignored rule and a tick survive saving and reopening, and 恢复 removes the ignore", async () => {
    const page = await pane();
    await checklistShown(page);
    const fp = expected.checklist.groups.find((g) => g.ruleId === "first-person")!;
    await expand(
      page.getByRole("button", {
        name: t("ui.check.groupLabel", { title: fp.title, count: fp.findings.length }),
      })
    );
    await page
      .getByRole("button", { name: t("ui.check.ignoreRuleLabel", { title: fp.title }) })
      .click();
    // Asked first, in place.
    await page.getByRole("button", { name: t("ui.check.ignoreRuleYes") }).click();
    // The hand-checked items are collapsed under a header with their counter.
    await expand(page.getByRole("button", { name: /^人工核对/ }));
    await page.getByRole("checkbox", { name: /^真实性：/ }).check();
    // Saved in the document's custom XML part.
    let state = readDocumentState(readDocx(await savedDocx(page)));
    const deadline = Date.now() + 15_000;
    while (
      (state.ignoredRules.length === 0 || state.handChecked.length === 0) &&
      Date.now() < deadline
    ) {
      await page.waitForTimeout(200);
      state = readDocumentState(readDocx(await savedDocx(page)));
    }
    expect(state.ignoredRules).toEqual(["first-person"]);
    expect(state.handChecked).toEqual(["truth"]);

    // Reopen the saved document in a new pane.
    served["/e2e/reopened.docx"] = await savedDocx(page);
    const again = await pane("?doc=reopened");
    await checklistShown(again);
    const ignored = again.getByTestId("ignored-rules");
    await ignored.getByText(fp.title).waitFor({ timeout: 15_000 });
    await expand(again.getByRole("button", { name: /^人工核对/ }));
    await expect(again.getByRole("checkbox", { name: /^真实性：/ }).isChecked()).resolves.toBe(
      true
    );
    await again
      .getByText(t("ui.hand.progress", { checked: 1, total: expected.checklist.hand.length }))
      .waitFor();
    await again.screenshot({ path: path.join(ARTIFACTS, "pane-ignored.png"), fullPage: true });

    await ignored
      .getByRole("button", { name: t("ui.check.restoreRuleLabel", { title: fp.title }) })
      .click();
    await again
      .getByRole("button", {
        name: t("ui.check.groupLabel", { title: fp.title, count: fp.findings.length }),
      })
      .waitFor({ timeout: 15_000 });
    const end = Date.now() + 15_000;
    let restored = readDocumentState(readDocx(await savedDocx(again)));
    while (restored.ignoredRules.length > 0 && Date.now() < end) {
      await again.waitForTimeout(200);
      restored = readDocumentState(readDocx(await savedDocx(again)));
    }
    expect(restored.ignoredRules).toEqual([]);
    expect(restored.handChecked).toEqual(["truth"]);
    expect(pageErrors(again)).toEqual([]);
  });
});
