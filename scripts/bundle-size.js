#!/usr/bin/env node
/**
 * @fileoverview Prints the size of every file webpack emitted to dist/ (raw and gzip -9), and the
 * totals of what the task pane downloads (JS, CSS and HTML; source maps listed but not counted). Run
 * after `npm run build`: `node scripts/bundle-size.js [dist] [--json]`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const dist = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
  if (!fs.existsSync(dist)) {
    console.error(`${dist} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const rows = walk(dist)
    .map((file) => {
      const buf = fs.readFileSync(file);
      return {
        file: path.relative(dist, file).split(path.sep).join("/"),
        bytes: buf.length,
        gzip: zlib.gzipSync(buf, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
  const counted = rows.filter((r) => /\.(js|css|html)$/.test(r.file));
  const total = {
    bytes: counted.reduce((s, r) => s + r.bytes, 0),
    gzip: counted.reduce((s, r) => s + r.gzip, 0),
  };
  if (json) {
    console.log(JSON.stringify({ assets: rows, total }, null, 2));
    return;
  }
  const width = Math.max(...rows.map((r) => r.file.length), 5);
  console.log(`${"asset".padEnd(width)}  ${"size".padStart(11)}  ${"gzip".padStart(11)}`);
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(width)}  ${kib(r.bytes).padStart(11)}  ${kib(r.gzip).padStart(11)}`
    );
  }
  console.log(
    `${"total js+css+html".padEnd(width)}  ${kib(total.bytes).padStart(11)}  ${kib(total.gzip).padStart(11)}`
  );
}

main();
