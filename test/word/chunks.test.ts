/**
 * @fileoverview A whole read in parts (issue 7; src/word/liveRead.ts planChunks and
 * src/ooxml/chunks.ts): the plan never splits a table, reads each photo alone and bounds each
 * sync's estimated OOXML; parts read through the Word double's ranges and joined give the model
 * of the whole document — automatic numbering labels carried across parts; and on the web
 * profile (payloads above 4 MB fail) a report with two camera photos is read where one
 * `body.getOoxml()` would have failed. The styles and theme parts every part repeats are parsed
 * once per read.
 */
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx, EMU_PER_CM } from "../fixtures/draft-docx";
import { parseFlatOpcChunks } from "../../src/ooxml/chunks";
import { parseDocx, parseFlatOpc } from "../../src/ooxml/parse";
import * as parseXml from "../../src/ooxml/parse-xml";
import { createWordGateway } from "../../src/word/gateway";
import { CHUNK_BYTES, planChunks } from "../../src/word/liveRead";
import { createWordDouble, installGlobals } from "../word-double";
import { noiseJpeg } from "../fixtures/jpeg";
import { unstyledDraft } from "../fixtures/drafts";

const para = (bytes: number, tableNestingLevel = 0, pictures = 0) => ({
  bytes,
  tableNestingLevel,
  pictures,
});

describe("planChunks", () => {
  it("one range over the whole document when it fits in one sync", () => {
    expect(planChunks([para(100), para(100)])).toEqual([[[0, 1]]]);
  });

  it("each photo paragraph alone; text parts grouped up to the bound; ranges cover every paragraph once", () => {
    const ps = [para(300_000), para(300_000), para(3_900_000, 0, 1), para(300_000), para(10)];
    const plan = planChunks(ps);
    // Syncs in any order (text parts are grouped, photos go alone): compare sorted.
    expect([...plan].sort((x, y) => x[0]![0] - y[0]![0])).toEqual([
      [[0, 0]],
      [[1, 1]],
      [[2, 2]],
      [[3, 4]],
    ]);
    const covered = plan
      .flat()
      .flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    expect(covered.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4]);
    for (const sync of plan) {
      const bytes = sync.reduce(
        (n, [a, b]) => n + ps.slice(a, b + 1).reduce((m, p) => m + p.bytes, 0),
        0
      );
      if (!sync.some(([a, b]) => a === b && ps[a]!.pictures > 0))
        expect(bytes).toBeLessThanOrEqual(CHUNK_BYTES);
    }
  });

  it("never splits a table, even a long one (it is sent alone)", () => {
    const ps = [para(10), para(400_000, 1), para(400_000, 1), para(400_000, 2, 1), para(10)];
    const plan = planChunks(ps);
    for (const sync of plan)
      for (const [a, b] of sync) {
        expect(
          a === 0 || (ps[a - 1]!.tableNestingLevel === 0 && ps[a]!.tableNestingLevel === 0)
        ).toBe(true);
        expect(
          b === ps.length - 1 ||
            (ps[b]!.tableNestingLevel === 0 && ps[b + 1]!.tableNestingLevel === 0)
        ).toBe(true);
      }
  });
});

describe("reading in parts", () => {
  it("parts joined equal the whole document, automatic numbering carried across parts", async () => {
    const docx = buildDocx(unstyledDraft(PROFILE_2023).spec);
    const d = createWordDouble({ docx, host: "Windows" });
    const whole = parseFlatOpc(d.documentOoxml());
    const numbered = whole.paragraphs.filter((p) => p.numbering !== null);
    expect(numbered.length).toBeGreaterThan(3);
    const k = numbered[2]!.index; // cut just before the third numbered heading
    expect(whole.paragraphs[k - 1]!.tableDepth + whole.paragraphs[k]!.tableDepth).toBe(0);
    const parts = await d.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load("items/text");
      await ctx.sync();
      const n = ps.items.length;
      const a = ps.items[0]!.getRange("Whole")
        .expandTo(ps.items[k - 1]!.getRange("Whole"))
        .getOoxml();
      const b = ps.items[k]!.getRange("Whole")
        .expandTo(ps.items[n - 1]!.getRange("Whole"))
        .getOoxml();
      await ctx.sync();
      return [a.value, b.value];
    });
    // Each part repeats the styles part (Word's the theme too): parsed once for both.
    const parsed = jest.spyOn(parseXml, "parseLite");
    const joined = parseFlatOpcChunks(parts);
    const stylesParsed = parsed.mock.calls.filter(([, name]) => /styles\.xml$/.test(String(name)));
    parsed.mockRestore();
    expect(stylesParsed).toHaveLength(1);
    expect(joined.paragraphs.map((p) => [p.index, p.text, p.numbering?.label ?? null])).toEqual(
      whole.paragraphs.map((p) => [p.index, p.text, p.numbering?.label ?? null])
    );
    // and every run resolves as when each part is parsed alone (the double's parts carry no
    // theme, so the theme fonts of the whole package are not the comparison)
    const alone = parts.flatMap((x) => parseFlatOpc(x).paragraphs);
    expect(joined.paragraphs.map((p) => [p.styleId, p.runs.map((r) => r.format)])).toEqual(
      alone.map((p) => [p.styleId, p.runs.map((r) => r.format)])
    );
    expect(joined.pictures).toEqual(whole.pictures);
    expect(joined.sections).toEqual(whole.sections);
    expect(joined.tableCount).toBe(whole.tableCount);
  });

  it("web profile (payloads above 4 MB fail): two camera photos are read, one payload each", async () => {
    const photo = (seed: number) => ({
      png: noiseJpeg({ width: 1800, height: 1200, dpi: 300, seed }),
      cx: 14 * EMU_PER_CM,
      cy: Math.round((14 * EMU_PER_CM * 2) / 3),
    });
    const docx = buildDocx({
      blocks: [
        { text: "甲" },
        { pictures: [photo(1)] },
        { text: "乙" },
        { pictures: [photo(2)] },
        { text: "丙" },
      ],
    });
    const d = createWordDouble({ docx, profile: "web" });
    const restore = installGlobals(d);
    try {
      const doc = await createWordGateway().readDocument();
      expect(doc.paragraphs.map((p) => p.text)).toEqual(["甲", "", "乙", "", "丙"]);
      expect(doc.pictures.map((x) => [x.paragraphIndex, x.pixelWidth, x.pixelHeight])).toEqual([
        [1, 1800, 1200],
        [3, 1800, 1200],
      ]);
      expect(d.stats.syncCount).toBe(4); // paragraph batch, text parts, photo, photo
      expect(parseDocx(docx).pictures).toHaveLength(2);
    } finally {
      restore();
    }
  });
});
