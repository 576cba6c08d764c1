/**
 * @fileoverview Template placeholders are 未填写, not content (issue 9; R2, R4–R8). The template
 * (`ooxml/template.ts`) writes what to write in the brackets of `profile.placeholder`
 * ("【在此输入案例题目，20字以内】", "——【申报单位全称】", "（一）【二级标题】"). A paragraph that holds
 * nothing but such placeholders — after a leading heading marker, list number or the unit line's
 * dash — is a placeholder paragraph: `classify` marks it (`ParagraphInfo.placeholder`), its 字 are
 * not counted (`sectionWordCounts`, the title count), the content rules skip it, and a part whose
 * text is only placeholders is "unfilled" (`isUnfilled`): the checklist shows 未填写 for its count and
 * for the rules that judge it, never ✓.
 *
 * Only whole paragraphs are placeholders: a writer may use 【】 in real text ("【典型做法】一是…"),
 * and a paragraph with any text outside the brackets is the writer's text, counted in full.
 * Layer: core (pure).
 */
import type { Profile } from "./profile";
import type { ClassifiedDocument, ParagraphInfo, Role, SectionId } from "./roles";
import { itemAt } from "./item-at";

/**
 * What may stand before the placeholder in a placeholder paragraph: a run of dash-like characters
 * (the unit line's "——" or a look-alike), or a heading/list marker — 一、 （一） (一) 1. 1． 1、 (1) ①.
 * Whitespace (U+3000 included) is allowed around it.
 */
const LEADER =
  /^[\s\u3000]*(?:[-\u2010-\u2015\u2e3a\u2e3b\u2500\u2501\uff0d\ufe58\u30fc]+|[（(]?[一二三四五六七八九十百零〇\d]{1,4}[)）]?[、.．，,]?|[\u2460-\u2473])?/;

/**
 * True when `text` is nothing but one or more placeholders `open…close` (no `open` or `close`
 * inside), optionally after a leader (dash run or heading/list marker, see the file overview) and
 * with whitespace between and around them. Linear in the length of `text`.
 * @example isPlaceholderText("——【申报单位全称】", { open: "【", close: "】" }) // true
 * @example isPlaceholderText("【典型做法】一是建立台账", { open: "【", close: "】" }) // false
 */
export function isPlaceholderText(text: string, pattern: Profile["placeholder"]): boolean {
  const { open, close } = pattern;
  if (open === "" || close === "" || !text.includes(open)) return false;
  let i = LEADER.exec(text)![0].length;
  let spans = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === open) {
      const end = text.indexOf(close, i + open.length);
      if (end < 0) return false;
      const inner = text.slice(i + open.length, end);
      if (inner.includes(open)) return false;
      spans++;
      i = end + close.length;
    } else if (/[\s\u3000\u200b\ufeff]/.test(c)) {
      i++;
    } else {
      return false;
    }
  }
  return spans > 0;
}

/** The parts of a report that can be 未填写 (see `isUnfilled`). */
export type FillablePart =
  "title" | "unitLine" | "unitIntro" | "body" | "background" | "practice" | "effect";

/** Roles that name a part rather than fill it: never the text that decides 未填写. */
const HEADING_ROLES: ReadonlySet<Role> = new Set<Role>([
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "unitIntroHeading",
  "attachmentHeading",
  "empty",
  "picture",
  "toc",
]);

const BODY: readonly SectionId[] = ["background", "practice", "effect", "bodyOther"];

/** The paragraphs whose text fills `part`: its role's paragraphs, or its section's non-headings. */
function fillers(classified: ClassifiedDocument, part: FillablePart): ParagraphInfo[] {
  switch (part) {
    case "title":
    case "unitLine":
      return classified.paragraphs.filter((p) => p.role === part);
    case "unitIntro":
      return classified.paragraphs.filter((p) => p.role === "unitIntro");
    case "body":
      return classified.paragraphs.filter(
        (p) => BODY.includes(p.section) && !HEADING_ROLES.has(p.role)
      );
    default:
      return classified.paragraphs.filter((p) => p.section === part && !HEADING_ROLES.has(p.role));
  }
}

/**
 * True when `part` is in the document but 未填写: it has at least one placeholder paragraph and
 * every paragraph that fills it (its role's paragraphs for 题目, the unit line and 单位简介; the
 * non-heading paragraphs of its sections for 正文 and its three parts) is a placeholder. A part that
 * is missing, or has no text beyond its headings, is not "unfilled" (it is missing or short).
 * Headings that are placeholders ("（一）【二级标题】") are not counted either way for the body parts.
 */
export function isUnfilled(classified: ClassifiedDocument, part: FillablePart): boolean {
  const list = fillers(classified, part);
  return list.length > 0 && list.every((p) => p.placeholder === true);
}

/**
 * True when paragraph `index` of `classified` is a placeholder paragraph (`ParagraphInfo.placeholder`,
 * set by `classify` with `isPlaceholderText`).
 */
export function isPlaceholderParagraph(classified: ClassifiedDocument, index: number): boolean {
  return itemAt(classified.paragraphs, index).placeholder === true;
}

/**
 * True when a rule's notApplicable reason (`RuleGroup.notApplicableId`) says its part is 未填写
 * ("checklist.notApplicable.<part>Unfilled", from `ruleApplicability`): the pane and the CLI list
 * such rules as 未填写, apart from the rules that have nothing to check here (不适用).
 */
export function isUnfilledReason(notApplicableId: string | undefined): boolean {
  return notApplicableId !== undefined && notApplicableId.endsWith("Unfilled");
}
