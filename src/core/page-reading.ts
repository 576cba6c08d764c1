/**
 * @fileoverview Reading the page as a person does (issue 8; R1, R11): the evidence beyond typed
 * markers, numbering and heading styles that `classify` uses — a table of contents, a short
 * standalone line that names a part of the report (实施背景, 主要措施, 取得成效 …, profile data),
 * and a short standalone line that stands out from the body text (bold where the body is not,
 * larger, 黑体/楷体 where the body is in another font). Layer: core (pure).
 *
 * Decisions:
 * - **Body look** (`bodyLook`): the look of the document's running text, taken from its long
 *   paragraphs (≥ `LONG_PARAGRAPH_WORDS` 字, outside tables): the most frequent 字号 and East Asian
 *   font (weighted by characters) and whether most of them are bold. Without long paragraphs
 *   there is no body look and only keywords count.
 * - **Standalone line** (`isStandaloneLine`): 2–`HEADING_PART_MAX_WORDS` 字 after trimming, no
 *   sentence inside (no 。), not ending in 。；！，、 (a question mark may end a heading), not a
 *   figure/table caption, not starting with a dash (a unit line or a subtitle).
 * - **Heading look** (`standsOut`): every visible run bold while the body is not; or a larger
 *   字号 than the body's; or a heading font (黑体, 楷体 and their 方正/华文 cuts, 小标宋, 中宋,
 *   微软雅黑) that is not the body's font; or keep-with-next (`w:keepNext`, which Word's and WPS's
 *   heading styles set) while most of the body does not keep with the next paragraph. Centring
 *   alone is not evidence (captions and pictures are centred).
 */
import { countWords, wordsExceed } from "./count";
import type { ReportParagraph } from "./model";
import { HEADING_PART_MAX_WORDS, parseHeadingMarker } from "./numbering";
import type { Profile } from "./profile";
import { itemAt } from "./item-at";

/** Word's 字号 when nothing sets one: 10 pt = 20 half-points (model.ts RunFormat.sz). */
const WORD_DEFAULT_SZ = 20;

/** Paragraphs at least this long (字) show the body's look. */
export const LONG_PARAGRAPH_WORDS = 50;

/** The look of the running text (see file header). */
export interface BodyLook {
  /** Most frequent 字号 in half-points; null when no run sets one. */
  sz: number | null;
  /** Most frequent East Asian font; null when none is set. */
  font: string | null;
  /** True when most long paragraphs are bold throughout. */
  bold: boolean;
  /** True when most long paragraphs keep with the next (`w:keepNext`). */
  keepNext: boolean;
}

/** The look of one paragraph: all visible runs bold, the largest 字号, the main East Asian font. */
export interface ParagraphLook {
  bold: boolean;
  sz: number | null;
  font: string | null;
  /** The paragraph keeps with the next (`ReportParagraph.keepNext`). */
  keepNext: boolean;
}

function visible(text: string): boolean {
  return /[^\s\u3000\u00a0\u200b\ufeff]/.test(text);
}

/** The look of `p` (see ParagraphLook); an empty paragraph is not bold. */
export function paragraphLook(p: ReportParagraph): ParagraphLook {
  let bold = true;
  let any = false;
  let sz: number | null = null;
  const fonts = new Map<string, number>();
  for (const r of p.runs) {
    if (!visible(r.text)) continue;
    any = true;
    if (!r.format.bold) bold = false;
    const rsz = r.format.sz ?? WORD_DEFAULT_SZ;
    if (sz === null || rsz > sz) sz = rsz;
    const f = r.format.eastAsia;
    if (f !== null) fonts.set(f, (fonts.get(f) ?? 0) + r.text.length);
  }
  let font: string | null = null;
  let best = 0;
  for (const [f, n] of fonts) {
    if (n > best) {
      font = f;
      best = n;
    }
  }
  return { bold: any && bold, sz, font, keepNext: p.keepNext === true };
}

function mode<T>(counts: Map<T, number>): T | null {
  let out: T | null = null;
  let best = 0;
  for (const [k, n] of counts) {
    if (n > best) {
      out = k;
      best = n;
    }
  }
  return out;
}

/** The body look of the document, or null when it has no long paragraph (see file header). */
export function bodyLook(paragraphs: readonly ReportParagraph[]): BodyLook | null {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  let long = 0;
  let boldLong = 0;
  let keepLong = 0;
  for (const p of paragraphs) {
    if (p.tableDepth > 0 || p.text.length < LONG_PARAGRAPH_WORDS) continue;
    if (!wordsExceed(p.text, LONG_PARAGRAPH_WORDS - 1)) continue;
    long++;
    const look = paragraphLook(p);
    if (look.bold) boldLong++;
    if (look.keepNext) keepLong++;
    for (const r of p.runs) {
      const rsz = r.format.sz ?? WORD_DEFAULT_SZ;
      sizes.set(rsz, (sizes.get(rsz) ?? 0) + r.text.length);
      const f = r.format.eastAsia;
      if (f !== null) fonts.set(f, (fonts.get(f) ?? 0) + r.text.length);
    }
  }
  if (long === 0) return null;
  return {
    sz: mode(sizes),
    font: mode(fonts),
    bold: boldLong * 2 > long,
    keepNext: keepLong * 2 > long,
  };
}

const HEADING_FONT = /黑体|楷体|楷|小标宋|中宋|雅黑|SimHei|KaiTi/i;

/** True when `look` stands out from the body as a heading does (see file header). */
export function standsOut(look: ParagraphLook, body: BodyLook): boolean {
  if (look.bold && !body.bold) return true;
  if (look.sz !== null && body.sz !== null && look.sz > body.sz) return true;
  if (look.font !== null && look.font !== body.font && HEADING_FONT.test(look.font)) return true;
  if (look.keepNext && !body.keepNext) return true;
  return false;
}

const CAPTION = /^[\s\u3000]*[图表]\s*[0-9０-９]+/;
const CLOSERS = "”’」』）)》】\"'";
const DASHES = "—-－―─–";

/**
 * `text` without leading and trailing white space and zero-width spaces, by scanning (a
 * `[…]+$` pattern is quadratic on a long run of spaces inside the text).
 */
function trimBlank(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && isBlankAt(text, a)) a++;
  while (b > a && isBlankAt(text, b - 1)) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** True when `text[i]` is white space (`\s`) or a zero-width space. */
function isBlankAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // most characters are neither: no one-character string and no regular expression for them
  if (c > 0x20 && c < 0x7f) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  return /[\s\u200b]/.test(text.charAt(i));
}

/** `text` without surrounding whitespace and one trailing colon. */
export function bareText(text: string): string {
  let s = trimBlank(text);
  if (s.endsWith("：") || s.endsWith(":")) s = s.slice(0, -1).trimEnd();
  return s;
}

/** True for a short standalone line that could be a heading (see file header). */
export function isStandaloneLine(p: ReportParagraph): boolean {
  if (p.tableDepth > 0) return false;
  const s = bareText(p.text);
  if (s === "" || s.includes("。") || s.includes("\v")) return false;
  if (DASHES.includes(s.charAt(0)) || CAPTION.test(s)) return false;
  if (wordsExceed(s, HEADING_PART_MAX_WORDS) || countWords(s) < 2) return false;
  let last = s.length - 1;
  while (last > 0 && CLOSERS.includes(s.charAt(last))) last--;
  return !"。；！，、;!,".includes(s.charAt(last));
}

/**
 * The section a line names when its whole text (trimmed, trailing colon removed) is one of the
 * profile's keywords of 实施背景 / 主要做法 / 实施效果 (synonyms included: 背景与起因, 主要措施,
 * 取得成效 …), else null.
 */
export function partNamed(
  p: ReportParagraph,
  profile: Profile
): "background" | "practice" | "effect" | null {
  const s = bareText(p.text);
  if (s.length > 12) return null;
  const k = profile.sectionKeywords;
  if (k.background.includes(s)) return "background";
  if (k.practice.includes(s)) return "practice";
  if (k.effect.includes(s)) return "effect";
  return null;
}

/** TOC paragraph style names: "toc 1" … "toc 9" (Word's built-ins), "TOC Heading". */
const TOC_STYLE = /^toc\s*[1-9]$|^toc heading$/i;

/** Text of the line that heads a table of contents. */
const TOC_TITLE = /^目[\s\u3000]*录$|^contents$/i;

/**
 * True when `p` is a line of a table of contents: a TOC field's result or inside a "Table of
 * Contents" content control (`p.toc`, set by the reader), or a "toc N" / "TOC Heading" style.
 */
export function isTocLine(p: ReportParagraph): boolean {
  if (p.toc === true) return true;
  return p.styleName !== null && TOC_STYLE.test(p.styleName.trim());
}

/** True for the 目录 line that heads a table of contents (the caller checks what follows). */
export function isTocTitle(p: ReportParagraph): boolean {
  return p.tableDepth === 0 && TOC_TITLE.test(bareText(p.text));
}

/**
 * What the document shows of a case report and of other kinds of documents, for the "not a case
 * report" verdict (issue 8; `documentKindOf` in checklist.ts):
 * - `reportParts` — the report's own marks: a "——…" unit line, a 单位简介 heading or label, or a
 *   heading whose text (marker removed) is a part's keyword (实施背景, 主要措施 …) or holds one of
 *   four characters or more ("一、实施背景与起因"). A "研究背景" heading does not count: the short
 *   keywords (背景, 做法 …) count only as the whole heading.
 * - `otherHeadings` — short lines (≤ `HEADING_PART_MAX_WORDS` 字, outside tables) whose text,
 *   marker and inner spaces removed ("摘 要"), starts with a word of
 *   `profile.otherDocumentHeadings` (case-insensitive), plus headings numbered 第…章.
 * - `level1Markers` — paragraphs opening with a level-1 marker: a document numbered 一、二、…
 *   whose parts are none of the report's is structured as something else.
 * - `otherTitle` — its title ends like another kind of document's (…通知, …承诺书, …论文, …方案).
 * - `lines` — non-empty paragraphs outside tables and the 申报书.
 * - `placeholders` — paragraphs (tables included) holding a field of a document-generation
 *   template, `${…}` (FreeMarker, JSP EL) or `{{…}}` (Jinja, Mustache): a template filled by a
 *   program (a notice, a purchase plan …), not a case report being written.
 */
export interface KindEvidence {
  reportParts: number;
  otherHeadings: number;
  /** Paragraphs that open with a level-1 marker (一、, 1 …, typed or automatic), headings or not. */
  level1Markers: number;
  /** True when the title (first `title` line) ends with a word of `profile.otherDocumentTitles`. */
  otherTitle: boolean;
  lines: number;
  placeholders: number;
}

/** A field of a document-generation template: `${name}`, `${d?string('…')}`, `{{ name }}`. */
const TEMPLATE_FIELD = /\$\{[^{}\n]{1,200}\}|\{\{[^{}\n]{1,200}\}\}/;

/** Collects {@link KindEvidence} from a classified document. Linear; never throws. */
export function kindEvidence(
  classified: {
    doc: { paragraphs: readonly ReportParagraph[] };
    paragraphs: readonly { index: number; role: string; heading?: { markerIssues: string[] } }[];
  },
  profile: Profile
): KindEvidence {
  const k = profile.sectionKeywords;
  const parts = [...k.background, ...k.practice, ...k.effect];
  const longParts = parts.filter((w) => w.length >= 4);
  const other = profile.otherDocumentHeadings.map((w) => w.replace(/\s+/g, "").toLowerCase());
  let reportParts = 0;
  let otherHeadings = 0;
  let level1Markers = 0;
  let otherTitle = false;
  let titleSeen = false;
  let lines = 0;
  let placeholders = 0;
  for (const info of classified.paragraphs) {
    const p = itemAt(classified.doc.paragraphs, info.index);
    if (p.text.includes("{") && TEMPLATE_FIELD.test(p.text)) placeholders++;
    if (p.tableDepth > 0 || info.role === "formField" || !visible(p.text)) continue;
    lines++;
    const role = info.role;
    if (role === "title" && !titleSeen) {
      titleSeen = true;
      const title = bareText(p.text);
      otherTitle = profile.otherDocumentTitles.some((w) => w !== "" && title.endsWith(w));
    }
    const marker = parseHeadingMarker(p.text);
    if ((marker !== null && marker.level === 1) || p.numbering?.ilvl === 0) level1Markers++;
    if (role === "unitLine" && DASHES.includes(bareText(p.text)[0] ?? "")) reportParts++;
    if (role === "unitIntroHeading") reportParts++;
    const text = bareText(marker !== null ? p.text.slice(marker.end) : p.text);
    if (/^heading[1-4]$/.test(role)) {
      if (parts.includes(text) || longParts.some((w) => text.includes(w))) reportParts++;
      if (info.heading?.markerIssues.includes("chapterNumbering")) otherHeadings++;
    }
    if (!wordsExceed(text, HEADING_PART_MAX_WORDS)) {
      const flat = text.replace(/[\s\u3000]+/g, "").toLowerCase();
      if (other.some((w) => w !== "" && flat.startsWith(w))) otherHeadings++;
    }
  }
  return { reportParts, otherHeadings, level1Markers, otherTitle, lines, placeholders };
}
