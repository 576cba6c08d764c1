/**
 * @fileoverview Issue 3, "nothing lost": `case-report format` (run in-process through `main`)
 * must keep every character, picture, table, note, comment, bookmark, field, content control
 * and tracked change of a document — judged by a generic DOM inventory of the package
 * (`test/interop/inventory.ts`), not by our own reader. Inputs: the committed fixtures
 * (test/fixtures/*.docx), every .docx/.dotx of the shared corpus (/work/shared/corpus/files,
 * skipped when absent), the interop drafts built with draft-docx.ts, and generated documents with
 * hand-written XML for what draft-docx.ts cannot write (`test/interop/rich-docs.ts`).
 *
 * Per document: the output has the same parts (a styles part may be added), every part other
 * than the main document, the styles part and the main relationships is byte-identical, the
 * main relationships only gain the styles relationship, the inventories are equal part by part,
 * our reader sees the same paragraph texts and the same automatic numbering labels, and
 * generated documents were really restyled (so the comparison is not vacuous). LibreOffice's
 * side of the same check is `test/interop/libreoffice-nothing-lost.test.ts`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx } from "../fixtures/draft-docx";
import { readDocx } from "../../src/ooxml/zip";
import { parseDocx } from "../../src/ooxml/parse";
import { noStylesDraft, pastedDraft } from "../interop/drafts";
import { type Inventory, inventoryOf, inventoryOfPackage, total } from "../interop/inventory";
import { richDocx, styleNumberedDocx } from "../interop/rich-docs";

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const CORPUS = process.env.CORPUS_DIR ?? "/work/shared/corpus/files";
const MAIN = "/word/document.xml";
const MAIN_RELS = "/word/_rels/document.xml.rels";

interface Input {
  name: string;
  bytes: Uint8Array;
  /** Generated here: formatting must have changed the main document. */
  generated: boolean;
}

function filesIn(dir: string, re: RegExp): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => re.test(f))
        .sort()
    : [];
}

function inputs(): Input[] {
  const out: Input[] = [];
  for (const f of filesIn(FIXTURES, /\.docx$/i)) {
    out.push({
      name: f,
      bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))),
      generated: false,
    });
  }
  for (const f of filesIn(CORPUS, /\.(docx|dotx)$/i)) {
    out.push({
      name: f,
      bytes: new Uint8Array(fs.readFileSync(path.join(CORPUS, f))),
      generated: false,
    });
  }
  out.push({ name: "gen-rich-plain.docx", bytes: richDocx(), generated: true });
  out.push({
    name: "gen-rich-no-styles.docx",
    bytes: richDocx({ styles: "none" }),
    generated: true,
  });
  out.push({ name: "gen-style-numbered.docx", bytes: styleNumberedDocx(), generated: true });
  out.push({ name: "gen-pasted.docx", bytes: buildDocx(pastedDraft()), generated: true });
  out.push({
    name: "gen-no-styles.docx",
    bytes: buildDocx(noStylesDraft(PROFILE_2023)),
    generated: true,
  });
  return out;
}

/** Formats `bytes` with `case-report format in -o out` in a fresh folder; returns the output. */
async function formatWithCli(name: string, bytes: Uint8Array, dir: string): Promise<Uint8Array> {
  const input = path.join(dir, name);
  const ext = path.extname(name);
  const output = path.join(dir, `${path.basename(name, ext)}.out${ext}`);
  fs.writeFileSync(input, bytes);
  let log = "";
  const sink = { write: (s: string) => (log += s) };
  // --force: many of these are not case reports; what is tested is that nothing is lost
  const code = await main(["format", input, "-o", output, "--force"], {
    stdout: sink,
    stderr: sink,
    cwd: dir,
  });
  if (code !== 0) throw new Error(`format ${name} exited ${code}: ${log}`);
  return new Uint8Array(fs.readFileSync(output));
}

/** Parts whose bytes formatting may change: the main document, its relationships, the styles part. */
function mayChange(name: string, stylesPart: string | null): boolean {
  return name === MAIN || name === MAIN_RELS || name === stylesPart;
}

function stylesPartOf(inv: Inventory): string | null {
  const rels = inv.rels[MAIN_RELS] ?? [];
  const line = rels.find((r) => r.split(" ")[1] === "styles");
  return line ? line.split(" ")[2]! : null;
}

let tmp = "";
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nothing-lost-"));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const ALL = inputs();

describe("case-report format loses nothing", () => {
  it("has inputs from every source that is present", () => {
    expect(ALL.filter((i) => i.generated)).toHaveLength(5);
    if (fs.existsSync(FIXTURES)) {
      expect(ALL.filter((i) => !i.generated).length).toBeGreaterThanOrEqual(
        filesIn(FIXTURES, /\.docx$/i).length
      );
    }
  });

  it.each(ALL.map((i) => [i.name, i] as const))("%s", async (_name, input) => {
    const out = await formatWithCli(input.name, input.bytes, tmp);
    const before = inventoryOf(input.bytes);
    const after = inventoryOf(out);

    // parts: none lost; only a styles part may be added
    const added = Object.keys(after.digests).filter((n) => !(n in before.digests));
    expect(Object.keys(before.digests).filter((n) => !(n in after.digests))).toEqual([]);
    const stylesAfter = stylesPartOf(after);
    expect(added.every((n) => n === stylesAfter)).toBe(true);
    // every part formatting has no business changing is byte-identical
    for (const name of Object.keys(before.digests)) {
      if (mayChange(name, stylesAfter)) continue;
      expect([name, after.digests[name]]).toEqual([name, before.digests[name]]);
    }
    // relationships: the main part keeps all of its own and may only gain the styles one
    for (const name of Object.keys(before.rels)) {
      const gained = after.rels[name]!.filter((r) => !before.rels[name]!.includes(r));
      expect(before.rels[name]!.filter((r) => !after.rels[name]!.includes(r))).toEqual([]);
      expect(gained.every((r) => r.split(" ")[1] === "styles")).toBe(true);
    }
    // every story part: characters, pictures, tables, notes, comments, bookmarks, fields, sdt, changes
    expect(Object.keys(after.parts).sort()).toEqual(Object.keys(before.parts).sort());
    for (const name of Object.keys(before.parts)) {
      expect({ name, ...after.parts[name] }).toEqual({ name, ...before.parts[name] });
    }
    // our reader: same paragraphs, same automatic numbering labels
    const a = parseDocx(input.bytes);
    const b = parseDocx(out);
    expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    expect(b.paragraphs.map((p) => p.numbering?.label ?? null)).toEqual(
      a.paragraphs.map((p) => p.numbering?.label ?? null)
    );
    expect(b.textBoxText).toEqual(a.textBoxText);
    expect(b.noteText).toEqual(a.noteText);
    expect(b.pictures.map((p) => [p.part, p.cx, p.cy, p.inline])).toEqual(
      a.pictures.map((p) => [p.part, p.cx, p.cy, p.inline])
    );
    if (input.generated) expect(after.digests[MAIN]).not.toBe(before.digests[MAIN]);
  });
});

describe("the generated rich document holds what it claims (the comparison is not vacuous)", () => {
  const inv = inventoryOf(richDocx());
  const doc = inv.parts[MAIN]!;

  it("has every kind of content in the main document", () => {
    expect(doc.tables).toEqual([0, 1]); // a table with a nested table
    // inline photo, anchored photo and the picture in a table cell (photo2 shared by two drawings)
    expect(doc.pictures.filter((p) => p.startsWith("embed"))).toHaveLength(3);
    expect(doc.pictures.filter((p) => p.startsWith("vml"))).toHaveLength(1);
    expect(doc.drawings).toMatchObject({
      inline: 2,
      anchor: 2,
      "wps:txbx": 1,
      AlternateContent: 1,
    });
    expect(doc.drawings.txbxContent).toBe(2); // DrawingML and VML copies
    expect(doc.noteMarks).toEqual(
      expect.arrayContaining([
        "footnoteReference 1",
        "footnoteReference 2",
        "endnoteReference 1",
        "commentRangeStart 0",
        "commentRangeEnd 1",
        "commentReference 1",
      ])
    );
    expect(doc.bookmarks).toContain("12 span_split");
    expect(doc.fields).toEqual(
      expect.arrayContaining([
        "simple PAGE \\* MERGEFORMAT",
        "char begin",
        "char separate",
        "char end",
      ])
    );
    expect(doc.instrText).toContain("TOC \\o");
    expect(doc.instrText).toContain("PAGEREF _Toc_bg");
    expect(doc.instrText).toContain("HYPERLINK");
    expect(doc.sdts).toEqual(["||true", "risk-level|风险等级|true", "effect|成效|true"]);
    expect(doc.delText).toBe("其中");
    expect(doc.tracked.map((t) => t.split(" ")[0]).sort()).toEqual([
      "del",
      "ins",
      "ins",
      "ins",
      "moveFrom",
      "moveTo",
      "pPrChange",
      "rPrChange",
    ]);
    expect(doc.hyperlinks).toEqual(["|_Toc_bg", "|_Toc_practice", "hl1|"]);
  });

  it("has notes, comments, a header picture and a footer field in their parts", () => {
    expect(inv.parts["/word/footnotes.xml"]!.notes).toEqual([
      "footnote -1 separator",
      "footnote 0 continuationSeparator",
      "footnote 1 ",
      "footnote 2 ",
    ]);
    expect(inv.parts["/word/endnotes.xml"]!.t).toContain("网址访问于");
    expect(inv.parts["/word/comments.xml"]!.notes).toEqual(["comment 0 ", "comment 1 "]);
    expect(inv.parts["/word/header1.xml"]!.pictures[0]).toMatch(
      /^embed hdrImg \/word\/media\/logo\.png [0-9a-f]{16}$/
    );
    expect(inv.parts["/word/footer1.xml"]!.fields).toEqual(["simple PAGE"]);
    expect(total(inv, (p) => p.paragraphs.length)).toBeGreaterThan(30);
  });

  it("is restyled by format: headings split from body text, notes and fields where they were", async () => {
    const out = await formatWithCli("rich-check.docx", richDocx(), tmp);
    const xml = readDocx(out).parts.get(MAIN)?.data as string;
    // the heading paragraph "（一）建立隐患台账。" got a heading style and its body part 正文 run formatting
    const p = /<w:p>(?:(?!<\/w:p>).)*span_split(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? "";
    expect(p).toMatch(/<w:pStyle w:val="[^"]+"\/>/);
    expect(p).toMatch(/<w:r><w:t>（一）建立隐患<\/w:t><\/w:r>/); // heading runs: style only
    expect(p).toMatch(/w:eastAsia="宋体"[^>]*\/>(?:(?!<\/w:r>).)*<w:t>隐患整改闭环率/s); // body part: 正文 runs
    expect(p).toContain(`<w:footnoteReference w:id="2"/>`);
    expect(p).toContain(`<w:commentRangeEnd w:id="1"/>`);
    expect(p).toMatch(/<w:moveFrom [^>]*>.*原有位置.*<\/w:moveFrom>/s);
  });
});

describe("regression: numbering inherited through the old style keeps its level", () => {
  it("a heading numbered by its style (level from basedOn or from the abstractNum's pStyle) keeps its label", async () => {
    const bytes = styleNumberedDocx();
    const labels = (b: Uint8Array): Array<string | null> =>
      parseDocx(b).paragraphs.map((p) => p.numbering?.label ?? null);
    expect(labels(bytes)).toEqual([null, "1", null, "1.1", "1.1.1", null, "1.1.2", null, "2"]);
    const out = await formatWithCli("style-numbered.docx", bytes, tmp);
    expect(labels(out)).toEqual([null, "1", null, "1.1", "1.1.1", null, "1.1.2", null, "2"]);
    // the numbered paragraphs really lost their numbered styles (so the numbering is now direct)
    const styles = parseDocx(out).paragraphs.map((p) => p.styleId);
    expect(styles[3]).not.toBe("20");
    expect(styles[6]).not.toBe("3");
    const xml = readDocx(out).parts.get(MAIN)?.data as string;
    expect(xml).toContain(`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>`);
    expect(xml).toContain(`<w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr>`);
  });
});

describe("the inventory notices a loss (negative controls)", () => {
  const bytes = richDocx();
  const before = inventoryOf(bytes);
  const mutate = (edit: (xml: string) => string, part = MAIN): Inventory => {
    const pkg = readDocx(bytes);
    const p = pkg.parts.get(part);
    if (!p || typeof p.data !== "string") throw new Error(`no part ${part}`);
    const changed = edit(p.data);
    if (changed === p.data) throw new Error("mutation did not apply");
    p.data = changed;
    return inventoryOfPackage(pkg);
  };
  it.each([
    ["a character", (x: string) => x.replace("园区内共有", "园区内有")],
    ["a deleted text", (x: string) => x.replace("<w:delText>其中</w:delText>", "")],
    ["a field code", (x: string) => x.replace(/<w:instrText[^>]*> TOC [^<]*<\/w:instrText>/, "")],
    ["a footnote reference", (x: string) => x.replace(`<w:footnoteReference w:id="2"/>`, "")],
    ["a bookmark", (x: string) => x.replace(`<w:bookmarkEnd w:id="12"/>`, "")],
    [
      "a content control",
      (x: string) =>
        x.replace(
          /<w:sdt><w:sdtPr><w:alias w:val="风险等级"\/>.*?<w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/s,
          "$1"
        ),
    ],
    [
      "a tracked insertion",
      (x: string) => x.replace(/<w:ins w:id="103"[^>]*>(.*?)<\/w:ins>/s, "$1"),
    ],
    ["a nested table", (x: string) => x.replace(/<w:tbl>(?:(?!<w:tbl>).)*?<\/w:tbl>/s, "<w:p/>")],
    [
      "a picture",
      (x: string) =>
        x.replace(
          /<w:r><w:drawing><wp:anchor (?:(?!<\/w:r>).)*?r:embed="img2"(?:(?!<\/w:r>).)*<\/w:r>/s,
          ""
        ),
    ],
    [
      "a text-box paragraph",
      (x: string) =>
        x.replace(
          /<w:p><w:r><w:t xml:space="preserve">值班电话 24 小时 <\/w:t><\/w:r><\/w:p>|<w:p><w:r><w:t>值班电话 24 小时<\/w:t><\/w:r><\/w:p>/,
          ""
        ),
    ],
  ])("%s", (_what, edit) => {
    expect(mutate(edit)).not.toEqual(before);
  });
  it("a comment's text and a picture's bytes", () => {
    expect(
      mutate((x) => x.replace("请补充台账样表。", "请补充。"), "/word/comments.xml")
    ).not.toEqual(before);
    const pkg = readDocx(bytes);
    pkg.parts.set("/word/media/photo1.png", {
      name: "/word/media/photo1.png",
      contentType: "image/png",
      data: new Uint8Array([1, 2, 3]),
    });
    const inv = inventoryOfPackage(pkg);
    expect(inv.parts[MAIN]!.pictures).not.toEqual(before.parts[MAIN]!.pictures);
  });
});
