/**
 * A worker of `npm run fuzz` (scripts/fuzz.ts): reads one seed per line on stdin, mutates a
 * document with it, runs `check` and `format` on it in this process, and writes one JSON line
 * `{ seed, outcome, what, output }` per seed on stdout. Started with a heap limit; the parent
 * watches for hangs and deaths.
 */
import * as readline from "readline";
import { mutate, runOne } from "./fuzz-lib";

async function work(): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const seed = Number(line.trim());
    if (!Number.isFinite(seed)) continue;
    const { bytes, what } = mutate(seed);
    const { outcome, output } = await runOne(bytes);
    process.stdout.write(
      `${JSON.stringify({ seed, outcome, what, output: outcome === "internal" ? output : "" })}\n`
    );
  }
}

void work();
