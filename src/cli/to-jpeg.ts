/**
 * @fileoverview PNG → JPG for the submission package (R23: "图表如果是图片形式, 需单独提供一张 JPG
 * 格式的图片"). Decoding and encoding are libraries' work (pngjs, jpeg-js); ours is what the notice
 * needs around them: transparency flattened onto white (a chart's transparent background would
 * turn black in a JPG), the JFIF header declaring the resolution the picture has in the document
 * (so a printer sizes it as the report shows it), and a pixel bound so a huge image cannot
 * exhaust memory. Layer: cli (pngjs uses Node's zlib).
 */
import { encode as encodeJpeg } from "jpeg-js";
import { PNG } from "pngjs";
import { setJfifDpi } from "../core/jfif";

/** Largest picture converted (pixels): 50 MP is a 8 660 × 5 770 chart, 200 MB as RGBA. */
export const MAX_CONVERT_PIXELS = 50_000_000;

/** JPG quality (jpeg-js 1–100): 92 keeps chart lines and text crisp at about a third of the PNG's size. */
export const JPEG_QUALITY = 92;

/** What {@link pngToJpeg} returns. */
export type JpegResult =
  | { ok: true; jpeg: Uint8Array; width: number; height: number }
  | { ok: false; reason: "unreadable" | "tooLarge" };

/**
 * Converts a PNG (any bit depth, palette, grey or colour, with or without alpha) to a baseline JPG.
 * Never throws.
 * @param png the PNG bytes
 * @param dpi the resolution to declare (the picture's effective dpi in the document), or null to
 *   leave the JFIF header's "no unit, 1:1"
 * @returns the JPG, or why not: `unreadable` (not a PNG the decoder accepts), `tooLarge` (more than
 *   {@link MAX_CONVERT_PIXELS}; checked from the IHDR before anything is decoded)
 */
export function pngToJpeg(png: Uint8Array, dpi: number | null): JpegResult {
  const size = pngSize(png);
  if (size === null) return { ok: false, reason: "unreadable" };
  if (size.width * size.height > MAX_CONVERT_PIXELS) return { ok: false, reason: "tooLarge" };
  let decoded: PNG;
  try {
    decoded = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const { width, height, data } = decoded; // RGBA, 8 bits a channel
  // flatten onto white: c' = c·a + 255·(1 − a)
  for (let i = 0; i < data.length; i += 4) {
    const a = data.readUInt8(i + 3);
    if (a === 255) continue;
    const k = 255 - a;
    for (let c = i; c < i + 3; c++) data[c] = (data.readUInt8(c) * a + 255 * k + 127) / 255;
    data[i + 3] = 255;
  }
  const jpeg = new Uint8Array(encodeJpeg({ width, height, data }, JPEG_QUALITY).data);
  if (dpi !== null && Number.isFinite(dpi) && dpi >= 1) setJfifDpi(jpeg, dpi);
  return { ok: true, jpeg, width, height };
}

/** Width and height from a PNG's IHDR, or null when `png` does not start like a PNG. */
function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
