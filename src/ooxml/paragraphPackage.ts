/**
 * @fileoverview OOXML packaging for writing paragraphs back into Word (issue 7, 一键排版): where a
 * paragraph of the live model came from (`./sourcePart`, parsed into a DOM here by
 * {@link sourceParagraphs} only when a paragraph of it is to be rewritten), what keeps a
 * paragraph from being rewritten ({@link rewriteBlocker}), which relationships travel with it
 * ({@link paragraphReferences}) and the flat-OPC package of a run of consecutive paragraphs
 * ({@link runPackage}) — no styles definitions in it: our styles are inserted once per document.
 * Layer: ooxml (pure).
 *
 * Word resolves the `r:` references of inserted content against the INSERTED package's
 * relationships (officejs-facts §3 fact 7; docs-pr word/create-better-add-ins-for-word-with-
 * office-open-xml.md, "Work with images"), and "without the styles part, a `w:pStyle` reference
 * is ignored" (same doc, "Work with styles") while "if the style already exists in the target
 * document, the resident definition wins" (§3 fact 8). So a run package carries a styles part that
 * only NAMES the styles its paragraphs reference (`w:style` with `w:name`, no properties): the
 * paragraphs keep their style, Word uses the definition the document already has.
 */
import { DOCUMENT_NAMESPACES } from "./scaffold";
import { bodyParagraphs } from "./format";
import { type OpcPackage, type Relationship, writeFlatOpc } from "./package";
import type { SourcePart } from "./sourcePart";
import {
  type Element,
  ELEMENT_NODE,
  R,
  W,
  attrW,
  childW,
  escapeXml,
  parseXml,
  serializeXml,
} from "./xml";

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const RELS_CT = "application/vnd.openxmlformats-package.relationships+xml";
const MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const NUMBERING_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";

/**
 * The body's paragraphs of `part` in reader order ({@link bodyParagraphs}), as a DOM built on
 * first use and kept with the part (never modified: callers clone what they change).
 */
export function sourceParagraphs(part: SourcePart): Element[] {
  let els = parsedParts.get(part);
  if (!els) {
    els = bodyParagraphs(parseXml(part.mainXml, part.partName));
    parsedParts.set(part, els);
  }
  return els;
}

const parsedParts = new WeakMap<SourcePart, Element[]>();

/** Every element of `el`'s subtree (itself included). */
function* subtree(el: Element): Generator<Element> {
  yield el;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) yield* subtree(c as Element);
  }
}

/**
 * Content whose target lives in a part a paragraph package cannot carry (the notes and comments
 * parts hold every note/comment of the document): replacing the paragraph would lose or orphan it.
 */
const NOT_TRAVELLING = new Set([
  "footnoteReference",
  "endnoteReference",
  "commentReference",
  "commentRangeStart",
  "commentRangeEnd",
]);

/** Pictures, shapes, charts and embedded objects (their parts are not rewritten). */
const GRAPHICS = new Set(["drawing", "pict", "object"]);

/** Why a paragraph must not be rewritten through `insertOoxml`. */
export type RewriteBlocker =
  /** `w:pPr/w:sectPr`: the paragraph ends a section; replacing it changes the section. */
  | "sectionBreak"
  /** A bookmark starting or ending here whose other end is in another paragraph (office-js#3235, #2479: bookmarks move). */
  | "bookmarkSpan"
  /** A field whose begin / end is in another paragraph (a TOC, a multi-paragraph field). */
  | "fieldSpan"
  /** An inline or floating picture, shape, chart or embedded object. */
  | "picture"
  /** A footnote/endnote reference or a comment mark. */
  | "noteOrComment";

/**
 * What keeps a body `w:p` from being replaced through `insertOoxml`, or null when it may be.
 * Such a paragraph is only styled through the API (and reported): a section break in its `w:pPr`
 * would change the section, a bookmark or field spanning paragraphs would be cut, pictures would
 * be sent back whole, notes and comments live in parts a package cannot carry.
 */
export function rewriteBlocker(p: Element): RewriteBlocker | null {
  const bookmarks = new Map<string, number>();
  let fieldDepth = 0;
  let fieldUnderflow = false;
  for (const el of subtree(p)) {
    if (el.namespaceURI !== W) continue;
    const n = el.localName ?? "";
    if (n === "sectPr" && (el.parentNode as Element | null)?.localName === "pPr")
      return "sectionBreak";
    if (GRAPHICS.has(n)) return "picture";
    if (NOT_TRAVELLING.has(n)) return "noteOrComment";
    if (n === "bookmarkStart" || n === "bookmarkEnd") {
      const id = attrW(el, "id") ?? "";
      bookmarks.set(id, (bookmarks.get(id) ?? 0) + (n === "bookmarkStart" ? 1 : -1));
    } else if (n === "fldChar") {
      const t = attrW(el, "fldCharType");
      if (t === "begin") fieldDepth++;
      else if (t === "end") {
        if (fieldDepth === 0) fieldUnderflow = true;
        else fieldDepth--;
      }
    }
  }
  if ([...bookmarks.values()].some((v) => v !== 0)) return "bookmarkSpan";
  if (fieldDepth !== 0 || fieldUnderflow) return "fieldSpan";
  return null;
}

/**
 * A paragraph numbered by its own `w:pPr/w:numPr` (numId ≠ 0) serialised WITHOUT that `w:numPr`,
 * or undefined when its own properties name no list (`p` is not changed). Word gives paragraphs
 * inserted with numbering a list of their own (office-js-docs#68: re-inserted list paragraphs do
 * not keep their list), so a numbered paragraph goes back without its numbering and joins its
 * list again through the API (`Paragraph.attachToList`, WordApi 1.3: `word/paragraphWrites`).
 */
export function withoutDirectNumbering(p: Element): string | undefined {
  const numPr = childW(childW(p, "pPr"), "numPr");
  const numId = attrW(childW(numPr, "numId"), "val");
  if (numPr === null || numId === null || numId === "0") return undefined;
  const copy = p.cloneNode(true) as Element;
  const own = childW(childW(copy, "pPr"), "numPr")!;
  own.parentNode!.removeChild(own);
  return serializeXml(copy);
}

/** An external relationship a `w:p` references (a hyperlink), carried under a fresh id. */
export interface CarriedRelationship {
  /** The id written into the paragraph (fresh, unique in the package). */
  id: string;
  type: string;
  /** The URI of the external target. */
  target: string;
}

/**
 * The relationships a body `w:p` references, and whether they can travel in a paragraph package:
 * every attribute in the relationships namespace must name an EXTERNAL relationship of `rels`
 * (a hyperlink: it travels as is); an internal one (a picture, a chart, an embedded object) or an
 * unknown id blocks the rewrite. On success the paragraph's relationship attributes are rewritten
 * IN PLACE to fresh ids `rIdCrRel1`, … (numbered from `first`), unique within a run package.
 * @param first the number of the first fresh id (the run's relationships so far + 1)
 * @returns the relationships to carry, or why the paragraph cannot travel (nothing rewritten)
 */
export function paragraphReferences(
  p: Element,
  rels: ReadonlyMap<string, Relationship>,
  first = 1
): { carried: CarriedRelationship[] } | { blocked: string } {
  const refs: { el: Element; name: string; value: string }[] = [];
  for (const el of subtree(p)) {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i);
      if (a && a.namespaceURI === R) refs.push({ el, name: a.name, value: a.value });
    }
  }
  const carried = new Map<string, CarriedRelationship>();
  for (const ref of refs) {
    if (carried.has(ref.value)) continue;
    const rel = rels.get(ref.value);
    if (!rel) return { blocked: `relationship ${ref.value} not in the package read` };
    if (rel.targetMode !== "External") return { blocked: `internal relationship ${rel.type}` };
    const id = `rIdCrRel${first + carried.size}`;
    carried.set(ref.value, { id, type: rel.type, target: rel.target });
  }
  for (const ref of refs) ref.el.setAttributeNS(R, ref.name, carried.get(ref.value)!.id);
  return { carried: [...carried.values()] };
}

/** What {@link runPackage} writes. */
export interface RunPackageInput {
  /** The serialised `w:p` elements, in order. */
  paragraphs: string[];
  /**
   * The styles the paragraphs reference: id as written in `w:pStyle` (or `w:rStyle`), the
   * style's name, and its type (default "paragraph").
   */
  styles: { styleId: string; name: string; type?: "paragraph" | "character" }[];
  /** The numbering part to carry (when a paragraph has `w:numPr`), or null. */
  numberingXml: string | null;
  carried: CarriedRelationship[];
}

/**
 * The flat-OPC package of a run of consecutive paragraphs for `insertOoxml(…, "Replace")`: the
 * paragraphs, then one empty helper paragraph (the caller deletes it after insertion: a single
 * inserted paragraph keeps the target's paragraph properties, office-js#3149 "goes away with more
 * than one paragraph"; the last inserted paragraph loses its style, #2914 — that is the helper),
 * a styles part that only names the referenced styles (see the file comment), the numbering part
 * when given, and the external relationships the paragraphs reference.
 * @returns the flat-OPC text
 */
export function runPackage(input: RunPackageInput): string {
  const docRels: string[] = [
    `<Relationship Id="rIdCrStyles1" Type="${REL_TYPE}styles" Target="styles.xml"/>`,
  ];
  const parts: OpcPackage["parts"] = new Map();
  const add = (name: string, contentType: string, data: string): void => {
    parts.set(name, { name, contentType, data });
  };
  add(
    "/_rels/.rels",
    RELS_CT,
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}officeDocument" Target="word/document.xml"/></Relationships>`
  );
  add(
    "/word/document.xml",
    MAIN_CT,
    `<w:document ${DOCUMENT_NAMESPACES}><w:body>${input.paragraphs.join("")}<w:p/></w:body></w:document>`
  );
  const seen = new Set<string>();
  const styles = input.styles
    .filter((s) => !seen.has(s.styleId) && seen.add(s.styleId))
    .map(
      (s) =>
        `<w:style w:type="${s.type ?? "paragraph"}" w:customStyle="1" w:styleId="${escapeXml(s.styleId)}"><w:name w:val="${escapeXml(s.name)}"/></w:style>`
    )
    .join("");
  add("/word/styles.xml", STYLES_CT, `<w:styles xmlns:w="${W}">${styles}</w:styles>`);
  if (input.numberingXml !== null) {
    add("/word/numbering.xml", NUMBERING_CT, input.numberingXml);
    docRels.push(
      `<Relationship Id="rIdCrNum1" Type="${REL_TYPE}numbering" Target="numbering.xml"/>`
    );
  }
  for (const c of input.carried) {
    docRels.push(
      `<Relationship Id="${c.id}" Type="${escapeXml(c.type)}" Target="${escapeXml(c.target)}" TargetMode="External"/>`
    );
  }
  add(
    "/word/_rels/document.xml.rels",
    RELS_CT,
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join("")}</Relationships>`
  );
  return writeFlatOpc({ parts });
}
