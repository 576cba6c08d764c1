#!/usr/bin/env node
/**
 * @fileoverview Builds the `case-report` command: src/cli/main.ts and everything it imports
 * (our sources, commander, fflate, @xmldom/xmldom, image-size) bundled by esbuild into one
 * CommonJS file, build/cli/main.js, for Node 20. One file loads in a few milliseconds (no module
 * resolution, no TypeScript compiler at run time: tsx is a development dependency only).
 * Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build:cli`;
 * bin/case-report.js loads the result. Exits 1 when esbuild reports an error.
 *
 * The bundle's first line names the build ("// case-report build <sha256 of the rest>"), and
 * the build then primes V8's code cache, build/cli/main.js.cache, by running the command twice
 * through bin/case-report.js with CASE_REPORT_CODE_CACHE=write: `new` writes a report template
 * to a temporary directory and `check` reads it, so the cache holds the bytecode of what those
 * run (reading, the rules, the report). A failed priming only warns: the command works without
 * a cache, and its first run writes one.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
const outfile = path.join(root, "build", "cli", "main.js");

/** Runs the built command with `args`, writing the code cache; warns when it fails. */
function prime(args) {
  const r = spawnSync(process.execPath, [path.join(root, "bin", "case-report.js"), ...args], {
    env: { ...process.env, CASE_REPORT_CODE_CACHE: "write" },
    encoding: "utf8",
  });
  // check exits 1 on a template with findings: both are a run to the end
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`build-cli: priming the code cache (${args[0]}) failed: ${r.stderr}\n`);
    return false;
  }
  return true;
}

async function build() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // the messages, rules and readers are ours; keep the output readable for a stack trace
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    write: false,
  });
  const [out] = result.outputFiles;
  const text = out.text;
  const id = crypto.createHash("sha256").update(text).digest("hex");
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  fs.rmSync(`${outfile}.cache`, { force: true });
  fs.writeFileSync(outfile, `// case-report build ${id}\n${text}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-build-"));
  try {
    const draft = path.join(tmp, "案例报告.docx");
    if (prime(["new", "-o", draft])) prime(["check", draft]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

build().catch((err) => {
  if (!(err && Array.isArray(err.errors))) process.stderr.write(`${err && err.stack}\n`);
  process.exitCode = 1;
});
