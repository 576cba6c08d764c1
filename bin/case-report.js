#!/usr/bin/env node
/**
 * @fileoverview Launcher of the `case-report` command (package.json "bin"): loads the compiled
 * CLI, build/cli/main.js (made by scripts/build-cli.js, which `npm ci` runs as the `prepare`
 * script, or `npm run build:cli`), then calls its `main` with this process's arguments and
 * streams and exits with the status it returns (0 passed/done, 1 findings of error severity, 2
 * failure). When the build is missing it says how to make it (exit 2); it never compiles
 * TypeScript at run time.
 *
 * Start-up: the bundle is compiled with V8's code cache, build/cli/main.js.cache (bytecode of
 * the functions a `new` and a `check` ran, written by the build; see scripts/build-cli.js), so
 * a run does not parse and compile 1.2 MB of JavaScript again — that was half of what `check`
 * spent beyond unzipping and parsing document.xml. The cache names the build it belongs to (the
 * first line of main.js, "// case-report build <sha256>"): V8 itself checks only the source's
 * length, so a cache of another build is never used. A cache that V8 rejects (another Node.js
 * version or V8 flags) or that is missing is written again after the run, when the directory is
 * writable (through a temporary file and a rename: a reader never sees half a cache); with
 * CASE_REPORT_CODE_CACHE=write it is always written (the build's priming runs).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const built = path.join(__dirname, "..", "build", "cli", "main.js");
const cacheFile = `${built}.cache`;

/** The build id of the bundle: the hash on its first line, or "" for a bundle without one. */
function buildIdOf(source) {
  const m = /^\/\/ case-report build ([0-9a-f]{64})\r?\n/.exec(source);
  return m === null ? "" : m[1];
}

/** The cached data of build `id` (after the id line of the cache file), or undefined. */
function readCache(id) {
  if (id === "") return undefined;
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = Buffer.from(`${id}\n`, "latin1");
  if (bytes.length <= head.length || !bytes.subarray(0, head.length).equals(head)) return undefined;
  return bytes.subarray(head.length);
}

/** Writes the code cache of `script` for build `id`; never throws (a read-only install keeps none). */
function writeCache(script, id) {
  if (id === "") return;
  try {
    fs.accessSync(path.dirname(cacheFile), fs.constants.W_OK);
  } catch {
    return; // not ours to write: no cache to make
  }
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(
      tmp,
      Buffer.concat([Buffer.from(`${id}\n`, "latin1"), script.createCachedData()])
    );
    fs.renameSync(tmp, cacheFile);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
  }
}

let source;
try {
  source = fs.readFileSync(built, "utf8");
} catch (err) {
  if (err && err.code === "ENOENT") {
    process.stderr.write(
      "case-report 尚未构建：请在项目目录运行 npm run build:cli（npm ci 会自动构建）后再试。\n"
    );
    process.exit(2);
  }
  throw err;
}
const id = buildIdOf(source);
const cachedData = readCache(id);
// Module.wrap: the same (exports, require, module, __filename, __dirname) scope `require` gives
const script = new vm.Script(Module.wrap(source), { filename: built, cachedData });
const exported = { exports: {} };
script.runInThisContext()(
  exported.exports,
  Module.createRequire(built),
  exported,
  built,
  path.dirname(built)
);
const { main } = exported.exports;
const mode = process.env.CASE_REPORT_CODE_CACHE;
const refresh =
  mode === "write" ||
  (mode !== "off" && (cachedData === undefined || script.cachedDataRejected === true));

// A closed pipe (`case-report check … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
    if (refresh) writeCache(script, id);
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  }
);
