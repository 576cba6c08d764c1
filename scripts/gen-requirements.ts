/**
 * @fileoverview Writes docs/requirements.md: the traced coverage table of requirements R1–R34
 * (`requirementCoverage` and `renderRequirementsMarkdown` of scripts/requirements-coverage.ts) with the
 * hand items' zh-CN labels. Run with `npx tsx scripts/gen-requirements.ts`; exits 1 (printing
 * the problems) when `coverageProblems` finds a requirement without a home, and writes nothing.
 * The text is formatted with the repository's Prettier settings, so `prettier --check` passes.
 * test/core/coverage.test.ts fails when the file differs from what this script would write.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  coverageProblems,
  renderRequirementsMarkdown,
  requirementCoverage,
} from "./requirements-coverage";
import { t } from "../src/core/messages";

/** Path of the generated document, from the repository root. */
export const REQUIREMENTS_DOC = path.join(__dirname, "..", "docs", "requirements.md");

/**
 * The document's text as this script writes it: the rendered table formatted by the Prettier CLI
 * (run as a child process, so that Jest, which cannot load Prettier 3's ES modules, gets the same
 * text). Throws when Prettier fails.
 */
export function requirementsMarkdown(): string {
  const raw = renderRequirementsMarkdown(requirementCoverage(), (id) => t(`checklist.hand.${id}`));
  const cli = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [cli, "--stdin-filepath", REQUIREMENTS_DOC], {
    input: raw,
    encoding: "utf8",
  });
}

function main(): void {
  const problems = coverageProblems(requirementCoverage());
  if (problems.length > 0) {
    process.stderr.write(`coverage problems:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(REQUIREMENTS_DOC), { recursive: true });
  fs.writeFileSync(REQUIREMENTS_DOC, requirementsMarkdown());
  process.stdout.write(`wrote ${path.relative(process.cwd(), REQUIREMENTS_DOC)}\n`);
}

if (require.main === module) main();
