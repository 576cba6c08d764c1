/**
 * @fileoverview Writes the edition table of docs/deploy.md (between `<!-- editions:start -->` and
 * `<!-- editions:end -->`) from src/core/hosts.ts — the same data the pane's 关于 area reads — with
 * the zh-CN names of src/core/messages. Run with `npm run deploy-table`. The whole file is then
 * formatted with the repository's Prettier settings, so `prettier --check` passes;
 * test/scripts/deploy-table.test.ts fails when the file differs from what this script writes.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { HOST_FEATURES, WORD_EDITIONS } from "../src/core/hosts";
import { t } from "../src/core/messages";

/** Path of the install guide, from the repository root. */
export const DEPLOY_DOC = path.join(__dirname, "..", "docs", "deploy.md");

const START = "<!-- editions:start -->";
const END = "<!-- editions:end -->";

/** The table (features × editions) and the notes per edition, as Markdown (zh-CN). */
export function renderEditionTable(): string {
  const head = [
    "功能",
    "需要的接口集",
    ...WORD_EDITIONS.map((e) => t(`hosts.edition.${e.id}.short`)),
    "没有时",
  ];
  const rows = HOST_FEATURES.map((f) => [
    t(`hosts.feature.${f.id}`),
    f.requirement,
    ...WORD_EDITIONS.map((e) =>
      f.available({ sets: e.sets, idsUsable: e.idsUsable }) ? "✓" : "—"
    ),
    t(`hosts.feature.${f.id}.without`),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const notes = WORD_EDITIONS.map(
    (e) =>
      `- **${t(`hosts.edition.${e.id}.short`)}**：${t(`hosts.edition.${e.id}`)}。${t(`hosts.edition.${e.id}.note`)}。`
  );
  return [line(head), line(head.map(() => "---")), ...rows.map(line), "", ...notes].join("\n");
}

/**
 * The guide's text with the table region replaced, formatted by the Prettier CLI (a child
 * process, so Jest, which cannot load Prettier 3's ES modules, gets the same text).
 * @throws Error when the markers are missing or Prettier fails
 */
export function deployMarkdown(current: string): string {
  const a = current.indexOf(START);
  const b = current.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DEPLOY_DOC}: markers ${START} … ${END} not found`);
  const raw = `${current.slice(0, a + START.length)}\n\n${renderEditionTable()}\n\n${current.slice(b)}`;
  const cli = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [cli, "--stdin-filepath", DEPLOY_DOC], {
    input: raw,
    encoding: "utf8",
  });
}

function main(): void {
  fs.writeFileSync(DEPLOY_DOC, deployMarkdown(fs.readFileSync(DEPLOY_DOC, "utf8")));
  process.stdout.write(`wrote ${path.relative(process.cwd(), DEPLOY_DOC)}\n`);
}

if (require.main === module) main();
