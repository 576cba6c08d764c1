/**
 * @fileoverview Rule heading-levels (R11): headings of 正文 use at most
 * profile.headingLevels.length levels, each numbered with its level's marker (一、 / （一） /
 * 1.), ordinals counting 1, 2, 3 … within their parent, and no level-2 heading outside a
 * level-1 heading. Layer: core (pure).
 *
 * - `tooDeep`: level 4 or deeper (“（1）”, “①” …): merge it into level 3 or into the text.
 * - `wrongMarker`: the marker is not the level's form (markerIssues from numbering.ts such as
 *   “（一）、”, “1、”, “(一)”, or a form of another level). A typed marker gets a replaceText fix
 *   with the right marker for the same ordinal; an automatic-numbering label gets no fix (its
 *   form is in the numbering definition, not in the text).
 * - `missingMarker`: a heading (by style or outline level) without any number; it still takes
 *   the next place in its parent's sequence. Fix: insert that place's marker before the text
 *   (not when the paragraph has automatic numbering this scheme does not read, e.g. "第一章").
 * - `ordinalRepeated` / `ordinalSkipped`: the ordinal is the previous sibling's again, or not
 *   the previous + 1 (the first under a parent must be 1). The sequence continues from the
 *   written ordinal, so one slip is one finding. Fix (typed markers of the right form only):
 *   the marker of the heading's place among its siblings (its position, counted from 1 under
 *   its parent), so applying every fix numbers the level 1, 2, 3 …; a heading already at its
 *   place ("三、" after a skipped "三、" that is fixed to "二、") gets no fix. A marker of the
 *   wrong form gets its form fixed first (wrongMarker); the ordinal fix follows on the re-check.
 * - `orphan`: a heading of level ≥ 2 before any heading of a higher level.
 *
 * A heading that shares its paragraph with body text ("（一）建立隐患台账。企业每月……", facts §6
 * case 10; `HeadingInfo.headingEnd`) is checked as a heading only in its heading part: findings
 * that concern the whole heading target the span [0, headingEnd), never the body text after it.
 *
 * Headings of the report before 附件 are checked (a numbered heading inside 单位简介 is an
 * orphan); 附件 and anything outside the report are not numbered by this scheme.
 */
import { refOf } from "../model";
import { parseHeadingMarker, toChineseNumeral } from "../numbering";
import type { HeadingLevelSpec } from "../profile";
import type { SectionId } from "../roles";
import { paragraphTarget, type Rule } from "../rule";
import { itemAt } from "../item-at";

/** Sections whose headings are checked: the report before 附件 (a heading in 单位简介 is an orphan). */
const CHECKED: readonly SectionId[] = [
  "front",
  "unitIntro",
  "background",
  "practice",
  "effect",
  "bodyOther",
];

/** The right marker of `spec`'s level for `ordinal`: "二、", "（三）", "4.". */
export function levelMarker(spec: HeadingLevelSpec, ordinal: number): string {
  const n = spec.ordinal === "chinese" ? toChineseNumeral(ordinal) : String(ordinal);
  return `${spec.prefix}${n}${spec.suffix}`;
}

/** Longest heading text, in code points, that names an unnumbered heading in a message. */
const NAME_MAX = 16;

/**
 * How a message names a heading: its marker ("（一）") when it has one, otherwise the start of
 * its text ("实施背景", "把风险识别前移到出车之前的…") — never an empty “”.
 */
function headingName(marker: string, text: string): string {
  if (marker !== "") return marker;
  const chars = Array.from(text.trim());
  return chars.length <= NAME_MAX ? chars.join("") : `${chars.slice(0, NAME_MAX).join("")}…`;
}

/** heading-levels: depth, marker form, ordinal sequence and parentage of headings (R11). */
export const headingLevels: Rule = {
  meta: {
    id: "heading-levels",
    titleId: "rules.heading-levels.title",
    category: "headings",
    requirementIds: ["R11"],
    defaultSeverity: "error",
    fixable: "text",
    messageIds: [
      "tooDeep",
      "wrongMarker",
      "missingMarker",
      "ordinalRepeated",
      "ordinalSkipped",
      "orphan",
    ],
  },
  check(ctx) {
    const c = ctx.classified;
    const levels = ctx.profile.headingLevels;
    const max = levels.length;
    /** last[L] = ordinal of the previous heading of level L under the current parent. */
    const last: (number | undefined)[] = [];
    /** place[L] = position (from 1) of the current heading of level L under its parent. */
    const place: number[] = [];
    let shallowest = Infinity;
    for (const info of c.paragraphs) {
      const h = info.heading;
      if (!h || !CHECKED.includes(info.section)) continue;
      const p = itemAt(c.doc.paragraphs, info.index);
      const headingEnd =
        h.headingEnd !== undefined && h.headingEnd > 0 && h.headingEnd < p.text.length
          ? h.headingEnd
          : undefined;
      const target = paragraphTarget(
        c,
        info.index,
        headingEnd === undefined ? undefined : [0, headingEnd]
      );
      const spec = levels[h.level - 1]; // none past the profile's deepest level
      const name = headingName(h.marker, p.text.slice(0, headingEnd ?? p.text.length));
      if (spec === undefined) {
        ctx.report({
          messageId: "tooDeep",
          data: { level: h.level, max, marker: h.marker, name },
          target,
        });
        continue;
      }
      const position = (place[h.level] ?? 0) + 1;
      place[h.level] = position;
      place.length = h.level + 1;
      if (h.level > 1 && shallowest >= h.level) {
        ctx.report({
          messageId: "orphan",
          data: { level: h.level, parent: h.level - 1, marker: h.marker, name },
          target,
          severity: "warning",
        });
      }
      shallowest = Math.min(shallowest, h.level);
      if (h.marker === "" || h.ordinal === null) {
        const lead = /^[\s\u3000]*/.exec(p.text)![0].length;
        const unread = p.numbering !== null && p.numbering.label.trim() !== "";
        ctx.report({
          messageId: "missingMarker",
          data: { level: h.level, example: spec.example },
          target,
          severity: "warning",
          ...(unread
            ? {}
            : {
                fix: [
                  {
                    op: "replaceText" as const,
                    target: refOf(p),
                    span: [lead, lead] as [number, number],
                    text: levelMarker(spec, position),
                  },
                ],
              }),
        });
        // It still takes the next place in its parent's sequence.
        last[h.level] = (last[h.level] ?? 0) + 1;
        last.length = h.level + 1;
        continue;
      }
      const expected = levelMarker(spec, h.ordinal);
      if (h.markerIssues.length > 0 || h.marker !== expected) {
        const m = h.source === "typed" ? parseHeadingMarker(p.text) : null;
        const span: [number, number] | null =
          m && m.marker === h.marker ? [m.start, m.start + m.marker.length] : null;
        ctx.report({
          messageId: "wrongMarker",
          data: { marker: h.marker, expected, level: h.level },
          target: span ? paragraphTarget(c, info.index, span) : target,
          ...(span
            ? { fix: [{ op: "replaceText" as const, target: refOf(p), span, text: expected }] }
            : {}),
        });
      }
      const prev = last[h.level];
      const repeated = prev !== undefined && h.ordinal === prev;
      if (repeated || h.ordinal !== (prev ?? 0) + 1) {
        const m = h.source === "typed" ? parseHeadingMarker(p.text) : null;
        const want = levelMarker(spec, position);
        const fixable =
          m !== null && m.marker === h.marker && h.markerIssues.length === 0 && want !== h.marker;
        const fix = fixable
          ? {
              fix: [
                {
                  op: "replaceText" as const,
                  target: refOf(p),
                  span: [m.start, m.start + m.marker.length] as [number, number],
                  text: want,
                },
              ],
            }
          : {};
        if (repeated) {
          ctx.report({ messageId: "ordinalRepeated", data: { marker: h.marker }, target, ...fix });
        } else {
          ctx.report({
            messageId: "ordinalSkipped",
            data: { marker: h.marker, expected: levelMarker(spec, (prev ?? 0) + 1) },
            target,
            ...fix,
          });
        }
      }
      last[h.level] = h.ordinal;
      last.length = h.level + 1; // a new parent: deeper sequences start again
    }
  },
};
