/**
 * @fileoverview Finding a span of a paragraph's text with Word's `search()` — the one place that
 * decides what is searched (select and text fixes both use it). Layer: word.
 *
 * What Word's search can and cannot do (officejs-facts §8, §12):
 * - a tab or a manual line break in the search string finds nothing (office-js#2331 tab and soft
 *   line break; #5403 `\v` on the web), but the special codes of the docs page "Use search
 *   options in your Word add-in to find text" (search-option-guidance, "Search for special
 *   characters") do: `^t` tab, `^l` manual line break, `^^` a caret — so a caret of the text must
 *   be sent as `^^` too. Other control characters of `Paragraph.text` (page break "\f", column
 *   break U+000E, CR/LF) are not searched: a piece holding one is "not locatable" and reported;
 * - the documented cap is 255 characters (`Body.search`; > 255 is InvalidArgument on Windows,
 *   #168, #31, or silently finds nothing, #731); escapes count toward it and strings below it
 *   failed with 7–8 escapes (#1726); Word for Mac threw InvalidArgument on strings below 255
 *   (#320, length not given). The facts advise ≤ 200; we send at most {@link MAX_NEEDLE}
 *   characters AFTER escaping, which keeps every search under all of these (the double's mac
 *   profile rejects above 128). A longer span is found as its first piece expanded to its last
 *   piece (`Range.expandTo`, the workaround named in #168/#31), each piece located by its
 *   occurrence index, and each piece's text checked before anything is written;
 * - `RangeCollection.getFirst()` on no result throws ItemNotFound at sync and fails the whole
 *   batch: we use `getFirstOrNullObject()` (WordApi 1.3) for the first occurrence and the loaded
 *   collection for a later one, so a miss is an outcome, never an exception;
 * - an insertion at the very start or end of a paragraph needs no search at all
 *   (`Paragraph.insertText(…, "Start" | "End")`).
 */

/**
 * Most characters sent in one search, after escaping (`^t`, `^l`, `^^` count 2). Below the 200
 * the facts advise (§8 fact 5) so that Word for Mac's shorter limit (#320) is not met either.
 */
export const MAX_NEEDLE = 100;

/** Characters of an insertion point's neighbourhood searched to find it (the nearest ones). */
const INSERT_CONTEXT = 20;

/** Search special codes for characters of `Paragraph.text` (search-option-guidance). */
const SPECIAL: Readonly<Record<string, string>> = { "^": "^^", "\t": "^t", "\v": "^l" };

/** A control character search cannot find (not a tab or manual line break). */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNSEARCHABLE = /[\u0000-\u0008\u000a\u000c-\u001f\u007f]/;

/**
 * The search string for a piece of `Paragraph.text`: `^` → `^^`, tab → `^t`, manual line break
 * (`\v`) → `^l`; null when the piece is empty or holds a control character search cannot find.
 */
export function searchString(raw: string): string | null {
  if (raw === "" || UNSEARCHABLE.test(raw)) return null;
  return raw.replace(/[\^\t\v]/g, (c) => SPECIAL[c] ?? c);
}

/** Start offsets of sequential non-overlapping occurrences of `needle` in `hay` (the way search walks). */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** One search inside a paragraph: what is sent, the text it must find, and which occurrence. */
export interface Probe {
  /** The search string as sent (escaped, ≤ {@link MAX_NEEDLE}). */
  needle: string;
  /** The paragraph text it must match (`Range.text` of the hit is compared with it). */
  raw: string;
  /** Which occurrence (0-based) of `raw` in the paragraph. */
  k: number;
  /** How many occurrences the paragraph has (a later occurrence is trusted only when Word finds as many). */
  count: number;
}

/** Where a span is, in terms of searches. */
export type SpanPlan =
  /** The span is the probe's hit. */
  | { kind: "span"; probe: Probe }
  /** The span runs from the start of `head`'s hit to the end of `tail`'s (`expandTo`). */
  | { kind: "expand"; head: Probe; tail: Probe }
  /** An insertion point right after the probe's hit. */
  | { kind: "after"; probe: Probe }
  /** An insertion point right before the probe's hit. */
  | { kind: "before"; probe: Probe }
  /** An insertion point at the start / end of the paragraph (no search). */
  | { kind: "paragraphStart" }
  | { kind: "paragraphEnd" };

/** The probe for `text.slice(at, at + length)`, or null when it cannot be searched. */
function probeAt(text: string, at: number, length: number): Probe | null {
  const raw = text.slice(at, at + length);
  const needle = searchString(raw);
  if (needle === null || needle.length > MAX_NEEDLE) return null;
  const occ = occurrences(text, raw);
  const k = occ.indexOf(at);
  return k < 0 ? null : { needle, raw, k, count: occ.length };
}

/** Length of the longest searchable piece of `text` starting at `from` going forward (≤ max escaped). */
function searchableForward(text: string, from: number, to: number, max: number): number {
  let n = 0;
  let sent = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (UNSEARCHABLE.test(c)) break;
    const w = SPECIAL[c] ? 2 : 1;
    if (sent + w > max) break;
    sent += w;
    n++;
  }
  return n;
}

/** Length of the longest searchable piece of `text` ending at `to` going backward (≤ max escaped). */
function searchableBackward(text: string, from: number, to: number, max: number): number {
  let n = 0;
  let sent = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = text[i]!;
    if (UNSEARCHABLE.test(c)) break;
    const w = SPECIAL[c] ? 2 : 1;
    if (sent + w > max) break;
    sent += w;
    n++;
  }
  return n;
}

/**
 * Plans how to find `span` ([start, end) UTF-16 offsets) of a paragraph whose `Paragraph.text`
 * is `text`: the span itself when it can be searched whole, else its first and last searchable
 * pieces expanded one to the other; an insertion point (start = end) at the paragraph's start or
 * end without search, else after the characters before it (or before those after it).
 * @returns the plan, or "notLocatable" when the span is outside the text or its ends cannot be
 *   searched (a page break or other control character at an end)
 */
export function planSpan(text: string, span: readonly [number, number]): SpanPlan | "notLocatable" {
  const [start, end] = span;
  if (start < 0 || end < start || end > text.length) return "notLocatable";
  if (start === end) {
    if (start === 0) return { kind: "paragraphStart" };
    if (start === text.length) return { kind: "paragraphEnd" };
    const before = searchableBackward(text, 0, start, INSERT_CONTEXT);
    const a = before > 0 ? probeAt(text, start - before, before) : null;
    if (a) return { kind: "after", probe: a };
    const after = searchableForward(text, start, text.length, INSERT_CONTEXT);
    const b = after > 0 ? probeAt(text, start, after) : null;
    return b ? { kind: "before", probe: b } : "notLocatable";
  }
  const whole = probeAt(text, start, end - start);
  if (whole) return { kind: "span", probe: whole };
  const h = searchableForward(text, start, end, MAX_NEEDLE);
  const t = searchableBackward(text, start, end, MAX_NEEDLE);
  const head = h > 0 ? probeAt(text, start, h) : null;
  const tail = t > 0 ? probeAt(text, end - t, t) : null;
  return head && tail ? { kind: "expand", head, tail } : "notLocatable";
}

/**
 * Queues (no sync) the search of one probe in `paragraph` and what it must load: the first
 * occurrence through `getFirstOrNullObject()` with its text, a later one through the loaded
 * collection (items' text). Requires: WordApi 1.3.
 * @returns after the sync: the hit, or null when Word found nothing, found a different text, or
 *   (for a later occurrence) a different number of occurrences than the paragraph text has
 */
export function queueProbe(paragraph: Word.Paragraph, p: Probe): () => Word.Range | null {
  const opts = { matchCase: true };
  if (p.k === 0) {
    const r = paragraph.search(p.needle, opts).getFirstOrNullObject();
    r.load("text");
    return () => (!r.isNullObject && r.text === p.raw ? r : null);
  }
  const hits = paragraph.search(p.needle, opts);
  hits.load("items/text");
  return () => {
    const items = hits.items ?? [];
    const r = items[p.k];
    return items.length === p.count && r !== undefined && r.text === p.raw ? r : null;
  };
}

/** A located span, after the resolving sync. */
export interface LocatedSpan {
  /** The span's own range (null for an insertion point). */
  range: Word.Range | null;
  /** Queues the replacement of the span by `text` (an insertion at an insertion point). */
  write(text: string): void;
}

/**
 * Queues (no sync) the searches that locate a planned span in `paragraph` (see
 * {@link queueProbe}; none for a paragraph start/end). Requires: WordApi 1.3.
 * @returns after the sync: the located span, or null when a search missed (nothing queued)
 */
export function queueSpan(paragraph: Word.Paragraph, plan: SpanPlan): () => LocatedSpan | null {
  switch (plan.kind) {
    case "paragraphStart":
    case "paragraphEnd": {
      const at = plan.kind === "paragraphStart" ? "Start" : "End";
      return () => ({ range: null, write: (text) => void paragraph.insertText(text, at) });
    }
    case "span": {
      const hit = queueProbe(paragraph, plan.probe);
      return () => {
        const r = hit();
        return r && { range: r, write: (text) => void r.insertText(text, "Replace") };
      };
    }
    case "after":
    case "before": {
      const hit = queueProbe(paragraph, plan.probe);
      const at = plan.kind === "after" ? "End" : "Start";
      return () => {
        const r = hit();
        return r && { range: null, write: (text) => void r.insertText(text, at) };
      };
    }
    case "expand": {
      const head = queueProbe(paragraph, plan.head);
      const tail = queueProbe(paragraph, plan.tail);
      return () => {
        const a = head();
        const b = tail();
        if (!a || !b) return null;
        const r = a.expandTo(b);
        return { range: r, write: (text) => void r.insertText(text, "Replace") };
      };
    }
  }
}

/**
 * The smallest replacement with the same result: `span` of `text` replaced by `by`, without the
 * characters the old and new text share at the start and at the end. Fewer characters are
 * searched and written (a tab or line break the fix does not change is neither searched for nor
 * re-inserted), and the untouched characters keep their formatting.
 * @returns the narrowed span and text; `span` empty for an insertion, `by` empty for a deletion
 *   (both empty: the edit changes nothing)
 */
export function narrowEdit(
  text: string,
  span: readonly [number, number],
  by: string
): { span: [number, number]; text: string } {
  const [start, end] = span;
  const old = text.slice(start, end);
  let p = 0;
  while (p < old.length && p < by.length && old[p] === by[p]) p++;
  let s = 0;
  while (
    s < old.length - p &&
    s < by.length - p &&
    old[old.length - 1 - s] === by[by.length - 1 - s]
  )
    s++;
  // Never cut a surrogate pair (one character outside the BMP) in two.
  const high = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
  const low = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
  if (p > 0 && high(old.charCodeAt(p - 1))) p--;
  if (s > 0 && low(old.charCodeAt(old.length - s))) s--;
  return { span: [start + p, end - s], text: by.slice(p, by.length - s) };
}

/**
 * True when `text` can be written by `insertText`: no control character but the tab. A manual
 * line break ("\v") is inserted as a line break on Windows but as a stray character on the web
 * (office-js#5403), and other control characters have no text form: such a fix is not written.
 */
export function insertable(text: string): boolean {
  return !UNSEARCHABLE.test(text.replace(/\v/g, "\u0000"));
}

/**
 * The replacements that make `span` of `text` read `by`, last first: {@link narrowEdit} of the
 * whole; when the old and new text hold the same number of manual line breaks, one replacement
 * per piece between them (the line breaks stay where they are and are never written: see
 * {@link insertable}). Pieces that change nothing are left out (none: the text is already `by`).
 */
export function replacements(
  text: string,
  span: readonly [number, number],
  by: string
): { span: [number, number]; text: string }[] {
  const old = text.slice(span[0], span[1]);
  const olds = old.split("\v");
  const bys = by.split("\v");
  const parts: { span: [number, number]; text: string }[] = [];
  if (olds.length > 1 && olds.length === bys.length) {
    let at = span[0];
    olds.forEach((o, i) => {
      parts.push(narrowEdit(text, [at, at + o.length], bys[i]!));
      at += o.length + 1;
    });
  } else parts.push(narrowEdit(text, span, by));
  return parts.filter((r) => r.span[0] !== r.span[1] || r.text !== "").reverse();
}
