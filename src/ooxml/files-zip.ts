/**
 * @fileoverview Zips made for people to unpack: the submission package (R25, `./submission`) and
 * the exported pictures (R23, `./picture-files`). Apart from `./zip` (which the pane's first load
 * reaches through `./parse`) so that fflate's writer comes only with the export path. Pure
 * (fflate only). Layer: ooxml.
 */
import { zipSync, type Zippable } from "fflate";
import { isCompressedFormat } from "./package";

/** "Version made by" host of {@link filesZip}'s entries: 3 = UNIX (APPNOTE 4.4.2.2). */
const ZIP_HOST_UNIX = 3;
/** External attributes of a regular file made on UNIX: mode 0100644 (-rw-r--r--) in the high 16 bits. */
const ZIP_UNIX_FILE_ATTRS = (0o100644 << 16) >>> 0;

/** One file of a zip made for people ({@link filesZip}). */
export interface ZipFile {
  /** Its path in the zip, "/"-separated, any script ("图片/图1 隐患排查现场.jpg"). */
  name: string;
  bytes: Uint8Array;
}

/**
 * A zip of files for people to unpack: images and zips stored ({@link isCompressedFormat}), the
 * rest deflated; names in UTF-8 with general purpose flag bit 11 (fflate sets it for non-ASCII
 * names), every entry made on UNIX with mode 0644. Made on UNIX, not MS-DOS (fflate's default),
 * because Info-ZIP's unzip — Linux's and many servers' — translates the names of MS-DOS-made
 * entries from the OEM code page even when bit 11 says UTF-8 ("报告.docx" came out as
 * "������.docx"); Windows Explorer, macOS Archive Utility, 7-Zip and Python read bit 11 whatever
 * the host, as they do for the zips Info-ZIP and Python make on UNIX.
 * @param mtime time stamp of every entry (default now; tests pass a fixed one)
 * @returns the zip bytes
 */
export function filesZip(files: readonly ZipFile[], mtime: Date = new Date()): Uint8Array {
  const zip: Zippable = {};
  for (const f of files) {
    zip[f.name] = [
      f.bytes,
      {
        level: isCompressedFormat(f.name) ? 0 : 6,
        mtime,
        os: ZIP_HOST_UNIX,
        attrs: ZIP_UNIX_FILE_ATTRS,
      },
    ];
  }
  return zipSync(zip);
}
