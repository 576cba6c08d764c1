#!/usr/bin/env node
/**
 * `npm run test:hosts`: the tests whose outcome depends on the Word host, under every host profile
 * of the Word double (test/word-double/hosts.ts), selected by `WORD_HOST`. Prints one line per
 * profile:
 *
 *   hosts profile=web gateway=ok e2e=ok files=12+6 seconds=61
 *
 * and exits 1 when any run failed (its output is printed first). `--no-e2e` runs the gateway
 * tests only; `--profiles=web,mac` picks profiles; `--no-build` uses the bundle already in dist/
 * (CI runs this right after `npm run test:e2e`, which built it).
 *
 * Which tests. A Word double takes its host profile from `WORD_HOST` only when the test states no
 * host of its own: `createWordDouble` without `profile`, `host` or `sets` (test/word), a pane
 * opened by test/e2e/harness.ts `openPane` with the double and no `?host=`/`?sets=` in its query
 * (test/e2e). Any other test runs the same under every `WORD_HOST`: running it five more times
 * tests nothing more. So this script runs only the files of test/word and test/e2e whose header
 * says `@hosts all` ({@link HOSTS_TAG}), and the rule is enforced, not remembered: in a run
 * without `WORD_HOST` (`npm test`, `npm run test:e2e`: the runs that take every file) a double
 * or pane that would take its host from `WORD_HOST` in a file without the tag fails its test
 * (test/hosts-guard.ts). Files that exercise several hosts themselves (test/word/hosts.test.ts,
 * the profile loops of restore/search/…, about.e2e's `?host=Web` and `?sets=` panes) state those
 * hosts, so they run once and still cover every profile. A file whose subject does not depend on
 * the host opens the plain double explicitly (`?host=Windows`: locale.e2e, whose language is
 * chosen before any Word call; first-load.e2e's polyfill loader, which runs before the pane) or
 * has no double at all (manifest.e2e, report-html.e2e).
 *
 * Why `npm run test:e2e` and `npm test` still run the tagged files once more with the plain
 * strict double (no profile): those are the commands a developer runs before landing
 * (HELPERS.md) and must stay whole on their own; the plain double is the one configuration with
 * every requirement set and none of Word's weaknesses, so a failure there is a fault of ours and
 * not of a host; and it costs one more run of the tagged files, not one per profile.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ALL = ["web", "win-m365", "win-2024-ltsc", "win-2019", "mac"];

/** The header tag of a test file whose doubles take their host from `WORD_HOST`. */
const HOSTS_TAG = /^\s*\*\s*@hosts all\b/m;

/** Whether the test file's text carries {@link HOSTS_TAG}. */
function hasHostsTag(text) {
  return HOSTS_TAG.test(text);
}

/**
 * The test files under `dir` (relative to the repository) matching `suffix` whose header carries
 * {@link HOSTS_TAG}, as paths relative to the repository, sorted.
 */
function taggedFiles(dir, suffix) {
  const abs = path.join(ROOT, dir);
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => hasHostsTag(fs.readFileSync(path.join(abs, f), "utf8")))
    .sort()
    .map((f) => `${dir}/${f}`);
}

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

function main() {
  const args = process.argv.slice(2);
  const pick = args.find((a) => a.startsWith("--profiles="));
  const profiles = pick ? pick.slice("--profiles=".length).split(",") : ALL;
  const e2e = !args.includes("--no-e2e");
  const jest = path.join(ROOT, "node_modules", ".bin", "jest");
  const gatewayFiles = taggedFiles("test/word", ".test.ts");
  const e2eFiles = e2e ? taggedFiles("test/e2e", ".e2e.test.ts") : [];

  if (e2e && !args.includes("--no-build")) {
    const b = run("npm", ["run", "build", "--silent"], {});
    if (!b.ok) {
      process.stdout.write(b.out);
      console.log("hosts build=failed");
      process.exit(1);
    }
  }

  let failed = false;
  for (const p of profiles) {
    const g = run(jest, ["--silent", "--runTestsByPath", ...gatewayFiles], { WORD_HOST: p });
    const e = e2e
      ? run(jest, ["-c", "jest.e2e.config.js", "--silent", "--runTestsByPath", ...e2eFiles], {
          WORD_HOST: p,
        })
      : null;
    for (const [name, r] of [
      ["gateway", g],
      ["e2e", e],
    ]) {
      if (r && !r.ok) {
        failed = true;
        process.stdout.write(`---- ${p} ${name}\n${r.out}\n`);
      }
    }
    console.log(
      `hosts profile=${p} gateway=${g.ok ? "ok" : "failed"}` +
        (e ? ` e2e=${e.ok ? "ok" : "failed"}` : "") +
        ` files=${gatewayFiles.length}+${e2eFiles.length}` +
        ` seconds=${Math.round(g.s + (e ? e.s : 0))}`
    );
  }
  process.exit(failed ? 1 : 0);
}

module.exports = { HOSTS_TAG, hasHostsTag, taggedFiles, PROFILES: ALL };

if (require.main === module) main();
