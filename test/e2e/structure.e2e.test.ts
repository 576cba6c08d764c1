/**
 * @fileoverview End to end (issue 8): the 结构 view of the production pane in headless Chromium
 * with the Word double. A draft whose thematic 小标题 has no number and no bold is read with that
 * line as body text; the writer opens 显示所有段落, sets the line's role to 二级标题 from its 角色
 * menu; the correction is saved in the document's custom XML part; 一键排版 gives the line the
 * 二级标题 style; the document saved and reopened in a new pane reads the correction back (the
 * line is a 二级标题 marked 已更正). Saves screenshots in test-results/e2e/.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { t } from "../../src/core/messages";
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx } from "../fixtures/draft-docx";
import { readDocx } from "../../src/ooxml/zip";
import { parseDocx, parseFlatOpc } from "../../src/ooxml/parse";
import { readDocumentState } from "../../src/ooxml/decisions-part";
import { ARTIFACTS, DIST, bundleDouble, launch, openPane, serve } from "./harness";

const LONG = "企业开展隐患排查治理提升安全管理水平保险机构组织专家深入现场服务".repeat(6);
const THEME = "把风险识别前移到出车之前";
/** 1-based number of the thematic line. */
const N = 9;

function structureDocx(): Uint8Array {
  const texts = [
    "安责险事故预防服务创新实践",
    "——某某财产保险股份有限公司某某分公司",
    "单位简介",
    LONG,
    "一、实施背景",
    LONG,
    "二、主要做法",
    LONG,
    THEME,
    LONG,
    "三、实施效果",
    LONG,
  ];
  return buildDocx({ blocks: texts.map((text) => ({ text })) });
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let doubleJs: string;
const served: Record<string, Uint8Array | string> = { "/e2e/structure.docx": structureDocx() };

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

async function checked(page: Page): Promise<void> {
  await page
    .getByText(/\d+ \/ \d+ 项通过/)
    .first()
    .waitFor({ timeout: 30_000 });
}

async function savedDocx(page: Page): Promise<Uint8Array> {
  const bytes = await page.evaluate(() => Array.from(window.__double!.docx()));
  return new Uint8Array(bytes);
}

const region = (page: Page) => page.getByRole("region", { name: t("ui.structure.heading") });
const line = (page: Page, n: number) => region(page).locator(`li[data-paragraph="${n}"]`);

describe("结构 view with the Word double", () => {
  it("a role set in the pane is saved, 一键排版 follows it, and it survives reopening the document", async () => {
    expect(parseDocx(served["/e2e/structure.docx"] as Uint8Array).paragraphs[N - 1]!.text).toBe(
      THEME
    );
    const page = await openPane(browser, server.url, doubleJs, "?doc=structure");
    await checked(page);
    await region(page)
      .getByRole("button", { name: t("ui.structure.show") })
      .click();
    await line(page, 7).waitFor({ timeout: 15_000 }); // 二、主要做法 in the outline
    expect(await line(page, N).count()).toBe(0); // the line is body text: not in the outline
    await page.screenshot({ path: path.join(ARTIFACTS, "structure-before.png"), fullPage: true });

    await region(page)
      .getByRole("button", { name: t("ui.structure.allParagraphs") })
      .click();
    await line(page, N).waitFor();
    expect(await line(page, N).getAttribute("data-role")).toBe("body");
    await line(page, N)
      .getByRole("button", { name: /更改.*角色/ })
      .click();
    await page.getByRole("menuitemradio", { name: t("ui.structure.role.heading2") }).click();

    // saved in the document's custom XML part
    let state = readDocumentState(readDocx(await savedDocx(page)));
    const deadline = Date.now() + 15_000;
    while ((state.roleCorrections ?? []).length === 0 && Date.now() < deadline) {
      await page.waitForTimeout(200);
      state = readDocumentState(readDocx(await savedDocx(page)));
    }
    expect(state.roleCorrections).toEqual([
      { paragraph: expect.stringMatching(/^h[0-9a-f]{8}$/), role: "heading2" },
    ]);
    await page
      .locator(`li[data-paragraph="${N}"][data-role="heading2"]`)
      .waitFor({ timeout: 15_000 });

    // 一键排版 formats the line as a 二级标题
    await page.getByRole("button", { name: t("ui.format.run") }).click();
    const styleOf = async () =>
      parseFlatOpc(await page.evaluate(() => window.__double!.documentOoxml())).paragraphs[N - 1]!
        .styleId;
    const end = Date.now() + 30_000;
    while ((await styleOf()) !== PROFILE_2023.roles.heading2.styleId && Date.now() < end) {
      await page.waitForTimeout(250);
    }
    expect(await styleOf()).toBe(PROFILE_2023.roles.heading2.styleId);
    const texts = parseFlatOpc(
      await page.evaluate(() => window.__double!.documentOoxml())
    ).paragraphs.map((p) => p.text);
    expect(texts[N - 1]).toBe(THEME);

    // the document saved and reopened: the correction is read back from the state part
    served["/e2e/structure-reopened.docx"] = await savedDocx(page);
    const again = await openPane(browser, server.url, doubleJs, "?doc=structure-reopened");
    await checked(again);
    await region(again)
      .getByRole("button", { name: t("ui.structure.show") })
      .click();
    const corrected = again.locator(
      `li[data-paragraph="${N}"][data-role="heading2"][data-corrected="true"]`
    );
    await corrected.waitFor({ timeout: 15_000 });
    await corrected.getByText(t("ui.structure.corrected")).waitFor();
    await again.screenshot({
      path: path.join(ARTIFACTS, "structure-reopened.png"),
      fullPage: true,
    });
    await region(again).screenshot({ path: path.join(ARTIFACTS, "structure-view.png") });
    const errors = (p: Page) => (p as unknown as { __errors: string[] }).__errors;
    expect(errors(page)).toEqual([]);
    expect(errors(again)).toEqual([]);
  });
});
