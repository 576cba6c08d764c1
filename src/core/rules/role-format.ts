/**
 * @fileoverview Rule role-format (R14–R19): each paragraph whose role has a style the notice
 * prescribes (a RoleStyle whose requirementIds include one of R14–R19: 题目, 单位全称, 单位简介,
 * heading 1/2/3, 正文) has that style's East Asian font, 字号, bold, alignment (when prescribed)
 * and exact line spacing (when prescribed). Layer: core (pure).
 *
 * - Font: the resolved `w:eastAsia` of every run containing CJK text, matched by
 *   `matchFont` — alias passes, look-alike is a warning (case 13), a theme-decided font is
 *   "font overridden by theme" (case 3; a warning when the theme's font has the right name).
 * - Size (`w:sz`, shown as 字号 + points), bold: every non-blank run.
 * - Line spacing must be `lineRule="exact"` with the same `line`; a multiple or at-least value
 *   is wrong even when the points match (case 5).
 * - One finding per paragraph per property, with found and required values; a heading split
 *   from its body text (`heading.headingEnd`, case 10) is checked in two parts — the heading
 *   part against the heading style, the rest against 正文 — and each part's run findings carry
 *   the part's span. A level-4 heading is checked against the level-3 style (how one-click
 *   formatting treats it). Table paragraphs are left alone (case 12).
 * - Fix: `setRole` (format only) with the role and the headingEnd.
 */
import {
  alignmentName,
  matchFont,
  fontPasses,
  compareParagraph,
  compareRuns,
  sizeLabel,
  spacingName,
  type FormatMismatch,
} from "../fonts";
import type { Edit } from "../findings";
import { refOf } from "../model";
import type { FormattedRole, Profile, RoleStyle } from "../profile";
import type { Role } from "../roles";
import { paragraphTarget, type ReportDescriptor, type Rule } from "../rule";
import { itemAt } from "../item-at";

/** Requirement ids of the notice's formatting clauses (四(四)). */
export const FORMAT_REQUIREMENTS: readonly string[] = ["R14", "R15", "R16", "R17", "R18", "R19"];

/** The style role one-click formatting gives a paragraph of `role` (heading4 → heading3), or null. */
export function styleRoleOf(role: Role, profile: Profile): FormattedRole | null {
  if (role === "heading4") return "heading3";
  return Object.prototype.hasOwnProperty.call(profile.roles, role) ? (role as FormattedRole) : null;
}

/** True when the notice prescribes `style` (its requirementIds include one of R14–R19). */
export function isPrescribed(style: RoleStyle): boolean {
  return style.requirementIds.some((r) => FORMAT_REQUIREMENTS.includes(r));
}

const ROLE_NAMES: Record<FormattedRole, [string, string]> = {
  title: ["题目", "title"],
  unitLine: ["单位全称行", "unit line"],
  unitIntroHeading: ["单位简介标题", "unit introduction heading"],
  unitIntro: ["单位简介", "unit introduction"],
  heading1: ["一级标题", "level-1 heading"],
  heading2: ["二级标题", "level-2 heading"],
  heading3: ["三级标题", "level-3 heading"],
  body: ["正文", "body text"],
  attachmentHeading: ["附件标题", "attachment heading"],
  attachment: ["附件", "attachment"],
};

/** The message descriptor (without target and fix) for one mismatch. */
function describe(
  m: FormatMismatch,
  style: RoleStyle,
  role: FormattedRole,
  profile: Profile
): Pick<ReportDescriptor, "messageId" | "data" | "severity"> {
  const names = { role: ROLE_NAMES[role][0], roleEn: ROLE_NAMES[role][1] };
  switch (m.property) {
    case "font": {
      const found = m.found.join("、");
      const required = style.eastAsia;
      if (m.match === "theme") {
        const ok =
          m.found.length > 0 && m.found.every((f) => fontPasses(matchFont(f, required, profile)));
        // The theme's font is not always known (a pasted fragment may come without its theme
        // part): then say the theme decides, without naming a font.
        if (!found) return { messageId: "fontThemeUnnamed", data: { ...names, required } };
        return {
          messageId: "fontTheme",
          data: { ...names, found, required },
          severity: ok ? "warning" : "error",
        };
      }
      if (m.match === "missing") return { messageId: "fontMissing", data: { ...names, required } };
      if (m.match === "lookAlike") {
        return {
          messageId: "fontLookAlike",
          data: { ...names, found, required },
          severity: "warning",
        };
      }
      return { messageId: "fontWrong", data: { ...names, found, required } };
    }
    case "size":
      return {
        messageId: "sizeWrong",
        data: { ...names, found: m.found.map(sizeLabel).join("、"), required: sizeLabel(style.sz) },
      };
    case "bold":
      return { messageId: m.found ? "boldUnexpected" : "boldMissing", data: names };
    case "alignment":
      return {
        messageId: "alignmentWrong",
        data: {
          ...names,
          found: alignmentName(m.found, "zh-CN"),
          foundEn: alignmentName(m.found, "en-US"),
          required: alignmentName(style.alignment, "zh-CN"),
          requiredEn: alignmentName(style.alignment, "en-US"),
        },
      };
    case "spacing":
      return {
        messageId: "spacingWrong",
        data: {
          ...names,
          found: spacingName(m.found, "zh-CN"),
          foundEn: spacingName(m.found, "en-US"),
          required: spacingName(style.spacing, "zh-CN"),
          requiredEn: spacingName(style.spacing, "en-US"),
        },
      };
  }
}

/** role-format: font, 字号, bold, alignment and exact line spacing per role (R14–R19). */
export const roleFormat: Rule = {
  meta: {
    id: "role-format",
    titleId: "rules.role-format.title",
    category: "format",
    appliesTo: "formattedText",
    requirementIds: [...FORMAT_REQUIREMENTS],
    defaultSeverity: "error",
    fixable: "format",
    messageIds: [
      "fontWrong",
      "fontLookAlike",
      "fontMissing",
      "fontTheme",
      "fontThemeUnnamed",
      "sizeWrong",
      "boldMissing",
      "boldUnexpected",
      "alignmentWrong",
      "spacingWrong",
    ],
  },
  check(ctx) {
    const { classified: c, profile } = ctx;
    for (const info of c.paragraphs) {
      const p = itemAt(c.doc.paragraphs, info.index);
      if (p.tableDepth > 0) continue;
      const role = styleRoleOf(info.role, profile);
      if (role === null) continue;
      const style = profile.roles[role];
      if (!isPrescribed(style)) continue;
      const he = info.heading?.headingEnd;
      const headingEnd = he !== undefined && he > 0 && he < p.text.length ? he : undefined;
      const edit: Edit =
        headingEnd === undefined
          ? { op: "setRole", target: refOf(p), role }
          : { op: "setRole", target: refOf(p), role, headingEnd };
      const parts: { role: FormattedRole; range: [number, number]; span?: [number, number] }[] =
        headingEnd === undefined
          ? [{ role, range: [0, p.text.length] }]
          : [
              { role, range: [0, headingEnd], span: [0, headingEnd] },
              {
                role: "body",
                range: [headingEnd, p.text.length],
                span: [headingEnd, p.text.length],
              },
            ];
      const report = (m: FormatMismatch, partRole: FormattedRole, span?: [number, number]) => {
        const partStyle = profile.roles[partRole];
        ctx.report({
          ...describe(m, partStyle, partRole, profile),
          target: paragraphTarget(c, info.index, span),
          requirementIds: [...partStyle.requirementIds],
          fix: [edit],
        });
      };
      for (const part of parts) {
        const partStyle = profile.roles[part.role];
        if (!isPrescribed(partStyle)) continue;
        for (const m of compareRuns(p, part.range, partStyle, profile))
          report(m, part.role, part.span);
      }
      for (const m of compareParagraph(p, style, false)) report(m, role);
    }
  },
};
