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
 */
import { OoxmlError } from "./errors";

/** The XML namespace (bound to the `xml` prefix). */
const XML_NS = "http://www.w3.org/XML/1998/namespace";

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
}

const TEXT_PARENTS = new Set(["t", "instrText", "delText", "delInstrText"]);

function bad(partName: string, detail: string): OoxmlError {
  return new OoxmlError(
    "badXml",
    `文件中的 XML（${partName}）格式错误，文件可能已损坏。请用 Word 打开（必要时选择“打开并修复”）后另存为 .docx 再试。`,
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
 * @throws OoxmlError "unsafeXml" for DOCTYPE/ENTITY declarations; "badXml" for malformed XML
 */
export function parseLite(text: string, partName = "XML"): LEl {
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) {
    throw new OoxmlError(
      "unsafeXml",
      `文件中的 XML（${partName}）含有 DOCTYPE/ENTITY 声明，出于安全考虑不予读取。请用 Word 打开后另存为新的 .docx 再试。`,
      `${partName}: DOCTYPE or ENTITY declaration`
    );
  }
  const s = text;
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
      const v = scopes[k].get(prefix);
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
      rawAttrs.push([an, decodeEntities(rawV, partName)]);
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
