#!/usr/bin/env node
/**
 * @fileoverview Launcher of the `case-report` command (package.json "bin"): loads the compiled
 * CLI, build/cli/main.js (made by scripts/build-cli.js, which `npm ci` runs as the `prepare`
 * script, or `npm run build:cli`), then calls its `main` with this process's arguments and
 * streams and exits with the status it returns (0 passed/done, 1 findings of error severity, 2
 * failure). When the build is missing it says how to make it (exit 2); it never compiles
 * TypeScript at run time.
 */
"use strict";

const path = require("path");

let main;
try {
  ({ main } = require(path.join(__dirname, "..", "build", "cli", "main.js")));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && /build[\\/]cli[\\/]main\.js/.test(err.message)) {
    process.stderr.write(
      "case-report 尚未构建：请在项目目录运行 npm run build:cli（npm ci 会自动构建）后再试。\n"
    );
    process.exit(2);
  }
  throw err;
}

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
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  }
);
