/**
 * @fileoverview What the pane's first load holds (issue 9: pane JS ≤ 250 KB gzipped, the write
 * path loaded when first used). The scripts dist/taskpane.html loads are read through their
 * source maps: none of them may carry a module that only a write, an export, a saved state part
 * the 结构 view's lines or the English pane need — those are chunks of their own, fetched on first use (the CSP test
 * and the pane test load them in the browser). A module that comes back into the first load
 * fails here with its name, before `npm run bench` would show the bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { DIST, bundleDouble, launch, openPane, serve } from "./harness";
import { sampleDocx } from "./samples";

/** Sources (as in the source maps, `webpack://…/./<path>`) the first load must not carry. */
const LATER = [
  // the write path: 一键排版, text fixes, 插入模板, selecting a finding
  "src/word/applyEdits.ts",
  "src/word/insertTemplate.ts",
  "src/word/select.ts",
  "src/ooxml/format.ts",
  "src/ooxml/paragraphPackage.ts",
  "src/ooxml/template.ts",
  "src/ooxml/form.ts",
  // the export path
  "src/word/exportPictures.ts",
  "src/ooxml/submission.ts",
  "src/ooxml/picture-files.ts",
  // the zip library (the pane reads through Word, as flat OPC; src/ooxml/zip.ts reads and writes
  // .docx files): fflate builds its inflate tables when it loads
  "node_modules/fflate/",
  // the state part's XML side, and the DOM parser only the writers use
  "src/ooxml/decisions-part.ts",
  "src/ooxml/xml.ts",
  "node_modules/@xmldom/xmldom/",
  // the 结构 view's lines with Fluent UI's menu and positioning (opened by the writer)
  "src/taskpane/components/OutlineLine.tsx",
  "node_modules/@fluentui/react-menu/",
  "node_modules/@fluentui/react-positioning/",
  // Fluent's dialog (修复, 插入模板: fetched when first needed, or after the first checklist) and
  // 申报书's 案例类别 control (fetched when the document holds the form)
  "src/taskpane/components/DialogFrame.tsx",
  "node_modules/@fluentui/react-dialog/",
  "src/taskpane/components/FormCategorySection.tsx",
  "node_modules/@fluentui/react-radio/",
  // EdgeHTML 18's polyfills: a bundle of their own, fetched by polyfill-loader.js only there
  "src/polyfills/edge18.ts",
  "node_modules/core-js/",
  // the English catalogs and the CLI's
  "src/core/messages/en-US/",
  "src/core/messages/zh-CN/cli.ts",
];

function firstLoadScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter(
      (src) =>
        !/^https?:/.test(src) &&
        !src.startsWith("legacy-browser") &&
        !src.startsWith("polyfill-loader")
    );
}

describe("the pane's first load", () => {
  const scripts = firstLoadScripts();

  it("is the vendor and taskpane scripts", () => {
    expect(scripts.map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, ".js")).sort()).toEqual([
      "taskpane.js",
      "vendor.js",
    ]);
  });

  it("carries no module of the write, export, saved-state or English paths", () => {
    const sources = scripts.flatMap(
      (s) =>
        (JSON.parse(fs.readFileSync(path.join(DIST, `${s}.map`), "utf8")) as { sources: string[] })
          .sources
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.some((s) => s.includes("src/core/analyze.ts"))).toBe(true);
    const found = LATER.filter((later) => sources.some((s) => s.includes(later)));
    expect(found).toEqual([]);
  });

  it("asks V8 to compile them eagerly, off the page's thread (first line), with maps that still match", () => {
    for (const s of scripts) {
      const text = fs.readFileSync(path.join(DIST, s), "utf8");
      expect(text.split("\n", 1)[0]).toBe("//# allFunctionsCalledOnLoad");
      // The line the hint adds is in the map: markFirst's mark name maps back to marks.ts.
      if (s.startsWith("taskpane.")) {
        const lines = text.split("\n");
        const line = lines.findIndex((l) => l.includes("case-report:"));
        expect(line).toBeGreaterThan(0);
        const map = JSON.parse(fs.readFileSync(path.join(DIST, `${s}.map`), "utf8")) as {
          mappings: string;
        };
        // The hint's line carries no mapping; the code's lines do (";" separates lines).
        const mapped = map.mappings.split(";");
        expect(mapped[0]).toBe("");
        expect(mapped[line]!.length).toBeGreaterThan(0);
      }
    }
    // Chunks loaded later keep V8's lazy compilation (most of their code never runs).
    for (const f of fs
      .readdirSync(DIST)
      .filter((n) => /^(write|export|xml)\./.test(n) && n.endsWith(".js"))) {
      expect(fs.readFileSync(path.join(DIST, f), "utf8")).not.toContain("allFunctionsCalledOnLoad");
    }
  });

  it("leaves those paths in chunks of their own", () => {
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    for (const name of [
      "write",
      "export",
      "decisions",
      "structure",
      "messages-en-US",
      "polyfills",
      "dialog",
      "form",
    ]) {
      expect(chunks.some((f) => f.startsWith(`${name}.`))).toBe(true);
    }
  });
});

describe("the Word double's browser bundle (standing in for office.js)", () => {
  it("is minified, compiled eagerly, and builds xmldom's HTML entities only if used", async () => {
    const js = await bundleDouble();
    expect(js.split("\n", 1)[0]).toBe("//# allFunctionsCalledOnLoad");
    expect(js).toContain("getHtmlEntities");
    expect(js).not.toMatch(/HTML_ENTITIES\s*=\s*freeze\(/);
    expect(js.length).toBeLessThan(450_000);
  });
});

describe("the EdgeHTML 18 polyfills (src/taskpane/polyfill-loader.js)", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let doubleJs: string;

  beforeAll(async () => {
    doubleJs = await bundleDouble();
    server = await serve({ "/e2e/draft.docx": sampleDocx("messy") });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens the pane after `removeBuiltIns` ran in the page; the polyfills requests and errors. The
   * plain double whatever `WORD_HOST` says (`?host=Windows`): the loader answers only to the
   * webview's built-ins and runs before the pane's scripts, and what the pane then does with Word
   * uses the built-ins as restored, so no host profile changes what is tested here
   * (scripts/test-hosts.js runs it once).
   */
  async function load(
    removeBuiltIns: () => void
  ): Promise<{ polyfills: string[]; errors: string[] }> {
    const polyfills: string[] = [];
    const page = await openPane(browser, server.url, doubleJs, "?host=Windows", async (p) => {
      p.on("request", (r) => {
        if (/\/polyfills\.[0-9a-f]{8}\.js$/.test(r.url())) polyfills.push(r.url());
      });
      await p.addInitScript(removeBuiltIns);
    });
    await page.locator("[data-finding-id]").first().waitFor({ timeout: 60_000 });
    const errors = (page as unknown as { __errors: string[] }).__errors;
    await page.context().close();
    return { polyfills, errors };
  }

  it("are not fetched by a webview that has every built-in", async () => {
    const { polyfills, errors } = await load(() => undefined);
    expect(polyfills).toEqual([]);
    expect(errors).toEqual([]);
  });

  // TextDecoder stays: the Word double (standing in for office.js, which runs before the loader)
  // needs it; the loader's test of it is in test/build/polyfill-loader.test.ts. Griffel needs
  // Object.fromEntries at its first style, so without the polyfills no finding would show.
  it("are fetched and run first where built-ins are missing: the checklist shows", async () => {
    const { polyfills, errors } = await load(() => {
      const o = Object as unknown as Record<string, unknown>;
      const s = String.prototype as unknown as Record<string, unknown>;
      const a = Array.prototype as unknown as Record<string, unknown>;
      delete o.fromEntries;
      delete s.matchAll;
      delete a.flat;
      delete a.flatMap;
    });
    expect(polyfills).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
