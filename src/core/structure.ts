/**
 * @fileoverview The outline of a classified document as the pane's 结构 view shows it (issue 8,
 * like Word's navigation pane): the parts of the report and its headings in document order, each
 * with the 字数 it heads, and every paragraph with text and its role (for setting a role by
 * hand). Layer: core (pure).
 */
import { introLabelEnd, sectionWordCounts } from "./classify";
import { countWords, paragraphStats } from "./count";
import { paragraphKeys } from "./decisions";
import { itemAt } from "./item-at";
import type { ReportParagraph } from "./model";
import type { ClassifiedDocument, Role, SectionId } from "./roles";

/** One line of the outline. */
export interface OutlineEntry {
  /** Paragraph index (0-based, `doc.paragraphs`). */
  index: number;
  /** The paragraph's key (`paragraphKeys`), what a role correction names. */
  key: string;
  role: Role;
  section: SectionId;
  /**
   * Depth in the outline: 0 for the parts before 正文 (题目, 单位全称, 单位简介, 附件) and level-1
   * headings, 1–3 for deeper headings.
   */
  depth: number;
  /** The paragraph's text (whole; the view cuts it). */
  text: string;
  /** Its automatic numbering label as Word shows it before the text ("一、"), "" when none. */
  label: string;
  /**
   * 字 (Word's 字数) under this line: a heading counts itself and its paragraphs up to the next
   * heading of its level or above; 单位简介 the part's count (its heading excluded, R5); 题目 and
   * 单位全称 their own line; 附件 everything after it. TOC, empty and picture paragraphs count 0.
   */
  words: number;
  /** The role is the writer's correction. */
  corrected: boolean;
}

/** Every paragraph with text, for setting its role (blank, table and 申报书 paragraphs left out). */
export interface ParagraphEntry {
  index: number;
  key: string;
  role: Role;
  section: SectionId;
  text: string;
  /** Its automatic numbering label ("一、"), "" when none. */
  label: string;
  corrected: boolean;
}

/** The outline and the paragraphs of a classified document. */
export interface DocumentOutline {
  entries: OutlineEntry[];
  paragraphs: ParagraphEntry[];
}

const HEADING_DEPTH: Partial<Record<Role, number>> = {
  heading1: 0,
  heading2: 1,
  heading3: 2,
  heading4: 3,
};

function uncounted(role: Role): boolean {
  return role === "toc" || role === "empty" || role === "picture" || role === "formField";
}

function isBlank(p: ReportParagraph): boolean {
  return p.text.trim() === "";
}

/**
 * The outline of `classified` (see {@link DocumentOutline}). Linear in the paragraphs and their
 * text. Never throws.
 */
export function documentOutline(classified: ClassifiedDocument): DocumentOutline {
  const paras = classified.doc.paragraphs;
  const keys = paragraphKeys(paras);
  // one row per classified paragraph: its paragraph, key and own 字数
  const rows = classified.paragraphs.map((info) => {
    const p = itemAt(paras, info.index);
    let words = 0;
    if (!uncounted(info.role) && info.role !== "unitIntroHeading") {
      const label = introLabelEnd(info);
      words = paragraphStats(p).words;
      if (label !== undefined) words = Math.max(0, words - countWords(p.text.slice(0, label)));
    }
    return { info, p, key: itemAt(keys, info.index), words };
  });
  const counts = sectionWordCounts(classified);
  const entries: OutlineEntry[] = [];
  const paragraphs: ParagraphEntry[] = [];
  let introShown = false;
  for (const [i, { info, p, key, words }] of rows.entries()) {
    const base: ParagraphEntry = {
      index: info.index,
      key,
      role: info.role,
      section: info.section,
      text: p.text,
      label: p.numbering?.label ?? "",
      corrected: info.corrected === true,
    };
    if (!isBlank(p) && p.tableDepth === 0 && info.role !== "formField") paragraphs.push(base);
    const depth = HEADING_DEPTH[info.role];
    if (depth !== undefined) {
      // the heading, and everything up to the next heading of its level or above (same part)
      let sum = words;
      for (let j = i + 1; j < rows.length; j++) {
        const next = itemAt(rows, j);
        const d = HEADING_DEPTH[next.info.role];
        if ((d !== undefined && d <= depth) || next.info.role === "attachmentHeading") break;
        if (next.info.section !== info.section) break;
        sum += next.words;
      }
      entries.push({ ...base, depth, words: sum });
    } else if (info.role === "title" || info.role === "unitLine") {
      entries.push({ ...base, depth: 0, words });
    } else if (
      !introShown &&
      info.section === "unitIntro" &&
      (info.role === "unitIntroHeading" || info.role === "unitIntro")
    ) {
      introShown = true;
      entries.push({ ...base, depth: 0, words: counts.unitIntro });
    } else if (info.role === "attachmentHeading") {
      let sum = words;
      for (let j = i + 1; j < rows.length; j++) {
        const next = itemAt(rows, j);
        if (next.info.role === "attachmentHeading") break;
        sum += next.words;
      }
      entries.push({ ...base, depth: 0, words: sum });
    }
  }
  return { entries, paragraphs };
}
