/**
 * The task pane's first load (issue 9), printed by `npm run bench` in the exact lines:
 *
 * ```
 * first-checklist-ms throttle=4 ms=N
 * pane-js-gzip bytes=N
 * ```
 *
 * `first-checklist-ms`: the demo page exactly as `npm run demo` serves it (dist/taskpane.html with
 * office.js replaced by the strict Word double, `scripts/demo.ts`; plain HTTP from a local
 * server, nothing intercepted), the `messy` document, in headless Chromium at 320 × 800 with the
 * CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`) and an empty cache: milliseconds from
 * navigation start until the checklist shows (the frame with its verdict or a finding row has
 * been painted; the page reports it itself, SHOWN_SCRIPT, so nothing of the harness runs on the
 * page's main thread meanwhile), the median of `BENCH_PANE_RUNS` (7) fresh browser contexts
 * after one warm-up page (not counted). Goal ≤ 1 000. Printed beside it: every run, the
 * machine's load average before and after, and the median of each phase from the pane's marks (`src/taskpane/lib/marks.ts`): when
 * the Word double had loaded (its script and document: Word's share, not ours), when our bundle
 * started, `Office.onReady`, the first render, the first read, the analysis. Figures from a busy
 * machine are high: compare runs made at a similar load.
 *
 * `pane-js-gzip`: every JavaScript file of ours (dist/, office.js and the double excluded) the page
 * fetched before the first checklist showed — the `<script src>` files of dist/taskpane.html and
 * any chunk fetched on the way — each gzipped at level 9 as a web server would, summed. Chunks
 * fetched only later (en-US catalogs, the write and export paths, the ResizeObserver polyfill)
 * are not counted. Goal ≤ 250 KB. The stylesheets it fetched (Griffel's rules, extracted at build
 * time) are printed beside it, gzipped the same way.
 *
 * Needs dist/ (`npm run build`; built here when missing) and Chromium (`/usr/bin/chromium` or
 * `CHROMIUM_PATH`). `npx tsx scripts/bench-pane.ts` runs these two lines alone;
 * `npx tsx scripts/bench-pane.ts --pair <distA> <distB>` compares two builds ({@link pairPane}).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import type { Browser } from "playwright-core";
import { DIST, bundleDouble, launch, serve } from "../test/e2e/harness";
import { sampleDocx } from "../test/e2e/samples";
import { DOUBLE_PATH, demoHtml } from "./demo";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 7);

/** Phases of one load, ms from navigation start. */
interface PaneRun {
  /** The first checklist showed. */
  checklist: number;
  /**
   * The pane's marks (`bundle`, `office-ready`, `rendered`, `read`, `analyzed`) and when the
   * double's script and document had been fetched (`double-fetched`, `docx-fetched`).
   */
  marks: Record<string, number>;
  /** Our JS and CSS files fetched before the checklist showed (paths under dist/). */
  files: string[];
}

/** The named files of dist/, gzipped (level 9) and summed. */
export function gzipBytes(files: readonly string[], dist: string = DIST): number {
  let bytes = 0;
  for (const f of files) {
    bytes += zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  }
  return bytes;
}

/** The CDP binding through which SHOWN_SCRIPT reports. */
const SHOWN_BINDING = "__benchChecklistShown";

/**
 * Run in the page before its own scripts: watches the DOM (a MutationObserver, no polling) for
 * the checklist's verdict or a finding row, and once it is there reports `performance.now()` of
 * the task after the next frame, i.e. once the frame that first has the checklist has been laid
 * out and painted (requestAnimationFrame runs before that frame's rendering; the timeout it sets
 * runs after it).
 */
const SHOWN_SCRIPT = `(() => {
  const mo = new MutationObserver(() => {
    if (document.querySelector('[data-testid="verdict"], [data-finding-id]') === null) return;
    mo.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => globalThis.${SHOWN_BINDING}(String(performance.now())), 0)
    );
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

async function loadOnce(browser: Browser, url: string): Promise<PaneRun> {
  // zh-CN: the double gives no display language, so the pane follows the browser's.
  const context = await browser.newContext({
    viewport: { width: 320, height: 800 },
    locale: "zh-CN",
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    // The moment the checklist shows, told by the page itself (SHOWN_SCRIPT through a CDP
    // binding): no Playwright polling, whose injected script and forced layouts ran on the very
    // main thread being measured.
    // (this session gets neither the binding's calls nor runs the script without these two)
    await cdp.send("Runtime.enable");
    await cdp.send("Page.enable");
    await cdp.send("Runtime.addBinding", { name: SHOWN_BINDING });
    await cdp.send("Page.addScriptToEvaluateOnNewDocument", { source: SHOWN_SCRIPT });
    const shownAt = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no checklist within 120 s")), 120_000);
      cdp.on("Runtime.bindingCalled", (e) => {
        if (e.name !== SHOWN_BINDING) return;
        clearTimeout(timer);
        resolve(Number(e.payload));
      });
    });
    await page.goto(`${url}/demo.html?doc=messy`, { waitUntil: "commit" });
    const checklist = await shownAt;
    return await page.evaluate(
      ({ origin, doublePath, checklist }) => {
        const marks: Record<string, number> = {};
        for (const m of performance.getEntriesByType("mark")) {
          if (m.name.startsWith("case-report:")) marks[m.name.slice(12)] = m.startTime;
        }
        const files: string[] = [];
        for (const r of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
          const u = new URL(r.name);
          if (u.pathname === doublePath) marks["double-fetched"] = r.responseEnd;
          else if (u.pathname.endsWith(".docx")) marks["docx-fetched"] = r.responseEnd;
          else if (
            u.origin === origin &&
            /\.(js|css)$/.test(u.pathname) &&
            r.responseEnd < checklist
          ) {
            files.push(u.pathname.replace(/^\//, ""));
          }
        }
        return { checklist, marks, files };
      },
      { origin: new URL(url).origin, doublePath: DOUBLE_PATH, checklist }
    );
  } finally {
    await context.close();
  }
}

/** Prints the two lines and the breakdown (see the file header). */
export async function benchPane(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.log("bench-pane: dist/ missing, building it (npm run build)…");
    const r = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
    if (r.status !== 0) throw new Error("npm run build failed");
  }
  const server = await serveDist(DIST, await bundleDouble(), sampleDocx("messy"));
  const browser = await launch();
  const loadBefore = os.loadavg()[0] ?? NaN;
  const runs: PaneRun[] = [];
  try {
    await loadOnce(browser, server.url); // warm-up: the browser process, not the page's cache
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, server.url));
  } finally {
    await browser.close();
    await server.close();
  }
  const loadAfter = os.loadavg()[0] ?? NaN;
  const times = runs.map((r) => r.checklist);
  console.log(`first-checklist-ms throttle=4 ms=${Math.round(median(times))}`);
  // Every file any run fetched before its checklist (the same files each time unless a chunk
  // raced the checklist: then it counts).
  const files = [...new Set(runs.flatMap((r) => r.files))].sort();
  const scripts = files.filter((f) => f.endsWith(".js"));
  const styles = files.filter((f) => f.endsWith(".css"));
  console.log(`pane-js-gzip bytes=${gzipBytes(scripts)}`);
  const phases = [
    "double-fetched",
    "docx-fetched",
    "bundle",
    "office-ready",
    "rendered",
    "read",
    "analyzed",
  ];
  const phaseText = phases
    .map((p) => {
      const xs = runs.map((r) => r.marks[p]).filter((x): x is number => x !== undefined);
      return xs.length === 0 ? `${p} —` : `${p} ${Math.round(median(xs))}`;
    })
    .join(", ");
  console.log(
    `  (first checklist over ${RUNS} runs: ${times.map((t) => Math.round(t)).join(", ")} ms; ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ${os.cpus().length} CPUs)`
  );
  console.log(
    `  (median ms from navigation start: ${phaseText}, checklist ${Math.round(median(times))})`
  );
  console.log(`  (scripts: ${scripts.join(", ")})`);
  // Griffel's rules, extracted at build time into a stylesheet the page links (webpack.config.js):
  // not JavaScript, but part of the first load, so said here.
  console.log(`  (stylesheets: ${styles.join(", ") || "none"}; ${gzipBytes(styles)} B gzipped)`);
}

/** The demo page over one dist folder: its taskpane.html, the double, the `messy` document. */
async function serveDist(
  dist: string,
  doubleJs: string,
  messy: Uint8Array
): Promise<{ url: string; close: () => Promise<void> }> {
  const html = demoHtml(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  return serve((rel) => {
    if (rel === "/demo.html") return html;
    if (rel === DOUBLE_PATH) return doubleJs;
    if (rel === "/e2e/messy.docx") return messy;
    const file = path.join(dist, rel);
    if (file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return fs.readFileSync(file);
    }
    return undefined;
  });
}

/**
 * Compares two builds of the pane so that the machine's drift cancels out: page loads of `distA`
 * and `distB` (each a copy of dist/ from `npm run build`) in turn, `pairs` times, the order
 * swapped every other pair, each measured as `first-checklist-ms` is (4×, a fresh context, the
 * page's own report). The double is this working tree's, the same for both. Prints each side's
 * median, the median of the paired differences (B − A), and the same from `Office.onReady` on
 * (the pane's own part, without the double's loading). On this 2-core VM a build's
 * `first-checklist-ms` moved by about ±80 ms from one hour to the next, while the same two builds
 * compared in 14 pairs an hour apart gave −30 and −31 ms. A build paired with itself (10 pairs)
 * gave +56 ms in all and −12 ms from `Office.onReady`: read a difference smaller than that as
 * noise, or run more pairs.
 * `npx tsx scripts/bench-pane.ts --pair <distA> <distB> [pairs=14]`.
 */
export async function pairPane(distA: string, distB: string, pairs = 14): Promise<void> {
  const doubleJs = await bundleDouble();
  const messy = sampleDocx("messy");
  const a = await serveDist(path.resolve(distA), doubleJs, messy);
  const b = await serveDist(path.resolve(distB), doubleJs, messy);
  const browser = await launch();
  const runs: Record<"A" | "B", PaneRun[]> = { A: [], B: [] };
  try {
    await loadOnce(browser, a.url); // warm-up of each side, not counted
    await loadOnce(browser, b.url);
    for (let i = 0; i < pairs; i++) {
      const order: Array<["A" | "B", string]> = [
        ["A", a.url],
        ["B", b.url],
      ];
      if (i % 2 === 1) order.reverse();
      for (const [side, url] of order) runs[side].push(await loadOnce(browser, url));
    }
  } finally {
    await browser.close();
    await a.close();
    await b.close();
  }
  const total = (r: PaneRun): number => r.checklist;
  const own = (r: PaneRun): number => r.checklist - (r.marks["office-ready"] ?? 0);
  const paired = (f: (r: PaneRun) => number): number =>
    median(runs.A.map((r, i) => f(runs.B[i]!) - f(r)));
  console.log(`pair A=${distA} B=${distB} pairs=${pairs} throttle=4`);
  for (const side of ["A", "B"] as const) {
    const xs = runs[side].map(total);
    console.log(
      `  ${side}: median ${Math.round(median(xs))} ms (${xs.map(Math.round).join(", ")}); ` +
        `from Office.onReady ${Math.round(median(runs[side].map(own)))} ms`
    );
  }
  console.log(
    `  B − A, paired: ${Math.round(paired(total))} ms; from Office.onReady ${Math.round(paired(own))} ms`
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === "--pair" && !(args[1] && args[2])) {
    console.error("usage: npx tsx scripts/bench-pane.ts --pair <distA> <distB> [pairs]");
    process.exit(2);
  }
  const job =
    args[0] === "--pair"
      ? pairPane(args[1]!, args[2]!, args[3] ? Number(args[3]) : undefined)
      : benchPane();
  job.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
