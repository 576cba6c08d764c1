/**
 * @fileoverview R23: every picture of the open document as a file named by its caption. One
 * batch: `body.getOoxml()` — Word's flat OPC carries the image parts the body references as
 * `pkg:binaryData` (officejs-facts §7; the readDocument path relies on the same for the dpi
 * check) — then `readFlatOpc` → `parsePackage` → `exportPictures` (naming rules in
 * `src/ooxml/picture-files.ts`). Layer: word.
 *
 * Limits (VERIFY on real Word): floating pictures are in getOoxml (unlike `inlinePictures`,
 * office-js#2832) but EMF/WMF may not be (office-js#3145 concerns `inlinePictures`); a large
 * document with many photos gives a large getOoxml payload (office-js#702: hung above ~64 KB in
 * 2019) — the gateway's read timeout applies, and the CLI (`case-report export-images`) is the
 * way out.
 */
import { GatewayError, type ExportedPicture } from "../core/gateway";
import { readFlatOpc } from "../ooxml/package";
import { parsePackage } from "../ooxml/parse";
import { exportPictures as exportFromPackage } from "../ooxml/picture-files";
import { toGatewayError } from "./errors";

/**
 * Exports the pictures of the document body.
 * Round trips: 1. Requires: WordApi 1.1 (`Body.getOoxml`).
 * @param context a Word request context (no Word.run inside)
 * @returns the pictures in document order (bytes, caption file name, content type)
 * @throws GatewayError "readFailed" when getOoxml fails; "ooxmlUnreadable" when its result
 *   cannot be parsed
 */
export async function exportPictures(context: Word.RequestContext): Promise<ExportedPicture[]> {
  const ooxml = context.document.body.getOoxml();
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readPictures" });
  }
  try {
    const pkg = readFlatOpc(ooxml.value);
    return exportFromPackage(pkg, parsePackage(pkg, "flatOpc"));
  } catch (e) {
    const g = toGatewayError(e, "ooxmlUnreadable");
    throw g.code === "ooxmlUnreadable"
      ? g
      : new GatewayError("ooxmlUnreadable", g.message, { debugInfo: g.debugInfo, cause: e });
  }
}
