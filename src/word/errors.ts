/**
 * @fileoverview Turns whatever Office.js (or our OOXML layer) threw into a {@link GatewayError}
 * with a Chinese message that says what to do. The one place that knows Office.js error codes
 * (`OfficeExtension.Error.code`, `Word.ErrorCodes`). Never logs-and-returns-a-default
 * (anchor-codebases §6.6). Layer: word.
 */
import { GatewayError, type GatewayErrorCode } from "../core/gateway";
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

/** What the user should do, per Office.js error code. */
const ADVICE: Record<string, string> = {
  GeneralException:
    "Word 暂时无法完成操作（文档可能过大或 Word 正忙）。请保存文档，稍候再试；若反复出现，请关闭其他加载项后重试。",
  InvalidArgument:
    "Word 拒绝了本次请求的参数。请更新 Office 后重试；若仍失败，请将文档另存为 .docx 后重试。",
  ItemNotFound: "要处理的段落或样式在文档中已找不到（可能已被修改或删除）。请重新检查后再试。",
  AccessDenied:
    "文档处于只读或受保护状态，无法修改。请取消“限制编辑”或另存一份可编辑的副本后再试。",
  NotAllowed: "当前状态下 Word 不允许此操作（例如正在编辑批注或页眉）。请回到正文后再试。",
  ApiNotFound: "当前 Word 版本不支持此功能。请使用 Office 2019 或更高版本，或 Microsoft 365。",
  RequestPayloadSizeLimitExceeded: "文档太大，无法一次读取或写入。请将文档拆分后再检查。",
  ResponsePayloadSizeLimitExceeded: "文档太大，无法一次读取或写入。请将文档拆分后再检查。",
  InvalidRequestContext: "加载项内部状态失效。请关闭并重新打开任务窗格后再试。",
  NotImplemented: "当前 Word 平台未实现此功能。请在 Windows 或 Mac 版 Word 中操作。",
  SearchStringInvalidOrTooLong: "要定位的文字过长或含特殊字符，无法在文档中查找。请手动定位。",
  PropertyNotLoaded: "加载项读取文档时出错（内部错误）。请重新检查；若反复出现，请报告此问题。",
  ValueNotLoaded: "加载项读取文档时出错（内部错误）。请重新检查；若反复出现，请报告此问题。",
};

/**
 * NotAllowed from insertOoxml: CSPP/WOPI hosts (Word on the web opened from a third-party
 * storage) refuse it — "The action isn't supported by Word in a browser" (office-js#4640, #2893).
 */
const INSERT_OOXML_REFUSED =
  "此处打开的 Word（例如从第三方网盘打开的网页版）不允许加载项写入带格式的内容，这一步没有写入。请在 Word 桌面版，或在 OneDrive / SharePoint 中用 Word 网页版打开文档后再试。";

/**
 * GeneralException while reading or writing OOXML: large payloads fail (office-js#702, #998,
 * #6059, #2615); Word has no payload-size error code.
 */
const PAYLOAD_FAILED =
  "文档内容太多（例如图片很多或很大），Word 无法一次读取或写入。请保存文档后用命令行工具 case-report 检查或排版，或把大图片压缩后再试。";

/** What failed, per gateway code, as the first half of the message. */
const WHAT: Record<GatewayErrorCode, string> = {
  unsupportedHost: "此 Word 版本不受支持。",
  readFailed: "读取文档失败。",
  ooxmlUnreadable: "无法解析 Word 返回的文档内容。",
  documentTooLarge: "文档过大。",
  writeFailed: "修改文档失败。",
  notEmpty: "文档不是空白的。",
  targetNotFound: "找不到要定位的位置。",
  cancelled: "操作已取消。",
  unknown: "发生未知错误。",
};

/**
 * Converts an error thrown inside `Word.run` into a GatewayError.
 * - a GatewayError passes through unchanged;
 * - an OfficeExtension.Error keeps `code` unless its Office code decides otherwise
 *   (ApiNotFound → "unsupportedHost", payload-size codes → "documentTooLarge"); the message is
 *   what failed + what to do; `officeCode`/`debugInfo` are kept for the details pane;
 * - an OoxmlError becomes "ooxmlUnreadable" with its own (Chinese) message;
 * - anything else becomes `code` with a generic message.
 * @param e the thrown value
 * @param code the gateway code of the operation (e.g. "readFailed")
 * @param options `partial`: whether writes may have landed (only for "writeFailed"); `context`: a
 *   Chinese sentence put before the advice (e.g. which step failed)
 * @returns the GatewayError (never throws)
 */
export function toGatewayError(
  e: unknown,
  code: GatewayErrorCode,
  options: { partial?: boolean; context?: string } = {}
): GatewayError {
  if (e instanceof GatewayError) return e;
  const partialNote = options.partial
    ? "Word 可能已执行了其中一部分修改（哪些段落已改无法确知）：请单击“重新检查”查看文档当前状态后再决定是否重试。"
    : "";
  const context = options.context ?? "";
  if (e instanceof OoxmlError) {
    return new GatewayError("ooxmlUnreadable", `${WHAT.ooxmlUnreadable}${context}${e.message}`, {
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
    const advice =
      (officeCode === "NotAllowed" && /insertOoxml/i.test(where)
        ? INSERT_OOXML_REFUSED
        : officeCode === "GeneralException" && /Ooxml/i.test(where)
          ? PAYLOAD_FAILED
          : ADVICE[officeCode]) ?? "请稍后重试；若反复出现，请保存文档并重新打开 Word。";
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
    return new GatewayError(finalCode, `${WHAT[finalCode]}${context}${partialNote}${advice}`, opts);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new GatewayError(
    code,
    `${WHAT[code]}${context}${partialNote}请重试；若反复出现，请保存文档并重新打开 Word。`,
    { partial: options.partial ?? false, debugInfo: msg, cause: e }
  );
}
