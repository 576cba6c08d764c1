/**
 * @fileoverview Rule report-structure (R1): the parts of the report are present and in the
 * order 题目 → “——单位全称” → 单位简介 → 正文 (实施背景 → 主要做法 → 实施效果) → 附件.
 * Layer: core (pure).
 *
 * Division of labour: this rule reports a missing 题目 or 单位简介 and every part out of order.
 * A missing unit line is reported by `unit-line` (R4) and a missing part of 正文 by
 * `body-length` (R6), so no problem is reported twice.
 */
import type { ClassifiedDocument } from "../roles";
import { findSection, indexesOfRole, paragraphTarget, sectionStart, type Rule } from "../rule";
import { itemAt } from "../item-at";

/** The parts in their required order, with the 字 name shown in messages. */
const PARTS = [
  { id: "title", name: "题目" },
  { id: "unitLine", name: "单位全称行" },
  { id: "unitIntro", name: "单位简介" },
  { id: "background", name: "实施背景" },
  { id: "practice", name: "主要做法" },
  { id: "effect", name: "实施效果" },
  { id: "attachment", name: "附件" },
] as const;

/** Paragraph index where `part` starts, or null when the document has no such part. */
function partStart(c: ClassifiedDocument, part: (typeof PARTS)[number]["id"]): number | null {
  switch (part) {
    case "title":
    case "unitLine":
      return indexesOfRole(c, part)[0] ?? null;
    case "unitIntro": {
      const s = findSection(c, "unitIntro");
      if (s) return sectionStart(s);
      const i = c.paragraphs.find((p) => p.role === "unitIntroHeading" || p.role === "unitIntro");
      return i ? i.index : null;
    }
    default: {
      const s = findSection(c, part);
      return s ? sectionStart(s) : null;
    }
  }
}

/**
 * Indexes of one longest strictly increasing subsequence of `xs` (O(n²); n ≤ 7 parts). Among
 * equally long ones, the one ending at the earliest index is kept (when two parts are swapped,
 * the later one in the required order is reported).
 */
export function longestIncreasing(xs: readonly number[]): Set<number> {
  // per index: the length of the longest such subsequence ending there, and its previous index
  const ends: { len: number; prev: number }[] = [];
  for (const [i, x] of xs.entries()) {
    let end = { len: 1, prev: -1 };
    for (const [j, y] of xs.slice(0, i).entries()) {
      const before = itemAt(ends, j);
      if (y < x && before.len + 1 > end.len) end = { len: before.len + 1, prev: j };
    }
    ends.push(end);
  }
  let best = -1;
  for (const [i, end] of ends.entries()) if (best < 0 || end.len > itemAt(ends, best).len) best = i;
  const out = new Set<number>();
  for (let i = best; i >= 0; i = itemAt(ends, i).prev) out.add(i);
  return out;
}

/** report-structure: missing 题目 / 单位简介 and parts out of order (R1). */
export const reportStructure: Rule = {
  meta: {
    id: "report-structure",
    titleId: "rules.report-structure.title",
    category: "structure",
    requirementIds: ["R1"],
    defaultSeverity: "error",
    messageIds: ["missingPart", "outOfOrder"],
  },
  check(ctx) {
    const c = ctx.classified;
    const starts = PARTS.map((p) => ({ ...p, at: partStart(c, p.id) }));
    for (const p of starts) {
      if (p.at === null && (p.id === "title" || p.id === "unitIntro")) {
        ctx.report({
          messageId: "missingPart",
          data: { part: p.name },
          target: { kind: "document" },
        });
      }
    }
    // The parts in place are the longest run of present parts whose positions increase in
    // the required order; every other present part is out of order (one finding per moved part).
    const present = starts.filter(
      (p): p is (typeof starts)[number] & { at: number } => p.at !== null
    );
    const inPlace = longestIncreasing(present.map((p) => p.at));
    present.forEach((p, k) => {
      if (inPlace.has(k)) return;
      const before = present
        .slice(0, k)
        .reverse()
        .find((_, j) => inPlace.has(k - 1 - j));
      ctx.report({
        messageId: "outOfOrder",
        data: { part: p.name, after: before?.name ?? PARTS[0].name },
        target: paragraphTarget(c, p.at),
      });
    });
  },
};
