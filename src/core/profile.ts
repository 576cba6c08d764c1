/**
 * @fileoverview A profile: every number, font, size, spacing, word list and date of one
 * published format spec, as data (requirements.md §D). The 2023 case-report profile is
 * `PROFILE_2023`; a later notice is a new profile object, not new code. Layer: core.
 */
import type { Alignment, LineSpacing } from "./model";

/** Paragraph roles that one-click formatting gives a style to (R1, R11, R14–R19). */
export type FormattedRole =
  | "title"
  | "unitLine"
  | "unitIntroHeading"
  | "unitIntro"
  | "heading1"
  | "heading2"
  | "heading3"
  | "body"
  | "attachmentHeading"
  | "attachment";

/** The style the profile prescribes for one role. */
export interface RoleStyle {
  /** OOXML `w:styleId` of our style (ASCII, no spaces: office-js#3728). */
  styleId: string;
  /** `w:name` of our style, shown in Word's style gallery and used with `paragraph.style = name`. */
  styleName: string;
  /** Required East Asian font (`w:rFonts/@w:eastAsia`), e.g. "楷体_GB2312". */
  eastAsia: string;
  /** Latin font written to `w:ascii`/`w:hAnsi` (the notice names none; 公文 practice is Times New Roman). */
  latin: string;
  /** 字号 name, e.g. "小三". */
  zihao: string;
  /** Size in half-points (`w:sz`); 小三 15 pt = 30. */
  sz: number;
  bold: boolean;
  /** Required alignment, or null when the notice prescribes none (then the style uses `both`, not checked). */
  alignment: Alignment | null;
  /** Alignment our style writes (equals `alignment` when prescribed). */
  styleAlignment: Alignment;
  /** Required line spacing, or null when not prescribed (then `styleSpacing` is written but not checked). */
  spacing: LineSpacing | null;
  styleSpacing: LineSpacing;
  /** First-line indent in hundredths of a character (`w:firstLineChars`), 0 for none. Written, not checked. */
  firstLineChars: number;
  /** `w:outlineLvl` (0-based) for headings so the navigation pane shows them; null for body text. */
  outlineLevel: number | null;
  /** Requirement ids this style serves. */
  requirementIds: string[];
}

/** A count bound in 字 (R34 counting) or a share. */
export interface CountBounds {
  min?: number;
  max?: number;
}

/** Heading ordinal pattern for one level (R11). */
export interface HeadingLevelSpec {
  level: 1 | 2 | 3;
  /** Human form, e.g. "一、", "（一）", "1.". */
  example: string;
  /** Ordinal kind: Chinese numerals or Arabic digits. */
  ordinal: "chinese" | "arabic";
  /** Text before the ordinal ("" or "（"). */
  prefix: string;
  /** Text after the ordinal ("、", "）", "."). */
  suffix: string;
}

/** Keys of the fields of the 申报书 (附件一, R27), in the order of the form. */
export type FormFieldKey =
  | "caseName"
  | "applicant"
  | "recommender"
  | "submissionDate"
  | "category"
  | "period"
  | "summary"
  | "honours"
  | "mainCreators"
  | "participants"
  | "recommendOpinion"
  | "recommendSeal"
  | "recommendHead"
  | "contactPerson"
  | "department"
  | "position"
  | "officePhone"
  | "mobile"
  | "email";

/**
 * How a 申报书 field must be filled (R27): `required` — empty is an error; `expected` — empty is
 * a warning (the notice asks for it without saying it is compulsory); `recommendation` — only
 * for an application through a 推荐单位 or 推荐专家 (a self-application leaves it empty, info);
 * `handwritten` — a seal or signature made on the paper copy, never checked; `optional` — "如无，
 * 可不填".
 */
export type FormFieldNeed = "required" | "expected" | "recommendation" | "handwritten" | "optional";

/**
 * One field of the 申报书. `layout` says how the template draws it: `line` — label cell and one
 * value cell across the row; `tall` — the same with a minimum row height (`minHeight`, twips);
 * `date` — a line whose value cell holds `FormProfile.dateBlank`; `category` — a line whose value
 * cell holds one box paragraph per category; `pair` — a label/value pair of a contact row
 * (`FormProfile.pairsPerRow` pairs per row).
 */
export interface FormFieldSpec {
  key: FormFieldKey;
  /** The label as printed on the form. */
  label: string;
  /** Other spellings of the label found in filled-in forms (matched like the label). */
  aliases: string[];
  need: FormFieldNeed;
  /** Number of the note (注N) that explains the field, shown as a superscript; null for none. */
  note: number | null;
  layout: "line" | "tall" | "date" | "category" | "pair";
  /** Minimum row height in twips (`w:trHeight` atLeast); 0 = as high as the text. */
  minHeight: number;
}

/** The 申报书 (附件一) as data: labels, categories, notes and how the template looks (R27–R33). */
export interface FormProfile {
  /** The form's title, e.g. "2023年全国安全生产责任保险事故预防服务案例申报书". */
  title: string;
  /** Every field in form order (contact pairs last). */
  fields: FormFieldSpec[];
  /** Label/value pairs per contact row. */
  pairsPerRow: number;
  /** The 案例类别 choices in form order; the last is {@link FormProfile.otherCategory}. */
  categories: string[];
  /** The category that needs an explanation (R31). */
  otherCategory: string;
  /** Text after the 其他 box that asks for the explanation. */
  otherPrompt: string;
  /** Unticked and ticked box characters the template writes (U+2610, U+2611). */
  boxEmpty: string;
  boxTicked: string;
  /**
   * Characters read as a ticked box: ☑ ☒ ✓ ✔ √ ■ ▣ ⊠, and the private-use code points Word
   * stores for Wingdings/Wingdings 2 check boxes inserted as symbols (`w:sym`: F0FE, F0FD, F0FC,
   * F052, F053, F054).
   */
  tickedMarks: string[];
  /** Characters read as an empty box: ☐ □ ▢ and the Wingdings/Wingdings 2 PUA code points F0A8, F06F, F0A3. */
  untickedMarks: string[];
  /** The blank date of 报送时间 in the template (underscores are blanks, R33). */
  dateBlank: string;
  /** The range dash of 案例实施周期: 一字线 U+2014 once (GB/T 15834, facts §4.2; R28). */
  rangeDash: string;
  /** Heading line of the notes. */
  notesHeading: string;
  /**
   * The notes 注1–注N, written in our words after the notice; placeholders `{summaryMax}`,
   * `{mainMax}`, `{participantsMax}` and `{periodExample}` are filled from the profile.
   */
  notes: string[];
  /** Most 主要创造人 and 参与创造人 (R30). */
  creators: { main: number; participants: number };
  /**
   * Look of the form (not prescribed by the notice; interpretation): the title like the report's
   * title (黑体 小二, centred, R14), cells and notes in 宋体; sizes in half-points.
   */
  style: {
    titleEastAsia: string;
    titleSz: number;
    cellEastAsia: string;
    cellSz: number;
    labelBold: boolean;
    noteSz: number;
    latin: string;
  };
}

/** The 2023 case-report profile shape. */
export interface Profile {
  id: string;
  name: string;
  /** Clause reference of the source notice. */
  source: string;
  roles: Record<FormattedRole, RoleStyle>;
  bounds: {
    /** 题目 字数 (R2). */
    title: CountBounds;
    /** 单位简介 字数, heading excluded (R5). */
    unitIntro: CountBounds;
    /** 正文 字数 (R6). */
    body: CountBounds;
    /** 主要做法 字数 (R7). */
    practice: CountBounds;
    /** 主要做法 share of 正文, 0–1 (R7). */
    practiceShare: CountBounds;
    /** 案例简介 in the 申报书 (R29). */
    formSummary: CountBounds;
  };
  /** Page: A4 portrait in twips (R13). */
  page: { width: number; height: number; orientation: "portrait" | "landscape"; name: string };
  /** Heading levels, deepest allowed = length (R11). */
  headingLevels: HeadingLevelSpec[];
  /** Keywords that name the three parts of 正文 (R6), the intro and the attachment part (R1). */
  sectionKeywords: {
    unitIntro: string[];
    background: string[];
    practice: string[];
    effect: string[];
    attachment: string[];
  };
  /** First-person words (R10); matched as substrings of the text outside quotation marks. */
  firstPersonWords: string[];
  /** The dash that introduces the unit line: "——" (two U+2014) (R4). */
  unitLineDash: string;
  /**
   * The brackets of the template's placeholders ("【在此输入案例题目，20字以内】"): the template writes
   * them, and a paragraph that holds nothing but placeholders (after a heading marker, list number
   * or the unit line's dash) is 未填写 — 0 字, never content a rule passes (`placeholder.ts`,
   * issue 9). `open` and `close` are single characters that never occur inside a placeholder.
   */
  placeholder: { open: string; close: string };
  /**
   * Endings of a unit's full legal name (公司, 分公司, 中心支公司, 研究院, 协会 …): a unit line
   * whose name ends otherwise ("——平安产险", a brand or short name) is a finding with a hint (R4,
   * issue 8). A trailing bracket ("（盖章）") is ignored.
   */
  unitNameSuffixes: string[];
  /** Pictures (R21, R22). */
  pictures: { minCount: number; minDpi: number };
  /** Submission deadline, ISO date (R33). */
  deadline: string;
  /** Font names that look like a required one but are not it: required → look-alikes (warning, not pass). */
  fontLookAlikes: Record<string, string[]>;
  /** Font names that are the same font under another name: required → aliases (pass). */
  fontAliases: Record<string, string[]>;
  /**
   * 实施效果 data (R8): fewer than `minFigures` distinct figures (numbers other than dates) is a
   * warning; `comparisonWords` mark a before/after comparison (同比, 下降, 由…降至 …).
   */
  effectData: { minFigures: number; comparisonWords: string[] };
  /** Figures and tables in the report (R12): more than these is an info finding ("图、表不宜过多"). */
  figureTableMax: { figures: number; tables: number };
  /**
   * First-cell labels of the 申报书 form's tables (R24, R27): a table whose first cell is one of
   * these is the form, not the report body, and is skipped by the report's content rules.
   */
  formTableLabels: string[];
  /**
   * Heading words of documents that are not case reports — theses (摘要, 参考文献, 致谢 …),
   * grant forms (立项依据, 研究内容 …), bid files (投标人须知, 评标办法 …), manuals (操作步骤,
   * 故障排除 …), notices (特此通知 …). A document with none of a report's parts and lines that
   * start with two or more of these is "not a case report" (issue 8; `documentKindOf`).
   */
  otherDocumentHeadings: string[];
  /** Title endings of documents that are not case reports (…通知, …承诺书, …说明书 …; issue 8). */
  otherDocumentTitles: string[];
  /** The 申报书 form of 附件一 (R27–R33). */
  form: FormProfile;
}

const EXACT_26 = { line: 520, lineRule: "exact" } as const;
const EXACT_22 = { line: 440, lineRule: "exact" } as const;
const LATIN = "Times New Roman";

/**
 * The 2023 national call for 安全生产责任保险事故预防服务 case reports
 * (中国企联业字〔2023〕17号, 附件二 四(四)). Sizes: 小二 18 pt = 36, 小三 15 pt = 30, 小四 12 pt = 24
 * half-points. Line spacing exactly 22 pt = 440 twips, 26 pt = 520 twips.
 */
export const PROFILE_2023: Profile = {
  id: "case-report-2023",
  name: "2023年全国安全生产责任保险事故预防服务案例报告",
  source: "中国企联业字〔2023〕17号 附件二",
  roles: {
    title: {
      styleId: "CRTitle",
      styleName: "案例-题目",
      eastAsia: "黑体",
      latin: LATIN,
      zihao: "小二",
      sz: 36,
      bold: false,
      alignment: "center",
      styleAlignment: "center",
      spacing: null,
      styleSpacing: EXACT_26,
      firstLineChars: 0,
      outlineLevel: null,
      requirementIds: ["R14"],
    },
    unitLine: {
      styleId: "CRUnit",
      styleName: "案例-单位全称",
      eastAsia: "楷体_GB2312",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: false,
      alignment: "center",
      styleAlignment: "center",
      spacing: null,
      styleSpacing: EXACT_26,
      firstLineChars: 0,
      outlineLevel: null,
      requirementIds: ["R4", "R15"],
    },
    unitIntroHeading: {
      styleId: "CRIntroHeading",
      styleName: "案例-简介标题",
      eastAsia: "黑体",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: false,
      alignment: null,
      styleAlignment: "left",
      spacing: null,
      styleSpacing: EXACT_26,
      firstLineChars: 0,
      outlineLevel: 0,
      requirementIds: ["R5"],
    },
    unitIntro: {
      styleId: "CRIntro",
      styleName: "案例-单位简介",
      eastAsia: "楷体_GB2312",
      latin: LATIN,
      zihao: "小四",
      sz: 24,
      bold: false,
      alignment: null,
      styleAlignment: "both",
      spacing: EXACT_22,
      styleSpacing: EXACT_22,
      firstLineChars: 200,
      outlineLevel: null,
      requirementIds: ["R16"],
    },
    heading1: {
      styleId: "CRHeading1",
      styleName: "案例-一级标题",
      eastAsia: "黑体",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: false,
      alignment: null,
      styleAlignment: "left",
      spacing: EXACT_26,
      styleSpacing: EXACT_26,
      firstLineChars: 200,
      outlineLevel: 0,
      requirementIds: ["R17"],
    },
    heading2: {
      styleId: "CRHeading2",
      styleName: "案例-二级标题",
      eastAsia: "楷体_GB2312",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: true,
      alignment: null,
      styleAlignment: "left",
      spacing: EXACT_26,
      styleSpacing: EXACT_26,
      firstLineChars: 200,
      outlineLevel: 1,
      requirementIds: ["R18"],
    },
    heading3: {
      styleId: "CRHeading3",
      styleName: "案例-三级标题",
      eastAsia: "楷体_GB2312",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: true,
      alignment: null,
      styleAlignment: "left",
      spacing: EXACT_26,
      styleSpacing: EXACT_26,
      firstLineChars: 200,
      outlineLevel: 2,
      requirementIds: ["R18"],
    },
    body: {
      styleId: "CRBody",
      styleName: "案例-正文",
      eastAsia: "宋体",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: false,
      alignment: null,
      styleAlignment: "both",
      spacing: EXACT_26,
      styleSpacing: EXACT_26,
      firstLineChars: 200,
      outlineLevel: null,
      requirementIds: ["R19"],
    },
    attachmentHeading: {
      styleId: "CRAttachHeading",
      styleName: "案例-附件标题",
      eastAsia: "黑体",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: false,
      alignment: null,
      styleAlignment: "left",
      spacing: null,
      styleSpacing: EXACT_26,
      firstLineChars: 0,
      outlineLevel: 0,
      requirementIds: ["R1", "R9"],
    },
    attachment: {
      styleId: "CRAttachment",
      styleName: "案例-附件",
      eastAsia: "宋体",
      latin: LATIN,
      zihao: "小三",
      sz: 30,
      bold: false,
      alignment: null,
      styleAlignment: "both",
      spacing: null,
      styleSpacing: EXACT_26,
      firstLineChars: 200,
      outlineLevel: null,
      requirementIds: ["R9"],
    },
  },
  bounds: {
    title: { max: 20 },
    unitIntro: { min: 300, max: 400 },
    body: { min: 3000 },
    practice: { min: 2000 },
    practiceShare: { min: 0.7 },
    formSummary: { max: 800 },
  },
  page: { width: 11906, height: 16838, orientation: "portrait", name: "A4" },
  headingLevels: [
    { level: 1, example: "一、", ordinal: "chinese", prefix: "", suffix: "、" },
    { level: 2, example: "（一）", ordinal: "chinese", prefix: "（", suffix: "）" },
    { level: 3, example: "1.", ordinal: "arabic", prefix: "", suffix: "." },
  ],
  sectionKeywords: {
    unitIntro: ["单位简介", "企业简介", "公司简介"],
    background: [
      "实施背景",
      "案例背景",
      "项目背景",
      "背景与起因",
      "背景及起因",
      "背景与问题",
      "实施起因",
      "背景",
    ],
    practice: [
      "主要做法",
      "具体做法",
      "主要措施",
      "具体措施",
      "主要举措",
      "工作措施",
      "经验做法",
      "做法与措施",
      "做法",
      "措施",
    ],
    effect: [
      "实施效果",
      "实施成效",
      "取得成效",
      "主要成效",
      "工作成效",
      "取得效果",
      "效果与成效",
      "效果",
      "成效",
    ],
    attachment: ["附件"],
  },
  firstPersonWords: [
    "我们",
    "我单位",
    "我司",
    "我公司",
    "我院",
    "我局",
    "我方",
    "我部",
    "我中心",
    "我所",
    "我行",
    "我处",
    "我厅",
    "我委",
    "我会",
    "我社",
    "我站",
    "我校",
    "本公司",
    "本单位",
    "本人",
    "咱们",
  ],
  unitLineDash: "——",
  placeholder: { open: "【", close: "】" },
  unitNameSuffixes: [
    "公司",
    "营业部",
    "集团",
    "研究院",
    "研究所",
    "设计院",
    "协会",
    "学会",
    "商会",
    "联合会",
    "事务所",
    "中心",
    "委员会",
    "大学",
    "学院",
    "医院",
    "银行",
    "分行",
    "支行",
    "合作社",
    "局",
    "厅",
    "站",
    "院",
    "所",
  ],
  pictures: { minCount: 2, minDpi: 300 },
  deadline: "2023-10-31",
  fontLookAlikes: {
    楷体_GB2312: [
      "楷体",
      "KaiTi",
      "华文楷体",
      "STKaiti",
      "方正楷体_GBK",
      "方正楷体简体",
      "楷体-简",
    ],
    宋体: ["新宋体", "NSimSun", "华文宋体", "STSong", "宋体-简", "方正书宋_GBK"],
    黑体: ["微软雅黑", "Microsoft YaHei", "华文黑体", "STHeiti", "黑体-简", "方正黑体_GBK"],
  },
  fontAliases: {
    楷体_GB2312: ["KaiTi_GB2312"],
    宋体: ["SimSun"],
    黑体: ["SimHei"],
  },
  effectData: {
    minFigures: 3,
    comparisonWords: [
      "同比",
      "环比",
      "较上年",
      "相比",
      "下降",
      "降低",
      "减少",
      "提升",
      "提高",
      "增长",
      "增加",
      "降至",
      "升至",
      "提高到",
      "减少到",
      "下降到",
    ],
  },
  figureTableMax: { figures: 10, tables: 10 },
  formTableLabels: ["案例名称", "申报单位全称", "推荐单位联系人"],
  otherDocumentHeadings: [
    "摘要",
    "abstract",
    "关键词",
    "关键字",
    "key words",
    "keywords",
    "参考文献",
    "致谢",
    "绪论",
    "引言",
    "结论",
    "附录",
    "原创性声明",
    "版权使用授权书",
    "学位论文",
    "毕业论文",
    "研究内容",
    "研究目标",
    "研究方案",
    "研究基础",
    "立项依据",
    "项目名称",
    "申请人",
    "依托单位",
    "申请代码",
    "资助类别",
    "预算说明",
    "经费预算",
    "投标人须知",
    "投标文件",
    "招标文件",
    "评标办法",
    "合同条款",
    "技术规格",
    "技术参数",
    "采购需求",
    "报价",
    "操作步骤",
    "使用说明",
    "安装说明",
    "系统要求",
    "故障排除",
    "产品概述",
    "特此通知",
    "各有关单位",
    "承诺书",
  ],
  otherDocumentTitles: [
    "通知",
    "通知单",
    "承诺书",
    "申请书",
    "任务书",
    "说明书",
    "使用手册",
    "操作手册",
    "论文",
    "标书",
    "招标文件",
    "投标文件",
    "实施方案",
    "工作方案",
    "列表",
    "清单",
    "合同",
    "协议",
    "注意事项",
  ],
  form: {
    title: "2023年全国安全生产责任保险事故预防服务案例申报书",
    fields: [
      {
        key: "caseName",
        label: "案例名称",
        aliases: [],
        need: "required",
        note: null,
        layout: "line",
        minHeight: 0,
      },
      {
        key: "applicant",
        label: "申报单位全称",
        aliases: ["申报单位"],
        need: "required",
        note: null,
        layout: "line",
        minHeight: 0,
      },
      {
        key: "recommender",
        label: "推荐单位或推荐专家",
        aliases: ["推荐单位/推荐专家", "推荐单位"],
        need: "recommendation",
        note: null,
        layout: "line",
        minHeight: 0,
      },
      {
        key: "submissionDate",
        label: "报送时间",
        aliases: ["申报时间"],
        need: "required",
        note: null,
        layout: "date",
        minHeight: 0,
      },
      {
        key: "category",
        label: "案例类别",
        aliases: [],
        need: "required",
        note: null,
        layout: "category",
        minHeight: 0,
      },
      {
        key: "period",
        label: "案例实施周期",
        aliases: ["实施周期"],
        need: "required",
        note: 1,
        layout: "line",
        minHeight: 0,
      },
      {
        key: "summary",
        label: "案例简介",
        aliases: [],
        need: "required",
        note: 2,
        layout: "tall",
        minHeight: 5600,
      },
      {
        key: "honours",
        label: "所获荣誉或外界反馈",
        aliases: ["所获荣誉", "案例所获荣誉或外界反馈"],
        need: "optional",
        note: 3,
        layout: "tall",
        minHeight: 1400,
      },
      {
        key: "mainCreators",
        label: "主要创造人",
        aliases: [],
        need: "expected",
        note: 4,
        layout: "line",
        minHeight: 0,
      },
      {
        key: "participants",
        label: "参与创造人",
        aliases: [],
        need: "optional",
        note: 4,
        layout: "line",
        minHeight: 0,
      },
      {
        key: "recommendOpinion",
        label: "推荐单位/推荐专家意见",
        aliases: ["推荐单位或推荐专家意见", "推荐意见"],
        need: "recommendation",
        note: null,
        layout: "tall",
        minHeight: 1800,
      },
      {
        key: "recommendSeal",
        label: "推荐单位盖章/推荐专家签字",
        aliases: ["推荐单位盖章或推荐专家签字"],
        need: "handwritten",
        note: null,
        layout: "line",
        minHeight: 900,
      },
      {
        key: "recommendHead",
        label: "推荐单位负责人签字",
        aliases: [],
        need: "handwritten",
        note: null,
        layout: "line",
        minHeight: 700,
      },
      {
        key: "contactPerson",
        label: "推荐单位联系人",
        aliases: ["联系人"],
        need: "required",
        note: null,
        layout: "pair",
        minHeight: 0,
      },
      {
        key: "department",
        label: "所属部门",
        aliases: [],
        need: "required",
        note: null,
        layout: "pair",
        minHeight: 0,
      },
      {
        key: "position",
        label: "职务",
        aliases: [],
        need: "required",
        note: null,
        layout: "pair",
        minHeight: 0,
      },
      {
        key: "officePhone",
        label: "办公电话",
        aliases: [],
        need: "required",
        note: null,
        layout: "pair",
        minHeight: 0,
      },
      {
        key: "mobile",
        label: "手机",
        aliases: ["手机号码"],
        need: "required",
        note: null,
        layout: "pair",
        minHeight: 0,
      },
      {
        key: "email",
        label: "电子邮箱",
        aliases: ["邮箱"],
        need: "required",
        note: null,
        layout: "pair",
        minHeight: 0,
      },
    ],
    pairsPerRow: 3,
    categories: ["组织实施管理类", "工具技术产品类", "政策制度标准类", "专项攻关提升类", "其他"],
    otherCategory: "其他",
    otherPrompt: "请具体说明：",
    boxEmpty: "\u2610",
    boxTicked: "\u2611",
    tickedMarks: [
      "\u2611",
      "\u2612",
      "\u2713",
      "\u2714",
      "\u221a",
      "\u25a0",
      "\u25a3",
      "\u22a0",
      "\uf0fe",
      "\uf0fd",
      "\uf0fc",
      "\uf052",
      "\uf053",
      "\uf054",
    ],
    untickedMarks: ["\u2610", "\u25a1", "\u25a2", "\uf0a8", "\uf06f", "\uf0a3"],
    dateBlank: "______年____月____日",
    rangeDash: "\u2014",
    notesHeading: "注：",
    notes: [
      "“案例实施周期”指案例开始和结束的时间，写到月份，例如：{periodExample}。",
      "“案例简介”精炼概括案例实施的基本过程，包括背景、主要做法和特点、成果与成效等，不超过{summaryMax}字。",
      "“所获荣誉或外界反馈”包括但不限于获奖证书、专利证书、鉴定证书、客户感谢信、有关部门表扬信以及主流媒体报道等，证明材料的复印件可作为案例报告的附件；没有的可以不填。",
      "主要创造人不超过{mainMax}人，参与创造人不超过{participantsMax}人。",
    ],
    creators: { main: 2, participants: 4 },
    style: {
      titleEastAsia: "黑体",
      titleSz: 36,
      cellEastAsia: "宋体",
      cellSz: 24,
      labelBold: true,
      noteSz: 21,
      latin: LATIN,
    },
  },
};
