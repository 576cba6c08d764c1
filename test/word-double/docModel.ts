/**
 * @fileoverview The document behind the Word double: a real OOXML package (document.xml,
 * styles.xml, numbering.xml as xmldom DOMs) and the operations the Word API performs on it —
 * paragraph enumeration in the order of `body.paragraphs`, paragraph text, run splitting, style
 * lookup and resolution, `getOoxml()` packaging and `insertOoxml()` merging. Test code only (not
 * shipped); no Node APIs (xmldom/fflate only) because the double is also bundled for the browser
 * end-to-end test.
 *
 * Every behaviour that imitates a known Word weakness cites its source in
 * `shared/reference/officejs-facts.md` (§ and fact number) or the public issue.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import {
  type OpcPackage,
  findPart,
  getXmlPart,
  mainDocumentPart,
  readFlatOpc,
  relationships,
  relsPartName,
  setXmlPart,
  writeFlatOpc,
  RELS_CONTENT_TYPE,
  REL_OFFICE_DOCUMENT,
} from "../../src/ooxml/package";
import { type Document, type Element, type Node, MC, W, parseXml } from "../../src/ooxml/xml";
import { NumberingState } from "../../src/ooxml/numbering";
import { parseLite } from "../../src/ooxml/parse-xml";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const REL_NUMBERING =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
const CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
/** Custom XML data parts (ECMA-376 Part 1 §15.2.4, §15.2.5, §22.5): relationship and content types. */
const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

/**
 * One custom XML part of the document's data store (what `document.customXmlParts` and the
 * Common API `Office.context.document.customXmlParts` see): Word's id — the `ds:itemID` GUID of
 * its properties part, e.g. "{7E3A…}" — and its XML as stored. The double stores the XML as
 * given; real Word may re-serialise it (VERIFY).
 */
export interface CustomXmlEntry {
  id: string;
  xml: string;
}

/** The namespace of a custom XML part: its root element's namespace URI ("" when none or unparsable). */
export function customXmlNamespace(xml: string): string {
  try {
    return parseXml(xml, "customXml").documentElement?.namespaceURI ?? "";
  } catch {
    return "";
  }
}

/** An error the double raises inside a batch; the API layer turns it into an OfficeExtension.Error. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** A paragraph of the main story with its table nesting level. */
export interface ParaInfo {
  el: Element;
  depth: number;
}

/** A text position range inside the main story (paragraph elements + UTF-16 offsets). */
export interface Span {
  startP: Element;
  start: number;
  endP: Element;
  end: number;
}

/** Built-in styles: lower-case `w:name` → [display name as Word shows it, `styleBuiltIn` enum]. Localised names (标题 1) are NOT simulated. */
const BUILT_INS: Record<string, [string, string]> = (() => {
  const m: Record<string, [string, string]> = {
    normal: ["Normal", "Normal"],
    title: ["Title", "Title"],
    subtitle: ["Subtitle", "Subtitle"],
    caption: ["Caption", "Caption"],
    "list paragraph": ["List Paragraph", "ListParagraph"],
    "no spacing": ["No Spacing", "NoSpacing"],
    quote: ["Quote", "Quote"],
    header: ["Header", "Header"],
    footer: ["Footer", "Footer"],
    "footnote text": ["Footnote Text", "FootnoteText"],
    "table grid": ["Table Grid", "TableGrid"],
  };
  for (let i = 1; i <= 9; i++) {
    m[`heading ${i}`] = [`Heading ${i}`, `Heading${i}`];
    m[`toc ${i}`] = [`TOC ${i}`, `Toc${i}`];
  }
  return m;
})();

function isW(n: Node | null, local: string): n is Element {
  return n !== null && n.nodeType === 1 && n.namespaceURI === W && n.localName === local;
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

function childW(el: Element | null, local: string): Element | null {
  if (!el) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return null;
}

function valW(el: Element | null): string | null {
  if (!el || !el.hasAttributeNS(W, "val")) return null;
  return el.getAttributeNS(W, "val");
}

/** `w:b`-style toggle value: present without val, or val true/1/on. */
function onOff(el: Element | null): boolean | null {
  if (!el) return null;
  const v = valW(el);
  return v === null || v === "true" || v === "1" || v === "on";
}

/** Element order of `w:pPr` children (ECMA-376 CT_PPrBase), used to insert in schema order. */
const PPR_ORDER = [
  "pStyle",
  "keepNext",
  "keepLines",
  "pageBreakBefore",
  "framePr",
  "widowControl",
  "numPr",
  "suppressLineNumbers",
  "pBdr",
  "shd",
  "tabs",
  "suppressAutoHyphens",
  "kinsoku",
  "wordWrap",
  "overflowPunct",
  "topLinePunct",
  "autoSpaceDE",
  "autoSpaceDN",
  "bidi",
  "adjustRightInd",
  "snapToGrid",
  "spacing",
  "ind",
  "contextualSpacing",
  "mirrorIndents",
  "suppressOverlap",
  "jc",
  "textDirection",
  "textAlignment",
  "textboxTightWrap",
  "outlineLvl",
  "divId",
  "cnfStyle",
  "rPr",
  "sectPr",
  "pPrChange",
];
/** Element order of `w:rPr` children (CT_RPr). */
const RPR_ORDER = [
  "rStyle",
  "rFonts",
  "b",
  "bCs",
  "i",
  "iCs",
  "caps",
  "smallCaps",
  "strike",
  "dstrike",
  "outline",
  "shadow",
  "emboss",
  "imprint",
  "noProof",
  "snapToGrid",
  "vanish",
  "webHidden",
  "color",
  "spacing",
  "w",
  "kern",
  "position",
  "sz",
  "szCs",
  "highlight",
  "u",
  "effect",
  "bdr",
  "shd",
  "fitText",
  "vertAlign",
  "rtl",
  "cs",
  "em",
  "lang",
  "eastAsianLayout",
  "specVanish",
  "oMath",
];

/** Returns the child `local` of `parent`, creating it in schema order when absent. */
function ensureChild(parent: Element, local: string, order: string[]): Element {
  const existing = childW(parent, local);
  if (existing) return existing;
  const el = parent.ownerDocument!.createElementNS(W, `w:${local}`);
  const rank = order.indexOf(local);
  let before: Node | null = null;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).namespaceURI === W) {
      const r = order.indexOf((c as Element).localName!);
      if (r > rank) {
        before = c;
        break;
      }
    }
  }
  parent.insertBefore(el, before);
  return el;
}

/** Ensures `w:pPr` as the first child of a paragraph (or a style). */
export function ensurePPr(p: Element): Element {
  const existing = childW(p, "pPr");
  if (existing) return existing;
  const el = p.ownerDocument!.createElementNS(W, "w:pPr");
  const isStyle = p.localName === "style";
  p.insertBefore(el, isStyle ? null : p.firstChild);
  if (isStyle) {
    // CT_Style: name, aliases, basedOn, next, link, … pPr, rPr, tblPr …: put pPr before rPr/tblPr.
    const rPr = childW(p, "rPr") ?? childW(p, "tblPr");
    if (rPr) p.insertBefore(el, rPr);
  }
  return el;
}

/** Ensures `w:rPr` of a run (first child) or of a style. */
export function ensureRPr(r: Element): Element {
  const existing = childW(r, "rPr");
  if (existing) return existing;
  const el = r.ownerDocument!.createElementNS(W, "w:rPr");
  if (r.localName === "style") {
    const after = childW(r, "tblPr") ?? childW(r, "trPr") ?? childW(r, "tcPr") ?? null;
    r.insertBefore(el, after);
  } else {
    r.insertBefore(el, r.firstChild);
  }
  return el;
}

export function setPPrChild(pPr: Element, local: string): Element {
  return ensureChild(pPr, local, PPR_ORDER);
}

export function setRPrChild(rPr: Element, local: string): Element {
  return ensureChild(rPr, local, RPR_ORDER);
}

/** Elements whose content is not part of `Paragraph.text` (text boxes, deleted text, field codes). */
const SKIP_TEXT = new Set([
  "pPr",
  "rPr",
  "drawing",
  "pict",
  "object",
  "del",
  "moveFrom",
  "instrText",
  "fldChar",
  "delText",
]);

/**
 * The OOXML document of the double.
 */
export class DocModel {
  readonly pkg: OpcPackage;
  readonly docPart: string;
  doc: Document;
  styles: Document;
  numbering: Document | null;
  rels: Document;
  private readonly ids = new WeakMap<Element, string>();
  private nextId = 1;
  /** Paragraph change tracking for events (reset by the API layer after each sync). */
  changed = new Set<Element>();
  added = new Set<Element>();
  deleted: string[] = [];
  /** The custom XML data store, in document order (the main document's customXml relationships). */
  customXml: CustomXmlEntry[] = [];
  private guidSeed = 0;
  /** Host weaknesses the model applies (set from the double's host profile; see hosts.ts). */
  quirks = {
    /** office-js#3149: a single paragraph inserted over one keeps the target's pPr. */
    singleParagraphKeepsTargetPPr: false,
    /** office-js#2914: the last paragraph of a multi-paragraph insertOoxml loses its style. */
    lastInsertedParagraphLosesStyle: false,
    /** office-js#1267 (web): `text` includes deleted (tracked) text. */
    textIncludesDeletedText: false,
  };
  /**
   * `Document.changeTrackingMode` (WordApi 1.4). When not "Off", replaced text and re-inserted
   * OOXML become a deletion of the old runs plus an insertion of the new ones (office-js#329,
   * #334: "calling range.insertOoxml marks the original text as removed+inserted").
   */
  changeTrackingMode = "Off";
  private revisionId = 1;

  constructor(pkg: OpcPackage) {
    this.pkg = pkg;
    this.docPart = mainDocumentPart(pkg);
    this.doc = parseXml(getXmlPart(pkg, this.docPart) ?? "", this.docPart);
    const rels = relationships(pkg, this.docPart);
    const relsName = relsPartName(this.docPart);
    this.rels = parseXml(
      getXmlPart(pkg, relsName) ??
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
      relsName
    );
    const stylesRel = rels.find((r) => r.type === REL_STYLES);
    const stylesXml = stylesRel ? getXmlPart(pkg, stylesRel.target) : null;
    if (stylesXml) {
      this.styles = parseXml(stylesXml, stylesRel!.target);
    } else {
      this.styles = parseXml(`<w:styles xmlns:w="${W}"/>`);
      this.addRel(REL_STYLES, "styles.xml");
    }
    const numRel = rels.find((r) => r.type === REL_NUMBERING);
    const numXml = numRel ? getXmlPart(pkg, numRel.target) : null;
    this.numbering = numXml ? parseXml(numXml, numRel!.target) : null;
    // The data store: every custom XML part the main document relates to, with the id of its
    // properties part (Word writes one per item: /customXml/itemPropsN.xml, ds:itemID).
    for (const r of rels) {
      if (r.type !== REL_CUSTOM_XML || r.targetMode === "External") continue;
      const part = findPart(pkg, r.target);
      if (!part || typeof part.data !== "string") continue;
      const props = relationships(pkg, part.name).find((x) => x.type === REL_CUSTOM_XML_PROPS);
      const propsXml = props ? getXmlPart(pkg, props.target) : null;
      const id = propsXml ? /itemID\s*=\s*"([^"]+)"/.exec(propsXml)?.[1] : undefined;
      this.customXml.push({ id: id ?? this.newGuid(), xml: part.data });
    }
  }

  /** A new GUID in Word's form ("{8 hex-4-4-4-12}", upper case), deterministic per double. */
  newGuid(): string {
    const n = (++this.guidSeed).toString(16).toUpperCase().padStart(12, "0");
    return `{C0DE0000-0000-4000-8000-${n}}`;
  }

  private addRel(type: string, target: string): void {
    const root = this.rels.documentElement!;
    let n = 1;
    const used = new Set<string>();
    for (const c of elementChildren(root)) used.add(c.getAttribute("Id") ?? "");
    while (used.has(`rIdD${n}`)) n++;
    const rel = this.rels.createElementNS(root.namespaceURI, "Relationship");
    rel.setAttribute("Id", `rIdD${n}`);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", target);
    root.appendChild(rel);
  }

  /** Serialises the DOMs back into the package and returns it. */
  syncPackage(): OpcPackage {
    const ser = new XMLSerializer();
    setXmlPart(this.pkg, this.docPart, ser.serializeToString(this.doc), CT_MAIN);
    const dir = this.docPart.slice(0, this.docPart.lastIndexOf("/") + 1);
    setXmlPart(this.pkg, `${dir}styles.xml`, ser.serializeToString(this.styles), CT_STYLES);
    if (this.numbering) {
      setXmlPart(
        this.pkg,
        `${dir}numbering.xml`,
        ser.serializeToString(this.numbering),
        CT_NUMBERING
      );
    }
    this.syncCustomXml();
    setXmlPart(
      this.pkg,
      relsPartName(this.docPart),
      ser.serializeToString(this.rels),
      RELS_CONTENT_TYPE
    );
    return this.pkg;
  }

  /**
   * Writes the data store as Word saves it: `/customXml/itemN.xml` (N from 1, in store order),
   * `/customXml/itemPropsN.xml` (`ds:datastoreItem ds:itemID` + a schemaRef to the root
   * namespace), `/customXml/_rels/itemN.xml.rels`, and one customXml relationship per item from
   * the main document (old ones replaced).
   */
  private syncCustomXml(): void {
    for (const name of [...this.pkg.parts.keys()])
      if (/^\/customXml\//i.test(name)) this.pkg.parts.delete(name);
    const root = this.rels.documentElement!;
    for (const c of elementChildren(root))
      if (c.getAttribute("Type") === REL_CUSTOM_XML) root.removeChild(c);
    const up = "../".repeat(this.docPart.split("/").length - 2);
    this.customXml.forEach((entry, i) => {
      const n = i + 1;
      setXmlPart(this.pkg, `/customXml/item${n}.xml`, entry.xml, "application/xml");
      const ns = customXmlNamespace(entry.xml);
      const refs = ns
        ? `<ds:schemaRefs><ds:schemaRef ds:uri="${ns.replace(/"/g, "&quot;")}"/></ds:schemaRefs>`
        : "<ds:schemaRefs/>";
      setXmlPart(
        this.pkg,
        `/customXml/itemProps${n}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${entry.id}" xmlns:ds="${DS}">${refs}</ds:datastoreItem>`,
        CT_CUSTOM_XML_PROPS
      );
      setXmlPart(
        this.pkg,
        `/customXml/_rels/item${n}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
        RELS_CONTENT_TYPE
      );
      this.addRel(REL_CUSTOM_XML, `${up}customXml/item${n}.xml`);
    });
  }

  get body(): Element {
    const root = this.doc.documentElement!;
    const body = childW(root, "body");
    if (!body) throw new HostError("GeneralException", "document.xml has no w:body");
    return body;
  }

  // ------------------------------------------------------------------ paragraphs

  /** Paragraphs of the main story in the order of `body.paragraphs` (body and table cells). */
  paragraphs(): ParaInfo[] {
    const out: ParaInfo[] = [];
    const walk = (container: Element, depth: number): void => {
      for (const c of elementChildren(container)) {
        if (c.namespaceURI !== W) continue;
        switch (c.localName) {
          case "p":
            out.push({ el: c, depth });
            break;
          case "tbl":
            for (const tr of elementChildren(c).filter((e) => isW(e, "tr"))) {
              for (const tc of elementChildren(tr).filter((e) => isW(e, "tc"))) walk(tc, depth + 1);
            }
            break;
          case "sdt": {
            const content = childW(c, "sdtContent");
            if (content) walk(content, depth);
            break;
          }
          case "customXml":
            walk(c, depth);
            break;
          default:
            break;
        }
      }
    };
    walk(this.body, 0);
    return out;
  }

  /** True when `p` is still in the document. */
  attached(p: Element): boolean {
    for (let n: Node | null = p; n; n = n.parentNode) if (n === this.body) return true;
    return false;
  }

  /** Gives `from`'s uniqueLocalId to `to`; `from` gets a fresh one (Mac, office-js#5784). */
  moveId(from: Element, to: Element): void {
    this.ids.set(to, this.idOf(from));
    this.ids.delete(from);
  }

  /** True while change tracking is on. */
  get tracking(): boolean {
    return this.changeTrackingMode !== "Off";
  }

  /** A `w:ins` / `w:del` revision element (id, author, date). */
  private revision(local: "ins" | "del"): Element {
    const el = this.doc.createElementNS(W, `w:${local}`);
    el.setAttributeNS(W, "w:id", String(this.revisionId++));
    el.setAttributeNS(W, "w:author", "Word");
    el.setAttributeNS(W, "w:date", "2026-12-01T00:00:00Z");
    return el;
  }

  /** Marks runs as a tracked deletion: each is wrapped in `w:del`, its `w:t` become `w:delText`. */
  trackDelete(nodes: Element[]): void {
    for (const r of nodes) {
      const del = this.revision("del");
      r.parentNode!.insertBefore(del, r);
      del.appendChild(r);
      for (const t of [...r.getElementsByTagNameNS(W, "t")] as Element[]) {
        const dt = this.doc.createElementNS(W, "w:delText");
        for (const a of ["xml:space"]) {
          const v = t.getAttribute(a);
          if (v) dt.setAttributeNS(XML_NS, a, v);
        }
        while (t.firstChild) dt.appendChild(t.firstChild);
        t.parentNode!.replaceChild(dt, t);
      }
    }
  }

  /** Marks the content of paragraphs as a tracked insertion (runs wrapped in `w:ins`). */
  trackInsert(paras: Element[]): void {
    for (const p of paras) {
      for (const c of elementChildren(p)) {
        if (isW(c, "pPr") || isW(c, "ins") || isW(c, "del")) continue;
        const ins = this.revision("ins");
        p.insertBefore(ins, c);
        ins.appendChild(c);
      }
    }
  }

  /** The live content of a paragraph as revision targets (children other than pPr and existing revisions). */
  private liveContent(p: Element): Element[] {
    return elementChildren(p).filter((c) => !isW(c, "pPr") && !isW(c, "del"));
  }

  /** Word's `uniqueLocalId`: stable per paragraph element for the double's lifetime (facts §5.2). */
  idOf(p: Element): string {
    let id = this.ids.get(p);
    if (!id) {
      const n = (this.nextId++).toString(16).toUpperCase().padStart(8, "0");
      id = `{${n}-0000-4000-8000-00000000D0BE}`;
      this.ids.set(p, id);
    }
    return id;
  }

  /** Text-bearing runs of a paragraph in order (not inside text boxes, deletions or field codes). */
  runs(p: Element): Element[] {
    const out: Element[] = [];
    const walk = (el: Element): void => {
      for (const c of elementChildren(el)) {
        if (c.namespaceURI === MC) continue; // mc:AlternateContent holds drawings/text boxes
        if (c.namespaceURI === W && SKIP_TEXT.has(c.localName!)) {
          if (!(this.quirks.textIncludesDeletedText && c.localName === "del")) continue;
        }
        if (isW(c, "r")) out.push(c);
        else walk(c);
      }
    };
    walk(p);
    return out;
  }

  /** Pieces of a run's content with their text. */
  private pieces(r: Element): { node: Element; text: string }[] {
    const out: { node: Element; text: string }[] = [];
    for (const c of elementChildren(r)) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case "t":
          out.push({ node: c, text: c.textContent ?? "" });
          break;
        case "delText":
          if (this.quirks.textIncludesDeletedText) out.push({ node: c, text: c.textContent ?? "" });
          break;
        case "tab":
          out.push({ node: c, text: "\t" });
          break;
        case "br":
        case "cr": {
          // Word's Paragraph.text: line break "\v", page break "\f", column break U+000E (as src/ooxml/parse).
          const type = c.getAttributeNS(W, "type");
          out.push({ node: c, text: type === "page" ? "\f" : type === "column" ? "\u000E" : "\v" });
          break;
        }
        case "noBreakHyphen":
          out.push({ node: c, text: "-" });
          break;
        case "sym": {
          const code = parseInt(c.getAttributeNS(W, "char") || "0", 16);
          out.push({ node: c, text: code > 0 ? String.fromCharCode(code) : "" });
          break;
        }
        default:
          break;
      }
    }
    return out;
  }

  runText(r: Element): string {
    return this.pieces(r)
      .map((x) => x.text)
      .join("");
  }

  /** `Paragraph.text`: the paragraph's text without numbering label or paragraph mark. */
  text(p: Element): string {
    return this.runs(p)
      .map((r) => this.runText(r))
      .join("");
  }

  /** Splits runs so that a run boundary falls at `offset` of the paragraph text. */
  splitAt(p: Element, offset: number): void {
    let pos = 0;
    for (const r of this.runs(p)) {
      const len = this.runText(r).length;
      if (offset > pos && offset < pos + len) {
        this.splitRun(r, offset - pos);
        return;
      }
      pos += len;
    }
  }

  private splitRun(r: Element, k: number): void {
    const d = r.ownerDocument!;
    const right = r.cloneNode(false) as Element;
    const rPr = childW(r, "rPr");
    if (rPr) right.appendChild(rPr.cloneNode(true));
    let acc = 0;
    const move: Node[] = [];
    for (const piece of this.pieces(r)) {
      const l = piece.text.length;
      if (acc >= k) move.push(piece.node);
      else if (acc + l > k) {
        const s = piece.text;
        piece.node.textContent = s.slice(0, k - acc);
        piece.node.setAttributeNS(XML_NS, "xml:space", "preserve");
        const t = d.createElementNS(W, "w:t");
        t.setAttributeNS(XML_NS, "xml:space", "preserve");
        t.appendChild(d.createTextNode(s.slice(k - acc)));
        right.appendChild(t);
      }
      acc += l;
    }
    for (const n of move) right.appendChild(n);
    r.parentNode!.insertBefore(right, r.nextSibling);
  }

  /** The runs fully inside [start, end) after splitting at both ends. */
  runsIn(p: Element, start: number, end: number): Element[] {
    this.splitAt(p, start);
    this.splitAt(p, end);
    const out: Element[] = [];
    let pos = 0;
    for (const r of this.runs(p)) {
      const len = this.runText(r).length;
      if (len > 0 && pos >= start && pos + len <= end) out.push(r);
      pos += len;
    }
    return out;
  }

  /** Replaces [start, end) of the paragraph text with `text`, keeping the formatting of the first replaced (or adjacent) run. */
  replaceText(p: Element, start: number, end: number, text: string): void {
    const d = p.ownerDocument!;
    const inSpan = this.runsIn(p, start, end);
    let model: Element | null = inSpan[0] ?? null;
    let anchor: Node | null = null; // insert before this node
    let parent: Node = p;
    if (model) {
      anchor = model;
      parent = model.parentNode!;
    } else {
      let pos = 0;
      for (const r of this.runs(p)) {
        const len = this.runText(r).length;
        if (pos + len === start && len > 0) {
          model = r;
          anchor = r.nextSibling;
          parent = r.parentNode!;
        } else if (pos === start && !model) {
          model = r;
          anchor = r;
          parent = r.parentNode!;
        }
        pos += len;
      }
    }
    if (text !== "") {
      const run = d.createElementNS(W, "w:r");
      const rPr = model ? childW(model, "rPr") : null;
      if (rPr) run.appendChild(rPr.cloneNode(true));
      const t = d.createElementNS(W, "w:t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(d.createTextNode(text));
      run.appendChild(t);
      if (this.tracking) {
        const ins = this.revision("ins");
        ins.appendChild(run);
        parent.insertBefore(ins, anchor);
      } else parent.insertBefore(run, anchor);
    }
    if (this.tracking) this.trackDelete(inSpan);
    else for (const r of inSpan) r.parentNode!.removeChild(r);
    this.changed.add(p);
  }

  /** Removes a paragraph (keeps at least one paragraph in the body, as Word does). */
  removeParagraph(p: Element): void {
    this.deleted.push(this.idOf(p));
    this.changed.delete(p);
    this.added.delete(p);
    const parent = p.parentNode!;
    parent.removeChild(p);
    if (isW(parent, "tc") && !childW(parent, "p")) {
      parent.appendChild(this.doc.createElementNS(W, "w:p"));
    }
    if (this.paragraphs().length === 0) {
      const np = this.doc.createElementNS(W, "w:p");
      this.body.insertBefore(np, childW(this.body, "sectPr"));
      this.added.add(np);
    }
  }

  // ------------------------------------------------------------------ styles

  allStyles(): Element[] {
    return elementChildren(this.styles.documentElement!).filter((e) => isW(e, "style"));
  }

  styleById(id: string | null): Element | null {
    if (id === null) return null;
    return this.allStyles().find((s) => s.getAttributeNS(W, "styleId") === id) ?? null;
  }

  styleName(s: Element): string {
    return valW(childW(s, "name")) ?? s.getAttributeNS(W, "styleId") ?? "";
  }

  /** Display name as `Paragraph.style`/`Style.nameLocal` return it (English built-in names; localisation not simulated). */
  displayName(s: Element): string {
    const n = this.styleName(s);
    return BUILT_INS[n.toLowerCase()]?.[0] ?? n;
  }

  builtInOf(s: Element | null): string {
    if (!s) return "Normal";
    return BUILT_INS[this.styleName(s).toLowerCase()]?.[1] ?? "Other";
  }

  /** Finds a style by the name `paragraph.style = name` takes: its display name or `w:name`, case-insensitively. */
  styleByName(name: string, type?: string): Element | null {
    const key = name.toLowerCase();
    return (
      this.allStyles().find(
        (s) =>
          (type === undefined || s.getAttributeNS(W, "type") === type) &&
          (this.styleName(s).toLowerCase() === key || this.displayName(s).toLowerCase() === key)
      ) ?? null
    );
  }

  defaultStyle(type: string): Element | null {
    return (
      this.allStyles().find(
        (s) =>
          s.getAttributeNS(W, "type") === type &&
          ["1", "true", "on"].includes(s.getAttributeNS(W, "default") ?? "")
      ) ?? null
    );
  }

  /** The paragraph style of `p` (its `w:pStyle`, else the default paragraph style). */
  paraStyle(p: Element): Element | null {
    const id = valW(childW(childW(p, "pPr"), "pStyle"));
    return (id !== null ? this.styleById(id) : null) ?? this.defaultStyle("paragraph");
  }

  /** The basedOn chain of a style, the style first (cycles cut). */
  chain(s: Element | null): Element[] {
    const out: Element[] = [];
    for (
      let cur = s;
      cur && !out.includes(cur);
      cur = this.styleById(valW(childW(cur, "basedOn")))
    ) {
      out.push(cur);
    }
    return out;
  }

  private docDefault(kind: "pPr" | "rPr"): Element | null {
    const dd = childW(this.styles.documentElement, "docDefaults");
    return kind === "pPr"
      ? childW(childW(dd, "pPrDefault"), "pPr")
      : childW(childW(dd, "rPrDefault"), "rPr");
  }

  /** Resolves a `w:pPr` child through paragraph → style chain → docDefaults. */
  resolvePPr(p: Element | null, style: Element | null, local: string): Element | null {
    const own = p ? childW(childW(p, "pPr"), local) : null;
    if (own) return own;
    for (const s of this.chain(style)) {
      const v = childW(childW(s, "pPr"), local);
      if (v) return v;
    }
    return childW(this.docDefault("pPr"), local);
  }

  /** Resolves a `w:rPr` child through run → paragraph style chain → docDefaults. */
  resolveRPr(r: Element | null, style: Element | null, local: string): Element | null {
    const own = r ? childW(childW(r, "rPr"), local) : null;
    if (own) return own;
    for (const s of this.chain(style)) {
      const v = childW(childW(s, "rPr"), local);
      if (v) return v;
    }
    return childW(this.docDefault("rPr"), local);
  }

  /** Resolves one `w:rFonts` attribute (ascii, hAnsi, eastAsia) through the same chain. */
  resolveFont(r: Element | null, style: Element | null, attr: string): string | null {
    const sources: (Element | null)[] = [r ? childW(childW(r, "rPr"), "rFonts") : null];
    for (const s of this.chain(style)) sources.push(childW(childW(s, "rPr"), "rFonts"));
    sources.push(childW(this.docDefault("rPr"), "rFonts"));
    for (const f of sources) if (f && f.hasAttributeNS(W, attr)) return f.getAttributeNS(W, attr);
    return null;
  }

  /** `Paragraph.alignment` / `ParagraphFormat.alignment` from the resolved `w:jc`. */
  alignmentOf(p: Element | null, style: Element | null): string {
    const jc = valW(this.resolvePPr(p, style, "jc"));
    switch (jc) {
      case "center":
        return "Centered";
      case "right":
      case "end":
        return "Right";
      case "both":
      case "distribute":
        return "Justified";
      default:
        return "Left";
    }
  }

  /** Line spacing in points as the API reports it (exact/atLeast: twips/20; auto: 240ths × 12). */
  lineSpacingOf(p: Element | null, style: Element | null): number {
    const sp = this.resolvePPr(p, style, "spacing");
    const line = sp && sp.hasAttributeNS(W, "line") ? Number(sp.getAttributeNS(W, "line")) : 240;
    const rule = sp?.getAttributeNS(W, "lineRule") || "auto";
    return rule === "auto" ? (line / 240) * 12 : line / 20;
  }

  isListItem(p: Element): boolean {
    const numId = valW(childW(this.resolvePPr(p, this.paraStyle(p), "numPr"), "numId"));
    return numId !== null && numId !== "0";
  }

  // ------------------------------------------------------------------ lists (WordApi 1.3)

  /**
   * The list instance (`w:num`) and level a paragraph is numbered with, or null. The level is the
   * `w:ilvl` of the `w:numPr` that numbers it; when that names none (a heading style giving only
   * `w:numId`, as WPS and many templates write it), the `w:ilvl` further up the style's basedOn
   * chain, else the level of the abstract numbering whose `w:lvl/w:pStyle` is the paragraph's
   * style ("the paragraph style which shall automatically apply this numbering level",
   * ECMA-376 Part 1 §17.9.23 pStyle), else 0 — as `ListItem.level` reports a heading's level.
   */
  numberingOf(p: Element): { numId: string; ilvl: number } | null {
    const style = this.paraStyle(p);
    const numPr = this.resolvePPr(p, style, "numPr");
    const numId = valW(childW(numPr, "numId"));
    if (numId === null || numId === "0") return null;
    let ilvl = valW(childW(numPr, "ilvl"));
    if (ilvl === null && numPr !== childW(childW(p, "pPr"), "numPr")) {
      for (const s of this.chain(style)) {
        ilvl = valW(childW(childW(childW(s, "pPr"), "numPr"), "ilvl"));
        if (ilvl !== null) break;
      }
      if (ilvl === null && style !== null) ilvl = this.levelLinkedTo(numId, style);
    }
    return { numId, ilvl: Number(ilvl ?? 0) || 0 };
  }

  /** The `w:ilvl` of the level of `numId`'s abstract numbering linked to `style` (`w:pStyle`). */
  private levelLinkedTo(numId: string, style: Element): string | null {
    const abs = valW(childW(this.numElement(numId), "abstractNumId"));
    const root = this.numbering?.documentElement;
    if (abs === null || !root) return null;
    const def = elementChildren(root).find(
      (e) => isW(e, "abstractNum") && e.getAttributeNS(W, "abstractNumId") === abs
    );
    const styleId = style.getAttributeNS(W, "styleId");
    const lvl = elementChildren(def ?? root).find(
      (e) => isW(e, "lvl") && def !== undefined && valW(childW(e, "pStyle")) === styleId
    );
    return lvl ? lvl.getAttributeNS(W, "ilvl") : null;
  }

  /** The `w:num` element of a numId, or null. */
  private numElement(numId: string): Element | null {
    const root = this.numbering?.documentElement;
    if (!root) return null;
    return (
      elementChildren(root).find((e) => isW(e, "num") && e.getAttributeNS(W, "numId") === numId) ??
      null
    );
  }

  /**
   * `List.id` (WordApi 1.3) of the list `p` is in, or null when it is in none. Word documents the
   * id only as "the list's id"; the double uses the `w:num` instance's numId (each instance is
   * one list: a paragraph package's numbering becomes new instances, see `mergeNumbering`).
   */
  listIdOf(p: Element): number | null {
    const n = this.numberingOf(p);
    return n !== null && this.numElement(n.numId) ? Number(n.numId) : null;
  }

  /**
   * `ListItem.listString` (WordApi 1.3): the label Word shows for `p` ("一、", "1.", "•"), from
   * the document's numbering definitions and every numbered paragraph before it in document
   * order — counters per abstractNum, `w:startOverride` restarting a level, as Word counts
   * (the reader's `ooxml/numbering` NumberingState, which documents that model).
   */
  listString(p: Element): string {
    const root = this.numbering
      ? parseLite(new XMLSerializer().serializeToString(this.numbering), "numbering")
      : null;
    const state = new NumberingState(root, (styleId) =>
      valW(childW(childW(childW(this.styleById(styleId), "pPr"), "numPr"), "numId"))
    );
    for (const { el } of this.paragraphs()) {
      const n = this.numberingOf(el);
      const label = n ? state.next(n.numId, n.ilvl) : null;
      if (el === p) return label?.label ?? "";
    }
    return "";
  }

  /**
   * `Paragraph.attachToList(listId, level)` (WordApi 1.3): "Lets the paragraph join an existing
   * list at the specified level. Fails if the paragraph cannot join the list or if the paragraph
   * is already a list item" (Word.Paragraph reference; the error code is not documented — the
   * double throws InvalidArgument). It writes only the paragraph's `w:numPr`: Word does not copy
   * the level's indentation onto the paragraph (office-js#6524), so neither does the double.
   */
  attachToList(p: Element, listId: number, level: number): void {
    if (this.isListItem(p))
      throw new HostError("InvalidArgument", "attachToList: the paragraph is already a list item.");
    if (!Number.isInteger(level) || level < 0 || level > 8)
      throw new HostError("InvalidArgument", `attachToList: bad level ${String(level)}`);
    if (!Number.isInteger(listId) || !this.numElement(String(listId)))
      throw new HostError("InvalidArgument", `attachToList: no list ${String(listId)}`);
    const numPr = setPPrChild(ensurePPr(p), "numPr");
    while (numPr.firstChild) numPr.removeChild(numPr.firstChild);
    for (const [local, v] of [
      ["ilvl", String(level)],
      ["numId", String(listId)],
    ] as const) {
      const el = this.doc.createElementNS(W, `w:${local}`);
      el.setAttributeNS(W, "w:val", v);
      numPr.appendChild(el);
    }
    this.changed.add(p);
  }

  /**
   * `Paragraph.detachFromList()` (WordApi 1.3): "Moves this paragraph out of its list, if the
   * paragraph is a list item" — its own `w:numPr` goes; a style's numbering is cancelled with
   * numId 0 (what Word writes for 无编号 over a numbered style).
   */
  detachFromList(p: Element): void {
    if (!this.isListItem(p)) return;
    const pPr = childW(p, "pPr");
    const own = childW(pPr, "numPr");
    if (own) pPr!.removeChild(own);
    if (this.isListItem(p)) {
      const numPr = setPPrChild(ensurePPr(p), "numPr");
      const numId = this.doc.createElementNS(W, "w:numId");
      numId.setAttributeNS(W, "w:val", "0");
      numPr.appendChild(numId);
    }
    this.changed.add(p);
  }

  /** Creates a missing style is NOT done by the API: assigning an unknown style name fails. */
  applyParagraphStyle(p: Element, name: string): void {
    const s = this.styleByName(name);
    if (!s) {
      // Evidence: inferred, not observed. The official sample checks getByNameOrNullObject before
      // assigning (facts §3 fact 2); Word rejecting an unknown style name with ItemNotFound is
      // the documented error code for a missing item. VERIFY on real Word.
      throw new HostError("ItemNotFound", `Style "${name}" does not exist in the document.`);
    }
    if (s.getAttributeNS(W, "type") === "character") {
      throw new HostError("InvalidArgument", `"${name}" is a character style.`);
    }
    const pStyle = setPPrChild(ensurePPr(p), "pStyle");
    pStyle.setAttributeNS(W, "w:val", s.getAttributeNS(W, "styleId") ?? name);
    this.changed.add(p);
  }

  // ------------------------------------------------------------------ sections

  /** Section properties in document order (paragraph-level sectPr, then the body's). */
  sections(): Element[] {
    const out: Element[] = [];
    for (const { el } of this.paragraphs()) {
      const s = childW(childW(el, "pPr"), "sectPr");
      if (s) out.push(s);
    }
    let bodySect = childW(this.body, "sectPr");
    if (!bodySect) {
      bodySect = this.doc.createElementNS(W, "w:sectPr");
      this.body.appendChild(bodySect);
    }
    out.push(bodySect);
    return out;
  }

  // ------------------------------------------------------------------ getOoxml

  /**
   * A flat-OPC package of `nodes` as `getOoxml()` returns it: the content, the body's sectPr,
   * the styles in use (plus their basedOn/link chain, the defaults and docDefaults) and the
   * numbering part when a paragraph is numbered. Word adds theme, fonts and settings parts too;
   * the double does not (our reader must not need them).
   */
  ooxmlOf(nodes: Element[]): string {
    const root = this.doc.documentElement!;
    const ser = new XMLSerializer();
    const nsAttrs: string[] = [];
    for (let i = 0; i < root.attributes.length; i++) {
      const a = root.attributes.item(i)!;
      if (a.name.startsWith("xmlns") || a.name === "mc:Ignorable")
        nsAttrs.push(`${a.name}="${a.value.replace(/"/g, "&quot;")}"`);
    }
    if (!nsAttrs.some((a) => a.startsWith("xmlns:w="))) nsAttrs.push(`xmlns:w="${W}"`);
    const out = parseXml(`<w:document ${nsAttrs.join(" ")}><w:body/></w:document>`);
    const outBody = childW(out.documentElement, "body")!;
    for (const n of nodes) outBody.appendChild(out.importNode(n, true));
    const sect = childW(this.body, "sectPr");
    if (sect) outBody.appendChild(out.importNode(sect, true));

    // Styles in use and their chains.
    const used = new Set<string>();
    const visit = (el: Element): void => {
      for (const c of elementChildren(el)) {
        if (c.namespaceURI === W && ["pStyle", "rStyle", "tblStyle"].includes(c.localName!)) {
          const v = valW(c);
          if (v) used.add(v);
        }
        visit(c);
      }
    };
    visit(outBody);
    for (const t of ["paragraph", "character", "table", "numbering"]) {
      const d = this.defaultStyle(t);
      if (d) used.add(d.getAttributeNS(W, "styleId") ?? "");
    }
    const queue = [...used];
    while (queue.length) {
      const s = this.styleById(queue.pop()!);
      if (!s) continue;
      for (const link of ["basedOn", "link"]) {
        const v = valW(childW(s, link));
        if (v && !used.has(v)) {
          used.add(v);
          queue.push(v);
        }
      }
    }
    const stylesRoot = this.styles.documentElement!;
    const stylesOut = parseXml(`<w:styles xmlns:w="${W}"/>`);
    const dd = childW(stylesRoot, "docDefaults");
    if (dd) stylesOut.documentElement!.appendChild(stylesOut.importNode(dd, true));
    for (const s of this.allStyles()) {
      if (used.has(s.getAttributeNS(W, "styleId") ?? "")) {
        stylesOut.documentElement!.appendChild(stylesOut.importNode(s, true));
      }
    }
    // The document and styles parts serialised once each. The document root's attributes are
    // namespace declarations, so what is searched for below (numId, r:embed…) can only be in the body.
    const docXml = ser.serializeToString(out);
    const stylesXml = ser.serializeToString(stylesOut);
    // A paragraph is numbered by its own w:numPr or by a style it uses (a heading style linked to
    // a list): either way the package carries the numbering part its number needs.
    const numbered = docXml.includes("numId") || stylesXml.includes("numId");
    // Pictures: Word's getOoxml() carries the image parts the range references (pkg:binaryData),
    // with their relationships under the original ids (officejs-facts §7: pixel size from the
    // image part is how the dpi check works).
    const referenced = new Set<string>();
    for (const m of docXml.matchAll(/\br:(?:embed|id|link)="([^"]+)"/g)) referenced.add(m[1]!);
    const imageRels = relationships(this.pkg, this.docPart).filter(
      (r) => referenced.has(r.id) && r.targetMode !== "External" && /\/image$/.test(r.type)
    );
    // Hyperlinks likewise keep their relationships (TargetMode="External" for a URL): the package
    // getOoxml() returns is self-contained, as a flat-OPC package must be (facts §3 fact 7).
    const linkRels = relationships(this.pkg, this.docPart).filter(
      (r) => referenced.has(r.id) && /\/hyperlink$/.test(r.type)
    );
    const docRels = [
      `<Relationship Id="rIdStylesX" Type="${REL_STYLES}" Target="styles.xml"/>`,
      numbered && this.numbering
        ? `<Relationship Id="rIdNumberingX" Type="${REL_NUMBERING}" Target="numbering.xml"/>`
        : "",
      ...imageRels.map(
        (r) =>
          `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target.replace(/^\/word\//, "")}"/>`
      ),
      ...linkRels.map((r) => {
        const q = (v: string): string =>
          v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
        const external = r.targetMode === "External";
        const target = external ? r.target : r.target.replace(/^\/word\//, "");
        const mode = external ? ' TargetMode="External"' : "";
        return `<Relationship Id="${q(r.id)}" Type="${q(r.type)}" Target="${q(target)}"${mode}/>`;
      }),
    ].join("");
    const parts = new Map<
      string,
      { name: string; contentType: string; data: string | Uint8Array }
    >();
    const add = (name: string, contentType: string, data: string | Uint8Array): void => {
      parts.set(name, { name, contentType, data });
    };
    for (const r of imageRels) {
      const part = this.pkg.parts.get(r.target);
      if (part) add(part.name, part.contentType, part.data);
    }
    add(
      "/_rels/.rels",
      RELS_CONTENT_TYPE,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`
    );
    add("/word/document.xml", CT_MAIN, docXml);
    add(
      "/word/_rels/document.xml.rels",
      RELS_CONTENT_TYPE,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels}</Relationships>`
    );
    add("/word/styles.xml", CT_STYLES, stylesXml);
    if (numbered && this.numbering)
      add("/word/numbering.xml", CT_NUMBERING, ser.serializeToString(this.numbering));
    return writeFlatOpc({ parts });
  }

  // ------------------------------------------------------------------ insertOoxml

  /**
   * Parses a flat-OPC package for `insertOoxml`, merges its styles and numbering into the
   * document and returns the imported block content (body children without the body sectPr:
   * "section properties in inserted OOXML are ignored" — facts §3 fact 9).
   *
   * Styles: a style whose styleId or name already exists in the document is NOT redefined — the
   * resident definition wins (facts §3 fact 8; office-js#5491, office-js-docs#368); new styles
   * are added. `w:docDefaults` and `w:latentStyles` of the package are ignored (facts §3 fact 7).
   *
   * Relationships (`r:embed`, `r:link`, `r:id`, … on the inserted content): resolved against the
   * INSERTED package's relationships, never the document's — a flat-OPC package is
   * self-contained (facts §3 fact 7; docs-pr word/create-better-add-ins-for-word-with-office-open-xml.md,
   * "Add objects that use additional Office Open XML parts" / "Work with images": the image's
   * binary part and its relationship must be in the package). See {@link importRelationships}.
   */
  importOoxml(flat: string): Element[] {
    let pkg2: OpcPackage;
    let doc2: Document;
    try {
      pkg2 = readFlatOpc(flat);
      const main = mainDocumentPart(pkg2);
      doc2 = parseXml(getXmlPart(pkg2, main) ?? "", main);
    } catch (e) {
      throw new HostError(
        "InvalidArgument",
        `insertOoxml: the OOXML is not a valid package (${(e as Error).message})`
      );
    }
    const main = mainDocumentPart(pkg2);
    const rels2 = relationships(pkg2, main);
    const styleMap = new Map<string, string>();
    /** Style ids the package's styles part defines (null: no styles part). */
    let packageStyles: Set<string> | null = null;
    const stylesRel = rels2.find((r) => r.type === REL_STYLES);
    const styles2 =
      stylesRel && findPart(pkg2, stylesRel.target) ? getXmlPart(pkg2, stylesRel.target) : null;
    if (styles2) {
      const s2 = parseXml(styles2, "styles");
      packageStyles = new Set();
      for (const s of elementChildren(s2.documentElement!).filter((e) => isW(e, "style"))) {
        const id = s.getAttributeNS(W, "styleId") ?? "";
        packageStyles.add(id);
        const name = valW(childW(s, "name")) ?? id;
        const resident =
          this.styleById(id) ??
          this.allStyles().find((x) => this.styleName(x).toLowerCase() === name.toLowerCase()) ??
          null;
        if (resident) {
          styleMap.set(id, resident.getAttributeNS(W, "styleId") ?? id);
        } else {
          this.styles.documentElement!.appendChild(this.styles.importNode(s, true));
        }
      }
    }
    const numMap = new Map<string, string>();
    const numRel = rels2.find((r) => r.type === REL_NUMBERING);
    const num2 = numRel ? getXmlPart(pkg2, numRel.target) : null;
    if (num2) this.mergeNumbering(parseXml(num2, "numbering"), numMap);

    const body2 = childW(doc2.documentElement, "body");
    const nodes: Element[] = [];
    if (!body2) return nodes;
    for (const c of elementChildren(body2)) {
      if (isW(c, "sectPr")) continue;
      const imported = this.doc.importNode(c, true) as Element;
      dropUnknownPStyles(imported, packageStyles);
      remap(imported, styleMap, numMap);
      nodes.push(imported);
    }
    if (this.listPerInsertedParagraph) for (const n of nodes) this.ownListPerParagraph(n);
    this.importRelationships(nodes, pkg2, main);
    return nodes;
  }

  /**
   * A fault (`faults.ownListPerInsertedParagraph`): every numbered paragraph inserted from now on
   * gets a list instance of its own (a fresh `w:num` on the same definition: its own `List.id`).
   * Word's handling of inserted numbering is undocumented and has been reported not to preserve
   * it (office-js-docs#68): this is a worst case, for testing what the add-in does when
   * re-inserted paragraphs leave their list.
   */
  listPerInsertedParagraph = false;

  private ownListPerParagraph(el: Element): void {
    const root = this.numbering?.documentElement;
    if (!root) return;
    for (const numId of elementsByTagW(el, "numId")) {
      const num = this.numElement(valW(numId) ?? "");
      if (num === null) continue;
      const ids = elementChildren(root)
        .filter((e) => isW(e, "num"))
        .map((e) => Number(e.getAttributeNS(W, "numId")) || 0);
      const copy = num.cloneNode(true) as Element;
      const id = String(Math.max(0, ...ids) + 1);
      copy.setAttributeNS(W, "w:numId", id);
      root.appendChild(copy);
      numId.setAttributeNS(W, "w:val", id);
    }
  }

  /**
   * Gives the imported nodes' relationship references a meaning in THIS document, the way Word
   * treats a valid package: a reference whose relationship the inserted package has gets a new
   * relationship here (fresh id; an internal target's part copied under a fresh name if its name
   * is taken, an external target kept with TargetMode="External") and the attribute is rewritten.
   * A reference the inserted package does NOT resolve is left dangling: it is rewritten to an id
   * that no relationship of this document has (the document's own rId of the same name is never
   * consulted), so the reader sees a picture without pixels / a hyperlink without target.
   * (The docs say a missing image part gives "an error"; which one Word raises, if any, is not
   * documented — VERIFY. Either way nothing resolves against the host's relationships.)
   * The copied part's own relationships are not followed (a chart's workbook): not needed here.
   */
  private importRelationships(nodes: Element[], pkg2: OpcPackage, main2: string): void {
    const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const rels2 = new Map(relationships(pkg2, main2).map((r) => [r.id, r]));
    const root = this.rels.documentElement!;
    const usedIds = new Set(elementChildren(root).map((c) => c.getAttribute("Id") ?? ""));
    const freshId = (prefix: string): string => {
      let n = 1;
      while (usedIds.has(`${prefix}${n}`)) n++;
      usedIds.add(`${prefix}${n}`);
      return `${prefix}${n}`;
    };
    const dir = this.docPart.slice(0, this.docPart.lastIndexOf("/") + 1);
    const idMap = new Map<string, string>();
    let changed = false;
    const resolve = (old: string): string => {
      const known = idMap.get(old);
      if (known !== undefined) return known;
      const rel = rels2.get(old);
      const part = rel && rel.targetMode !== "External" ? findPart(pkg2, rel.target) : undefined;
      let id: string;
      if (!rel || (rel.targetMode !== "External" && !part)) {
        id = `rIdDangling-${old}`; // never a relationship id of this document
      } else {
        id = freshId("rIdIns");
        const el = this.rels.createElementNS(root.namespaceURI, "Relationship");
        el.setAttribute("Id", id);
        el.setAttribute("Type", rel.type);
        if (rel.targetMode === "External") {
          el.setAttribute("Target", rel.target);
          el.setAttribute("TargetMode", "External");
        } else {
          let name = part!.name;
          const dot = name.lastIndexOf(".");
          const [stem, ext] =
            dot > name.lastIndexOf("/") ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
          for (let n = 2; findPart(this.pkg, name); n++) name = `${stem}_${n}${ext}`;
          this.pkg.parts.set(name, { name, contentType: part!.contentType, data: part!.data });
          el.setAttribute("Target", name.startsWith(dir) ? name.slice(dir.length) : name);
        }
        root.appendChild(el);
        changed = true;
      }
      idMap.set(old, id);
      return id;
    };
    const visit = (el: Element): void => {
      const attrs = [];
      for (let i = 0; i < el.attributes.length; i++) attrs.push(el.attributes.item(i)!);
      for (const a of attrs) {
        if (a.namespaceURI === R_NS) el.setAttributeNS(R_NS, a.name, resolve(a.value));
      }
      for (const c of elementChildren(el)) visit(c);
    };
    for (const n of nodes) visit(n);
    // The document's relationships part is what getOoxml() reads: keep it current.
    if (changed) {
      setXmlPart(
        this.pkg,
        relsPartName(this.docPart),
        new XMLSerializer().serializeToString(this.rels),
        RELS_CONTENT_TYPE
      );
    }
  }

  /**
   * Merges an inserted package's numbering part: every `w:abstractNum` and `w:num` of the package
   * becomes a NEW definition and instance of the document (fresh ids, the paragraphs' numIds
   * remapped), so inserted numbered paragraphs form a list of their own and their numbers start
   * again (一、 after 一、二、). Word does not keep an inserted paragraph in the document's list:
   * "Word appears to change the information in the numbering.xml data in a way that doesn't
   * preserve the appearance of the paragraph" even with the numbering part Word itself gave
   * (office-js-docs#68, bulleted paragraphs re-inserted came back numbered); on Mac inserted
   * numbering even spreads to neighbouring paragraphs (office-js#6904, #6903). One report shows an
   * inserted copy continuing an existing list instead (office-js#5381): Word's matching is not
   * documented either way, so the double takes the outcome that breaks a document (a restart).
   */
  private mergeNumbering(src: Document, numMap: Map<string, string>): void {
    if (!this.numbering) {
      this.numbering = src;
      this.addRel(REL_NUMBERING, "numbering.xml");
      return;
    }
    const root = this.numbering.documentElement!;
    const maxOf = (local: string, attr: string): number =>
      Math.max(
        0,
        ...elementChildren(root)
          .filter((e) => isW(e, local))
          .map((e) => Number(e.getAttributeNS(W, attr)) || 0)
      );
    let nextAbs = maxOf("abstractNum", "abstractNumId") + 1;
    let nextNum = maxOf("num", "numId") + 1;
    const absMap = new Map<string, string>();
    const firstNum = elementChildren(root).find((e) => isW(e, "num")) ?? null;
    for (const a of elementChildren(src.documentElement!).filter((e) => isW(e, "abstractNum"))) {
      const copy = this.numbering.importNode<Element>(a, true);
      const id = String(nextAbs++);
      absMap.set(a.getAttributeNS(W, "abstractNumId") ?? "", id);
      copy.setAttributeNS(W, "w:abstractNumId", id);
      root.insertBefore(copy, firstNum);
    }
    for (const n of elementChildren(src.documentElement!).filter((e) => isW(e, "num"))) {
      const copy = this.numbering.importNode<Element>(n, true);
      const id = String(nextNum++);
      numMap.set(n.getAttributeNS(W, "numId") ?? "", id);
      copy.setAttributeNS(W, "w:numId", id);
      const abs = childW(copy, "abstractNumId");
      if (abs) abs.setAttributeNS(W, "w:val", absMap.get(valW(abs) ?? "") ?? valW(abs) ?? "0");
      root.appendChild(copy);
    }
  }

  /** Inserts block nodes into the body at "Start" / "End" / "Replace"; returns the inserted paragraphs. */
  insertIntoBody(nodes: Element[], loc: string): Element[] {
    const body = this.body;
    const sect = childW(body, "sectPr");
    if (loc === "Replace" && this.tracking) {
      // Tracked: the old content stays as a deletion after the inserted content (office-js#329).
      for (const { el } of this.paragraphs()) {
        this.trackDelete(this.liveContent(el));
        this.changed.add(el);
      }
      loc = "Start";
    } else if (loc === "Replace") {
      for (const { el } of this.paragraphs()) this.deleted.push(this.idOf(el));
      for (const c of elementChildren(body)) if (c !== sect) body.removeChild(c);
    }
    const before: Node | null = loc === "Start" ? body.firstChild : sect;
    for (const n of nodes) body.insertBefore(n, before);
    if (this.paragraphs().length === 0) body.insertBefore(this.doc.createElementNS(W, "w:p"), sect);
    const added = this.markAdded(nodes);
    if (this.tracking) this.trackInsert(added);
    this.loseLastStyle(added);
    return added;
  }

  /**
   * Replaces a paragraph by block nodes. One paragraph replacing one paragraph is done in place
   * (the paragraph keeps its identity and uniqueLocalId; its pPr and runs become the new ones).
   */
  replaceParagraph(p: Element, nodes: Element[]): Element[] {
    return this.replaceParagraphs([p], nodes);
  }

  /**
   * Replaces consecutive whole paragraphs (a range from the first one's start to the last one's
   * paragraph mark) by block nodes. One paragraph replacing one is done in place (see
   * {@link replaceParagraph}); otherwise the new nodes go before the first and the old
   * paragraphs are removed (ParagraphDeleted / ParagraphAdded events).
   */
  replaceParagraphs(targets: Element[], nodes: Element[]): Element[] {
    const p = targets[0]!;
    const paras = nodes.filter((n) => isW(n, "p"));
    if (targets.length > 1) {
      const parent = p.parentNode!;
      for (const n of nodes) parent.insertBefore(n, p);
      for (const t of targets) {
        if (this.tracking) {
          this.trackDelete(this.liveContent(t));
          this.changed.add(t);
        } else this.removeParagraph(t);
      }
      const added = this.markAdded(nodes);
      if (this.tracking) this.trackInsert(added);
      this.loseLastStyle(added);
      return added;
    }
    if (nodes.length === 1 && paras.length === 1) {
      // office-js#3149: a single inserted paragraph takes the target's paragraph properties.
      const keep = this.quirks.singleParagraphKeepsTargetPPr ? childW(p, "pPr") : null;
      if (this.tracking) this.trackDelete(this.liveContent(p));
      else while (p.firstChild) p.removeChild(p.firstChild);
      if (keep && keep.parentNode !== p) p.insertBefore(keep, p.firstChild);
      const oldPPr = childW(p, "pPr");
      for (const c of [...childNodes(paras[0]!)]) {
        if (isW(c, "pPr")) {
          if (keep) continue;
          if (oldPPr) p.replaceChild(c, oldPPr);
          else p.insertBefore(c, p.firstChild);
        } else if (this.tracking) {
          const ins = this.revision("ins");
          ins.appendChild(c);
          p.appendChild(ins);
        } else p.appendChild(c);
      }
      if (!keep && !childW(paras[0]!, "pPr") && oldPPr && this.tracking) p.removeChild(oldPPr);
      this.changed.add(p);
      return [p];
    }
    const parent = p.parentNode!;
    for (const n of nodes) parent.insertBefore(n, p);
    if (this.tracking) {
      this.trackDelete(this.liveContent(p));
      this.changed.add(p);
    } else this.removeParagraph(p);
    const added = this.markAdded(nodes);
    if (this.tracking) this.trackInsert(added);
    this.loseLastStyle(added);
    return added;
  }

  /** office-js#2914: the last paragraph of a multi-paragraph insertion loses its paragraph style. */
  private loseLastStyle(added: Element[]): void {
    if (!this.quirks.lastInsertedParagraphLosesStyle || added.length < 2) return;
    const pPr = childW(added[added.length - 1]!, "pPr");
    const st = pPr ? childW(pPr, "pStyle") : null;
    if (st) pPr!.removeChild(st);
  }

  private markAdded(nodes: Element[]): Element[] {
    const set = new Set(nodes);
    const out = this.paragraphs()
      .map((x) => x.el)
      .filter((el) => {
        for (let n: Node | null = el; n; n = n.parentNode) if (set.has(n as Element)) return true;
        return false;
      });
    for (const el of out) this.added.add(el);
    return out;
  }
}

function childNodes(el: Element): Node[] {
  const out: Node[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/**
 * "Without the styles part, a `w:pStyle` reference is ignored" (officejs-facts §3 fact 7; docs-pr
 * word/create-better-add-ins-for-word-with-office-open-xml.md, "Work with styles"): a paragraph
 * of an inserted package whose style the package's styles part does not define gets no style
 * (Normal), even when the document has a style of that id.
 */
function dropUnknownPStyles(el: Element, known: Set<string> | null): void {
  for (const pStyle of [...elementsByTagW(el, "pStyle")]) {
    const v = valW(pStyle);
    if (v !== null && (known === null || !known.has(v))) pStyle.parentNode?.removeChild(pStyle);
  }
}

function elementsByTagW(el: Element, local: string): Element[] {
  const out: Element[] = [];
  const list = el.getElementsByTagNameNS(W, local);
  for (let i = 0; i < list.length; i++) out.push(list.item(i) as Element);
  return out;
}

function remap(el: Element, styleMap: Map<string, string>, numMap: Map<string, string>): void {
  for (const c of elementChildren(el)) {
    if (c.namespaceURI === W) {
      if (["pStyle", "rStyle", "tblStyle"].includes(c.localName!)) {
        const v = valW(c);
        if (v !== null && styleMap.has(v)) c.setAttributeNS(W, "w:val", styleMap.get(v)!);
      } else if (c.localName === "numId") {
        const v = valW(c);
        if (v !== null && numMap.has(v)) c.setAttributeNS(W, "w:val", numMap.get(v)!);
      }
    }
    remap(c, styleMap, numMap);
  }
}

/** Exposed for the API layer. */
export { childW, valW, onOff, elementChildren, isW };
