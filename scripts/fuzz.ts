/**
 * `npm run fuzz -- N [--seed S] [--jobs J]` — the mutation fuzzer of issue 10 (not part of
 * `npm test`; a fixed-seed sample of it is, in test/hardening/fuzz.test.ts).
 *
 * N inputs (seeds S … S+N−1, default S = 1), each a mutation of one of our generated documents
 * (scripts/fuzz-lib.ts), each run through `check` and `format -o` in a worker process with a
 * 512 MB heap. A worker answers each input or is stopped: after {@link HANG_MS} without an answer
 * the input counts as a hang (the worker is killed and replaced); a worker that dies of heap
 * exhaustion counts an oom; any other death, an answer of "内部错误" or a stack trace, an
 * internal. Prints, last, exactly:
 *
 *     fuzz inputs=N ok=… refused=… internal=… hang=… oom=…
 *
 * and before it, on stderr, the seed and mutations of every input that was not ok or refused
 * (re-run one with `npm run fuzz -- 1 --seed <seed>`).
 */
import { spawn, type ChildProcess } from "child_process";
import * as path from "path";

/** An input without an answer for this long is a hang (check + format of a ~0.5 MB document take ~1 s). */
const HANG_MS = 30_000;
/** Heap of a worker: a document that needs more is an oom. */
const HEAP_MB = 512;

interface Counts {
  ok: number;
  refused: number;
  internal: number;
  hang: number;
  oom: number;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

async function fuzz(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(n) || n < 1)
    throw new Error("usage: npm run fuzz -- N [--seed S] [--jobs J]");
  const first = arg("--seed", 1);
  const jobs = Math.max(1, arg("--jobs", 2));
  const counts: Counts = { ok: 0, refused: 0, internal: 0, hang: 0, oom: 0 };
  const seeds = Array.from({ length: n }, (_, k) => first + k);
  let next = 0;
  let done = 0;

  await new Promise<void>((resolve) => {
    const startWorker = (): void => {
      const child: ChildProcess = spawn(
        process.execPath,
        [`--max-old-space-size=${HEAP_MB}`, "-r", "tsx/cjs", path.join(__dirname, "fuzz-child.ts")],
        { stdio: ["pipe", "pipe", "pipe"], cwd: path.join(__dirname, "..") }
      );
      let current: number | null = null;
      let timer: NodeJS.Timeout | null = null;
      let stderr = "";
      let buf = "";
      let settled = false;
      const finish = (): void => {
        done++;
        if (done === n) resolve();
      };
      const feed = (): void => {
        if (next >= seeds.length) {
          current = null;
          child.stdin?.end();
          return;
        }
        current = seeds[next++] ?? 0;
        stderr = "";
        child.stdin?.write(`${current}\n`);
        timer = setTimeout(() => {
          counts.hang++;
          process.stderr.write(`fuzz: hang on seed ${current}\n`);
          settled = true;
          child.kill("SIGKILL");
          finish();
        }, HANG_MS);
      };
      child.stderr?.on("data", (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-4000);
      });
      child.stdout?.on("data", (d: Buffer) => {
        buf += d.toString();
        for (let nl = buf.indexOf("\n"); nl >= 0; nl = buf.indexOf("\n")) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          if (!line.startsWith("{")) continue;
          const res = JSON.parse(line) as {
            seed: number;
            outcome: keyof Counts;
            what: string[];
            output: string;
          };
          if (timer) clearTimeout(timer);
          counts[res.outcome]++;
          if (res.outcome === "internal") {
            process.stderr.write(
              `fuzz: internal on seed ${res.seed} (${res.what.join("; ")})\n${res.output}\n`
            );
          }
          finish();
          feed();
        }
      });
      child.on("exit", () => {
        if (timer) clearTimeout(timer);
        if (current !== null && !settled) {
          // died while working on an input
          if (/heap out of memory|Allocation failed/i.test(stderr)) counts.oom++;
          else counts.internal++;
          process.stderr.write(`fuzz: worker died on seed ${current}: ${stderr.slice(-500)}\n`);
          finish();
        }
        if (next < seeds.length) startWorker();
      });
      feed();
    };
    for (let j = 0; j < Math.min(jobs, n); j++) startWorker();
  });

  process.stdout.write(
    `fuzz inputs=${n} ok=${counts.ok} refused=${counts.refused} internal=${counts.internal} hang=${counts.hang} oom=${counts.oom}\n`
  );
  process.exitCode = counts.internal + counts.hang + counts.oom > 0 ? 1 : 0;
}

fuzz().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
