/**
 * @fileoverview "Nothing lost" inventory of a .docx (issue 3): everything `case-report format`
 * must keep, read straight from the package XML with a generic DOM (not our reader), so that a
 * before/after comparison is independent of `src/ooxml/parse.ts` and `format.ts`:
 *
 * - every character: per story part (document, footnotes, endnotes, comments, headers, footers —
 *   every XML part that holds WordprocessingML text), the concatenation of all `w:t`, all
 *   `w:delText` and all `w:instrText` in document order, and the text of every `w:p` at any depth
 *   (text-box paragraphs included, each paragraph its own entry);
 * - pictures: every `a:blip` r:embed / r:link and `v:imagedata` r:id with the SHA-256 of the part
 *   it points at;
 * - tables with their nesting depth; footnotes, endnotes and comments (ids of the notes and of
 *   every reference/range mark); bookmarks (id + name, ends); fields (`w:fldSimple` instructions,
 *   `w:fldChar` type sequence); content controls (`w:sdt` with tag and alias); tracked changes
 *   (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo` with id and author, `w:rPrChange`, `w:pPrChange`);
 *   hyperlinks; drawing containers (inline, anchor, VML, text boxes, alternate content, OLE
 *   objects, math);
 * - the relationships of every part (id → type, target, mode) and the parts themselves.
 *
 * Test-only (Node APIs allowed). Used by `test/cli/nothing-lost.test.ts` and the LibreOffice
 * suite `libreoffice-nothing-lost.test.ts`.
 */
import { createHash } from "crypto";
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { relationships, type OpcPackage } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const V = "urn:schemas-microsoft-com:vml";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
const ELEMENT = 1;

/** Everything of one XML part that formatting must keep. */
export interface PartInventory {
  /** All `w:t` text of the part, in document order, joined without separator. */
  t: string;
  /** All `w:delText` (tracked deletions). */
  delText: string;
  /** All `w:instrText` (field codes). */
  instrText: string;
  /** Text (`w:t` + `w:delText`) of every `w:p` at any depth, pre-order; nested paragraphs (text boxes) not included in their host's entry. */
  paragraphs: string[];
  /** Pictures: relationship id, resolved target and SHA-256 of the target part ("external" / "missing"). */
  pictures: string[];
  /** Nesting depth of every `w:tbl` (0 = top level), in document order. */
  tables: number[];
  /** `w:footnote`/`w:endnote`/`w:comment` ids with their type (notes and comments parts). */
  notes: string[];
  /** `w:footnoteReference`/`w:endnoteReference`/`w:commentReference`/`w:commentRangeStart`/`w:commentRangeEnd` ids. */
  noteMarks: string[];
  /** `w:bookmarkStart` "id name" and `w:bookmarkEnd` "end id". */
  bookmarks: string[];
  /** `w:fldSimple` instructions and the `w:fldChar` type sequence. */
  fields: string[];
  /** Every `w:sdt` as "tag|alias|has content". */
  sdts: string[];
  /** Tracked changes: "name id author" for ins/del/moveFrom/moveTo (run, paragraph-mark and row level), rPrChange, pPrChange. */
  tracked: string[];
  /** `w:hyperlink` "r:id|anchor". */
  hyperlinks: string[];
  /** Counts of drawing containers: inline, anchor, pict, txbx, AlternateContent, object, oMath. */
  drawings: Record<string, number>;
}

/** The inventory of a whole package. */
export interface Inventory {
  /** Part name → inventory, for every XML part holding WordprocessingML text or marks. */
  parts: Record<string, PartInventory>;
  /** Part name → "type target mode" of each relationship, for every part with relationships. */
  rels: Record<string, string[]>;
  /** Part name → SHA-256 of its bytes (binary parts) or of its text (XML parts). */
  digests: Record<string, string>;
}

function sha(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex").slice(0, 16);
}

function kids(el: Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === ELEMENT) out.push(c as Element);
  return out;
}

function attrW(el: Element, name: string): string {
  return el.getAttributeNS(W, name) ?? "";
}

function parse(xml: string, name: string): Element | null {
  const dom = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") throw new Error(`inventory: ${name}: ${level}: ${msg}`);
    },
  }).parseFromString(xml, "text/xml");
  return dom.documentElement;
}

/** Inventory of one XML part (`resolve` maps a relationship id to "target sha"). */
export function partInventory(root: Element, resolve: (rid: string) => string): PartInventory {
  const inv: PartInventory = {
    t: "",
    delText: "",
    instrText: "",
    paragraphs: [],
    pictures: [],
    tables: [],
    notes: [],
    noteMarks: [],
    bookmarks: [],
    fields: [],
    sdts: [],
    tracked: [],
    hyperlinks: [],
    drawings: {},
  };
  const count = (k: string): void => {
    inv.drawings[k] = (inv.drawings[k] ?? 0) + 1;
  };
  // paragraph text accumulators: a stack, the innermost open paragraph gets the text
  const open: number[] = [];
  const addText = (s: string): void => {
    if (open.length > 0) inv.paragraphs[open[open.length - 1]!] += s;
  };
  const walk = (el: Element, tblDepth: number): void => {
    const ns = el.namespaceURI;
    const n = el.localName ?? "";
    let depth = tblDepth;
    let isP = false;
    if (ns === W) {
      switch (n) {
        case "p":
          isP = true;
          open.push(inv.paragraphs.length);
          inv.paragraphs.push("");
          break;
        case "t":
          inv.t += el.textContent ?? "";
          addText(el.textContent ?? "");
          break;
        case "delText":
          inv.delText += el.textContent ?? "";
          addText(el.textContent ?? "");
          break;
        case "instrText":
          inv.instrText += el.textContent ?? "";
          break;
        case "tbl":
          inv.tables.push(tblDepth);
          depth = tblDepth + 1;
          break;
        case "footnote":
        case "endnote":
        case "comment":
          inv.notes.push(`${n} ${attrW(el, "id")} ${attrW(el, "type")}`);
          break;
        case "footnoteReference":
        case "endnoteReference":
        case "commentReference":
        case "commentRangeStart":
        case "commentRangeEnd":
          inv.noteMarks.push(`${n} ${attrW(el, "id")}`);
          break;
        case "bookmarkStart":
          inv.bookmarks.push(`${attrW(el, "id")} ${attrW(el, "name")}`);
          break;
        case "bookmarkEnd":
          inv.bookmarks.push(`end ${attrW(el, "id")}`);
          break;
        case "fldSimple":
          inv.fields.push(`simple ${attrW(el, "instr").trim()}`);
          break;
        case "fldChar":
          inv.fields.push(`char ${attrW(el, "fldCharType")}`);
          break;
        case "sdt": {
          const pr = kids(el).find((c) => c.namespaceURI === W && c.localName === "sdtPr");
          const val = (local: string): string => {
            const c = pr
              ? kids(pr).find((k) => k.namespaceURI === W && k.localName === local)
              : undefined;
            return c ? attrW(c, "val") : "";
          };
          const content = kids(el).some(
            (c) => c.namespaceURI === W && c.localName === "sdtContent"
          );
          inv.sdts.push(`${val("tag")}|${val("alias")}|${content}`);
          break;
        }
        case "ins":
        case "del":
        case "moveFrom":
        case "moveTo":
        case "rPrChange":
        case "pPrChange":
          inv.tracked.push(`${n} ${attrW(el, "id")} ${attrW(el, "author")}`);
          break;
        case "hyperlink":
          inv.hyperlinks.push(`${el.getAttributeNS(R, "id") ?? ""}|${attrW(el, "anchor")}`);
          break;
        case "pict":
          count("pict");
          break;
        case "txbxContent":
          count("txbxContent");
          break;
        case "object":
          count("object");
          break;
      }
    } else if (ns === A && n === "blip") {
      for (const a of ["embed", "link"]) {
        const rid = el.getAttributeNS(R, a);
        if (rid) inv.pictures.push(`${a} ${rid} ${resolve(rid)}`);
      }
    } else if (ns === V && n === "imagedata") {
      const rid = el.getAttributeNS(R, "id");
      if (rid) inv.pictures.push(`vml ${rid} ${resolve(rid)}`);
    } else if (ns === WP && (n === "inline" || n === "anchor")) {
      count(n);
    } else if (ns === WPS && n === "txbx") {
      count("wps:txbx");
    } else if (ns === MC && n === "AlternateContent") {
      count("AlternateContent");
    } else if (ns === M && n === "oMath") {
      count("oMath");
    }
    for (const c of kids(el)) walk(c, depth);
    if (isP) open.pop();
  };
  walk(root, 0);
  return inv;
}

/** True when an XML part holds WordprocessingML story content worth inventorying. */
function isStoryXml(xml: string): boolean {
  return /<(\w+:)?(p|footnote|endnote|comment)\b/.test(xml) && xml.includes(W);
}

/**
 * The inventory of a package (see the file header). Styles, numbering, settings, font table and
 * theme parts are digested but not inventoried (formatting edits styles on purpose).
 */
export function inventoryOfPackage(pkg: OpcPackage): Inventory {
  const out: Inventory = { parts: {}, rels: {}, digests: {} };
  for (const part of pkg.parts.values()) {
    out.digests[part.name] = sha(part.data);
    if (typeof part.data !== "string" || /\.rels$/i.test(part.name)) continue;
    if (/\/(styles|numbering|settings|fontTable|webSettings)\.xml$/i.test(part.name)) continue;
    if (!isStoryXml(part.data)) continue;
    const rels = new Map(relationships(pkg, part.name).map((r) => [r.id, r]));
    const resolve = (rid: string): string => {
      const r = rels.get(rid);
      if (!r) return "missing";
      if (r.targetMode === "External") return `external ${r.target}`;
      const target =
        pkg.parts.get(r.target) ??
        [...pkg.parts.values()].find((p) => p.name.toLowerCase() === r.target.toLowerCase());
      return target ? `${target.name} ${sha(target.data)}` : `missing ${r.target}`;
    };
    const root = parse(part.data, part.name);
    if (root) out.parts[part.name] = partInventory(root, resolve);
  }
  for (const part of pkg.parts.values()) {
    const m = /^(.*)\/_rels\/([^/]*)\.rels$/i.exec(part.name);
    if (!m) continue;
    const source = m[2] === "" ? "/" : `${m[1]}/${m[2]}`;
    out.rels[part.name] = relationships(pkg, source)
      .map((r) => `${r.id} ${r.type.replace(/^.*\//, "")} ${r.target} ${r.targetMode ?? ""}`)
      .sort();
  }
  return out;
}

/** The inventory of .docx bytes. */
export function inventoryOf(bytes: Uint8Array): Inventory {
  return inventoryOfPackage(readDocx(bytes));
}

/** Sum of a numeric field over all parts (for "the test saw something" sanity checks). */
export function total(inv: Inventory, pick: (p: PartInventory) => number): number {
  return Object.values(inv.parts).reduce((n, p) => n + pick(p), 0);
}
