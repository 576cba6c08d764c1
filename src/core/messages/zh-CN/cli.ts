/**
 * @fileoverview Command-line strings, zh-CN (the product's first locale): the "cli" namespace
 * of the messages module, so entry "check.passed" is looked up as "cli.check.passed". Help
 * texts, progress, per-file reports, the HTML page and every error the CLI prints. Error
 * messages say what happened and what to do. Placeholders are `{name}`. Layer: core (data only).
 */

/** CLI messages in Simplified Chinese, keyed by entry (without the "cli." prefix). */
export const cli = {
  // 程序与帮助
  "program.description":
    "案例报告助手（命令行）：按通知要求（默认：{profile}；可用 --profile 换用其他配置）检查、排版案例报告 .docx，或生成官方模板。",
  "program.helpAfter": `
示例：
  case-report check 报告.docx                 检查一个文件，列出各部分字数和问题
  case-report check 报告/ --html 检查结果.html  检查文件夹（含子文件夹）中的全部报告，另存一页网页报告
  case-report check 报告/ --json > 结果.json    机器可读的 JSON 结果
  case-report format 报告.docx -o 报告-排版.docx 一键排版（与 Word 加载项相同），另存为新文件
  case-report new -o 案例报告.docx              生成官方案例报告模板
  case-report fix 报告.docx -o 报告-修复.docx --yes 自动修复格式和标点（文字修改先列出，--yes 才应用）
  case-report export-images 报告.docx -o 图片.zip 把每张图片按图题命名导出
  case-report ignore 报告.docx --rule picture-resolution  在文档中记录“忽略”（与 Word 加载项相同）

退出状态：0 全部通过；1 有“错误”级别的问题，或不是案例报告；2 有文件无法读取或无法写入、参数有误。
各命令的详细说明：case-report help <命令>，或 case-report <命令> --help。`,
  "option.version": "显示版本号",
  "option.help": "显示帮助",
  "option.lang": "提示语言：zh-CN（默认）或 en-US",
  "command.help": "显示某个命令的帮助",
  "help.usage": "用法：",
  "help.options": "选项：",
  "help.globalOptions": "全局选项：",
  "help.arguments": "参数：",
  "help.commands": "命令：",
  "usage.program": "[选项] <命令>",
  "usage.check": "[选项] <文件或文件夹...>",
  "usage.format": "<输入文件> (-o <输出文件> | --in-place) [选项]",
  "usage.new": "[-o <输出文件>] [选项]",
  "check.summary": "检查案例报告的字数、结构和格式",
  "format.summary": "一键排版（只改格式，不改文字）",
  "new.summary": "生成官方案例报告模板",

  "check.description":
    "检查案例报告：列出题目、单位简介、正文、主要做法（及其占正文比例）、实施效果等部分的字数和要求，以及每个问题的位置（第几段、引文）和修改建议。",
  "check.arg.inputs": "要检查的 .docx 文件或文件夹（可多个）",
  "check.option.json": "以 JSON 输出结果（格式见下方说明），代替文字报告",
  "check.option.html": "另存一页网页报告（单个 .html 文件，可离线打开）",
  "check.htmlIsDocument":
    "--html 后面应是网页报告的文件名，“{file}”是文档。请写成：case-report check {file} --html 报告.html",
  "check.option.hand": "在文字报告中逐项列出需人工核对的事项及其 id（默认只显示已核对几项）",
  "check.option.progress":
    "在标准错误输出显示进度“[第几个/共几个] 文件名”（在终端中检查多个文件时默认显示）",
  "check.helpAfter": `
可检查的文件：
  .docx（Word 文档）、.docm（启用宏的文档）、.dotx（Word 模板）。
  .docm 只读取文字，从不运行宏，报告中会注明“含有宏”；.dotx 按普通文档检查。
  Word 另存的“XML 文档”（.xml）可以直接指定检查；排版（format）和修复（fix）请先另存为 .docx。
  文件夹会连同子文件夹一起查找这三种文件（跳过 Word 的临时文件 ~$*.docx）；
  旧版 .doc 和加密文件无法读取，请先用 Word 或 WPS 另存为 .docx。
  文件逐个读取、检查、输出，不会把整批文件同时读入内存。

位置：“第 N 段”按 Word 的段落顺序从 1 起数（表格中的段落也计入），
  引文是问题处前后不超过 20 个字的原文。

JSON 格式（--json，version 为 1）：
  { "version": 1, "tool": "case-report", "profile": "…",
    "files": [ { "file": "路径", "ok": true/false, "kind": "docx|docm|dotx|other",
                 "macros": false, "error": { "code": "notZip", "message": "…" }（仅无法读取时）,
                 "counts": [ { "id": "body", "label": "正文", "value": 3200, "unit": "字",
                               "min": 3000, "max": …, "status": "ok|low|high|missing|unfilled" } ],
                 "tallies": [ { "id": "figures|tables|pictures", "label": "图", "value": 2,
                                "min": …（照片）, "max": …（图、表）, "status": "ok|low|high" } ],
                 "findings": [ { "id": "…", "ruleId": "first-person", "requirementIds": ["R10"],
                                 "severity": "error|warning|info", "message": "…",
                                 "target": "paragraph|document|section|picture",
                                 "paragraph": 12（从 1 起，无则 null）, "span": [3, 5]（段内字符位置，无则 null）,
                                 "quote": "引文（不超过 20 字，无则 null）" } ],
                 "documentKind": "report|empty|noReport|notReport"（empty：文档为空；noReport：未识别到案例报告结构；notReport：不是案例报告，不检查）,
                 "rules": [ { "ruleId": "…", "title": "…", "requirementIds": […],
                              "status": "pass|info|warning|error|notApplicable"（info：通过但有提示；
                              notApplicable：本文档中无可检查的内容，不计入通过）,
                              "reason": "不适用的原因（仅 notApplicable）",
                              "unfilled": true（仅当该项因模板提示文字【…】尚未替换而未检查，即“未填写”）} ],
                 "summary": { "errors": 0, "warnings": 0, "infos": 0,
                              "rulesPassed": 20, "rulesNotApplicable": 3, "rulesTotal": 25 }（逐条计数）,
                 "formatting": [ { "role": "正文", "paragraphs": 41, "paragraphNumbers": [6, 7, …],
                                   "properties": ["font|size|bold|alignment|spacing"], "severity": "error" } ]
                               （格式问题按段落角色汇总，文字和网页报告显示这些行）,
                 "verdict": { "errors": 0, "warnings": 0, "infos": 0 }（与 Word 加载项相同的计数：
                               每种段落角色的格式问题算 1 个，文字和网页报告用这一计数）,
                 "ignored": [ …与 findings 相同…（作者已忽略的问题，不计入结论）],
                 "ignoredRules": [ { "ruleId": "…", "title": "…" } ]（作者已忽略的检查项，未检查）,
                 "hand": [ { "id": "truth", "label": "…", "requirementIds": ["R26"], "checked": true/false } ] } ],
    "summary": { "files": 1, "passed": 1, "failed": 0, "unreadable": 0, "notReport": 0 } }
  （passed 数的是没有错误的文件，不是案例报告的文件也在内；notReport 是其中不是案例报告的个数）
  同一 version 内只会增加字段，不会删改已有字段。

退出状态：0 全部通过；1 至少一个文件有“错误”级别的问题，或不是案例报告；2 至少一个文件无法读取（其余文件照常报告）。

示例：
  case-report check 报告.docx
  case-report check 甲.docx 乙.docx 报告文件夹/ --html 检查结果.html
  case-report check 报告文件夹/ --json --progress > 结果.json`,

  "format.description":
    "一键排版：与 Word 加载项相同，按段落角色套用规定样式（题目、单位全称、单位简介、各级标题、正文），页面设为 A4 纵向。只改格式，不改文字。",
  "format.arg.input": "要排版的 .docx/.docm/.dotx 文件",
  "format.option.output": "输出文件（必须与输入文件不同）",
  "format.option.inPlace":
    "直接改写输入文件：先备份为“原文件名.bak.docx”（已有备份时依次用 .bak1.docx、.bak2.docx…，不会覆盖旧备份），再原子替换",
  "format.option.keepMacros": "保留 .docm 中的宏（默认删除宏，输出不含宏的文档）",
  "format.option.dryRun": "只显示将要做的修改，不写文件",
  "format.helpAfter": `
安全措施：
  · 写出前重新读取结果，逐段核对文字与原文一致；如有任何不同，拒绝写出（退出状态 2）。
  · 先写入同一文件夹中的临时文件，完成后再改名，失败时删除临时文件，不会留下写了一半的文件。
  · 不会覆盖输入文件，除非加 --in-place（会先备份为 原文件名.bak.docx）。
  · .docm 中的宏默认删除（连同其关系和内容类型），并在输出中说明；加 --keep-macros 才保留。

退出状态：0 完成；2 无法读取、核对不一致或无法写入。

示例：
  case-report format 报告.docx -o 报告-排版.docx
  case-report format 报告.docx --in-place
  case-report format 报告.docm -o 报告.docx              （删除宏）
  case-report format 报告.docm -o 报告-排版.docm --keep-macros`,

  "new.description":
    "生成官方案例报告模板（题目、单位全称、单位简介、正文三部分、附件，含规定样式，A4 纵向）。",
  "new.option.output": "输出文件，默认“案例报告.docx”",
  "new.option.form": "生成申报书（附件一）而不是案例报告模板",
  "new.option.force": "输出文件已存在时覆盖它",
  "new.helpAfter": `
退出状态：0 完成；2 无法写入、文件已存在（未加 --force）或申报书模板暂未提供。

示例：
  case-report new
  case-report new -o 某公司案例报告.docx`,

  // 参数错误（commander）
  "usage.unknownOption": "未知选项：{name}。用 --help 查看可用选项。",
  "usage.unknownCommand":
    "未知命令：{name}。可用命令：check、format、fix、new、export-images、ignore；用 --help 查看说明。",
  "usage.missingArgument": "缺少参数：{name}。用 --help 查看用法。",
  "usage.arg.input": "输入文件",
  "usage.arg.inputs": "文件或文件夹",
  "usage.optionMissingArgument": "选项 {name} 需要一个值。用 --help 查看用法。",
  "usage.excessArguments": "参数过多。用 --help 查看用法。",
  "usage.invalidArgument": "参数值无效：{detail}",
  "usage.badLang": "不支持的语言“{value}”，可用：zh-CN、en-US。",
  "usage.other": "命令行参数有误：{detail}。用 --help 查看用法。",
  "usage.noCommand":
    "请指定命令：check、format、fix、new、export-images 或 ignore。用 --help 查看说明。",

  // 文件
  "file.notFound": "找不到文件或文件夹：{path}。请检查路径和文件名。",
  "file.noDocuments": "文件夹“{path}”（含子文件夹）中没有 .docx、.docm 或 .dotx 文件。",
  "file.legacySkipped":
    "已跳过 {count} 个旧版 .doc/.wps 或 .odt 文件（如 {example}）：请用 Word、WPS 或 LibreOffice 另存为 .docx 后再检查。",
  "file.xmlSkipped":
    "已跳过 {count} 个 .xml 文件（如 {example}）：其中的 Word XML 文档请直接写出文件名来检查。",
  "file.nothingToCheck": "没有可检查的文件。",
  "file.isDirectory": "“{path}”是文件夹，不是文件。",
  "file.notRegular":
    "“{path}”不是普通文件（可能是设备、管道或套接字），不能读取或写入。请指定一个 Word 文档或普通文件。",
  "file.outputIsInput":
    "输出文件“{path}”就是要读取的文件之一，写入会覆盖它。为防止误改原文件，请换一个输出文件名。",
  "file.tooLarge":
    "文件过大（{size} MB，上限 {max} MB），已拒绝读取。请删除或压缩其中的大图片后再试。",
  "file.readFailed": "无法读取“{path}”：{reason}",
  "file.writeFailed": "无法写入“{path}”：{reason}",
  "file.outputDirMissing": "输出文件夹不存在：{dir}。请先创建该文件夹，或换一个输出路径。",
  "file.outputIsDirectory": "输出路径“{path}”是一个文件夹，请写出文件名（如 {example}）。",
  "file.exists": "文件“{path}”已存在。为防止覆盖，请换一个文件名，或加 --force 覆盖。",
  "fsReason.ENOENT": "文件或文件夹不存在",
  "fsReason.EACCES": "没有权限",
  "fsReason.EPERM": "没有权限",
  "fsReason.EISDIR": "这是一个文件夹",
  "fsReason.ENOTDIR": "路径中的某一级不是文件夹",
  "fsReason.ENOSPC": "磁盘空间不足",
  "fsReason.EROFS": "磁盘为只读",
  "fsReason.EBUSY": "文件正被其他程序使用，请先关闭它（例如在 Word 中关闭该文档）",
  "fsReason.EMFILE": "同时打开的文件过多",
  "fsReason.other": "系统错误 {code}",
  "internal.error":
    "处理该文件时出现内部错误（{detail}）。其他文件不受影响；请反馈此问题并附上该文件。",

  // 检查：文字报告
  "progress.item": "[{index}/{total}] {file}",
  "check.fileHeading": "== {file} ==",
  "check.unreadable": "无法读取：{message}",
  "check.macros":
    "注意：该文件含有宏（VBA 工程）。本工具只读取文字，从不运行宏；提交时请另存为 .docx。",
  "check.template": "该文件是 Word 模板（.dotx），按普通文档检查。",
  "check.countsHeading": "字数：",
  "check.findingsHeading": "问题（{counts}）：",
  "check.formatRole": "  [{severity}] {summary}（{places}）",
  "check.formatHint":
    "  （以上格式问题用 case-report format 一次改好，不改文字；逐段说明见 --html 或 --json。）",
  "check.paragraphs": "第 {list} 段",
  "check.paragraphsMore": "第 {list} 段等",
  "check.count.errors": "{count} 个错误",
  "check.count.warnings": "{count} 个提醒",
  "check.count.infos": "{count} 个提示",
  "check.count.none": "未发现问题",
  "check.noFindings": "未发现问题。",
  "check.documentKind.empty":
    "注意：文档为空，请先插入模板（可用 case-report new 生成案例报告模板）。",
  "check.documentKind.noReport":
    "注意：未识别到案例报告结构。请插入模板，或按“题目 → ——单位全称 → 单位简介 → 一、实施背景 …”的顺序撰写。",
  "check.documentKind.notReport":
    "这看起来不是案例报告（没有“——单位全称”、单位简介，也没有实施背景、主要做法、实施效果；像论文、申请书、标书或说明书），不按案例报告检查。若确是案例报告，请按模板的结构撰写。",
  "format.notReport":
    "{input} 看起来不是案例报告（没有“——单位全称”、单位简介，也没有实施背景、主要做法、实施效果），一键排版会把它改成案例报告的格式。未写出文件。确要排版，请加 --force。",
  "format.option.force": "即使文档看起来不是案例报告，也按案例报告排版",
  "check.rulesSummary": "检查项：{list}。",
  "check.rulesPassed": "{passed} / {total} 项通过",
  "check.rulesUnfilled": "{count} 项待填写后检查",
  "check.rulesNotApplicable": "另有 {count} 项不适用",
  "check.unfilledHeading":
    "未填写（{count} 项：模板里的提示文字【…】还没有换成你的内容，不计字数；填写后这些项才会检查）：",
  "check.unfilledRule": "  [未填写] {title}",
  "check.notApplicableHeading": "不适用（{count} 项，本文档中无可检查的内容，不计入通过）：",
  "check.notApplicableRule": "  [不适用] {title}",
  "check.notApplicableRuleReason": "  [不适用] {title}：{reason}",
  "check.finding": "  [{severity}] {place}：{message}",
  "check.verdict.pass": "结论：通过（无错误）。",
  "check.verdict.passWithWarnings": "结论：通过（无错误，{warnings} 个提醒请核对）。",
  "check.verdict.fail": "结论：未通过（{errors} 个错误）。",
  "check.verdict.empty": "结论：未通过（文档为空）。",
  "check.batchSummaryNotReport":
    "共检查 {files} 个文件：通过 {passed} 个，未通过 {failed} 个，不是案例报告 {notReport} 个（未按案例报告检查），无法读取 {unreadable} 个。",
  "check.batchSummary":
    "共检查 {files} 个文件：通过 {passed} 个，未通过 {failed} 个，无法读取 {unreadable} 个。",
  "check.htmlWritten": "网页报告已保存：{path}",

  // 位置
  "place.document": "全文",
  "place.paragraph": "第 {paragraph} 段",
  "place.paragraphQuote": "第 {paragraph} 段「{quote}」",
  "place.section": "第 {section} 节",
  "place.picture": "第 {picture} 张图片（第 {paragraph} 段）",

  // 字数要求
  "count.requirement.min": "要求不少于 {min}{unit}",
  "count.requirement.max": "要求不超过 {max}{unit}",
  "count.requirement.range": "要求 {min}–{max}{unit}",
  "count.requirement.none": "无字数要求",
  "count.value": "{value}{unit}",
  "count.status.ok": "符合",
  "count.status.low": "不足",
  "count.status.high": "超出",
  "count.status.unfilled": "未填写",
  "count.status.missing": "缺少该部分",
  "unit.char": " 字",
  "unit.percent": "%",
  "severity.error": "错误",
  "severity.warning": "提醒",
  "severity.info": "提示",

  // 网页报告
  "html.title": "案例报告检查结果",
  "html.generated": "{count} 个文件 · 生成时间 {time} · 依据：{profile}",
  "html.summaryHeading": "汇总",
  "html.col.file": "文件",
  "html.col.result": "结论",
  "html.col.errors": "错误",
  "html.col.warnings": "提醒",
  "html.col.infos": "提示",
  "html.col.body": "正文字数",
  "html.col.practiceShare": "主要做法占比",
  "html.col.item": "项目",
  "html.col.value": "字数",
  "html.col.requirement": "要求",
  "html.col.status": "状态",
  "html.col.place": "位置",
  "html.col.message": "问题与建议",
  "html.result.pass": "通过",
  "html.result.fail": "未通过",
  "html.result.unreadable": "无法读取",
  "html.result.notReport": "不是案例报告",
  "html.result.empty": "文档为空",
  "html.countsHeading": "字数",
  "html.rulesHeading": "检查项",
  "html.rulePassed": "通过",
  "html.ruleNotApplicable": "不适用",
  "html.ruleNotApplicableReason": "不适用：{reason}",
  "html.notApplicableHeading": "不适用（{count} 项，不计入通过）",
  "html.unfilledHeading": "未填写（{count} 项，填写后检查）",
  "html.unfilledHint": "模板里的提示文字【…】还没有换成你的内容，不计字数；填写后这些项才会检查。",
  "html.ruleUnfilled": "未填写",
  "html.ruleFindings": "{count} 个问题",
  "html.formatHint": "用 case-report format 一次改好以下全部格式，不改文字。",
  "html.backToTop": "返回汇总",

  // 配置文件（--profile）与图表统计
  "option.profile":
    "通知要求的配置文件（JSON），代替内置配置；用 case-report new --print-profile 输出内置配置，另存修改后使用",
  "new.option.printProfile":
    "把当前使用的配置（内置配置，或 --profile 指定的文件）以 JSON 输出到标准输出，不生成文件",
  "check.profileLine": "依据：{profile}",
  "check.talliesHeading": "图、表和照片：",
  "check.notWordXml":
    "“{path}”不是 Word XML 文档。可检查 .docx、.docm、.dotx 和 Word 另存的“XML 文档”（.xml）；请用 Word 或 WPS 打开后另存为 .docx 再试。",
  "tally.value.figures": "{value} 张",
  "tally.value.tables": "{value} 个",
  "tally.value.pictures": "{value} 张",
  "tally.max.figures": "不宜超过 {max} 张",
  "tally.max.tables": "不宜超过 {max} 个",
  "tally.max.pictures": "不宜超过 {max} 张",
  "tally.min.figures": "要求不少于 {min} 张",
  "tally.min.tables": "要求不少于 {min} 个",
  "tally.min.pictures": "要求不少于 {min} 张",
  "tally.status.ok": "符合",
  "tally.status.low": "不足",
  "tally.status.high": "过多",
  "html.talliesHeading": "图、表和照片",
  "profile.badField":
    "配置文件“{path}”有误：字段 {field} {problem}。请改正后再试（可用 case-report new --print-profile 输出内置配置作为参考）。",
  "profile.badJson":
    "配置文件“{path}”不是有效的 JSON{place}：{detail}。请检查括号、逗号和英文双引号。",
  "profile.jsonPlace": "（第 {line} 行第 {column} 列）",
  "profile.problem.missing": "缺少（必填）",
  "profile.problem.unknown": "不是配置中的字段（拼写有误？）",
  "profile.problem.string": "应为文字（用英文双引号括起）",
  "profile.problem.empty": "不能为空",
  "profile.problem.pattern": "格式不对",
  "profile.problem.styleId": "只能含英文字母、数字、下划线和连字符（不含空格）",
  "profile.problem.char": "应为一个字符（如 【）",
  "profile.problem.date": "应为日期，格式为 YYYY-MM-DD（如 2024-09-30）",
  "profile.problem.number": "应为数字（不加引号）",
  "profile.problem.integer": "应为整数",
  "profile.problem.atLeast": "应不小于 {min}",
  "profile.problem.range": "应在 {min} 到 {max} 之间",
  "profile.problem.shareHint": "应在 0 到 1 之间（比例写成小数，如 60% 写作 0.6）",
  "profile.problem.boolean": "应为 true 或 false（不加引号）",
  "profile.problem.enum": "应为以下之一：{list}",
  "profile.problem.array": "应为列表（用方括号括起）",
  "profile.problem.minItems": "至少要有 {min} 项",
  "profile.problem.object": "应为对象（用花括号括起）",
  "profile.problem.minAboveMax": "的 min 大于 max",

  // 排版
  "format.needOutput":
    "请用 -o 指定输出文件（如 -o {example}），或加 --in-place 直接改写原文件（会先备份）。",
  "format.outputAndInPlace": "--in-place 与 -o 不能同时使用：--in-place 会改写输入文件本身。",
  "format.sameAsInput":
    "输出文件与输入文件相同（{path}）。为防止误改原文件，请换一个输出文件名，或加 --in-place（会先备份为 原文件名.bak.docx）。",
  "format.textChanged":
    "排版结果核对未通过：第 {paragraph} 段文字与原文不一致（原文「{before}」，排版后「{after}」）。为保护原文，未写出任何文件。请反馈此问题并附上该文件。",
  "format.paragraphCountChanged":
    "排版结果核对未通过：段落数由 {before} 变为 {after}。为保护原文，未写出任何文件。请反馈此问题并附上该文件。",
  "format.done": "已排版：{input} → {output}",
  "format.dryRunDone": "试运行（未写文件）：{input}",
  "format.inPlaceDone": "已排版并改写：{input}（原文件已备份为 {backup}）",
  "format.noBackupName":
    "备份文件名 原文件名.bak.docx 至 原文件名.bak999.docx 都已被占用，请先清理旧的备份文件",
  "format.roles": "  套用样式：{list}（共 {count} 段）",
  "format.roleItem": "{role} {count} 段",
  "format.noRoles": "  各段样式均已符合要求，无需修改。",
  "format.pageSet": "  页面：已设为 {paper} 纵向。",
  "format.pageOk": "  页面：已是 {paper} 纵向。",
  "format.pageUnknown":
    "  页面：文档没有页面设置，未修改（Word 会用默认纸张）。请在 布局 → 纸张大小 中确认为 {paper}、纸张方向为纵向。",
  "format.strict":
    "该文档是“严格 Open XML”格式，暂不能排版（可以检查）。请在 Word 中“另存为”，保存类型选“Word 文档（*.docx）”后再排版。",
  "format.skippedStale": "  跳过 {count} 处（段落在检查后已改动）。",
  "format.skippedOverlap": "  跳过 {count} 处（与同一段的其他修改重叠）。",
  "format.textVerified": "  已核对：排版前后 {count} 段文字完全一致。",
  "format.macrosDropped":
    "  已删除宏（VBA 工程，{parts} 个部件），输出文档不含宏。如需保留，请加 --keep-macros 并用 .docm 扩展名。",
  "format.macrosKept": "  已按 --keep-macros 保留宏（VBA 工程）。",
  "format.macrosKeptDocx":
    "  注意：输出文件含宏但扩展名不是 .docm，Word 会拒绝打开。请把输出文件改名为 .docm。",
  "format.after": "  排版后复查：{counts}（内容问题需手动修改，用 case-report check 查看）。",
  "format.afterClean": "  排版后复查：未发现问题。",
  "format.afterNotReport": "  排版后复查：该文件不像案例报告，没有按报告的要求检查。",

  // 角色
  "role.title": "题目",
  "role.unitLine": "单位全称行",
  "role.unitIntroHeading": "单位简介标题",
  "role.unitIntro": "单位简介",
  "role.heading1": "一级标题",
  "role.heading2": "二级标题",
  "role.heading3": "三级标题",
  "role.body": "正文",
  "role.attachmentHeading": "附件标题",
  "role.attachment": "附件",

  // 模板
  "new.done":
    "已生成案例报告模板：{path}（题目、单位全称、单位简介、正文三部分、附件，含规定样式，A4 纵向）。",
  "new.formDone": "已生成申报书（附件一）：{path}（表格含全部栏目、五个案例类别方框和注1–注4）。",
  // 作者的选择（保存在文档中：忽略、人工核对）
  "check.ignoredHeading":
    "已忽略 {count} 条（作者在 Word 中或用 case-report ignore 选择忽略，不计入结论）：",
  "check.ignoredFinding": "  [已忽略] {place}：{message}",
  "check.ignoredRules": "已忽略的检查项（{count} 项，未检查）：{list}",
  "check.handHeading":
    "需人工核对的事项（已核对 {checked}/{total}，在 Word 加载项中勾选或用 case-report ignore --hand 记录）：",
  "check.handCollapsed":
    "需人工核对的事项：已核对 {checked}/{total}。加 --hand 列出各项；在 Word 加载项中勾选或用 case-report ignore --hand 记录已核对。",
  "check.handAllDone": "需人工核对的事项：已全部核对（{total}/{total}）。加 --hand 列出各项。",
  "check.handItem": "  {mark} {label}（{id}）",
  "html.ignoredHeading": "已忽略（{count}）",
  "html.handHeading": "需人工核对（已核对 {checked}/{total}）",
  "html.handList": "逐项查看（{total} 项）",

  // 提交材料（R23、R25）
  "usage.package": "<输入文件> [-o <压缩包>]",
  "package.summary": "生成提交材料压缩包：报告 .docx、PDF 和以图题命名的 JPG 图片",
  "package.description":
    "导出提交材料：把报告原文件（.docx）、报告的 PDF 版本和文中每张图片（按图题命名，PNG 图表转为 JPG）放进一个 .zip 压缩包。PDF 由 LibreOffice 生成；没有安装 LibreOffice 时压缩包里没有 PDF，并提示如何补上。",
  "package.arg.input": "报告的 .docx 文件",
  "package.option.output": "输出的 .zip 文件（默认“<文件名>-提交材料.zip”）",
  "package.option.noPdf": "不生成 PDF（不运行 LibreOffice）",
  "package.option.force": "输出文件已存在时覆盖",
  "package.helpAfter": `
压缩包内容：
  · 报告原文件，逐字节不变；
  · 报告的 PDF（需要 LibreOffice：https://zh-cn.libreoffice.org/ ，安装后 soffice 在 PATH 中，或用环境变量 SOFFICE 指定其路径）；
  · 图片/：每张图片一个文件，按图题命名（规则同 export-images）；JPG 原样放入，PNG 转为 JPG，并写明图片在文档中的实际分辨率。

退出状态：0 完成；2 无法读取、输出已存在（未加 --force）或无法写入。

示例：
  case-report package 报告.docx
  case-report package 报告.docx -o 提交材料.zip`,
  "package.printing": "正在用 LibreOffice 生成 PDF（可能需要一分钟）…",
  "package.done": "已生成提交材料：{input} → {output}",
  "package.item": "  {name}",
  "package.pdfSkipped": "  未生成 PDF（--no-pdf）。",
  "package.pdf.missing":
    "  压缩包里没有 PDF：本机未找到 LibreOffice。请安装 LibreOffice（或用环境变量 SOFFICE 指定 soffice 的路径）后重新运行，或在 Word 中“另存为 PDF”后放进压缩包。",
  "package.pdf.timeout":
    "  压缩包里没有 PDF：LibreOffice 超时未完成。请关闭其他 LibreOffice 窗口后重试，或在 Word 中“另存为 PDF”后放进压缩包。",
  "package.pdf.failed":
    "  压缩包里没有 PDF：LibreOffice 未能转换该文件。请在 Word 中“另存为 PDF”后放进压缩包。",
  "package.converted": "  {count} 张 PNG 图片已转为 JPG（通知要求图表另附 JPG 文件）。",
  "package.notJpg":
    "  注意：{count} 张图片不是 JPG 或 PNG（{names}），已按原格式放入；请用看图软件另存为 JPG 后替换。",
  "package.charts":
    "  注意：文档中有 {count} 个 Word 图表（不是图片，无法导出）：请在 Word 中右键图表→“另存为图片”，存为 JPG（文件名为图的简要说明）后放进压缩包。",
  "package.noPictures": "  注意：文档中没有图片；通知要求至少提供 2 张工作场景照片。",
  "package.pdfFonts":
    "  注意：本机没有{fonts}：PDF 中这些文字用了相近的字体，与通知要求的字体不同。请在装有这些字体的电脑上用 Word“另存为 PDF”，替换压缩包里的 PDF。",
  "package.hasErrors":
    "  注意：报告还有 {count} 个错误未改正（case-report check {input} 查看）；提交前请先改正，再重新生成提交材料。",
  "package.notReport": "  注意：这份文档看起来不是案例报告；提交材料应是按通知写成的案例报告。",
  // 导出图片（R23）
  "usage.exportImages": "<输入文件> [-o <压缩包> | -d <文件夹>]",
  "exportImages.summary": "把文中每张图片导出为以图题命名的文件（照片和图表另附文件）",
  "exportImages.description":
    "导出图片：把报告中的每张图片按图题命名（如“图1 隐患排查现场.jpg”）导出为一个 .zip 压缩包或一个文件夹中的文件，供随报告提交。没有图题的图片用其替代文字或“图片N”命名。",
  "exportImages.arg.input": "要导出图片的 .docx/.docm/.dotx 文件",
  "exportImages.option.output": "输出的 .zip 文件（默认“<文件名>-图片.zip”）",
  "exportImages.option.dir": "输出到该文件夹（不存在时创建最后一级），代替 .zip",
  "exportImages.option.force": "输出文件已存在时覆盖",
  "exportImages.helpAfter": `
命名规则：
  · 图题：图片所在段落、其后（或其前）最近的以“图1”“图 2”等开头的段落；
  · 没有图题时用图片的替代文字，再没有则用“图片N”；
  · 文件名去掉 Windows/Mac 不允许的字符（\\ / : * ? " < > | 改为全角），不超过 80 个字符，重名时加“ (2)”。
  图片按文档中保存的格式导出（PNG 仍为 PNG）；要把 PNG 图表转为通知要求的 JPG，并连同报告和 PDF 一起打包，请用 case-report package。

退出状态：0 完成（文档没有图片时也为 0，不写文件）；2 无法读取、输出已存在（未加 --force）或无法写入。

示例：
  case-report export-images 报告.docx -o 报告图片.zip
  case-report export-images 报告.docx -d 报告图片`,
  "exportImages.outputAndDir": "-o 与 -d 只能选一个：-o 输出压缩包，-d 输出到文件夹。",
  "exportImages.none": "{input} 中没有可导出的图片，未写出文件。",
  "exportImages.zipDone": "已导出 {count} 张图片：{input} → {output}",
  "exportImages.dirDone": "已导出 {count} 张图片到文件夹 {output}（来自 {input}）",
  "exportImages.item": "  {name}",
  "exportImages.skipped":
    "  跳过 {count} 张图片（链接到外部文件或文档中缺少图像数据）：请在 Word 中把图片嵌入文档后再导出。",
  "exportImages.notJpg":
    "  注意：{count} 张图片不是 JPG 格式，已按原格式导出；通知要求图表另附 JPG 文件，请用看图软件另存为 JPG。",
  "exportImages.exists":
    "文件夹“{dir}”中已有同名文件“{name}”。为防止覆盖，请换一个文件夹，或加 --force 覆盖。",

  // 修复
  "usage.fix": "<输入文件> -o <输出文件> [选项]",
  "fix.summary": "自动修复检查发现的问题（文字修改需 --yes 确认）",
  "fix.description":
    "自动修复：应用检查结果中可自动修复的问题（样式、页面等格式问题，以及标点、破折号等文字问题），另存为新文件。格式修复直接应用；改动文字的修复先列出，加 --yes 才应用。作者已忽略的问题和检查项不修复。",
  "fix.arg.input": "要修复的 .docx/.docm/.dotx 文件",
  "fix.option.output": "输出文件（必须与输入文件不同）",
  "fix.option.rule":
    "只修复这些检查项的问题（检查项 id，可多个，如 --rule punctuation role-format）",
  "fix.option.yes": "同时应用改动文字的修复（不加时只列出，不应用）",
  "fix.option.keepMacros": "保留 .docm 中的宏（默认删除宏）",
  "fix.helpAfter": `
安全措施：
  · 改动文字的修复（如半角标点改全角）先逐条列出“原文 → 修改后”；不加 --yes 时不应用，退出状态仍为 0。
  · 写出前重新读取结果，逐段核对：除计划中的文字修改外，每段文字与原文完全一致，否则拒绝写出（退出状态 2）。
  · 先写入临时文件再改名，不会留下写了一半的文件；不会覆盖输入文件。
  · 文档中保存的“忽略”选择照常生效。

退出状态：0 完成（包括只列出未应用的文字修改）；2 无法读取、核对不一致、参数有误或无法写入。

示例：
  case-report fix 报告.docx -o 报告-修复.docx
  case-report fix 报告.docx -o 报告-修复.docx --yes
  case-report fix 报告.docx -o 报告-修复.docx --rule punctuation --yes`,
  "fix.needOutput": "请用 -o 指定输出文件（如 -o {example}）。",
  "fix.sameAsInput": "输出文件与输入文件相同（{path}）。为防止误改原文件，请换一个输出文件名。",
  "fix.unknownRule": "未知的检查项“{id}”。可自动修复的检查项：{list}。",
  "fix.nothing": "{input}：没有可自动修复的问题，未写出文件。",
  "fix.nothingApplied": "{input}：没有应用任何修改，未写出文件。",
  "fix.done": "已修复：{input} → {output}",
  "fix.formatApplied": "  格式修复：{count} 处。",
  "fix.textApplied": "  文字修改：已应用 {count} 处：",
  "fix.textPending": "  以下 {count} 处文字修改未应用（核对无误后加 --yes 重新运行）：",
  "fix.textItem": "    第 {paragraph} 段：「{before}」→「{after}」",
  "fix.skippedOverlap": "  跳过 {count} 处（与同一段的其他修改重叠；再运行一次 fix 可继续修复）。",
  "fix.skippedStale": "  跳过 {count} 处（段落已变化）。",
  "fix.textVerified": "  已核对：除上述文字修改外，{count} 段文字与原文完全一致。",
  "fix.after": "  修复后复查：{counts}（其余问题需手动修改，用 case-report check 查看）。",
  "fix.afterClean": "  修复后复查：未发现问题。",
  "fix.afterNotReport": "  修复后复查：该文件不像案例报告，没有按报告的要求检查。",

  // 忽略（在文档中记录作者的选择）
  "usage.ignore": "<文件> [选项]",
  "ignore.summary": "在文档中记录“忽略”与“已人工核对”（与 Word 加载项相同）",
  "ignore.description":
    "记录作者的选择：把某个问题（--finding）或某个检查项（--rule）标为忽略，或把需人工核对的事项（--hand）标为已核对，保存在文档中（与 Word 加载项保存的位置相同），之后 check 和 Word 加载项都会照此显示。不加选项时列出文档中已保存的选择。",
  "ignore.arg.input": "要记录的 .docx/.docm/.dotx 文件",
  "ignore.option.finding": "忽略这个问题（问题 id，见 case-report check --json 的 findings[].id）",
  "ignore.option.rule":
    "忽略这个检查项（整个文档不再检查）；写 id 或名称，如 first-person 或 第三人称",
  "ignore.option.hand": "把这个需人工核对的事项标为已核对（id 或名称）",
  "ignore.option.undo": "撤销：取消忽略或取消“已核对”",
  "ignore.option.output": "写到另一个文件（默认原子改写输入文件本身）",
  "ignore.helpAfter": `
人工核对事项 id：{handIds}

安全措施：只改动文档中保存选择的自定义 XML 部件；写出前重新读取并核对每段文字和保存的选择；先写临时文件再改名。

退出状态：0 完成；2 无法读取、id 无效或无法写入。

示例：
  case-report ignore 报告.docx
  case-report ignore 报告.docx --finding "first-person/firstPerson@h1a2b3c4d:3-5"
  case-report ignore 报告.docx --rule picture-resolution
  case-report ignore 报告.docx --hand truth privacy
  case-report ignore 报告.docx --rule picture-resolution --undo`,
  "ignore.unknownFinding":
    "文档中没有 id 为“{id}”的问题。请用 case-report check {input} --json 查看各问题的 id（文档改动后 id 可能变化）。",
  "ignore.unknownRule": "未知的检查项“{id}”。可用的检查项：{list}。",
  "ignore.unknownHand": "未知的人工核对事项“{id}”。可用的事项：{list}。",
  "ignore.notSaved": "  “{id}”原本就未被记录，无需撤销。",
  "ignore.done": "已更新 {output} 中保存的选择。",
  "ignore.unchanged": "{input} 中保存的选择没有变化，未写出文件。",
  "ignore.current": "{input} 中保存的选择：",
  "ignore.summaryFindings": "  忽略的问题：{count} 条{list}",
  "ignore.summaryRules": "  忽略的检查项：{count} 项{list}",
  "ignore.summaryHand": "  已人工核对：{count}/{total} 项{list}",
  "ignore.verifyFailed":
    "核对未通过：写出的文件与预期不一致（{detail}）。为保护原文，未写出任何文件。请反馈此问题并附上该文件。",
  "ignore.summaryRoles": "  结构更正：{count} 段{list}",
  "state.preserved":
    "注意：文档中保存的选择有 {count} 条本版本无法识别（可能来自更新的版本），已原样保留，未采用。",
  "state.unreadable":
    "注意：文档中保存选择的部件有 {count} 个已损坏，无法读取，其中的“忽略”“已核对”和结构更正未采用。",
  "state.unreadableRefused":
    "文档中保存选择的部件有 {count} 个已损坏，无法读取。为不丢失其中的记录，未写入任何文件。如确认放弃这些记录，请加 --force 再运行。",
  // role (the writer's role corrections)
  "usage.role": "<文件> [--paragraph <段号> (--role <角色> | --clear)]",
  "role.summary": "更正某一段的角色（如把一行设为一级标题），保存在文档中（与 Word 加载项相同）",
  "role.description":
    "程序把某段读错时（例如把小标题读成正文），用它指定这一段的角色：题目、单位全称、单位简介、一级至三级标题、正文、图注或不处理。更正保存在文档中（与 Word 加载项的“结构”视图保存的位置相同），按段落内容跟随该段；check、format、fix、outline 和 Word 加载项都按更正后的结构工作。段号与 outline、check --json 相同。不加选项时列出已保存的更正。",
  "role.arg.input": "要更正的 .docx/.docm/.dotx 文件",
  "role.option.paragraph": "段号（从 1 起，见 case-report outline）",
  "role.option.role":
    "角色（id 或名称）：title（题目）、unitLine（单位全称）、unitIntro（单位简介）、heading1–heading3（一级至三级标题）、body（正文）、caption（图注）、other（不处理）",
  "role.option.clear": "取消这一段的更正，恢复程序自动识别",
  "role.option.force": "文档中保存选择的部件已损坏时，放弃其中无法读取的记录并写入",
  "role.helpAfter": `
安全措施：只改动文档中保存选择的自定义 XML 部件；写出前重新读取并核对每段文字和保存的选择；先写临时文件再改名。

退出状态：0 完成；2 无法读取、段号或角色无效，或无法写入。

示例：
  case-report outline 报告.docx
  case-report role 报告.docx --paragraph 12 --role heading1
  case-report role 报告.docx --paragraph 12 --clear
  case-report role 报告.docx`,
  "role.needRole": "请用 --role 指定角色，或用 --clear 取消更正。可用的角色：{list}。",
  "role.needParagraph": "请用 --paragraph 指定段号（见 case-report outline {input}）。",
  "role.both": "--role 与 --clear 只能用一个。",
  "role.unknownRole": "未知的角色“{role}”。可用的角色：{list}。",
  "role.badParagraph":
    "段号“{value}”无效：文档共 {count} 段，请给出 1 到 {count} 之间的整数（见 case-report outline {input}）。",
  "role.notCorrectable":
    "第 {paragraph} 段是{what}，不能设置角色。请选择有文字、不在表格和申报书中的段落（见 case-report outline {input}）。",
  "role.what.empty": "空段",
  "role.name.other": "不处理",
  "role.what.table": "表格中的段落",
  "role.what.form": "申报书中的段落",
  "role.notSaved": "  第 {paragraph} 段原本没有更正，无需取消。",
  "role.current": "{input} 中保存的结构更正：",
  "role.none": "  （没有）",
  "role.item": "  第 {paragraph} 段 → {role}：「{quote}」",
  "role.itemGone": "  {key} → {role}（该段文字已改动或已删除，此更正不再生效）",
  "role.now": "第 {paragraph} 段现在读作：{role}（{section}）「{quote}」",
  // outline
  "usage.outline": "[--json] <文件或文件夹...>",
  "outline.summary": "列出程序如何读取文档：每段的角色、标题级别和所属部分",
  "outline.description":
    "按文档顺序列出每一段（含表格中的段落）被识别成的角色（题目、单位全称、单位简介、一级至三级标题、正文、图注、目录……）、标题级别和所属部分。段落编号与 check --json 相同。检查、排版和 Word 加载项都按这一识别结果工作。",
  "outline.arg.inputs": "要列出结构的 .docx/.docm/.dotx/.xml 文件或文件夹",
  "outline.option.json": "输出机器可读的 JSON",
  "outline.helpAfter": `
示例：
  case-report outline 报告.docx
  case-report outline 报告.docx --json > 结构.json`,
  "outline.kind.report": "案例报告",
  "outline.kind.empty": "文档为空",
  "outline.kind.noReport": "未识别到案例报告结构",
  "outline.kind.notReport": "这不是案例报告",
  "outline.role.title": "题目",
  "outline.role.unitLine": "单位全称",
  "outline.role.unitIntroHeading": "单位简介标题",
  "outline.role.unitIntro": "单位简介",
  "outline.role.heading1": "一级标题",
  "outline.role.heading2": "二级标题",
  "outline.role.heading3": "三级标题",
  "outline.role.heading4": "四级标题",
  "outline.role.body": "正文",
  "outline.role.caption": "图注",
  "outline.role.picture": "图片",
  "outline.role.tableText": "表格",
  "outline.role.formField": "申报书",
  "outline.role.attachmentHeading": "附件标题",
  "outline.role.attachment": "附件",
  "outline.role.toc": "目录",
  "outline.role.empty": "空段",
  "outline.role.other": "其他",
  "outline.corrected": "  （已更正）",
  "outline.section.front": "题目部分",
  "outline.section.unitIntro": "单位简介",
  "outline.section.background": "实施背景",
  "outline.section.practice": "主要做法",
  "outline.section.effect": "实施效果",
  "outline.section.bodyOther": "正文其他",
  "outline.section.attachment": "附件",
  "outline.section.form": "申报书",
  "outline.section.none": "—",
} as const;

/** Entries of the "cli" namespace (keys without the "cli." prefix). */
export type CliEntry = keyof typeof cli;
