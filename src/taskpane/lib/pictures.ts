/**
 * @fileoverview The pictures of the document as one zip (R23: each photo as a file named by its
 * caption): file names made safe and unique, stored (pictures are compressed already) with
 * UTF-8 names (fflate sets the language-encoding flag for non-ASCII names, so 图1 隐患排查现场.jpg
 * opens with its Chinese name in Windows Explorer, macOS Archive Utility and 7-Zip). Pure.
 * Layer: taskpane.
 */
import { zipSync, type Zippable } from "fflate";
import type { ExportedPicture } from "../../core/gateway";

/** Name of the downloaded zip. */
export const PICTURES_ZIP_NAME = "案例图片.zip";

/** Longest file name kept, in characters (Windows' limit is 255 for the whole name). */
const MAX_NAME = 120;

/**
 * A file name safe in a zip and on Windows: path separators and characters Windows forbids
 * (\\ / : * ? " < > |, control characters) become "_", leading dots and trailing dots and
 * spaces are dropped, an over-long stem is cut; "图片" when nothing is left.
 */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  let s = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  s = s.replace(/^\.+/, "").replace(/[. ]+$/, "");
  if (s.length > MAX_NAME) {
    const dot = s.lastIndexOf(".");
    const ext = dot > 0 && s.length - dot <= 6 ? s.slice(dot) : "";
    s = s.slice(0, MAX_NAME - ext.length) + ext;
  }
  return s === "" ? "图片" : s;
}

/**
 * The names of `pictures`, safe and unique (case-insensitively, as on Windows): a repeated name
 * gets " (2)", " (3)" … before its extension.
 */
export function uniqueFileNames(pictures: readonly Pick<ExportedPicture, "fileName">[]): string[] {
  const used = new Set<string>();
  return pictures.map((p) => {
    const name = safeFileName(p.fileName);
    const dot = name.lastIndexOf(".");
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : "";
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The zip of `pictures` and the names used in it (in the pictures' order). */
export function picturesZip(pictures: readonly ExportedPicture[]): {
  bytes: Uint8Array;
  fileNames: string[];
} {
  const fileNames = uniqueFileNames(pictures);
  const files: Zippable = {};
  pictures.forEach((p, i) => {
    // Store, not deflate: JPEG and PNG are compressed already (and this runs in the pane).
    files[fileNames[i]] = [p.bytes, { level: 0 }];
  });
  return { bytes: zipSync(files), fileNames };
}
