#!/usr/bin/env node
/**
 * @fileoverview Checks that every JavaScript file webpack emitted to dist/ parses as ES2017, the
 * syntax level of the EdgeHTML 18 webview that Office 2019 uses on Windows 10 ≥ 1903 (see
 * webpack.config.js). Parses each dist/**\/*.js with acorn at `ecmaVersion: 2017` (as a script,
 * which is how the HTML pages load them) and names the file, line:column and first offending
 * token of each that fails. Run after `npm run build`: `node scripts/check-bundle-syntax.js
 * [dist]`. Exit code 0 when all parse, 1 when one does not, 2 when dist/ has no JavaScript.
 * Also used by test/build/bundle-syntax.test.ts.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");

/** Keep in step with ESBUILD_TARGET in webpack.config.js. */
const ECMA_VERSION = 2017;

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The .js files under dir (sorted, absolute), or [] when dir does not exist. */
function bundleFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return walk(dir)
    .filter((f) => f.endsWith(".js"))
    .sort();
}

/**
 * Parses one file's source at ECMA_VERSION. Returns null when it parses, else
 * { message, line, column, token, context } for the first syntax error.
 */
function checkSource(source, ecmaVersion = ECMA_VERSION) {
  try {
    acorn.parse(source, { ecmaVersion, sourceType: "script", allowHashBang: true });
    return null;
  } catch (e) {
    if (!(e instanceof SyntaxError) || typeof e.pos !== "number") throw e;
    // The offending token at the error position. Older grammars read `??` and `?.` as a `?`
    // followed by an unexpected character: report the pair.
    let pos = e.pos;
    if (source[pos - 1] === "?" && (source[pos] === "?" || source[pos] === ".")) pos -= 1;
    const rest = source.slice(pos);
    const tokenMatch = /^(\?\.|\?\?=?|\*\*=?|\.\.\.|[A-Za-z_$#][\w$]*|\S)/.exec(rest);
    return {
      message: e.message,
      line: e.loc ? e.loc.line : 0,
      column: e.loc ? e.loc.column + 1 - (e.pos - pos) : 0,
      token: tokenMatch ? tokenMatch[0] : "<end of input>",
      context: source.slice(Math.max(0, pos - 40), pos + 40).replace(/\s+/g, " "),
    };
  }
}

/** Checks every .js file under dir: [{ file, bytes, error }] with error null when it parses. */
function checkDir(dir, ecmaVersion = ECMA_VERSION) {
  return bundleFiles(dir).map((file) => {
    const source = fs.readFileSync(file, "utf8");
    return {
      file: path.relative(dir, file).split(path.sep).join("/"),
      bytes: source.length,
      error: checkSource(source, ecmaVersion),
    };
  });
}

/** A one-line description of a failed file. */
function describe(result, ecmaVersion = ECMA_VERSION) {
  const e = result.error;
  return (
    `${result.file}:${e.line}:${e.column}: not ES${ecmaVersion} — first offending token ` +
    `\`${e.token}\` (${e.message}) near \`${e.context}\``
  );
}

function main() {
  const dist = path.resolve(process.argv[2] || "dist");
  const results = checkDir(dist);
  if (results.length === 0) {
    console.error(`${dist} has no .js files: run \`npm run build\` first.`);
    process.exit(2);
  }
  const failed = results.filter((r) => r.error);
  for (const r of results) {
    console.log(r.error ? `FAIL ${describe(r)}` : `ok   ${r.file} (ES${ECMA_VERSION})`);
  }
  if (failed.length) {
    console.error(
      `${failed.length} of ${results.length} bundle file(s) use syntax newer than ES${ECMA_VERSION}, ` +
        "which the EdgeHTML 18 webview (Office 2019) cannot parse: see webpack.config.js."
    );
    process.exit(1);
  }
  console.log(`${results.length} bundle file(s) parse as ES${ECMA_VERSION}.`);
}

module.exports = { ECMA_VERSION, bundleFiles, checkSource, checkDir, describe };

if (require.main === module) main();
