/**
 * @fileoverview Types of the classification step: each paragraph's role, heading level and
 * section (R1, R5–R7, R11). Implemented by `classify.ts`. Layer: core.
 */
import type { ReportDocument } from "./model";
import type { FormData } from "./form";
import type { FormattedRole } from "./profile";

/** Role of a paragraph: a formatted role, or one formatting leaves alone. */
export type Role =
  | FormattedRole
  /** A heading deeper than the profile allows (R11): formatted as heading3, reported. */
  | "heading4"
  /** Empty or whitespace-only paragraph. */
  | "empty"
  /** Paragraph inside a table (its own class: counted in 字数, not given body spacing). */
  | "tableText"
  /** Caption of a figure or table ("图1 …", "表1 …"). */
  | "caption"
  /** A paragraph that holds only pictures. */
  | "picture"
  /** Anything before the title or otherwise unplaceable. */
  | "other"
  /**
   * A line of a table of contents (a TOC field's result, a "TOC n" style, a "Table of Contents"
   * content control, or the 目录 line that heads one): not a heading, not counted in any part,
   * never formatted or renumbered (R1, R6, R11).
   */
  | "toc"
  /**
   * A paragraph of the 申报书 (附件一): its title, the form table's label and value cells, its
   * notes (R27). Not part of the report: excluded from the report's roles, sections and counts.
   */
  | "formField";

/** Sections of the report (R1, R5–R7). */
export type SectionId =
  | "front" // title and unit line
  | "unitIntro" // 单位简介 (heading excluded from counts)
  | "background" // 一、实施背景
  | "practice" // 二、主要做法
  | "effect" // 三、实施效果
  | "bodyOther" // other level-1 parts of 正文
  | "attachment" // 附件
  | "form" // the 申报书 (附件一), wherever it stands in the document (R27–R33)
  | "none";

/** A recognised heading: its level, how it was numbered, and its ordinal. */
export interface HeadingInfo {
  /** 1–3 allowed by the 2023 profile; 4 or more is a finding (R11). */
  level: number;
  /** The marker as written or generated, e.g. "一、", "（一）", "1.", "（1）"; "" for an unnumbered heading. */
  marker: string;
  /** Numeric value of the ordinal (一 → 1, 十二 → 12); null when unnumbered. */
  ordinal: number | null;
  /**
   * Where the number came from: typed in the text, automatic numbering, only a heading
   * style/outline level, or — "layout", no number and no heading style — the page alone: a short
   * standalone line that names a part (实施背景, 主要措施 …) or stands out from the body text
   * (bold, larger, 黑体/楷体) as a reader sees a heading (issue 8).
   */
  source: "typed" | "auto" | "style" | "layout";
  /** Marker problems (R11), ids from `numbering.ts` MarkerIssue: e.g. "bracketWithPunct" for "（一）、", "fullWidthStop" for "1．", "halfWidthBracket" for "(一)", "arabicWithComma" for "1、". */
  markerIssues: string[];
  /**
   * When the heading and its body text share one paragraph ("（一）建立隐患台账。企业每月……"),
   * the offset in the paragraph text where the heading part ends; undefined when the whole paragraph is the heading.
   */
  headingEnd?: number;
}

/** Classification of one paragraph. */
export interface ParagraphInfo {
  index: number;
  role: Role;
  section: SectionId;
  heading?: HeadingInfo;
  /** True when the role is the writer's correction (`RoleCorrection`), not the classifier's reading. */
  corrected?: true;
  /**
   * True when the paragraph is nothing but template placeholders ("【在此输入案例题目，20字以内】",
   * "——【申报单位全称】"; `isPlaceholderText` with `profile.placeholder`): 未填写, counted as 0 字 and
   * skipped by the content rules (issue 9).
   */
  placeholder?: true;
}

/** A section's span of paragraphs, [first, last] inclusive, with the heading paragraph if any. */
export interface SectionRange {
  id: SectionId;
  headingIndex: number | null;
  first: number;
  last: number;
}

/** The document with every paragraph classified. */
export interface ClassifiedDocument {
  doc: ReportDocument;
  paragraphs: ParagraphInfo[];
  sections: SectionRange[];
  /**
   * The 申报书 found in the document (`readForm`, R27–R33), null when there is none. Set by
   * `classify`; undefined only for hand-made classifications (then `readForm` reads it).
   */
  form?: FormData | null;
}

/**
 * The roles a writer may give a paragraph by hand (the pane's 结构 view, `case-report role`):
 * 题目 / 单位全称 / 单位简介 / 一级–三级标题 / 正文 / 图注 / 不处理 (issue 8). "other" (不处理) leaves
 * the paragraph alone: no heading, never formatted.
 */
export type CorrectedRole =
  | "title"
  | "unitLine"
  | "unitIntro"
  | "heading1"
  | "heading2"
  | "heading3"
  | "body"
  | "caption"
  | "other";

/** Every {@link CorrectedRole}, in the order a menu lists them. */
export const CORRECTED_ROLES: readonly CorrectedRole[] = Object.freeze([
  "title",
  "unitLine",
  "unitIntro",
  "heading1",
  "heading2",
  "heading3",
  "body",
  "caption",
  "other",
]);

/** True when `x` is a {@link CorrectedRole}. */
export function isCorrectedRole(x: unknown): x is CorrectedRole {
  return typeof x === "string" && (CORRECTED_ROLES as readonly string[]).includes(x);
}

/**
 * A role the writer gave a paragraph, saved with the document (the state part, issue 8). The
 * paragraph is named by its content, as ignored findings are (`paragraphKeys`): the correction
 * follows its paragraph when paragraphs are inserted above it and lapses when its text changes.
 */
export interface RoleCorrection {
  /** The paragraph's key: "h" + `textHash(text)`, "#n" added for the n-th (n ≥ 2) paragraph of the same text. */
  paragraph: string;
  role: CorrectedRole;
}
