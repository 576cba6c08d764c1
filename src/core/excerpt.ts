/**
 * @fileoverview The quote of a finding's place (第N段「…」): a few characters of the paragraph
 * around the span a rule reported, with the span itself apart so the pane can highlight it. One
 * definition for the CLI's reports and the task pane's finding rows. Pure. Layer: core.
 */

/** Longest quote of a finding's place, in characters (code points). */
export const QUOTE_MAX = 20;
import { itemAt } from "./item-at";

/** A quote of a place: the text shown and where it was cut. */
export interface Quote {
  /** The whole quote (`before + hit + after`), line breaks and tabs as spaces. */
  quote: string;
  /** The quote before the span. */
  before: string;
  /** The span's own text as far as it fits in the quote (empty without a span). */
  hit: string;
  /** The quote after the span. */
  after: string;
  /** Text of the paragraph goes on before / after the quote. */
  cutStart: boolean;
  cutEnd: boolean;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * The quote of a place: at most `max` characters (code points) of `text` around `span`
 * ([start, end) in UTF-16 offsets), the span centred when it fits, else its first `max`
 * characters; without a span, the start of the paragraph. Line breaks and tabs become spaces.
 * Works on a window around the span, so it is cheap even for a megabyte-long paragraph.
 * @returns the quote, the same split around the span (`before` + `hit` + `after` === `quote`;
 *   `hit` is empty without a span) and whether text was cut before or after it
 */
export function quoteAround(
  text: string,
  span: [number, number] | null,
  max: number = QUOTE_MAX
): Quote {
  const len = text.length;
  const s = Math.max(0, Math.min(len, span ? span[0] : 0));
  const e = Math.max(s, Math.min(len, span ? span[1] : 0));
  const reach = 2 * max + 2;
  let lo = Math.max(0, s - reach);
  let hi = Math.min(len, Math.min(e, s + reach) + reach);
  if (lo > 0 && isLowSurrogate(text.charCodeAt(lo))) lo--;
  if (hi < len && isHighSurrogate(text.charCodeAt(hi - 1))) hi++;
  const cps = Array.from(text.slice(lo, hi));
  const offsets: number[] = [];
  let off = lo;
  for (const c of cps) {
    offsets.push(off);
    off += c.length;
  }
  offsets.push(off);
  const cpIndex = (u: number): number => {
    let i = 0;
    while (i < cps.length && itemAt(offsets, i) < u) i++;
    return i;
  };
  const si = cpIndex(s);
  const ei = Math.max(si, cpIndex(e));
  let qs: number;
  let qe: number;
  if (ei - si >= max) {
    qs = si;
    qe = si + max;
  } else {
    const rest = max - (ei - si);
    const left = Math.floor(rest / 2);
    qs = si - left;
    qe = ei + (rest - left);
    if (qs < 0) {
      qe -= qs;
      qs = 0;
    }
    if (qe > cps.length) {
      qs = Math.max(0, qs - (qe - cps.length));
      qe = cps.length;
    }
  }
  const clean = (from: number, to: number): string =>
    cps
      .slice(from, to)
      .join("")
      .replace(/[\t\n\r\v\f\u2028\u2029]/g, " ");
  const hs = Math.min(Math.max(si, qs), qe);
  const he = Math.min(Math.max(ei, hs), qe);
  const before = clean(qs, hs);
  const hit = span ? clean(hs, he) : "";
  const after = span ? clean(he, qe) : clean(hs, qe);
  return {
    quote: before + hit + after,
    before,
    hit,
    after,
    cutStart: itemAt(offsets, qs) > 0,
    cutEnd: itemAt(offsets, qe) < len,
  };
}
