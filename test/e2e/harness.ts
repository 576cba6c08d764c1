/**
 * @fileoverview End-to-end harness: serves the production bundle (dist/) on loopback, bundles the
 * Word double for the browser with esbuild, and drives Debian's Chromium with playwright-core.
 * The double stands in for office.js: the request for Microsoft's CDN script is answered with
 * the double's bundle, so the pane runs exactly as built for production.
 */
import * as http from "node:http";
import * as fs from "node:fs";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { build, type Plugin } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { assertHostsTag } from "../hosts-guard";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const ARTIFACTS = path.join(ROOT, "test-results", "e2e");

/**
 * xmldom's table of the 2 231 HTML entities, built and frozen when xmldom loads, serves only
 * `parseFromString(…, "text/html")`, which the double never calls (OOXML is XML): in the browser
 * bundle it is built on first use instead. Same values, same frozen object; only when.
 */
const lazyHtmlEntities: Plugin = {
  name: "lazy-html-entities",
  setup(b) {
    b.onLoad({ filter: /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, "utf8");
      const open = "exports.HTML_ENTITIES = freeze({";
      const close = "});\n";
      const alias = "exports.entityMap = exports.HTML_ENTITIES;";
      const at = text.indexOf(open);
      const end = at < 0 ? -1 : text.indexOf(close, at);
      // Another xmldom: left as it is.
      if (end < 0 || !text.includes(alias)) return { contents: text, loader: "js" };
      const table = text.slice(at + open.length - 1, end + 1);
      const contents =
        text.slice(0, at) +
        "var htmlEntities = null;\n" +
        "function getHtmlEntities() {\n" +
        `  return htmlEntities || (htmlEntities = freeze(${table}));\n` +
        "}\n" +
        'Object.defineProperty(exports, "HTML_ENTITIES", { enumerable: true, get: getHtmlEntities });\n' +
        text
          .slice(end + close.length)
          .replace(
            alias,
            'Object.defineProperty(exports, "entityMap", { enumerable: true, get: getHtmlEntities });'
          );
      return { contents, loader: "js" };
    });
  },
};

/**
 * The double reaches our message catalogs only through OoxmlError (src/ooxml/errors.ts imports
 * `core/messages`, whose built-in zh-CN catalogs come with it), and says only those texts: the
 * pane's ui and rules catalogs (≈ 65 KB, a fifth of the bundle) are left out of it, as Word
 * carries none of our strings. The errors and hosts catalogs stay.
 */
const doubleCatalogs: Plugin = {
  name: "double-catalogs",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]messages[\\/]zh-CN[\\/]ui\.ts$/ }, () => ({
      contents: "export const ui = {};",
      loader: "ts",
    }));
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]messages[\\/]zh-CN[\\/]rules\.ts$/ }, () => ({
      contents: "export const rules = {}; export const checklist = {};",
      loader: "ts",
    }));
  },
};

/**
 * Bundles test/e2e/double-entry.ts (the Word double + Office shim) into one browser script,
 * cheap to load as office.js is (issue 9: Word's share of the first checklist is not ours):
 * minified, with V8's compile hint, xmldom's HTML entity table built only if used, without the
 * pane's catalogs.
 */
export async function bundleDouble(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, "double-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    plugins: [lazyHtmlEntities, doubleCatalogs],
    // As office.js is served: without comments and whitespace (names kept, for stack traces).
    minifyWhitespace: true,
    minifySyntax: true,
  });
  // V8 compiles the whole script while it streams in, off the page's thread (as for the pane's
  // first-load scripts, webpack.config.js).
  return `//# allFunctionsCalledOnLoad\n${result.outputFiles[0]!.text}`;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".json": "application/json",
};

/** Extra in-memory files by URL path, or a function answering a path (undefined: not extra). */
export type ExtraFiles =
  Record<string, Uint8Array | string> | ((urlPath: string) => Uint8Array | string | undefined);

/**
 * Serves dist/ plus extra in-memory files, by default on 127.0.0.1 at a free port.
 * @param options.port a fixed port (0: a free one); options.host the address to listen on
 * @throws (rejects) when the port is taken (`EADDRINUSE`)
 */
export async function serve(
  extra: ExtraFiles,
  options: { port?: number; host?: string } = {}
): Promise<{ url: string; close: () => Promise<void> }> {
  const host = options.host ?? "127.0.0.1";
  const lookup = typeof extra === "function" ? extra : (rel: string) => extra[rel];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const rel = decodeURIComponent(url.pathname);
    let body: Uint8Array | string | undefined;
    try {
      body = lookup(rel);
    } catch (e) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(e));
      return;
    }
    if (body !== undefined) {
      res.writeHead(200, {
        "content-type": TYPES[path.extname(rel)] ?? "application/octet-stream",
      });
      res.end(body);
      return;
    }
    const file = path.normalize(path.join(DIST, rel));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Launches headless Debian Chromium with no background networking (this machine has no network). */
export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * Opens the pane with the double answering for office.js; every other outside request is refused.
 * With `officeJs: "blocked"` the office.js request is refused too, as on an intranet that blocks
 * Microsoft's CDN.
 */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  doubleJs: string,
  query = "",
  /** Runs on the new page before it loads the pane (e.g. `page.clock.install()`). */
  beforeLoad?: (page: Page) => Promise<void>,
  officeJs: "double" | "blocked" = "double",
  /** The browser's language (the double gives no `displayLanguage`, so the pane follows it). */
  locale = "zh-CN"
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 420, height: 900 },
    locale,
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL && officeJs === "blocked") {
      await route.abort("blockedbyclient");
    } else if (url === OFFICE_JS_URL) {
      await route.fulfill({ status: 200, contentType: "text/javascript", body: doubleJs });
    } else if (url.startsWith(baseUrl)) {
      await route.continue();
    } else {
      await route.abort();
    }
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  (page as unknown as { __errors: string[] }).__errors = errors;
  if (beforeLoad) await beforeLoad(page);
  // Under `WORD_HOST` (npm run test:hosts) every page opens with that host profile of the double,
  // unless the query states the host or the sets (double-entry.ts); such a test says `@hosts all`.
  const fromEnv = officeJs === "double" && !/[?&](host|sets)=/.test(query);
  if (fromEnv) assertHostsTag(`openPane(…, "${query}")`);
  const profile = fromEnv ? process.env.WORD_HOST : undefined;
  const q = profile
    ? `${query}${query.includes("?") ? "&" : "?"}profile=${encodeURIComponent(profile)}`
    : query;
  await page.goto(`${baseUrl}/taskpane.html${q}`);
  return page;
}

/**
 * Waits until the pane shows its checklist whole: its verdict (or the one message for an empty
 * document or one that is not a report), and — with a verdict — the 字数 rows under the findings,
 * which render once the first checklist has been painted (a frame later: `useAfterFirstCheck`).
 */
export async function checklistShown(page: Page, timeout = 30_000): Promise<void> {
  const first = page.locator("[data-testid=verdict], [data-testid=document-kind]").first();
  await first.waitFor({ timeout });
  if ((await first.getAttribute("data-testid")) === "verdict") {
    await page.locator("[data-count-id]").first().waitFor({ timeout });
  }
}
