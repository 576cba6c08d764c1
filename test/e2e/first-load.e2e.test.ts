/**
 * @fileoverview What the pane's first load holds (issue 9: pane JS ≤ 250 KB gzipped, the write
 * path loaded when first used). The scripts dist/taskpane.html loads are read through their
 * source maps: none of them may carry a module that only a write, an export, a saved state part
 * the 结构 view's lines or the English pane need — those are chunks of their own, fetched on first use (the CSP test
 * and the pane test load them in the browser). A module that comes back into the first load
 * fails here with its name, before `npm run bench` would show the bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DIST } from "./harness";

/** Sources (as in the source maps, `webpack://…/./<path>`) the first load must not carry. */
const LATER = [
  // the write path: 一键排版, text fixes, 插入模板, selecting a finding
  "src/word/applyEdits.ts",
  "src/word/insertTemplate.ts",
  "src/word/select.ts",
  "src/ooxml/format.ts",
  "src/ooxml/paragraphPackage.ts",
  "src/ooxml/template.ts",
  "src/ooxml/form.ts",
  // the export path
  "src/word/exportPictures.ts",
  "src/ooxml/submission.ts",
  "src/ooxml/picture-files.ts",
  // the state part's XML side, and the DOM parser only the writers use
  "src/ooxml/decisions-part.ts",
  "src/ooxml/xml.ts",
  "node_modules/@xmldom/xmldom/",
  // the 结构 view's lines with Fluent UI's menu and positioning (opened by the writer)
  "src/taskpane/components/OutlineLine.tsx",
  "node_modules/@fluentui/react-menu/",
  "node_modules/@fluentui/react-positioning/",
  // the English catalogs and the CLI's
  "src/core/messages/en-US/",
  "src/core/messages/zh-CN/cli.ts",
];

function firstLoadScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((src) => !/^https?:/.test(src) && !src.startsWith("legacy-browser"));
}

describe("the pane's first load", () => {
  const scripts = firstLoadScripts();

  it("is the vendor and taskpane scripts", () => {
    expect(scripts.map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, ".js")).sort()).toEqual([
      "taskpane.js",
      "vendor.js",
    ]);
  });

  it("carries no module of the write, export, saved-state or English paths", () => {
    const sources = scripts.flatMap(
      (s) =>
        (JSON.parse(fs.readFileSync(path.join(DIST, `${s}.map`), "utf8")) as { sources: string[] })
          .sources
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.some((s) => s.includes("src/core/analyze.ts"))).toBe(true);
    const found = LATER.filter((later) => sources.some((s) => s.includes(later)));
    expect(found).toEqual([]);
  });

  it("leaves those paths in chunks of their own", () => {
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    for (const name of ["write", "export", "decisions", "structure", "messages-en-US"]) {
      expect(chunks.some((f) => f.startsWith(`${name}.`))).toBe(true);
    }
  });
});
