/**
 * @fileoverview 一键排版 through the Word double on real documents whose heading styles are
 * linked to lists (the shared corpus, skipped when absent: /work/shared/corpus/files or
 * CORPUS_DIR): the numbered paragraphs, in order, have the same list id, level and number
 * (`ListItem.listString`) after as before. Host win-m365.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/core/classify";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { createWordGateway } from "../../src/word/gateway";
import { listPlaces, setup } from "./helpers";

const CORPUS = process.env.CORPUS_DIR ?? "/work/shared/corpus/files";
/** Corpus files whose styles.xml gives heading styles a w:numPr. */
const FILES = ["thesis-sjtu-tpl.docx", "gw-template.dotx"].filter((f) =>
  existsSync(join(CORPUS, f))
);

/** Each paragraph's list id/level/number ("" outside a list), from {@link listPlaces}. */
async function numbers(d: ReturnType<typeof setup>): Promise<string[]> {
  return (await listPlaces(d)).map((x) => (x ? `${x.id}/${x.level}/${x.listString}` : ""));
}

(FILES.length > 0 ? describe : describe.skip)("style-linked numbering on corpus files", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());
  it.each(FILES.length > 0 ? FILES : ["none"])(
    "%s keeps every number through 一键排版",
    async (f) => {
      d = setup({ profile: "win-m365", docx: new Uint8Array(readFileSync(join(CORPUS, f))) });
      const before = await numbers(d);
      const gw = createWordGateway();
      const doc = await gw.readDocument();
      const edits = planFormatting(classify(doc, PROFILE_2023), PROFILE_2023);
      const result = await gw.applyEdits(edits);
      const after = await numbers(d);
      // The numbered paragraphs in order: list, level and number as before (compared as a
      // sequence: the paragraph count is not what this test is about).
      expect(after.filter((x) => x !== "")).toEqual(before.filter((x) => x !== ""));
      expect(before.filter((x) => x !== "").length).toBeGreaterThan(0);
      // Where the paragraph count is kept, every number is also verified in place. (On
      // thesis-sjtu-tpl the double's 一键排版 adds empty paragraphs elsewhere — a defect of its own,
      // reported — so the index-based check rightly says the numbers may have moved.)
      if (after.length === before.length)
        expect(result.notDone).not.toContain("numberingMayRestart");
    }
  );
});
