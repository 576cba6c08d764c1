/**
 * @fileoverview The OPC package layer: a flat-OPC string (`pkg:package`, what
 * Word's `getOoxml()` returns and what `insertOoxml` takes) ↔ {@link OpcPackage}, a map of parts
 * by absolute part name. Also relationships and the main document part. Layer: ooxml (pure; no
 * Node APIs: works on Uint8Array in Node and in the browser).
 *
 * The .docx zip itself is read and written by zip.ts (`readDocx`, `writeDocx`), so that this
 * layer loads no zip library.
 */
import { OoxmlError } from "./errors";
import { la, lchildren, parseLite } from "./parse-xml";
import { CT, PKG, PR, escapeXml } from "./xml-names";

/** One part of a package. */
export interface OpcPart {
  /** Absolute part name, e.g. "/word/document.xml" (as stored; compare case-insensitively). */
  name: string;
  /** The part's content type, e.g. "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml". */
  contentType: string;
  /** XML parts (content type ending in `xml`) as a string, every other part as bytes. */
  data: string | Uint8Array;
}

/** An OPC package: every part by name. Relationship parts ("/_rels/.rels", "/word/_rels/document.xml.rels") are parts too; `[Content_Types].xml` is not (it is derived from the parts' content types). */
export interface OpcPackage {
  parts: Map<string, OpcPart>;
}

/** Content type of relationship parts. */
export const RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
/** Relationship type of the main document (Transitional). */
export const REL_OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
/** Relationship type of the main document (Strict). */
export const REL_OFFICE_DOCUMENT_STRICT =
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

/** The standard Defaults of `[Content_Types].xml` (extension → content type) that writeDocx always emits. */
const STANDARD_DEFAULTS: ReadonlyArray<[string, string]> = [
  ["rels", RELS_CONTENT_TYPE],
  ["xml", "application/xml"],
];

/** Content types of common binary parts, used when a zip lacks a Default for their extension. */
export const GUESSED_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  emf: "image/x-emf",
  wmf: "image/x-wmf",
  svg: "image/svg+xml",
  bin: "application/vnd.openxmlformats-officedocument.oleObject",
  rels: RELS_CONTENT_TYPE,
  xml: "application/xml",
};

// ---------------------------------------------------------------------------------------------
// Part helpers

/** The text before the first `separator` of `text` (all of it when there is none). */
function before(text: string, separator: string): string {
  const i = text.indexOf(separator);
  return i < 0 ? text : text.slice(0, i);
}

/** A content type's media type, lower-cased, parameters dropped: "Text/XML; charset=x" → "text/xml". */
function mediaType(contentType: string): string {
  return before(contentType, ";").trim().toLowerCase();
}

/** True when a part with this content type is stored as a string (XML) rather than bytes. */
export function isXmlContentType(contentType: string): boolean {
  const ct = mediaType(contentType);
  return ct.endsWith("+xml") || ct === "application/xml" || ct === "text/xml";
}

/**
 * Finds a part by name: exact match first, then case-insensitive (OPC part names are
 * case-insensitive), then percent-decoded.
 * @returns the part or undefined
 */
export function findPart(pkg: OpcPackage, name: string): OpcPart | undefined {
  const exact = pkg.parts.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  let decoded = lower;
  try {
    decoded = decodeURIComponent(lower);
  } catch {
    // keep as is
  }
  for (const [k, p] of pkg.parts) {
    const kl = k.toLowerCase();
    if (kl === lower || kl === decoded) return p;
  }
  return undefined;
}

/**
 * The text of an XML part.
 * @returns the XML string, or null when the part is absent
 * @throws OoxmlError "unsupported" when the part exists but is binary
 */
export function getXmlPart(pkg: OpcPackage, name: string): string | null {
  const p = findPart(pkg, name);
  if (!p) return null;
  if (typeof p.data !== "string") {
    throw new OoxmlError(
      "unsupported",
      { id: "errors.ooxml.binaryPart", data: { part: name } },
      `${name}: binary part (${p.contentType})`
    );
  }
  return p.data;
}

/**
 * Adds or replaces an XML part. Keeps the existing part's name spelling and content type unless
 * `contentType` is given; a new part without `contentType` gets "application/xml" (or the
 * relationships type for a `.rels` name).
 */
export function setXmlPart(pkg: OpcPackage, name: string, xml: string, contentType?: string): void {
  const existing = findPart(pkg, name);
  const key = existing ? existing.name : name;
  const ct =
    contentType ??
    existing?.contentType ??
    (name.toLowerCase().endsWith(".rels") ? RELS_CONTENT_TYPE : "application/xml");
  pkg.parts.set(key, { name: key, contentType: ct, data: xml });
}

/** Name of the relationships part of a source part ("/" → "/_rels/.rels", "/word/document.xml" → "/word/_rels/document.xml.rels"). */
export function relsPartName(sourcePartName: string): string {
  if (sourcePartName === "/" || sourcePartName === "") return "/_rels/.rels";
  const i = sourcePartName.lastIndexOf("/");
  return `${sourcePartName.slice(0, i)}/_rels/${sourcePartName.slice(i + 1)}.rels`;
}

/**
 * Resolves a relationship target against its source part: "media/image1.png" from
 * "/word/document.xml" → "/word/media/image1.png"; "../customXml/item1.xml" →
 * "/customXml/item1.xml"; "/word/x.xml" stays absolute. Fragments are dropped.
 */
export function resolveTarget(sourcePartName: string, target: string): string {
  const clean = before(target, "#").replace(/\\/g, "/");
  const base =
    clean.startsWith("/") || sourcePartName === "/" ? [] : sourcePartName.split("/").slice(1, -1);
  const segs = [...base];
  for (const s of clean.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segs.pop();
    else segs.push(s);
  }
  return `/${segs.join("/")}`;
}

/** One relationship of a part. */
export interface Relationship {
  /** `Id`, e.g. "rId5". */
  id: string;
  /** `Type` URI. */
  type: string;
  /** Resolved absolute part name for internal targets; the raw `Target` for external ones. */
  target: string;
  /** "External" when the target is outside the package. */
  targetMode?: "External";
}

/**
 * The relationships of a part (or of the package when `sourcePartName` is "/").
 * @returns the relationships in document order; [] when the part has no relationships part
 * @throws OoxmlError "badXml"/"unsafeXml" when the relationships part is malformed or unsafe
 */
export function relationships(pkg: OpcPackage, sourcePartName: string): Relationship[] {
  const relsName = relsPartName(sourcePartName);
  const xml = getXmlPart(pkg, relsName);
  if (xml === null) return [];
  const root = parseLite(xml, relsName);
  const out: Relationship[] = [];
  for (const el of lchildren(root, undefined, "Relationship")) {
    if (el.ns !== PR && el.ns !== "") continue;
    const id = la(el, "", "Id") ?? "";
    const type = la(el, "", "Type") ?? "";
    const rawTarget = la(el, "", "Target") ?? "";
    const external = (la(el, "", "TargetMode") ?? "").toLowerCase() === "external";
    if (external) out.push({ id, type, target: rawTarget, targetMode: "External" });
    else out.push({ id, type, target: resolveTarget(sourcePartName, rawTarget) });
  }
  return out;
}

/**
 * The part a source part relates to by type: the target of the first internal relationship of
 * `sourcePartName` whose type ends with `/${typeSuffix}` ("styles", "numbering", "settings" …)
 * and whose target is a part of the package other than the source itself; else `fallback` when
 * that part exists and is not the source. A relationship pointing at a missing part, or back at
 * its source (a styles relationship targeting document.xml), is ignored: reading and writing
 * then agree on which part, if any, plays the role.
 * @returns the part's stored name, or undefined
 * @throws OoxmlError "badXml"/"unsafeXml" when the relationships part is malformed or unsafe
 */
export function relatedPart(
  pkg: OpcPackage,
  sourcePartName: string,
  typeSuffix: string,
  fallback?: string
): string | undefined {
  const source = findPart(pkg, sourcePartName)?.name ?? sourcePartName;
  for (const r of relationships(pkg, sourcePartName)) {
    if (r.targetMode !== undefined || !r.type.endsWith(`/${typeSuffix}`)) continue;
    const part = findPart(pkg, r.target);
    if (part && part.name !== source) return part.name;
  }
  if (fallback === undefined) return undefined;
  const part = findPart(pkg, fallback);
  return part && part.name !== source ? part.name : undefined;
}

/**
 * The absolute name of the main document part, following the package relationship of type
 * officeDocument (Transitional or Strict). A package without "/_rels/.rels" falls back to
 * "/word/document.xml" when that part exists (lenient for hand-made flat OPC).
 * @throws OoxmlError "missingDocument" when there is no such relationship or the part is absent
 */
export function mainDocumentPart(pkg: OpcPackage): string {
  const rels = relationships(pkg, "/");
  const rel = rels.find(
    (r) =>
      r.targetMode === undefined &&
      (r.type === REL_OFFICE_DOCUMENT || r.type === REL_OFFICE_DOCUMENT_STRICT)
  );
  if (rel) {
    const part = findPart(pkg, rel.target);
    if (part) return part.name;
  } else if (!findPart(pkg, "/_rels/.rels")) {
    const fallback = findPart(pkg, "/word/document.xml");
    if (fallback) return fallback.name;
  }
  throw new OoxmlError(
    "missingDocument",
    { id: "errors.ooxml.noDocumentPart" },
    rel ? `officeDocument target ${rel.target} absent` : "no officeDocument relationship"
  );
}

/**
 * Content types of a main document part we read as Word (lower case): document, template,
 * macro-enabled document, macro-enabled template. ISO Strict documents use the same content
 * types as Transitional ones (Strict changes namespaces and relationship types, not content
 * types), so these are the Strict equivalents too.
 */
export const WORD_MAIN_CONTENT_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroenabled.main+xml",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
]);

/**
 * Generic XML types that say nothing about the part (a zip without an Override for its main
 * part, a hand-made flat OPC without `pkg:contentType`): not a claim that the part is something
 * else, so they are let through; the reader then requires a `w:body`.
 */
const GENERIC_XML_TYPES: ReadonlySet<string> = new Set(["application/xml", "text/xml"]);

/**
 * Checks that the main part (see {@link mainDocumentPart}) is declared as a Word document: one
 * of {@link WORD_MAIN_CONTENT_TYPES} (compared case-insensitively, parameters ignored) or a
 * generic XML type. An Excel workbook, a PowerPoint presentation … whose main part happens to be
 * reachable through an officeDocument relationship is refused instead of being read as Word.
 * @throws OoxmlError "unsupported" naming the declared type
 */
export function checkMainContentType(pkg: OpcPackage, mainPartName: string): void {
  const part = findPart(pkg, mainPartName);
  if (!part) return;
  const ct = mediaType(part.contentType);
  if (WORD_MAIN_CONTENT_TYPES.has(ct) || GENERIC_XML_TYPES.has(ct)) return;
  throw new OoxmlError(
    "unsupported",
    { id: "errors.ooxml.notWordDocument", data: { contentType: part.contentType } },
    `${part.name}: main part content type ${part.contentType}`
  );
}

// ---------------------------------------------------------------------------------------------
// Byte helpers (no Buffer)

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INV = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  t["-".charCodeAt(0)] = 62; // base64url tolerated
  t["_".charCodeAt(0)] = 63;
  return t;
})();

/** Bytes per btoa call in {@link bytesToBase64}: 3 × 8 192. */
const BASE64_PIECE = 24_576;

/** Encodes bytes as standard base64 (with padding, no line breaks). */
export function bytesToBase64(bytes: Uint8Array): string {
  // The platform's btoa (browsers; Node ≥ 16) encodes; it is fed binary strings of BASE64_PIECE
  // bytes (a multiple of 3, so only the last piece is padded), each made by one
  // String.fromCharCode call: no JavaScript per byte (a report's photos are megabytes).
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += BASE64_PIECE) {
    const piece = bytes.subarray(i, i + BASE64_PIECE);
    parts.push(btoa(String.fromCharCode.apply(null, piece as unknown as number[])));
  }
  return parts.join("");
}

/**
 * Decodes base64 (whitespace ignored, padding optional).
 * @throws OoxmlError "badXml" on a character outside the base64 alphabet
 */
export function base64ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break; // '='
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    const v = B64_INV[c] ?? -1; // beyond the table's 128 codes: not base64
    if (v < 0) {
      throw new OoxmlError(
        "badXml",
        { id: "errors.ooxml.badBase64" },
        `bad base64 character code ${c} at ${i}`
      );
    }
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.slice(0, o);
}

const utf8 = new TextDecoder("utf-8");

/** Decodes the bytes of an XML part (UTF-8, or UTF-16 with a BOM); strips a BOM. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  const s = utf8.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Readers of the head of a binary part not yet read whole (see {@link partHead}). */
const lazyHeads = new WeakMap<OpcPart, (max: number) => Uint8Array>();

/**
 * Sets (or, with null, drops) how {@link partHead} reads the head of a part whose `data` has not
 * been read yet: `readDocx` (zip.ts) inflates only that much of a picture in the zip.
 */
export function setPartHeadReader(part: OpcPart, read: ((max: number) => Uint8Array) | null): void {
  if (read) lazyHeads.set(part, read);
  else lazyHeads.delete(part);
}

const utf8Encoder = new TextEncoder();

/**
 * The first `max` bytes of a binary part: for a part of `readDocx` (zip.ts) not read whole yet,
 * only that much is inflated (enough for an image's header: its pixel size), else a view of its
 * bytes. An XML part gives its text's UTF-8 bytes.
 */
export function partHead(part: OpcPart, max: number): Uint8Array {
  const lazy = lazyHeads.get(part);
  if (lazy) return lazy(max);
  return typeof part.data === "string"
    ? utf8Encoder.encode(part.data.slice(0, max))
    : part.data.subarray(0, max);
}

/** The lower-case extension of a part name ("png" for "/word/media/image1.PNG"), or "". */
export function extensionOf(name: string): string {
  const slash = name.lastIndexOf("/");
  const dot = name.lastIndexOf(".");
  return dot > slash ? name.slice(dot + 1).toLowerCase() : "";
}

/** Extensions of already-compressed formats: images, and files that are zips themselves. */
const COMPRESSED_EXT = new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "webp",
  "wdp",
  "emz",
  "zip",
  "docx",
  "xlsx",
  "pptx",
]);

/**
 * Whether a file or part is in an already-compressed format, by its extension: such entries are
 * stored in a zip (a .docx, the submission package), never deflated again.
 */
export function isCompressedFormat(name: string): boolean {
  return COMPRESSED_EXT.has(extensionOf(name));
}

// ---------------------------------------------------------------------------------------------
// writeDocx

/** Orders part names: "/_rels/.rels" first, then the rest by code point. */
export function orderedParts(pkg: OpcPackage): OpcPart[] {
  return [...pkg.parts.values()].sort((a, b) => {
    const ar = a.name === "/_rels/.rels" ? 0 : 1;
    const br = b.name === "/_rels/.rels" ? 0 : 1;
    return ar !== br ? ar - br : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

/**
 * Builds `[Content_Types].xml` for the parts: Defaults for "rels" and "xml", a Default for each
 * other extension whose parts are all binary and share one content type, Overrides for the rest.
 * Deterministic (sorted).
 */
export function contentTypesXml(pkg: OpcPackage): string {
  const parts = orderedParts(pkg);
  const defaults = new Map<string, string>(STANDARD_DEFAULTS);
  const byExt = new Map<string, Set<string>>();
  const binaryExt = new Set<string>();
  for (const p of parts) {
    const ext = extensionOf(p.name);
    if (!ext) continue;
    if (!byExt.has(ext)) byExt.set(ext, new Set());
    byExt.get(ext)!.add(p.contentType);
    if (typeof p.data !== "string") binaryExt.add(ext);
  }
  for (const [ext, types] of byExt) {
    if (!defaults.has(ext) && types.size === 1 && binaryExt.has(ext)) {
      for (const only of types) defaults.set(ext, only);
    }
  }
  let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + `<Types xmlns="${CT}">`;
  for (const [ext, ct] of [...defaults].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    xml += `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(ct)}"/>`;
  }
  for (const p of parts) {
    if (defaults.get(extensionOf(p.name)) === p.contentType) continue;
    xml += `<Override PartName="${escapeXml(p.name)}" ContentType="${escapeXml(p.contentType)}"/>`;
  }
  return `${xml}</Types>`;
}

// ---------------------------------------------------------------------------------------------
// Flat OPC

const unsafeFlat = (): OoxmlError =>
  new OoxmlError(
    "unsafeXml",
    { id: "errors.ooxml.flatOpc.unsafeXml" },
    "flat OPC: DOCTYPE or ENTITY declaration"
  );
const badFlat = (detail: string): OoxmlError =>
  new OoxmlError("badXml", { id: "errors.ooxml.flatOpc.badXml" }, `flat OPC: ${detail}`);

/** Reads the attributes of a start tag's text (`<p:part a="1" b='2'>`) into a map keyed by qualified name. */
function tagAttributes(tag: string): Map<string, string> {
  const m = new Map<string, string>();
  const re = /([^\s=<>/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let x: RegExpExecArray | null;
  while ((x = re.exec(tag)) !== null) {
    const [, name = "", doubleQuoted, singleQuoted] = x;
    m.set(name, unescapeXml(doubleQuoted ?? singleQuoted ?? ""));
  }
  return m;
}

function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(cp);
  });
}

/** Index just after the end of the start tag that begins at `lt` (quotes respected), or -1. */
function endOfTag(s: string, lt: number): number {
  let q = 0;
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** Options of {@link readFlatOpc}. */
export interface FlatOpcOptions {
  /**
   * Decode only the first `binaryHeadBytes` bytes of each binary part (images): enough for an
   * image header (image-size reads the dimensions from the first bytes), without decoding
   * megabytes of base64 per photo. The parts' data is then a PREFIX of the image: use it for
   * sizes, never to export or re-insert the image.
   */
  binaryHeadBytes?: number;
}

/**
 * Reads a flat-OPC package (`<pkg:package>`, as Word's `getOoxml()` returns it or as Word saves
 * "Word XML 文档"). The package is scanned as text (each XML part is kept byte-for-byte, not
 * re-serialised, so nothing is parsed twice); namespace declarations made on `pkg:package` that
 * an XML part's root lacks are copied onto it. Binary parts are base64 (`pkg:binaryData`).
 * @param xml the whole flat-OPC text
 * @param options `binaryHeadBytes`: decode only that many first bytes of each binary part (see
 *   {@link FlatOpcOptions})
 * @returns the package (part names as written, content types from `pkg:contentType`)
 * @throws OoxmlError "unsafeXml" (DOCTYPE/ENTITY anywhere), "badXml" (no `pkg:package` root,
 *   unbalanced part elements, bad base64), "notZip" never
 */
export function readFlatOpc(xml: string, options: FlatOpcOptions = {}): OpcPackage {
  const head = options.binaryHeadBytes;
  if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) throw unsafeFlat();
  const rootMatch = /<([A-Za-z_][\w.-]*:)?package\b/.exec(xml);
  if (!rootMatch) throw badFlat("no pkg:package element");
  const rootEnd = endOfTag(xml, rootMatch.index);
  if (rootEnd < 0) throw badFlat("unterminated package tag");
  const rootAttrs = tagAttributes(xml.slice(rootMatch.index, rootEnd));
  const prefix = rootMatch[1] ?? ""; // "pkg:" or ""
  const nsAttr = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
  if (rootAttrs.get(nsAttr) !== PKG) throw badFlat(`package namespace ${rootAttrs.get(nsAttr)}`);
  const inherited = [...rootAttrs].filter(([k]) => k.startsWith("xmlns:") && k !== nsAttr);

  const partOpen = `<${prefix}part`;
  const partClose = `</${prefix}part>`;
  const parts = new Map<string, OpcPart>();
  let pos = rootEnd;
  for (;;) {
    let lt = xml.indexOf(partOpen, pos);
    while (lt >= 0 && !/[\s>/]/.test(xml[lt + partOpen.length] ?? "")) {
      lt = xml.indexOf(partOpen, lt + 1);
    }
    if (lt < 0) break;
    const tagEnd = endOfTag(xml, lt);
    if (tagEnd < 0) throw badFlat("unterminated part tag");
    const a = tagAttributes(xml.slice(lt, tagEnd));
    const name = a.get(`${prefix}name`) ?? a.get("name");
    const contentType = a.get(`${prefix}contentType`) ?? a.get("contentType") ?? "application/xml";
    if (!name) throw badFlat("part without name");
    if (!name.startsWith("/") || name.includes("\\") || /(^|\/)\.\.?(\/|$)/.test(name)) {
      throw new OoxmlError(
        "unsafePath",
        { id: "errors.ooxml.flatOpc.unsafePartName" },
        `flat OPC part name ${JSON.stringify(name)}`
      );
    }
    if (xml[tagEnd - 2] === "/") {
      pos = tagEnd;
      parts.set(name, {
        name,
        contentType,
        data: isXmlContentType(contentType) ? "" : new Uint8Array(0),
      });
      continue;
    }
    const close = xml.indexOf(partClose, tagEnd);
    if (close < 0) throw badFlat(`unterminated part ${name}`);
    const body = xml.slice(tagEnd, close);
    pos = close + partClose.length;
    const xmlData = new RegExp(`<${prefix}xmlData\\b[^>]*>`).exec(body);
    const binData = new RegExp(`<${prefix}binaryData\\b[^>]*>`).exec(body);
    let data: string | Uint8Array;
    if (xmlData) {
      const innerEnd = body.lastIndexOf(`</${prefix}xmlData>`);
      if (innerEnd < 0) throw badFlat(`unterminated xmlData in ${name}`);
      data = withNamespaces(
        body.slice(xmlData.index + xmlData[0].length, innerEnd).trim(),
        inherited
      );
    } else if (binData) {
      const innerEnd = body.lastIndexOf(`</${prefix}binaryData>`);
      if (innerEnd < 0) throw badFlat(`unterminated binaryData in ${name}`);
      const from = binData.index + binData[0].length;
      if (head !== undefined && !isXmlContentType(contentType)) {
        // Only the head: base64 is 4 characters per 3 bytes; Word wraps its base64 in lines, so
        // take a margin for line breaks (base64ToBytes skips them) and cut the bytes after.
        const chars = Math.ceil(head / 3) * 4;
        const to = Math.min(innerEnd, from + chars + Math.ceil(chars / 32) + 8);
        data = base64ToBytes(body.slice(from, to)).slice(0, head);
      } else {
        const bytes = base64ToBytes(body.slice(from, innerEnd));
        data = isXmlContentType(contentType) ? decodeXmlBytes(bytes) : bytes;
      }
    } else {
      data = isXmlContentType(contentType) ? "" : new Uint8Array(0);
    }
    if (parts.has(name)) {
      throw new OoxmlError(
        "unsafePath",
        { id: "errors.ooxml.flatOpc.duplicatePart" },
        `duplicate flat OPC part ${name}`
      );
    }
    parts.set(name, { name, contentType, data });
  }
  if (parts.size === 0) throw badFlat("no parts");
  return { parts };
}

/** Copies namespace declarations the root element of `inner` lacks from `inherited`. */
function withNamespaces(inner: string, inherited: Array<[string, string]>): string {
  if (inherited.length === 0) return inner;
  let lt = 0;
  // skip an XML declaration, comments and processing instructions
  for (;;) {
    lt = inner.indexOf("<", lt);
    if (lt < 0) return inner;
    const c = inner[lt + 1];
    if (c === "?" || c === "!") {
      lt = inner.indexOf(">", lt) + 1;
      if (lt <= 0) return inner;
      continue;
    }
    break;
  }
  const end = endOfTag(inner, lt);
  if (end < 0) return inner;
  const tag = inner.slice(lt, end);
  const have = tagAttributes(tag);
  const add = inherited
    .filter(([k]) => !have.has(k))
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  if (!add) return inner;
  const insertAt = tag.endsWith("/>") ? end - 2 : end - 1;
  return inner.slice(0, insertAt) + add + inner.slice(insertAt);
}

/** Removes a leading XML declaration (and BOM) from a part's text. */
function stripXmlDeclaration(xml: string): string {
  const s = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  return s.replace(/^\s*<\?xml[^?]*\?>\s*/, "");
}

/**
 * Writes a package as flat OPC, the form `insertOoxml` accepts: `<?xml?>`,
 * `<?mso-application progid="Word.Document"?>`, `pkg:package`, one `pkg:part` per part in the
 * order of {@link writeDocx} ("/_rels/.rels" first), XML parts inside `pkg:xmlData` (their XML
 * declaration removed), binary parts as `pkg:binaryData` base64 with `pkg:compression="store"`.
 * @returns the flat-OPC text
 */
export function writeFlatOpc(pkg: OpcPackage): string {
  const out: string[] = [
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n',
    `<pkg:package xmlns:pkg="${PKG}">`,
  ];
  for (const p of orderedParts(pkg)) {
    const head = `<pkg:part pkg:name="${escapeXml(p.name)}" pkg:contentType="${escapeXml(p.contentType)}"`;
    if (typeof p.data === "string") {
      out.push(`${head}><pkg:xmlData>${stripXmlDeclaration(p.data)}</pkg:xmlData></pkg:part>`);
    } else {
      out.push(
        `${head} pkg:compression="store"><pkg:binaryData>${bytesToBase64(p.data)}</pkg:binaryData></pkg:part>`
      );
    }
  }
  out.push("</pkg:package>");
  return out.join("");
}
