/**
 * @fileoverview Heading ordinals (序次语) of Chinese documents: Chinese numerals, the typed heading
 * marker at the start of a paragraph, the split of "heading and body in one paragraph", and the
 * interpretation of automatic-numbering labels (R11). Layer: core (pure; no Office, no DOM, no I/O).
 *
 * Levels follow GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）; punctuation after ordinals
 * follows GB/T 15834-2011 (facts §4.2): a Chinese-numeral ordinal takes 、, an Arabic one the
 * 下脚点 ".", a bracketed or circled one takes nothing. The 2023 notice allows three levels, so
 * level 4 is recognised only so that it can be reported.
 *
 * Decisions (documented here once, referred to below):
 * - **Not markers**: an Arabic number followed by "." or "，" and a digit (`3.14`, `1.5万元`,
 *   `1,000元`); multi-level decimal numbers (`1.2`, `1.2.3 概述`): the notice's scheme has none and
 *   `1.5 万元` written with a linter's space would be indistinguishable, so these are body text
 *   (a document numbered that way is still found through its heading styles); Arabic ordinals of
 *   three or more digits (`2023、2024年…` lists years, not headings); ordinal 0; a Chinese numeral
 *   not followed by 、 . ． (`一是`, `一方面`, `三年来`); and anything starting with 第 — `第一，`
 *   is an ordinal of running text (GB/T 15834: 第一 takes ，), never a heading marker.
 * - **Wrong forms** are mapped to the level they were meant for, with an issue id (see
 *   `MarkerIssue`), so that R11 can report them and offer the right marker.
 */
import type { NumberingLabel } from "./model";
import { countWords } from "./count";

/**
 * Problems of a marker's form (R11, GB/T 15834 序次语):
 * - `bracketWithPunct` — punctuation after a bracketed or circled ordinal: `（一）、`, `（1）.`, `①、`;
 * - `halfWidthBracket` — `(一)`: half-width brackets round a Chinese numeral;
 * - `mixedBracket` — `（一)`, `(1）`: one full-width and one half-width bracket;
 * - `missingOpenBracket` — `一）`: a closing bracket only, after a Chinese numeral;
 * - `arabicWithComma` — `1、`, `1，`, `1,`: an Arabic ordinal takes "." (下脚点);
 * - `fullWidthStop` — `1．` (U+FF0E) instead of the half-width `.`;
 * - `chineseWithStop` — `一.`, `一．`: a Chinese numeral takes 、;
 * - `fullWidthDigit` — `１.`: full-width digits in the ordinal;
 * - `missingPunct` — an automatic-numbering label that is a bare ordinal (`一`, `1`).
 */
export type MarkerIssue =
  | "bracketWithPunct"
  | "halfWidthBracket"
  | "mixedBracket"
  | "missingOpenBracket"
  | "arabicWithComma"
  | "fullWidthStop"
  | "chineseWithStop"
  | "fullWidthDigit"
  | "missingPunct";

/**
 * The form of a marker:
 * `chinese` 一、 (level 1) · `parenChinese` （一） (2) · `arabic` 1. (3) · `parenArabic` （1） (4) ·
 * `closeParenArabic` 1) (4) · `circled` ① … ⑳ (4) · `parenDigitChar` ⑴ … ⒇ (4) ·
 * `parenIdeographChar` ㈠ … ㈩ (2).
 */
export type MarkerKind =
  | "chinese"
  | "parenChinese"
  | "arabic"
  | "parenArabic"
  | "closeParenArabic"
  | "circled"
  | "parenDigitChar"
  | "parenIdeographChar";

/**
 * A heading marker found at the start of a text.
 * Offsets are UTF-16 offsets into the text given to `parseHeadingMarker`.
 */
export interface MarkerMatch {
  /** Intended level: 1 一、, 2 （一）, 3 1., 4 （1）/1)/①. */
  level: number;
  /** The marker as written, including its punctuation, without surrounding spaces, e.g. "（一）、". */
  marker: string;
  /** Numeric value of the ordinal (一 → 1, 十二 → 12, ③ → 3), ≥ 1. */
  ordinal: number;
  kind: MarkerKind;
  /** Problems of the form (empty when the form is right for its level). */
  markerIssues: MarkerIssue[];
  /** Offset of the marker's first character (after leading whitespace). */
  start: number;
  /** Offset just after the marker and any whitespace after it: where the heading text begins. */
  end: number;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_NAMES = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

let BIG: Map<string, number> | null = null;

/** 100–9999 in the one written form `toChineseNumeral` gives (一百零三, 一千零一十), else null. */
function bigNumeral(s: string): number | null {
  if (BIG === null) {
    BIG = new Map();
    for (let k = 100; k <= 9999; k++) BIG.set(toChineseNumeral(k), k);
  }
  return BIG.get(s) ?? null;
}

/**
 * Parses a Chinese numeral from 〇/零 (0) to 九十九 (99), written the way ordinals are written:
 * `一`…`九`, `十`, `十一`…`十九`, `二十`, `二十一`…`九十九`, and 100–9999 in the form
 * `toChineseNumeral` writes (一百零三, 一百一十, 一千零五). Returns null for anything else,
 * including `两` (not used in ordinals), `一十`, `二二`, `百`, an empty string, and strings with
 * other characters around the numeral. Never throws. (R11)
 */
export function parseChineseNumeral(s: string): number | null {
  const n = s.length;
  if (n === 0) return null;
  if (s.includes("百") || s.includes("千")) return bigNumeral(s);
  if (n > 3) return null;
  if (n === 1) {
    if (s === "十") return 10;
    const d = CN_DIGITS[s];
    return d === undefined ? null : d;
  }
  const tens = s.indexOf("十");
  if (tens < 0 || s.indexOf("十", tens + 1) >= 0) return null;
  const before = s.slice(0, tens);
  const after = s.slice(tens + 1);
  let t = 1;
  if (before !== "") {
    const d = CN_DIGITS[before];
    if (d === undefined || d < 2) return null; // 一十, 零十 are not written
    t = d;
  }
  let u = 0;
  if (after !== "") {
    const d = CN_DIGITS[after];
    if (d === undefined || d === 0) return null; // 十零 is not written
    u = d;
  }
  return t * 10 + u;
}

/**
 * Writes `n` (an integer 0–9999) as a Chinese numeral the way `parseChineseNumeral` reads it:
 * 0 → 零, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九, 103 → 一百零三, 1010 → 一千零一十.
 * (R11: the fix's marker.)
 * @throws RangeError when `n` is not an integer in 0–9999.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`toChineseNumeral: ${n} is not an integer in 0–9999`);
  }
  if (n < 10) return CN_NAMES[n];
  if (n < 100) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return (t === 1 ? "" : CN_NAMES[t]) + "十" + (u === 0 ? "" : CN_NAMES[u]);
  }
  // 100–9999: 一百零三, 一百一十, 一千零五, 一千零一十 (a zero between non-zero digits is read once
  // as 零; "十" keeps its "一" after 百/千).
  const units = ["千", "百", "十", ""];
  const digits = String(n).padStart(4, "0").split("").map(Number);
  let out = "";
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i];
    if (d === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += CN_NAMES[d] + units[i];
  }
  return out;
}

function isCnNumeralChar(c: string): boolean {
  return c === "十" || c === "百" || c === "千" || CN_DIGITS[c] !== undefined;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isFullDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

function isDigit(code: number): boolean {
  return isAsciiDigit(code) || isFullDigit(code);
}

/** Punctuation that writers put after an ordinal, right or wrong. */
const AFTER_PUNCT = "、.．,，";

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Reads an ordinal at `i`: Chinese numeral (1–3 chars) or digits (1–2). */
function readOrdinal(
  text: string,
  i: number
): { value: number; end: number; chinese: boolean; fullWidth: boolean } | null {
  const code = text.charCodeAt(i);
  if (isDigit(code)) {
    let j = i;
    let value = 0;
    let fullWidth = false;
    while (j < text.length && isDigit(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (isFullDigit(c)) fullWidth = true;
      value = value * 10 + (isFullDigit(c) ? c - 0xff10 : c - 0x30);
      j++;
    }
    if (j - i > 2 || value === 0) return null;
    return { value, end: j, chinese: false, fullWidth };
  }
  let j = i;
  while (j < text.length && j - i < 4 && isCnNumeralChar(text[j])) j++;
  if (j === i) return null;
  const value = parseChineseNumeral(text.slice(i, j));
  if (value === null || value === 0) return null;
  return { value, end: j, chinese: true, fullWidth: false };
}

/**
 * Recognises a heading marker at the start of `text` (after leading spaces, incl. U+3000) (R11).
 *
 * Right forms: level 1 `一、`; level 2 `（一）`; level 3 `1.`; level 4 `（1）`, `(1)`, `1)`,
 * `①`…`⑳` (and `⑴`…`⒇`). Wrong forms map to their intended level with `markerIssues` (see
 * `MarkerIssue`): `（一）、` → 2 bracketWithPunct; `(一)` → 2 halfWidthBracket; `（一)` → 2
 * mixedBracket; `1、`/`1，`/`1,` → 3 arabicWithComma; `1．` → 3 fullWidthStop; `一.`/`一．` → 1
 * chineseWithStop; `（1）、` → 4 bracketWithPunct; `㈠` → 2. What is *not* a marker is listed in
 * the file header (`1.5万元`, `3.14`, `1.2.3`, `2023年`, `一是`, `一方面`, `第一，`).
 *
 * @returns the match, with UTF-16 offsets into `text`, or null. Never throws.
 */
export function parseHeadingMarker(text: string): MarkerMatch | null {
  const start = skipSpaces(text, 0);
  if (start >= text.length) return null;
  const first = text.charCodeAt(start);
  let level: number;
  let kind: MarkerKind;
  let ordinal: number;
  let j: number; // end of the marker proper (before trailing punctuation)
  const issues: MarkerIssue[] = [];
  let enclosed = false; // bracketed or circled: takes no punctuation after it

  if (first >= 0x2460 && first <= 0x2473) {
    // ① … ⑳
    level = 4;
    kind = "circled";
    ordinal = first - 0x2460 + 1;
    j = start + 1;
    enclosed = true;
  } else if (first >= 0x2474 && first <= 0x2487) {
    // ⑴ … ⒇
    level = 4;
    kind = "parenDigitChar";
    ordinal = first - 0x2474 + 1;
    j = start + 1;
    enclosed = true;
  } else if (first >= 0x3220 && first <= 0x3229) {
    // ㈠ … ㈩
    level = 2;
    kind = "parenIdeographChar";
    ordinal = first - 0x3220 + 1;
    j = start + 1;
    enclosed = true;
  } else if (first === 0xff08 || first === 0x28) {
    // （ or (
    const ord = readOrdinal(text, start + 1);
    if (ord === null || ord.end >= text.length) return null;
    const close = text.charCodeAt(ord.end);
    if (close !== 0xff09 && close !== 0x29) return null;
    const openFull = first === 0xff08;
    const closeFull = close === 0xff09;
    ordinal = ord.value;
    j = ord.end + 1;
    enclosed = true;
    if (ord.fullWidth) issues.push("fullWidthDigit");
    if (openFull !== closeFull) issues.push("mixedBracket");
    if (ord.chinese) {
      level = 2;
      kind = "parenChinese";
      if (!openFull && !closeFull) issues.push("halfWidthBracket");
    } else {
      level = 4;
      kind = "parenArabic";
    }
  } else {
    const ord = readOrdinal(text, start);
    if (ord === null || ord.end >= text.length) return null;
    const p = text[ord.end];
    const next = ord.end + 1 < text.length ? text.charCodeAt(ord.end + 1) : -1;
    ordinal = ord.value;
    j = ord.end + 1;
    if (ord.fullWidth) issues.push("fullWidthDigit");
    if (ord.chinese) {
      level = 1;
      kind = "chinese";
      if (p === "、") {
        // right form
      } else if (p === "." || p === "．") {
        if (isDigit(next)) return null;
        issues.push("chineseWithStop");
      } else if (p === "）" || p === ")") {
        level = 2;
        kind = "parenChinese";
        enclosed = true;
        issues.push("missingOpenBracket");
      } else return null;
    } else {
      level = 3;
      kind = "arabic";
      if (p === "." || p === "．") {
        if (isDigit(next)) return null; // 3.14, 1.5万元, 1.2.3
        if (p === "．") issues.push("fullWidthStop");
      } else if (p === "、" || p === "，" || p === ",") {
        if (isDigit(next)) return null; // 1,000
        issues.push("arabicWithComma");
      } else if (p === ")" || p === "）") {
        level = 4;
        kind = "closeParenArabic";
        enclosed = true;
      } else return null;
    }
  }

  // Punctuation after a bracketed/circled ordinal (GB/T 15834: none allowed).
  if (enclosed && j < text.length && AFTER_PUNCT.includes(text[j])) {
    const next = j + 1 < text.length ? text.charCodeAt(j + 1) : -1;
    if (!isDigit(next)) {
      issues.push("bracketWithPunct");
      j++;
    }
  }
  return {
    level,
    marker: text.slice(start, j),
    ordinal,
    kind,
    markerIssues: issues,
    start,
    end: skipSpaces(text, j),
  };
}

/**
 * Longest heading part, in 字 (Word's 字数, R34), that `splitHeadingBody` accepts before the first
 * sentence mark. Why 30: the notice caps the whole title at 20 字 (R2) and sub-headings in such
 * reports are shorter than the title; 30 leaves room for a long heading while a first sentence of
 * body text (which a heading part would otherwise swallow) is usually longer. Facts §6 case 10
 * puts the "this line is body text" limit at about 48 characters for the whole line.
 */
export const HEADING_PART_MAX_WORDS = 30;

/** Marks that end the heading part of a "heading + body" paragraph (full- and half-width). */
const HEAD_END = "。！？；：!?;";

/**
 * For a paragraph that holds a heading and its body text ("（一）建立隐患台账。企业每月……",
 * facts §6 case 10), the UTF-16 offset in `text` just after the heading part: the first 。！？；：
 * (or half-width !?; ) after the marker, inclusive, provided more non-space text follows it and the
 * heading part (marker excluded) is at most `HEADING_PART_MAX_WORDS` 字. A ":" between digits
 * (`8:30`) is not a heading end (only the full-width ： and the listed marks are considered).
 *
 * @param text the paragraph text.
 * @param match the marker match of `text` (its `end` is where the heading text begins); for an
 *   automatically numbered paragraph pass `{ end: 0 }`.
 * @returns the offset, or undefined when the whole paragraph is the heading (e.g. `一、实施背景`,
 *   or a heading that ends with its only sentence mark). Never throws. (R11, R17–R19)
 */
export function splitHeadingBody(
  text: string,
  match: Pick<MarkerMatch, "end">
): number | undefined {
  const from = match.end;
  for (let i = from; i < text.length; i++) {
    if (!HEAD_END.includes(text[i])) continue;
    const end = i + 1;
    if (skipSpaces(text, end) >= text.length) return undefined;
    if (countWords(text.slice(from, i)) > HEADING_PART_MAX_WORDS) return undefined;
    return end;
  }
  return undefined;
}

/**
 * Interprets an automatic-numbering label (facts §6 case 9) as a marker (R11): the visible label
 * ("一、", "（一）", "1.", "(1)", "①") is parsed like typed text; a bare ordinal label ("一", "1",
 * from lvlText "%1") maps to level 1 (Chinese) or 3 (Arabic) with issue `missingPunct`.
 *
 * @returns the match — its offsets refer to the trimmed label, not to the paragraph text, whose
 *   heading text starts at 0 — or null when the label is empty, `numFmt` is "none" or "bullet",
 *   or the label is not an ordinal of this scheme ("第一章", "A.", "•"). Never throws.
 */
export function labelToMarker(numbering: NumberingLabel): MarkerMatch | null {
  if (numbering.numFmt === "none" || numbering.numFmt === "bullet") return null;
  const label = numbering.label.trim();
  if (label === "") return null;
  const m = parseHeadingMarker(label);
  if (m !== null) return m;
  const ord = readOrdinal(label, 0);
  if (ord === null || ord.end !== label.length) return null;
  const issues: MarkerIssue[] = ord.fullWidth
    ? ["fullWidthDigit", "missingPunct"]
    : ["missingPunct"];
  return {
    level: ord.chinese ? 1 : 3,
    marker: label,
    ordinal: ord.value,
    kind: ord.chinese ? "chinese" : "arabic",
    markerIssues: issues,
    start: 0,
    end: label.length,
  };
}
