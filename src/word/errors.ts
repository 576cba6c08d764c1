/**
 * @fileoverview Turns whatever Office.js (or our OOXML layer) threw into a {@link GatewayError}
 * with a message of the "errors" catalog that says what to do. The one place that knows Office.js error codes
 * (`OfficeExtension.Error.code`, `Word.ErrorCodes`). Never logs-and-returns-a-default
 * (anchor-codebases §6.6). Layer: word.
 */
import { GatewayError, type GatewayErrorCode } from "../core/gateway";
import type { ErrorMessageId, MessageRef } from "../core/messages";
import { OoxmlError } from "../ooxml/errors";

/** The shape of an `OfficeExtension.Error` (checked structurally: the global may be absent in tests). */
interface OfficeErrorLike {
  code: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string } | string;
}

/** True when `e` looks like an `OfficeExtension.Error` (has a string `code`). */
export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { code?: unknown }).code === "string" &&
    !(e instanceof GatewayError)
  );
}

/** What the user should do, per Office.js error code (entries of the "errors" catalog). */
const ADVICE: Record<string, ErrorMessageId> = {
  GeneralException: "errors.gateway.advice.busy",
  InvalidArgument: "errors.gateway.advice.invalidArgument",
  ItemNotFound: "errors.gateway.advice.itemNotFound",
  AccessDenied: "errors.gateway.advice.accessDenied",
  NotAllowed: "errors.gateway.advice.notAllowed",
  ApiNotFound: "errors.gateway.advice.apiNotFound",
  RequestPayloadSizeLimitExceeded: "errors.gateway.advice.payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "errors.gateway.advice.payloadTooLarge",
  InvalidRequestContext: "errors.gateway.advice.invalidRequestContext",
  NotImplemented: "errors.gateway.advice.notImplemented",
  SearchStringInvalidOrTooLong: "errors.gateway.advice.searchString",
  PropertyNotLoaded: "errors.gateway.advice.notLoaded",
  ValueNotLoaded: "errors.gateway.advice.notLoaded",
};

/**
 * NotAllowed from insertOoxml: CSPP/WOPI hosts (Word on the web opened from a third-party
 * storage) refuse it — "The action isn't supported by Word in a browser" (office-js#4640, #2893).
 */
const INSERT_OOXML_REFUSED: ErrorMessageId = "errors.gateway.advice.insertOoxmlRefused";

/**
 * GeneralException while reading or writing OOXML: large payloads fail (office-js#702, #998,
 * #6059, #2615); Word has no payload-size error code.
 */
const PAYLOAD_FAILED: ErrorMessageId = "errors.gateway.advice.payloadFailed";

/** What failed, per gateway code: the catalog key of the first part of the message. */
const what = (code: GatewayErrorCode): MessageRef<ErrorMessageId> => ({
  id: `errors.gateway.what.${code}`,
});

/** During which step an operation failed: an "errors.gateway.step.*" catalog key. */
export type GatewayStepId = Extract<ErrorMessageId, `errors.gateway.step.${string}`>;

/**
 * Converts an error thrown inside `Word.run` into a GatewayError.
 * - a GatewayError passes through unchanged;
 * - an OfficeExtension.Error keeps `code` unless its Office code decides otherwise
 *   (ApiNotFound → "unsupportedHost", payload-size codes → "documentTooLarge"); the message is
 *   what failed + what to do; `officeCode`/`debugInfo` are kept for the details pane;
 * - an OoxmlError becomes "ooxmlUnreadable" with its own message;
 * - anything else becomes `code` with a generic message.
 * The message is catalog parts (what failed, the step, the partial note, what to do), rendered
 * in the reader's locale by `GatewayError.textIn`.
 * @param e the thrown value
 * @param code the gateway code of the operation (e.g. "readFailed")
 * @param options `partial`: whether writes may have landed (only for "writeFailed"); `context`:
 *   which step failed, put before the advice
 * @returns the GatewayError (never throws)
 */
export function toGatewayError(
  e: unknown,
  code: GatewayErrorCode,
  options: { partial?: boolean; context?: GatewayStepId } = {}
): GatewayError {
  if (e instanceof GatewayError) return e;
  const step: MessageRef<ErrorMessageId>[] = options.context ? [{ id: options.context }] : [];
  const partialNote: MessageRef<ErrorMessageId>[] = options.partial
    ? [{ id: "errors.gateway.partial" }]
    : [];
  if (e instanceof OoxmlError) {
    return new GatewayError("ooxmlUnreadable", [what("ooxmlUnreadable"), ...step, e.text], {
      partial: options.partial ?? false,
      debugInfo: e.detail,
      cause: e,
    });
  }
  if (isOfficeError(e)) {
    const officeCode = e.code;
    let finalCode: GatewayErrorCode = code;
    if (officeCode === "ApiNotFound") finalCode = code === "writeFailed" ? code : "unsupportedHost";
    if (/PayloadSizeLimitExceeded/.test(officeCode)) finalCode = "documentTooLarge";
    const where = typeof e.debugInfo === "object" ? (e.debugInfo.errorLocation ?? "") : "";
    const advice: ErrorMessageId =
      (officeCode === "NotAllowed" && /insertOoxml/i.test(where)
        ? INSERT_OOXML_REFUSED
        : officeCode === "GeneralException" && /Ooxml/i.test(where)
          ? PAYLOAD_FAILED
          : ADVICE[officeCode]) ?? "errors.gateway.advice.retryLater";
    const debugInfo =
      typeof e.debugInfo === "string"
        ? e.debugInfo
        : e.debugInfo
          ? JSON.stringify(e.debugInfo)
          : (e.message ?? undefined);
    const opts: { partial: boolean; officeCode: string; cause: unknown; debugInfo?: string } = {
      partial: options.partial ?? false,
      officeCode,
      cause: e,
    };
    if (debugInfo !== undefined) opts.debugInfo = debugInfo;
    return new GatewayError(
      finalCode,
      [what(finalCode), ...step, ...partialNote, { id: advice }],
      opts
    );
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new GatewayError(
    code,
    [what(code), ...step, ...partialNote, { id: "errors.gateway.advice.retry" }],
    { partial: options.partial ?? false, debugInfo: msg, cause: e }
  );
}

/**
 * Loads a part of the add-in that the first load leaves out (`./writePath`, `./exportPath`, the
 * state part's XML side: webpack puts each in a chunk of its own, fetched on first use; in Node it
 * is a `require`).
 * @throws GatewayError `code` (nothing was changed) when the chunk cannot be fetched — the
 *   writer is told to check the connection and try again
 */
export async function loadPart<T>(
  load: () => Promise<T>,
  code: "writeFailed" | "readFailed"
): Promise<T> {
  try {
    return await load();
  } catch (e) {
    throw new GatewayError(
      code,
      [
        { id: `errors.gateway.what.${code}` },
        { id: "errors.gateway.step.loadPart" },
        { id: "errors.gateway.advice.loadPart" },
      ],
      { cause: e }
    );
  }
}
