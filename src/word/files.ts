/**
 * @fileoverview The whole document as a file, for the submission package (issue 9, R25):
 * `Office.context.document.getFileAsync` as .docx (`Office.FileType.Compressed`) or as PDF
 * (`Office.FileType.Pdf`), read slice by slice and always closed again.
 *
 * Word facts (office.d.ts, `Document.getFileAsync` remarks; learn.microsoft.com "Office.FileType"):
 * - Word on Windows and Mac give Compressed and Pdf; Word on iPad too, in slices of at most 64 KB;
 *   **Word on the web gives neither** ("Not supported"). Requirement sets: CompressedFile, PdfFile
 *   (Common API; `isSetSupported`, no round trip).
 * - Slices are at most 4 194 304 bytes (64 KB on iPad); asking more is an "Internal Error".
 * - "No more than two documents are allowed to be in memory; otherwise the getFileAsync operation
 *   will fail" (`File.closeAsync`): the file is closed in every case, also after a failed slice.
 * - A slice's `data` is an array of byte values (numbers) for Compressed and Pdf.
 * Layer: word.
 */
import { GatewayError } from "../core/gateway";

/** What {@link getDocumentFile} can return. */
export type DocumentFileKind = "docx" | "pdf";

/** Largest slice Word allows (4 MB); on iPad 64 KB. */
export const MAX_SLICE_BYTES = 4_194_304;
const IPAD_SLICE_BYTES = 65_536;

/** Requirement set that says `kind` can be asked for. */
const SET_OF: Record<DocumentFileKind, string> = { docx: "CompressedFile", pdf: "PdfFile" };

/**
 * True when this host can give the document as `kind` (`isSetSupported("CompressedFile")` /
 * `("PdfFile")`; false on Word on the web). Round trips: 0.
 */
export function canGetDocumentFile(kind: DocumentFileKind): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(SET_OF[kind]) === true;
  } catch {
    return false;
  }
}

/** An Office.AsyncResult-style callback turned into a promise (rejects with the Office error). */
function call<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((r) => {
      if (String(r.status) === "succeeded") resolve(r.value);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the Office.Error as given: failed() reads its code
      else reject(r.error ?? new Error("failed"));
    });
  });
}

/**
 * The open document as a .docx or a PDF, as Word saves it now (unsaved changes included).
 * Round trips: 1 (`getFileAsync`) + one per slice (`getSliceAsync`, at most 4 MB each) + 1
 * (`closeAsync`). Requires: CompressedFile (docx) / PdfFile (pdf) — Word on Windows, Mac, iPad.
 * @returns the file's bytes
 * @throws GatewayError "unsupportedHost" when the host does not give this kind (Word on the web),
 *   "readFailed" when Word failed (the Office error's code and message in `officeCode`/`debugInfo`)
 */
export async function getDocumentFile(kind: DocumentFileKind): Promise<Uint8Array> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const doc = office?.context?.document;
  if (!office || !doc || typeof doc.getFileAsync !== "function" || !canGetDocumentFile(kind)) {
    throw new GatewayError("unsupportedHost", `getFileAsync(${kind}) is not supported here`);
  }
  const fileType = kind === "pdf" ? office.FileType.Pdf : office.FileType.Compressed;
  const sliceSize =
    office.context.platform === office.PlatformType.iOS ? IPAD_SLICE_BYTES : MAX_SLICE_BYTES;
  let file: Office.File;
  try {
    file = await call<Office.File>((cb) => doc.getFileAsync(fileType, { sliceSize }, cb));
  } catch (e) {
    throw failed(kind, e);
  }
  try {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await call<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      const data = slice.data as ArrayLike<number>;
      const bytes = data instanceof Uint8Array ? data : Uint8Array.from(data);
      parts.push(bytes);
      total += bytes.length;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } catch (e) {
    throw failed(kind, e);
  } finally {
    // always: Word keeps at most two files open, then getFileAsync fails
    await call<void>((cb) => file.closeAsync(cb)).catch(() => undefined);
  }
}

/** A GatewayError "readFailed" carrying the Office error's code and message. */
function failed(kind: DocumentFileKind, e: unknown): GatewayError {
  const err = e as { code?: unknown; message?: unknown };
  return new GatewayError("readFailed", `getFileAsync(${kind}) failed`, {
    ...(err && (typeof err.code === "number" || typeof err.code === "string")
      ? { officeCode: String(err.code) }
      : {}),
    ...(err && typeof err.message === "string" ? { debugInfo: err.message } : {}),
  });
}
