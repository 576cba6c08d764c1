/**
 * @fileoverview Helpers of the Word gateway tests: small documents as flat OPC (paragraph XML
 * written by hand, so each test states exactly the OOXML it starts from), and a runner that
 * installs a double's globals for one test.
 */
import {
  emptyDocumentFlatOpc,
  createWordDouble,
  installGlobals,
  type WordDouble,
  type WordDoubleOptions,
} from "../word-double";

/** Escapes text for XML. */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A `w:p` with one run; `rPr`/`pPr` are inner XML. */
export function p(text: string, opts: { pPr?: string; rPr?: string } = {}): string {
  const pPr = opts.pPr ? `<w:pPr>${opts.pPr}</w:pPr>` : "";
  const rPr = opts.rPr ? `<w:rPr>${opts.rPr}</w:rPr>` : "";
  const run = text === "" ? "" : `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  return `<w:p>${pPr}${run}</w:p>`;
}

/** A document of plain paragraphs. */
export function docOf(texts: string[], stylesXml = ""): string {
  return emptyDocumentFlatOpc(texts.map((t) => p(t)).join(""), stylesXml);
}

/** A double over `flatOpc` with its globals installed until `restore()`. */
export function setup(options: WordDoubleOptions = {}): WordDouble & { restore: () => void } {
  const d = createWordDouble(options);
  const restore = installGlobals(d);
  return Object.assign(d, { restore });
}

/** The first match of `re` in `s`, or fails. */
export function grab(s: string, re: RegExp): string {
  const m = re.exec(s);
  if (!m) throw new Error(`no match for ${re} in ${s.slice(0, 400)}`);
  return m[1] ?? m[0];
}

/** Where Word puts a numbered paragraph: its list's id, its level and its number as shown. */
export interface ListPlace {
  id: number;
  level: number;
  listString: string;
}

/**
 * What Word shows of each body paragraph's numbering, in order: its {@link ListPlace}, or null
 * when it is in no list. Loads `listOrNullObject.id` and `listItemOrNullObject.level,listString`
 * of every paragraph (WordApi 1.3); 2 syncs.
 */
export async function listPlaces(d: WordDouble): Promise<(ListPlace | null)[]> {
  return d.Word.run(async (ctx) => {
    const ps = ctx.document.body.paragraphs.load("$none");
    await ctx.sync();
    const got = ps.items.map((x) => ({
      list: x.listOrNullObject.load("id"),
      item: x.listItemOrNullObject.load("level,listString"),
    }));
    await ctx.sync();
    return got.map((g) =>
      g.list.isNullObject || g.item.isNullObject
        ? null
        : { id: g.list.id, level: g.item.level, listString: g.item.listString }
    );
  });
}
