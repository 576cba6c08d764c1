/**
 * @fileoverview Formatting facts and comparisons shared by the format rules, the checklist and
 * one-click formatting: the 字号 table, font-name matching with aliases and look-alikes
 * (chinese-format-facts §3.4, failure cases 2, 3, 13), run/paragraph formatting compared with a
 * profile RoleStyle (R14–R19; exact line spacing, case 5), and the page-size check (R13).
 * Layer: core (pure).
 *
 * Units: sizes in half-points (`w:sz`; 小三 15 pt = 30), line spacing in twips (1/20 pt) for
 * `exact`/`atLeast` and 240ths of a line for `auto`, page sizes in twips (A4 = 11906 × 16838).
 */
import type { Alignment, LineSpacing, ReportParagraph, Section } from "./model";
import type { Profile, RoleStyle } from "./profile";
import type { Locale } from "./messages";

// ---------------------------------------------------------------------------------------------
// 字号
// ---------------------------------------------------------------------------------------------

/** One 字号: its name, size in points and in half-points (`w:sz`). */
export interface Zihao {
  name: string;
  pt: number;
  halfPoints: number;
}

/** The 字号 table, largest first (chinese-format-facts §1; no source disagrees on any value). */
export const ZIHAO: readonly Zihao[] = [
  { name: "初号", pt: 42, halfPoints: 84 },
  { name: "小初", pt: 36, halfPoints: 72 },
  { name: "一号", pt: 26, halfPoints: 52 },
  { name: "小一", pt: 24, halfPoints: 48 },
  { name: "二号", pt: 22, halfPoints: 44 },
  { name: "小二", pt: 18, halfPoints: 36 },
  { name: "三号", pt: 16, halfPoints: 32 },
  { name: "小三", pt: 15, halfPoints: 30 },
  { name: "四号", pt: 14, halfPoints: 28 },
  { name: "小四", pt: 12, halfPoints: 24 },
  { name: "五号", pt: 10.5, halfPoints: 21 },
  { name: "小五", pt: 9, halfPoints: 18 },
  { name: "六号", pt: 7.5, halfPoints: 15 },
  { name: "小六", pt: 6.5, halfPoints: 13 },
  { name: "七号", pt: 5.5, halfPoints: 11 },
  { name: "八号", pt: 5, halfPoints: 10 },
];

/** Word's font size when nothing sets `w:sz`: 10 pt = 20 half-points. */
export const WORD_DEFAULT_SZ = 20;

/** The 字号 name of a size in half-points ("小三" for 30), or null when no 字号 has that size. */
export function zihaoName(halfPoints: number): string | null {
  return ZIHAO.find((z) => z.halfPoints === halfPoints)?.name ?? null;
}

/**
 * A locale-neutral label of a size in half-points for messages: "小三 15pt", or "13pt" when no
 * 字号 matches. Null (nothing sets the size) is shown as Word's default, "10pt".
 */
export function sizeLabel(halfPoints: number | null): string {
  const hp = halfPoints ?? WORD_DEFAULT_SZ;
  const name = zihaoName(hp);
  const pt = `${hp / 2}pt`;
  return name ? `${name} ${pt}` : pt;
}

// ---------------------------------------------------------------------------------------------
// Font names
// ---------------------------------------------------------------------------------------------

/**
 * How a found East Asian font name relates to the required one:
 * "exact" same name (case-insensitive); "alias" the same font under another name (宋体 = SimSun,
 * a pass); "lookAlike" a different font that looks the same (楷体 for 楷体_GB2312: a warning,
 * never a pass — case 13); "wrong" anything else; "missing" no name at all (null or blank).
 */
export type FontMatch = "exact" | "alias" | "lookAlike" | "wrong" | "missing";

const norm = (name: string): string => name.trim().toLowerCase();

/** The names equivalent to `required` under profile.fontAliases (both directions), normalised. */
function aliasGroup(required: string, profile: Profile): string[] {
  const r = norm(required);
  for (const [canonical, aliases] of Object.entries(profile.fontAliases)) {
    const group = [canonical, ...aliases].map(norm);
    if (group.includes(r)) return group;
  }
  return [r];
}

/**
 * Compares a found East Asian font name with the required one, case-insensitively, using
 * `profile.fontAliases` (pass) and `profile.fontLookAlikes` (distinct warning). R14–R19.
 */
export function matchFont(found: string | null, required: string, profile: Profile): FontMatch {
  if (found === null || found.trim() === "") return "missing";
  const f = norm(found);
  if (f === norm(required)) return "exact";
  const group = aliasGroup(required, profile);
  if (group.includes(f)) return "alias";
  for (const [canonical, lookAlikes] of Object.entries(profile.fontLookAlikes)) {
    if (group.includes(norm(canonical)) && lookAlikes.map(norm).includes(f)) return "lookAlike";
  }
  return "wrong";
}

/** True for "exact" and "alias": the name is the required font. */
export function fontPasses(match: FontMatch): boolean {
  return match === "exact" || match === "alias";
}

/**
 * CJK text: ideographs (BMP, Extension A, compatibility, supplementary planes), CJK symbols and
 * punctuation (U+3000–303F) and full-width forms (U+FF00–FFEF). These are the characters whose
 * font comes from the East Asian slot `w:eastAsia`.
 */
const CJK =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;

/** True when `text` contains a character rendered with the East Asian font (see CJK above). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

// ---------------------------------------------------------------------------------------------
// Formatting compared with a RoleStyle
// ---------------------------------------------------------------------------------------------

/** One property of a paragraph (part) that differs from its RoleStyle. */
export type FormatMismatch =
  /** East Asian font of the CJK runs; `found` = distinct names with the worst outcome. */
  | { property: "font"; match: "theme" | "missing" | "wrong" | "lookAlike"; found: string[] }
  /** Size of the non-blank runs; `found` = distinct wrong sizes in half-points (null = unset). */
  | { property: "size"; found: (number | null)[] }
  /** Bold of the non-blank runs; `found` = the wrong value. */
  | { property: "bold"; found: boolean }
  | { property: "alignment"; found: Alignment | null }
  | { property: "spacing"; found: LineSpacing | null };

const FONT_RANK = { missing: 4, theme: 3, wrong: 2, lookAlike: 1 } as const;

/**
 * Compares the runs of `p` inside `range` ([start, end) UTF-16 offsets of the paragraph text)
 * with `style`: East Asian font of every run part containing CJK text (a theme-decided font is
 * "theme" whatever its name — case 3), size and bold of every non-blank run part. At most one
 * mismatch per property. R14–R19.
 */
export function compareRuns(
  p: ReportParagraph,
  range: [number, number],
  style: RoleStyle,
  profile: Profile
): FormatMismatch[] {
  let fontWorst: { match: keyof typeof FONT_RANK; found: string[] } | null = null;
  const sizes: (number | null)[] = [];
  let boldWrong = false;
  for (const run of p.runs) {
    const from = Math.max(range[0], run.start);
    const to = Math.min(range[1], run.start + run.text.length);
    if (to <= from) continue;
    const text = run.text.slice(from - run.start, to - run.start);
    if (text.trim() === "") continue;
    const f = run.format;
    if (hasCjk(text)) {
      let match: keyof typeof FONT_RANK | null;
      if (f.eastAsiaFromTheme) match = "theme";
      else {
        const m = matchFont(f.eastAsia, style.eastAsia, profile);
        match = fontPasses(m) ? null : (m as "missing" | "wrong" | "lookAlike");
      }
      if (match) {
        const name = f.eastAsia ?? "";
        if (!fontWorst || FONT_RANK[match] > FONT_RANK[fontWorst.match]) {
          fontWorst = { match, found: name ? [name] : [] };
        } else if (match === fontWorst.match && name && !fontWorst.found.includes(name)) {
          fontWorst.found.push(name);
        }
      }
    }
    if (f.sz !== style.sz && !sizes.includes(f.sz)) sizes.push(f.sz);
    if (f.bold !== style.bold) boldWrong = true;
  }
  const out: FormatMismatch[] = [];
  if (fontWorst) out.push({ property: "font", ...fontWorst });
  if (sizes.length > 0) out.push({ property: "size", found: sizes });
  if (boldWrong) out.push({ property: "bold", found: !style.bold });
  return out;
}

/** True when `found` is the same line spacing as `required`: same lineRule and same line. */
export function spacingEquals(found: LineSpacing | null, required: LineSpacing): boolean {
  return found !== null && found.lineRule === required.lineRule && found.line === required.line;
}

/**
 * Compares paragraph-level properties with `style`. With `strict` false only what the profile
 * prescribes is compared (`alignment`, `spacing` when not null: the rule's view); with `strict`
 * true the style's own `styleAlignment`/`styleSpacing` are compared too (one-click
 * formatting's "already exactly right"). A null alignment is Word's default, left. A multiple
 * or at-least spacing is never equal to an exact one, even at the same points (case 5).
 */
export function compareParagraph(
  p: ReportParagraph,
  style: RoleStyle,
  strict: boolean
): FormatMismatch[] {
  const out: FormatMismatch[] = [];
  const alignment = strict ? style.styleAlignment : style.alignment;
  if (alignment !== null && (p.alignment ?? "left") !== alignment) {
    out.push({ property: "alignment", found: p.alignment });
  }
  const spacing = strict ? style.styleSpacing : style.spacing;
  if (spacing !== null && !spacingEquals(p.spacing, spacing)) {
    out.push({ property: "spacing", found: p.spacing });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Labels for messages (zh-CN / en-US pairs; rules put both into `data`)
// ---------------------------------------------------------------------------------------------

const ALIGNMENT_NAMES: Record<Locale, Record<Alignment, string>> = {
  "zh-CN": {
    left: "左对齐",
    center: "居中",
    right: "右对齐",
    both: "两端对齐",
    distribute: "分散对齐",
  },
  "en-US": {
    left: "left-aligned",
    center: "centred",
    right: "right-aligned",
    both: "justified",
    distribute: "distributed",
  },
};

/** The Word UI name of an alignment in `locale`; null is Word's default (left). */
export function alignmentName(alignment: Alignment | null, locale: Locale): string {
  return ALIGNMENT_NAMES[locale][alignment ?? "left"];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The Word UI description of a line spacing in `locale`: "固定值 26 磅" / "exactly 26 pt",
 * "最小值 …" / "at least …", "2.5 倍行距" / "multiple 2.5", "单倍行距" / "single"; null
 * (not set) is Word's default single spacing.
 */
export function spacingName(spacing: LineSpacing | null, locale: Locale): string {
  const zh = locale === "zh-CN";
  if (spacing === null) return zh ? "单倍行距（未设置）" : "single (not set)";
  const pt = round2(spacing.line / 20);
  switch (spacing.lineRule) {
    case "exact":
      return zh ? `固定值 ${pt} 磅` : `exactly ${pt} pt`;
    case "atLeast":
      return zh ? `最小值 ${pt} 磅` : `at least ${pt} pt`;
    case "auto": {
      const times = round2(spacing.line / 240);
      if (times === 1) return zh ? "单倍行距" : "single";
      return zh ? `${times} 倍行距` : `multiple ${times}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Page
// ---------------------------------------------------------------------------------------------

/** Tolerance of the page-size comparison, in twips (Word rounds mm sizes: 210 mm = 11906). */
export const PAGE_TOLERANCE_TWIPS = 20;

/**
 * What is wrong with a section's page (R13): "ok"; "unknownSize" (no `w:pgSz`); "wrongSize"
 * (not the profile's paper in either orientation, ±PAGE_TOLERANCE_TWIPS); "wrongOrientation"
 * (the profile's paper turned; a section counts as landscape when `orientation` says so or
 * its width exceeds its height).
 */
export function pageProblem(
  section: Section,
  profile: Profile
): "ok" | "unknownSize" | "wrongSize" | "wrongOrientation" {
  const { pageWidth: w, pageHeight: h } = section;
  if (w === null || h === null) return "unknownSize";
  const want = profile.page;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= PAGE_TOLERANCE_TWIPS;
  const [short, long] = w <= h ? [w, h] : [h, w];
  const [wantShort, wantLong] =
    want.width <= want.height ? [want.width, want.height] : [want.height, want.width];
  if (!near(short, wantShort) || !near(long, wantLong)) return "wrongSize";
  const landscape = section.orientation === "landscape" || w > h;
  return landscape === (want.orientation === "landscape") ? "ok" : "wrongOrientation";
}

/** Twips to millimetres, one decimal (11906 → 210). */
export function twipsToMm(twips: number): number {
  return Math.round((twips / 1440) * 25.4 * 10) / 10;
}
