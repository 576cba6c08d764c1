/**
 * Bench line of issue 10: `analyze-ms chars=300000 ms=N` — the median wall time (ms) of
 * `analyze()` (classify, every rule, the checklist) on the generated report of 300 000 字
 * (scripts/bench-report.ts, no pictures: they do not reach the rules' text), read once from its
 * .docx; one warm-up run, then {@link RUNS} measured ones. Target: ≤ 60 ms on this machine.
 * Run alone with `npx tsx scripts/bench-analyze.ts`, or as part of `npm run bench`.
 */
import { analyze } from "../src/core/analyze";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx } from "../test/fixtures/draft-docx";
import { parseDocx } from "../src/ooxml/parse";
import { generateReport } from "./bench-report";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CHARS = 300_000;

/** Prints the `analyze-ms` line; returns the median. */
export function benchAnalyze(): number {
  const { paragraphs } = generateReport(CHARS, []);
  const doc = parseDocx(
    buildDocx({ blocks: paragraphs, styles: { kind: "profile", profile: PROFILE_2023 } })
  );
  analyze(doc, PROFILE_2023); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    analyze(doc, PROFILE_2023);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  console.log(`analyze-ms chars=${CHARS} ms=${Math.round(ms)}`);
  return ms;
}

if (require.main === module) benchAnalyze();
