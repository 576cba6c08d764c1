/**
 * @fileoverview `Office.context.document.getFileAsync` of the Word double (issue 9's 导出提交材料):
 * the document as a .docx (`Compressed`) or PDF, in slices, with Word's documented limits:
 * - Word on the web supports neither kind ("Not supported" in office.d.ts' getFileAsync table);
 *   `isSetSupported("CompressedFile" | "PdfFile")` is false there. Word gives no documented error
 *   code for the attempt; the double fails with 5001 "Internal Error".
 * - Slices of at most 4 194 304 bytes; a larger `sliceSize` is an "Internal Error" (office.d.ts).
 * - "No more than two documents are allowed to be in memory; otherwise the getFileAsync operation
 *   will fail" (`File.closeAsync` docs): a third open file fails until one is closed.
 * The .docx is the double's whole package (what its `docx()` gives). The PDF is a stand-in (a valid
 * one-page PDF saying so, the paragraphs' text as its subject): Word's rendering is not modelled,
 * tests check only that it arrives whole and opens. Calls are logged in `stats.asyncLog` and may fail by
 * `faults.failNextAsync`, like the double's other Common API calls.
 */
import { writeDocx } from "../../src/ooxml/zip";
import type { Env } from "./api";

/** Largest slice Word gives (4 MB). */
const MAX_SLICE = 4_194_304;

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
}

/** The whole document as a .docx: the double's package, as its `docx()` gives it. */
function docxOf(env: Env): Uint8Array {
  return writeDocx(env.model.syncPackage());
}

/** UTF-16BE with its byte-order mark, as a PDF hex string: `<FEFF…>` (PDF 1.7 §7.9.2.2). */
function pdfText(s: string): string {
  let hex = "FEFF";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

/**
 * A valid one-page A4 PDF standing in for Word's rendering (see the file header): a line saying
 * so, and the paragraphs' text (its first 2 000 characters) as the document's subject, so that
 * a PDF reader opens it (`pdfinfo`: 1 page) and a test can see whose text it carries.
 */
function pdfOf(env: Env): Uint8Array {
  const text = (env.model.body.textContent ?? "").replace(/[\r\n]+/g, " ").slice(0, 2000);
  const content = "BT /F1 12 Tf 72 770 Td (Word double: Word prints the report here.) Tj ET";
  const objects = [
    "<</Type/Catalog/Pages 2 0 R>>",
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
    `<</Length ${content.length}>>\nstream\n${content}\nendstream`,
    "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    `<</Title${pdfText("案例报告（Word 替身生成的 PDF）")}/Subject${pdfText(text)}>>`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length); // ASCII only: characters are bytes
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R/Info 6 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * `getFileAsync(fileType, [options], callback)` over `env`'s document for a host.
 * @param host the double's platform family
 */
export function makeGetFileAsync(env: Env, host: "Windows" | "Mac" | "Web"): unknown {
  let open = 0;
  const fail = (name: string, message: string, code = 5001): AsyncResult<undefined> => ({
    status: "failed",
    value: undefined,
    error: { code, name, message },
  });
  const later = <T>(cb: ((r: AsyncResult<T>) => void) | undefined, r: AsyncResult<T>): void => {
    if (cb) setTimeout(() => cb(r), 0);
  };
  return (fileType: string, ...rest: unknown[]): void => {
    env.stats.asyncLog.push(`Document.getFileAsync(${fileType})`);
    const cb = rest.find((a) => typeof a === "function") as
      ((r: AsyncResult<unknown>) => void) | undefined;
    const options = (rest.find((a) => a && typeof a === "object") ?? {}) as { sliceSize?: number };
    const fault = env.faults.failNextAsync;
    env.faults.failNextAsync = null;
    if (fault !== null) return later(cb, fail(fault, "Injected fault: getFileAsync"));
    if (host === "Web" || (fileType !== "compressed" && fileType !== "pdf"))
      return later(cb, fail("Internal Error", `getFileAsync(${fileType}) is not supported here`));
    const sliceSize = options.sliceSize ?? MAX_SLICE;
    if (!(sliceSize > 0) || sliceSize > MAX_SLICE)
      return later(cb, fail("Internal Error", `sliceSize ${sliceSize} above 4 MB`));
    if (open >= 2)
      return later(cb, fail("Internal Error", "two files are in memory already (close one)"));
    const bytes = fileType === "pdf" ? pdfOf(env) : docxOf(env);
    open++;
    let closed = false;
    const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
    const file = {
      size: bytes.length,
      sliceCount,
      getSliceAsync(index: number, done?: (r: AsyncResult<unknown>) => void): void {
        env.stats.asyncLog.push(`File.getSliceAsync(${index})`);
        const f = env.faults.failNextAsync;
        env.faults.failNextAsync = null;
        if (f !== null) return later(done, fail(f, "Injected fault: getSliceAsync"));
        if (closed) return later(done, fail("Internal Error", "the file is closed"));
        if (!(index >= 0 && index < sliceCount))
          return later(done, fail("Internal Error", `no slice ${index}`));
        const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
        later(done, { status: "succeeded", value: { data, index, size: data.length } });
      },
      closeAsync(done?: (r: AsyncResult<undefined>) => void): void {
        env.stats.asyncLog.push("File.closeAsync");
        if (!closed) {
          closed = true;
          open--;
        }
        later(done, { status: "succeeded", value: undefined });
      },
    };
    later(cb, { status: "succeeded", value: file });
  };
}
