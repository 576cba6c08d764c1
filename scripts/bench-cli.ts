/**
 * Bench lines of issue 10 (the compiled CLI):
 *
 *     cli-start-ratio node=N ours=N ratio=R
 *     cli-check-ratio floor=N ours=N ratio=R
 *
 * Medians (ms, wall clock, {@link RUNS} runs of each after one warm-up) of whole processes, as a
 * user runs them, and the ratio as the median of the runs' ratios: the two commands run in turn
 * (A B A B …), so each ratio compares runs made at the same moment — the machine is shared and
 * its load drifts within seconds. `node -e 0` against `node bin/case-report.js --version`
 * (start); and, on a generated
 * report of 10 000 字 with {@link PHOTOS} photo-sized pictures, the floor — a bare script that
 * only unzips word/document.xml with fflate and parses it with xmldom — against
 * `node bin/case-report.js check <file>` (everything a check does: every part read, every rule,
 * the report printed). Goals: start ≤ 2×, check ≤ 1.5× the floor. Needs the build
 * (`npm run build:cli`; `npm ci` makes it).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx } from "../test/fixtures/draft-docx";
import { generateReport, noisePhoto as photo } from "./bench-report";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PHOTOS = 4;
const ROOT = path.join(__dirname, "..");

/** Wall time (ms) of running `args` with node; throws unless it exits 0 or 1. */
function runMs(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${args.join(" ")} exited ${r.status}: ${String(r.stderr)}`);
  }
  return ms;
}

/**
 * Runs `base` and `ours` in turn, one warm-up each, then {@link RUNS} pairs; prints
 * `<label> <baseName>=N ours=N ratio=R` (medians of each, median of the pairs' ratios).
 */
function pairLine(label: string, baseName: string, base: string[], ours: string[]): void {
  runMs(base);
  runMs(ours);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const x = runMs(base);
    const y = runMs(ours);
    a.push(x);
    b.push(y);
    ratios.push(y / x);
  }
  console.log(
    `${label} ${baseName}=${Math.round(median(a))} ours=${Math.round(median(b))} ratio=${median(ratios).toFixed(2)}`
  );
}

/** Prints the two lines. */
export function benchCli(): void {
  const bin = path.join(ROOT, "bin", "case-report.js");
  if (!fs.existsSync(path.join(ROOT, "build", "cli", "main.js"))) {
    console.log("cli-check-ratio: no build (run npm run build:cli)");
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-bench-cli-"));
  try {
    const { paragraphs } = generateReport(
      10_000,
      Array.from({ length: PHOTOS }, (_, i) => photo(i + 1))
    );
    const file = path.join(tmp, "报告.docx");
    fs.writeFileSync(
      file,
      buildDocx({ blocks: paragraphs, styles: { kind: "profile", profile: PROFILE_2023 } })
    );
    const floorScript = path.join(tmp, "floor.js");
    fs.writeFileSync(
      floorScript,
      `const { unzipSync, strFromU8 } = require(${JSON.stringify(require.resolve("fflate"))});
const { DOMParser } = require(${JSON.stringify(require.resolve("@xmldom/xmldom"))});
const bytes = require("fs").readFileSync(process.argv[2]);
const z = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
new DOMParser().parseFromString(strFromU8(z["word/document.xml"]), "text/xml");
`
    );
    pairLine("cli-start-ratio", "node", ["-e", "0"], [bin, "--version"]);
    pairLine("cli-check-ratio", "floor", [floorScript, file], [bin, "check", file]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) benchCli();
