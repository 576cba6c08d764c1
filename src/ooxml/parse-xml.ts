/**
 * @fileoverview A small, fast, namespace-aware XML reader for the OOXML → ReportDocument path.
 * xmldom needs about 1 s for a 6 MB document.xml (a 300 000 字 report); this reader builds a
 * minimal read-only tree in a fraction of that. It is used only for reading (the writer and
 * package layer keep xmldom via `xml.ts`). Layer: ooxml (pure).
 *
 * Well-formedness checked: balanced tags, one root, attribute syntax, duplicate attributes,
 * entity references (only the five predefined ones and character references), bound namespace
 * prefixes, no `<` in attribute values. DOCTYPE / ENTITY declarations are refused up front.
 * Not kept: comments, processing instructions; whitespace-only text between elements is dropped
 * unless its parent is a text-bearing element (`t`, `instrText`, `delText`).
 *
 * Namespace declarations are not kept on the tree, so the one place that needs them after
 * parsing, the `Requires` attribute of `mc:Choice` (a list of prefixes), is resolved while the
 * declarations are in scope: {@link LEl.requires}. {@link mcSelect} then picks the branch of an
 * `mc:AlternateContent` the way Word does (ECMA-376 Part 3, Markup Compatibility §7.5).
 *
 * Depth: the tree is walked recursively afterwards (by this module's helpers and by the
 * reader), so an element depth above {@link MAX_ELEMENT_DEPTH} is refused here, cleanly, before
 * a recursive walk could overflow the call stack.
 */
import { OoxmlError } from "./errors";
import {
  MAX_ELEMENTS_PER_PART,
  MAX_PARAGRAPHS_PER_PART,
  guardXmlChars,
  tooMuch,
} from "./xml-guard";
import { itemAt } from "../core/item-at";

/** The XML namespace (bound to the `xml` prefix). */
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Markup compatibility namespace (`mc:AlternateContent`, `mc:Choice`, `mc:Fallback`). */
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * Deepest element nesting read. Word documents nest a few dozen levels (a table in a table cell
 * is three levels: `w:tbl`/`w:tr`/`w:tc`; a picture in a text box in a table about 30); 1000
 * leaves ample room while keeping every recursive walk of the tree far from Node's stack limit.
 */
export const MAX_ELEMENT_DEPTH = 1000;

/** The error for content nested deeper than `limit` levels (elements, or tables in the reader). */
export function tooDeep(partName: string, limit: number, what = "element"): OoxmlError {
  return new OoxmlError(
    "unsupported",
    { id: "errors.ooxml.tooDeep", data: { limit } },
    `${partName}: ${what} nesting deeper than ${limit}`
  );
}

/** An element of the light tree. */
export interface LEl {
  /** Namespace URI ("" when none). */
  ns: string;
  /** Local name. */
  name: string;
  /** Attributes keyed by `${namespaceURI}|${localName}` ("|val" for unprefixed). */
  attrs: Map<string, string>;
  /** Element children and text chunks, in document order. */
  kids: Array<LEl | string>;
  /**
   * Only on `mc:Choice`: the namespace URIs of the prefixes of its `Requires` attribute,
   * resolved through the declarations in scope at the element; an unbound prefix gives "" (never
   * understood). [] when `Requires` is absent or empty.
   */
  requires?: string[];
}

/**
 * Namespaces whose `mc:Choice` we take (the reader understands them as Word 2010 and later
 * does: it reads, or deliberately skips like Word's `Paragraph.text`, the content in them), by
 * URI; the prefixes are only the usual ones. Anything else — a namespace of a newer or foreign
 * producer — sends the reader to the next Choice or to the `mc:Fallback`, as in Word.
 */
export const UNDERSTOOD_NAMESPACES: ReadonlySet<string> = new Set([
  // WordprocessingML, Transitional and Strict (w), and Word's own extensions
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
  "http://schemas.microsoft.com/office/word/2006/wordml", // wne
  "urn:schemas-microsoft-com:office:word", // w10
  // Word 2010 drawing in WordprocessingML
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", // wp
  "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", // wp14
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", // wps
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", // wpg
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", // wpc
  "http://schemas.microsoft.com/office/word/2010/wordprocessingInk", // wpi
  // VML and Office shared
  "urn:schemas-microsoft-com:vml", // v
  "urn:schemas-microsoft-com:office:office", // o
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships", // r
  "http://schemas.openxmlformats.org/officeDocument/2006/math", // m
  // DrawingML
  "http://schemas.openxmlformats.org/drawingml/2006/main", // a
  "http://schemas.openxmlformats.org/drawingml/2006/picture", // pic
  "http://schemas.openxmlformats.org/drawingml/2006/chart", // c
  "http://schemas.openxmlformats.org/drawingml/2006/diagram", // dgm
  "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas", // lc
  "http://schemas.microsoft.com/office/drawing/2010/main", // a14
  "http://schemas.microsoft.com/office/drawing/2010/chartDrawing", // c14 drawing
  "http://schemas.microsoft.com/office/drawing/2007/8/2/chart", // c14
  "http://schemas.microsoft.com/office/drawing/2014/chartex", // cx
  "http://schemas.microsoft.com/office/drawing/2016/ink", // aink
  "http://schemas.microsoft.com/office/drawing/2017/model3d", // am3d
]);

/**
 * Namespace families understood by pattern: every WordprocessingML extension Word 2010+ writes
 * (w14 `…/word/2010/wordml`, w15 `…/2012/wordml`, w16se `…/2015/wordml/symex`, w16cid, w16cex,
 * w16sdtdh, w16du, w16 …) and every chartex revision (cx1–cx8 `…/drawing/2015/9/8/chartex` …).
 */
const UNDERSTOOD_PATTERNS: readonly RegExp[] = [
  /^http:\/\/schemas\.microsoft\.com\/office\/word\/\d{4}\/wordml(?:\/[\w-]+)*$/,
  /^http:\/\/schemas\.microsoft\.com\/office\/drawing\/\d{4}(?:\/\d{1,2}){0,3}\/chartex$/,
];

/** True when `uri` is a namespace whose `mc:Choice` the reader takes (see {@link UNDERSTOOD_NAMESPACES}). */
export function understoodNamespace(uri: string): boolean {
  return (
    uri !== "" && (UNDERSTOOD_NAMESPACES.has(uri) || UNDERSTOOD_PATTERNS.some((re) => re.test(uri)))
  );
}

/**
 * The branch of an `mc:AlternateContent` to read: the first `mc:Choice` every namespace of whose
 * `Requires` is understood ({@link understoodNamespace}), else the `mc:Fallback`, else null.
 */
export function mcSelect(ac: LEl): LEl | null {
  let fallback: LEl | null = null;
  for (const k of ac.kids) {
    if (typeof k === "string" || k.ns !== MC_NS) continue;
    if (k.name === "Choice") {
      if ((k.requires ?? []).every(understoodNamespace)) return k;
    } else if (k.name === "Fallback" && fallback === null) fallback = k;
  }
  return fallback;
}

const TEXT_PARENTS = new Set(["t", "instrText", "delText", "delInstrText"]);

function bad(partName: string, detail: string): OoxmlError {
  return new OoxmlError(
    "badXml",
    { id: "errors.ooxml.badXml", data: { part: partName } },
    `${partName}: ${detail}`
  );
}

function decodeEntities(s: string, partName: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([^;&\s]{0,12});/g, (m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    if (e[0] === "#") {
      const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!Number.isFinite(cp) || cp < 0 || cp > 0x10ffff)
        throw bad(partName, `bad reference ${m}`);
      return String.fromCodePoint(cp);
    }
    throw bad(partName, `unknown entity ${m}`);
  });
}

const isNameStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c > 127;
const isWs = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Parses XML text into a light tree.
 * @param text the XML (a leading BOM is tolerated)
 * @param partName for messages, e.g. "/word/document.xml"
 * @returns the root element
 * @throws OoxmlError "unsafeXml" for DOCTYPE/ENTITY declarations; "badXml" for malformed XML or
 *   a character XML forbids; "tooLarge" for a part over the element or paragraph limit of
 *   `guardXmlText`, counted while reading (memory stays bounded by the limit)
 */
export function parseLite(text: string, partName = "XML"): LEl {
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) {
    throw new OoxmlError(
      "unsafeXml",
      { id: "errors.ooxml.unsafeXml", data: { part: partName } },
      `${partName}: DOCTYPE or ENTITY declaration`
    );
  }
  // the limits of guardXmlText are counted while reading (below), the characters checked here
  guardXmlChars(text, partName);
  let elements = 0;
  let paragraphs = 0;
  // XML 1.0 §2.11: CR LF and lone CR in the raw text read as LF (a `&#13;` reference stays CR)
  const s = text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text;
  const n = s.length;
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: LEl | null = null;
  const stack: LEl[] = [];
  const qnames: string[] = [];
  // namespace scopes: one map per element that declares namespaces
  const scopes: Array<Map<string, string>> = [new Map([["xml", XML_NS]])];
  const scopeDepth: number[] = [];
  const lookup = (prefix: string): string | undefined => {
    for (let k = scopes.length - 1; k >= 0; k--) {
      const v = itemAt(scopes, k).get(prefix);
      if (v !== undefined) return v;
    }
    return undefined;
  };

  while (i < n) {
    const lt = s.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = s.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (!top) {
        if (raw.trim() !== "") throw bad(partName, "text outside the root element");
      } else if (TEXT_PARENTS.has(top.name) || raw.trim() !== "") {
        if (raw.indexOf("]]>") >= 0) throw bad(partName, "']]>' in text");
        top.kids.push(decodeEntities(raw, partName));
      }
    }
    if (lt < 0) break;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 63 /* ? */) {
      const e = s.indexOf("?>", lt + 2);
      if (e < 0) throw bad(partName, "unterminated processing instruction");
      i = e + 2;
      continue;
    }
    if (c1 === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const e = s.indexOf("-->", lt + 4);
        if (e < 0) throw bad(partName, "unterminated comment");
        i = e + 3;
        continue;
      }
      if (s.startsWith("<![CDATA[", lt)) {
        const e = s.indexOf("]]>", lt + 9);
        if (e < 0) throw bad(partName, "unterminated CDATA");
        const top = stack[stack.length - 1];
        if (!top) throw bad(partName, "CDATA outside the root element");
        top.kids.push(s.slice(lt + 9, e));
        i = e + 3;
        continue;
      }
      throw bad(partName, "unexpected markup declaration");
    }
    if (c1 === 47 /* / */) {
      const e = s.indexOf(">", lt + 2);
      if (e < 0) throw bad(partName, "unterminated end tag");
      const qn = s.slice(lt + 2, e).trimEnd();
      const open = qnames.pop();
      if (open !== qn) throw bad(partName, `end tag </${qn}> does not match <${open ?? ""}>`);
      stack.pop();
      if (scopeDepth.length && scopeDepth[scopeDepth.length - 1] === stack.length) {
        scopeDepth.pop();
        scopes.pop();
      }
      i = e + 1;
      continue;
    }
    // start tag
    let p = lt + 1;
    if (!isNameStart(s.charCodeAt(p))) throw bad(partName, `bad tag at ${lt}`);
    while (p < n) {
      const c = s.charCodeAt(p);
      if (isWs(c) || c === 62 || c === 47) break;
      p++;
    }
    const qn = s.slice(lt + 1, p);
    if (++elements > MAX_ELEMENTS_PER_PART) {
      throw tooMuch(partName, "elements", MAX_ELEMENTS_PER_PART);
    }
    if ((qn === "p" || qn.endsWith(":p")) && ++paragraphs > MAX_PARAGRAPHS_PER_PART) {
      throw tooMuch(partName, "paragraphs", MAX_PARAGRAPHS_PER_PART);
    }
    const rawAttrs: Array<[string, string]> = [];
    let selfClose = false;
    for (;;) {
      while (p < n && isWs(s.charCodeAt(p))) p++;
      if (p >= n) throw bad(partName, `unterminated tag <${qn}>`);
      const c = s.charCodeAt(p);
      if (c === 62) {
        p++;
        break;
      }
      if (c === 47) {
        if (s.charCodeAt(p + 1) !== 62) throw bad(partName, `bad '/' in <${qn}>`);
        selfClose = true;
        p += 2;
        break;
      }
      const a0 = p;
      while (p < n) {
        const d = s.charCodeAt(p);
        if (d === 61 || isWs(d) || d === 62 || d === 47) break;
        p++;
      }
      const an = s.slice(a0, p);
      if (!an || !isNameStart(an.charCodeAt(0))) throw bad(partName, `bad attribute in <${qn}>`);
      while (p < n && isWs(s.charCodeAt(p))) p++;
      if (s.charCodeAt(p) !== 61) throw bad(partName, `attribute ${an} without value`);
      p++;
      while (p < n && isWs(s.charCodeAt(p))) p++;
      const q = s.charCodeAt(p);
      if (q !== 34 && q !== 39) throw bad(partName, `unquoted attribute ${an}`);
      const ve = s.indexOf(q === 34 ? '"' : "'", p + 1);
      if (ve < 0) throw bad(partName, `unterminated attribute ${an}`);
      const rawV = s.slice(p + 1, ve);
      if (rawV.indexOf("<") >= 0) throw bad(partName, `'<' in attribute ${an}`);
      // XML 1.0 §3.3.3: raw TAB and LF in an attribute value read as spaces (references do not)
      const normV = /[\t\n]/.test(rawV) ? rawV.replace(/[\t\n]/g, " ") : rawV;
      rawAttrs.push([an, decodeEntities(normV, partName)]);
      p = ve + 1;
      const after = s.charCodeAt(p);
      if (!(isWs(after) || after === 62 || after === 47))
        throw bad(partName, `no space after ${an}`);
    }
    // namespace declarations
    let declared: Map<string, string> | null = null;
    for (const [an, v] of rawAttrs) {
      if (an === "xmlns") (declared ??= new Map()).set("", v);
      else if (an.startsWith("xmlns:")) (declared ??= new Map()).set(an.slice(6), v);
    }
    if (declared) {
      scopes.push(declared);
      scopeDepth.push(stack.length);
    }
    const colon = qn.indexOf(":");
    const prefix = colon < 0 ? "" : qn.slice(0, colon);
    const ns = lookup(prefix);
    if (ns === undefined && prefix !== "") throw bad(partName, `unbound prefix ${prefix}`);
    const el: LEl = {
      ns: ns ?? "",
      name: colon < 0 ? qn : qn.slice(colon + 1),
      attrs: new Map(),
      kids: [],
    };
    for (const [an, v] of rawAttrs) {
      if (an === "xmlns" || an.startsWith("xmlns:")) continue;
      const ac = an.indexOf(":");
      let key: string;
      if (ac < 0) key = `|${an}`;
      else {
        const ans = lookup(an.slice(0, ac));
        if (ans === undefined) throw bad(partName, `unbound prefix in attribute ${an}`);
        key = `${ans}|${an.slice(ac + 1)}`;
      }
      if (el.attrs.has(key)) throw bad(partName, `duplicate attribute ${an}`);
      el.attrs.set(key, v);
    }
    if (stack.length >= MAX_ELEMENT_DEPTH) throw tooDeep(partName, MAX_ELEMENT_DEPTH);
    if (el.ns === MC_NS && el.name === "Choice") {
      const req = (el.attrs.get("|Requires") ?? "").trim();
      el.requires = req === "" ? [] : req.split(/\s+/).map((pf) => lookup(pf) ?? "");
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.kids.push(el);
    else if (root) throw bad(partName, "more than one root element");
    else root = el;
    if (selfClose) {
      if (declared) {
        scopes.pop();
        scopeDepth.pop();
      }
    } else {
      stack.push(el);
      qnames.push(qn);
    }
    i = p;
  }
  if (stack.length) throw bad(partName, `unclosed <${qnames[qnames.length - 1]}>`);
  if (!root) throw bad(partName, "no root element");
  return root;
}

/** The value of attribute `name` in namespace `ns` ("" for unprefixed), or null. */
export function la(el: LEl | null | undefined, ns: string, name: string): string | null {
  if (!el) return null;
  return el.attrs.get(`${ns}|${name}`) ?? null;
}

/** The first element child with namespace `ns` and local name `name`, or null. */
export function lchild(el: LEl | null | undefined, ns: string, name: string): LEl | null {
  if (!el) return null;
  for (const k of el.kids) {
    if (typeof k !== "string" && k.name === name && k.ns === ns) return k;
  }
  return null;
}

/** The element children (optionally only those with namespace `ns` and local name `name`). */
export function lchildren(el: LEl | null | undefined, ns?: string, name?: string): LEl[] {
  if (!el) return [];
  const out: LEl[] = [];
  for (const k of el.kids) {
    if (typeof k === "string") continue;
    if (ns !== undefined && k.ns !== ns) continue;
    if (name !== undefined && k.name !== name) continue;
    out.push(k);
  }
  return out;
}

/** Concatenated text content of `el` and its descendants. */
export function ltext(el: LEl | null | undefined): string {
  if (!el) return "";
  let s = "";
  for (const k of el.kids) s += typeof k === "string" ? k : ltext(k);
  return s;
}

/** Every descendant element with namespace `ns` and local name `name`, in document order. */
export function ldescendants(el: LEl, ns: string, name: string, out: LEl[] = []): LEl[] {
  for (const k of el.kids) {
    if (typeof k === "string") continue;
    if (k.name === name && k.ns === ns) out.push(k);
    ldescendants(k, ns, name, out);
  }
  return out;
}
