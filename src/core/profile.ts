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
  /** Pictures (R21, R22). */
  pictures: { minCount: number; minDpi: number };
  /** Submission deadline, ISO date (R33). */
  deadline: string;
  /** Font names that look like a required one but are not it: required → look-alikes (warning, not pass). */
  fontLookAlikes: Record<string, string[]>;
  /** Font names that are the same font under another name: required → aliases (pass). */
  fontAliases: Record<string, string[]>;
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
      styleId: "CRTitle", styleName: "案例-题目", eastAsia: "黑体", latin: LATIN,
      zihao: "小二", sz: 36, bold: false, alignment: "center", styleAlignment: "center",
      spacing: null, styleSpacing: EXACT_26, firstLineChars: 0, outlineLevel: null,
      requirementIds: ["R14"],
    },
    unitLine: {
      styleId: "CRUnit", styleName: "案例-单位全称", eastAsia: "楷体_GB2312", latin: LATIN,
      zihao: "小三", sz: 30, bold: false, alignment: "center", styleAlignment: "center",
      spacing: null, styleSpacing: EXACT_26, firstLineChars: 0, outlineLevel: null,
      requirementIds: ["R4", "R15"],
    },
    unitIntroHeading: {
      styleId: "CRIntroHeading", styleName: "案例-简介标题", eastAsia: "黑体", latin: LATIN,
      zihao: "小三", sz: 30, bold: false, alignment: null, styleAlignment: "left",
      spacing: null, styleSpacing: EXACT_26, firstLineChars: 0, outlineLevel: 0,
      requirementIds: ["R5"],
    },
    unitIntro: {
      styleId: "CRIntro", styleName: "案例-单位简介", eastAsia: "楷体_GB2312", latin: LATIN,
      zihao: "小四", sz: 24, bold: false, alignment: null, styleAlignment: "both",
      spacing: EXACT_22, styleSpacing: EXACT_22, firstLineChars: 200, outlineLevel: null,
      requirementIds: ["R16"],
    },
    heading1: {
      styleId: "CRHeading1", styleName: "案例-一级标题", eastAsia: "黑体", latin: LATIN,
      zihao: "小三", sz: 30, bold: false, alignment: null, styleAlignment: "left",
      spacing: EXACT_26, styleSpacing: EXACT_26, firstLineChars: 200, outlineLevel: 0,
      requirementIds: ["R17"],
    },
    heading2: {
      styleId: "CRHeading2", styleName: "案例-二级标题", eastAsia: "楷体_GB2312", latin: LATIN,
      zihao: "小三", sz: 30, bold: true, alignment: null, styleAlignment: "left",
      spacing: EXACT_26, styleSpacing: EXACT_26, firstLineChars: 200, outlineLevel: 1,
      requirementIds: ["R18"],
    },
    heading3: {
      styleId: "CRHeading3", styleName: "案例-三级标题", eastAsia: "楷体_GB2312", latin: LATIN,
      zihao: "小三", sz: 30, bold: true, alignment: null, styleAlignment: "left",
      spacing: EXACT_26, styleSpacing: EXACT_26, firstLineChars: 200, outlineLevel: 2,
      requirementIds: ["R18"],
    },
    body: {
      styleId: "CRBody", styleName: "案例-正文", eastAsia: "宋体", latin: LATIN,
      zihao: "小三", sz: 30, bold: false, alignment: null, styleAlignment: "both",
      spacing: EXACT_26, styleSpacing: EXACT_26, firstLineChars: 200, outlineLevel: null,
      requirementIds: ["R19"],
    },
    attachmentHeading: {
      styleId: "CRAttachHeading", styleName: "案例-附件标题", eastAsia: "黑体", latin: LATIN,
      zihao: "小三", sz: 30, bold: false, alignment: null, styleAlignment: "left",
      spacing: null, styleSpacing: EXACT_26, firstLineChars: 0, outlineLevel: 0,
      requirementIds: ["R1", "R9"],
    },
    attachment: {
      styleId: "CRAttachment", styleName: "案例-附件", eastAsia: "宋体", latin: LATIN,
      zihao: "小三", sz: 30, bold: false, alignment: null, styleAlignment: "both",
      spacing: null, styleSpacing: EXACT_26, firstLineChars: 200, outlineLevel: null,
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
    background: ["实施背景", "案例背景", "背景"],
    practice: ["主要做法", "具体做法", "做法"],
    effect: ["实施效果", "实施成效", "取得成效", "效果", "成效"],
    attachment: ["附件"],
  },
  firstPersonWords: [
    "我们", "我单位", "我司", "我公司", "我院", "我局", "我方", "我部", "我中心", "我所", "我行",
    "我处", "我厅", "我委", "我会", "我社", "我站", "我校", "本公司", "本单位", "本人", "咱们",
  ],
  unitLineDash: "——",
  pictures: { minCount: 2, minDpi: 300 },
  deadline: "2023-10-31",
  fontLookAlikes: {
    "楷体_GB2312": ["楷体", "KaiTi", "华文楷体", "STKaiti", "方正楷体_GBK", "方正楷体简体", "楷体-简"],
    "宋体": ["新宋体", "NSimSun", "华文宋体", "STSong", "宋体-简", "方正书宋_GBK"],
    "黑体": ["微软雅黑", "Microsoft YaHei", "华文黑体", "STHeiti", "黑体-简", "方正黑体_GBK"],
  },
  fontAliases: {
    "楷体_GB2312": ["KaiTi_GB2312"],
    "宋体": ["SimSun"],
    "黑体": ["SimHei"],
  },
};
