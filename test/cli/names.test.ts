/**
 * @fileoverview What `ignore --rule/--hand` and `role --role` accept (src/cli/names.ts): the id or
 * the name the CLI shows for it, in either language, and the list a refusal prints; end to end,
 * `ignore --rule 第三人称` records first-person and `role --role 一级标题` records heading1.
 */
import { readDocx } from "../../src/ooxml/zip";
import { readDocumentState } from "../../src/ooxml/decisions-part";
import { idList, resolveId } from "../../src/cli/names";
import * as fs from "fs";
import * as path from "path";
import { cleanupTempDirs, firstPersonDocx, put, run, tempDir } from "./helpers";

afterAll(() => cleanupTempDirs());

const KNOWN = [
  { id: "first-person", names: ["第三人称", "Third person"] },
  { id: "title-length", names: ["题目字数", "Title length"] },
];

describe("resolveId", () => {
  it("takes an id or a name, trimmed, case- and width-insensitive; else null", () => {
    expect(resolveId("first-person", KNOWN)).toBe("first-person");
    expect(resolveId(" 第三人称 ", KNOWN)).toBe("first-person");
    expect(resolveId("third PERSON", KNOWN)).toBe("first-person");
    expect(resolveId("ｔｉｔｌｅ－ｌｅｎｇｔｈ", KNOWN)).toBe("title-length");
    expect(resolveId("third-person", KNOWN)).toBeNull();
    expect(resolveId("", KNOWN)).toBeNull();
  });

  it("lists each id with its first name", () => {
    expect(idList(KNOWN, "、")).toBe("first-person（第三人称）、title-length（题目字数）");
  });
});

describe("names on the command line", () => {
  it("ignore --rule 第三人称 records first-person; an unknown name lists ids with names", async () => {
    const dir = tempDir();
    put(dir, "r.docx", firstPersonDocx());
    const r = await run(["ignore", "r.docx", "--rule", "第三人称"], dir);
    expect(r.code).toBe(0);
    const state = readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r.docx"))));
    expect(state.ignoredRules).toEqual(["first-person"]);
    const bad = await run(["ignore", "r.docx", "--rule", "third-person"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("未知的检查项“third-person”");
    expect(bad.stderr).toContain("first-person（第三人称）");
  });

  it("role --role 一级标题 is heading1", async () => {
    const dir = tempDir();
    put(dir, "r.docx", firstPersonDocx());
    const r = await run(["role", "r.docx", "--paragraph", "3", "--role", "一级标题"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const state = readDocumentState(readDocx(fs.readFileSync(path.join(dir, "r.docx"))));
    expect(state.roleCorrections?.map((c) => c.role)).toEqual(["heading1"]);
  });
});
