/**
 * @fileoverview One-click formatting of OOXML (R13–R19): give a paragraph the profile style of its
 * role and clear the direct formatting that would hide the style, set the page size of every
 * section, and replace text inside a paragraph — on a `w:p` element or string (what the add-in
 * sends back through `insertOoxml`, paragraph by paragraph) and on a whole package (the CLI
 * formatter, {@link applyEdits}).
 *
 * What "conflicting direct formatting" means here is exactly what the profile prescribes: in
 * `w:pPr` the alignment, line spacing, indent and outline level (`w:jc`, `w:spacing`, `w:ind`,
 * `w:outlineLvl`); in every run's `w:rPr` (and the paragraph mark's) the fonts, size and bold
 * (`w:rFonts`, `w:sz`, `w:szCs`, `w:b`, `w:bCs`). Everything else stays: numbering (`w:numPr`: an
 * automatic label is the heading number), section breaks, tracked-change records, italics,
 * colour, underline, text, fields, drawings, bookmarks, comment ranges, footnote references.
 * Elements this module does not know are never dropped.
 *
 * Paragraph order and text follow the reader (`parse.ts`): the paragraphs of the main story are
 * the body's `w:p` in document order, table cells included, text boxes excluded; the text of a
 * paragraph is its runs' `w:t` plus "\t" for tabs, without deleted text and field codes.
 * Layer: ooxml (pure).
 */
import type { Edit } from "../core/findings";
import { type ReportDocument, textHash } from "../core/model";
import type { FormattedRole, Profile, RoleStyle } from "../core/profile";
import { CONFLICTING_DIRECT } from "../core/role-match";
import { styleNumbering } from "../core/numbering";
import {
  type OpcPackage,
  findPart,
  getXmlPart,
  mainDocumentPart,
  relatedPart,
  relationships,
  relsPartName,
  setXmlPart,
} from "./package";
import { understoodNamespace } from "./parse-xml";
import { mergeStylesPart, stylesPartXml } from "./styles";
import {
  ELEMENT_NODE,
  type Document,
  type Element,
  type Node,
  W,
  attrW,
  childW,
  parseXml,
  serializeXml,
} from "./xml";
import { itemAt } from "../core/item-at";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

/** Schema order of `w:pPr` children (ECMA-376 CT_PPr), used to insert at the right place. */
// prettier-ignore
const PPR_ORDER = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
  "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
  "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
  "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
  "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
  "cnfStyle", "rPr", "sectPr", "pPrChange",
];

/** Schema order of `w:rPr` children (ECMA-376 CT_RPr). */
// prettier-ignore
const RPR_ORDER = [
  "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
  "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
  "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
  "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
  "oMath", "rPrChange",
];

/** Schema order of `w:sectPr` children (ECMA-376 CT_SectPr). */
// prettier-ignore
const SECTPR_ORDER = [
  "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
  "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
  "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
  "sectPrChange",
];

/** `w:pPr` children cleared by formatting: the conflicting direct formatting (core/role-match). */
const PPR_CLEARED = new Set<string>(CONFLICTING_DIRECT.paragraph);
/** `w:rPr` children cleared by formatting (fonts, size, bold: core/role-match). */
const RPR_CLEARED = new Set<string>(CONFLICTING_DIRECT.run);

/** Namespaces declared around a `w:p` string that has none of its own. */
const FRAGMENT_NAMESPACES: Record<string, string> = {
  w: W,
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  wp14: "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  wpg: "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  w10: "urn:schemas-microsoft-com:office:word",
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  w16se: "http://schemas.microsoft.com/office/word/2015/wordml/symex",
  w16cid: "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  wne: "http://schemas.microsoft.com/office/word/2006/wordml",
};

// ---------------------------------------------------------------------------------------------
// DOM helpers

function isW(n: Node | null | undefined, local?: string): boolean {
  if (n === null || n === undefined) return false;
  return (
    n.nodeType === ELEMENT_NODE &&
    n.namespaceURI === W &&
    (local === undefined || n.localName === local)
  );
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  }
  return out;
}

/** The document owning an element (xmldom types it as nullable; elements always have one). */
function ownerOf(el: Element): Document {
  const doc = el.ownerDocument;
  if (!doc) throw new Error("format: element without an owner document");
  return doc;
}

function newW(doc: Document, local: string): Element {
  return doc.createElementNS(W, `w:${local}`);
}

function setW(el: Element, name: string, value: string): void {
  el.setAttributeNS(W, `w:${name}`, value);
}

/**
 * Inserts `child` into `parent` at its schema position: before the first `w:` child whose name
 * comes later in `order`. Unknown children are passed over (they keep their place).
 */
function insertOrdered(parent: Element, child: Element, order: string[]): void {
  const rank = order.indexOf(child.localName ?? "");
  for (const c of elementChildren(parent)) {
    if (c.namespaceURI !== W) continue;
    const r = order.indexOf(c.localName ?? "");
    if (r > rank) {
      parent.insertBefore(child, c);
      return;
    }
  }
  parent.appendChild(child);
}

function removeChildrenNamed(el: Element, names: Set<string>): void {
  for (const c of elementChildren(el)) {
    if (c.namespaceURI === W && names.has(c.localName ?? "")) el.removeChild(c);
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs, runs and text (aligned with the reader)

/** Block-level containers the reader walks through to find paragraphs (as `parse.ts`). */
const BLOCK_CONTAINERS = new Set([
  "tbl",
  "tr",
  "tc",
  "customXml",
  "smartTag",
  "ins",
  "moveTo",
  "sdtContent",
]);
/** Paragraph-level containers whose runs are part of the paragraph text (as `parse.ts`). */
const INLINE_CONTAINERS = new Set([
  "hyperlink",
  "smartTag",
  "customXml",
  "ins",
  "moveTo",
  "fldSimple",
  "dir",
  "bdo",
  "sdtContent",
]);
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The branch of an `mc:AlternateContent` element the reader takes (parse-xml.ts `mcSelect`): the
 * first `mc:Choice` whose `Requires` prefixes all resolve to namespaces we understand, else the
 * `mc:Fallback`, else null — so the formatter lists paragraphs in the same order as the reader.
 */
function mcChoice(el: Element): Element | null {
  let fallback: Element | null = null;
  for (const c of elementChildren(el)) {
    if (c.namespaceURI !== MC_NS) continue;
    if (c.localName === "Choice") {
      const prefixes = (c.getAttribute("Requires") ?? "").split(/\s+/).filter(Boolean);
      const understood = prefixes.every((prefix) => {
        const uri = c.lookupNamespaceURI(prefix);
        return uri !== null && understoodNamespace(uri);
      });
      if (understood) return c;
    } else if (c.localName === "Fallback" && fallback === null) fallback = c;
  }
  return fallback;
}

function isAlternateContent(el: Element): boolean {
  return el.namespaceURI === MC_NS && el.localName === "AlternateContent";
}

/**
 * The paragraphs of the main story in the reader's order (Word's `body.paragraphs`): `w:p` under
 * `w:body` and in table cells at any depth, through `w:sdt`, `w:customXml`, `w:smartTag`,
 * `w:ins`/`w:moveTo` and the `mc:Choice` of `mc:AlternateContent`; text-box paragraphs (inside
 * runs) are not included.
 * @param doc - the parsed main document part.
 * @returns the `w:p` elements, index = `ReportParagraph.index`.
 */
export function bodyParagraphs(doc: Document): Element[] {
  const body = childW(doc.documentElement, "body");
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (c.namespaceURI === W) {
        const n = c.localName ?? "";
        if (n === "p") out.push(c);
        else if (BLOCK_CONTAINERS.has(n)) walk(c);
        else if (n === "sdt") {
          const content = childW(c, "sdtContent");
          if (content) walk(content);
        }
      } else if (isAlternateContent(c)) {
        const choice = mcChoice(c);
        if (choice) walk(choice);
      }
    }
  };
  if (body) walk(body);
  return out;
}

/**
 * Calls `fn` for each run (`w:r`) of a paragraph in document order.
 * - `"text"`: the runs whose content is the paragraph text, exactly as the reader walks them
 *   (through hyperlinks, smart tags, simple fields, tracked insertions, content controls and
 *   `mc:Choice`; not deleted runs, not text boxes).
 * - `"all"`: every run of the paragraph at any depth outside `w:pPr` and outside runs (deleted
 *   runs and unknown containers included; text boxes, which live inside runs, excluded).
 */
function forEachRun(p: Element, mode: "text" | "all", fn: (r: Element) => void): void {
  const walk = (el: Element): void => {
    for (const c of elementChildren(el)) {
      if (c.namespaceURI === W) {
        const n = c.localName ?? "";
        if (n === "r") fn(c);
        else if (n === "pPr" || n === "p") continue;
        else if (mode === "all") walk(c);
        else if (INLINE_CONTAINERS.has(n)) walk(c);
        else if (n === "sdt") {
          const content = childW(c, "sdtContent");
          if (content) walk(content);
        }
      } else if (isAlternateContent(c)) {
        const choice = mcChoice(c);
        if (choice) walk(choice);
      } else if (mode === "all") {
        walk(c);
      }
    }
  };
  walk(p);
}

/** One content child of a run and its place in the paragraph text. */
interface TextItem {
  run: Element;
  node: Element;
  start: number;
  /** The characters this node contributes to the paragraph text ("" for drawings, field chars …). */
  text: string;
}

/**
 * The content items of a paragraph's text runs with the text each contributes, following the
 * reader: `w:t` its text, `w:tab`/`w:ptab` "\t", `w:br` "\v" (page "\f", column "\u000E"),
 * `w:cr` "\v", `w:noBreakHyphen` "-", `w:sym` its character; nothing inside field codes (between
 * fldChar begin and separate); everything else (drawings, field chars, `mc:AlternateContent`) "".
 */
function textItems(p: Element): TextItem[] {
  const items: TextItem[] = [];
  const fields: boolean[] = []; // true while in a field's code part
  const visible = (): boolean => fields.every((inCode) => !inCode);
  let pos = 0;
  forEachRun(p, "text", (run) => {
    for (const node of elementChildren(run)) {
      if (isW(node, "rPr")) continue;
      let text = "";
      if (node.namespaceURI === W) {
        switch (node.localName) {
          case "t":
            text = node.textContent ?? "";
            break;
          case "tab":
          case "ptab":
            text = "\t";
            break;
          case "br": {
            const type = attrW(node, "type");
            text = type === "page" ? "\f" : type === "column" ? "\u000e" : "\v";
            break;
          }
          case "cr":
            text = "\v";
            break;
          case "noBreakHyphen":
            text = "-";
            break;
          case "sym": {
            const code = parseInt(attrW(node, "char") ?? "", 16);
            text = Number.isFinite(code) ? String.fromCharCode(code) : "";
            break;
          }
          case "fldChar": {
            const t = attrW(node, "fldCharType");
            if (t === "begin") fields.push(true);
            else if (t === "separate" && fields.length) fields[fields.length - 1] = false;
            else if (t === "end") fields.pop();
            break;
          }
        }
      }
      if (!visible()) text = "";
      items.push({ run, node, start: pos, text });
      pos += text.length;
    }
  });
  return items;
}

/**
 * The text of a paragraph as the reader gives it (`ReportParagraph.text`, Word's
 * `Paragraph.text`): see {@link textItems}; no deleted text, field codes or numbering labels.
 */
export function paragraphText(p: Element): string {
  return textItems(p)
    .map((i) => i.text)
    .join("");
}

/** Runs holding a footnote/endnote reference are left alone (their rStyle makes them superscript). */
function isNoteReferenceRun(r: Element): boolean {
  return elementChildren(r).some((c) => isW(c, "footnoteReference") || isW(c, "endnoteReference"));
}

/** Removes fonts, size and bold from an `w:rPr` (its direct children only); drops it when empty. */
function clearRunProps(rPr: Element): void {
  removeChildrenNamed(rPr, RPR_CLEARED);
  if (rPr.firstChild === null || elementChildren(rPr).length === 0) {
    rPr.parentNode?.removeChild(rPr);
  }
}

/**
 * Splits the runs of a paragraph so that text offset `offset` falls between two runs: a `w:t`
 * containing the offset is cut in two (both halves `xml:space="preserve"`), and its run is cut
 * after it into a second run with a copy of the run properties. No-op at an existing run boundary
 * or outside the text.
 * @param offset - UTF-16 offset in {@link paragraphText}.
 */
export function splitRunsAt(p: Element, offset: number): void {
  const doc = ownerOf(p);
  for (const it of textItems(p)) {
    const end = it.start + it.text.length;
    if (it.start < offset && offset < end && isW(it.node, "t")) {
      const k = offset - it.start;
      const second = newW(doc, "t");
      second.setAttributeNS(XML_NS, "xml:space", "preserve");
      second.appendChild(doc.createTextNode(it.text.slice(k)));
      it.node.setAttributeNS(XML_NS, "xml:space", "preserve");
      while (it.node.firstChild) it.node.removeChild(it.node.firstChild);
      it.node.appendChild(doc.createTextNode(it.text.slice(0, k)));
      it.run.insertBefore(second, it.node.nextSibling);
      break;
    }
  }
  // Now cut the run that spans the offset, before its first content node starting at `offset`.
  const items = textItems(p);
  const byRun = new Map<Element, TextItem[]>();
  for (const it of items) {
    const list = byRun.get(it.run) ?? [];
    list.push(it);
    byRun.set(it.run, list);
  }
  for (const [run, list] of byRun) {
    const first = itemAt(list, 0).start; // a run is in byRun with at least one item
    const last = itemAt(list, list.length - 1);
    const runEnd = last.start + last.text.length;
    if (!(first < offset && offset < runEnd)) continue;
    const cut = list.find((it) => it.start >= offset);
    if (!cut) return;
    const clone = newW(doc, "r");
    const rPr = childW(run, "rPr");
    if (rPr) {
      const copy = rPr.cloneNode(true) as Element;
      // a copied revision (w:rPrChange) must not share its w:id with the original: ids of
      // revisions are unique in the document (ECMA-376 §17.13.1), Word refuses duplicates
      const changes = copy.getElementsByTagNameNS(W, "rPrChange");
      for (let k = 0; k < changes.length; k++) {
        const change = changes.item(k);
        if (change && change.hasAttributeNS(W, "id")) setW(change, "id", freshRevisionId(doc));
      }
      clone.appendChild(copy);
    }
    let n: Node | null = cut.node;
    while (n !== null) {
      const next: Node | null = n.nextSibling;
      clone.appendChild(n);
      n = next;
    }
    run.parentNode?.insertBefore(clone, run.nextSibling);
    return;
  }
}

/** The next revision id of each document (one past the largest `w:id` found), once computed. */
const nextRevisionId = new WeakMap<Document, number>();

/** A `w:id` no element of `doc` carries yet: one past the largest numeric `w:id` in it. */
function freshRevisionId(doc: Document): string {
  let next = nextRevisionId.get(doc);
  if (next === undefined) {
    next = 0;
    const all = doc.getElementsByTagNameNS(W, "*");
    for (let k = 0; k < all.length; k++) {
      const v = Number(attrW(all.item(k), "id"));
      if (Number.isInteger(v) && v >= next) next = v + 1;
    }
  }
  nextRevisionId.set(doc, next + 1);
  return String(next);
}

/** Options of {@link formatParagraphXml}. */
export interface FormatOptions {
  /**
   * Heading and body share the paragraph ("（一）建立隐患台账。企业每月……"): the UTF-16 offset in
   * the paragraph text where the heading part ends. The runs are split there and the body part
   * gets direct run properties of `bodyRole` (see {@link formatParagraphXml}).
   */
  headingEnd?: number;
  /** Role whose run formatting the body part of a split paragraph gets; default "body". */
  bodyRole?: FormattedRole;
  /** Style id to write instead of the profile's (the id under which the document holds our style). */
  styleId?: string;
  /**
   * Numbering the paragraph had through its previous paragraph style; written as direct
   * `w:numPr` (when the paragraph has none) so that changing the style keeps the heading number.
   */
  inheritedNumPr?: { numId: string; ilvl: string };
}

/** Writes direct run properties of `style` (fonts, size, bold on/off) into a run. */
function setRunFormat(run: Element, style: RoleStyle): void {
  const doc = ownerOf(run);
  let rPr = childW(run, "rPr");
  if (!rPr) {
    rPr = newW(doc, "rPr");
    run.insertBefore(rPr, run.firstChild);
  }
  removeChildrenNamed(rPr, RPR_CLEARED);
  const fonts = newW(doc, "rFonts");
  for (const slot of ["ascii", "hAnsi", "cs"]) setW(fonts, slot, style.latin);
  setW(fonts, "eastAsia", style.eastAsia);
  setW(fonts, "hint", "eastAsia");
  insertOrdered(rPr, fonts, RPR_ORDER);
  for (const b of ["b", "bCs"]) {
    const el = newW(doc, b);
    if (!style.bold) setW(el, "val", "0");
    insertOrdered(rPr, el, RPR_ORDER);
  }
  for (const s of ["sz", "szCs"]) {
    const el = newW(doc, s);
    setW(el, "val", String(style.sz));
    insertOrdered(rPr, el, RPR_ORDER);
  }
}

/**
 * Formats a `w:p` element in place (see {@link formatParagraphXml}).
 * @param p - a `w:p` element of a parsed document.
 */
export function formatParagraphElement(
  p: Element,
  role: FormattedRole,
  profile: Profile,
  options: FormatOptions = {}
): void {
  if (!isW(p, "p")) throw new Error("formatParagraphElement: not a w:p element");
  const doc = ownerOf(p);
  const styleId = options.styleId ?? profile.roles[role].styleId;
  let pPr = childW(p, "pPr");
  if (!pPr) {
    pPr = newW(doc, "pPr");
    p.insertBefore(pPr, p.firstChild);
  }
  let pStyle = childW(pPr, "pStyle");
  if (!pStyle) {
    pStyle = newW(doc, "pStyle");
    pPr.insertBefore(pStyle, pPr.firstChild);
  }
  setW(pStyle, "val", styleId);
  removeChildrenNamed(pPr, PPR_CLEARED);
  if (options.inheritedNumPr && !childW(pPr, "numPr")) {
    const numPr = newW(doc, "numPr");
    const ilvl = newW(doc, "ilvl");
    setW(ilvl, "val", options.inheritedNumPr.ilvl);
    const numId = newW(doc, "numId");
    setW(numId, "val", options.inheritedNumPr.numId);
    numPr.appendChild(ilvl);
    numPr.appendChild(numId);
    insertOrdered(pPr, numPr, PPR_ORDER);
  }
  const markRPr = childW(pPr, "rPr");
  if (markRPr) clearRunProps(markRPr);
  forEachRun(p, "all", (r) => {
    if (isNoteReferenceRun(r)) return;
    const rPr = childW(r, "rPr");
    if (rPr) clearRunProps(rPr);
  });
  const end = options.headingEnd;
  if (end !== undefined && end > 0 && end < paragraphText(p).length) {
    splitRunsAt(p, end);
    const body = profile.roles[options.bodyRole ?? "body"];
    const seen = new Set<Element>();
    for (const it of textItems(p)) {
      if (it.start >= end && !seen.has(it.run) && !isNoteReferenceRun(it.run)) {
        seen.add(it.run);
        setRunFormat(it.run, body);
      }
    }
  }
}

/** Parses a `w:p` string: standalone when it declares `w:`, else inside a wrapper declaring the usual prefixes. */
function parseParagraph(pXml: string): { p: Element; wrapped: boolean } {
  const trimmed = pXml.trim().replace(/^<\?xml[^?]*\?>\s*/, "");
  const declares = /^<w:p\b[^>]*\sxmlns:w=/.test(trimmed);
  const text = declares
    ? trimmed
    : `<frag ${Object.entries(FRAGMENT_NAMESPACES)
        .map(([k, v]) => `xmlns:${k}="${v}"`)
        .join(" ")}>${trimmed}</frag>`;
  const doc = parseXml(text, "w:p");
  const root = doc.documentElement;
  if (!root) throw new Error("formatParagraphXml: empty input");
  const p = declares ? root : elementChildren(root)[0];
  if (!p || !isW(p, "p")) throw new Error("formatParagraphXml: the input is not a w:p element");
  return { p, wrapped: !declares };
}

/**
 * Gives one paragraph the profile style of `role` (R14–R19) and clears the direct formatting that
 * conflicts with it:
 * - sets `w:pStyle` to the role's style id (or `options.styleId`);
 * - removes `w:jc`, `w:spacing`, `w:ind`, `w:outlineLvl` from `w:pPr`; keeps `w:numPr` (the
 *   automatic label is the heading number), `w:sectPr`, `w:pPrChange` and everything else;
 * - removes `w:rFonts`, `w:sz`, `w:szCs`, `w:b`, `w:bCs` from every run's `w:rPr` (deleted and
 *   inserted runs included) and from the paragraph mark; keeps italics, colour, underline,
 *   `w:rStyle`, `w:lang`; leaves footnote/endnote reference runs alone; never touches text,
 *   fields, drawings, bookmarks or comment ranges.
 *
 * Heading and body in one paragraph (`options.headingEnd`, facts §6 case 10): Word gives a
 * paragraph one style, and a style separator would add a paragraph (breaking the paragraph
 * indices shared with Word). So the paragraph gets the heading style, the runs are split at
 * `headingEnd`, and every run after it gets direct run properties of the body role — East Asian
 * and Latin fonts with `w:hint="eastAsia"`, size, and bold set explicitly (off for 正文) — so the
 * body part reads as 正文 while the paragraph stays one heading paragraph.
 *
 * @param pXml - a `w:p` element (formatted in place) or its XML text; a string without its own
 *   `xmlns:w` may use the usual prefixes (w, r, wp, a, pic, mc, wps, v, o, w14 …).
 * @param role - the paragraph's role; its `profile.roles[role]` gives the style.
 * @returns the formatted `w:p` XML: for an element, its serialisation (with the namespace
 *   declarations it needs); for a string without declarations, also without them.
 * @throws OoxmlError "badXml"/"unsafeXml" for a malformed or unsafe string; Error when the input
 *   is not a `w:p`.
 */
export function formatParagraphXml(
  pXml: string | Element,
  role: FormattedRole,
  profile: Profile,
  options?: FormatOptions
): string {
  const serializer = { serializeToString: serializeXml };
  if (typeof pXml !== "string") {
    formatParagraphElement(pXml, role, profile, options);
    return serializer.serializeToString(pXml);
  }
  const { p, wrapped } = parseParagraph(pXml);
  formatParagraphElement(p, role, profile, options);
  if (!wrapped) return serializer.serializeToString(p);
  // Serialise the wrapper so that the paragraph needs no declarations of its own, then unwrap.
  const whole = serializer.serializeToString(p.parentNode as Element);
  return whole.slice(whole.indexOf(">") + 1, whole.lastIndexOf("</frag>"));
}

// ---------------------------------------------------------------------------------------------
// Text replacement

function makeContent(doc: Document, text: string): Element[] {
  const out: Element[] = [];
  for (const piece of text.split(/(\t)/)) {
    if (piece === "") continue;
    if (piece === "\t") {
      out.push(newW(doc, "tab"));
    } else {
      const t = newW(doc, "t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(piece));
      out.push(t);
    }
  }
  return out;
}

function hasContent(run: Element): boolean {
  return elementChildren(run).some((c) => !isW(c, "rPr"));
}

/**
 * Replaces [start, end) of a paragraph's text (UTF-16 offsets in {@link paragraphText}) by
 * `text` ("\t" becomes `w:tab`). The runs are split at both ends; the text-bearing nodes inside
 * the span (`w:t`, `w:tab`) are removed and the new text is put where the first of them was, so
 * it takes the first run's properties; nodes without text inside the span (drawings, field
 * characters, bookmarks) stay. An insertion (start = end) goes into the run that ends at `start`
 * (or the first run when `start` is 0). Runs left empty are removed.
 * @returns false when the span is outside the text (nothing changed), true otherwise.
 */
export function replaceParagraphText(
  p: Element,
  start: number,
  end: number,
  text: string
): boolean {
  const length = paragraphText(p).length;
  if (start < 0 || end < start || end > length) return false;
  const doc = ownerOf(p);
  splitRunsAt(p, start);
  splitRunsAt(p, end);
  const items = textItems(p);
  const inside = items.filter(
    (it) => it.text.length > 0 && it.start >= start && it.start + it.text.length <= end
  );
  const fresh = makeContent(doc, text);
  let anchorRun: Element | null = null;
  const [first] = inside;
  if (first !== undefined) {
    anchorRun = first.run;
    for (const n of fresh) first.run.insertBefore(n, first.node);
    for (const it of inside) it.run.removeChild(it.node);
  } else if (fresh.length > 0) {
    const before = [...items]
      .reverse()
      .find((it) => it.text.length > 0 && it.start + it.text.length === start);
    if (before) {
      anchorRun = before.run;
      const after = before.node.nextSibling;
      for (const n of fresh) before.run.insertBefore(n, after);
    } else {
      const firstText = items.find((it) => it.text.length > 0);
      const host = firstText?.run ?? items[0]?.run ?? null;
      if (host) {
        anchorRun = host;
        const at = firstText?.node ?? null;
        for (const n of fresh) host.insertBefore(n, at);
      } else {
        const run = newW(doc, "r");
        for (const n of fresh) run.appendChild(n);
        p.appendChild(run);
        anchorRun = run;
      }
    }
  }
  for (const it of inside) {
    if (it.run !== anchorRun && !hasContent(it.run)) it.run.parentNode?.removeChild(it.run);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Page setup

/**
 * Sets the page size and orientation of every section of a main document (R13): each `w:sectPr`
 * that belongs to the body or to a paragraph (not the history inside `w:sectPrChange`). `w:pgSz`
 * gets `w:w`/`w:h` in twips; `w:orient` is removed for portrait and set for landscape; the
 * printer paper code `w:code` is removed (it named the old size). A document without any
 * `w:sectPr` gets one at the end of the body.
 * @returns the number of sections changed.
 */
export function setPageSize(
  doc: Document,
  width: number,
  height: number,
  orientation: "portrait" | "landscape"
): number {
  const all = doc.getElementsByTagNameNS(W, "sectPr");
  const sections: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all.item(i) as Element;
    const parent = s.parentNode as Element | null;
    if (isW(parent, "body")) sections.push(s);
    else if (parent && isW(parent, "pPr") && isW(parent.parentNode, "p")) sections.push(s);
  }
  if (sections.length === 0) {
    const body = childW(doc.documentElement, "body");
    if (!body) return 0;
    const s = newW(doc, "sectPr");
    body.appendChild(s);
    sections.push(s);
  }
  for (const s of sections) {
    let pgSz = childW(s, "pgSz");
    if (!pgSz) {
      pgSz = newW(doc, "pgSz");
      insertOrdered(s, pgSz, SECTPR_ORDER);
    }
    setW(pgSz, "w", String(width));
    setW(pgSz, "h", String(height));
    if (orientation === "landscape") setW(pgSz, "orient", "landscape");
    else if (pgSz.hasAttributeNS(W, "orient")) pgSz.removeAttributeNS(W, "orient");
    if (pgSz.hasAttributeNS(W, "code")) pgSz.removeAttributeNS(W, "code");
  }
  return sections.length;
}

// ---------------------------------------------------------------------------------------------
// Whole package

/** Result of {@link applyEdits}. */
export interface ApplyEditsResult {
  /** Edits applied. */
  applied: number;
  /** Edits skipped because the paragraph changed since the check (text hash, id or text mismatch, index out of range). */
  skippedStale: number;
  /** Edits skipped because an earlier edit of the same paragraph overlaps them (a second setRole, overlapping spans). */
  skippedOverlap: number;
  /** Style ids replaced and added in the styles part (empty when no setRole edit was applied). */
  styles: { replaced: string[]; added: string[] };
}

/** Adds a styles relationship to a document's relationships part (creating the part if needed). */
function addStylesRelationship(pkg: OpcPackage, mainPart: string, target: string): void {
  const relsName = relsPartName(mainPart);
  const existing = getXmlPart(pkg, relsName);
  const ids = new Set(relationships(pkg, mainPart).map((r) => r.id));
  let n = 1;
  while (ids.has(`rIdCrStyles${n}`)) n++;
  const rel = `<Relationship Id="rIdCrStyles${n}" Type="${REL_STYLES}" Target="${target}"/>`;
  const xml =
    existing === null
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
      : /<\/(\w+:)?Relationships>\s*$/.test(existing)
        ? existing.replace(/<\/((\w+:)?)Relationships>\s*$/, `${rel}</$1Relationships>`)
        : existing.replace(
            /<((\w+:)?)Relationships\b([^>]*?)\s*\/>/,
            `<$1Relationships$3>${rel}</$1Relationships>`
          );
  setXmlPart(pkg, relsName, xml);
}

/** True when the main part has an internal styles relationship whose target is `partName`. */
function hasStylesRelationshipTo(pkg: OpcPackage, main: string, partName: string): boolean {
  const want = findPart(pkg, partName)?.name ?? partName;
  return relationships(pkg, main).some(
    (r) =>
      r.type === REL_STYLES &&
      r.targetMode === undefined &&
      (findPart(pkg, r.target)?.name ?? r.target) === want
  );
}

/** `${stem}${ext}`, else `${stem}2${ext}`, `${stem}3${ext}` … : the first name no part has. */
function freePartName(pkg: OpcPackage, stem: string, ext: string): string {
  for (let i = 1; ; i++) {
    const candidate = `${stem}${i === 1 ? "" : i}${ext}`;
    if (!findPart(pkg, candidate)) return candidate;
  }
}

/**
 * Ensures the package's styles part holds the profile's role styles: merged into the existing
 * part ({@link mergeStylesPart}) or, when the document has none, written as a new
 * /word/styles.xml ({@link stylesPartXml}) with its relationship.
 * @returns the merge result (ids replaced/added and the id carrying each role).
 */
export function ensureStyles(
  pkg: OpcPackage,
  profile: Profile
): {
  replaced: string[];
  added: string[];
  styleIds: Record<FormattedRole, string>;
  before: string | null;
} {
  const main = mainDocumentPart(pkg);
  const dir = main.slice(0, main.lastIndexOf("/"));
  // the part the reader takes as styles (a relationship to a missing part or back to the
  // document is ignored; an orphan /word/styles.xml without relationship is still read)
  const name = relatedPart(pkg, main, "styles", `${dir}/styles.xml`) ?? null;
  const existing = name === null ? null : getXmlPart(pkg, name);
  if (name === null || existing === null || existing.trim() === "") {
    const xml = stylesPartXml(profile);
    const rels = relationships(pkg, main);
    const dangling = rels.find(
      (r) => r.type === REL_STYLES && r.targetMode === undefined && !findPart(pkg, r.target)
    );
    const partName = name ?? dangling?.target ?? freePartName(pkg, `${dir}/styles`, ".xml");
    setXmlPart(pkg, partName, xml, CT_STYLES);
    if (!hasStylesRelationshipTo(pkg, main, partName)) {
      addStylesRelationship(pkg, main, partName.slice(dir.length + 1));
    }
    const styleIds = {} as Record<FormattedRole, string>;
    for (const r of Object.keys(profile.roles) as FormattedRole[])
      styleIds[r] = profile.roles[r].styleId;
    return { replaced: [], added: Object.values(styleIds), styleIds, before: null };
  }
  if (!hasStylesRelationshipTo(pkg, main, name)) {
    // an orphan styles part: merged, and its relationship restored
    addStylesRelationship(
      pkg,
      main,
      name.startsWith(`${dir}/`) ? name.slice(dir.length + 1) : name
    );
  }
  const merged = mergeStylesPart(existing, profile);
  setXmlPart(pkg, name, merged.xml);
  return {
    replaced: merged.replaced,
    added: merged.added,
    styleIds: merged.styleIds,
    before: existing,
  };
}

type TargetedEdit = Exclude<Edit, { op: "setPage" }>;

/**
 * Applies an edit plan to a package in place (the CLI formatter; R13–R19 and text fixes).
 *
 * - `setRole`: the styles part is made to hold our styles first ({@link ensureStyles}); the
 *   paragraph (by index, in reader order: {@link bodyParagraphs}) is formatted with
 *   {@link formatParagraphElement}, keeping numbering it had through its old style.
 * - `setPage`: every section ({@link setPageSize}).
 * - `replaceText`: {@link replaceParagraphText}; several in one paragraph are applied from the
 *   end backwards, overlapping ones skipped.
 *
 * Staleness: `doc` must be the model read from this package. An edit is stale (skipped, counted)
 * when its index is out of range, when the paragraph's text hash (or Word id, when both have one)
 * differs from the target, or — for edits that use text offsets (replaceText, setRole with
 * headingEnd) — when the text seen here differs from the reader's. Per paragraph, setRole runs
 * before replaceText; offsets always refer to the text at check time.
 *
 * @returns counts of applied and skipped edits and the styles merge result.
 * @throws Error when `doc` has a different number of paragraphs than the package (not its model);
 *   OoxmlError from reading the parts (malformed or unsafe XML, no main document).
 */
export function applyEdits(
  pkg: OpcPackage,
  doc: ReportDocument,
  edits: Edit[],
  profile: Profile
): ApplyEditsResult {
  const main = mainDocumentPart(pkg);
  const xml = getXmlPart(pkg, main);
  if (xml === null) throw new Error(`applyEdits: main document part ${main} is missing`);
  const dom = parseXml(xml, main);
  const paras = bodyParagraphs(dom);
  if (paras.length !== doc.paragraphs.length) {
    throw new Error(
      `applyEdits: the model has ${doc.paragraphs.length} paragraphs, the package ${paras.length}`
    );
  }
  const result: ApplyEditsResult = {
    applied: 0,
    skippedStale: 0,
    skippedOverlap: 0,
    styles: { replaced: [], added: [] },
  };
  let changed = false;

  const byParagraph = new Map<number, TargetedEdit[]>();
  for (const e of edits) {
    if (e.op === "setPage") {
      if (setPageSize(dom, e.width, e.height, e.orientation) > 0) {
        result.applied++;
        changed = true;
      } else {
        result.skippedStale++;
      }
      continue;
    }
    const list = byParagraph.get(e.target.index) ?? [];
    list.push(e);
    byParagraph.set(e.target.index, list);
  }

  const needsStyles = [...byParagraph.values()].some((l) => l.some((e) => e.op === "setRole"));
  let styleIds: Record<FormattedRole, string> | null = null;
  if (needsStyles) {
    const ensured = ensureStyles(pkg, profile);
    styleIds = ensured.styleIds;
    result.styles = { replaced: ensured.replaced, added: ensured.added };
  }

  for (const [index, list] of [...byParagraph].sort((a, b) => b[0] - a[0])) {
    const model = doc.paragraphs[index];
    const p = paras[index];
    if (model === undefined || p === undefined) {
      // no such paragraph (in the model or in the XML): every edit of it is stale
      result.skippedStale += list.filter(
        (e) => e.op === "setRole" || e.op === "replaceText"
      ).length;
      continue;
    }
    const fresh = (e: TargetedEdit): boolean =>
      textHash(model.text) === e.target.textHash &&
      (e.target.id === undefined || model.id === undefined || e.target.id === model.id);
    const textAgrees = paragraphText(p) === model.text;

    const roles = list.filter((e): e is Extract<Edit, { op: "setRole" }> => e.op === "setRole");
    let roleDone = false;
    for (const e of roles) {
      if (!fresh(e) || (e.headingEnd !== undefined && !textAgrees)) {
        result.skippedStale++;
        continue;
      }
      if (roleDone) {
        result.skippedOverlap++;
        continue;
      }
      // A number the old style gave (a heading style linked to a list) would go with the style:
      // it is written as the paragraph's own w:numPr. Which number, and at which level, is the
      // reader's resolution (ilvl along basedOn, or the abstractNum level whose w:pStyle is the
      // old style: "附录标题3", numId 13, stays at level 2), decided once in core.
      const fromStyle = styleNumbering(model);
      const inherited = fromStyle && { numId: fromStyle.numId, ilvl: String(fromStyle.ilvl) };
      formatParagraphElement(p, e.role, profile, {
        headingEnd: e.headingEnd,
        styleId: styleIds?.[e.role],
        inheritedNumPr: inherited || undefined,
      });
      roleDone = true;
      result.applied++;
      changed = true;
    }

    const replaces = list
      .filter((e): e is Extract<Edit, { op: "replaceText" }> => e.op === "replaceText")
      .sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1]);
    let floor = Infinity; // start of the last applied span: later (earlier-positioned) spans must end before it
    for (const e of replaces) {
      const [s, t] = e.span;
      if (!fresh(e) || !textAgrees || s < 0 || t < s || t > model.text.length) {
        result.skippedStale++;
        continue;
      }
      if (t > floor || (t === floor && s === t && floor !== Infinity)) {
        result.skippedOverlap++;
        continue;
      }
      replaceParagraphText(p, s, t, e.text);
      floor = s;
      result.applied++;
      changed = true;
    }
  }

  if (changed) setXmlPart(pkg, main, serializeXml(dom));
  return result;
}
