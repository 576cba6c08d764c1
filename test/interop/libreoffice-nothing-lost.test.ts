/**
 * @fileoverview Issue 3, "nothing lost", LibreOffice's side: every document the node suite
 * `test/cli/nothing-lost.test.ts` formats (fixtures, the shared corpus when present, generated
 * rich documents) is formatted with `case-report format` (in-process `main`), then inputs and
 * outputs go through ONE `soffice --convert-to fodt` run. LibreOffice must open every result
 * (exit 0, non-empty output — `convert` checks both), read the same paragraph texts from the
 * output as from the input (body, table cells and text boxes, in order), and find the same
 * notes, comments, bookmarks, tracked changes, fields, links, pictures and tables.
 *
 * Without soffice the suite is skipped with a warning; REQUIRE_INTEROP=1 makes that a failure.
 * Artefacts (inputs, outputs, .fodt) go to test-results/interop-nothing-lost/.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from "fs";
import { tmpdir } from "os";
import { basename, extname, join, resolve } from "path";
import { main as cliMain } from "../../src/cli/main";
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx } from "../fixtures/draft-docx";
import { noStylesDraft, pastedDraft } from "./drafts";
import {
  convert,
  findSoffice,
  interopRequired,
  readFodt,
  REQUIRE_ENV,
  type LoDocument,
} from "./lo";
import { richDocx, styleNumberedDocx } from "./rich-docs";

const ROOT = resolve(__dirname, "../..");
const ARTEFACTS = join(ROOT, "test-results", "interop-nothing-lost");
const FIXTURES = join(ROOT, "test", "fixtures");
const CORPUS = process.env.CORPUS_DIR ?? "/work/shared/corpus/files";

const soffice = findSoffice();
const required = interopRequired();

/** What LibreOffice read, beyond paragraph text: counted straight from the .fodt body. */
export interface LoExtras {
  notes: string[];
  annotations: string[];
  bookmarks: string[];
  changedRegions: number;
  pageNumbers: number;
  links: string[];
  /** Paragraph texts inside drawing shapes (a DrawingML text box becomes a draw:custom-shape, which readFodt passes over). */
  shapeTexts: string[];
}

/** Notes (class + body text), annotations (text), bookmark names, tracked changes, page-number fields and links of a .fodt body. */
export function loExtras(fodt: string): LoExtras {
  // LibreOffice indents its output: whitespace between elements is not text (text:s is)
  const body = fodt.slice(fodt.indexOf("<office:body>")).replace(/>\s+</g, "><");
  const strip = (s: string): string =>
    s
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n: string | undefined) =>
        " ".repeat(Number(n ?? 1))
      )
      .replace(/<text:tab\/>/g, "\t")
      .replace(/<[^>]+>/g, "");
  return {
    notes: [
      ...body.matchAll(
        /<text:note\b[^>]*text:note-class="(\w+)"[^>]*>[\s\S]*?<text:note-body>([\s\S]*?)<\/text:note-body>/g
      ),
    ].map((m) => `${m[1]} ${strip(m[2]!)}`),
    annotations: [
      ...body.matchAll(/<office:annotation(?:\s[^>]*)?>([\s\S]*?)<\/office:annotation>/g),
    ].map((m) =>
      strip(m[1]!.replace(/<(dc:creator|dc:date|meta:creator-initials)>[\s\S]*?<\/\1>/g, ""))
    ),
    bookmarks: [...body.matchAll(/<text:bookmark(?:-start)? text:name="([^"]*)"/g)]
      .map((m) => m[1]!)
      .sort(),
    changedRegions: (body.match(/<text:changed-region\b/g) ?? []).length,
    pageNumbers: (fodt.match(/<text:page-number\b/g) ?? []).length,
    shapeTexts: [
      ...body.matchAll(/<draw:custom-shape\b[^>]*>([\s\S]*?)<\/draw:custom-shape>/g),
    ].flatMap((m) =>
      [...m[1]!.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((q) => strip(q[1]!))
    ),
    links: [...body.matchAll(/<text:a\b[^>]*xlink:href="([^"]*)"/g)].map((m) => m[1]!),
  };
}

interface Case {
  name: string;
  generated: boolean;
  code: number;
  log: string;
  before: LoDocument | null;
  after: LoDocument | null;
  extrasBefore: LoExtras | null;
  extrasAfter: LoExtras | null;
}

function inputs(): Array<{ name: string; bytes: Uint8Array; generated: boolean }> {
  const out: Array<{ name: string; bytes: Uint8Array; generated: boolean }> = [];
  const list = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.(docx|dotx)$/i.test(f))
          .sort()
      : [];
  for (const dir of [FIXTURES, CORPUS]) {
    for (const f of list(dir))
      out.push({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))), generated: false });
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

if (!soffice && !required) {
  console.warn(
    `[interop] nothing-lost SKIPPED: LibreOffice (soffice) is not on PATH (set ${REQUIRE_ENV}=1 to fail instead).`
  );
}

const suite = soffice || required ? describe : describe.skip;

suite("LibreOffice opens every formatted document and reads the same text", () => {
  const cases: Case[] = [];
  let setupError: Error | null = null;
  let work = "";

  beforeAll(async () => {
    if (!soffice) {
      setupError = new Error(`${REQUIRE_ENV}=1 but LibreOffice (soffice) is not on PATH`);
      return;
    }
    work = mkdtempSync(join(tmpdir(), "nothing-lost-lo-"));
    rmSync(ARTEFACTS, { recursive: true, force: true });
    mkdirSync(ARTEFACTS, { recursive: true });
    try {
      const all = inputs();
      const ins: string[] = [];
      const outs: string[] = [];
      for (const d of all) {
        const ext = extname(d.name);
        const stem = basename(d.name, ext);
        const a = join(work, `${stem}.in${ext}`);
        const b = join(work, `${stem}.out${ext}`);
        writeFileSync(a, d.bytes);
        let log = "";
        const sink = { write: (s: string) => (log += s) };
        // --force: corpus documents are mostly not case reports; nothing may be lost anyway
        const code = await cliMain(["format", a, "-o", b, "--force"], {
          stdout: sink,
          stderr: sink,
          cwd: work,
        });
        ins.push(a);
        if (existsSync(b)) outs.push(b);
        cases.push({
          name: d.name,
          generated: d.generated,
          code,
          log,
          before: null,
          after: null,
          extrasBefore: null,
          extrasAfter: null,
        });
      }
      // ONE soffice run for all inputs and outputs
      const fodts = await convert([...ins, ...outs], "fodt", work);
      const byPath = new Map([...ins, ...outs].map((p, i) => [p, fodts[i]]));
      all.forEach((d, i) => {
        const ext = extname(d.name);
        const stem = basename(d.name, ext);
        const fa = byPath.get(join(work, `${stem}.in${ext}`));
        const fb = byPath.get(join(work, `${stem}.out${ext}`));
        if (fa) {
          cases[i]!.before = readFodt(fa);
          cases[i]!.extrasBefore = loExtras(readFileSync(fa, "utf8"));
        }
        if (fb) {
          cases[i]!.after = readFodt(fb);
          cases[i]!.extrasAfter = loExtras(readFileSync(fb, "utf8"));
          copyFileSync(fb, join(ARTEFACTS, basename(fb)));
          copyFileSync(join(work, `${stem}.out${ext}`), join(ARTEFACTS, `${stem}.out${ext}`));
        }
      });
    } catch (e) {
      setupError = e instanceof Error ? e : new Error(String(e));
    }
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const ready = (): Case[] => {
    if (setupError) throw setupError;
    return cases;
  };

  it("formatted every input (exit 0) and LibreOffice converted every result", () => {
    const done = ready();
    expect(done.length).toBeGreaterThanOrEqual(5);
    for (const c of done) {
      expect([c.name, c.code, c.code === 0 ? "" : c.log]).toEqual([c.name, 0, ""]);
      expect([c.name, c.after !== null && c.before !== null]).toEqual([c.name, true]);
    }
  });

  it("reads the same paragraph texts (body, cells, text boxes) from every output as from its input", () => {
    for (const c of ready()) {
      const before = (c.before as LoDocument).paragraphs.map((p) => [p.text, p.inTable, p.inFrame]);
      const after = (c.after as LoDocument).paragraphs.map((p) => [p.text, p.inTable, p.inFrame]);
      expect({ name: c.name, paragraphs: after }).toEqual({ name: c.name, paragraphs: before });
      expect(before.some(([t]) => t !== "")).toBe(true);
    }
  });

  it("finds the same pictures, tables, notes, comments, bookmarks, tracked changes, fields and links", () => {
    for (const c of ready()) {
      const a = c.before as LoDocument;
      const b = c.after as LoDocument;
      expect({
        name: c.name,
        images: b.images,
        frames: b.imageFrames,
        tables: b.tables,
        extras: c.extrasAfter,
      }).toEqual({
        name: c.name,
        images: a.images,
        frames: a.imageFrames,
        tables: a.tables,
        extras: c.extrasBefore,
      });
    }
  });

  it("the rich generated document really holds what LibreOffice must keep", () => {
    const rich = ready().find((c) => c.name === "gen-rich-plain.docx") as Case;
    const x = rich.extrasBefore as LoExtras;
    expect(x.notes).toEqual([
      "footnote  数据来源：园区管委会 2022 年统计。",
      "endnote  网址访问于 2023 年 9 月。",
      "footnote  排查依据 GB/T 33000—2016。",
    ]);
    // LibreOffice keeps the PAGE field of the second comment but gives it no text there
    expect(x.annotations).toEqual(["标题建议补充“实施”二字。", "请补充台账样表。"]);
    expect(x.bookmarks).toEqual(
      expect.arrayContaining(["_Toc_bg", "_Toc_practice", "_Toc_title", "span_split"])
    );
    expect(x.changedRegions).toBeGreaterThanOrEqual(5);
    expect(x.links).toEqual(
      expect.arrayContaining(["https://openstd.samr.gov.cn/", "https://www.mem.gov.cn/"])
    );
    const before = rich.before as LoDocument;
    expect(before.tables).toBe(2);
    expect(before.images).toBeGreaterThanOrEqual(3);
    expect(x.shapeTexts).toEqual(["文本框：园区应急", "值班电话 24 小时"]);
  });
});
