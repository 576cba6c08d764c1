/**
 * The task pane's first load (issue 9), printed by `npm run bench` in the exact lines:
 *
 * ```
 * first-checklist-ms throttle=4 ms=N
 * pane-js-gzip bytes=N
 * ```
 *
 * `pane-js-gzip`: the JavaScript dist/taskpane.html loads before the pane can run (its
 * `<script src>` files, office.js excluded; chunks fetched later — the en-US catalogs, the
 * ResizeObserver polyfill — are not counted), each gzipped at level 9 as a web server would, summed.
 * Goal ≤ 250 KB.
 *
 * `first-checklist-ms`: the production pane in headless Chromium with the CPU slowed 4× (CDP
 * `Emulation.setCPUThrottlingRate`), the strict Word double standing in for Word (as `npm run
 * demo`), on the demo's `messy` document: milliseconds from navigation start until the checklist
 * shows (its verdict or a finding row, or the checks summary), median of `BENCH_PANE_RUNS` (5)
 * fresh pages. Goal ≤ 1 000. The machine's load is printed beside it: figures from a busy machine
 * are high.
 *
 * Needs dist/ (`npm run build`; built here when missing) and Chromium (`/usr/bin/chromium` or
 * `CHROMIUM_PATH`).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { DIST, OFFICE_JS_URL, bundleDouble, launch, openPane, serve } from "../test/e2e/harness";
import { sampleDocx } from "../test/e2e/samples";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 5);

/** The local scripts dist/taskpane.html loads at start, gzipped (level 9) and summed. */
export function paneJsGzip(dist: string = DIST): { bytes: number; files: string[] } {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // minified HTML leaves attribute values unquoted: src=vendor.js, src="…" or src='…'
  const files = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((src) => src !== OFFICE_JS_URL && !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, "").split("?")[0] ?? "");
  if (files.length === 0) throw new Error("dist/taskpane.html loads no script of ours");
  let bytes = 0;
  for (const f of files)
    bytes += zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  return { bytes, files };
}

/** Prints the two lines (see the file header). */
export async function benchPane(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.log("bench-pane: dist/ missing, building it (npm run build)…");
    const r = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
    if (r.status !== 0) throw new Error("npm run build failed");
  }
  const doubleJs = await bundleDouble();
  const server = await serve({ "/e2e/messy.docx": sampleDocx("messy") });
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await openPane(browser, server.url, doubleJs, "?doc=messy", async (p) => {
        const cdp = await p.context().newCDPSession(p);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      });
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="verdict"], [data-finding-id]') !== null ||
          /项通过/.test(document.body.innerText),
        undefined,
        { timeout: 120_000, polling: 20 }
      );
      times.push(await page.evaluate(() => performance.now()));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const load = os.loadavg()[0]?.toFixed(1) ?? "?";
  console.log(`first-checklist-ms throttle=4 ms=${Math.round(median(times))}`);
  const gz = paneJsGzip();
  console.log(`pane-js-gzip bytes=${gz.bytes}`);
  console.log(
    `  (first checklist over ${RUNS} runs: ${times.map((t) => Math.round(t)).join(", ")} ms; load average ${load}; scripts: ${gz.files.join(", ")})`
  );
}

if (require.main === module) {
  benchPane().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
