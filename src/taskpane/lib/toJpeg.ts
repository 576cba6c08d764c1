/**
 * @fileoverview PNG → JPG in the task pane for 导出提交材料 (R23: charts given as pictures are
 * submitted as JPG files): the browser decodes (`createImageBitmap`), a canvas painted white first
 * flattens transparency (a chart's transparent background must not turn black), `toBlob` encodes
 * at quality 0.92, and the JFIF header declares the resolution the picture has in the document
 * (`setJfifDpi`). Where the webview lacks `createImageBitmap` or a 2D canvas (jsdom, very old
 * webviews), or the picture is larger than {@link MAX_BROWSER_PIXELS}, it answers null and the
 * picture goes into the zip as stored. Layer: taskpane (DOM).
 */
import { setJfifDpi } from "../../core/jfif";

/** Largest picture converted in the pane (pixels): 40 MP, 160 MB of canvas. */
export const MAX_BROWSER_PIXELS = 40_000_000;

/**
 * Converts `png` to JPG bytes declaring `dpi`, or null when this webview cannot. Never throws.
 * @param png PNG bytes
 * @param dpi the picture's effective dpi in the document, or null to leave the header's 1:1
 */
export async function pngToJpegInBrowser(
  png: Uint8Array,
  dpi: number | null,
  doc: Document = document
): Promise<Uint8Array | null> {
  const view = doc.defaultView;
  if (!view || typeof view.createImageBitmap !== "function") return null;
  try {
    const bitmap = await view.createImageBitmap(
      new view.Blob([png.slice()], { type: "image/png" })
    );
    try {
      if (bitmap.width * bitmap.height > MAX_BROWSER_PIXELS) return null;
      const canvas = doc.createElement("canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const g = canvas.getContext("2d");
      if (!g) return null;
      g.fillStyle = "#ffffff";
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(bitmap, 0, 0);
      const blob = await new Promise<Blob | null>((resolve) =>
        canvas.toBlob(resolve, "image/jpeg", 0.92)
      );
      if (!blob || blob.type !== "image/jpeg") return null;
      const jpeg = new Uint8Array(await blob.arrayBuffer());
      if (dpi !== null && Number.isFinite(dpi) && dpi >= 1) setJfifDpi(jpeg, dpi);
      return jpeg;
    } finally {
      bitmap.close();
    }
  } catch {
    return null;
  }
}
