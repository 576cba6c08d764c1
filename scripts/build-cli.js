#!/usr/bin/env node
/**
 * @fileoverview Builds the `case-report` command: src/cli/main.ts and everything it imports
 * (our sources, commander, fflate, @xmldom/xmldom, image-size) bundled by esbuild into one
 * CommonJS file, build/cli/main.js, for Node 20. One file loads in a few milliseconds (no module
 * resolution, no TypeScript compiler at run time: tsx is a development dependency only).
 * Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build:cli`;
 * bin/case-report.js loads the result. Exits 1 when esbuild reports an error.
 */
"use strict";

const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");

esbuild
  .build({
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    outfile: path.join(root, "build", "cli", "main.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // the messages, rules and readers are ours; keep the output readable for a stack trace
    minify: false,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
  })
  .catch(() => {
    process.exitCode = 1;
  });
