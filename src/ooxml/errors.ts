/**
 * @fileoverview The one error type of the OOXML layer. Every failure to read a package or one of
 * its XML parts (hostile or broken files included) is an {@link OoxmlError} with a machine code
 * and a Chinese message that tells the user what to do. Layer: ooxml (pure; no I/O).
 */

/**
 * Why a package or part could not be read.
 * - `notZip`: not a zip (PDF, RTF, text, empty …); `encrypted`: OLE container of a
 *   password-protected .docx; `legacyDoc`: OLE container of a Word 97–2003 .doc (or an OLE file
 *   we could not tell apart); `truncated`: zip cut short or corrupt (bad CRC, bad header);
 * - `tooLarge`: a limit of {@link PackageLimits} exceeded (zip bomb defence);
 * - `unsafePath`: absolute, backslash, `..`, empty-segment or duplicate entry names;
 * - `missingContentTypes`: no `[Content_Types].xml`; `missingDocument`: no main document part;
 * - `unsafeXml`: DOCTYPE / ENTITY declarations; `badXml`: malformed XML;
 * - `strictOoxml`: ISO Strict OOXML that could not be read; `unsupported`: anything else we do
 *   not read (e.g. a zip compression method other than store/deflate).
 */
export type OoxmlErrorCode =
  | "notZip"
  | "encrypted"
  | "legacyDoc"
  | "truncated"
  | "tooLarge"
  | "unsafePath"
  | "missingContentTypes"
  | "missingDocument"
  | "unsafeXml"
  | "badXml"
  | "strictOoxml"
  | "unsupported";

/**
 * Error thrown by every function of `src/ooxml` for unreadable input.
 * `message` is Chinese, for the user (what happened and what to do); `detail` is an optional
 * technical note (English, for logs), e.g. the offending entry name or the xmldom message.
 */
export class OoxmlError extends Error {
  /** Machine-readable reason. */
  readonly code: OoxmlErrorCode;
  /** Technical detail for logs, or undefined. */
  readonly detail: string | undefined;

  /**
   * @param code the reason
   * @param message Chinese user-facing message (what happened + what to do)
   * @param detail technical detail for logs
   */
  constructor(code: OoxmlErrorCode, message: string, detail?: string) {
    super(message);
    this.name = "OoxmlError";
    this.code = code;
    this.detail = detail;
    Object.setPrototypeOf(this, OoxmlError.prototype);
  }
}
