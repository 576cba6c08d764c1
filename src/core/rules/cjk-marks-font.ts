/**
 * @fileoverview Rule cjk-marks-font (R14–R19, facts §2.3 and §6 case 1): the Chinese quotation
 * marks, dash and ellipsis “ ” ‘ ’ — … sit in Unicode's General Punctuation block, which Word
 * draws with the run's Latin font (`w:hAnsi`) unless the run carries `w:hint="eastAsia"`
 * (MS-OI29500 §2.1.88). In a run without that hint whose `hAnsi` font is a Latin font (Times New
 * Roman, Calibri …; or not set, so the theme's Latin font), they come out narrow and in the Latin
 * face, although the East Asian font is right: a warning per paragraph at the span from the first
 * to the last such mark, naming the marks and the font. Layer: core (pure).
 *
 * Fix: `setRole` (fixable "format") for a paragraph outside tables whose role has a profile
 * style — one-click formatting writes `w:hint="eastAsia"` on every run (src/ooxml/format.ts
 * `setRunFormat`, and the styles carry it too), which moves the marks to the East Asian font.
 * Captions and table text get no fix: a dedicated edit op (set the hint on the runs covering a
 * span, splitting runs) would be needed in src/core/findings.ts, src/ooxml/format.ts and
 * src/word/applyEdits.ts; until then the message says how to fix it by hand.
 *
 * A font name is East Asian (`isEastAsianFontName`) when it contains a CJK character, is one of
 * the profile's role fonts, aliases or look-alikes, or is a known CJK family's Latin name (SimSun,
 * KaiTi, Microsoft YaHei, DengXian, MS Mincho, Noto Sans CJK …). Scope: the report's paragraphs
 * (`scope.ts`).
 */
import type { Edit } from "../findings";
import { refOf } from "../model";
import type { Profile } from "../profile";
import { paragraphTarget, type Rule } from "../rule";
import { reportParagraphMask } from "../scope";
import { FORMAT_REQUIREMENTS, isPrescribed, styleRoleOf } from "./role-format";
import { itemAt } from "../item-at";

/** The Chinese marks of General Punctuation whose font follows the hint (facts §2.3). */
export const GENERAL_PUNCTUATION_MARKS = "“”‘’—…";

/** Latin names of CJK font families (lower case), besides the profile's own names. */
const CJK_FAMILIES = [
  "simsun",
  "nsimsun",
  "simhei",
  "kaiti",
  "fangsong",
  "kaiti_gb2312",
  "fangsong_gb2312",
  "microsoft yahei",
  "microsoft jhenghei",
  "dengxian",
  "stsong",
  "stkaiti",
  "stfangsong",
  "stheiti",
  "stxihei",
  "stzhongsong",
  "pmingliu",
  "mingliu",
  "ms mincho",
  "ms gothic",
  "yu mincho",
  "yu gothic",
  "malgun gothic",
  "batang",
  "gulim",
  "source han sans",
  "source han serif",
  "noto sans cjk",
  "noto serif cjk",
  "noto sans sc",
  "noto serif sc",
  "pingfang sc",
  "hiragino sans gb",
  "songti sc",
  "heiti sc",
  "kaiti sc",
  "simsun-extb",
];

const CJK_CHAR = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;

/**
 * True when `name` is an East Asian font (see the file header); false for Latin fonts and for
 * null (nothing set: Word uses the theme's Latin font, e.g. Calibri or Times New Roman).
 */
export function isEastAsianFontName(name: string | null, profile: Profile): boolean {
  if (name === null || name.trim() === "") return false;
  if (CJK_CHAR.test(name)) return true;
  const n = name.trim().toLowerCase();
  if (CJK_FAMILIES.some((f) => n === f || n.startsWith(`${f} `))) return true;
  const known = [
    ...Object.values(profile.roles).map((r) => r.eastAsia),
    ...Object.entries(profile.fontAliases).flatMap(([k, v]) => [k, ...v]),
    ...Object.entries(profile.fontLookAlikes).flatMap(([k, v]) => [k, ...v]),
  ];
  return known.some((k) => k.trim().toLowerCase() === n);
}

/** cjk-marks-font: “”‘’—… drawn in the Latin font for want of `w:hint="eastAsia"` (R14–R19). */
export const cjkMarksFont: Rule = {
  meta: {
    id: "cjk-marks-font",
    titleId: "rules.cjk-marks-font.title",
    category: "format",
    requirementIds: [...FORMAT_REQUIREMENTS],
    defaultSeverity: "warning",
    fixable: "format",
    messageIds: ["latinFont"],
  },
  check(ctx) {
    const { classified: c, profile } = ctx;
    const mask = reportParagraphMask(c, profile);
    for (const info of c.paragraphs) {
      if (!mask[info.index]) continue;
      const p = itemAt(c.doc.paragraphs, info.index);
      let first = -1;
      let last = -1;
      const marks: string[] = [];
      const fonts: string[] = [];
      for (const run of p.runs) {
        const f = run.format;
        if (f.hint === "eastAsia" || isEastAsianFontName(f.hAnsi, profile)) continue;
        for (let k = 0; k < run.text.length; k++) {
          const ch = run.text.charAt(k);
          if (!GENERAL_PUNCTUATION_MARKS.includes(ch)) continue;
          const at = run.start + k;
          if (first < 0) first = at;
          last = at + 1;
          if (!marks.includes(ch)) marks.push(ch);
          const font = f.hAnsi ?? "";
          if (!fonts.includes(font)) fonts.push(font);
        }
      }
      if (first < 0) continue;
      const role = p.tableDepth > 0 ? null : styleRoleOf(info.role, profile);
      const style = role === null ? null : profile.roles[role];
      let fix: Edit[] | undefined;
      if (role !== null) {
        const he = info.heading?.headingEnd;
        fix = [
          he !== undefined && he > 0 && he < p.text.length
            ? { op: "setRole", target: refOf(p), role, headingEnd: he }
            : { op: "setRole", target: refOf(p), role },
        ];
      }
      const named = fonts.filter((x) => x !== "");
      ctx.report({
        messageId: "latinFont",
        data: {
          marks: marks.join(""),
          font: named.length > 0 ? named.join("、") : "主题西文字体",
          fontEn: named.length > 0 ? named.join(", ") : "the theme's Latin font",
        },
        target: paragraphTarget(c, info.index, [first, last]),
        ...(style !== null && isPrescribed(style)
          ? { requirementIds: [...style.requirementIds] }
          : {}),
        ...(fix ? { fix } : {}),
      });
    }
  },
};
