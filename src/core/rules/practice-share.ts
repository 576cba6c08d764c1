/**
 * @fileoverview Rule practice-share (R7): 主要做法 at least profile.bounds.practice.min 字 (2000)
 * and at least profile.bounds.practiceShare.min of 正文 (70 %). Both figures are in the message.
 * Percentages are shown rounded DOWN to 0.1 % so a failing 69.96 % never reads "70.0 %".
 * Silent when there is no 主要做法 (body-length reports it). Layer: core (pure).
 */
import { sectionWordCounts } from "../classify";
import { findSection, paragraphTarget, sectionStart, type Rule } from "../rule";
import { isUnfilled } from "../placeholder";

/** A share 0–1 as a percentage rounded down to one decimal (0.6996 → 69.9). */
export function percentDown(share: number): number {
  return Math.floor(share * 1000 + 1e-9) / 10;
}

/** True when `part` is at least `minShare` of `whole` (exact in integers for shares like 0.7). */
export function shareAtLeast(part: number, whole: number, minShare: number): boolean {
  return part * 1000 >= Math.round(minShare * 1000) * whole;
}

/** practice-share: 主要做法 too short or too small a share of 正文 (R7). */
export const practiceShare: Rule = {
  meta: {
    id: "practice-share",
    titleId: "rules.practice-share.title",
    category: "counts",
    appliesTo: "practice",
    requirementIds: ["R7"],
    defaultSeverity: "error",
    messageIds: ["tooShort", "shareTooLow"],
  },
  check(ctx) {
    const c = ctx.classified;
    const section = findSection(c, "practice");
    if (!section || isUnfilled(c, "practice")) return; // 未填写 (placeholder.ts)
    const counts = sectionWordCounts(c);
    const practice = counts.practice;
    const body = counts.body;
    const target = paragraphTarget(c, sectionStart(section));
    const min = ctx.profile.bounds.practice.min;
    const minShare = ctx.profile.bounds.practiceShare.min;
    const share = body > 0 ? practice / body : 0;
    const data = {
      practice,
      body,
      share: percentDown(share),
      min: min ?? 0,
      minShare: Math.round((minShare ?? 0) * 1000) / 10,
    };
    if (min !== undefined && practice < min) ctx.report({ messageId: "tooShort", data, target });
    if (minShare !== undefined && body > 0 && !shareAtLeast(practice, body, minShare)) {
      ctx.report({ messageId: "shareTooLow", data, target });
    }
  },
};
