/**
 * @fileoverview The one error type of the OOXML layer. Every failure to read a package or one of
 * its XML parts (hostile or broken files included) is an {@link OoxmlError} with a machine code
 * and a message of the "errors" catalog (src/core/messages/<locale>/errors.ts) that tells the
 * user what to do, rendered in the reader's locale by {@link OoxmlError.textIn}.
 * Layer: ooxml (pure; no I/O).
 */
import { t, type ErrorMessageId, type Locale, type MessageRef } from "../core/messages";

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

/** Key of an OoxmlError's text: an "errors.ooxml.*" entry of the message catalogs. */
export type OoxmlMessageId = Extract<ErrorMessageId, `errors.ooxml.${string}`>;

/**
 * Error thrown by every function of `src/ooxml` for unreadable input.
 * `text` is the user-facing message (what happened and what to do) as a catalog key with its
 * values; `message` is that text in zh-CN (the default locale, for logs and callers without a
 * locale); {@link textIn} renders it in another. `detail` is an optional technical note
 * (English, for logs), e.g. the offending entry name or the xmldom message.
 */
export class OoxmlError extends Error {
  /** Machine-readable reason. */
  readonly code: OoxmlErrorCode;
  /** The user-facing message, not yet rendered. */
  readonly text: MessageRef<OoxmlMessageId>;
  /** Technical detail for logs, or undefined. */
  readonly detail: string | undefined;

  /**
   * @param code the reason
   * @param text catalog key of the user-facing message (what happened + what to do) and the
   *   values of its placeholders (e.g. `{ id: "errors.ooxml.badXml", data: { part } }`)
   * @param detail technical detail for logs
   */
  constructor(code: OoxmlErrorCode, text: MessageRef<OoxmlMessageId>, detail?: string) {
    super(t(text.id, text.data));
    this.name = "OoxmlError";
    this.code = code;
    this.text = text;
    this.detail = detail;
    Object.setPrototypeOf(this, OoxmlError.prototype);
  }

  /** The user-facing message in `locale`. */
  textIn(locale: Locale): string {
    return t(this.text.id, this.text.data, locale);
  }
}
