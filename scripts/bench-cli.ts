/**
 * Bench lines of issue 10 (the compiled CLI):
 *
 *     cli-start-ratio node=N ours=N ratio=R
 *     cli-check-ratio floor=N ours=N ratio=R
 *
 * Medians (ms, wall clock, {@link RUNS} runs after one warm-up) of whole processes, as a user
 * runs them: `node -e 0` against `node bin/case-report.js --version` (start); and, on a generated
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

/** Median wall time (ms) of running `args` with node, after one warm-up. */
function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`${args.join(" ")} exited ${r.status}: ${String(r.stderr)}`);
    }
    if (i > 0) times.push(ms);
  }
  return median(times);
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
    const node = medianMs(["-e", "0"]);
    const start = medianMs([bin, "--version"]);
    console.log(
      `cli-start-ratio node=${Math.round(node)} ours=${Math.round(start)} ratio=${(start / node).toFixed(2)}`
    );
    const floor = medianMs([floorScript, file]);
    const ours = medianMs([bin, "check", file]);
    console.log(
      `cli-check-ratio floor=${Math.round(floor)} ours=${Math.round(ours)} ratio=${(ours / floor).toFixed(2)}`
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) benchCli();
