/**
 * @fileoverview The rule that keeps `npm run test:hosts` whole: it runs under the five Word host
 * profiles only the test files whose header says `@hosts all` (scripts/test-hosts.js), so a test
 * whose Word double takes its host from `WORD_HOST` must be in such a file. In a run without
 * `WORD_HOST` (`npm test`, `npm run test:e2e`: the runs that take every file) such a double or
 * pane in a file without the tag fails its test, naming the file and the fix. Under `WORD_HOST`
 * nothing is checked: the runner chose the files (and test/word/hosts.test.ts sets `WORD_HOST`
 * itself to test the selection).
 *
 * Jest setup file of the node project (jest.config.js): the double calls
 * `globalThis.__wordHostFromEnv` whenever it is created without `profile`, `host` or `sets`
 * (test/word-double/index.ts); test/e2e/harness.ts `openPane` calls {@link assertHostsTag} itself.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const { hasHostsTag } = require("../scripts/test-hosts") as {
  hasHostsTag: (text: string) => boolean;
};

const ROOT = path.resolve(__dirname, "..");
const tagged = new Map<string, boolean>();

/**
 * Throws when the running test file takes its Word host from `WORD_HOST` (`what` says how) but its
 * header lacks `@hosts all`, in a run without `WORD_HOST`. Outside a Jest test it does nothing.
 * @throws Error naming the file and the two ways to fix it
 */
export function assertHostsTag(what: string): void {
  if (process.env.WORD_HOST) return;
  const state = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect;
  const testPath = state?.getState().testPath;
  if (!testPath) return;
  let ok = tagged.get(testPath);
  if (ok === undefined) {
    ok = hasHostsTag(fs.readFileSync(testPath, "utf8"));
    tagged.set(testPath, ok);
  }
  if (ok) return;
  throw new Error(
    `${path.relative(ROOT, testPath)}: ${what} takes its Word host from WORD_HOST, but the file's ` +
      `header has no "@hosts all" line, so npm run test:hosts does not run it under the host ` +
      `profiles (scripts/test-hosts.js). Add the line if the test depends on the host; otherwise ` +
      `state the host (profile, host or sets; in e2e ?host=Windows for the plain double).`
  );
}

(globalThis as { __wordHostFromEnv?: () => void }).__wordHostFromEnv = () =>
  assertHostsTag("a Word double created without profile, host or sets");
