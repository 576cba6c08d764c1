#!/usr/bin/env node
// Type-checks the folders listed in tsconfig.strict.json with its stricter options
// (noUncheckedIndexedAccess) and reports errors only in those folders. `tsc -p
// tsconfig.strict.json` would also report every file they import, which are not done yet.
// Exit 0 when clean, 1 on any error. Run by `npm run typecheck` after the main tsc.
"use strict";
const path = require("path");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");
const configPath = path.join(root, "tsconfig.strict.json");
const read = ts.readConfigFile(configPath, ts.sys.readFile);
if (read.error) fail([read.error]);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
if (parsed.errors.length > 0) fail(parsed.errors);

const done = new Set(parsed.fileNames.map((f) => path.resolve(f)));
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
const diagnostics = ts
  .getPreEmitDiagnostics(program)
  .filter((d) => d.file === undefined || done.has(path.resolve(d.file.fileName)));
if (diagnostics.length > 0) fail(diagnostics);
console.log(`typecheck-strict: ${done.size} files clean (${read.config.include.join(", ")})`);

function fail(diags) {
  const host = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => "\n",
  };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diags, host));
  process.stderr.write(`typecheck-strict: ${diags.length} error(s)\n`);
  process.exit(1);
}
