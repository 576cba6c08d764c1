/**
 * @fileoverview Writes the fixture documents test/fixtures/*.docx from the draft specs of
 * test/fixtures/drafts.ts (the sample report, compliant and broken in known ways) and the blank
 * template (`template.docx`). Deterministic: fixed dates and zip timestamps, so re-running gives
 * identical bytes. Run with `npx tsx scripts/make-fixtures.ts` (or `npm run fixtures`); pass
 * `--check` to verify the files on disk are up to date without writing (exit code 1 if not).
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx } from "../test/fixtures/draft-docx";
import { templateDocx } from "../src/ooxml/template";
import { allDrafts } from "../test/fixtures/drafts";

const dir = resolve(__dirname, "..", "test", "fixtures");
const check = process.argv.includes("--check");

const files: Array<[string, Uint8Array]> = Object.entries(allDrafts(PROFILE_2023)).map(
  ([name, fx]) => [name, buildDocx(fx.spec)]
);
files.push(["template.docx", templateDocx(PROFILE_2023)]);

let stale = 0;
for (const [name, bytes] of files) {
  const path = join(dir, name);
  const same = existsSync(path) && Buffer.from(readFileSync(path)).equals(Buffer.from(bytes));
  if (check) {
    if (!same) {
      stale++;
      console.error(`out of date: ${path}`);
    }
    continue;
  }
  if (!same) writeFileSync(path, bytes);
  console.log(`${same ? "unchanged" : "written  "} ${path} (${bytes.length} bytes)`);
}
if (stale > 0) process.exit(1);
