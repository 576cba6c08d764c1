#!/usr/bin/env node
/**
 * @fileoverview Checks that every JavaScript file webpack emitted to dist/ parses as ES2017, the
 * syntax level of the EdgeHTML 18 webview that Office 2019 uses on Windows 10 ≥ 1903 (see
 * webpack.config.js). Parses each dist/**\/*.js with acorn at `ecmaVersion: 2017` (as a script,
 * which is how the HTML pages load them) and names the file, line:column and first offending
 * token of each that fails. The pages' own scripts (ES5_FILES: legacy-browser.js, polyfill-loader.js, commands.js) are
 * held to ES5: they run in every webview, IE 11 included, where legacy-browser.js says that the
 * pane cannot run. A page with an inline script fails: the pages' Content-Security-Policy
 * (scripts/csp.js) allows none. Run after
 * `npm run build`: `node scripts/check-bundle-syntax.js [dist]`. Exit code 0 when all parse, 1
 * when one does not, 2 when dist/ has no JavaScript. Also used by test/build/bundle-syntax.test.ts.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");

/** Keep in step with ESBUILD_TARGET in webpack.config.js. */
const ECMA_VERSION = 2017;
/** The pages' own scripts, copied to dist/ as they are: IE 11 must run legacy-browser.js. */
const ES5_FILES = ["legacy-browser.js", "polyfill-loader.js", "commands.js"];
const ES5 = 5;

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

/**
 * Checks every .js file under dir: [{ file, bytes, ecmaVersion, error }], error null when it
 * parses; ES5_FILES at ES5, the rest at `ecmaVersion`.
 */
function checkDir(dir, ecmaVersion = ECMA_VERSION) {
  return bundleFiles(dir).map((file) => {
    const source = fs.readFileSync(file, "utf8");
    const rel = path.relative(dir, file).split(path.sep).join("/");
    const version = ES5_FILES.includes(rel) ? ES5 : ecmaVersion;
    return {
      file: rel,
      bytes: source.length,
      ecmaVersion: version,
      error: checkSource(source, version),
    };
  });
}

/** The bodies of the inline (no src) scripts of an HTML page. */
function inlineScripts(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  let m;
  while ((m = re.exec(html)) !== null) {
    if (/\bsrc\s*=/i.test(m[1]) || !m[2].trim()) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]);
    if (type && !/^(text|application)\/(javascript|ecmascript)$/i.test(type[1])) continue;
    out.push(m[2]);
  }
  return out;
}

/**
 * The inline scripts of every .html file under dir, each a failure (file is "page.html#n"): the
 * pages' Content-Security-Policy allows no inline script, so one would not run.
 */
function checkInlineScripts(dir) {
  if (!fs.existsSync(dir)) return [];
  return walk(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .flatMap((file) => {
      const rel = path.relative(dir, file).split(path.sep).join("/");
      return inlineScripts(fs.readFileSync(file, "utf8")).map((source, i) => ({
        file: `${rel}#script${i + 1}`,
        bytes: source.length,
        ecmaVersion: ES5,
        error: {
          message: "inline script: the page's Content-Security-Policy (scripts/csp.js) blocks it",
          line: 0,
          column: 0,
          token: "<script>",
          context: source.slice(0, 80).replace(/\s+/g, " "),
        },
      }));
    });
}

/** A one-line description of a failed file. */
function describe(result, ecmaVersion = result.ecmaVersion || ECMA_VERSION) {
  const e = result.error;
  if (e.token === "<script>") return `${result.file}: ${e.message} (\`${e.context}\`)`;
  return (
    `${result.file}:${e.line}:${e.column}: not ES${ecmaVersion} — first offending token ` +
    `\`${e.token}\` (${e.message}) near \`${e.context}\``
  );
}

function main() {
  const dist = path.resolve(process.argv[2] || "dist");
  const bundles = checkDir(dist);
  if (bundles.length === 0) {
    console.error(`${dist} has no .js files: run \`npm run build\` first.`);
    process.exit(2);
  }
  const results = [...bundles, ...checkInlineScripts(dist)];
  const failed = results.filter((r) => r.error);
  for (const r of results) {
    console.log(r.error ? `FAIL ${describe(r)}` : `ok   ${r.file} (ES${r.ecmaVersion})`);
  }
  if (failed.length) {
    console.error(
      `${failed.length} of ${results.length} script(s) use syntax newer than their target ` +
        `(bundles ES${ECMA_VERSION} for the EdgeHTML 18 webview of Office 2019, ` +
        `${ES5_FILES.join(" and ")} ES${ES5} for IE 11; no inline script): see webpack.config.js.`
    );
    process.exit(1);
  }
  console.log(
    `${bundles.length} file(s) parse at their level (${ES5_FILES.join(", ")} as ES${ES5}, ` +
      `the rest as ES${ECMA_VERSION}); no page has an inline script.`
  );
}

module.exports = {
  ECMA_VERSION,
  ES5_FILES,
  bundleFiles,
  checkSource,
  checkDir,
  inlineScripts,
  checkInlineScripts,
  describe,
};

if (require.main === module) main();
