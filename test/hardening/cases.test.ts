/**
 * The failing cases of ../shared/cases (when that folder is present; the project never copies
 * them): `check` and `format` on each input, run as the user runs them (a child process), answer
 * within 10 s with exit 0, 1 or 2, without "内部错误" or a stack trace, with a peak resident
 * memory under 500 MB. The kind of fault each case stands for has its own generated test in
 * packages.test.ts, linear.test.ts and files.test.ts; this file only replays the cases.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const CASES = path.resolve(__dirname, "..", "..", "..", "shared", "cases");
const ROOT = path.resolve(__dirname, "..", "..");

/** Each case folder's document (.docx) or flat-OPC file, when the folder exists. */
function caseInputs(): Array<[string, string]> {
  if (!fs.existsSync(CASES)) return [];
  const out: Array<[string, string]> = [];
  for (const name of fs.readdirSync(CASES).sort()) {
    const dir = path.join(CASES, name);
    if (!/^\d{3}-/.test(name) || !fs.statSync(dir).isDirectory()) continue;
    const input = fs.readdirSync(dir).find((f) => /\.(docx|docm|dotx|xml)$/i.test(f));
    if (input) out.push([name, path.join(dir, input)]);
  }
  return out;
}

/** Runs the CLI in a child process; returns its exit status, output, wall and CPU time, peak RSS (MB). */
function cli(args: string[]): {
  code: number;
  out: string;
  ms: number;
  cpuMs: number;
  rssMb: number;
} {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, "src", "cli", "main"))});
    main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
      .then((code) => {
        const u = process.resourceUsage();
        // Linux keeps ru_maxrss across execve, so a child spawned by a big jest worker reports the
        // worker's peak; VmHWM belongs to this process's own memory map.
        let kb = u.maxRSS;
        try {
          const hwm = /VmHWM:\\s+(\\d+) kB/.exec(require("fs").readFileSync("/proc/self/status", "utf8"));
          if (hwm) kb = Number(hwm[1]);
        } catch {}
        process.stderr.write("\\nMAXRSS_KB " + kb + " CPU_US " + (u.userCPUTime + u.systemCPUTime) + "\\n");
        process.exitCode = code;
      });`;
  const t = Date.now();
  const r = spawnSync(process.execPath, ["-r", "tsx/cjs", "-e", script, "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - t;
  const m = /MAXRSS_KB (\d+) CPU_US (\d+)/.exec(r.stderr ?? "");
  return {
    code: r.status ?? -1,
    out: `${r.stdout ?? ""}${(r.stderr ?? "").replace(/\nMAXRSS_KB .*\n/, "")}`,
    ms,
    cpuMs: m ? Number(m[2]) / 1000 : Infinity,
    rssMb: m ? Number(m[1]) / 1024 : Infinity,
  };
}

const inputs = caseInputs();
const describeCases = inputs.length > 0 ? describe : describe.skip;

describeCases("the cases of ../shared/cases", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-cases-"));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  const named: [string, string][] = inputs.length > 0 ? inputs : [["none", ""]];
  for (const [name, input] of named) {
    for (const command of ["check", "format"]) {
      it(`${name}: ${command} answers cleanly within 10 s and 500 MB`, () => {
        const args =
          command === "check"
            ? ["check", input]
            : ["format", input, "-o", path.join(out, `${name}.docx`)];
        const r = cli(args);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.out).not.toMatch(/内部错误/);
        expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
        // CPU time of the child (the machine may be shared: wall time only bounds a hang), the
        // process start (tsx compiling the sources) included
        expect(r.cpuMs).toBeLessThan(10_000);
        expect(r.ms).toBeLessThan(60_000);
        expect(r.rssMb).toBeLessThan(500);
      }, 70_000);
    }
  }
});
