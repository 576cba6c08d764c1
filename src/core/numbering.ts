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
 * - **Not markers**: an Arabic number followed by "." or "，" and a digit that is a quantity
 *   (`3.14`, `1.5万元`, `2.5 倍`, `1,000元`: a unit of `QUANTITY_AFTER` or no heading text after
 *   it); Arabic ordinals of three or more digits (`2023、2024年…` lists years, not headings);
 *   ordinal 0; a Chinese numeral not followed by 、 ， . ． (`一是`, `一方面`, `三年来`); and 第
 *   not followed by 章 / 节 / 部分 — `第一，` is an ordinal of running text (GB/T 15834: 第一
 *   takes ，), never a heading marker.
 * - **Other schemes** (issue 8): decimal section numbers (`1 实施背景`, `2.1`, `2.1.1`) and
 *   chapters (`第一章`, `第一节`) are markers of the level their form gives, with an issue
 *   (`decimalNumbering`, `chapterNumbering`) so that R11 reports them and renumbers to 一、/（一）/1.;
 *   the guards of `detectHeading` (long sentences are body text) apply to them as to any marker.
 * - **Wrong forms** are mapped to the level they were meant for, with an issue id (see
 *   `MarkerIssue`), so that R11 can report them and offer the right marker.
 */
import type { NumberingLabel } from "./model";
import { wordsExceed } from "./count";
import { itemAt } from "./item-at";

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
 * - `missingPunct` — an automatic-numbering label that is a bare ordinal (`一`, `1`);
 * - `dashForOne` — `—、`, `─、`, `-、`: a dash typed for 一 (level 1, ordinal 1);
 * - `chineseWithComma` — `一，`: a Chinese numeral takes 、;
 * - `spaceInMarker` — `六 、`, `1 .`: a space between the ordinal and its punctuation;
 * - `decimalNumbering` — `1 实施背景`, `2.1`, `2.1.1`: decimal section numbers, mapped to the
 *   level their number of parts gives (1 → 1, 2.1 → 2, 2.1.1 → 3);
 * - `chapterNumbering` — `第一章`, `第一部分` (level 1), `第一节` (level 2).
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
  | "missingPunct"
  | "dashForOne"
  | "chineseWithComma"
  | "spaceInMarker"
  | "decimalNumbering"
  | "chapterNumbering";

/**
 * The form of a marker:
 * `chinese` 一、 (level 1) · `parenChinese` （一） (2) · `arabic` 1. (3) · `parenArabic` （1） (4) ·
 * `closeParenArabic` 1) (4) · `circled` ① … ⑳ (4) · `parenDigitChar` ⑴ … ⒇ (4) ·
 * `parenIdeographChar` ㈠ … ㈩ (2) · `decimal` 1 / 2.1 / 2.1.1 (1 / 2 / 3, by its number of
 * parts) · `chapter` 第一章 / 第一部分 (1), 第一节 (2).
 */
export type MarkerKind =
  | "chinese"
  | "parenChinese"
  | "arabic"
  | "parenArabic"
  | "closeParenArabic"
  | "circled"
  | "parenDigitChar"
  | "parenIdeographChar"
  | "decimal"
  | "chapter";

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
  if (n < 10) return itemAt(CN_NAMES, n);
  if (n < 100) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return (t === 1 ? "" : itemAt(CN_NAMES, t)) + "十" + (u === 0 ? "" : itemAt(CN_NAMES, u));
  }
  // 100–9999: 一百零三, 一百一十, 一千零五, 一千零一十 (a zero between non-zero digits is read once
  // as 零; "十" keeps its "一" after 百/千).
  const units = ["千", "百", "十", ""];
  const digits = String(n).padStart(4, "0").split("").map(Number);
  let out = "";
  let pendingZero = false;
  for (const [i, d] of digits.entries()) {
    if (d === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += itemAt(CN_NAMES, d) + itemAt(units, i);
  }
  return out;
}

/** The code units of the characters of Chinese numerals: 〇 零 一 … 九 十 百 千. */
const CN_NUMERAL_CODES: ReadonlySet<number> = new Set(
  [...Object.keys(CN_DIGITS), "十", "百", "千"].map((c) => c.charCodeAt(0))
);

/**
 * True when the UTF-16 code unit `code` is a character of a Chinese numeral. By code, not by a
 * one-character string: no string is made per character read (every paragraph is asked).
 */
function isCnNumeralCode(code: number): boolean {
  return CN_NUMERAL_CODES.has(code);
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
  while (j < text.length && j - i < 4 && isCnNumeralCode(text.charCodeAt(j))) j++;
  if (j === i) return null;
  const value = parseChineseNumeral(text.slice(i, j));
  if (value === null || value === 0) return null;
  return { value, end: j, chinese: true, fullWidth: false };
}

/** Dashes writers type for 一 in "—、实施背景" (a real provincial notice has one). */
const DASHES_FOR_ONE = "—─－-–―";

/**
 * End (after the 、 or ，) of a dash typed for 一 at `start` ("—、", "─、", "-，"), or 0. A run of
 * dashes ("——单位全称") is not one: exactly one dash, then optional spaces, then 、 or ，.
 */
function dashForOneEnd(text: string, start: number): number {
  const k = skipSpaces(text, start + 1);
  if (k >= text.length || (text[k] !== "、" && text[k] !== "，")) return 0;
  return k + 1;
}

/**
 * Characters after a number that make it a quantity, not a section number ("1.5万元", "12 月",
 * "3.2 倍", "2.5%").
 */
const QUANTITY_AFTER =
  "万亿千百元角分年月日时号点秒个人家次项件台辆条米吨倍元%％‰度岁名位户天周份篇部套";

/** True for a CJK ideograph (U+4E00–U+9FFF) or a left quotation mark / bracket that starts a heading. */
function startsHeadingText(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || "“《「【".includes(c);
}

/**
 * A decimal section number at `start` ("1 实施背景", "2.1 驾驶员风险档案", "2.1.1检查项目",
 * "3.2．"): 1–4 parts of 1–2 digits joined by "." (or "．"), then spaces and/or heading text that
 * starts with an ideograph that is not a unit of quantity (`QUANTITY_AFTER`). A single number
 * must be followed by a space ("1 实施背景"; "1实施背景" is not read). Level = number of parts;
 * ordinal = the last part; issue `decimalNumbering`; the marker includes the spaces after it, so
 * that the renumbering fix leaves "（一）驾驶员风险档案". Undefined when it is not one.
 */
function decimalMarker(
  text: string,
  start: number,
  firstEnd: number,
  fullWidth: boolean
): MarkerMatch | undefined {
  const first = Number(
    text.slice(start, firstEnd).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
  );
  const parts: number[] = [first];
  let j = firstEnd;
  while (
    j < text.length &&
    (text[j] === "." || text[j] === "．") &&
    isDigit(text.charCodeAt(j + 1))
  ) {
    const ord = readOrdinal(text, j + 1);
    if (ord === null || ord.chinese) return undefined;
    parts.push(ord.value);
    j = ord.end;
  }
  if (parts.length > 4 || parts.some((x) => x === 0)) return undefined;
  if (parts.length > 1 && j < text.length && (text[j] === "." || text[j] === "．")) j++; // "2.1."
  const after = skipSpaces(text, j);
  if (parts.length === 1 && after === j) return undefined; // "1实施背景", "1.…" handled as 1.
  const head = text[after];
  if (head === undefined || !startsHeadingText(head) || QUANTITY_AFTER.includes(head))
    return undefined;
  const issues: MarkerIssue[] = ["decimalNumbering"];
  if (fullWidth) issues.push("fullWidthDigit");
  return {
    level: parts.length,
    marker: text.slice(start, after),
    ordinal: parts.at(-1) ?? first,
    kind: "decimal",
    markerIssues: issues,
    start,
    end: after,
  };
}

/**
 * A chapter marker at `start` (text[start] is 第): 第 + ordinal (Chinese or Arabic) + 章 / 部分
 * (level 1) or 节 (level 2), then spaces and heading text. Issue `chapterNumbering`; the marker
 * includes the spaces after it. Null otherwise ("第一，" is an ordinal of running text).
 */
function chapterMarker(text: string, start: number): MarkerMatch | null {
  const ord = readOrdinal(text, start + 1);
  if (ord === null) return null;
  let level: number;
  let j: number;
  if (text.startsWith("章", ord.end)) {
    level = 1;
    j = ord.end + 1;
  } else if (text.startsWith("部分", ord.end)) {
    level = 1;
    j = ord.end + 2;
  } else if (text.startsWith("节", ord.end)) {
    level = 2;
    j = ord.end + 1;
  } else return null;
  const after = skipSpaces(text, j);
  if (after < text.length && "，,、。：:".includes(text.charAt(after))) {
    // "第一章，" is running text unless followed by a heading; accept 、/：as the marker's end
    if (text[after] !== "、" && text[after] !== "：" && text[after] !== ":") return null;
  }
  let end = after;
  if (end < text.length && "、：:".includes(text.charAt(end))) end = skipSpaces(text, end + 1);
  if (end >= text.length) return null;
  return {
    level,
    marker: text.slice(start, end),
    ordinal: ord.value,
    kind: "chapter",
    markerIssues: ["chapterNumbering"],
    start,
    end,
  };
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
  } else if (DASHES_FOR_ONE.includes(text.charAt(start)) && dashForOneEnd(text, start) > 0) {
    // "—、实施背景": a dash typed for 一
    level = 1;
    kind = "chinese";
    ordinal = 1;
    j = dashForOneEnd(text, start);
    issues.push("dashForOne");
  } else if (text[start] === "第") {
    const ch = chapterMarker(text, start);
    if (ch === null) return null;
    return ch;
  } else {
    const ord = readOrdinal(text, start);
    if (ord === null || ord.end >= text.length) return null;
    if (!ord.chinese) {
      const dec = decimalMarker(text, start, ord.end, ord.fullWidth);
      if (dec !== undefined) return dec;
    }
    let pAt = ord.end;
    if (isSpace(text.charCodeAt(pAt))) {
      // "六 、工作分工": a stray space before the punctuation
      const k = skipSpaces(text, pAt);
      if (
        k < text.length &&
        "、.．,，".includes(text.charAt(k)) &&
        !isDigit(text.charCodeAt(k + 1))
      ) {
        issues.push("spaceInMarker");
        pAt = k;
      }
    }
    const p = text[pAt];
    const next = pAt + 1 < text.length ? text.charCodeAt(pAt + 1) : -1;
    ordinal = ord.value;
    j = pAt + 1;
    if (ord.fullWidth) issues.push("fullWidthDigit");
    if (ord.chinese) {
      level = 1;
      kind = "chinese";
      if (p === "、") {
        // right form
      } else if (p === "，" || p === ",") {
        // "一，二，三" counts; "一，总体要求" is a level-1 heading typed with a comma
        if (isDigit(next) || isCnNumeralCode(next)) return null;
        issues.push("chineseWithComma");
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
  if (enclosed && j < text.length && AFTER_PUNCT.includes(text.charAt(j))) {
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

/** Longest phrase after a colon (字, up to the next sentence mark) still read as part of a heading. */
const COLON_PHRASE_MAX_WORDS = 12;

/**
 * True when `text[from…]` (after a heading's colon) reads as running text: up to its next
 * sentence mark it is longer than `COLON_PHRASE_MAX_WORDS` 字 or holds a comma (a sentence:
 * "企业每月开展隐患排查并形成台账。"), and either there is a sentence mark or the rest is longer
 * than a heading part. "全面体检、集中研判。…" (short phrases) stays in the heading.
 */
function runningTextAfter(text: string, from: number): boolean {
  let stop = text.length;
  for (let i = from; i < text.length; i++) {
    if ("。！？；!?;".includes(text.charAt(i))) {
      stop = i;
      break;
    }
  }
  const phrase = text.slice(from, stop);
  if (!wordsExceed(phrase, COLON_PHRASE_MAX_WORDS) && !/[，,]/.test(phrase)) return false;
  return stop < text.length || wordsExceed(phrase, HEADING_PART_MAX_WORDS);
}

/**
 * For a paragraph that holds a heading and its body text ("（一）建立隐患台账。企业每月……",
 * facts §6 case 10), the UTF-16 offset in `text` just after the heading part: the first 。！？；：
 * (or half-width !?; ) after the marker, inclusive, provided more non-space text follows it and the
 * heading part (marker excluded) is at most `HEADING_PART_MAX_WORDS` 字. A full-width colon ends the
 * heading part only when running text follows it (a sentence mark, or more than
 * `HEADING_PART_MAX_WORDS` 字): "1.会诊：全面体检、集中研判" is one heading (issue 8). A ":" between digits
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
    if (!HEAD_END.includes(text.charAt(i))) continue;
    const end = i + 1;
    if (skipSpaces(text, end) >= text.length) return undefined;
    if (wordsExceed(text.slice(from, i), HEADING_PART_MAX_WORDS)) return undefined;
    // "会诊：全面体检、集中研判" is one heading: a colon ends the heading part only when what
    // follows is running text (a sentence mark in it, or longer than a heading part).
    if (text[i] === "：" && !runningTextAfter(text, end)) continue;
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

/**
 * The automatic number a paragraph has only through its paragraph style — a heading style linked
 * to a list (`w:style/w:pPr/w:numPr`, the paragraph having no `w:numPr` of its own) — which
 * giving it one of our role styles (they number nothing) would drop. The ONE decision of "which
 * numbering must a role-style write carry over", used by the CLI formatter (`ooxml/format`
 * writes it as the paragraph's own `w:numPr`) and by the Word write path (`word/applyEdits`
 * attaches the paragraph to its list again, `Paragraph.attachToList`, WordApi 1.3). A number the
 * paragraph's own `w:numPr` gives survives a style change and is not returned.
 * @param p a paragraph as read (its `numbering` resolved by the reader, `fromStyle` set there)
 * @returns the list instance (`w:numId`) and 0-based level (`w:ilvl`, resolved as the reader
 *   resolves it: along the basedOn chain, else the level linked to the style), or null. Pure.
 */
export function styleNumbering(p: {
  numbering: NumberingLabel | null;
}): { numId: string; ilvl: number } | null {
  const n = p.numbering;
  return n !== null && n.fromStyle === true ? { numId: n.numId, ilvl: n.ilvl } : null;
}
