/**
 * @fileoverview Rule punctuation (R20, "标点规范", 附件二 四(一)): punctuation of Chinese running
 * text follows GB/T 15834-2011 (chinese-format-facts §4.2). Each finding carries a replaceText
 * fix (fixable "text", so it is listed for the writer's confirmation before it is applied).
 * Layer: core (pure).
 *
 * What is reported (`findPunctuationIssues`), in a Chinese context — a neighbour (the nearest
 * character that is not a space) is a CJK ideograph or a full-width mark:
 * - `halfWidth` — , . ; : ? ! → ，。；：？！. A "." needs Chinese before it and Chinese or
 *   the end after it; a ":" needs Chinese before it, or Chinese after it and no digit before.
 * - `halfWidthBracket` — a "( … )" pair whose content contains Chinese → （ … ）.
 * - `mixedBracket` — "（ … )" or "( … ）": the half-width one → full-width.
 * - `ellipsis` — "..." (3+ dots next to Chinese), "。。。", a single "…" or 3+ "…" → "……".
 * - `dash` — "--", "－－", "――" (U+2015), "———" next to Chinese → "——" (破折号, two U+2014).
 * - `dashSingle` (info) — a single "—" between two ideographs that does not look like a 连接号:
 *   a 破折号 is "——"; a 连接号 joining short terms (北京—上海, “服务—评价—改进”) is right as
 *   it is. Taken as a 连接号, and not reported: a "—" in a chain of single dashes, or one whose
 *   neighbouring terms (up to the next punctuation, quote or space) both have at most
 *   `CONNECTOR_TERM_MAX` characters. The message names both readings; the writer decides.
 * - `dateRange` — a date range written with "-", "~", "～", "－", "–", "――" or "——"
 *   (2023年3月-2023年10月, 3月~5月, 2016-2020年) → "—" (一字线, U+2014; GB/T 15834 4.13).
 * - `doubled` — "。。", "，，", "！！", "？？", "、、", "；；", "：：" → one mark.
 *
 * Left alone: numbers and times (3.14, 1,000, 8:00, 1:500), all-numeric dates (2023-10-31),
 * URLs and e-mail addresses, text in backquotes (quoted code), English passages (two or more
 * Latin words in a row, with their own punctuation), a heading's own marker (heading-levels,
 * R11, owns "(一)" and "一." there), the unit line (unit-line, R4, owns its dash), brackets
 * round Latin or digits only ("(AQ 9010-2019)", "(1)"), and the 申报书 form (`scope.ts`).
 *
 * Why not zhlint (npm `zhlint` 0.8.2, the maintained Chinese typography linter, facts §5(c)):
 * it parses Markdown through unified/remark-parse/remark-gfm (plus chalk, glob and minimist for
 * its CLI), a dependency tree that the Word add-in's bundle would carry for paragraphs that are
 * plain text; its spacing rules are on by default and would insert spaces (2023 年) that 公文
 * style does not write, so all of them must be turned off; its default `halfWidthPunctuation`
 * makes brackets half-width, the opposite of Chinese report practice; and its documented rules
 * do not cover the GB/T 15834 forms reviewers check here — the 一字线 in date ranges, the six-dot
 * ellipsis and the two-em 破折号. What remains useful after switching rules off is the
 * full-/half-width conversion, which is the smallest part of this file. So these are our own
 * rules, with tests (test/core/rules/punctuation.test.ts). No package was installed.
 */
import { refOf } from "../model";
import { parseHeadingMarker } from "../numbering";
import { paragraphTarget, type Rule } from "../rule";
import { findEmails } from "./privacy";
import { reportParagraphMask } from "../scope";
import { itemAt } from "../item-at";

/** Kinds of punctuation issue; each is a messageId of the rule. */
export type PunctKind =
  | "halfWidth"
  | "halfWidthBracket"
  | "mixedBracket"
  | "ellipsis"
  | "dash"
  | "dashSingle"
  | "dateRange"
  | "doubled";

/** One issue: the span to replace ([start, end) UTF-16), what is there, and what it should be. */
export interface PunctIssue {
  kind: PunctKind;
  span: [number, number];
  found: string;
  replacement: string;
  /** For bracket pairs: the second edit (the closing bracket). */
  second?: { span: [number, number]; replacement: string };
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Full-width marks of Chinese text: CJK punctuation, full-width forms, quotes, dash, ellipsis. */
const CJK_MARK = /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—]/u;

/** Longest term on either side of a single "—" for it to be read as a 连接号 (北京—上海). */
export const CONNECTOR_TERM_MAX = 4;

/** Length of the run of ideographs ending before `i` (dir -1) or starting at `i` (dir +1). */
function termLength(text: string, i: number, dir: 1 | -1): number {
  let n = 0;
  for (let j = i; j >= 0 && j < text.length && HAN.test(text.charAt(j)); j += dir) n++;
  return n;
}

/** True when the single "—" at `i` reads as a 连接号: in a chain, or between two short terms. */
function isConnector(text: string, i: number): boolean {
  const before = termLength(text, i - 1, -1);
  const after = termLength(text, i + 1, 1);
  const chained =
    (text[i - before - 1] === "—" && text[i - before - 2] !== "—") ||
    (text[i + after + 1] === "—" && text[i + after + 2] !== "—");
  return chained || (before <= CONNECTOR_TERM_MAX && after <= CONNECTOR_TERM_MAX);
}

const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);
const isCjk = (c: string | undefined): boolean =>
  c !== undefined && (HAN.test(c) || CJK_MARK.test(c));
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ",": "，",
  ".": "。",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

/**
 * Spans no punctuation rule touches: URLs, e-mail addresses, `code`, English passages.
 *
 * Linear work (each pattern is tried from every position of the text): a URL always matches once
 * its prefix is seen and the search resumes after it; a `code` span scans to the next backquote
 * only; e-mail addresses are found run by run (privacy.ts findEmails); an English passage is
 * tried once per run of word characters, at its start ({@link englishSpans}), so one long run
 * without a space is scanned by one attempt, not by one attempt per character (which was O(n²):
 * 56 s for 100 KB of letters). (No lookbehind: ES2018 syntax, beyond the pane's ES2017.)
 */
const PROTECTED: readonly { re: RegExp; needed: (text: string) => boolean }[] = [
  {
    re: /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+/giu,
    // a URL holds "://" or "www." (no other character folds to w, : or /): most text has neither
    needed: (text) => text.includes("://") || /[wW]{3}\./.test(text),
  },
  { re: /`[^`]*`/gu, needed: (text) => text.includes("`") },
];

/** A run of the characters English words are made of. */
const WORD_RUN = /[A-Za-z0-9'’-]+/g;
/** An English passage (two words or more, then an optional mark), tried at a run's start. */
const ENGLISH = /[A-Za-z][A-Za-z0-9'’-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’-]*)+[.,;:!?]?/uy;

/** The English passages of `text` as [start, end) spans: one attempt per word run (linear). */
function englishSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
    ENGLISH.lastIndex = m.index;
    const e = ENGLISH.exec(text);
    if (e === null) continue;
    out.push([m.index, m.index + e[0].length]);
    WORD_RUN.lastIndex = m.index + e[0].length;
  }
  return out;
}

/** A date (or year) just before a range dash: 2023年3月, 3月, 15日, 2023年, or 4 digits (2016-2020年). */
const DATE_BEFORE =
  /(?:[0-9]{4}\s*年(?:\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)?|[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*[日号])?|[0-9]{1,2}\s*[日号])\s*$/u;
const YEAR_BEFORE = /[0-9]{4}\s*$/u;
const DATE_AFTER = /^\s*[0-9]{1,4}\s*[年月日号]/u;
const YEAR_RANGE_AFTER = /^\s*[0-9]{4}\s*年/u;

const RANGE_DASH = /[-~～－–—―]+/y;
const DOTS = /\.{3,}/y;
const STOPS = /。{3,}/y;
const ELLIPSES = /…+/y;
const DASH_RUN = /(?:-{2,}|－{2,}|―+|—{3,})/y;
const DOUBLED = /([。，！？、；：])\1+/y;

function at(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(text);
  return m === null ? null : m[0];
}

/** Nearest character at or after `i` that is not a space, or undefined. */
function nextChar(text: string, i: number): string | undefined {
  let j = i;
  while (j < text.length && (text[j] === " " || text[j] === "\t")) j++;
  return j < text.length ? text[j] : undefined;
}

const LATIN_OR_BACKQUOTE = /[A-Za-z`]/;

// What the loop of findPunctuationIssues may do at a mark (bits of PUNCT_MARK).
const MARK = 1; // a mark the loop acts on
const RANGE = 2; // may be a date range's dash: - ~ ～ － – — ―
const DASH = 4; // may start a run of dashes: - － ― —
const DOUBLE = 8; // may be doubled: 。，！？、；：
const HALF = 16; // a half-width mark with a full-width form: , . ; : ? !

/**
 * The characters the loop of {@link findPunctuationIssues} acts on, by UTF-16 code unit: 0 for
 * the others, else the bits above. The loop skips the others with one table look-up each (no
 * regular expression call and no one-character string per mark: 30 000 marks in a 300 000-字
 * report).
 */
const PUNCT_MARK: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  const set = (chars: string, bit: number): void => {
    for (const c of chars) {
      const code = c.charCodeAt(0);
      t[code] = (t[code] ?? 0) | MARK | bit;
    }
  };
  set("-~～－–—―.。…，！？、；：,;:?!", 0);
  set("-~～－–—―", RANGE);
  set("-－―—", DASH);
  set("。，！？、；：", DOUBLE);
  set(",.;:?!", HALF);
  return t;
})();

/**
 * Nearest character before `i` that is not a space (U+0020/0009), or undefined. Called only at
 * the marks the loop acts on, each run of spaces is scanned by the one mark after it: linear.
 */
function prevChar(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  return j >= 0 ? text[j] : undefined;
}

/**
 * The protected positions of `text` (see {@link PROTECTED}, plus a heading marker): 1 at each
 * position inside such a span. A mask, so asking about a position costs O(1) whatever the
 * number of spans.
 */
function protectedMask(text: string): Uint8Array | null {
  const marker = parseHeadingMarker(text);
  // every protected pattern needs a Latin letter or a backquote: most Chinese paragraphs have none
  if (marker === null && !LATIN_OR_BACKQUOTE.test(text)) return null;
  const mask = new Uint8Array(text.length);
  for (const { re, needed } of PROTECTED) {
    if (!needed(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      mask.fill(1, m.index, m.index + m[0].length);
    }
  }
  for (const [s, e] of [...findEmails(text), ...englishSpans(text)]) mask.fill(1, s, e);
  if (marker !== null) mask.fill(1, marker.start, marker.start + marker.marker.length);
  return mask;
}

/**
 * The punctuation issues of one paragraph's text (R20), in text order, with non-overlapping
 * spans; see the file header for the kinds and what is left alone. Never throws.
 */
export function findPunctuationIssues(text: string): PunctIssue[] {
  const prot = protectedMask(text);
  const isProtected = (i: number): boolean => prot !== null && prot[i] === 1;
  const out: PunctIssue[] = [];
  const push = (kind: PunctKind, start: number, found: string, replacement: string) => {
    out.push({ kind, span: [start, start + found.length], found, replacement });
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    // every branch below starts at a mark of PUNCT_MARK: jump to the next one
    let bits = 0;
    while (i < n && (bits = PUNCT_MARK[text.charCodeAt(i)] ?? 0) === 0) i++;
    if (i === n) break;
    if (isProtected(i)) {
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    // Date ranges first: any dash-like run between a date and a number.
    const range = bits & RANGE ? at(RANGE_DASH, text, i) : null;
    if (range !== null) {
      const head = text.slice(Math.max(0, i - 16), i);
      const tail = text.slice(i + range.length, i + range.length + 16);
      const isDate =
        (DATE_BEFORE.test(head) && DATE_AFTER.test(tail)) ||
        (YEAR_BEFORE.test(head) && YEAR_RANGE_AFTER.test(tail));
      if (isDate) {
        if (range !== "—") push("dateRange", i, range, "—");
        i += range.length;
        continue;
      }
    }
    const dots = code === 0x2e /* . */ ? at(DOTS, text, i) : null;
    if (dots !== null) {
      if (isCjk(prevChar(text, i)) || isCjk(nextChar(text, i + dots.length)))
        push("ellipsis", i, dots, "……");
      i += dots.length;
      continue;
    }
    const stops = code === 0x3002 /* 。 */ ? at(STOPS, text, i) : null;
    if (stops !== null) {
      push("ellipsis", i, stops, "……");
      i += stops.length;
      continue;
    }
    const ell = code === 0x2026 /* … */ ? at(ELLIPSES, text, i) : null;
    if (ell !== null) {
      if (ell.length !== 2) push("ellipsis", i, ell, "……");
      i += ell.length;
      continue;
    }
    const dash = bits & DASH ? at(DASH_RUN, text, i) : null;
    if (dash !== null) {
      const before = prevChar(text, i);
      const after = nextChar(text, i + dash.length);
      if (isCjk(before) || isCjk(after) || before === undefined) push("dash", i, dash, "——");
      i += dash.length;
      continue;
    }
    if (code === 0x2014 /* — */) {
      const run = at(/—+/y, text, i) ?? "—";
      if (run.length === 1 && isHan(text[i - 1]) && isHan(text[i + 1]) && !isConnector(text, i)) {
        push("dashSingle", i, "—", "——");
      }
      i += run.length;
      continue;
    }
    // a doubled mark needs the same mark next: test that before trying the pattern
    const doubled = bits & DOUBLE && text.charCodeAt(i + 1) === code ? at(DOUBLED, text, i) : null;
    if (doubled !== null) {
      push("doubled", i, doubled, text.charAt(i));
      i += doubled.length;
      continue;
    }
    if (bits & HALF) {
      const c = text.charAt(i);
      const full = HALF_TO_FULL[c] ?? c;
      const before = prevChar(text, i);
      const after = nextChar(text, i + 1);
      let chinese: boolean;
      if (c === ".") chinese = isCjk(before) && (after === undefined || isCjk(after));
      else if (c === ":") chinese = isCjk(before) || (isCjk(after) && !isDigit(before));
      else chinese = isCjk(before) || isCjk(after);
      if (chinese) push("halfWidth", i, c, full);
    }
    i++;
  }
  out.push(...bracketIssues(text, isProtected));
  // nothing can overlap in fewer than two issues (most paragraphs): no mask to allocate
  if (out.length < 2) return out;
  out.sort((a, b) => a.span[0] - b.span[0]);
  // Keep the first of overlapping issues (edits must never overlap).
  const kept: PunctIssue[] = [];
  // positions taken by kept edits: an overlap test costs the edit's length, not the number kept
  const taken = new Uint8Array(text.length);
  const overlaps = ([s, e]: [number, number]): boolean => {
    for (let k = s; k < e; k++) if (taken[k]) return true;
    return false;
  };
  for (const issue of out) {
    const spans = issue.second ? [issue.span, issue.second.span] : [issue.span];
    const editSpans = issue.second
      ? [[issue.span[0], issue.span[0] + 1] as [number, number], issue.second.span]
      : spans;
    if (editSpans.some(overlaps)) continue;
    for (const [a, b] of editSpans) taken.fill(1, a, b);
    kept.push(issue);
  }
  return kept;
}

const BRACKET = /[()（）]/g;

/** Bracket pairs: mixed widths, and half-width pairs round Chinese content (see file header). */
function bracketIssues(text: string, isProtected: (i: number) => boolean): PunctIssue[] {
  const out: PunctIssue[] = [];
  const stack: number[] = [];
  BRACKET.lastIndex = 0;
  // han[k]: ideographs in text[0, k) — "is there one between the brackets" in O(1), so nested
  // brackets cost O(n), not the sum of their contents' lengths
  let han: Int32Array | null = null;
  const hanBetween = (a: number, b: number): boolean => {
    if (han === null) {
      han = new Int32Array(text.length + 1);
      let n = 0;
      for (let k = 0; k < text.length; k++) {
        if (HAN.test(text.charAt(k))) n++;
        han[k + 1] = n;
      }
    }
    return itemAt(han, b) - itemAt(han, a) > 0;
  };
  for (let m = BRACKET.exec(text); m !== null; m = BRACKET.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (isProtected(i)) continue;
    if (c === "(" || c === "（") {
      stack.push(i);
      continue;
    }
    const open = stack.pop();
    if (open === undefined) continue;
    const o = text.charAt(open);
    const openHalf = o === "(";
    const closeHalf = c === ")";
    if (openHalf !== closeHalf) {
      // the half-width one of the pair is the one to change
      const j = openHalf ? open : i;
      out.push({
        kind: "mixedBracket",
        span: [j, j + 1],
        found: openHalf ? "(" : ")",
        replacement: openHalf ? "（" : "）",
      });
    } else if (openHalf && hanBetween(open + 1, i)) {
      out.push({
        kind: "halfWidthBracket",
        span: [open, i + 1],
        // shown in the message: a long (or nested) content is cut in its middle, so n nested
        // pairs cost O(n) to report, not the sum of their lengths
        found:
          i + 1 - open <= 24
            ? text.slice(open, i + 1)
            : `${text.slice(open, open + 10)}…${text.slice(i - 9, i + 1)}`,
        replacement: "（",
        second: { span: [i, i + 1], replacement: "）" },
      });
    }
  }
  return out;
}

/** punctuation: GB/T 15834 punctuation in Chinese text, each with a text fix (R20). */
export const punctuation: Rule = {
  meta: {
    id: "punctuation",
    titleId: "rules.punctuation.title",
    category: "format",
    requirementIds: ["R20"],
    defaultSeverity: "warning",
    fixable: "text",
    messageIds: [
      "halfWidth",
      "halfWidthBracket",
      "mixedBracket",
      "ellipsis",
      "dash",
      "dashSingle",
      "dateRange",
      "doubled",
    ],
  },
  check(ctx) {
    const c = ctx.classified;
    const mask = reportParagraphMask(c, ctx.profile);
    for (const info of c.paragraphs) {
      if (!mask[info.index] || info.role === "unitLine") continue;
      const p = itemAt(c.doc.paragraphs, info.index);
      const issues = findPunctuationIssues(p.text);
      if (issues.length === 0) continue;
      const ref = refOf(p); // hashes the text: only for a paragraph with findings
      for (const issue of issues) {
        const fix = issue.second
          ? [
              {
                op: "replaceText" as const,
                target: ref,
                span: [issue.span[0], issue.span[0] + 1] as [number, number],
                text: issue.replacement,
              },
              {
                op: "replaceText" as const,
                target: ref,
                span: issue.second.span,
                text: issue.second.replacement,
              },
            ]
          : [
              {
                op: "replaceText" as const,
                target: ref,
                span: issue.span,
                text: issue.replacement,
              },
            ];
        ctx.report({
          messageId: issue.kind,
          data: {
            found: issue.found,
            replacement: issue.second ? `（…）` : issue.replacement,
          },
          target: paragraphTarget(c, info.index, issue.span),
          ...(issue.kind === "dashSingle" ? { severity: "info" as const } : {}),
          fix,
        });
      }
    }
  },
};
