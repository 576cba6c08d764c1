/**
 * @fileoverview The pages' Content-Security-Policy (scripts/csp.js), on the production build:
 * every page of dist/ carries it as the first meta tag of its head, before any script, and has no
 * inline script or inline event handler; the pane loads under it in headless Chromium — office.js
 * (here the Word double, served at office.js's own address) and the bundle run, a draft is
 * checked and 一键排版 applied — with no `securitypolicyviolation` event and no CSP message on the
 * console; and the policy is really enforced (an injected inline script does not run and is
 * reported). The commands page runs its `Office.onReady` under the policy too.
 *
 * The demo page (`npm run demo`, scripts/demo.ts) is dist/taskpane.html with office.js's address
 * replaced by the double's same-origin path: the same policy covers it, as `'self'`.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST): the
 * pane's read and 一键排版 take other paths (and chunks) on other hosts, each under the policy.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { t } from "../../src/core/messages";
import { buildDocx } from "../fixtures/draft-docx";
import { unstyledDraft } from "../fixtures/drafts";
import { PROFILE_2023 } from "../../src/core/profile";
import { DIST, OFFICE_JS_URL, bundleDouble, launch, openPane, serve } from "./harness";

const { PANE_CSP, OFFICE_JS_ORIGIN } = require("../../scripts/csp") as {
  PANE_CSP: string;
  OFFICE_JS_ORIGIN: string;
};

declare global {
  interface Window {
    __csp?: { directive: string; blocked: string; sample: string }[];
    __inlineRan?: boolean;
  }
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let doubleJs: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)."
    );
  }
  doubleJs = await bundleDouble();
  server = await serve({ "/e2e/draft.docx": buildDocx(unstyledDraft(PROFILE_2023).spec) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every CSP violation of the page (from before its first script) and CSP console messages. */
async function watchCsp(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp!.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      });
    });
  });
  const consoleCsp: string[] = [];
  page.on("console", (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  return consoleCsp;
}

const PAGES = ["taskpane.html", "commands.html", "support.html"];

describe("the pages of dist/", () => {
  it.each(PAGES)("%s: the policy first in head, no inline script or handler", (name) => {
    const html = fs.readFileSync(path.join(DIST, name), "utf8");
    const head = /<head>([\s\S]*?)<\/head>/i.exec(html)![1]!;
    const metas = [
      ...html.matchAll(
        /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/gi
      ),
    ];
    expect(metas.map((m) => m[1])).toEqual([PANE_CSP]);
    // before any script (a meta policy covers only what comes after it)
    const firstScript = head.search(/<script\b/i);
    const policyAt = head.search(/Content-Security-Policy/i);
    if (firstScript >= 0) expect(policyAt).toBeLessThan(firstScript);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      expect([m[1], /\bsrc\s*=/i.test(m[1]!)]).toEqual([m[1], true]);
      expect(m[2]!.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it("the policy lets scripts come only from the pane's origin and office.js's", () => {
    expect(OFFICE_JS_URL.startsWith(`${OFFICE_JS_ORIGIN}/`)).toBe(true);
    const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(PANE_CSP)![1]!.split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(PANE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe("the pane under its policy", () => {
  it("loads, checks a draft and formats it with no violation", async () => {
    let consoleCsp: string[] = [];
    const page = await openPane(browser, server.url, doubleJs, "", async (p) => {
      consoleCsp = await watchCsp(p);
    });
    // the pane works: the checklist has a result and 一键排版 runs
    await page
      .getByRole("button", { name: t("ui.format.run"), exact: true })
      .first()
      .waitFor({ timeout: 30_000 });
    await page
      .getByText(/\d+ \/ \d+ 项通过/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page
      .getByRole("button", { name: t("ui.format.run"), exact: true })
      .first()
      .click();
    await page.getByText(/已为 \d+ 个段落套用样式/).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);

    // and the policy is enforced: an inline script injected now does not run, and is reported
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true;";
      document.head.appendChild(s);
    });
    await page.waitForFunction(() => (window.__csp ?? []).length > 0, undefined, {
      timeout: 10_000,
    });
    expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
    const violations = await page.evaluate(() => window.__csp!);
    expect(violations.map((v) => [v.directive, v.blocked])).toEqual([
      ["script-src-elem", "inline"],
    ]);
    await page.context().close();
  });

  it("commands.html loads office.js and its commands.js under the policy", async () => {
    const page = await openPane(browser, server.url, doubleJs, "", async (p) => {
      await watchCsp(p);
    });
    const loaded: string[] = [];
    page.on("requestfinished", (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/commands.html`);
    await page.waitForLoadState("load");
    expect(loaded).toEqual(expect.arrayContaining(["/lib/1/hosted/office.js", "/commands.js"]));
    expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);
    await page.context().close();
  });
});
