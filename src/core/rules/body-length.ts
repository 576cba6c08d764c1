/**
 * @fileoverview Rule body-length (R6): 正文 at least profile.bounds.body.min 字 (3000 in 2023),
 * with its three parts 实施背景 / 主要做法 / 实施效果. 正文 = background + practice + effect +
 * other level-1 parts, headings and tables included, numbering labels not counted
 * (`sectionWordCounts(...).body`, R34). Layer: core (pure).
 */
import { sectionWordCounts } from "../classify";
import { BODY_SECTIONS, findSection, paragraphTarget, sectionStart, type Rule } from "../rule";
import { isUnfilled } from "../placeholder";

/** The three required parts of 正文; each is named by its profile keyword (sectionKeywords[id][0]). */
const PARTS: readonly ("background" | "practice" | "effect")[] = [
  "background",
  "practice",
  "effect",
];

/** body-length: 正文 too short; a missing part of 正文 (R6). */
export const bodyLength: Rule = {
  meta: {
    id: "body-length",
    titleId: "rules.body-length.title",
    category: "counts",
    appliesTo: "body",
    requirementIds: ["R6"],
    defaultSeverity: "error",
    messageIds: ["tooShort", "missingPart"],
  },
  check(ctx) {
    const c = ctx.classified;
    const first = c.sections
      .filter((s) => BODY_SECTIONS.includes(s.id))
      .map(sectionStart)
      .sort((a, b) => a - b)[0];
    const target = first === undefined ? { kind: "document" as const } : paragraphTarget(c, first);
    const count = sectionWordCounts(c).body;
    const min = ctx.profile.bounds.body.min;
    if (min !== undefined && count < min && !isUnfilled(c, "body")) {
      ctx.report({ messageId: "tooShort", data: { count, min }, target });
    }
    for (const part of PARTS) {
      if (!findSection(c, part)) {
        const name = ctx.profile.sectionKeywords[part][0] ?? part;
        ctx.report({ messageId: "missingPart", data: { part: name }, target });
      }
    }
  },
};
