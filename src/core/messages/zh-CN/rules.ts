/**
 * @fileoverview Rule and checklist strings, zh-CN (the product's first locale): the "rules"
 * namespace (entry "<rule id>.<messageId>" and "<rule id>.title", looked up as
 * "rules.title-length.tooLong") and the "checklist" namespace (count labels and category
 * titles). Every finding message says what is wrong and what to do. Placeholders are `{name}`.
 * Layer: core (data only).
 */

/** Rule titles and finding messages in Simplified Chinese, keyed without the "rules." prefix. */
export const rules = {
  "report-structure.title": "报告结构与顺序",
  "report-structure.missingPart":
    "缺少“{part}”部分。请按 题目 → ——单位全称 → 单位简介 → 正文（实施背景、主要做法、实施效果）→ 附件 的顺序补上。",
  "report-structure.outOfOrder":
    "“{part}”的位置不对。请把它移到“{after}”之后，保持 题目 → 单位全称 → 单位简介 → 实施背景 → 主要做法 → 实施效果 → 附件 的顺序。",

  "unit-line.title": "单位全称行",
  "unit-line.missing": "题目下方缺少单位全称行。请在题目下一行写“{dash}单位全称”。",
  "unit-line.wrongDash":
    "单位全称前的“{found}”不是中文破折号。请改为“{dash}”（两个 U+2014 字符，中文输入法下 Shift+减号）。",
  "unit-line.missingDash": "单位全称前缺少破折号。请在行首加上“{dash}”。",
  "unit-line.notFullName":
    "“{name}”不像单位全称。单位全称一般以“公司”“分公司”“中心支公司”“研究院”“协会”等结尾，请写营业执照或登记证书上的全称，不用简称或品牌名。",
  "unit-line.missingName": "破折号后没有单位名称。请在“{dash}”后写单位全称（不用简称）。",

  "title-length.title": "题目字数",
  "title-length.tooLong": "题目 {count} 字，超过 {max} 字。请精简到 {max} 字以内。",
  "title-length.multipleSentences": "题目含 {count} 句话。题目应为一句话，请删去或合并多余的句子。",

  "unit-intro-length.title": "单位简介字数",
  "unit-intro-length.tooShort":
    "单位简介 {count} 字，少于 {min} 字（要求 {min}–{max} 字，不含标题）。请补充行业、地区、性质、成立时间、主营业务、规模、业绩、地位和荣誉等内容。",
  "unit-intro-length.tooLong":
    "单位简介 {count} 字，超过 {max} 字（要求 {min}–{max} 字，不含标题）。请删减到 {max} 字以内。",

  "body-length.title": "正文字数与三部分",
  "body-length.tooShort": "正文 {count} 字，少于 {min} 字。请充实实施背景、主要做法和实施效果。",
  "body-length.missingPart":
    "正文缺少“{part}”部分。正文应由实施背景、主要做法、实施效果三部分组成，请以一级标题补上。",

  "practice-share.title": "主要做法篇幅",
  "practice-share.tooShort":
    "主要做法 {practice} 字，少于 {min} 字（占正文 {body} 字的 {share}%）。请重点展开具体做法。",
  "practice-share.shareTooLow":
    "主要做法 {practice} 字，占正文 {body} 字的 {share}%，低于 {minShare}%。请扩充主要做法，或压缩实施背景和实施效果。",

  "first-person.title": "第三人称",
  "first-person.quoted":
    "引语或问答中的“{word}”是第一人称。引用原话可以保留；如是叙述，请改用单位简称。",
  "first-person.firstPerson":
    "“{word}”是第一人称。通知要求不以“我们”等第一人称叙述，请改用单位简称。",

  "heading-levels.title": "标题层级与序号",
  "heading-levels.tooDeep":
    "标题“{name}”是第 {level} 级，超过 {max} 级。请并入上一级标题或改为正文。",
  "heading-levels.wrongMarker":
    "第 {level} 级标题序号“{marker}”格式不对，应为“{expected}”。（一）后不加顿号，阿拉伯数字后用下脚点“.”。",
  "heading-levels.missingMarker": "第 {level} 级标题没有序号。请按“{example}”的格式编号。",
  "heading-levels.ordinalRepeated": "标题序号“{marker}”与上一个同级标题重复。请按顺序重新编号。",
  "heading-levels.ordinalSkipped": "标题序号“{marker}”不连续，此处应为“{expected}”。请按顺序编号。",
  "heading-levels.orphan":
    "第 {level} 级标题“{name}”前没有第 {parent} 级标题。请把它放到相应的上级标题下。",

  "role-format.title": "字体、字号与行距",
  "role-format.fontWrong":
    "{role}的中文字体为“{found}”，应为“{required}”。请用“一键排版”或把中文字体改为{required}。",
  "role-format.fontLookAlike":
    "{role}的中文字体为“{found}”，外观相近，但不是要求的“{required}”。请把中文字体改为{required}。注意：Windows XP 以后的系统不再自带楷体_GB2312、仿宋_GB2312，本机没有该字体时 Word 会用相近字体显示，但只要文件中写的是“{required}”就符合要求。",
  "role-format.fontMissing": "{role}没有设置中文字体，应为“{required}”。请用“一键排版”设置。",
  "role-format.fontTheme":
    "{role}的中文字体由主题决定（“{found}”），不是直接设置的“{required}”，换主题或换电脑后会变。请用“一键排版”设置为{required}。",
  "role-format.fontThemeUnnamed":
    "{role}的中文字体由主题决定，不是直接设置的“{required}”，换主题或换电脑后会变。请用“一键排版”设置为{required}。",
  "role-format.sizeWrong": "{role}字号为 {found}，应为 {required}。请用“一键排版”或改字号。",
  "role-format.boldMissing": "{role}应加粗。请用“一键排版”或设为加粗。",
  "role-format.boldUnexpected": "{role}不应加粗。请用“一键排版”或取消加粗。",
  "role-format.alignmentWrong": "{role}为{found}，应为{required}。请用“一键排版”或改对齐方式。",
  "role-format.spacingWrong":
    "{role}行距为{found}，应为{required}（必须是“固定值”，多倍行距或最小值即使磅数相同也不符合）。请用“一键排版”或在段落设置中改为固定值。",

  "page-setup.title": "页面 A4 纵向",
  "page-setup.wrongSize":
    "第 {section} 节纸张为 {width}×{height} 毫米，应为 {paper}（{requiredWidth}×{requiredHeight} 毫米）纵向。请用“一键排版”，或在 布局 → 纸张大小 中选 {paper}。",
  "page-setup.wrongOrientation":
    "第 {section} 节为横向，应为 {paper} 纵向。请用“一键排版”，或在 布局 → 纸张方向 中选纵向。",
  "page-setup.unknownSize":
    "第 {section} 节没有设置纸张大小，不同电脑上可能不是 {paper}。请用“一键排版”设为 {paper} 纵向。",

  "picture-count.title": "工作场景照片数量",
  "picture-count.tooFew":
    "报告中有 {count} 张图片，少于 {min} 张。请插入至少 {min} 张工作场景照片。",

  "picture-resolution.title": "照片分辨率",
  "picture-resolution.lowDpi":
    "第 {picture} 张图片（{name}）实际分辨率约 {dpi} dpi（{pixelWidth} 像素宽，显示 {widthCm} 厘米），低于 {min} dpi。请换用更清晰的原图，或缩小显示尺寸。注意：Word 默认保存时把图片压缩到 220 ppi，请先在 文件 → 选项 → 高级 中勾选“不压缩文件中的图像”，再重新插入原图。",
  "picture-resolution.notEmbedded":
    "第 {picture} 张图片（{name}）没有存在文档里（链接到文档外的文件，或已丢失）：提交的文档中它不会显示，也无法检查分辨率。请删除它，用“插入 → 图片”重新插入（不要选“链接到文件”）。",
  "picture-resolution.notCheckable":
    "第 {picture} 张图片（{name}）读不出像素尺寸，无法检查分辨率。请确认原图不低于 300 dpi。",

  "title-names.title": "题目不含单位名称和人名",
  "title-names.unitName":
    "题目中出现了申报单位名称“{name}”（单位全称：{unit}）。题目中不要出现申报单位名称，请改用概括案例内容和特色的说法。",
  "title-names.creatorName":
    "题目中出现了案例参与人姓名“{name}”。题目中不要出现参与人姓名，请删去。",

  "effect-data.title": "实施效果的数据",
  "effect-data.tooFewFigures":
    "实施效果中只有 {count} 个数据（已有：{found}），少于 {min} 个。评审看重定量效果，请补充参数和指标数据：数量（如排查隐患 120 处）、百分比（如整改率 98%）、金额（如节约费用 35 万元）和前后对比（如同比下降 30%，事故由 12 起降至 3 起）。",

  "punctuation.title": "标点符号",
  "punctuation.halfWidth": "中文里用了半角「{found}」，应为全角「{replacement}」。请改正。",
  "punctuation.halfWidthBracket":
    "括号内是中文，却用了半角括号“{found}”，应为全角括号{replacement}。请改正。",
  "punctuation.mixedBracket":
    "括号全角、半角混用（“{found}”），应统一为全角“{replacement}”。请改正。",
  "punctuation.ellipsis":
    "省略号「{found}」不规范，应为「{replacement}」（两个“…”，六个点）。请改正。",
  "punctuation.dash": "破折号「{found}」不规范，应为「{replacement}」（两个 U+2014）。请改正。",
  "punctuation.dashSingle":
    "此处只有一个“—”。如果是破折号，应为“{replacement}”，请改正；如果表示起止范围（如 北京—上海），可忽略此项。",
  "punctuation.dateRange":
    "日期起止用了“{found}”，按 GB/T 15834 应为一字线“{replacement}”（如 2023年3月—2023年10月）。请改正。",
  "punctuation.doubled": "标点「{found}」重复，应为「{replacement}」。请删去多余的标点。",

  "figure-table-count.title": "图、表数量",
  "figure-table-count.tooManyFigures":
    "报告中有 {count} 幅图，多于 {max} 幅。图、表不宜过多，请保留最能说明问题的图片。",
  "figure-table-count.tooManyTables":
    "报告中有 {count} 个表格，多于 {max} 个。图、表不宜过多，请合并或删减表格。",

  "privacy.title": "个人隐私",
  "privacy.mobile": "报告正文中有手机号码（{value}）。请删去或隐去，保护个人隐私。",
  "privacy.landline": "报告正文中有电话号码（{value}）。如非必要，请删去或隐去。",
  "privacy.idNumber": "报告正文中有身份证号码（{value}）。请删去，保护个人隐私。",
  "privacy.email": "报告正文中有电子邮箱（{value}）。如非必要，请删去或隐去。",
  "privacy.bankCard": "报告正文中有银行卡号（{value}）。请删去，保护个人隐私和商业秘密。",

  "cjk-marks-font.title": "中文标点的字体",
  "cjk-marks-font.latinFont":
    "「{marks}」会以西文字体“{font}”显示（这些标点没有标记为中文），宽度和样式与中文标点不同。请用“一键排版”；或选中这些标点，在 字体 对话框中把西文字体也设为中文字体。",

  "form-required-fields.title": "申报书必填项",
  "form-required-fields.empty": "申报书的“{label}”还没有填写。请在该栏填写。",
  "form-required-fields.missingField":
    "申报书中找不到“{label}”一栏。请使用附件一的申报书样式，补上这一栏并填写。",
  "form-required-fields.selfApplication":
    "“{label}”未填写：自行申报的可以不填，推荐意见也无需填写；如由推荐单位组织报送或专家推荐，请填写推荐单位或专家，并由其填写推荐意见、在纸质版上盖章或签字。",
  "form-required-fields.opinionMissing":
    "已填写推荐单位或推荐专家（{recommender}），但“{label}”为空。请由推荐单位或专家审核后填写推荐意见，并在纸质版上盖章或签字。",

  "form-period.title": "案例实施周期",
  "form-period.unparseable":
    "案例实施周期“{found}”无法识别为起止年月。请按“{example}”的格式填写开始和结束时间，具体到月份。",
  "form-period.noEnd":
    "案例实施周期“{found}”缺少结束时间。请写明开始和结束年月，例如“{example}”；尚未结束的，请写到申报时的月份。",
  "form-period.missingMonth":
    "案例实施周期“{found}”没有写到月份。请按“{example}”的格式具体到月份。",
  "form-period.invalidMonth":
    "案例实施周期“{found}”中的月份不在 1–12 之间。请改为正确的月份，例如“{example}”。",
  "form-period.wrongSeparator":
    "案例实施周期中的“{separator}”应为一字线“—”（一个 U+2014）。请改为“{normalized}”。",
  "form-period.numericDate": "案例实施周期“{found}”请用“年”“月”书写，应为“{normalized}”。",
  "form-period.endBeforeStart":
    "案例实施周期“{found}”的结束时间早于开始时间。请检查并改正起止年月。",

  "form-summary-length.title": "案例简介字数",
  "form-summary-length.tooLong":
    "申报书的案例简介 {count} 字，超过 {max} 字。请精炼到 {max} 字以内，概括背景、主要做法和特点、成果与成效。",

  "form-creators.title": "创造人人数",
  "form-creators.tooManyMain":
    "主要创造人填了 {count} 人（{names}），超过 {max} 人。请只保留 {max} 人，其他人可列为参与创造人。",
  "form-creators.tooManyParticipants":
    "参与创造人填了 {count} 人（{names}），超过 {max} 人。请删减到 {max} 人以内。",
  "form-creators.listedTwice": "“{name}”同时列为主要创造人和参与创造人。请只保留在其中一栏。",

  "form-category.title": "案例类别",
  "form-category.noneTicked":
    "案例类别还没有勾选。请在 {categories} 中勾选一项（把 ☐ 改为 {box}）。",
  "form-category.multipleTicked": "案例类别勾选了 {count} 项（{names}）。请只勾选最符合的一项。",
  "form-category.otherUnexplained": "勾选了“{other}”，但没有具体说明。请在“请具体说明”后写明类别。",
  "form-category.explanationUnticked":
    "“{other}”后写了说明“{text}”，但没有勾选“{other}”。请勾选“{other}”，或删去说明。",

  "form-consistency.title": "申报书与报告一致",
  "form-consistency.caseNameDiffers":
    "申报书的案例名称“{form}”与报告题目“{report}”不一致。请把两处改为相同的名称。",
  "form-consistency.applicantDiffers":
    "申报书的申报单位全称“{form}”与报告题目下的单位全称“{report}”不一致。请统一为单位全称。",

  "form-date.title": "报送时间",
  "form-date.unparseable": "报送时间“{found}”无法识别为日期。请按“2023年10月20日”的格式填写。",
  "form-date.incomplete":
    "报送时间“{found}”不完整。请写全年、月、日（年份写四位），且不晚于 {deadline}。",
  "form-date.invalid": "报送时间“{found}”不是有效日期。请改为正确的日期。",
  "form-date.afterDeadline":
    "报送时间 {date} 晚于申报截止日期 {deadline}。请在截止日期前报送，并据实填写报送时间。",

  "rule-crashed.title": "检查程序出错",
  "rule-crashed.crashed":
    "检查项“{rule}”运行出错（{error}），其结果未显示。其他检查不受影响；请反馈此问题。",
};

/** Checklist labels in Simplified Chinese, keyed without the "checklist." prefix. */
export const checklist = {
  "count.title": "题目",
  "count.unitIntro": "单位简介",
  "count.body": "正文",
  "count.practice": "主要做法",
  "count.practiceShare": "主要做法占正文",
  "count.effect": "实施效果",
  "count.background": "实施背景",
  "tally.figures": "图",
  "tally.tables": "表",
  "tally.pictures": "照片",
  "hand.unitIntroContent":
    "单位简介写明所属行业、地区、产权性质、成立时间、主要业务、规模、效益、行业地位及所获荣誉",
  "hand.effectQualitative": "实施效果定量与定性相结合，体现管理效益、经济效益和社会效益",
  "hand.attachments": "附件（可选）：获奖证书、专利证书、鉴定证书、感谢信等证明材料的复印件",
  "hand.figuresNecessary": "辅以必要的实例、数据和图表，图、表不宜过多",
  "hand.wording":
    "行文实事求是、观点正确、主题突出、内容充实、层次清晰、表达完整、文理通顺、标点规范",
  "hand.photoFiles":
    "每张工作场景照片另以文件提供，文件名为照片的简要说明；图片形式的图表另存为 JPG，文件名为图片的简要说明",
  "hand.privacy": "已保护有关主体的行政机密、商业秘密和个人隐私（人名、电话、证件号等）",
  "hand.wordAndPdf": "电子版 Word 和 PDF 各一份，发送至指定邮箱",
  "hand.stampedCopy": "纸质版案例申报书和案例报告各一份，加盖公章，在截止日期前寄出",
  "hand.truth": "真实性：真实具体，有过程和做法，有数据支持，杜绝虚构和夸大",
  "hand.compliance":
    "合规性：符合《安全生产法》《保险法》、《安全生产责任保险实施办法》和《安全生产责任保险事故预防技术服务规范》（AQ 9010-2019）等",
  "hand.advanced":
    "先进性：引领预防服务方向，或在组织方式、治理理念、工具技术上有突破创新，或可持续开展",
  "hand.promotable": "可推广性：在特定服务场景中有代表性，易于复制和推广",
  "hand.effective": "实效性：问题导向，对企业风险减量有效果，投保企业有获得感和满意度，有数据支持",
  "category.structure": "结构",
  "category.counts": "字数",
  "category.person": "人称",
  "category.headings": "标题",
  "category.format": "格式",
  "category.page": "页面",
  "category.pictures": "图片",
  "category.form": "申报书",
  "status.failed": "未通过",
  "status.passed": "已通过",
  "status.notApplicable": "不适用",
  "notApplicable.emptyDocument": "文档为空，无可检查的内容",
  "notApplicable.noForm": "文档中没有申报书",
  "notApplicable.noTitle": "未找到题目",
  "notApplicable.noUnitIntro": "未找到单位简介",
  "notApplicable.noPractice": "未找到主要做法",
  "notApplicable.noEffect": "未找到实施效果",
  "notApplicable.titleUnfilled": "题目未填写",
  "notApplicable.unitLineUnfilled": "单位全称未填写",
  "notApplicable.unitIntroUnfilled": "单位简介未填写",
  "notApplicable.bodyUnfilled": "正文未填写",
  "notApplicable.practiceUnfilled": "主要做法未填写",
  "notApplicable.effectUnfilled": "实施效果未填写",
  "notApplicable.noFormattedText": "未找到需排版的段落",
  "notApplicable.noPictures": "报告中没有图片",
  "notApplicable.formOnly": "文档只有申报书，未含案例报告",
  "notApplicable.notReport": "这不是案例报告，不按案例报告检查",
  "documentKind.empty": "文档为空，请先插入模板",
  "documentKind.noReport": "未识别到案例报告结构",
  "documentKind.notReport":
    "这看起来不是案例报告（没有“——单位全称”、单位简介，也没有实施背景、主要做法、实施效果），因此不按案例报告检查",
};
