/**
 * @fileoverview R23 ("each photo also supplied as a file named by its description"): every
 * picture of a document as a file — the bytes of its image part, named by its caption — and a
 * zip of them. Used by the CLI (`case-report export-images`, from a .docx) and by the add-in
 * (from `body.getOoxml()`, whose flat OPC carries the image parts as `pkg:binaryData`).
 * Layer: ooxml (pure; no Node APIs: fflate only).
 *
 * Naming, per picture (in document order):
 * 1. the caption: the text of the picture's own paragraph when it starts with 图N, else the
 *    nearest non-empty paragraph after (or before) it that starts with 图N (`/^图\s*\d+/`). The
 *    direction is chosen for the whole document — after, unless more pictures have a caption
 *    right before them than right after (caption above vs. below) — and the other direction is
 *    the fallback. A caption names one picture only (except several pictures in one paragraph,
 *    which share it and are told apart by " (2)" …);
 * 2. else the picture's alt text (`wp:docPr/@descr`);
 * 3. else "图片N" (N = 1-based picture number).
 * The extension comes from the content type (image/jpeg → .jpg …), else from the part name.
 * Names are made safe for Windows and macOS ({@link safeFileName}) and unique regardless of
 * case and Unicode normalisation ({@link uniqueNames}).
 *
 * Not converted: R23 asks for charts as JPG files; pictures are exported in the format stored in
 * the document (PNG stays PNG — converting needs an image codec). Linked (external) pictures and
 * pictures whose part is missing are skipped and reported by {@link exportPicturesReport}.
 */
import type { ExportedPicture } from "../core/gateway";
import type { Picture, ReportDocument } from "../core/model";
import { findPart, type OpcPackage } from "./package";
import { itemAt } from "../core/item-at";
import { filesZip } from "./files-zip";

/**
 * Longest file name, in UTF-8 bytes, extension included: 255 is the limit of ext4, APFS, NTFS
 * (in UTF-16 units, which a UTF-8 byte count bounds) and of zip tools; a caption of emoji or
 * Chinese characters is cut by bytes, never in the middle of a character.
 */
export const MAX_FILE_NAME = 255;

const utf8 = new TextEncoder();

/**
 * `s` without trailing dots and white space: a backward scan (a `[\s.]+$` pattern is quadratic on
 * a long run of them, and its linear lookbehind form is not ES2017, the pane's syntax level).
 */
function trimDotsSpacesEnd(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s.]/.test(s[end - 1] ?? "")) end--;
  return s.slice(0, end);
}

/** Length of `s` in UTF-8 bytes. */
export function utf8Length(s: string): number {
  return utf8.encode(s).length;
}

/** The longest prefix of `s` of at most `maxBytes` UTF-8 bytes that ends on a code point boundary. */
function cutToBytes(s: string, maxBytes: number): string {
  let bytes = 0;
  let out = "";
  for (const cp of s) {
    const n = utf8Length(cp);
    if (bytes + n > maxBytes) break;
    bytes += n;
    out += cp;
  }
  return out;
}

/** A caption paragraph: starts with 图 and a number (图1, 图 2, 图12). */
export const CAPTION_RE = /^\s*图\s*\d+/;

/** Extensions by image content type. */
const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/jpg": "jpg",
  "image/pjpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/bmp": "bmp",
  "image/x-bmp": "bmp",
  "image/tiff": "tif",
  "image/x-emf": "emf",
  "image/emf": "emf",
  "image/x-wmf": "wmf",
  "image/wmf": "wmf",
  "image/svg+xml": "svg",
  "image/webp": "webp",
  "image/x-ico": "ico",
  "image/vnd.ms-photo": "wdp",
};

/** Characters Windows forbids in file names, mapped to their full-width look-alikes (allowed everywhere). */
const FORBIDDEN: Record<string, string> = {
  "\\": "＼",
  "/": "／",
  ":": "：",
  "*": "＊",
  "?": "？",
  '"': "＂",
  "<": "＜",
  ">": "＞",
  "|": "｜",
};

/** Names Windows reserves for devices (with any extension). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * The file extension (without dot, lower case) for an image content type, else the part name's
 * extension, else "bin".
 */
export function extensionFor(contentType: string | null, partName: string | null): string {
  const ct = (contentType ?? "")
    .toLowerCase()
    .replace(/;[\s\S]*/, "")
    .trim();
  const known = EXTENSIONS[ct];
  if (known) return known;
  const [, found] = /\.([A-Za-z0-9]{1,8})$/.exec(partName ?? "") ?? [];
  if (found !== undefined) {
    const ext = found.toLowerCase();
    return ext === "jpeg" ? "jpg" : ext;
  }
  return "bin";
}

/**
 * A base name (without extension) safe on Windows and macOS: forbidden characters `\/:*?"<>|`
 * become their full-width forms, whitespace runs (tabs, line breaks and full-width spaces
 * included) become one space, other control characters are removed, leading dots and spaces and trailing dots and spaces are
 * removed, device names (CON, NUL, COM1 …) get a trailing "_", and the result is cut to `max`
 * UTF-8 bytes (never inside a character). C1 controls and the bidirectional overrides and
 * isolates (U+202A–202E, U+2066–2069), which can make a name display as another, are removed.
 * Empty → "".
 */
export function safeBaseName(raw: string, max: number): string {
  let s = raw.normalize("NFC");
  s = s.replace(/[\\/:*?"<>|]/g, (c) => FORBIDDEN[c] ?? "_");
  s = s.replace(/[\s\u3000]+/g, " ");
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, "");
  s = trimDotsSpacesEnd(s.replace(/^[\s.]+/, ""));
  if (utf8Length(s) > max) s = trimDotsSpacesEnd(cutToBytes(s, max));
  if (RESERVED.test(s)) s = `${s}_`;
  return s;
}

/**
 * A complete safe file name for `base` and `ext` of at most `max` UTF-8 bytes (the base is cut
 * to fit; the extension is kept). `fallback` is used when the base is empty after cleaning.
 */
export function safeFileName(
  base: string,
  ext: string,
  fallback: string,
  max: number = MAX_FILE_NAME
): string {
  const room = Math.max(1, max - utf8Length(ext) - 1);
  const clean = safeBaseName(base, room) || safeBaseName(fallback, room) || "图片";
  return `${clean}.${ext}`;
}

/** The key two names collide under on case-insensitive, normalising file systems (Windows, macOS). */
function collisionKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Makes names unique (case-insensitively, after NFC): the second "图1 现场.jpg" becomes
 * "图1 现场 (2).jpg", the third "(3)" …, cutting the base so the name stays within `max` UTF-8
 * bytes.
 * @returns the names in the same order
 */
export function uniqueNames(names: readonly string[], max: number = MAX_FILE_NAME): string[] {
  const used = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    let candidate = name;
    if (used.has(collisionKey(candidate))) {
      const dot = name.lastIndexOf(".");
      const base = dot > 0 ? name.slice(0, dot) : name;
      const ext = dot > 0 ? name.slice(dot) : "";
      for (let n = 2; ; n++) {
        const suffix = ` (${n})`;
        const room = max - utf8Length(ext) - suffix.length;
        const cut = trimDotsSpacesEnd(cutToBytes(base, Math.max(4, room)));
        candidate = `${cut}${suffix}${ext}`;
        if (!used.has(collisionKey(candidate))) break;
      }
    }
    used.add(collisionKey(candidate));
    out.push(candidate);
  }
  return out;
}

/** Normalises a caption for a file name: trims and collapses whitespace. */
function captionText(text: string): string {
  return text.replace(/[\s\u3000]+/g, " ").trim();
}

/**
 * The caption of each picture (null when none), by the rules of the file overview.
 * @returns one entry per `doc.pictures` item
 */
export function pictureCaptions(doc: ReportDocument): (string | null)[] {
  const paras = doc.paragraphs;
  const isCaption = (i: number): boolean =>
    i >= 0 && i < paras.length && CAPTION_RE.test(itemAt(paras, i).text);
  const pictureParas = new Set(doc.pictures.map((p) => p.paragraphIndex));
  /** Nearest non-empty paragraph from `i` in direction `d` that is not a picture paragraph. */
  const neighbour = (i: number, d: 1 | -1): number => {
    for (let j = i + d, steps = 0; j >= 0 && j < paras.length && steps < 3; j += d, steps++) {
      if (pictureParas.has(j)) return -1;
      if (itemAt(paras, j).text.trim() !== "") return j;
    }
    return -1;
  };
  let after = 0;
  let before = 0;
  for (const i of pictureParas) {
    if (isCaption(neighbour(i, 1))) after++;
    if (isCaption(neighbour(i, -1))) before++;
  }
  const order: (1 | -1)[] = before > after ? [-1, 1] : [1, -1];
  const claimed = new Map<number, number>(); // caption paragraph → picture paragraph
  return doc.pictures.map((pic) => {
    const i = pic.paragraphIndex;
    if (isCaption(i)) return captionText(itemAt(paras, i).text);
    for (const d of order) {
      const j = neighbour(i, d);
      if (!isCaption(j)) continue;
      const owner = claimed.get(j);
      if (owner !== undefined && owner !== i) continue;
      claimed.set(j, i);
      return captionText(itemAt(paras, j).text);
    }
    return null;
  });
}

/** A picture that could not be exported, and why. */
export interface SkippedPicture {
  /** 0-based picture number. */
  index: number;
  paragraphIndex: number;
  reason: "linked" | "missingPart";
}

/** What {@link exportPicturesReport} returns. */
export interface PictureExport {
  pictures: ExportedPicture[];
  skipped: SkippedPicture[];
}

/**
 * Every picture of the document as a named file, plus the pictures that could not be exported.
 * @param pkg the package the document was read from (.docx, or the flat OPC of getOoxml)
 * @param doc the model read from `pkg` (`parsePackage`)
 * @returns files in document order; never throws
 */
export function exportPicturesReport(pkg: OpcPackage, doc: ReportDocument): PictureExport {
  const captions = pictureCaptions(doc);
  const found: { pic: Picture; base: string; fallback: string; bytes: Uint8Array; ct: string }[] =
    [];
  const skipped: SkippedPicture[] = [];
  doc.pictures.forEach((pic, k) => {
    const part = pic.part === null ? undefined : findPart(pkg, pic.part);
    if (!part || typeof part.data === "string") {
      skipped.push({
        index: pic.index,
        paragraphIndex: pic.paragraphIndex,
        reason: pic.part === null ? "linked" : "missingPart",
      });
      return;
    }
    const fallback = `图片${k + 1}`;
    // alt text is often the inserted file's name ("untitled.png": its extension is no caption) or,
    // for a picture pasted from the web, its address (no caption at all: 图片N instead)
    const descText = pic.description
      ?.trim()
      .replace(/\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i, "");
    const desc = descText && !/^(?:https?|file|data):/i.test(descText) ? descText : null;
    found.push({
      pic,
      base: captions[k] ?? desc ?? fallback,
      fallback,
      bytes: part.data,
      ct: pic.contentType ?? part.contentType,
    });
  });
  const names = uniqueNames(
    found.map((f) => safeFileName(f.base, extensionFor(f.ct, f.pic.part), f.fallback))
  );
  return {
    pictures: found.map((f, i) => ({
      fileName: itemAt(names, i),
      contentType: f.ct,
      bytes: f.bytes,
      dpi: effectiveDpi(f.pic),
    })),
    skipped,
  };
}

/** EMU per inch (DrawingML). */
const EMU_PER_INCH = 914400;

/**
 * The resolution a picture has in the document: pixels across ÷ displayed inches (R22's effective
 * dpi); null when either is unknown.
 */
export function effectiveDpi(pic: Picture): number | null {
  if (pic.pixelWidth === null || !(pic.cx > 0)) return null;
  return pic.pixelWidth / (pic.cx / EMU_PER_INCH);
}

/** Every exportable picture of the document as a named file (see {@link exportPicturesReport}). */
export function exportPictures(pkg: OpcPackage, doc: ReportDocument): ExportedPicture[] {
  return exportPicturesReport(pkg, doc).pictures;
}

/**
 * A zip of the pictures, names as given ({@link filesZip}: UTF-8 names every unzip reads,
 * already compressed formats stored, others deflated).
 * @param options.mtime time stamp of every entry (default now; tests pass a fixed one)
 * @returns the zip bytes
 */
export function exportPicturesZip(
  pictures: readonly ExportedPicture[],
  options: { mtime?: Date } = {}
): Uint8Array {
  return filesZip(
    pictures.map((p) => ({ name: p.fileName, bytes: p.bytes })),
    options.mtime
  );
}
