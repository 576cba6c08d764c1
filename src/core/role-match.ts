/**
 * @fileoverview The one definition of "this paragraph matches its role" and of the direct
 * formatting that conflicts with a role style (R14–R19), used by one-click formatting's plan
 * (`plan.ts`: what to format), by the CLI formatter (`ooxml/format.ts`: what to clear) and by
 * the add-in's write and verification (`word/applyEdits.ts`: what to rewrite, what to report).
 * Layer: core (pure).
 */
import { compareParagraph, compareRuns } from "./fonts";
import type { ReportParagraph, StyleInfo } from "./model";
import type { FormattedRole, Profile, RoleStyle } from "./profile";

/**
 * Direct formatting that conflicts with our styles: `w:pPr` children and `w:rPr` children that
 * a role style sets (alignment, spacing, indent, outline level; fonts, size, bold). Other direct
 * formatting (colour, underline, italic …) is the writer's emphasis and is left alone.
 */
export const CONFLICTING_DIRECT = {
  paragraph: ["jc", "spacing", "ind", "outlineLvl"],
  run: ["rFonts", "sz", "szCs", "b", "bCs"],
} as const;

/** True when the paragraph's `w:pPr` sets something a role style prescribes. */
export function conflictingParagraphFormat(p: ReportParagraph): boolean {
  return p.direct.paragraph.some((d) =>
    (CONFLICTING_DIRECT.paragraph as readonly string[]).includes(d)
  );
}

/** True when a run (or the paragraph mark) sets fonts, size or bold directly. */
export function conflictingRunFormat(p: ReportParagraph): boolean {
  return p.direct.run.some((d) => (CONFLICTING_DIRECT.run as readonly string[]).includes(d));
}

/**
 * True when paragraph `p` already is exactly as one-click formatting makes it for `role`: our
 * style applied (matched by style name, or id), no conflicting direct formatting, and the
 * resolved formatting equal to the profile, including the style's own alignment and spacing
 * (`compareParagraph(..., strict = true)`); look-alike or theme fonts are not right. For a
 * heading split from its body text (`headingEnd`), the heading part must match the heading
 * style and the rest the body style; direct run formatting is then expected (one style cannot
 * format both parts), so only the paragraph-level direct properties count.
 */
export function matchesRole(
  p: ReportParagraph,
  role: FormattedRole,
  profile: Profile,
  headingEnd?: number
): boolean {
  const style = profile.roles[role];
  const body = profile.roles.body;
  const styled = (s: { styleId: string; styleName: string }): boolean =>
    p.styleName === s.styleName || p.styleId === s.styleId;
  if (!styled(style) && !(headingEnd !== undefined && styled(body))) return false;
  if (conflictingParagraphFormat(p)) return false;
  if (headingEnd === undefined && conflictingRunFormat(p)) return false;
  if (compareParagraph(p, style, true).length > 0) return false;
  if (headingEnd === undefined)
    return compareRuns(p, [0, p.text.length], style, profile).length === 0;
  return (
    compareRuns(p, [0, headingEnd], style, profile).length === 0 &&
    compareRuns(p, [headingEnd, p.text.length], body, profile).length === 0
  );
}

/** True when a resolved East Asian font is the required one or an alias (宋体 = SimSun). */
export function sameFont(actual: string | null, required: string, profile: Profile): boolean {
  if (actual === null) return false;
  const a = actual.trim().toLowerCase();
  return (
    a === required.toLowerCase() ||
    (profile.fontAliases[required] ?? []).some((x) => x.toLowerCase() === a)
  );
}

/**
 * Differences between a style definition (from OOXML) and the role style: "eastAsia", "latin",
 * "sz", "bold", "alignment", "spacing" (line and line rule).
 */
export function styleDiffs(info: StyleInfo, role: RoleStyle, profile: Profile): string[] {
  const d: string[] = [];
  if (!sameFont(info.run.eastAsia, role.eastAsia, profile)) d.push("eastAsia");
  if ((info.run.ascii ?? "").toLowerCase() !== role.latin.toLowerCase()) d.push("latin");
  if (info.run.sz !== role.sz) d.push("sz");
  if (info.run.bold !== role.bold) d.push("bold");
  if ((info.alignment ?? "left") !== role.styleAlignment) d.push("alignment");
  if (
    !info.spacing ||
    info.spacing.line !== role.styleSpacing.line ||
    info.spacing.lineRule !== role.styleSpacing.lineRule
  ) {
    d.push("spacing");
  }
  return d;
}
