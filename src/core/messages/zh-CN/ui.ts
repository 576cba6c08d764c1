/**
 * @fileoverview Task-pane strings, zh-CN (the product's first locale): the "ui" namespace of the
 * messages module, so entry "format.run" is looked up as "ui.format.run". Placeholders are
 * `{name}`, filled by `format` of `../index.ts`. Error messages name the way forward, not only
 * the fault. Layer: core (data only).
 */

/** Task-pane messages in Simplified Chinese, keyed by entry (without the "ui." prefix). */
export const ui = {
  "app.title": "案例报告助手",
  /** Between the items of an inline list (「字体、字号、行距」); `listSeparator` in messages/index. */
  listSeparator: "、",

  // 模板
  "tools.heading": "模板与排版",
  "template.heading": "模板",
  "template.hint": "插入题目、单位全称、单位简介、正文三部分和附件的框架，并定义规定样式。",
  "template.insertReport": "插入案例报告模板",
  "template.insertForm": "插入申报书模板",
  "template.inserting": "正在插入模板…",
  "template.done": "已插入模板（{paragraphs} 段）。",
  "template.confirm.title": "替换文档内容？",
  "template.confirm.body":
    "当前文档已有内容。插入模板将替换文档的全部内容，“撤销”不一定能找回原有内容：如需保留，请先另存一份。",
  "template.confirm.replace": "替换为模板",
  "template.confirm.cancel": "取消",
  "template.confirmForm.title": "插入申报书？",
  "template.confirmForm.body":
    "当前文档已有内容。可将申报书追加到文末（另起一页，原有内容不变），或用申报书替换全部内容（“撤销”不一定能找回原有内容：如需保留，请先另存一份）。",
  "template.confirmForm.append": "追加到文末",
  "template.confirmForm.replace": "替换全部内容",
  "template.confirmForm.cancel": "取消",
  "template.formPresent.title": "未插入申报书",

  // 页面
  "page.applied": "页面已设为 A4 纵向。",
  "page.alreadyOk": "页面已是 A4 纵向。",
  "page.unsupported":
    "此版本 Word 不能自动设置纸张，请手动设置：布局 → 纸张大小 → A4，纸张方向 → 纵向。",

  // 排版
  "format.heading": "排版",
  "format.hint": "按段落角色套用规定样式，并设置 A4 纵向。只改格式，不改文字。",
  "format.run": "一键排版",
  "format.notReportAsk":
    "这看起来不是案例报告（没有“——单位全称”、单位简介，也没有实施背景、主要做法、实施效果）。一键排版会把它改成案例报告的格式。仍要排版吗？",
  "format.notReportConfirm": "仍要排版",
  "format.notReportCancel": "取消",
  "format.running": "正在排版…",
  "format.reading": "正在读取文档…",
  "format.writing": "正在排版 {count} 个段落…",
  "format.applied": "已为 {applied} 个段落套用样式。",
  "format.nothingToDo": "格式均已符合要求，无需修改。",
  "format.stylesRepaired": "已修复样式：{names}。",
  "format.stylesNotRepaired":
    "以下样式在此版本 Word 中无法自动修复：{names}。请在“样式”窗格中右键该样式 → 修改：在“格式 → 字体”中设置中文字体、字号和加粗，在“格式 → 段落”中把行距设为“固定值”并按检查结果填写磅值；然后单击“重新检查”。",
  "format.textUnchanged": "已核对：文字未改动。",
  "format.textChanged": "排版后文字与排版前不一致：请核对有变化的段落，必要时手动改回。",
  "format.skippedStale": "{count} 个段落在检查后被修改，已跳过：请再次一键排版。",
  "format.unverified": "{count} 个段落排版后格式仍不符合要求，请查看检查结果。",
  "notDone.generic": "有一项无法自动完成（{id}），请按检查结果手动处理。",
  "notDone.restoreNumbering":
    "恢复后未能确认自动编号的段落回到了原来的编号列表，编号可能从头开始（如又出现“一、”）：请检查这些段落的编号，不对时右键单击编号，选择“继续编号”。",
  "notDone.numberingMayRestart":
    "排版后未能确认自动编号的段落仍在原来的编号列表中，编号可能从头开始（如又出现“一、”）：请检查这些段落的编号，不对时右键单击编号，选择“继续编号”。",
  "notDone.restoreTrackingUnknown":
    "此版本 Word 无法告知“修订”是否打开：若已打开，恢复的段落会被记成修订，请在“审阅”选项卡中查看并接受这些修订。",
  "notDone.restoreLastStyle": "最后一段的样式可能没有恢复，请检查该段的样式。",
  "notDone.restoreKeptPageSetup":
    "页面设置（纸张大小、方向）没有恢复：如需改回，请在“布局”选项卡中设置。",
  "notDone.restoreKeptStyles": "排版时修正过的样式定义没有恢复（段落已恢复原来的样式与格式）。",
  "notDone.manualPageSetup":
    "此版本 Word 不能自动设置纸张，请手动设置：布局 → 纸张大小 → A4，纸张方向 → 纵向。",
  "notDone.replaceTextNotLocated":
    "有的文字修改没有做：在文档中找不到要改的文字（可能在检查后被改动过，或其中有分页符、换行符等无法自动查找或写入的内容）。这几处没有改动，其余修改已完成：请单击“重新检查”，再修复这几处。",
  "notDone.replaceTextNotLocatedIn":
    "第 {paragraphs} 段中有文字修改没有做：在文档中找不到要改的文字（可能在检查后被改动过，或其中有分页符、换行符等无法自动查找或写入的内容）。这几处没有改动，其余修改已完成：请单击“重新检查”，再修复这几处。",
  "notDone.paragraphListJoiner": "、",
  "notDone.trackChangesStylesOnly":
    "“修订”已打开：为免把整段记成“删除 + 插入”的修订，本次只给段落套用了样式，没有清除段落中手动设置的字体、字号和间距，也没有改动文字。请在“审阅”选项卡中关闭“修订”后再点“一键排版”。",
  "notDone.verifyFailed": "排版后未能重新读取文档核对结果：请单击“重新检查”。",
  "notDone.paragraphKeptDirectFormatting":
    "有段落含脚注、尾注、批注或无法随段落一起写回的对象，为免丢失，未重写这些段落（至多套用了样式），其中手动设置的字体、字号、加粗、对齐或行距可能仍在：请在检查结果中定位这些段落，选中文字（不含脚注编号）按 Ctrl+空格键 清除手动设置的文字格式；对齐或行距仍不符的，在“开始 → 段落”中按检查结果修改，然后单击“重新检查”。",
  "notDone.paragraphKeptStructure":
    "有段落含分节符、跨段的书签或域（如目录）、图片或其他对象，重写这些段落会改变分节、切断书签或域、或把图片整个重传一遍，所以只给它们套用了样式，其中手动设置的字体、字号、加粗、对齐、缩进或行距可能仍在：请在检查结果中定位这些段落，选中文字按 Ctrl+空格键 清除手动设置的文字格式；对齐、缩进或行距仍不符的，在“开始 → 段落”中按检查结果修改，然后单击“重新检查”。",
  // 检查
  "check.heading": "检查",
  "check.checking": "正在检查…",
  "check.recheck": "重新检查",
  "check.checkingParagraphs": "正在检查 {count} 段…",
  "check.readingParts": "正在检查 {count} 段（已读取 {read} / {total}）…",
  "check.firstCheck": "正在读取文档并检查，结果稍后显示在这里。",
  "check.summary": "{passed} / {total} 项通过",
  "check.summaryUnfilled": "{count} 项待填写后检查",
  "check.summaryNotApplicable": "另有 {count} 项不适用",
  "check.summaryLabel": "检查项",
  "check.summaryDetail": "{errors} 个错误 · {warnings} 个提醒 · {infos} 个提示",
  "check.provisional": "按文字初步统计，正在读取格式…",
  "check.provisionalHint": "读取自动编号和标题样式后，各部分的字数可能还会变化；检查结果稍后显示。",
  "check.provisionalHintNumbered":
    "文档中有 {count} 段自动编号：读取编号和标题样式后，各部分的字数可能还会变化；检查结果稍后显示。",
  "check.countsHeading": "字数",
  "check.findingsHeading": "需要修改",
  "check.passedHeading": "已通过",
  "check.allPassed": "全部检查项均已通过。",
  "check.groupLabel": "{title}：{count} 个问题",
  "check.findingLabel": "{severity}：{message}。按 Enter 在文档中定位。",
  "check.ignore": "忽略",
  "check.ignoreLabel": "忽略此条：{message}",
  "check.ignored": "已忽略 1 条。",
  "check.ignoredCount": "已忽略 {count} 条",
  "check.restoreIgnored": "恢复已忽略的问题（{count} 条）",
  "check.showMore": "显示更多（还有 {count} 条）",
  "check.passedMark": "✓",
  "check.crashed": "以下检查项运行出错，结果不完整：{rules}。",
  "check.fix": "修复",
  "check.fixLabel": "修复此条：{message}",
  "check.fixAll": "全部修复（{count} 处）",
  "check.fixAllLabel": "全部修复“{title}”的 {count} 处问题",
  "check.ignoreRule": "忽略此项检查",
  "check.ignoreRuleLabel": "忽略此项检查：{title}",
  "check.ruleIgnored": "已忽略检查项“{title}”。",
  "check.ruleRestored": "已恢复检查项“{title}”。",
  "check.findingsRestored": "已恢复忽略的问题。",
  "check.ignoredRulesHeading": "已忽略的检查项",
  "check.ignoredRulesHint": "这些检查项不计入通过项，随文档保存；单击“恢复”重新检查。",
  "check.ignoredRuleFindings": "{count} 个问题未显示",
  "check.restoreRule": "恢复",
  "check.restoreRuleLabel": "恢复检查项：{title}",
  "check.formFindingsHeading": "申报书：需要修改",
  "check.decisionsLoading": "正在读取文档中保存的忽略和核对记录…",
  "check.saving": "正在保存到文档…",
  "check.unfilledHeading": "未填写（{count} 项）",
  "check.unfilledHint":
    "模板里的提示文字（【…】）还没有换成你的内容，不计字数；填写后这些项才会检查。",
  "check.notApplicableHeading": "不适用（{count} 项）",
  "check.notApplicableHint": "本文档中没有这些检查项要检查的内容，不计入通过项。",
  "check.notApplicableMark": "不适用",
  "check.place.paragraph": "第 {paragraph} 段",
  "check.place.section": "第 {section} 节",
  "check.place.document": "全文",
  "check.fixChange": "「{before}」→「{after}」",
  "check.details": "详情",
  "check.hideDetails": "收起",
  "check.detailsLabel": "详情：{message}",
  "check.hideDetailsLabel": "收起：{message}",
  "check.clause": "依据通知{where}：「{text}」",
  "check.verdict.errors": "{count} 个错误",
  "check.verdict.warnings": "{count} 个提醒",
  "check.verdict.infos": "{count} 个提示",
  "check.verdict.none": "未发现问题",
  "check.verdictLabel": "检查结果",
  "check.next": "下一个",
  "check.previous": "上一个",
  "check.position": "第 {index} / {total} 个",
  "check.positionNone": "共 {total} 个",
  "check.navLabel": "逐个查看问题（Alt+↓ 下一个，Alt+↑ 上一个）",
  "check.format.heading": "格式",
  "check.format.role": "{role} {paragraphs} 段格式不符：{properties}",
  "check.format.property.font": "字体",
  "check.format.property.size": "字号",
  "check.format.property.bold": "加粗",
  "check.format.property.alignment": "对齐",
  "check.format.property.spacing": "行距",
  "check.format.otherRoles": "{roles} 共 {paragraphs} 段格式不符",
  "check.format.hint": "“一键排版”一次改好以下全部格式，不改文字。",
  "check.format.list": "逐段查看（{count} 条）",
  "check.ignoreRuleConfirm":
    "忽略“{title}”的全部 {count} 个问题？此后不再检查这一项，随时可以恢复。",
  "check.ignoreRuleYes": "忽略这一项",
  "check.ignoreRuleNo": "取消",
  "check.ruleIgnoredHere": "已忽略检查项“{title}”。",
  "check.passedToggle": "已通过的检查项（{count} 项）",
  "check.noReportHint": "插入模板，或按“题目 → ——单位全称 → 单位简介 → 一、实施背景 …”的顺序撰写。",

  // 修复
  "restore.offer.format": "如不满意，可一键恢复排版前的样子。",
  "restore.offer.template": "如不满意，可一键恢复插入模板前的内容。",
  "restore.offer.fix": "如不满意，可一键恢复修复前的文字。",
  "restore.run": "恢复",
  "restore.runLabel": "恢复到这次修改之前的样子",
  "restore.undoFix": "撤销修复",
  "restore.undoFixLabel": "撤销这处修复，改回原来的文字",
  "restore.declined": "这次修改之后不能恢复（修改前已说明原因）。",
  "restore.restoring": "正在恢复…",
  "restore.done": "已恢复 {count} 个段落。",
  "restore.doneTemplate": "已恢复插入模板前的内容（{count} 个段落）。",
  "restore.doneFix": "已撤销修复，文字已改回。",
  "restore.unverified": "已恢复，但核对时发现文字与修改前不完全相同：请单击“重新检查”并核对。",
  "restore.proceed.format": "仍要排版（之后不能恢复）",
  "restore.proceed.fix": "仍要修复（之后不能撤销）",
  "restore.proceed.template": "仍要替换（之后不能恢复）",
  "restore.cannotKeep.title": "修改之后将不能恢复",
  "fix.applying": "正在修复…",
  "fix.confirm.title": "确认修改文字",
  "fix.confirm.body":
    "以下 {count} 处修改会改动文档中的文字，请逐条核对后确认（改完后可在本窗格点“恢复”改回；Word 的“撤销”不一定能撤回全部修改）：",
  "fix.confirm.change": "“{before}” → “{after}”",
  "fix.confirm.changeLabel": "将“{before}”改为“{after}”",
  "fix.confirm.conflicts": "另有 {count} 处与上面的修改重叠，本次不修改；重新检查后可再修复。",
  "fix.confirm.apply": "确认修改",
  "fix.confirm.cancel": "取消",
  "fix.applied": "已修复 {applied} 处。",
  "fix.skippedStale": "{count} 处所在段落在检查后被修改，已跳过：请重新检查后再修复。",
  "fix.conflicts": "{count} 处与其他修改重叠，未修改：重新检查后可再次修复。",
  "fix.unverified": "{count} 个段落修复后格式仍不符合要求，请查看检查结果。",

  // 保存的忽略和核对记录
  "decisions.damaged":
    "文档中有 {count} 处保存的忽略、核对或结构更正记录已损坏，无法读取，这里没有采用。本助手不会改动或删除它们；新的记录另行保存。",
  "decisions.loadFailed.title": "未能读取文档中保存的忽略和核对记录",
  "decisions.loadFailed.body":
    "忽略和人工核对暂不可用，以免覆盖已保存的记录。请重试；若仍失败，请关闭并重新打开文档。",
  "decisions.writeFailed.title": "未能保存到文档",
  "decisions.writeFailed.body":
    "刚才的忽略或核对未能保存，窗格已恢复为文档中保存的状态。请再操作一次；若文档为只读，请先另存为可编辑的 .docx。",

  // 人工核对
  "hand.heading": "人工核对",
  "hand.hint": "以下各项无法自动检查，请逐项核对后勾选；勾选情况随文档保存。",
  "hand.progress": "已核对 {checked} / {total}",

  // 图、表和照片
  "tally.heading": "图、表和照片",
  "tally.hint.figures": "{value} 张，不宜过多（不超过 {max} 张）",
  "tally.hint.tables": "{value} 个，不宜过多（不超过 {max} 个）",
  "tally.hint.pictures": "{value} 张，要求不少于 {min} 张",

  // 申报书
  "form.heading": "申报书",
  "form.category.label": "案例类别",
  "form.category.hint": "选择一项：在申报书中勾选该类别，并取消其他类别的勾选。",
  "form.category.several": "申报书中勾选了 {count} 个类别（{names}）：请只选择一个。",
  "form.category.none": "申报书中尚未勾选案例类别。",
  "form.category.noBoxes": "申报书中的类别没有方框，无法在此勾选：请直接在文档中修改。",
  "form.category.applying": "正在勾选…",
  "form.category.done": "已勾选“{name}”。",
  "form.category.stale": "申报书在检查后被修改，未勾选：请重新检查后再选择。",

  // 图片导出
  "export.heading": "导出提交材料",
  "export.hint":
    "把报告（.docx 和 PDF）和文中每张图片（以图题命名，PNG 图表转为 JPG）打包为“{zip}”，用于提交。",
  "export.run": "导出提交材料",
  "export.running": "正在导出提交材料…",
  "export.none": "没有可导出的内容：文档中没有图片，本机 Word 也不能从加载项导出文档。",
  "export.started": "已开始下载“{zip}”（{count} 个文件），保存在本机的“下载”文件夹。",
  "export.unavailable":
    "此版本 Word 的任务窗格不能下载文件。请用“文件 → 另存为”分别保存 .docx 和 PDF，在图片上右键“另存为图片”并以图题命名；装有命令行工具时，case-report package 文档.docx 可一次生成全部材料。",
  "export.failed":
    "未能开始下载。请用“文件 → 另存为”分别保存 .docx 和 PDF，在图片上右键“另存为图片”并以图题命名；装有命令行工具时，case-report package 文档.docx 可一次生成全部材料。",
  "export.hasErrors": "报告还有 {count} 个错误未改正：提交前请先改正（见上方“检查”）。",
  "export.notReport": "这份文档看起来不是案例报告：提交材料应是按通知写成的案例报告。",
  "export.files": "压缩包中的文件（{count} 个）：",
  "export.report.unsupported":
    "Word 网页版不能从加载项导出文档，压缩包里没有 .docx 和 PDF：请用“文件 → 另存为 → 下载副本”和“下载为 PDF”另存，或保存后用 case-report package 生成完整材料。",
  "export.report.failed":
    "Word 未能导出 .docx，压缩包里没有报告原文件：请保存文档后另附 .docx 文件。",
  "export.pdf.failed":
    "Word 未能导出 PDF，压缩包里没有 PDF：请用“文件 → 另存为 → PDF”另存后一并提交。",
  "export.converted": "{count} 张 PNG 图片已转为 JPG（通知要求图表另附 JPG 文件）。",
  "export.notJpg": "{count} 张图片不是 JPG（{names}），已按原格式放入：请另存为 JPG 后替换。",
  "severity.error": "错误",
  "severity.warning": "提醒",
  "severity.info": "提示",

  // 字数
  "count.title": "题目",
  "count.unitIntro": "单位简介",
  "count.body": "正文",
  "count.practice": "主要做法",
  "count.practiceShare": "主要做法占正文",
  "count.effect": "实施效果",
  "count.background": "实施背景",
  "count.hint.min": "{value}{unit}，要求不少于 {min}{unit}",
  "count.hint.max": "{value}{unit}，要求不超过 {max}{unit}",
  "count.hint.range": "{value}{unit}，要求 {min}–{max}{unit}",
  "count.hint.none": "{value}{unit}",
  "count.hint.missing": "未找到该部分",
  "count.hint.notYetFound": "暂未找到，读取格式后再确认",
  "count.status.ok": "符合",
  "count.status.low": "不足",
  "count.status.high": "超出",
  "count.status.unfilled": "未填写",
  "count.hint.unfilled": "未填写",
  "count.status.missing": "缺失",
  "unit.char": " 字",
  "unit.percent": "%",

  // 错误（GatewayError 代码 → 原因和解决办法）
  "error.unsupportedHost.title": "此版本 Word 不受支持",
  "error.unsupportedHost.body": "请使用 Office 2019 及以上版本或 Microsoft 365 的 Word。",
  "error.readFailed.title": "无法读取文档",
  "error.readFailed.body": "请稍候重试；若文档处于限制编辑或兼容模式，请先另存为 .docx。",
  "error.ooxmlUnreadable.title": "无法解析文档内容",
  "error.ooxmlUnreadable.body": "请将文档另存为 .docx 格式后重试。",
  "error.documentTooLarge.title": "文档过大，无法实时检查",
  "error.documentTooLarge.body":
    "请删除不需要的内容（如大图片）后重试，或用命令行工具 case-report check 检查 .docx 文件。",
  "error.writeFailed.title": "修改未完成",
  "error.writeFailed.body": "文档未被修改，请重试。",
  "error.writeFailed.partial": "文档可能已部分修改：请先重新检查，看清当前状态后再重试",
  "error.notEmpty.title": "文档不是空白文档",
  "error.notEmpty.body": "请确认替换，或新建空白文档后再插入模板。",
  "error.targetNotFound.title": "找不到该位置",
  "error.targetNotFound.body": "该位置已被修改，请重新检查",
  "error.notRestorable.title": "无法恢复",
  "error.notRestorable.body": "文档未改动。",
  "error.cancelled.title": "操作已取消",
  "error.cancelled.body": "请重试。",
  "error.unknown.title": "出现意外错误",
  "error.unknown.body": "请重试；若问题仍然存在，请关闭并重新打开任务窗格。",
  "error.retry": "重试",
  "error.recheck": "重新检查",
  "error.dismiss": "关闭",

  // 启动
  "boot.notWord.title": "请在 Word 中使用",
  "boot.notWord.body": "案例报告助手是 Word 加载项：请在 Word 中打开文档后，从“开始”选项卡启动。",
  "boot.loadFailed.title": "加载项未能启动",
  "boot.loadFailed.body":
    "Office 组件已加载，但 Word 没有完成加载项的启动。请关闭并重新打开任务窗格；若仍然如此，请重新启动 Word。",
  "boot.officeJsMissing.title": "无法加载 Office 组件",
  "boot.officeJsMissing.body":
    "任务窗格要先从微软的服务器加载 Office 组件（office.js），这台电脑没有加载成功：可能网络已断开，或单位内网、代理、防火墙屏蔽了这个地址。",
  "boot.officeJsMissing.allow":
    "请信息技术部门放行以下地址（office.js 及同一目录下的其他文件），然后关闭并重新打开任务窗格：",
  "boot.unsupportedHost.title": "这个版本的 Word 太旧，无法运行案例报告助手",
  "boot.unsupportedHost.body":
    "案例报告助手需要 Word 支持 WordApi {minimum}：Office 2019、Office LTSC 2021 / 2024、Microsoft 365 或 Word 网页版。请升级 Office，或在浏览器中使用 Word 网页版。",
  "boot.detected": "检测到：{platform} 版 Office {version}",
  "boot.version": "案例报告助手 {version}",

  // 结构 (issue 8)
  "structure.heading": "结构",
  "structure.hint":
    "程序读到的题目、各部分和标题。单击一行可在文档中选中它；某段读错时，用“角色”改成正确的，改动保存在文档中，检查和一键排版都照此进行。",
  "structure.show": "显示结构",
  "structure.loading": "正在载入结构…",
  "part.failed": "这部分界面没能下载",
  "part.advice":
    "加载项的这一部分在第一次使用时下载，这次没有下载成功，文档没有被改动。请检查网络连接后点“重试”；若反复出现，请关闭并重新打开任务窗格。",
  "part.retry": "重试",
  "structure.hide": "收起结构",
  "structure.empty": "还没有读到题目、部分或标题。",
  "structure.words": "{words} 字",
  "structure.corrected": "已更正",
  "structure.roleButton": "角色",
  "structure.roleButtonLabel": "更改“{text}”的角色（现在：{role}）",
  "structure.goTo": "在文档中选中：{text}",
  "structure.auto": "恢复自动识别",
  "structure.allParagraphs": "显示所有段落（为任意一段设角色）",
  "structure.headingsOnly": "只显示部分和标题",
  "structure.roleSet": "已把“{text}”设为{role}。",
  "structure.roleCleared": "已恢复“{text}”的自动识别。",
  "structure.locked": "正在读取保存的选择，稍后可更改角色。",
  "structure.role.title": "题目",
  "structure.role.unitLine": "单位全称",
  "structure.role.unitIntroHeading": "单位简介标题",
  "structure.role.unitIntro": "单位简介",
  "structure.role.heading1": "一级标题",
  "structure.role.heading2": "二级标题",
  "structure.role.heading3": "三级标题",
  "structure.role.heading4": "四级标题",
  "structure.role.body": "正文",
  "structure.role.caption": "图注",
  "structure.role.picture": "图片",
  "structure.role.tableText": "表格",
  "structure.role.formField": "申报书",
  "structure.role.attachmentHeading": "附件标题",
  "structure.role.attachment": "附件",
  "structure.role.toc": "目录",
  "structure.role.empty": "空段",
  "structure.role.other": "不处理",

  // 关于
  "about.heading": "关于",
  "about.version": "案例报告助手 版本 {version}",
  "about.host": "本机 Word：{host}",
  "about.sets": "支持的接口集",
  "about.features": "本机可用的功能",
  "about.available": "可用",
  "about.unavailable": "不可用",
  "about.unknown": "视订阅而定",
  "about.depends": "（有 Microsoft 365 订阅时可用；否则{without}）",
  "about.without": "（{without}）",
} as const;

/** Entries of the "ui" namespace (keys without the "ui." prefix). */
export type UiEntry = keyof typeof ui;

/** Full message keys of the task pane, e.g. "ui.format.run". */
export type UiMessageId = `ui.${UiEntry}`;
