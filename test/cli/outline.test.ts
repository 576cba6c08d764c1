/**
 * `case-report outline` (issue 8): every paragraph in document order with its role, level and
 * part; JSON in the exact shape, numbered like `check --json`.
 */
import { writeDocx } from "../../src/ooxml/zip";
import { labelledDrafts } from "../fixtures/labelled/drafts";
import { draftPackage } from "../fixtures/labelled/build";
import { cleanupTempDirs, compliantDocx, put, run, tempDir } from "./helpers";

afterAll(cleanupTempDirs);

interface OutlineJson {
  version: number;
  files: {
    file: string;
    documentKind: string;
    paragraphs: {
      index: number;
      role: string;
      level: number | null;
      section: string;
      text: string;
    }[];
  }[];
}

describe("case-report outline", () => {
  it("--json: the issue's shape, every paragraph, numbered like check --json", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", compliantDocx());
    const o = await run(["outline", "报告.docx", "--json"], dir);
    expect(o.code).toBe(0);
    const j = JSON.parse(o.stdout) as OutlineJson;
    expect(j.version).toBe(1);
    expect(Object.keys(j)).toEqual(["version", "files"]);
    const f = j.files[0]!;
    expect(Object.keys(f)).toEqual(["file", "documentKind", "paragraphs"]);
    expect(f.file).toBe("报告.docx");
    expect(f.documentKind).toBe("report");
    expect(f.paragraphs[0]).toMatchObject({
      index: 1,
      role: "title",
      level: null,
      section: "front",
    });
    expect(Object.keys(f.paragraphs[0]!)).toEqual(["index", "role", "level", "section", "text"]);
    expect(f.paragraphs.map((p) => p.index)).toEqual(f.paragraphs.map((_, i) => i + 1));
    const h1 = f.paragraphs.find((p) => p.role === "heading1");
    expect(h1).toMatchObject({ level: 1, section: "background" });
    // the same numbering as check --json's findings
    const c = await run(["check", "报告.docx", "--json"], dir);
    const cj = JSON.parse(c.stdout) as { files: { findings: { paragraph: number | null }[] }[] };
    for (const fd of cj.files[0]!.findings) {
      if (fd.paragraph !== null) expect(f.paragraphs[fd.paragraph - 1]).toBeDefined();
    }
  });

  it("text: one line per paragraph with the role in words; a TOC read as 目录", async () => {
    const dir = tempDir();
    const toc = labelledDrafts().find((d) => d.name === "toc")!;
    put(dir, "目录.docx", writeDocx(draftPackage(toc)));
    const o = await run(["outline", "目录.docx"], dir);
    expect(o.code).toBe(0);
    const lines = o.stdout.split("\n");
    expect(lines[0]).toBe("目录.docx");
    expect(lines[1]).toContain("案例报告");
    expect(lines.filter((l) => /^\s+\d+\s+目录\s/.test(l))).toHaveLength(7);
    expect(lines.some((l) => /^\s+1\s+题目\s/.test(l))).toBe(true);
  });

  it("an unreadable file: exit 2 with the reason, in JSON too", async () => {
    const dir = tempDir();
    put(dir, "坏.docx", "not a zip");
    const o = await run(["outline", "坏.docx", "--json"], dir);
    expect(o.code).toBe(2);
    const j = JSON.parse(o.stdout) as { files: { error?: { message: string } }[] };
    expect(j.files[0]!.error?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
