/**
 * @fileoverview Safe XML parsing for OOXML parts and small DOM helpers; the namespace constants and
 * `escapeXml` live in `./xml-names` (re-exported here).
 * Uses `@xmldom/xmldom` so it runs in Node and in the browser bundle alike (no Node APIs).
 * Layer: ooxml.
 *
 * Safety: any DOCTYPE or ENTITY declaration is rejected before parsing (no entity expansion, no
 * external resources), and every xmldom warning or error becomes an {@link OoxmlError}.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import type { MessageRef } from "../core/messages";
import { OoxmlError, type OoxmlMessageId } from "./errors";
import { guardXmlText } from "./xml-guard";
import { itemAt } from "../core/item-at";
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, W } from "./xml-names";

export type { Document, Element, Node };

export {
  W,
  R,
  WP,
  A,
  PIC,
  MC,
  V,
  WPS,
  PKG,
  PR,
  CT,
  W_STRICT,
  ELEMENT_NODE,
  TEXT_NODE,
  CDATA_SECTION_NODE,
  escapeXml,
} from "./xml-names";

const DECL_RE = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Parses the text of an XML part into a DOM Document.
 * @param text the XML text (a leading BOM is tolerated)
 * @param partName used in the error detail only, e.g. "/word/document.xml"
 * @returns the xmldom Document
 * @throws OoxmlError "unsafeXml" when the text holds a DOCTYPE or ENTITY declaration (checked up
 *   front, before any parsing); "badXml" for any malformed XML (xmldom warning, error or fatal
 *   error), an empty document or a character XML forbids; "tooLarge" for a part over the element
 *   or paragraph limit ({@link guardXmlText})
 */
export function parseXml(text: string, partName = "XML"): Document {
  if (DECL_RE.test(text)) {
    throw new OoxmlError(
      "unsafeXml",
      { id: "errors.ooxml.unsafeXml", data: { part: partName } },
      `${partName}: DOCTYPE or ENTITY declaration`
    );
  }
  guardXmlText(text, partName);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        throw new OoxmlError(
          "badXml",
          badXmlText(partName),
          `${partName}: xmldom ${level}: ${msg}`
        );
      },
    }).parseFromString(source, "text/xml");
  } catch (e) {
    if (e instanceof OoxmlError) throw e;
    // xmldom wraps what onError throws into a ParseError; keep our detail when we can.
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof OoxmlError) throw cause;
    throw new OoxmlError("badXml", badXmlText(partName), `${partName}: ${String(e)}`);
  }
  if (!doc.documentElement) {
    throw new OoxmlError("badXml", badXmlText(partName), `${partName}: no root element`);
  }
  return doc;
}

function badXmlText(partName: string): MessageRef<OoxmlMessageId> {
  return { id: "errors.ooxml.badXml", data: { part: partName } };
}

/** The element children of `el` in `ns` (all namespaces when `ns` is undefined), optionally with a given local name. */
export function childrenNS(el: Element, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT_NODE) continue;
    if (ns !== undefined && c.namespaceURI !== ns) continue;
    if (localName !== undefined && c.localName !== localName) continue;
    out.push(c as Element);
  }
  return out;
}

/** The first element child of `el` with namespace `ns` and local name `localName`, or null. */
export function firstChildNS(el: Element | null, ns: string, localName: string): Element | null {
  if (!el) return null;
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE && c.localName === localName && c.namespaceURI === ns) {
      return c as Element;
    }
  }
  return null;
}

/** The first `w:` child named `localName` of `el`, or null. */
export function childW(el: Element | null, localName: string): Element | null {
  return firstChildNS(el, W, localName);
}

/** The value of the `w:`-namespaced attribute `name` (e.g. `attrW(el, "val")` for `w:val`), or null. */
export function attrW(el: Element | null, name: string): string | null {
  if (!el || !el.hasAttributeNS(W, name)) return null;
  return el.getAttributeNS(W, name);
}

/** The value of an unqualified attribute, or null when absent. */
export function attr(el: Element | null, name: string): string | null {
  if (!el || !el.hasAttribute(name)) return null;
  return el.getAttribute(name);
}

/** The concatenated text and CDATA content of `el` and its descendants (no normalisation). */
export function textOf(el: Node | null): string {
  if (!el) return "";
  if (el.nodeType === TEXT_NODE || el.nodeType === CDATA_SECTION_NODE) return el.nodeValue ?? "";
  let s = "";
  for (let c = el.firstChild; c !== null; c = c.nextSibling) s += textOf(c);
  return s;
}

/** The first descendant element (depth-first, document order) with namespace `ns` and local name, or null. */
export function descendantNS(el: Element, ns: string, localName: string): Element | null {
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT_NODE) continue;
    if (c.localName === localName && c.namespaceURI === ns) return c as Element;
    const d = descendantNS(c as Element, ns, localName);
    if (d) return d;
  }
  return null;
}

/**
 * Serialises a node as xmldom's XMLSerializer does, except that a carriage return in text is
 * written as the character reference `&#13;`: a raw CR would be read back as a line feed by every
 * conforming parser (XML 1.0 §2.11), silently changing the text. (Attribute values are already
 * safe: xmldom writes TAB, LF and CR in them as references.) A CDATA section holding a CR becomes
 * a text node, which means the same and can carry the reference.
 * @param node the document or element to write
 * @returns the XML text
 */
export function serializeXml(node: Node): string {
  const withCr: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
      if ((n.nodeValue ?? "").includes("\r")) withCr.push(n);
      continue;
    }
    for (let c = n.lastChild; c !== null; c = c.previousSibling) stack.push(c);
  }
  if (withCr.length === 0) return new XMLSerializer().serializeToString(node);
  const texts = withCr.map((n) => {
    if (n.nodeType !== CDATA_SECTION_NODE) return n;
    const t = n.ownerDocument!.createTextNode(n.nodeValue ?? "");
    n.parentNode!.replaceChild(t, n);
    return t;
  });
  const originals = texts.map((n) => n.nodeValue ?? "");
  const crCount = originals.reduce((k, v) => k + v.split("\r").length - 1, 0);
  // a private-use character the output does not otherwise hold stands for CR while serialising
  for (let cp = 0xe000; cp <= 0xf8ff; cp++) {
    const mark = String.fromCharCode(cp);
    texts.forEach((n, i) => setText(n, itemAt(originals, i).split("\r").join(mark)));
    const out = new XMLSerializer().serializeToString(node);
    texts.forEach((n, i) => setText(n, itemAt(originals, i)));
    const parts = out.split(mark);
    if (parts.length - 1 === crCount) return parts.join("&#13;");
  }
  throw new Error("serializeXml: no free private-use character to stand for CR");
}

/** Sets the text of a text node (xmldom keeps it in both `data` and `nodeValue`). */
function setText(n: Node, value: string): void {
  (n as unknown as { data: string }).data = value;
  n.nodeValue = value;
}
