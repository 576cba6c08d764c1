/**
 * @fileoverview Rule unit-line (R4): the line under the title is “——” (profile.unitLineDash,
 * two U+2014 EM DASH) followed by the unit's full name. Look-alike dashes (— alone, ———, --,
 * －－, ――, ─, –, -, ⸺ …) are findings with a text fix that replaces the dash; a line without
 * any dash gets the dash inserted; a missing line is a finding at the title. The name after the
 * dash must be the unit's full legal name: one that does not end with a legal-name ending
 * (`profile.unitNameSuffixes`: 公司, 分公司, 中心支公司, 研究院, 协会 …; a trailing "（盖章）"
 * ignored) — "——平安产险", a brand or a short name — is `notFullName`, a warning with a hint (the
 * heuristic may not know every kind of unit). A name that is the template's placeholder
 * ("——【申报单位全称】", `isPlaceholderText`) is 未填写: no name finding, and the checklist shows
 * 未填写 instead of ✓ (`appliesTo: "unitLine"`). Layer: core (pure).
 *
 * The unit line is the paragraph classified `unitLine`; when there is none, the first
 * non-empty paragraph after the title is taken as the unit line if it starts with a dash-like
 * character (so a wrong dash is reported as such, not as a missing line).
 */
import { refOf } from "../model";
import type { ClassifiedDocument } from "../roles";
import { indexesOfRole, paragraphTarget, type Rule } from "../rule";
import { itemAt } from "../item-at";
import { isPlaceholderText } from "../placeholder";

/**
 * Dash-like characters a writer may type for 破折号: hyphen-minus, U+2010–2015 (hyphen … horizontal
 * bar, incl. en and em dash), U+2E3A/2E3B (two- and three-em dash), U+2500/2501 (box drawing),
 * U+FF0D (full-width hyphen-minus), U+FE58 (small em dash), U+30FC (prolonged sound mark).
 */
const DASHES = /^[-\u2010-\u2015\u2e3a\u2e3b\u2500\u2501\uff0d\ufe58\u30fc]+/;

/** Leading whitespace (incl. U+3000 full-width space) before the dash. */
const LEADING = /^[\s\u3000]*/;

/** True when `name` ends with a legal-name ending, a trailing bracketed note ("（盖章）") aside. */
export function isFullName(name: string, suffixes: readonly string[]): boolean {
  const bare = name.replace(/[（(][^（()）]*[）)]\s*$/, "").trim();
  return suffixes.some((x) => x !== "" && bare.endsWith(x));
}

/** Index of the unit line, by role or by the fallback described in the file overview. */
function findUnitLine(c: ClassifiedDocument): number | null {
  const byRole = indexesOfRole(c, "unitLine")[0];
  if (byRole !== undefined) return byRole;
  const lastTitle = indexesOfRole(c, "title").at(-1);
  if (lastTitle === undefined) return null;
  const next = c.paragraphs.find(
    (p) => p.index > lastTitle && itemAt(c.doc.paragraphs, p.index).text.trim() !== ""
  );
  if (!next) return null;
  const text = itemAt(c.doc.paragraphs, next.index).text;
  return DASHES.test(text.slice(LEADING.exec(text)![0].length)) ? next.index : null;
}

/** unit-line: missing unit line, wrong or missing dash, dash without a name (R4). */
export const unitLine: Rule = {
  meta: {
    id: "unit-line",
    titleId: "rules.unit-line.title",
    category: "structure",
    appliesTo: "unitLine",
    requirementIds: ["R4"],
    defaultSeverity: "error",
    fixable: "text",
    messageIds: ["missing", "wrongDash", "missingDash", "missingName", "notFullName"],
  },
  check(ctx) {
    const c = ctx.classified;
    const dash = ctx.profile.unitLineDash;
    const index = findUnitLine(c);
    if (index === null) {
      const lastTitle = indexesOfRole(c, "title").at(-1);
      ctx.report({
        messageId: "missing",
        data: { dash },
        target: lastTitle === undefined ? { kind: "document" } : paragraphTarget(c, lastTitle),
      });
      return;
    }
    const p = itemAt(c.doc.paragraphs, index);
    const ref = refOf(p);
    const target = paragraphTarget(c, index);
    const start = LEADING.exec(p.text)![0].length;
    const found = DASHES.exec(p.text.slice(start))?.[0] ?? "";
    const end = start + found.length;
    if (found === "") {
      ctx.report({
        messageId: "missingDash",
        data: { dash },
        target,
        fix: [{ op: "replaceText", target: ref, span: [start, start], text: dash }],
      });
    } else if (found !== dash) {
      ctx.report({
        messageId: "wrongDash",
        data: { found, dash },
        target: paragraphTarget(c, index, [start, end]),
        fix: [{ op: "replaceText", target: ref, span: [start, end], text: dash }],
      });
    }
    const name = p.text.slice(end).trim();
    if (name === "") {
      ctx.report({ messageId: "missingName", data: { dash }, target });
    } else if (
      !isPlaceholderText(name, ctx.profile.placeholder) &&
      !isFullName(name, ctx.profile.unitNameSuffixes)
    ) {
      ctx.report({ messageId: "notFullName", data: { name }, target, severity: "warning" });
    }
  },
};
