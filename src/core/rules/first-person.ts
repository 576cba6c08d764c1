/**
 * @fileoverview Rule first-person (R10): the notice says 不要以“我们”…: the report is written in
 * the third person. Each occurrence of a profile.firstPersonWords entry (我们, 我单位, 我司,
 * 本公司 …) in the report's narration is an **error** at its place. Content, so no fix.
 * Layer: core (pure).
 *
 * Scope: paragraphs of the report proper (sections front, unitIntro and the parts of 正文,
 * table text included); 附件 and anything outside the report (e.g. the 申报书 form) are not
 * checked. Not narration, so at most an **info** (`quoted`): text inside “…”, 「…」 and 『…』
 * (quotation marks of GB/T 15834) — a quotation opened and not closed in the paragraph runs to
 * the paragraph's end, the Chinese convention for quotations spanning paragraphs — and the answer
 * of a Q&A paragraph ("答：…", "A：…": the interviewee speaks). At one position the longest word
 * wins (我公司, not a shorter entry inside it) and matches never overlap.
 *
 * 本人 is first person only as the writer's own pronoun: at the start of a clause (after the
 * paragraph's start, punctuation or a space) and not an object of signing or consent — "经本人
 * 签字确认", "由驾驶员本人填写", "本人签名" name someone else and are not reported.
 */
import type { SectionId } from "../roles";
import { paragraphTarget, type Rule } from "../rule";
import { itemAt } from "../item-at";

/** Sections whose text is the report proper. */
const CHECKED: readonly SectionId[] = [
  "front",
  "unitIntro",
  "background",
  "practice",
  "effect",
  "bodyOther",
];

const QUOTES: Readonly<Record<string, string>> = { "“": "”", "「": "」", "『": "』" };

/** A first-person word found: its [start, end) span (UTF-16) and whether it is inside a quotation. */
export interface FirstPersonMatch {
  span: [number, number];
  quoted: boolean;
}

/** Marks after which a clause starts (本人 there is the writer's pronoun). */
const CLAUSE_START = '，。；：、！？,.;:!?（(）)“”"\t \u3000';

/** What follows 本人 when someone else signs, consents or fills in ("本人签字", "本人确认"). */
const NOT_WRITER_AFTER = /^(?:签|确认|同意|承诺|亲|填写|申请|自愿|持有|须|应当|签署)/;

/** True when 本人 at `i` is the writer's own pronoun (see the file header). */
function isWritersBenren(text: string, i: number): boolean {
  if (i > 0 && !CLAUSE_START.includes(text.charAt(i - 1))) return false; // 经本人, 驾驶员本人
  return !NOT_WRITER_AFTER.test(text.slice(i + 2, i + 6));
}

/** The pattern of a word list by the list itself (a profile's list is one array for every paragraph). */
const byList = new WeakMap<readonly string[], RegExp>();

/** The one pattern of a word list (see {@link firstPersonPattern}), by the list joined with NUL. */
const patterns = new Map<string, RegExp>();

/**
 * One regular expression for a word list: the quotation marks of {@link QUOTES} and every word,
 * longest first (so at one position the longest word wins), as alternatives of literals. One
 * pass of it over a text is linear (each attempt compares at most the longest word's length),
 * instead of a `startsWith` per word per character (37 % of analyze on a 300 000-字 report).
 */
function firstPersonPattern(words: readonly string[]): RegExp {
  const known = byList.get(words);
  if (known !== undefined) return known;
  const key = words.join("\u0000");
  let re = patterns.get(key);
  if (re === undefined) {
    const sorted = [...new Set(words)]
      .filter((w) => w !== "")
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const marks = [...Object.keys(QUOTES), ...Object.values(QUOTES)];
    re = new RegExp([...marks, ...sorted].join("|"), "g");
    if (patterns.size > 16) patterns.clear();
    patterns.set(key, re);
  }
  byList.set(words, re);
  return re;
}

/** True for a closing quotation mark of {@link QUOTES}. */
function isQuoteMark(s: string): boolean {
  return Object.values(QUOTES).includes(s);
}

/**
 * Occurrences of `words` in `text`, in order, longest word first at each position,
 * non-overlapping, each marked `quoted` when inside a quotation (see the file header; 本人 only
 * as the writer's pronoun). One pass of {@link firstPersonPattern}: linear in the text.
 */
export function firstPersonMatches(text: string, words: readonly string[]): FirstPersonMatch[] {
  const out: FirstPersonMatch[] = [];
  if (!words.some((w) => w !== "")) return out;
  const re = firstPersonPattern(words);
  const closers: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const found = m[0];
    const i = m.index;
    const closer = Object.prototype.hasOwnProperty.call(QUOTES, found) ? QUOTES[found] : undefined;
    if (closers.length > 0 && found === closers.at(-1)) closers.pop();
    else if (closer !== undefined) closers.push(closer);
    else if (isQuoteMark(found))
      continue; // a closing mark with nothing open
    else if (found !== "本人" || isWritersBenren(text, i)) {
      out.push({ span: [i, i + found.length], quoted: closers.length > 0 });
    } else re.lastIndex = i + 1; // 本人 of someone else: look again from the next character
  }
  return out;
}

/**
 * Occurrences of `words` in `text` outside quotations, as [start, end) spans (UTF-16), in
 * order (see `firstPersonMatches`).
 */
export function findFirstPerson(text: string, words: readonly string[]): [number, number][] {
  return firstPersonMatches(text, words)
    .filter((m) => !m.quoted)
    .map((m) => m.span);
}

/** A Q&A answer: "答：", "答:", "A：", "A:" at the start (after spaces). */
const ANSWER = /^[\s\u3000]*(?:答|[Aa])[\s\u3000]*[：:]/;

/** first-person: 我们 / 我单位 / 我司 … in the report's narration (R10). */
export const firstPerson: Rule = {
  meta: {
    id: "first-person",
    titleId: "rules.first-person.title",
    category: "person",
    requirementIds: ["R10"],
    defaultSeverity: "error",
    messageIds: ["firstPerson", "quoted"],
  },
  check(ctx) {
    const c = ctx.classified;
    for (const info of c.paragraphs) {
      if (!CHECKED.includes(info.section) || info.placeholder === true) continue;
      const text = itemAt(c.doc.paragraphs, info.index).text;
      const answer = ANSWER.test(text);
      for (const m of firstPersonMatches(text, ctx.profile.firstPersonWords)) {
        const speech = m.quoted || answer;
        ctx.report({
          messageId: speech ? "quoted" : "firstPerson",
          data: { word: text.slice(m.span[0], m.span[1]) },
          target: paragraphTarget(c, info.index, m.span),
          ...(speech ? { severity: "info" as const } : {}),
        });
      }
    }
  },
};
