/**
 * @fileoverview Rule first-person (R10): the report is written in the third person; each
 * occurrence of a profile.firstPersonWords entry (我们, 我单位, 我司, 本公司 …) in the report's
 * text is a warning at its place. Content, so no fix. Layer: core (pure).
 *
 * Scope: paragraphs of the report proper (sections front, unitIntro and the parts of 正文,
 * table text included); 附件 and anything outside the report (e.g. the 申报书 form) are not
 * checked. Quoted speech is skipped: text inside “…”, 「…」 and 『…』 (quotation marks of
 * GB/T 15834) is not searched. A quotation opened and not closed in the paragraph runs to the
 * paragraph's end — the Chinese convention for quotations spanning paragraphs, where only the
 * last paragraph carries the closing mark. At one position the longest word wins (我公司, not
 * a shorter entry inside it) and matches never overlap.
 */
import type { SectionId } from "../roles";
import { paragraphTarget, type Rule } from "../rule";

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

/**
 * Occurrences of `words` in `text` outside quotations, as [start, end) spans (UTF-16), in
 * order, longest word first at each position, non-overlapping.
 */
export function findFirstPerson(text: string, words: readonly string[]): [number, number][] {
  const sorted = [...words].filter((w) => w !== "").sort((a, b) => b.length - a.length);
  const spans: [number, number][] = [];
  const closers: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (closers.length > 0 && ch === closers[closers.length - 1]) {
      closers.pop();
      i++;
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(QUOTES, ch)) {
      closers.push(QUOTES[ch]);
      i++;
      continue;
    }
    if (closers.length === 0) {
      const w = sorted.find((word) => text.startsWith(word, i));
      if (w) {
        spans.push([i, i + w.length]);
        i += w.length;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** first-person: 我们 / 我单位 / 我司 … in the report text (R10). */
export const firstPerson: Rule = {
  meta: {
    id: "first-person",
    titleId: "rules.first-person.title",
    category: "person",
    requirementIds: ["R10"],
    defaultSeverity: "warning",
    messageIds: ["firstPerson"],
  },
  check(ctx) {
    const c = ctx.classified;
    for (const info of c.paragraphs) {
      if (!CHECKED.includes(info.section)) continue;
      const text = c.doc.paragraphs[info.index].text;
      for (const span of findFirstPerson(text, ctx.profile.firstPersonWords)) {
        ctx.report({
          messageId: "firstPerson",
          data: { word: text.slice(span[0], span[1]) },
          target: paragraphTarget(c, info.index, span),
        });
      }
    }
  },
};
