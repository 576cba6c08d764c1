/**
 * @fileoverview Formatting resolution for the reader (R14–R19): styles part (docDefaults,
 * styles by id with their basedOn chains), theme fonts, and the cascade
 * run rPr → character style chain → paragraph style chain → docDefaults → theme fonts.
 * Layer: ooxml (pure).
 *
 * Rules implemented (ECMA-376 Part 1 §17.7.2, §17.7.3, §17.3.2.26):
 * - Within one basedOn chain a style's own property overrides its ancestors' (nearest wins).
 * - Each `w:rFonts` slot (ascii, hAnsi, eastAsia) and `w:hint` is decided independently by the
 *   highest-priority level that sets it; at that level a `*Theme` attribute wins over the
 *   explicit name.
 * - `w:b` is a toggle property: direct formatting sets it absolutely; in styles, `true` in the
 *   paragraph style chain flips the docDefaults value, and `true` in the character style chain
 *   flips it again (XOR); `false` in a style leaves the value unchanged.
 * - `w:spacing/@w:line` and its `@w:lineRule` travel together (rule defaults to "auto").
 * - Built-in style names are matched by `w:name`, never by `w:styleId`.
 */
import type { Alignment, LineRule, LineSpacing, RunFormat, StyleInfo } from "../core/model";
import { la, lchild, lchildren, type LEl } from "./parse-xml";
import { A, W } from "./xml-names";

/** A font slot as written at one level: explicit name and/or theme font reference. */
export interface FontRef {
  name: string | null;
  theme: string | null;
}

/** Run properties present at one level (absent = undefined). */
export interface RunProps {
  ascii?: FontRef;
  hAnsi?: FontRef;
  eastAsia?: FontRef;
  hint?: RunFormat["hint"];
  /** Half-points. */
  sz?: number;
  b?: boolean;
}

/** Paragraph properties present at one level. */
export interface ParaProps {
  jc?: Alignment;
  spacing?: LineSpacing;
  /** 0-based; 9 (body text) is kept as 9 here and mapped to null at the end. */
  outline?: number;
  numId?: string;
  ilvl?: number;
  /** `w:keepNext` (keep with next), an on/off property. */
  keepNext?: boolean;
}

/** One `w:style` definition. */
export interface StyleDef {
  id: string;
  name: string;
  type: StyleInfo["type"];
  basedOn: string | null;
  isDefault: boolean;
  run: RunProps;
  para: ParaProps;
}

/** Theme fonts: major/minor Latin, East Asian (with script fallbacks) and complex script. */
export interface ThemeFonts {
  majorLatin: string | null;
  minorLatin: string | null;
  majorEa: string | null;
  minorEa: string | null;
  majorCs: string | null;
  minorCs: string | null;
}

/** Parses an OnOff value (`w:val` absent → true; "0", "false", "off" → false). */
export function onOff(v: string | null): boolean {
  if (v === null) return true;
  const x = v.toLowerCase();
  return !(x === "0" || x === "false" || x === "off" || x === "none");
}

const UNIT_TWIPS: Record<string, number> = {
  pt: 20,
  in: 1440,
  cm: 1440 / 2.54,
  mm: 144 / 2.54,
  pc: 240,
  pi: 240,
};

/**
 * Parses a measure to twips: a plain integer (twips), or a Strict universal measure
 * ("12pt", "1in", "2.5cm", "10mm", "1pc"). Returns null when unreadable.
 */
export function twips(v: string | null): number | null {
  if (v === null) return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(pt|in|cm|mm|pc|pi)?\s*$/.exec(v);
  if (!m) return null;
  const [, value = "", unit] = m;
  const num = parseFloat(value);
  return Math.round(unit === undefined ? num : num * (UNIT_TWIPS[unit] ?? NaN));
}

/** Parses a half-point size ("30", or Strict "15pt"); null when unreadable. */
export function halfPoints(v: string | null): number | null {
  if (v === null) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(pt)?\s*$/.exec(v);
  if (!m) return null;
  const [, value = "", pt] = m;
  return Math.round(pt ? parseFloat(value) * 2 : parseFloat(value));
}

const JC: Record<string, Alignment> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "both",
  distribute: "distribute",
  justify: "both",
};

/** Reads the run properties set in an `w:rPr` (or docDefaults `w:rPr`) element. */
export function readRunProps(rPr: LEl | null): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const f = lchild(rPr, W, "rFonts");
  if (f) {
    const slot = (name: string): FontRef | undefined => {
      const n = la(f, W, name);
      const t = la(f, W, `${name}Theme`);
      return n === null && t === null ? undefined : { name: n, theme: t };
    };
    const ascii = slot("ascii");
    const hAnsi = slot("hAnsi");
    const eastAsia = slot("eastAsia");
    if (ascii) out.ascii = ascii;
    if (hAnsi) out.hAnsi = hAnsi;
    if (eastAsia) out.eastAsia = eastAsia;
    const hint = la(f, W, "hint");
    if (hint === "eastAsia" || hint === "default" || hint === "cs") out.hint = hint;
  }
  const sz = halfPoints(la(lchild(rPr, W, "sz"), W, "val"));
  if (sz !== null) out.sz = sz;
  const b = lchild(rPr, W, "b");
  if (b) out.b = onOff(la(b, W, "val"));
  return out;
}

/** Reads the paragraph properties set in a `w:pPr` element. */
export function readParaProps(pPr: LEl | null): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  const jc = la(lchild(pPr, W, "jc"), W, "val");
  if (jc !== null && JC[jc]) out.jc = JC[jc];
  const sp = lchild(pPr, W, "spacing");
  const line = twips(la(sp, W, "line"));
  if (line !== null) {
    const rule = la(sp, W, "lineRule");
    const lineRule: LineRule = rule === "exact" || rule === "atLeast" ? rule : "auto";
    out.spacing = { line, lineRule };
  }
  const keepNext = lchild(pPr, W, "keepNext");
  if (keepNext) out.keepNext = onOff(la(keepNext, W, "val"));
  const ol = la(lchild(pPr, W, "outlineLvl"), W, "val");
  if (ol !== null && /^\d+$/.test(ol)) out.outline = parseInt(ol, 10);
  const numPr = lchild(pPr, W, "numPr");
  if (numPr) {
    const numId = la(lchild(numPr, W, "numId"), W, "val");
    const ilvl = la(lchild(numPr, W, "ilvl"), W, "val");
    if (numId !== null) out.numId = numId;
    if (ilvl !== null && /^\d+$/.test(ilvl)) out.ilvl = parseInt(ilvl, 10);
  }
  return out;
}

function mergeRun(hi: RunProps, lo: RunProps): RunProps {
  return {
    ascii: hi.ascii ?? lo.ascii,
    hAnsi: hi.hAnsi ?? lo.hAnsi,
    eastAsia: hi.eastAsia ?? lo.eastAsia,
    hint: hi.hint ?? lo.hint,
    sz: hi.sz ?? lo.sz,
    b: hi.b ?? lo.b,
  };
}

function mergePara(hi: ParaProps, lo: ParaProps): ParaProps {
  return {
    jc: hi.jc ?? lo.jc,
    spacing: hi.spacing ?? lo.spacing,
    outline: hi.outline ?? lo.outline,
    numId: hi.numId ?? lo.numId,
    ilvl: hi.ilvl ?? lo.ilvl,
    keepNext: hi.keepNext ?? lo.keepNext,
  };
}

/** Reads the theme's font scheme; `script` picks the `a:font script=…` fallback for East Asian ("Hans" for zh-CN). */
export function readThemeFonts(theme: LEl | null, script: string): ThemeFonts {
  const scheme = theme ? (findDeep(theme, A, "fontScheme") ?? null) : null;
  const pick = (kind: "majorFont" | "minorFont", slot: "latin" | "ea" | "cs"): string | null => {
    const f = lchild(scheme, A, kind);
    const v = la(lchild(f, A, slot), "", "typeface");
    if (v) return v;
    if (slot === "ea") {
      for (const x of lchildren(f, A, "font")) {
        if (la(x, "", "script") === script) return la(x, "", "typeface") || null;
      }
    }
    return null;
  };
  return {
    majorLatin: pick("majorFont", "latin"),
    minorLatin: pick("minorFont", "latin"),
    majorEa: pick("majorFont", "ea"),
    minorEa: pick("minorFont", "ea"),
    majorCs: pick("majorFont", "cs"),
    minorCs: pick("minorFont", "cs"),
  };
}

function findDeep(el: LEl, ns: string, name: string): LEl | null {
  for (const k of el.kids) {
    if (typeof k === "string") continue;
    if (k.ns === ns && k.name === name) return k;
    const d = findDeep(k, ns, name);
    if (d) return d;
  }
  return null;
}

/** Maps `w:themeFontLang/@w:eastAsia` to the theme script tag of its East Asian font ("Hans" by default). */
export function scriptOfLang(lang: string | null): string {
  const l = (lang ?? "").toLowerCase();
  if (l.startsWith("zh-tw") || l.startsWith("zh-hk") || l.startsWith("zh-mo")) return "Hant";
  if (l.startsWith("ja")) return "Jpan";
  if (l.startsWith("ko")) return "Hang";
  return "Hans";
}

/** Resolved paragraph-level formatting (no run properties). */
export interface ResolvedPara {
  alignment: Alignment | null;
  spacing: LineSpacing | null;
  outlineLevel: number | null;
  numId: string | null;
  ilvl: number | null;
  /** Whether numId came from the style chain (not direct formatting). */
  numFromStyle: boolean;
  /** `w:keepNext` through direct formatting, the style chain and docDefaults (false when unset). */
  keepNext: boolean;
}

/**
 * The styles part and theme of a document, with cached chain resolution.
 * Construct once per document; every method is O(chain length) the first time and O(1) after.
 */
export class StyleResolver {
  /** Styles by styleId. */
  readonly styles = new Map<string, StyleDef>();
  /** Default paragraph style id (w:default="1", type paragraph), or null. */
  readonly defaultParaStyle: string | null = null;
  /** Default character style id, or null. */
  readonly defaultCharStyle: string | null = null;
  private readonly docRun: RunProps;
  private readonly docPara: ParaProps;
  private readonly theme: ThemeFonts;
  private readonly chainRunCache = new Map<string, RunProps>();
  private readonly chainParaCache = new Map<string, ParaProps>();
  private readonly baseCache = new Map<string, RunFormat>();

  /**
   * @param styles root `w:styles` element (null when the part is absent: Word defaults apply)
   * @param theme root `a:theme` element or null
   * @param script theme script tag for the East Asian fallback font (see {@link scriptOfLang})
   */
  constructor(styles: LEl | null, theme: LEl | null, script: string) {
    const dd = lchild(styles, W, "docDefaults");
    this.docRun = readRunProps(lchild(lchild(dd, W, "rPrDefault"), W, "rPr"));
    this.docPara = readParaProps(lchild(lchild(dd, W, "pPrDefault"), W, "pPr"));
    this.theme = readThemeFonts(theme, script);
    let defP: string | null = null;
    let defC: string | null = null;
    for (const s of lchildren(styles, W, "style")) {
      const id = la(s, W, "styleId");
      if (id === null) continue;
      const t = la(s, W, "type") ?? "paragraph";
      const type: StyleInfo["type"] =
        t === "character" || t === "table" || t === "numbering" ? t : "paragraph";
      const isDefault = onOff(la(s, W, "default") ?? "0");
      const def: StyleDef = {
        id,
        name: la(lchild(s, W, "name"), W, "val") ?? id,
        type,
        basedOn: la(lchild(s, W, "basedOn"), W, "val"),
        isDefault,
        run: readRunProps(lchild(s, W, "rPr")),
        para: readParaProps(lchild(s, W, "pPr")),
      };
      if (!this.styles.has(id)) this.styles.set(id, def);
      if (isDefault && type === "paragraph" && defP === null) defP = id;
      if (isDefault && type === "character" && defC === null) defC = id;
    }
    this.defaultParaStyle = defP;
    this.defaultCharStyle = defC;
  }

  /** The style of a paragraph: its pStyle when defined, else the default paragraph style. */
  paragraphStyle(pStyle: string | null): StyleDef | null {
    const s = pStyle !== null ? this.styles.get(pStyle) : undefined;
    if (s && s.type === "paragraph") return s;
    return this.defaultParaStyle !== null ? (this.styles.get(this.defaultParaStyle) ?? null) : null;
  }

  /** Run properties of a style chain (nearest wins); {} for null/unknown ids. */
  chainRun(id: string | null): RunProps {
    if (id === null) return {};
    const hit = this.chainRunCache.get(id);
    if (hit) return hit;
    const out = this.walk(id, (s) => s.run, mergeRun);
    this.chainRunCache.set(id, out);
    return out;
  }

  /** Paragraph properties of a style chain (nearest wins). */
  chainPara(id: string | null): ParaProps {
    if (id === null) return {};
    const hit = this.chainParaCache.get(id);
    if (hit) return hit;
    const out = this.walk(id, (s) => s.para, mergePara);
    this.chainParaCache.set(id, out);
    return out;
  }

  private walk<T>(id: string, get: (s: StyleDef) => T, merge: (hi: T, lo: T) => T): T {
    const seen = new Set<string>();
    let acc: T | null = null;
    let cur: string | null = id;
    while (cur !== null && !seen.has(cur)) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      acc = acc === null ? get(s) : merge(acc, get(s));
      cur = s.basedOn;
    }
    return acc ?? ({} as T);
  }

  /** Resolves a theme font reference ("minorEastAsia", "majorHAnsi" …) to a typeface, or null. */
  themeFont(ref: string): string | null {
    const major = ref.startsWith("major");
    if (ref.endsWith("EastAsia")) return major ? this.theme.majorEa : this.theme.minorEa;
    if (ref.endsWith("Bidi")) return major ? this.theme.majorCs : this.theme.minorCs;
    return major ? this.theme.majorLatin : this.theme.minorLatin;
  }

  /**
   * Resolved run formatting for a run with the given paragraph style, character style and
   * direct properties. `pStyleId` should already be the effective paragraph style id.
   */
  runFormat(pStyleId: string | null, rStyleId: string | null, direct: RunProps | null): RunFormat {
    const key = `${pStyleId ?? ""}\u0000${rStyleId ?? ""}`;
    let base = this.baseCache.get(key);
    if (!base) {
      base = this.compose(this.chainRun(pStyleId), this.chainRun(rStyleId), null);
      this.baseCache.set(key, base);
    }
    if (!direct || Object.keys(direct).length === 0) return base;
    return this.compose(this.chainRun(pStyleId), this.chainRun(rStyleId), direct);
  }

  /** Resolved formatting of a style alone (for StyleInfo). */
  styleRunFormat(s: StyleDef): RunFormat {
    return s.type === "character"
      ? this.compose({}, this.chainRun(s.id), null)
      : this.compose(this.chainRun(s.id), {}, null);
  }

  private compose(para: RunProps, char: RunProps, direct: RunProps | null): RunFormat {
    const d = direct ?? {};
    const levels = [d, char, para, this.docRun];
    const slot = (k: "ascii" | "hAnsi" | "eastAsia"): { v: string | null; theme: boolean } => {
      for (const l of levels) {
        const f = l[k];
        if (!f) continue;
        if (f.theme !== null) {
          const t = this.themeFont(f.theme);
          return t !== null ? { v: t, theme: true } : { v: f.name, theme: f.name === null };
        }
        return { v: f.name, theme: false };
      }
      return { v: null, theme: false };
    };
    const ea = slot("eastAsia");
    let bold: boolean;
    if (d.b !== undefined) bold = d.b;
    else {
      bold = this.docRun.b ?? false;
      if (para.b === true) bold = !bold;
      if (char.b === true) bold = !bold;
    }
    return {
      eastAsia: ea.v,
      ascii: slot("ascii").v,
      hAnsi: slot("hAnsi").v,
      eastAsiaFromTheme: ea.theme,
      hint: d.hint ?? char.hint ?? para.hint ?? this.docRun.hint ?? null,
      sz: d.sz ?? char.sz ?? para.sz ?? this.docRun.sz ?? null,
      bold,
    };
  }

  /** Resolved paragraph properties: direct → paragraph style chain → docDefaults. */
  paraFormat(pStyleId: string | null, direct: ParaProps): ResolvedPara {
    const chain = this.chainPara(pStyleId);
    const m = mergePara(direct, mergePara(chain, this.docPara));
    const outline = m.outline;
    return {
      alignment: m.jc ?? null,
      spacing: m.spacing ?? null,
      outlineLevel: outline !== undefined && outline >= 0 && outline < 9 ? outline : null,
      numId: m.numId ?? null,
      ilvl: m.ilvl ?? null,
      numFromStyle: direct.numId === undefined && chain.numId !== undefined,
      keepNext: m.keepNext === true,
    };
  }

  /** StyleInfo for every paragraph and character style, each resolved alone. */
  styleInfos(): StyleInfo[] {
    const out: StyleInfo[] = [];
    for (const s of this.styles.values()) {
      if (s.type !== "paragraph" && s.type !== "character") continue;
      const p = s.type === "paragraph" ? this.paraFormat(s.id, {}) : null;
      out.push({
        styleId: s.id,
        name: s.name,
        type: s.type,
        basedOn: s.basedOn,
        run: this.styleRunFormat(s),
        alignment: p?.alignment ?? null,
        spacing: p?.spacing ?? null,
        outlineLevel: p?.outlineLevel ?? null,
      });
    }
    return out;
  }
}
