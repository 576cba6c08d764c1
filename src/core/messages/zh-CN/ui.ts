/**
 * @fileoverview Task-pane strings, zh-CN (the product's first locale): the "ui" namespace of the
 * messages module, so entry "format.run" is looked up as "ui.format.run". Placeholders are
 * `{name}`, filled by `format` of `../index.ts`. Error messages name the way forward, not only
 * the fault. Layer: core (data only).
 */

/** Task-pane messages in Simplified Chinese, keyed by entry (without the "ui." prefix). */
export const ui = {
  "app.title": "案例报告助手",

  // 模板
  "template.heading": "模板",
  "template.hint": "插入题目、单位全称、单位简介、正文三部分和附件的框架，并定义规定样式。",
  "template.insertReport": "插入案例报告模板",
  "template.insertForm": "插入申报书模板",
  "template.inserting": "正在插入模板…",
  "template.done": "已插入模板（{paragraphs} 段）。",
  "template.confirm.title": "替换文档内容？",
  "template.confirm.body":
    "当前文档已有内容。插入模板将替换文档的全部内容（之后可按 Ctrl+Z 撤销）。",
  "template.confirm.replace": "替换为模板",
  "template.confirm.cancel": "取消",

  // 页面
  "page.applied": "页面已设为 A4 纵向。",
  "page.alreadyOk": "页面已是 A4 纵向。",
  "page.unsupported":
    "此版本 Word 不能自动设置纸张，请手动设置：布局 → 纸张大小 → A4，纸张方向 → 纵向。",

  // 排版
  "format.heading": "排版",
  "format.hint": "按段落角色套用规定样式，并设置 A4 纵向。只改格式，不改文字。",
  "format.run": "一键排版",
  "format.running": "正在排版…",
  "format.applied": "已为 {applied} 个段落套用样式。",
  "format.nothingToDo": "格式均已符合要求，无需修改。",
  "format.stylesRepaired": "已修复样式：{names}。",
  "format.stylesNotRepaired":
    "以下样式在此版本 Word 中无法自动修复：{names}。请在“样式”窗格中右键该样式 → 修改 → 格式 → 字体，手动设置中文字体。",
  "format.textUnchanged": "已核对：文字未改动。",
  "format.textChanged": "排版后文字与排版前不一致：请核对，必要时按 Ctrl+Z 撤销。",
  "format.skippedStale": "{count} 个段落在检查后被修改，已跳过：请再次一键排版。",
  "format.unverified": "{count} 个段落排版后格式仍不符合要求，请查看检查结果。",
  "notDone.generic": "有一项无法自动完成（{id}），请按检查结果手动处理。",
  "notDone.manualPageSetup":
    "此版本 Word 不能自动设置纸张，请手动设置：布局 → 纸张大小 → A4，纸张方向 → 纵向。",
  "notDone.replaceTextTooLong": "有一处文字修改过长，无法自动替换：请按检查结果手动修改。",
  "notDone.replaceTextNotLocated": "有一处要修改的文字已找不到（可能已被改动）：请重新检查。",
  "notDone.verifyFailed": "排版后未能重新读取文档核对结果：请单击“重新检查”。",
  // 检查
  "check.heading": "检查",
  "check.checking": "正在检查…",
  "check.recheck": "重新检查",
  "check.notYet": "尚未检查。",
  "check.summary": "{passed} / {total} 项通过",
  "check.summaryLabel": "检查项",
  "check.summaryDetail": "错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条",
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
  "severity.error": "错误",
  "severity.warning": "警告",
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
  "count.status.ok": "符合",
  "count.status.low": "不足",
  "count.status.high": "超出",
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
  "error.writeFailed.partial": "文档可能已部分修改：请按 Ctrl+Z 撤销后重试",
  "error.notEmpty.title": "文档不是空白文档",
  "error.notEmpty.body": "请确认替换，或新建空白文档后再插入模板。",
  "error.targetNotFound.title": "找不到该位置",
  "error.targetNotFound.body": "该位置已被修改，请重新检查",
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
  "boot.loadFailed.body": "请检查网络连接后关闭并重新打开任务窗格。",
} as const;

/** Entries of the "ui" namespace (keys without the "ui." prefix). */
export type UiEntry = keyof typeof ui;

/** Full message keys of the task pane, e.g. "ui.format.run". */
export type UiMessageId = `ui.${UiEntry}`;
