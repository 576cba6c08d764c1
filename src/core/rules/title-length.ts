/**
 * @fileoverview Rule title-length (R2): 题目 at most profile.bounds.title.max 字 (Word's 字数,
 * R34, via `paragraphStats`) and one sentence. A title set on several consecutive title
 * paragraphs is counted as one. Layer: core (pure).
 */
import { paragraphStats } from "../count";
import { indexesOfRole, paragraphTarget, type Rule } from "../rule";
import { itemAt } from "../item-at";
import { isUnfilled } from "../placeholder";

/** Sentence-ending marks: full-width 。！？ and half-width ! ?. */
const SENTENCE_END = /[。！？!?]+/;

/** Number of sentences in `text`: non-empty pieces between sentence-ending marks. */
export function sentenceCount(text: string): number {
  return text.split(SENTENCE_END).filter((s) => s.replace(/[\s”’」』）)》"'】]/g, "") !== "")
    .length;
}

/** title-length: 题目 longer than the bound, or more than one sentence (R2). */
export const titleLength: Rule = {
  meta: {
    id: "title-length",
    titleId: "rules.title-length.title",
    category: "counts",
    appliesTo: "title",
    requirementIds: ["R2"],
    defaultSeverity: "error",
    messageIds: ["tooLong", "multipleSentences"],
  },
  check(ctx) {
    const c = ctx.classified;
    const titles = indexesOfRole(c, "title");
    const [first] = titles;
    if (first === undefined) return; // report-structure reports the missing title
    if (isUnfilled(c, "title")) return; // 未填写: the checklist says so (placeholder.ts)
    const paras = titles.map((i) => itemAt(c.doc.paragraphs, i));
    const count = paras.reduce((n, p) => n + paragraphStats(p).words, 0);
    const max = ctx.profile.bounds.title.max;
    const target = paragraphTarget(c, first);
    if (max !== undefined && count > max) {
      ctx.report({ messageId: "tooLong", data: { count, max }, target });
    }
    const sentences = sentenceCount(paras.map((p) => p.text).join(""));
    if (sentences > 1) {
      ctx.report({ messageId: "multipleSentences", data: { count: sentences }, target });
    }
  },
};
