/**
 * @fileoverview Why a document could not be read or changed, zh-CN: the "errors" namespace of the
 * messages module. `ooxml.*` entries are the texts of `OoxmlError` (src/ooxml/errors.ts), one per
 * kind of unreadable file; `gateway.*` entries are the parts a `GatewayError`
 * (src/core/gateway.ts) is made of — what failed, where, and what to do — put together by
 * src/word/errors.ts. Each says what happened and what the writer can do. Layer: core (data only).
 */

/** Error texts in Simplified Chinese, keyed by entry (without the "errors." prefix). */
export const errors = {
  // ---- reading a package (OoxmlError) -------------------------------------------------------
  "ooxml.notZip.empty":
    "该文件不是 .docx（Word 2007 及以后的文档）：空文件。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.notZip.pdf":
    "该文件不是 .docx（Word 2007 及以后的文档）：PDF 文件。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.notZip.rtf":
    "该文件不是 .docx（Word 2007 及以后的文档）：RTF 文件。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.notZip.flatOpc":
    "该文件不是 .docx（Word 2007 及以后的文档）：Word XML 文档（平面 OPC），不是 .docx 压缩包。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.notZip.xml":
    "该文件不是 .docx（Word 2007 及以后的文档）：XML 或 HTML 文件。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.notZip.unknown":
    "该文件不是 .docx（Word 2007 及以后的文档）：未知格式。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.passwordProtected":
    "该文件设置了打开密码（加密的 .docx），无法读取。请在 Word 中打开，依次选择“文件 → 信息 → 保护文档 → 用密码进行加密”，清空密码并保存后再试。",
  "ooxml.legacyDoc":
    "这是旧版 Word 97-2003 文档（.doc），无法直接读取。请用 Word 或 WPS 打开，另存为“Word 文档（*.docx）”后再试。",
  "ooxml.oleFile":
    "这是 OLE 复合文件（旧版 .doc 或加密的 .docx），无法读取。如果是 .doc，请用 Word 或 WPS 另存为 .docx；如果设置了打开密码，请先取消密码再保存。",
  "ooxml.truncated":
    "文件不完整或已损坏（压缩包被截断或校验失败）。请重新下载或复制该文件；若能用 Word 打开，请另存为 .docx 再试。",
  "ooxml.zipBomb":
    "文件解压后过大或压缩比异常（可能是“压缩炸弹”），已停止读取。如果这是正常文档，请删除或压缩其中的大图片后再试。",
  "ooxml.unsafePath":
    "文件中含有不安全的路径（绝对路径、反斜杠或“..”），可能是恶意文件，已拒绝读取。请确认文件来源；若是正常文档，请用 Word 打开后另存为 .docx 再试。",
  "ooxml.duplicateEntry":
    "文件中有重名的部件，可能是被篡改的文件，已拒绝读取。请确认文件来源；若是正常文档，请用 Word 打开后另存为 .docx 再试。",
  "ooxml.encryptedEntry":
    "压缩包中的部件被加密，无法读取。请用 Word 打开后另存为未加密的 .docx 再试。",
  "ooxml.compressionMethod": "文件使用了不支持的压缩方式。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.openDocument":
    "这是 OpenDocument 文档（LibreOffice、WPS 等软件的 .odt 格式），不是 Word 文档。请用 LibreOffice、WPS 或 Word 打开后“另存为”Word 文档（.docx）再试。",
  "ooxml.missingContentTypes":
    "该压缩包缺少 [Content_Types].xml，不是有效的 Word 文档。请用 Word 打开（必要时“打开并修复”）后另存为 .docx 再试。",
  "ooxml.noDocumentPart":
    "文件中找不到 Word 正文部件，它可能不是 Word 文档或已损坏。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.emptyDocumentPart":
    "文件中的 Word 正文部件是空的，文件可能已损坏。请用 Word 打开（必要时选择“打开并修复”）后另存为 .docx 再试。",
  "ooxml.noBody":
    "文件中找不到 Word 正文，它可能不是 Word 文档或已损坏。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.strictOoxml":
    "无法读取该“严格 Open XML”格式的文档。请在 Word 中“另存为”，保存类型选“Word 文档（*.docx）”后再试。",
  "ooxml.notWordDocument":
    "这不是 Word 文档（主部件类型为 {contentType}），请确认文件是用 Word 或 WPS 保存的 .docx。",
  "ooxml.binaryPart": "文件中的部件 {part} 不是 XML，无法读取。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.badBase64": "文件中嵌入的二进制数据（base64）已损坏。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.badXml":
    "文件中的 XML（{part}）格式错误，文件可能已损坏。请用 Word 打开（必要时选择“打开并修复”）后另存为 .docx 再试。",
  "ooxml.unsafeXml":
    "文件中的 XML（{part}）含有 DOCTYPE/ENTITY 声明，出于安全考虑不予读取。请用 Word 打开后另存为新的 .docx 再试。",
  "ooxml.forbiddenCharacter":
    "文件中的 XML（{part}）含有 XML 不允许的控制字符，文件可能已损坏或被篡改。请用 Word 打开（必要时选择“打开并修复”）后另存为 .docx 再试。",
  "ooxml.tooDeep":
    "文档嵌套层数过多（超过 {limit} 层），无法读取。请确认文件来源；若是正常文档，请在 Word 中减少表格或文本框的嵌套后另存为 .docx 再试。",
  "ooxml.tooManyParagraphs":
    "文档中的段落过多（{part} 超过 {limit} 段），可能是损坏或恶意构造的文件，已停止读取。若是正常文档，请在 Word 中删除大量空段落后另存为 .docx 再试。",
  "ooxml.tooManyElements":
    "文档中的内容过多（{part} 超过 {limit} 个 XML 元素），可能是损坏或恶意构造的文件，已停止读取。若是正常文档，请拆分成几个较小的文档再试。",
  "ooxml.badStyles":
    "文件中的样式部件（word/styles.xml）已损坏，无法写入排版样式。请用 Word 打开（必要时选择“打开并修复”）后另存为 .docx 再试。",
  "ooxml.partName": "内部错误：部件名必须以 / 开头。",
  "ooxml.flatOpc.unsafeXml":
    "Word XML 文档中含有 DOCTYPE/ENTITY 声明，出于安全考虑不予读取。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.flatOpc.badXml":
    "Word XML 文档（平面 OPC）格式错误或不完整。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.flatOpc.unsafePartName":
    "Word XML 文档中含有不安全的部件名，已拒绝读取。请用 Word 打开后另存为 .docx 再试。",
  "ooxml.flatOpc.duplicatePart":
    "Word XML 文档中有重名的部件，已拒绝读取。请用 Word 打开后另存为 .docx 再试。",

  // ---- Word (GatewayError): what failed -----------------------------------------------------
  "gateway.what.unsupportedHost": "此 Word 版本不受支持。",
  "gateway.what.readFailed": "读取文档失败。",
  "gateway.what.ooxmlUnreadable": "无法解析 Word 返回的文档内容。",
  "gateway.what.documentTooLarge": "文档过大。",
  "gateway.what.writeFailed": "修改文档失败。",
  "gateway.what.notEmpty": "文档不是空白的。",
  "gateway.what.targetNotFound": "找不到要定位的位置。",
  "gateway.what.cancelled": "操作已取消。",
  "gateway.what.notRestorable": "无法恢复。",
  "gateway.what.unknown": "发生未知错误。",

  // ---- Word: during which step ---------------------------------------------------------------
  "gateway.step.readDocument": "（读取段落与文档格式时出错）",
  "gateway.step.readParagraphs": "（读取段落时出错）",
  "gateway.step.readFormatting": "（读取文档格式时出错）",
  "gateway.step.readChanged": "（读取修改过的段落时出错）",
  "gateway.step.readPictures": "（读取文档中的图片时出错）",
  "gateway.step.readBeforeEdit": "（修改前读取文档时出错，文档未被修改）",
  "gateway.step.writeFormatting": "（写入格式时出错）",
  "gateway.step.writeFormattingTextNotWritten":
    "（写入格式时出错；有的文字修改未能在文档中找到，这些文字没有改动）",
  "gateway.step.checkEmpty": "（检查文档是否为空时出错）",
  "gateway.step.insertTemplate": "（插入模板时出错）",
  "gateway.step.locate": "（定位文字时出错）",
  "gateway.step.readDecisions": "（读取已保存的“忽略”与“已核对”时出错）",
  "gateway.step.saveDecisions": "（保存“忽略”与“已核对”时出错）",
  "gateway.step.readWrittenParagraphs": "（排版后读取段落时出错）",
  "gateway.step.restore": "（恢复时出错）",
  "gateway.step.readWrittenFormatting": "（排版后读取段落格式时出错）",
  "gateway.step.loadPart": "（下载加载项的这一部分时出错，文档未被修改）",

  // ---- Word: what to do, per Office.js error code --------------------------------------------
  "gateway.advice.busy":
    "Word 暂时无法完成操作（文档可能过大或 Word 正忙）。请保存文档，稍候再试；若反复出现，请关闭其他加载项后重试。",
  "gateway.advice.invalidArgument":
    "Word 拒绝了本次请求的参数。请更新 Office 后重试；若仍失败，请将文档另存为 .docx 后重试。",
  "gateway.advice.itemNotFound":
    "要处理的段落或样式在文档中已找不到（可能已被修改或删除）。请重新检查后再试。",
  "gateway.advice.accessDenied":
    "文档处于只读或受保护状态，无法修改。请取消“限制编辑”或另存一份可编辑的副本后再试。",
  "gateway.advice.notAllowed":
    "当前状态下 Word 不允许此操作（例如正在编辑批注或页眉）。请回到正文后再试。",
  "gateway.advice.apiNotFound":
    "当前 Word 版本不支持此功能。请使用 Office 2019 或更高版本，或 Microsoft 365。",
  "gateway.advice.payloadTooLarge": "文档太大，无法一次读取或写入。请将文档拆分后再检查。",
  "gateway.advice.invalidRequestContext": "加载项内部状态失效。请关闭并重新打开任务窗格后再试。",
  "gateway.advice.notImplemented":
    "当前 Word 平台未实现此功能。请在 Windows 或 Mac 版 Word 中操作。",
  "gateway.advice.searchString": "要定位的文字过长或含特殊字符，无法在文档中查找。请手动定位。",
  "gateway.advice.notLoaded":
    "加载项读取文档时出错（内部错误）。请重新检查；若反复出现，请报告此问题。",
  "gateway.advice.insertOoxmlRefused":
    "此处打开的 Word（例如从第三方网盘打开的网页版）不允许加载项写入带格式的内容，这一步没有写入。请在 Word 桌面版，或在 OneDrive / SharePoint 中用 Word 网页版打开文档后再试。",
  "gateway.advice.payloadFailed":
    "文档内容太多（例如图片很多或很大），Word 无法一次读取或写入。请保存文档后用命令行工具 case-report 检查或排版，或把大图片压缩后再试。",
  "gateway.advice.retryLater": "请稍后重试；若反复出现，请保存文档并重新打开 Word。",
  "gateway.advice.retry": "请重试；若反复出现，请保存文档并重新打开 Word。",
  "gateway.advice.loadPart":
    "加载项的这一部分要在第一次使用时下载。请检查网络连接后重试；若反复出现，请关闭并重新打开任务窗格。",
  "gateway.unmodified": "文档没有被修改。",
  "gateway.partial":
    "Word 可能已执行了其中一部分修改（哪些段落已改无法确知）：请单击“重新检查”查看文档当前状态后再决定是否重试。",

  // ---- Word: whole messages -------------------------------------------------------------------
  "gateway.tooOld":
    "此 Word 版本过旧，案例报告助手无法运行。请使用 Office 2019 或更高版本（Windows / Mac），或 Microsoft 365 / Word 网页版。",
  "gateway.notWord": "案例报告助手只能在 Word 中使用。",
  "gateway.writeTimeout":
    "Word 在 {seconds} 秒内没有完成修改。修改可能仍在进行或已部分完成（哪些段落已改无法确知）：请稍候片刻，然后单击“重新检查”查看文档当前状态，再决定是否重试。",
  "gateway.readTimeout":
    "Word 在 {seconds} 秒内没有返回文档内容，文档可能过大，无法实时检查。请稍后点击“重新检查”；若仍如此，请保存文档后用命令行工具 case-report check 检查。",
  "gateway.verifyTimeout": "Word 没有及时返回核对用的文档内容。",
  "gateway.notEmpty":
    "当前文档已有内容。插入模板会替换全部内容：请确认后再插入，或新建一个空白文档。",
  "gateway.formPresent":
    "文档中已有申报书，不再重复插入。如需重新插入，请选择替换全部内容，或新建一个空白文档。",
  "gateway.stale": "该段落在检查之后已被修改或删除，无法定位。请重新检查后再点击。",
  "gateway.spanNotFound":
    "已选中第 {paragraph} 段，但在该段中找不到要定位的文字（可能在检查后被改动过，或含有无法查找的分页符等）。请在该段中查看；如已改动，请重新检查。",
  "gateway.pageTarget": "页面设置问题没有对应的文字位置。请在“布局”选项卡中检查纸张大小和方向。",
  "gateway.stateUnsupported":
    "此 Word 版本无法在文档中保存“忽略”和“已核对”的选择。请使用 Office 2019 或更高版本，或 Microsoft 365 / Word 网页版。",
  "gateway.restore.expired":
    "这个恢复点已失效：之后又做过一次修改，只能恢复最近一次修改。文档未改动。",
  "gateway.restore.changed":
    "第 {paragraphs} 段在那次修改之后又被改过。为免覆盖这些改动，什么也没有恢复。请在 Word 中手动修改这些段落。",
  "gateway.restore.countChanged":
    "那次修改之后文档的段落有增删，无法确认要恢复的段落，什么也没有恢复。请在 Word 中手动修改。",
  "gateway.restore.tooLarge":
    "要改动的内容太多（约 {kb} KB），无法保存改动前的样子，这次修改之后不能恢复。",
  "gateway.restore.pictures": "文档中有图片，无法保存替换前的内容，插入模板之后不能恢复。",
  "gateway.restore.notKeepable":
    "第 {paragraphs} 段含有图片、批注、脚注或跨段的书签、域，无法保存改动前的样子，这次修改之后不能恢复。",
  "gateway.restore.notMatched":
    "部分段落与检查结果对不上（例如开启了修订），无法保存改动前的样子，这次修改之后不能恢复。",
  "gateway.restore.tracking":
    "“修订”已打开：现在恢复，Word 会把这些段落记成整段“删除 + 插入”的修订，所以什么也没有恢复。请在“审阅”选项卡中关闭“修订”，再点一次“恢复”（恢复点仍然保留）。",
  "gateway.restore.nothingChanged": "文档未改动。",
  "gateway.badReplaceRange": "内部错误：替换范围无效。请重新检查后再试；若反复出现，请报告此问题。",
} as const;

/** Entry keys of the "errors" namespace (without the prefix). */
export type ErrorsEntry = keyof typeof errors;

/** Full message keys of the "errors" namespace, e.g. "errors.ooxml.badXml". */
export type ErrorMessageId = `errors.${ErrorsEntry}`;
