/**
 * @fileoverview The resolution field of a JPEG's JFIF header (R22/R23: a picture exported for the
 * submission declares the dpi it has in the document, so a printer sizes it as the report shows
 * it). Pure byte work, shared by the CLI's and the pane's PNG → JPG conversion. Layer: core.
 */

/** Offsets in a JPEG that starts with SOI and a JFIF APP0 segment (jpeg-js and browsers write one). */
const JFIF_UNITS = 13;
const JFIF_X_DENSITY = 14;
const JFIF_Y_DENSITY = 16;

/**
 * Sets the resolution in a JPEG's JFIF header (units 1 = dots per inch), so a printer sizes the
 * picture as the report shows it.
 * @param jpeg changed in place; left as is when it does not start with SOI + a JFIF APP0 segment
 * @param dpi rounded and kept within 1–65 535
 */
export function setJfifDpi(jpeg: Uint8Array, dpi: number): void {
  const isJfif =
    jpeg.length > 20 &&
    jpeg[0] === 0xff &&
    jpeg[1] === 0xd8 &&
    jpeg[2] === 0xff &&
    jpeg[3] === 0xe0 &&
    String.fromCharCode(...jpeg.subarray(6, 11)) === "JFIF\0";
  if (!isJfif) return;
  const d = Math.max(1, Math.min(0xffff, Math.round(dpi)));
  jpeg[JFIF_UNITS] = 1;
  jpeg[JFIF_X_DENSITY] = d >> 8;
  jpeg[JFIF_X_DENSITY + 1] = d & 0xff;
  jpeg[JFIF_Y_DENSITY] = d >> 8;
  jpeg[JFIF_Y_DENSITY + 1] = d & 0xff;
}
