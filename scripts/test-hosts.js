#!/usr/bin/env node
/**
 * `npm run test:hosts`: the Word gateway tests (test/word) and the e2e suite under every host
 * profile of the Word double (test/word-double/hosts.ts), selected by `WORD_HOST`. Builds the
 * production bundle once. Prints one line per profile:
 *
 *   hosts profile=web gateway=ok e2e=ok
 *
 * and exits 1 when any run failed (its output is printed first). `--no-e2e` runs the gateway
 * tests only; `--profiles=web,mac` picks profiles; `--no-build` uses the bundle already in dist/
 * (CI runs this right after `npm run test:e2e`, which built it).
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ALL = ["web", "win-m365", "win-2024-ltsc", "win-2019", "mac"];
const args = process.argv.slice(2);
const pick = args.find((a) => a.startsWith("--profiles="));
const profiles = pick ? pick.slice("--profiles=".length).split(",") : ALL;
const e2e = !args.includes("--no-e2e");
const jest = path.join(ROOT, "node_modules", ".bin", "jest");

function run(cmd, argv, env) {
  const t0 = Date.now();
  const r = spawnSync(cmd, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: r.status === 0,
    out: `${r.stdout ?? ""}${r.stderr ?? ""}`,
    s: (Date.now() - t0) / 1000,
  };
}

if (e2e && !args.includes("--no-build")) {
  const b = run("npm", ["run", "build", "--silent"], {});
  if (!b.ok) {
    process.stdout.write(b.out);
    console.log("hosts build=failed");
    process.exit(1);
  }
}

let failed = false;
const lines = [];
for (const p of profiles) {
  const g = run(jest, ["test/word", "--silent"], { WORD_HOST: p });
  const e = e2e ? run(jest, ["-c", "jest.e2e.config.js", "--silent"], { WORD_HOST: p }) : null;
  for (const [name, r] of [
    ["gateway", g],
    ["e2e", e],
  ]) {
    if (r && !r.ok) {
      failed = true;
      process.stdout.write(`---- ${p} ${name}\n${r.out}\n`);
    }
  }
  const line =
    `hosts profile=${p} gateway=${g.ok ? "ok" : "failed"}` +
    (e ? ` e2e=${e.ok ? "ok" : "failed"}` : "") +
    ` seconds=${Math.round(g.s + (e ? e.s : 0))}`;
  lines.push(line);
  console.log(line);
}
process.exit(failed ? 1 : 0);
