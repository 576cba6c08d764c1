#!/usr/bin/env node
/**
 * @fileoverview Launcher of the `case-report` command (package.json "bin"). Loads the TypeScript
 * sources through tsx's CommonJS require hook, so the CLI runs straight after `npm ci` without a
 * build step, then calls `main` of src/cli/main.ts with this process's arguments and streams and
 * exits with the status it returns (0 passed/done, 1 findings of error severity, 2 failure).
 */
"use strict";

require("tsx/cjs");
const { main } = require("../src/cli/main");

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
