/**
 * @fileoverview The .docx zip container ↔ {@link OpcPackage} (package.ts): `readDocx` and
 * `writeDocx`, on fflate. Apart from package.ts so that what reads a document through Word
 * (flat OPC, package.ts) does not load the zip library: the task pane's first load carries none
 * of it (issue 9). Layer: ooxml (pure; no Node APIs: works on Uint8Array in Node and in the
 * browser).
 *
 * `readDocx` runs on hostile files in the CLI: it identifies non-zip input (OLE containers of
 * encrypted .docx / legacy .doc, PDF, RTF …), truncated or corrupt zips, zip bombs (declared
 * sizes in the central directory are checked before anything is inflated, and the actual output
 * of every entry is bounded while it is inflated), unsafe or duplicate entry names and a missing
 * `[Content_Types].xml`. Every failure is an {@link OoxmlError}.
 */
import { Inflate, strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { OoxmlError, type OoxmlMessageId } from "./errors";
import { la, lchildren, parseLite } from "./parse-xml";
import { CT } from "./xml-names";
import {
  GUESSED_TYPES,
  contentTypesXml,
  decodeXmlBytes,
  extensionOf,
  isCompressedFormat,
  isXmlContentType,
  orderedParts,
  setPartHeadReader,
  type OpcPackage,
  type OpcPart,
} from "./package";

/** Limits of {@link readDocx} (zip bomb defence). */
export interface PackageLimits {
  /** Maximum number of zip entries (default 10 000). */
  maxEntries: number;
  /** Maximum total uncompressed size in bytes, declared and actual (default 200 MB). */
  maxTotalUncompressed: number;
  /** Maximum ratio uncompressed ÷ compressed of one entry (default 200), applied only to entries declaring more than 20 MiB uncompressed (see RATIO_MIN_BYTES). */
  maxRatio: number;
  /** Maximum uncompressed size in bytes of one entry (default 100 MB). */
  maxPartBytes: number;
}

/** The default {@link PackageLimits}. */
export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
  maxPartBytes: 100 * 1024 * 1024,
});

/**
 * Entries declaring at most this many uncompressed bytes are exempt from the ratio check.
 *
 * Why 20 MiB: real parts can be extremely repetitive — a 1 MB paragraph of one repeated
 * character, a document.xml of thousands of identical empty table rows, a blank BMP — and
 * deflate shrinks them by 1000× or more, so a ratio check on small entries refuses genuine
 * documents. What actually defends against a zip bomb is independent of the ratio: the declared
 * sizes are bounded (per part and in total, before anything is inflated) and the streaming
 * inflate stops as soon as an entry produces more than it declared, so no entry can make us
 * hold more than `maxTotalUncompressed` (200 MB) in all. The ratio check remains as an early,
 * cheap refusal of the one shape no Word document has: a single huge (> 20 MiB) part that is
 * nearly all repetition, which would otherwise cost the time and memory of inflating it.
 */
const RATIO_MIN_BYTES = 20 * 1024 * 1024;

let crcTable: Uint32Array | null = null;
/** CRC-32 (the zip polynomial, also PNG's) of bytes, as an unsigned 32-bit number. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const t = crcTable;
  let c = 0xffffffff;
  // A plain indexed loop: every index is in range by the loop's bound and the mask, and a byte
  // costs no call and no iterator step — it runs cold once per part on opening a document (issue 9)
  // and over every byte of a 50 MB report in the CLI.
  for (let i = 0, n = data.length; i < n; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// readDocx

const tooLarge = (detail: string): OoxmlError =>
  new OoxmlError("tooLarge", { id: "errors.ooxml.zipBomb" }, detail);
const truncated = (detail: string): OoxmlError =>
  new OoxmlError("truncated", { id: "errors.ooxml.truncated" }, detail);

// Little-endian integers at byte offset p. A byte past the end reads as 0, so a record cut short
// fails its signature or size check (or an extra field's bounds) instead of throwing here.
const byte = (d: Uint8Array, p: number): number => d[p] ?? 0;
const u16 = (d: Uint8Array, p: number): number => byte(d, p) | (byte(d, p + 1) << 8);
const u32 = (d: Uint8Array, p: number): number =>
  (byte(d, p) | (byte(d, p + 1) << 8) | (byte(d, p + 2) << 16) | (byte(d, p + 3) << 24)) >>> 0;
const u64 = (d: Uint8Array, p: number): number => u32(d, p) + u32(d, p + 4) * 0x100000000;

function startsWith(d: Uint8Array, sig: number[]): boolean {
  if (d.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (d[i] !== sig[i]) return false;
  return true;
}

/** True when the UTF-16LE form of `name` occurs in `d` (OLE directory entry names). */
function hasUtf16Name(d: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= d.length; i++) {
    if (d[i] !== first || d[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (d[i + 2 * k] !== name.charCodeAt(k) || d[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * True when `bytes` start like a zip {@link readDocx} reads: a local file header ("PK\x03\x04")
 * or, for an empty zip, the end of the central directory ("PK\x05\x06"). Only the first four
 * bytes are read.
 */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** Throws the right OoxmlError for bytes that are not a zip. */
function notAZip(d: Uint8Array): never {
  if (startsWith(d, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16Name(d, "EncryptedPackage") || hasUtf16Name(d, "EncryptionInfo")) {
      throw new OoxmlError(
        "encrypted",
        { id: "errors.ooxml.passwordProtected" },
        "OLE compound file with EncryptedPackage/EncryptionInfo streams"
      );
    }
    const isDoc = hasUtf16Name(d, "WordDocument");
    throw new OoxmlError(
      "legacyDoc",
      { id: isDoc ? "errors.ooxml.legacyDoc" : "errors.ooxml.oleFile" },
      isDoc ? "OLE compound file with WordDocument stream" : "OLE compound file"
    );
  }
  let what: OoxmlMessageId = "errors.ooxml.notZip.unknown";
  if (d.length === 0) what = "errors.ooxml.notZip.empty";
  else if (startsWith(d, [0x25, 0x50, 0x44, 0x46])) what = "errors.ooxml.notZip.pdf";
  else if (startsWith(d, [0x7b, 0x5c, 0x72, 0x74, 0x66])) what = "errors.ooxml.notZip.rtf";
  else {
    const head = strFromU8(d.subarray(0, 512), true)
      .replace(/^\uFEFF|^\xEF\xBB\xBF/, "")
      .trimStart();
    if (head.startsWith("<?xml") || head.startsWith("<")) {
      what = /pkg:package|xmlPackage/.test(head)
        ? "errors.ooxml.notZip.flatOpc"
        : "errors.ooxml.notZip.xml";
    }
  }
  throw new OoxmlError(
    "notZip",
    { id: what },
    `not a zip (first bytes ${Array.from(d.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join(" ")})`
  );
}

/** One entry of a zip's central directory (sizes in bytes; `localOffset` from the file's start). */
interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Throws "unsafePath" unless `name` is a safe relative zip entry name. */
function checkEntryName(name: string): void {
  const bad =
    name.length === 0 ||
    name.startsWith("/") ||
    name.includes("\\") ||
    name.includes("\0") ||
    /^[a-zA-Z]:/.test(name) ||
    name
      .replace(/\/$/, "")
      .split("/")
      .some((s) => s === "" || s === "." || s === "..");
  if (bad) {
    throw new OoxmlError(
      "unsafePath",
      { id: "errors.ooxml.unsafePath" },
      `unsafe entry name ${JSON.stringify(name)}`
    );
  }
}

/**
 * Loads bytes [start, end) of a zip file into the array given to {@link readDocx} before they are
 * read: a file read piece by piece, so that a check reads the central directory, the XML parts
 * and the heads of pictures, not every photo (a 50 MB report is mostly photos). Ranges may reach
 * past the array's end (clamped by the loader) and may repeat (the loader skips what it holds).
 * Throws what the read throws.
 */
export type ZipLoader = (start: number, end: number) => void;

/** The loader of an array that holds the whole file: nothing to load. */
const WHOLE_FILE: ZipLoader = () => undefined;

/** Reads the central directory, checking names, counts and declared sizes (nothing inflated yet). */
function readCentralDirectory(d: Uint8Array, limits: PackageLimits, load: ZipLoader): ZipEntry[] {
  // End of central directory: last 22..65557 bytes.
  let e = d.length - 22;
  const stop = Math.max(0, d.length - 65557);
  load(stop, d.length);
  while (e >= stop && u32(d, e) !== 0x06054b50) e--;
  if (e < stop) throw truncated("no end-of-central-directory record");
  let count = u16(d, e + 10);
  let cdSize = u32(d, e + 12);
  let cdOffset = u32(d, e + 16);
  if (e >= 20) load(e - 20, e);
  if (e >= 20 && u32(d, e - 20) === 0x07064b50) {
    const z = u64(d, e - 12);
    if (z + 56 <= d.length) load(z, z + 56);
    if (z + 56 <= d.length && u32(d, z) === 0x06064b50) {
      count = u64(d, z + 32);
      cdSize = u64(d, z + 40);
      cdOffset = u64(d, z + 48);
    }
  }
  if (count > limits.maxEntries) throw tooLarge(`${count} entries > ${limits.maxEntries}`);
  if (cdOffset + cdSize > d.length) throw truncated("central directory beyond end of file");
  load(cdOffset, cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    load(p, p + 46); // within the directory loaded above, unless its declared size is short
    if (p + 46 > d.length || u32(d, p) !== 0x02014b50) throw truncated(`bad central header ${i}`);
    const flags = u16(d, p + 8);
    const method = u16(d, p + 10);
    const crc = u32(d, p + 16);
    let compressedSize = u32(d, p + 20);
    let size = u32(d, p + 24);
    const nameLen = u16(d, p + 28);
    const extraLen = u16(d, p + 30);
    const commentLen = u16(d, p + 32);
    let localOffset = u32(d, p + 42);
    load(p + 46, p + 46 + nameLen + extraLen + commentLen);
    const nameBytes = d.subarray(p + 46, p + 46 + nameLen);
    const name = strFromU8(nameBytes, !(flags & 0x800));
    // zip64 extra field
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(d, x);
      const len = u16(d, x + 2);
      if (id === 1) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = u64(d, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(d, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(d, q);
      }
      x += 4 + len;
    }
    p = xEnd + commentLen;
    checkEntryName(name);
    const key = name.toLowerCase();
    if (seen.has(key)) {
      throw new OoxmlError(
        "unsafePath",
        { id: "errors.ooxml.duplicateEntry" },
        `duplicate entry name ${JSON.stringify(name)}`
      );
    }
    seen.add(key);
    if (name.endsWith("/")) continue; // directory entry
    if (size > limits.maxPartBytes) throw tooLarge(`${name}: declared ${size} bytes`);
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalUncompressed) {
      throw tooLarge(`declared total ${declaredTotal} bytes`);
    }
    if (size > RATIO_MIN_BYTES && size > limits.maxRatio * Math.max(1, compressedSize)) {
      throw tooLarge(`${name}: ratio ${Math.round(size / Math.max(1, compressedSize))}`);
    }
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
  }
  return entries;
}

/**
 * Where an entry's stored (compressed) data lies in the file, [start, end), read from its local
 * header (loaded first).
 * @throws OoxmlError "truncated" for a bad local header or data beyond the end of the file
 */
function entryDataRange(
  d: Uint8Array,
  en: ZipEntry,
  load: ZipLoader
): { start: number; end: number } {
  const lo = en.localOffset;
  load(lo, lo + 30);
  if (lo + 30 > d.length || u32(d, lo) !== 0x04034b50)
    throw truncated(`${en.name}: bad local header`);
  const start = lo + 30 + u16(d, lo + 26) + u16(d, lo + 28);
  const end = start + en.compressedSize;
  if (end > d.length) throw truncated(`${en.name}: data beyond end of file`);
  return { start, end };
}

/** Inflates one entry, bounding its actual output by its declared size. */
function extractEntry(d: Uint8Array, en: ZipEntry, load: ZipLoader): Uint8Array {
  const { start, end } = entryDataRange(d, en, load);
  load(start, end);
  if (en.flags & 1) {
    throw new OoxmlError(
      "encrypted",
      { id: "errors.ooxml.encryptedEntry" },
      `${en.name}: encrypted zip entry`
    );
  }
  let out: Uint8Array;
  if (en.method === 0) {
    if (en.compressedSize !== en.size) throw truncated(`${en.name}: stored size mismatch`);
    out = d.slice(start, end);
  } else if (en.method === 8) {
    out = new Uint8Array(en.size);
    let written = 0;
    const inf = new Inflate((chunk) => {
      if (written + chunk.length > en.size) {
        throw tooLarge(`${en.name}: inflates beyond its declared ${en.size} bytes`);
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    const CHUNK = 32 * 1024;
    try {
      if (start === end) inf.push(new Uint8Array(0), true);
      for (let q = start; q < end; q += CHUNK) {
        const qe = Math.min(end, q + CHUNK);
        inf.push(d.subarray(q, qe), qe === end);
      }
    } catch (e) {
      if (e instanceof OoxmlError) throw e;
      throw truncated(`${en.name}: inflate failed: ${String(e)}`);
    }
    if (written !== en.size) throw truncated(`${en.name}: inflated ${written} of ${en.size} bytes`);
  } else {
    throw new OoxmlError(
      "unsupported",
      { id: "errors.ooxml.compressionMethod" },
      `${en.name}: compression method ${en.method}`
    );
  }
  if (crc32(out) !== en.crc) throw truncated(`${en.name}: CRC mismatch`);
  return out;
}

/**
 * The first `max` bytes of an entry's content, inflating no more than needed (a stored entry is
 * a view of the file, no copy). No CRC check: the whole content is checked when it is read.
 */
function extractHead(d: Uint8Array, en: ZipEntry, max: number, load: ZipLoader): Uint8Array {
  const { start, end } = entryDataRange(d, en, load);
  if (en.flags & 1) return extractEntry(d, en, load).subarray(0, max); // encrypted: refused there
  if (en.method === 0) {
    const headEnd = start + Math.min(max, en.size, end - start);
    load(start, headEnd);
    return d.subarray(start, headEnd);
  }
  if (en.method !== 8) return extractEntry(d, en, load).subarray(0, max); // refused there
  const want = Math.min(max, en.size);
  const out = new Uint8Array(want);
  let written = 0;
  const enough = new Error("enough");
  const inf = new Inflate((chunk) => {
    const n = Math.min(chunk.length, want - written);
    out.set(chunk.subarray(0, n), written);
    written += n;
    if (written >= want) throw enough;
  });
  try {
    for (let q = start; q < end && written < want; q += 16 * 1024) {
      const qe = Math.min(end, q + 16 * 1024);
      load(q, qe);
      inf.push(d.subarray(q, qe), qe === end);
    }
  } catch (e) {
    if (e !== enough) throw truncated(`${en.name}: inflate failed: ${String(e)}`);
  }
  return out.subarray(0, written);
}

/** Parses `[Content_Types].xml` into Defaults (lower-case extension) and Overrides (lower-case part name). */
function parseContentTypes(xml: string): {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
} {
  const root = parseLite(xml, "/[Content_Types].xml");
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of lchildren(root)) {
    if (el.ns !== CT && el.ns !== "") continue;
    const ct = la(el, "", "ContentType") ?? "";
    if (el.name === "Default") defaults.set((la(el, "", "Extension") ?? "").toLowerCase(), ct);
    else if (el.name === "Override") {
      overrides.set((la(el, "", "PartName") ?? "").toLowerCase(), ct);
    }
  }
  return { defaults, overrides };
}

/**
 * Reads a .docx/.dotx/.docm zip into an {@link OpcPackage}.
 * @param bytes the file's bytes; with `load`, an array of the file's size of which only what
 *   `load` was asked for is read (the rest is read when a part's `data` is first asked for)
 * @param limits overrides of {@link DEFAULT_LIMITS}
 * @param load loads byte ranges of the file into `bytes` (see {@link ZipLoader}); default: `bytes`
 *   holds the whole file. The caller keeps the file open while parts may still be read. Its
 *   first four bytes must be loaded: a file that does not start like a zip is read whole.
 * @returns every part (except `[Content_Types].xml`), XML parts decoded to strings
 * @throws OoxmlError "notZip" | "encrypted" | "legacyDoc" (not a zip: what it is and what to do),
 *   "truncated" (cut short, bad headers, bad CRC), "tooLarge" (limits), "unsafePath" (entry
 *   names), "missingContentTypes", "unsupported" (compression method), "badXml"/"unsafeXml"
 *   (content types part)
 */
export function readDocx(
  bytes: Uint8Array,
  limits?: Partial<PackageLimits>,
  load: ZipLoader = WHOLE_FILE
): OpcPackage {
  const lim: PackageLimits = { ...DEFAULT_LIMITS, ...limits };
  if (!startsLikeZip(bytes)) notAZip(bytes);
  const entries = readCentralDirectory(bytes, lim, load);
  const ctEntry = entries.find((en) => en.name.toLowerCase() === "[content_types].xml");
  if (!ctEntry) {
    // An OpenDocument package (ODF 1.2 Part 3 §3.3: a first entry "mimetype", stored, naming
    // the kind): said as such, not as a broken Word document.
    const mimetype = entries.find((en) => en.name === "mimetype" && en.size < 200);
    if (mimetype) {
      const type = new TextDecoder().decode(extractEntry(bytes, mimetype, load));
      if (type.startsWith("application/vnd.oasis.opendocument")) {
        throw new OoxmlError("unsupported", { id: "errors.ooxml.openDocument" }, `ODF: ${type}`);
      }
    }
    throw new OoxmlError(
      "missingContentTypes",
      { id: "errors.ooxml.missingContentTypes" },
      "no [Content_Types].xml"
    );
  }
  let actualTotal = 0;
  const raw = new Map<ZipEntry, Uint8Array>();
  for (const en of entries) {
    // binary parts (pictures, embedded objects) are inflated and CRC-checked when first read:
    // a check needs only their headers (see partHead); each stays bounded by its declared size
    if (!/\.(xml|rels|vml)$/i.test(en.name)) continue;
    const data = extractEntry(bytes, en, load);
    actualTotal += data.length;
    if (actualTotal > lim.maxTotalUncompressed) throw tooLarge(`actual total ${actualTotal} bytes`);
    raw.set(en, data);
  }
  const { defaults, overrides } = parseContentTypes(decodeXmlBytes(raw.get(ctEntry)!));
  const parts = new Map<string, OpcPart>();
  for (const en of entries) {
    if (en === ctEntry) continue;
    const name = `/${en.name}`;
    const ext = extensionOf(name);
    const contentType =
      overrides.get(name.toLowerCase()) ??
      defaults.get(ext) ??
      GUESSED_TYPES[ext] ??
      "application/octet-stream";
    const data = raw.get(en);
    if (data !== undefined) {
      parts.set(name, {
        name,
        contentType,
        data: isXmlContentType(contentType) ? decodeXmlBytes(data) : data,
      });
      continue;
    }
    parts.set(name, lazyPart(bytes, en, name, contentType, load));
  }
  return { parts };
}

/**
 * A part whose content is read from the zip on first access of `data` (inflated, its size bounded
 * by its declaration, CRC-checked; a part declared as XML is decoded), then kept; assigning
 * `data` replaces it as for any part.
 * @throws OoxmlError "truncated" | "tooLarge" | "encrypted" | "unsupported" from that access
 */
function lazyPart(
  d: Uint8Array,
  en: ZipEntry,
  name: string,
  contentType: string,
  load: ZipLoader
): OpcPart {
  let cache: string | Uint8Array | null = null;
  const part = { name, contentType } as OpcPart;
  Object.defineProperty(part, "data", {
    enumerable: true,
    configurable: true,
    get(): string | Uint8Array {
      if (cache === null) {
        const raw = extractEntry(d, en, load);
        cache = isXmlContentType(part.contentType) ? decodeXmlBytes(raw) : raw;
        setPartHeadReader(part, null);
      }
      return cache;
    },
    set(value: string | Uint8Array) {
      cache = value;
      setPartHeadReader(part, null);
    },
  });
  setPartHeadReader(part, (max) => extractHead(d, en, max, load));
  return part;
}

// ---------------------------------------------------------------------------------------------
// writeDocx

const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Writes a package as a .docx zip: `[Content_Types].xml` first (built by
 * {@link contentTypesXml}), then "/_rels/.rels", then every other part sorted by name; fixed
 * timestamps, so equal packages give equal bytes. XML strings are written as UTF-8.
 * @returns the zip bytes
 * @throws OoxmlError "unsafePath" for a part name that is not absolute or contains "..", "\\"
 */
export function writeDocx(pkg: OpcPackage): Uint8Array {
  const files: Zippable = {};
  files["[Content_Types].xml"] = [strToU8(contentTypesXml(pkg)), { level: 6, mtime: FIXED_MTIME }];
  for (const p of orderedParts(pkg)) {
    if (!p.name.startsWith("/")) {
      throw new OoxmlError("unsafePath", { id: "errors.ooxml.partName" }, `part name ${p.name}`);
    }
    const entry = p.name.slice(1);
    checkEntryName(entry);
    const data = typeof p.data === "string" ? strToU8(p.data) : p.data;
    files[entry] = [data, { level: isCompressedFormat(p.name) ? 0 : 6, mtime: FIXED_MTIME }];
  }
  return zipSync(files);
}
