/**
 * The notice's clause table (issue 9, 详情): every requirement a rule enforces has the notice's
 * sentence, quoted from the notice itself (checked against shared/seed/notice-2023.md when it is
 * present), and no R-number ever reaches the text a writer reads.
 */
import * as fs from "fs";
import * as path from "path";
import { NOTICE_CLAUSES_2023, noticeClauses } from "../../src/core/clauses";
import { allRules } from "../../src/core/rules";

const NOTICE = path.resolve(__dirname, "..", "..", "..", "shared", "seed", "notice-2023.md");

describe("notice clauses", () => {
  it("cover every requirement a rule enforces", () => {
    const ids = new Set(allRules.flatMap((r) => r.meta.requirementIds));
    ids.delete("R32"); // the 申报书 matching the report: our reading, no sentence of the notice
    for (const id of ids) expect([id, NOTICE_CLAUSES_2023[id]]).toEqual([id, expect.anything()]);
  });

  it("never show a requirement id", () => {
    for (const c of Object.values(NOTICE_CLAUSES_2023)) {
      expect(`${c.where} ${c.text}`).not.toMatch(/R\d/);
    }
  });

  it.each([
    [["R2"], ["附件二 三（一）"]],
    [["R14", "R15", "R16"], ["附件二 四（四）"]],
    [["R34"], []],
    [
      ["R3", "R2"],
      ["附件二 三（一）", "附件二 三（一）"],
    ],
  ])("noticeClauses(%j) → %j", (ids, where) => {
    expect(noticeClauses(ids).map((c) => c.where)).toEqual(where);
  });

  (fs.existsSync(NOTICE) ? it : it.skip)(
    "quote the notice (each piece between …… is in it)",
    () => {
      // The seed mixes half- and full-width brackets, spaces and line breaks; compare without them.
      const norm = (s: string): string =>
        s
          .replace(/[\s*]/g, "")
          .replace(/\(/g, "（")
          .replace(/\)/g, "）")
          .replace(/[,]/g, "，")
          .replace(/;/g, "；")
          .replace(/~/g, "～");
      const notice = norm(fs.readFileSync(NOTICE, "utf8"));
      for (const [id, c] of Object.entries(NOTICE_CLAUSES_2023)) {
        if (id === "R31" || id === "R26") continue; // a form row of boxes / the five headings
        for (const piece of c.text.split("……")) {
          for (const sentence of piece.split(/[。：]/).filter((x) => x.length > 3)) {
            expect([id, notice.includes(norm(sentence))]).toEqual([id, true]);
          }
        }
      }
    }
  );
});
