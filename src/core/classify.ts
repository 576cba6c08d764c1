/**
 * @fileoverview The section classifier: gives every paragraph of a ReportDocument its role
 * (title, unit line, 单位简介, heading 1/2/3/4, body, caption, picture, table text, 附件 …), its
 * heading information and its section, and counts 字数 per section (R1, R2, R4–R7, R11).
 * Layer: core (pure; no Office, no DOM, no I/O).
 *
 * ## How paragraphs are classified (two linear passes, O(paragraphs + characters))
 *
 * Pass 1 finds each paragraph's heading (`detectHeading`) and the first 单位简介 heading. Pass 2
 * walks the document in order with a stage: before the title → after the title → after the unit
 * line → in 单位简介 → in 正文 → in 附件.
 *
 * 0. **The 申报书** (附件一; `locateForm` in `form.ts`): every paragraph of the form region — its
 *    title, the form table, its notes — is `formField` in section `form`, wherever the form
 *    stands, and leaves the stage unchanged, so the report before or after it is classified as
 *    if the form were not there (R27–R33). The form is returned as `form` too.
 * 0b. **A table of contents** (`page-reading.ts`): a TOC field's result, a paragraph of a
 *    "Table of Contents" content control, a "toc N" / "TOC Heading" style, and a 目录 line right
 *    before one → `toc` in the current section, stage unchanged: never a heading, never counted
 *    (`sectionWordCounts`), never formatted (no role style) nor renumbered (no heading info).
 * 1. **Table paragraphs** (`tableDepth > 0`) → `tableText` in the current section. They never
 *    become the title, a heading or a section boundary.
 * 2. **Empty / whitespace-only paragraphs** → `picture` when the model's pictures list names the
 *    paragraph, else `empty`; current section.
 * 3. **附件 part**: a short paragraph (≤ 40 字) whose text after any marker starts with an
 *    attachment keyword followed by nothing, a colon, a space, a number or a bracket (`附件`,
 *    `附件：`, `附件1`, `附件：1.…`, `四、附件`), or one carrying our attachment-heading style, →
 *    `attachmentHeading`; every later paragraph → `attachment` (another 附件 line →
 *    `attachmentHeading`), section `attachment`. Before the title such a line (a "附件2" copied
 *    from the notice's layout) is `other` in `front`, so it cannot swallow the report.
 * 4. **单位简介 heading**: a short paragraph equal to a `profile.sectionKeywords.unitIntro`
 *    keyword once a marker and a trailing colon are removed (or carrying our intro-heading style)
 *    → `unitIntroHeading`; then `unitIntro` paragraphs up to the next level-1 heading. An
 *    **inline label** — the keyword and a colon followed by the introduction on the same line
 *    ("单位简介：某某公司成立于……", `unitIntroLabelEnd`) — starts the 单位简介 the same way, but
 *    the paragraph is `unitIntro` (its text is introduction, formatted as such) and carries
 *    `introLabelEnd` (see `ClassifiedParagraphInfo`), so the label's 字 are not counted (R5
 *    excludes the heading) while the rest is.
 * 5. **Title**: the first non-empty, non-table paragraph, unless it has a typed or automatic
 *    heading marker, or a style-only heading whose text names a 正文 part (实施背景 …). A title
 *    styled "heading 1" is common, so a style alone does not stop a paragraph being the title. A
 *    first paragraph that starts with a dash is the unit line of a report without title.
 * 6. **Unit line and subtitle**: a line after the title is a *candidate* when it starts with a
 *    dash-like prefix (—— — -- －－ ―― - ─ –) or looks like an organisation name (≤ 40 字, no
 *    sentence or clause punctuation, ends with 公司/集团/中心/研究院/协会/事务所/…), and has no
 *    typed or automatic marker. The candidates right after the title (up to three, blank and
 *    table paragraphs skipped, stopping at the 单位简介 or 附件) decide:
 *    - one candidate → it is the unit line (as before; "——副标题" alone with no unit line is
 *      therefore read as the unit line — unit-line (R4) sees a name without 公司 … and nothing
 *      reports it, a known limit);
 *    - two or more ("题目 / ——助力小微企业风险减量的实践 / ——某某保险股份有限公司某市分公司") →
 *      the unit line is the LAST candidate whose text after the dash looks like an organisation
 *      name, else the last candidate; the candidates before it are the title's **subtitle** and
 *      get the role `title` (formatted as the title: 黑体 小二, centred — one title set on
 *      several lines, which title-length already counts as one). So 题目 字数 (R2) = title +
 *      subtitle (here 9 + 15 = 24 字 → title-length/tooLong); no separate finding is made.
 * 7. **Headings** (see `detectHeading`; a numbered sentence of running text is not one — see the
 *    guards there — and neither are the next items of its list: after such a body paragraph, a
 *    typed or automatic heading of the same level with the next ordinal is body text too, and so
 *    on; an earlier short item that came before the long one stays a heading, a known limit):
 *    level 1 starts a 正文 part; its section is chosen by
 *    keyword (the longest keyword of background / practice / effect found in the heading text),
 *    else by position (1st/2nd/3rd level-1 heading → background/practice/effect, when that part
 *    is not taken yet and no later level-1 heading names it), else `bodyOther`. Deeper headings stay in the current section. Roles
 *    heading1/2/3, level ≥ 4 → `heading4`.
 * 7b. **Headings a reader sees without a number or a heading style** (`layoutHeadings`, source
 *    "layout", marker ""; heading-levels reports the missing number and offers it): a short
 *    standalone line whose whole text names a part (实施背景, 背景与起因, 主要措施, 取得成效 …:
 *    `profile.sectionKeywords`) is level 1; a standalone line that stands out from the body (bold
 *    where the body is not, larger, 黑体/楷体) is level 2 under such parts, or ranked by its look
 *    when the document has no level-1 heading at all. The first line (the title), the last line,
 *    organisation names and documents whose numbered scheme already has levels 1 and 2 are left
 *    alone.
 * 8. **Everything else**: after the unit line (or the title when there is no unit line) and before
 *    正文 → `unitIntro` (an implicit 单位简介 without heading), except when a 单位简介 heading comes
 *    later: then → `other` in `front`. In 正文 → `caption` for short `图1 …`/`表1 …` lines, else
 *    `body`.
 *
 * 9. **The writer's corrections** (`corrections`: paragraph index → `CorrectedRole`, resolved from
 *    the saved `RoleCorrection`s by `resolveCorrections` in `decisions.ts`; issue 8) win over every
 *    rule above for a paragraph that is not blank, in a table or in the 申报书: the paragraph gets
 *    that role (`corrected: true`), a heading role keeps the detected marker at the writer's level,
 *    and the stage moves as the role says (a 一级标题 starts a 正文 part, 单位简介 starts the
 *    单位简介, 题目 ends the lines before the title), so the paragraphs after it follow.
 *
 * Sections are contiguous runs of paragraphs with the same section id; a level-1 heading always
 * starts a new range, so two `bodyOther` parts are two ranges. Before anything is recognised the
 * section is `front`.
 */
import type { ReportDocument, ReportParagraph } from "./model";
import type { Profile } from "./profile";
import type {
  ClassifiedDocument,
  CorrectedRole,
  HeadingInfo,
  ParagraphInfo,
  Role,
  SectionId,
  SectionRange,
} from "./roles";
import { countWords, paragraphStats, wordsExceed } from "./count";
import { locateForm } from "./form";
import { itemAt } from "./item-at";
import { isPlaceholderText } from "./placeholder";
import {
  LONG_PARAGRAPH_WORDS,
  bodyLook,
  isStandaloneLine,
  isTocLine,
  isTocTitle,
  paragraphLook,
  partNamed,
  standsOut,
  type ParagraphLook,
} from "./page-reading";
import {
  HEADING_PART_MAX_WORDS,
  labelToMarker,
  parseHeadingMarker,
  splitHeadingBody,
  type MarkerMatch,
} from "./numbering";

/**
 * A heading longer than this many 字 (R34 counting) without a short heading part
 * (`splitHeadingBody`) is body text that starts with an ordinal (facts §6 case 10): for any
 * heading when a sentence mark stands before its end; for a numbered one (typed or automatic
 * marker) whatever its punctuation, counting the text after the marker (see `detectHeading`).
 * 60 = twice `HEADING_PART_MAX_WORDS`, about two and a half lines of 小三 text on A4: no heading
 * of this notice is that long.
 */
export const HEADING_MAX_WORDS = 60;

/**
 * Most lines between the title and the 单位简介 that may be read as subtitle and unit line
 * (a title, one or two "——副标题" lines and the "——单位全称" line).
 */
const FRONT_LINES_MAX = 3;

/** Longest unit line, caption or 附件/单位简介 line in 字. */
const SHORT_LINE_MAX_WORDS = 40;

const SENTENCE_END = "。！？；!?;";

/**
 * Marks that end a numbered list item written as a sentence ("1.事故发生率显著下降，……。"): a
 * numbered paragraph ending with one of these after more than `HEADING_PART_MAX_WORDS` 字 is body
 * text. ？ is left out: a heading may be a question ("（二）如何破解服务难题？").
 */
const ITEM_END = "。；！;!";

/** Closing quotes and brackets that may follow the final mark of a sentence ("……。”"). */
const CLOSERS = "”’」』）)》】\"'";

const DASH_PREFIXES = ["——", "—", "--", "－－", "――", "-", "─", "–", "－", "―"];

const ORG_SUFFIXES = [
  "公司",
  "集团",
  "中心",
  "研究院",
  "研究所",
  "设计院",
  "协会",
  "学会",
  "商会",
  "联合会",
  "事务所",
  "委员会",
  "大学",
  "学院",
  "医院",
  "银行",
  "分行",
  "支行",
  "保险社",
  "合作社",
  "工厂",
  "厂",
  "矿",
  "局",
  "院",
  "所",
  "站",
  "社",
];

const NOT_ORG_PUNCT = "。！？；，：、!?;,:";

const HEADING_STYLE_NAME = /^(?:heading|标题)\s*([1-9])$/i;

const CAPTION = /^[\s\u3000]*[图表]\s*[0-9０-９]+(?:[-－.．][0-9０-９]+)?(?![0-9０-９.．%％])/;

/** Positional fallback for the 1st, 2nd and 3rd level-1 heading without a keyword. */
const POSITIONAL: SectionId[] = ["background", "practice", "effect"];

/**
 * True for a UTF-16 code unit that shows as blank: controls and spaces up to U+0020, NBSP, U+3000,
 * ZWSP and BOM. False for NaN (`charCodeAt` past the end).
 */
function isBlankUnit(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff;
}

/** True when every code unit of `text` is blank (`isBlankUnit`), so also for "". */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlankUnit(text.charCodeAt(i))) return false;
  return true;
}

function hasSentenceEndBefore(text: string, end: number): boolean {
  for (const ch of text.slice(0, end)) if (SENTENCE_END.includes(ch)) return true;
  return false;
}

/** Trailing whitespace trimmed end of `text`. */
function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && isBlankUnit(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * Level of a paragraph from its style alone: "heading N" / "标题 N" style names, our profile's
 * heading styles (id or name), or `outlineLevel` 0–8 (→ level + 1). Our 单位简介 and 附件 heading
 * styles carry outline level 0 but are not 正文 headings, so they are excluded. Null otherwise.
 */
function styleLevel(p: ReportParagraph, profile: Profile): number | null {
  if (isRoleStyle(p, profile, "unitIntroHeading") || isRoleStyle(p, profile, "attachmentHeading")) {
    return null;
  }
  if (p.styleName !== null) {
    const m = HEADING_STYLE_NAME.exec(p.styleName.trim());
    if (m !== null) return Number(m[1]);
  }
  if (isRoleStyle(p, profile, "heading1")) return 1;
  if (isRoleStyle(p, profile, "heading2")) return 2;
  if (isRoleStyle(p, profile, "heading3")) return 3;
  if (p.outlineLevel !== null && p.outlineLevel >= 0 && p.outlineLevel <= 8) {
    return p.outlineLevel + 1;
  }
  return null;
}

function isRoleStyle(
  p: ReportParagraph,
  profile: Profile,
  role: "unitIntroHeading" | "attachmentHeading" | "heading1" | "heading2" | "heading3"
): boolean {
  const s = profile.roles[role];
  return (
    (p.styleId !== null && p.styleId === s.styleId) ||
    (p.styleName !== null && p.styleName === s.styleName)
  );
}

/**
 * The heading of a paragraph, or null when it is not one (R11):
 * 1. a typed marker (`parseHeadingMarker` on the text), source "typed"; when the paragraph also
 *    has a recognised automatic label, the issue `typedAndAutoMarker` is added (both show);
 * 2. else automatic numbering (`labelToMarker(p.numbering)`), source "auto";
 * 3. else a heading style or outline level (see the file header), source "style", marker "".
 * Guards (facts §6 case 10): when `splitHeadingBody` finds a short heading part, the paragraph is
 * a heading with `headingEnd` ("（一）建立隐患台账。企业每月……"). Otherwise null is returned — the
 * paragraph is body text that starts with an ordinal, a list item of running text — when
 * - the text is longer than `HEADING_MAX_WORDS` 字 with a sentence mark before its end (any
 *   source), or
 * - it has a typed or automatic marker and the text after the marker is longer than
 *   `HEADING_MAX_WORDS` 字, or ends with 。；！ after more than `HEADING_PART_MAX_WORDS` 字
 *   (`isListSentence`): "1.事故发生率显著下降，2023年……明显提升。" is body text, "1.建立制度。"
 *   stays a heading. A heading styled only by its style or outline level keeps the first guard.
 * Table paragraphs are never headings. Never throws.
 */
export function detectHeading(p: ReportParagraph, profile: Profile): HeadingInfo | null {
  if (p.tableDepth > 0 || isBlank(p.text)) return null;
  const text = p.text;
  const typed = parseHeadingMarker(text);
  const auto = p.numbering !== null ? labelToMarker(p.numbering) : null;
  let m: MarkerMatch | null = null;
  let source: HeadingInfo["source"];
  let bodyFrom = 0;
  if (typed !== null) {
    m = typed;
    source = "typed";
    bodyFrom = typed.end;
  } else if (auto !== null) {
    m = auto;
    source = "auto";
  } else {
    source = "style";
  }
  const level = m !== null ? m.level : styleLevel(p, profile);
  if (level === null) return null;

  const headingEnd = m !== null ? splitHeadingBody(text, { end: bodyFrom }) : undefined;
  if (headingEnd === undefined) {
    const end = trimmedEnd(text);
    // A sentence mark strictly before the last character means more than one sentence.
    if (wordsExceed(text, HEADING_MAX_WORDS) && hasSentenceEndBefore(text, end - 1)) return null;
    if (m !== null && isListSentence(text, bodyFrom, end)) return null;
  }
  const issues: string[] = m !== null ? [...m.markerIssues] : [];
  if (typed !== null && auto !== null) issues.push("typedAndAutoMarker");
  const info: HeadingInfo = {
    level,
    marker: m !== null ? m.marker : "",
    ordinal: m !== null ? m.ordinal : null,
    source,
    markerIssues: issues,
  };
  if (headingEnd !== undefined) info.headingEnd = headingEnd;
  return info;
}

/**
 * True when the text of a numbered paragraph after its marker, `text[from, end)`, is a list item
 * of running text rather than a heading (facts §6 case 10, for paragraphs in which
 * `splitHeadingBody` found no short heading part): it is longer than `HEADING_MAX_WORDS` 字, or
 * it ends with 。；！ (closing quotes after the mark allowed) and the text before that mark is
 * longer than `HEADING_PART_MAX_WORDS` 字 — the same bound as the heading part of a "heading +
 * body" paragraph, so "1.建立制度。" stays a heading and
 * "1.事故发生率显著下降，2023年……明显提升。" is body text.
 */
function isListSentence(text: string, from: number, end: number): boolean {
  if (wordsExceed(text.slice(from, end), HEADING_MAX_WORDS)) return true;
  let last = end - 1;
  while (last > from && CLOSERS.includes(text.charAt(last))) last--;
  if (last < from || !ITEM_END.includes(text.charAt(last))) return false;
  return wordsExceed(text.slice(from, last), HEADING_PART_MAX_WORDS);
}

/** The typed marker of `p`, else its automatic-numbering marker, else null. */
function markerOf(p: ReportParagraph): MarkerMatch | null {
  return parseHeadingMarker(p.text) ?? (p.numbering !== null ? labelToMarker(p.numbering) : null);
}

/** Text of a heading after its typed marker, up to `headingEnd`. */
function headingText(p: ReportParagraph, h: HeadingInfo): string {
  const from = h.source === "typed" ? (parseHeadingMarker(p.text)?.end ?? 0) : 0;
  return p.text.slice(from, h.headingEnd ?? p.text.length);
}

/** `text` without leading and trailing whitespace (incl. U+3000, NBSP, ZWSP). */
function trimAll(text: string): string {
  let b = 0;
  while (b < text.length && isBlankUnit(text.charCodeAt(b))) b++;
  return text.slice(b, Math.max(b, trimmedEnd(text)));
}

/** Text after a typed marker, trimmed, with one trailing colon removed. */
function bareLine(text: string): string {
  const m = parseHeadingMarker(text);
  let s = trimAll(m !== null ? text.slice(m.end) : text);
  if (s.endsWith("：") || s.endsWith(":")) s = trimAll(s.slice(0, -1));
  return s;
}

/** True for a 单位简介 heading line (R1, R5). */
function isUnitIntroHeading(p: ReportParagraph, profile: Profile): boolean {
  if (isRoleStyle(p, profile, "unitIntroHeading")) return true;
  const s = bareLine(p.text);
  if (s.length > 12) return false;
  return profile.sectionKeywords.unitIntro.includes(s);
}

/**
 * For a paragraph that opens with an inline 单位简介 label and goes on with the introduction
 * ("单位简介：某某公司成立于……", also after a marker: "一、企业简介：……"), the UTF-16 offset just
 * after the label's colon; undefined otherwise. The label is a `profile.sectionKeywords.unitIntro`
 * keyword followed by a full- or half-width colon and more non-blank text; without the colon the
 * paragraph is ordinary text (a sentence may start with 公司简介 …). (R1, R5)
 */
export function unitIntroLabelEnd(p: ReportParagraph, profile: Profile): number | undefined {
  if (p.tableDepth > 0) return undefined;
  const text = p.text;
  const m = parseHeadingMarker(text);
  let k = m !== null ? m.end : 0;
  while (k < text.length && isBlankUnit(text.charCodeAt(k))) k++;
  const end = trimmedEnd(text);
  for (const kw of profile.sectionKeywords.unitIntro) {
    if (kw === "" || !text.startsWith(kw, k)) continue;
    let e = k + kw.length;
    while (e < end && isBlankUnit(text.charCodeAt(e))) e++;
    if (text[e] !== "：" && text[e] !== ":") continue;
    e++;
    let rest = e;
    while (rest < end && isBlankUnit(text.charCodeAt(rest))) rest++;
    if (rest < end) return e;
  }
  return undefined;
}

/** True for a 附件 heading line (R1, R9). */
function isAttachmentHeading(p: ReportParagraph, profile: Profile): boolean {
  if (isRoleStyle(p, profile, "attachmentHeading")) return true;
  const s = bareLine(p.text);
  if (wordsExceed(s, SHORT_LINE_MAX_WORDS)) return false;
  for (const k of profile.sectionKeywords.attachment) {
    if (!s.startsWith(k)) continue;
    if (s.length === k.length) return true;
    const next = s.charCodeAt(k.length);
    const ch = s.charAt(k.length);
    if (
      "：:（(、.．-－—".includes(ch) ||
      ch === " " ||
      next === 0x3000 ||
      (next >= 0x30 && next <= 0x39) ||
      (next >= 0xff10 && next <= 0xff19) ||
      "一二三四五六七八九十".includes(ch)
    ) {
      return true;
    }
  }
  return false;
}

/** True when the text (after leading spaces) starts with a dash-like prefix. */
function startsWithDash(text: string): boolean {
  const s = trimAll(text);
  return DASH_PREFIXES.some((d) => s.startsWith(d));
}

/** `text` trimmed, without a leading dash-like prefix (and the spaces after it). */
function withoutDash(text: string): string {
  const s = trimAll(text);
  const d = DASH_PREFIXES.find((x) => s.startsWith(x));
  if (d === undefined) return s;
  let k = d.length;
  while (
    k < s.length &&
    (DASH_PREFIXES.some((x) => s.startsWith(x, k)) || isBlankUnit(s.charCodeAt(k)))
  ) {
    k++;
  }
  return s.slice(k);
}

/**
 * True when `s` (trimmed, no dash) looks like an organisation name: ≤ 40 字, no sentence or
 * clause punctuation, ends with 公司/集团/中心/研究院/协会/事务所/… (a trailing "（盖章）" allowed).
 */
function isOrgName(s: string): boolean {
  if (s === "" || wordsExceed(s, SHORT_LINE_MAX_WORDS)) return false;
  for (const ch of s) if (NOT_ORG_PUNCT.includes(ch)) return false;
  const name = s.replace(/[（(][^（()）]*[）)]$/, ""); // "某公司（盖章）"
  return ORG_SUFFIXES.some((x) => name.endsWith(x));
}

/** True for the "——单位全称" line or a line that looks like an organisation name (R4). */
function isUnitLine(p: ReportParagraph): boolean {
  const s = trimAll(p.text);
  if (s === "") return false;
  if (startsWithDash(s)) return true;
  return isOrgName(s);
}

function isCaption(p: ReportParagraph): boolean {
  if (!CAPTION.test(p.text)) return false;
  if (p.text.includes("。")) return false;
  return !wordsExceed(p.text, SHORT_LINE_MAX_WORDS);
}

/** Section of a level-1 heading by keyword; null when it names none of the three parts. */
function sectionByKeyword(text: string, profile: Profile): SectionId | null {
  const k = profile.sectionKeywords;
  const candidates: [SectionId, string[]][] = [
    ["background", k.background],
    ["practice", k.practice],
    ["effect", k.effect],
  ];
  let best: SectionId | null = null;
  let bestLen = 0;
  let bestPos = Infinity;
  for (const [id, words] of candidates) {
    for (const w of words) {
      const pos = text.indexOf(w);
      if (pos < 0) continue;
      if (w.length > bestLen || (w.length === bestLen && pos < bestPos)) {
        best = id;
        bestLen = w.length;
        bestPos = pos;
      }
    }
  }
  return best;
}

function roleOfLevel(level: number): Role {
  if (level <= 1) return "heading1";
  if (level === 2) return "heading2";
  if (level === 3) return "heading3";
  return "heading4";
}

/**
 * A ParagraphInfo as `classify` makes it. `introLabelEnd` is set on the `unitIntro` paragraph that
 * opens with an inline label ("单位简介：某某公司成立于……", `unitIntroLabelEnd`): the UTF-16 offset
 * just after the label's colon. The label is the 单位简介's heading written on the text's first line,
 * so `sectionWordCounts` leaves it out of the 单位简介 count (R5, like a heading line), and
 * formatting may treat `[0, introLabelEnd)` as the heading part. It is not a `heading.headingEnd`:
 * that one means "heading style before, 正文 after", while the text after this label stays
 * 单位简介 (楷体_GB2312 小四), so the whole paragraph keeps the role `unitIntro`. Read it with
 * {@link introLabelEnd}.
 */
export interface ClassifiedParagraphInfo extends ParagraphInfo {
  introLabelEnd?: number;
}

/** The inline 单位简介 label's end in paragraph `info` (see ClassifiedParagraphInfo), or undefined. */
export function introLabelEnd(info: ParagraphInfo): number | undefined {
  const end = (info as ClassifiedParagraphInfo).introLabelEnd;
  return typeof end === "number" && end > 0 ? end : undefined;
}

enum Stage {
  BeforeTitle,
  AfterTitle,
  AfterUnitLine,
  UnitIntro,
  Body,
  Attachment,
}

/**
 * Classifies every paragraph of `doc` (R1, R4–R7, R11): role, section and heading information,
 * plus the section ranges in document order. Rules in the file header. Linear in the number of
 * paragraphs and characters; never throws (an empty document gives no paragraphs and no sections).
 *
 * @returns `paragraphs[i]` describes `doc.paragraphs[i]` (same index); `sections` are contiguous,
 *   non-overlapping [first, last] ranges that cover every paragraph.
 */
export function classify(
  doc: ReportDocument,
  profile: Profile,
  corrections?: ReadonlyMap<number, CorrectedRole>
): ClassifiedDocument {
  const paras = doc.paragraphs;
  const n = paras.length;
  const pictureParas = new Set<number>();
  for (const pic of doc.pictures) pictureParas.add(pic.paragraphIndex);
  const form = locateForm(doc, profile);
  const inForm = (i: number): boolean => form !== null && i >= form.first && i <= form.last;
  /** The writer's role for paragraph `p` at i (rule 9 of the file header), or undefined. */
  const fixedRole = (i: number, p: ReportParagraph): CorrectedRole | undefined => {
    if (corrections === undefined || corrections.size === 0) return undefined;
    const role = corrections.get(i);
    if (role === undefined) return undefined;
    return p.tableDepth > 0 || isBlank(p.text) || inForm(i) ? undefined : role;
  };

  // Pass 0: the table of contents (rule 0b of the file header).
  const toc = tocLines(paras, inForm);
  paras.forEach((p, i) => {
    if (toc[i] === true && fixedRole(i, p) !== undefined) toc[i] = false;
  });

  // Pass 1: headings and the first 单位简介 heading (a heading line or an inline label).
  const headings: (HeadingInfo | null)[] = new Array<HeadingInfo | null>(n);
  const introHeading: boolean[] = new Array<boolean>(n);
  const introLabel: (number | undefined)[] = new Array<number | undefined>(n);
  let firstIntroHeading = -1;
  let listItem: { level: number; ordinal: number } | null = null; // last numbered body paragraph
  for (const [i, p] of paras.entries()) {
    const fixed = fixedRole(i, p);
    if (fixed !== undefined) {
      introHeading[i] = false;
      introLabel[i] = undefined;
      headings[i] = correctedHeading(p, profile, fixed);
      continue;
    }
    const blank = p.tableDepth > 0 || isBlank(p.text) || inForm(i) || toc[i];
    introHeading[i] = !blank && isUnitIntroHeading(p, profile);
    introLabel[i] = blank || introHeading[i] ? undefined : unitIntroLabelEnd(p, profile);
    if ((introHeading[i] || introLabel[i] !== undefined) && firstIntroHeading < 0) {
      firstIntroHeading = i;
    }
    const h = blank ? null : detectHeading(p, profile);
    headings[i] = h;
    if (blank) continue;
    // Items of a numbered list in running text (facts §6 case 10): once a numbered paragraph is
    // body text ("1.事故发生率显著下降，……。"), the next items of its list ("2.隐患整改率提高。",
    // same level, next ordinal) are body text too, so a list is not split into a body item and
    // "headings" numbered from 2 (which heading-levels would report as skipped).
    if (h === null) {
      const m = markerOf(p);
      if (m !== null) listItem = { level: m.level, ordinal: m.ordinal };
    } else if (
      listItem !== null &&
      (h.source === "typed" || h.source === "auto") &&
      h.level === listItem.level &&
      h.ordinal === listItem.ordinal + 1
    ) {
      headings[i] = null;
      listItem.ordinal++;
    } else listItem = null;
  }

  // Pass 1b: headings a reader sees without a number or a heading style (rule 7b).
  layoutHeadings(paras, headings, profile, (i, p) => {
    return (
      !(p.tableDepth > 0 || isBlank(p.text) || inForm(i) || toc[i]) &&
      fixedRole(i, p) === undefined &&
      !introHeading[i] &&
      introLabel[i] === undefined &&
      !isAttachmentHeading(p, profile) &&
      !isOrgName(withoutDash(p.text))
    );
  });

  /**
   * The unit line among the lines after the title at `from` (rule 6 of the file header), or -1:
   * the run of up to FRONT_LINES_MAX consecutive lines that could be a unit line (dash prefix or
   * organisation name, no typed or automatic marker; blank, table and form paragraphs skipped;
   * stops at a 单位简介 or 附件 line). One line → it; several → the last whose name after the dash
   * looks like an organisation, else the last. The lines of the run before it are the subtitle.
   */
  const chooseUnitLine = (from: number): number => {
    const run: number[] = [];
    for (let j = from; j < n && run.length < FRONT_LINES_MAX; j++) {
      const q = itemAt(paras, j);
      if (inForm(j) || q.tableDepth > 0 || isBlank(q.text)) continue;
      if (fixedRole(j, q) !== undefined) break; // the writer decided this line
      if (introHeading[j] || introLabel[j] !== undefined || isAttachmentHeading(q, profile)) break;
      const h = itemAt(headings, j);
      if (!((h === null || h.source === "style" || h.source === "layout") && isUnitLine(q))) break;
      run.push(j);
    }
    if (run.length <= 1) return run[0] ?? -1;
    const last = itemAt(run, run.length - 1);
    return [...run].reverse().find((j) => isOrgName(withoutDash(itemAt(paras, j).text))) ?? last;
  };

  /**
   * Level-1 headings whose text names a part (index → part), in document order: a heading
   * without a keyword takes a part by position only when no later heading names that part, so a
   * heading the writer adds (or corrects) in the middle of 主要做法 does not take 实施效果 from
   * the 三、实施效果 below it.
   */
  const keywordLevel1: { index: number; part: SectionId }[] = [];
  for (const [i, p] of paras.entries()) {
    const h = itemAt(headings, i);
    if (h === null || h.level !== 1) continue;
    const part = sectionByKeyword(headingText(p, h), profile);
    if (part !== null) keywordLevel1.push({ index: i, part });
  }

  // Pass 2: roles and sections.
  const out: ParagraphInfo[] = new Array<ParagraphInfo>(n);
  const sections: SectionRange[] = [];
  let stage = Stage.BeforeTitle as Stage; // `as`: the closures below move it too
  let section: SectionId = "front";
  let level1Count = 0;
  const usedParts = new Set<SectionId>();
  let unitLineAt = -1; // chosen when the title is found

  /** Sets `out[i]` (returned) and extends the current section range or starts a new one. */
  const put = (
    i: number,
    role: Role,
    sec: SectionId,
    startsRange: boolean,
    h?: HeadingInfo
  ): ClassifiedParagraphInfo => {
    const info: ClassifiedParagraphInfo = { index: i, role, section: sec };
    if (h !== undefined) info.heading = h;
    out[i] = info;
    const cur = sections[sections.length - 1];
    if (cur === undefined || startsRange || cur.id !== sec) {
      sections.push({ id: sec, headingIndex: startsRange ? i : null, first: i, last: i });
    } else cur.last = i;
    return info;
  };

  /** A level-1 heading `p` at i: a new 正文 part, by keyword, else by position (rule 7). */
  const level1 = (i: number, p: ReportParagraph, h: HeadingInfo): ParagraphInfo => {
    stage = Stage.Body;
    let sec = sectionByKeyword(headingText(p, h), profile);
    if (sec === null) {
      const pos = POSITIONAL[level1Count];
      const claimedBelow = keywordLevel1.some((k) => k.index > i && k.part === pos);
      sec = pos !== undefined && !usedParts.has(pos) && !claimedBelow ? pos : "bodyOther";
    }
    level1Count++;
    usedParts.add(sec);
    section = sec;
    return put(i, "heading1", section, true, h);
  };

  /** The writer's role for `p` at i (rule 9): the stage moves as the role says. */
  const corrected = (i: number, p: ReportParagraph, role: CorrectedRole): ParagraphInfo => {
    const h = itemAt(headings, i);
    switch (role) {
      case "title": {
        const info = put(i, "title", "front", false);
        if (stage === Stage.BeforeTitle) {
          stage = Stage.AfterTitle;
          unitLineAt = chooseUnitLine(i + 1);
        }
        return info;
      }
      case "unitLine":
        if (stage === Stage.BeforeTitle || stage === Stage.AfterTitle) stage = Stage.AfterUnitLine;
        return put(i, "unitLine", "front", false);
      case "unitIntro":
        stage = Stage.UnitIntro;
        section = "unitIntro";
        return put(i, "unitIntro", section, false);
      case "heading1":
      case "heading2":
      case "heading3":
        if (h === null) return put(i, "body", section, false); // not reached: pass 1 set a heading
        if (h.level === 1) return level1(i, p, h);
        return put(i, roleOfLevel(h.level), section, false, h);
      case "body":
      case "caption":
      case "other":
        return put(i, role, section, false);
    }
  };

  for (const [i, p] of paras.entries()) {
    if (inForm(i)) {
      put(i, "formField", "form", false);
      continue;
    }
    if (p.tableDepth > 0) {
      put(i, "tableText", section, false);
      continue;
    }
    const fixed = fixedRole(i, p);
    if (fixed !== undefined) {
      corrected(i, p, fixed).corrected = true;
      continue;
    }
    if (toc[i]) {
      put(i, "toc", section, false);
      continue;
    }
    if (isBlank(p.text)) {
      put(i, pictureParas.has(i) ? "picture" : "empty", section, false);
      continue;
    }
    const h = itemAt(headings, i);
    if (stage === Stage.Attachment) {
      put(i, isAttachmentHeading(p, profile) ? "attachmentHeading" : "attachment", section, false);
      continue;
    }
    if (isAttachmentHeading(p, profile)) {
      if (stage === Stage.BeforeTitle) {
        put(i, "other", section, false);
      } else {
        stage = Stage.Attachment;
        section = "attachment";
        put(i, "attachmentHeading", section, true);
      }
      continue;
    }
    if (introHeading[i]) {
      stage = Stage.UnitIntro;
      section = "unitIntro";
      put(i, "unitIntroHeading", section, true);
      continue;
    }
    const labelEnd = introLabel[i];
    if (labelEnd !== undefined) {
      // "单位简介：某某公司成立于……": the 单位简介 starts here; its label is not counted (R5).
      stage = Stage.UnitIntro;
      section = "unitIntro";
      put(i, "unitIntro", section, true).introLabelEnd = labelEnd;
      continue;
    }
    if (stage === Stage.BeforeTitle) {
      const isHeading =
        h !== null &&
        ((h.source !== "style" && h.source !== "layout") ||
          sectionByKeyword(headingText(p, h), profile) !== null);
      if (!isHeading && startsWithDash(p.text)) {
        stage = Stage.AfterUnitLine; // no title: the document opens with the unit line
        put(i, "unitLine", "front", false);
        continue;
      }
      if (!isHeading) {
        stage = Stage.AfterTitle;
        put(i, "title", "front", false);
        unitLineAt = chooseUnitLine(i + 1);
        continue;
      }
    }
    if (stage === Stage.AfterTitle) {
      if (i < unitLineAt) {
        put(i, "title", "front", false); // a "——副标题" line before the unit line
        continue;
      }
      stage = Stage.AfterUnitLine;
      if (i === unitLineAt) {
        put(i, "unitLine", "front", false);
        continue;
      }
    }
    if (h !== null) {
      if (h.level === 1) {
        level1(i, p, h);
      } else {
        put(i, roleOfLevel(h.level), section, false, h);
      }
      continue;
    }
    if (stage === Stage.Body) {
      put(i, isCaption(p) ? "caption" : "body", section, false);
    } else if (stage === Stage.UnitIntro) {
      put(i, "unitIntro", section, false);
    } else if (firstIntroHeading > i) {
      // between the unit line and a 单位简介 heading that comes later
      put(i, "other", section, false);
    } else {
      section = "unitIntro";
      stage = Stage.UnitIntro;
      put(i, "unitIntro", section, false);
    }
  }
  for (const info of out) {
    if (info.role === "empty" || info.role === "formField" || info.role === "toc") continue;
    if (isPlaceholderText(itemAt(paras, info.index).text, profile.placeholder)) {
      info.placeholder = true;
    }
  }
  return { doc, paragraphs: out, sections, form };
}

/**
 * The heading of a paragraph the writer made a heading (heading1–3: the detected heading at that
 * level, else its marker, else an unnumbered heading, source "layout", which heading-levels reports
 * as missing its number), or null for any other corrected role (rule 9).
 */
function correctedHeading(
  p: ReportParagraph,
  profile: Profile,
  role: CorrectedRole
): HeadingInfo | null {
  const level = role === "heading1" ? 1 : role === "heading2" ? 2 : role === "heading3" ? 3 : 0;
  if (level === 0) return null;
  const found = detectHeading(p, profile);
  if (found !== null) return { ...found, level };
  const typed = parseHeadingMarker(p.text);
  const m = markerOf(p);
  if (m !== null) {
    return {
      level,
      marker: m.marker,
      ordinal: m.ordinal,
      source: typed !== null ? "typed" : "auto",
      markerIssues: [...m.markerIssues],
    };
  }
  return { level, marker: "", ordinal: null, source: "layout", markerIssues: [] };
}

/**
 * Which paragraphs are a table of contents (rule 0b): TOC lines (`isTocLine`: a TOC field's
 * result, a "Table of Contents" content control, a "toc N" style), and a 目录 line directly
 * followed (blank paragraphs skipped) by one. Form and table paragraphs never are.
 */
function tocLines(paras: readonly ReportParagraph[], inForm: (i: number) => boolean): boolean[] {
  const toc = paras.map((p, i) => !inForm(i) && p.tableDepth === 0 && isTocLine(p));
  for (const [i, p] of paras.entries()) {
    if (toc[i] === true || inForm(i) || !isTocTitle(p)) continue;
    let j = i + 1;
    let next = paras[j];
    while (next !== undefined && isBlank(next.text) && next.tableDepth === 0) next = paras[++j];
    if (toc[j] === true) toc[i] = true;
  }
  return toc;
}

/** Rank of a heading font for ordering unnumbered heading looks: 黑体/宋 cuts 0, 楷体 1, else 2. */
function fontRank(font: string | null): number {
  if (font === null) return 2;
  if (/黑|小标宋|中宋|雅黑|SimHei/i.test(font)) return 0;
  if (/楷|KaiTi/i.test(font)) return 1;
  return 2;
}

/**
 * Rule 7b of the file header: fills `headings[i]` (source "layout", no marker) for the lines a
 * reader takes for headings although they carry no number and no heading style. `eligible(i)`
 * says whether paragraph i may be one (not blank, table, form, TOC, 单位简介 or 附件 line, or an
 * organisation name). Candidates are standalone lines (`isStandaloneLine`) that are not the
 * document's first line (the title) nor its last, and either name a part (`partNamed`: level 1)
 * or stand out from the body (`standsOut`). The level of the latter:
 * - none when the document already has two or more numbered/styled level-1 headings and
 *   numbered/styled level-2 headings (its scheme is complete; a bold line there is emphasis);
 * - 2 when a level-1 heading exists (numbered, styled, or a part named by keyword): thematic
 *   小标题 under 实施背景 / 主要做法 / 实施效果;
 * - otherwise by look, larger 字号 first, then 黑体 before 楷体 before others, bold first: the
 *   first look is level 1, the second 2, the rest 3.
 * When no line stands out at all (a draft typed with no formatting), **rhythm** is the evidence
 * (`rhythmHeadings`): under a level-1 heading, in a document without level-2 headings, two or more
 * plain standalone lines of one part, each between running text (a long paragraph or the part's
 * heading above, a long paragraph below), without a colon or question mark (a lead-in "如下：",
 * an interview's "问：…？"), are its level-2 小标题. One such line alone stays body text (a short sentence without 。 is common in drafts).
 */
function layoutHeadings(
  paras: readonly ReportParagraph[],
  headings: (HeadingInfo | null)[],
  profile: Profile,
  eligible: (i: number, p: ReportParagraph) => boolean
): void {
  let first = -1;
  let last = -1;
  let level1 = 0;
  let level2 = 0;
  for (const h of headings) {
    if (h?.level === 1) level1++;
    else if (h?.level === 2) level2++;
  }
  for (const [i, p] of paras.entries()) {
    if (p.tableDepth === 0 && !isBlank(p.text)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const look = bodyLook(paras);
  const named: number[] = [];
  const standing: { i: number; look: ParagraphLook }[] = [];
  for (const [i, p] of paras.entries()) {
    if (i === first || i === last || itemAt(headings, i) !== null || !eligible(i, p)) continue;
    if (!isStandaloneLine(p)) continue;
    if (partNamed(p, profile) !== null) {
      named.push(i);
      continue;
    }
    if (look === null) continue;
    const pl = paragraphLook(p);
    if (standsOut(pl, look)) standing.push({ i, look: pl });
  }
  const make = (level: number): HeadingInfo => ({
    level,
    marker: "",
    ordinal: null,
    source: "layout",
    markerIssues: [],
  });
  for (const i of named) headings[i] = make(1);
  if (standing.length === 0 && level1 + named.length > 0 && level2 === 0) {
    for (const i of rhythmHeadings(paras, headings, eligible, first, last)) headings[i] = make(2);
    return;
  }
  if (standing.length === 0 || (level1 >= 2 && level2 > 0)) return;
  if (level1 + named.length > 0) {
    for (const s of standing) headings[s.i] = make(2);
    return;
  }
  const key = (l: ParagraphLook): string => `${l.sz ?? 0}|${fontRank(l.font)}|${l.bold ? 0 : 1}`;
  const looks = [...new Map(standing.map((s) => [key(s.look), s.look])).values()];
  looks.sort(
    (a, b) =>
      (b.sz ?? 0) - (a.sz ?? 0) ||
      fontRank(a.font) - fontRank(b.font) ||
      Number(b.bold) - Number(a.bold)
  );
  const rank = new Map(looks.map((l, k) => [key(l), Math.min(3, k + 1)]));
  for (const s of standing) headings[s.i] = make(rank.get(key(s.look)) ?? 3);
}

/**
 * The plain standalone lines that the rhythm of the page makes level-2 headings (see
 * `layoutHeadings`): grouped by the level-1 heading above them; a group counts when it has two or
 * more. A line qualifies when it is eligible, standalone (`isStandaloneLine`), without a colon
 * or question mark, the nearest non-blank paragraph above is a long paragraph (≥ LONG_PARAGRAPH_WORDS 字) or
 * a level-1 heading, and the nearest below is a long paragraph. Linear in the paragraphs.
 */
function rhythmHeadings(
  paras: readonly ReportParagraph[],
  headings: readonly (HeadingInfo | null)[],
  eligible: (i: number, p: ReportParagraph) => boolean,
  first: number,
  last: number
): number[] {
  const n = paras.length;
  const long = (i: number): boolean => {
    const p = paras[i];
    return (
      p !== undefined &&
      p.tableDepth === 0 &&
      headings[i] === null &&
      wordsExceed(p.text, LONG_PARAGRAPH_WORDS - 1)
    );
  };
  /** next[i]: the nearest non-blank paragraph index after i (n when none). */
  const next = new Array<number>(n);
  let after = n;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = after;
    if (!isBlank(itemAt(paras, i).text)) after = i;
  }
  const out: number[] = [];
  let group: number[] = [];
  let prev = -1; // nearest non-blank paragraph before i
  const flush = () => {
    if (group.length >= 2) out.push(...group);
    group = [];
  };
  for (let i = 0; i < n; i++) {
    const p = itemAt(paras, i);
    const h = headings[i];
    if (h !== null && h !== undefined && h.level === 1) flush();
    if (
      i !== first &&
      i !== last &&
      h === null &&
      eligible(i, p) &&
      isStandaloneLine(p) &&
      !/[：:？?]/.test(p.text) &&
      prev >= 0 &&
      (long(prev) || headings[prev]?.level === 1) &&
      long(itemAt(next, i))
    )
      group.push(i);
    if (!isBlank(p.text)) prev = i;
  }
  flush();
  // Only lines under a level-1 heading count: drop a group before the first one.
  const firstLevel1 = headings.findIndex((h) => h !== null && h !== undefined && h.level === 1);
  return firstLevel1 < 0 ? [] : out.filter((i) => i > firstLevel1);
}

/** The paragraphs of one section, in document order (every range with that id). */
export function sectionParagraphs(
  classified: ClassifiedDocument,
  id: SectionId
): ReportParagraph[] {
  const paras = classified.doc.paragraphs;
  const result: ReportParagraph[] = [];
  for (const info of classified.paragraphs) {
    if (info.section === id) result.push(itemAt(paras, info.index));
  }
  return result;
}

/** Keys of `sectionWordCounts`: every SectionId, "body" (正文) and "title". */
export type CountKey = SectionId | "body" | "title";

/**
 * 字数 (Word-compatible, R34) per section, for R2, R5, R6 and R7. Inclusion decisions:
 * - every paragraph counts `paragraphStats(p).words` of its text: automatic numbering labels are
 *   never counted (Word does not count them, facts §2.4), typed markers are (they are text);
 * - `title` — the 字数 of every `title` paragraph: the title and its "——副标题" lines (R2);
 * - `front` — title, unit line and any `other` paragraph before 单位简介;
 * - `unitIntro` — the 单位简介 paragraphs and tables, **excluding** the 单位简介 heading line and an
 *   inline label "单位简介：" at the start of its first paragraph (`introLabelEnd`) (R5);
 * - `background` / `practice` / `effect` / `bodyOther` — everything in the part, **including** its
 *   headings, captions and table text (Word counts tables and captions, facts §2.4, §6 case 12);
 *   a part that occurs twice is summed;
 * - `body` (正文, R6) = background + practice + effect + bodyOther;
 * - `attachment` — all of 附件 including its heading lines; `none` — always 0 today;
 * - `form` — the 申报书 (title, table, notes): never part of the report's counts.
 * Text boxes and notes are not placed in sections and are not counted here. Never throws.
 * Computed once per ClassifiedDocument (three rules and the checklist ask for it): a fresh copy
 * of the first result each call. A ClassifiedDocument is not changed after `classify` returns it.
 */
export function sectionWordCounts(classified: ClassifiedDocument): Record<CountKey, number> {
  let counts = countsOf.get(classified);
  if (!counts) countsOf.set(classified, (counts = countSections(classified)));
  return { ...counts };
}

/** `sectionWordCounts` of each ClassifiedDocument already counted. */
const countsOf = new WeakMap<ClassifiedDocument, Record<CountKey, number>>();

function countSections(classified: ClassifiedDocument): Record<CountKey, number> {
  const counts: Record<CountKey, number> = {
    front: 0,
    unitIntro: 0,
    background: 0,
    practice: 0,
    effect: 0,
    bodyOther: 0,
    attachment: 0,
    form: 0,
    none: 0,
    body: 0,
    title: 0,
  };
  const paras = classified.doc.paragraphs;
  for (const info of classified.paragraphs) {
    if (
      info.role === "empty" ||
      info.role === "picture" ||
      info.role === "unitIntroHeading" ||
      info.role === "toc"
    ) {
      continue;
    }
    if (info.placeholder === true) continue; // 未填写: 0 字 (placeholder.ts)
    const p = itemAt(paras, info.index);
    let words = paragraphStats(p).words;
    const label = introLabelEnd(info);
    // The label ends with a colon, a word boundary: its 字 are simply taken off.
    if (label !== undefined) words = Math.max(0, words - countWords(p.text.slice(0, label)));
    counts[info.section] += words;
    if (info.role === "title") counts.title += words;
  }
  counts.body = counts.background + counts.practice + counts.effect + counts.bodyOther;
  return counts;
}
