/**
 * @fileoverview Automatic numbering (numbering.xml) for the reader: definitions (abstractNum,
 * num with lvlOverride/startOverride, numStyleLink), label formats, and a counter simulation in
 * document order that yields each numbered paragraph's visible label (R34: labels are not
 * document text). Layer: ooxml (pure).
 *
 * Counter model (what Word does): counters live per abstractNum, so two `w:num` sharing an
 * abstractNum continue one list; a `w:num` with `w:startOverride` restarts the overridden level
 * the first time that num is used. Advancing level k resets every deeper level whose
 * `w:lvlRestart` is absent (or ≥ k+1); `w:lvlRestart w:val="0"` never restarts.
 */
import type { NumberingLabel } from "../core/model";
import { la, lchild, lchildren, type LEl } from "./parse-xml";
import { W } from "./xml-names";
import { onOff } from "./resolve";
import { itemAt } from "../core/item-at";

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = any higher level. */
  restart?: number;
  isLgl: boolean;
  pStyle: string | null;
}

interface NumDef {
  abstractId: string;
  /** ilvl → start override. */
  startOverrides: Map<number, number>;
  /** ilvl → full level override. */
  levelOverrides: Map<number, LevelDef>;
}

function readLevel(lvl: LEl): LevelDef {
  const start = parseInt(la(lchild(lvl, W, "start"), W, "val") ?? "", 10);
  const restart = la(lchild(lvl, W, "lvlRestart"), W, "val");
  const isLgl = lchild(lvl, W, "isLgl");
  return {
    start: Number.isFinite(start) ? start : 0,
    numFmt: la(lchild(lvl, W, "numFmt"), W, "val") ?? "decimal",
    lvlText: la(lchild(lvl, W, "lvlText"), W, "val") ?? "",
    restart: restart !== null && /^\d+$/.test(restart) ? parseInt(restart, 10) : undefined,
    isLgl: isLgl !== null && onOff(la(isLgl, W, "val")),
    pStyle: la(lchild(lvl, W, "pStyle"), W, "val"),
  };
}

const CN_DIGITS = "〇一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五, 1010 → 一千零一十. */
function chineseCounting(n: number, digits = CN_DIGITS, units = ["", "十", "百", "千"]): string {
  if (n <= 0) return digits.charAt(0);
  if (n >= 10000) {
    const hi = Math.floor(n / 10000);
    const lo = n % 10000;
    return (
      chineseCounting(hi, digits, units) +
      "万" +
      (lo === 0
        ? ""
        : (lo < 1000 ? (digits === CN_DIGITS ? "零" : digits.charAt(0)) : "") +
          chineseCounting(lo, digits, units))
    );
  }
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  for (const [i, d] of ds.entries()) {
    const unit = itemAt(units, ds.length - 1 - i);
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += digits === CN_DIGITS ? "零" : digits.charAt(0);
    zero = false;
    // 十一 rather than 一十一 at the head of a number below 20
    if (!(d === 1 && unit === units[1] && i === 0 && digits === CN_DIGITS)) out += digits.charAt(d);
    out += unit;
  }
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return "";
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const t: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of t) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const TIANGAN = "甲乙丙丁戊己庚辛壬癸";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/**
 * Formats a counter value in an OOXML `w:numFmt` (ST_NumberFormat).
 * Supported: decimal, decimalZero, decimalFullWidth(2), decimalHalfWidth, decimalEnclosedCircle
 * (1–20, then decimal), decimalEnclosedParen, decimalEnclosedFullstop, chineseCounting,
 * chineseCountingThousand, chineseLegalSimplified, ideographTraditional (甲乙丙…),
 * ideographDigital (per digit), japaneseCounting, upper/lowerLetter, upper/lowerRoman,
 * none (""), bullet (""; the bullet is the lvlText). Unknown formats fall back to decimal.
 */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "none":
    case "bullet":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? CIRCLED.charAt(n - 1) : String(n);
    case "decimalEnclosedParen":
      return `(${n})`;
    case "decimalEnclosedFullstop":
      return `${n}.`;
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseCounting(n);
    case "chineseLegalSimplified":
      return chineseCounting(n, CN_LEGAL, ["", "拾", "佰", "仟"]);
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? TIANGAN.charAt(n - 1) : String(n);
    case "ideographDigital":
    case "taiwaneseDigital":
      return String(n).replace(/\d/g, (d) => CN_DIGITS.charAt(Number(d)));
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** Running numbering counters (per abstractNum) and the nums already started. */
export interface NumberingCounters {
  counters: Map<string, Array<number | undefined>>;
  usedNums: Set<string>;
}

/** Fresh counters: the start of a document. */
export function newNumberingCounters(): NumberingCounters {
  return { counters: new Map(), usedNums: new Set() };
}

/**
 * The numbering definitions of a document and the running counters. Call {@link next} for
 * every numbered paragraph in document order.
 */
export class NumberingState {
  private readonly abstracts = new Map<
    string,
    { levels: Map<number, LevelDef>; styleLink: string | null }
  >();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters: Map<string, Array<number | undefined>>;
  private readonly usedNums: Set<string>;

  /**
   * @param numbering root `w:numbering` element, or null
   * @param numIdOfStyle resolves a numbering style id (numStyleLink) to the numId in its pPr
   * @param running counters carried over from the previous part of the same document (a
   *   document read in chunks, `parseFlatOpcChunks`); default fresh counters
   */
  constructor(
    numbering: LEl | null,
    private readonly numIdOfStyle: (styleId: string) => string | null,
    running: NumberingCounters = newNumberingCounters()
  ) {
    this.counters = running.counters;
    this.usedNums = running.usedNums;
    for (const an of lchildren(numbering, W, "abstractNum")) {
      const id = la(an, W, "abstractNumId");
      if (id === null) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of lchildren(an, W, "lvl")) {
        const ilvl = parseInt(la(lvl, W, "ilvl") ?? "", 10);
        if (Number.isFinite(ilvl)) levels.set(ilvl, readLevel(lvl));
      }
      this.abstracts.set(id, {
        levels,
        styleLink: la(lchild(an, W, "numStyleLink"), W, "val"),
      });
    }
    for (const num of lchildren(numbering, W, "num")) {
      const id = la(num, W, "numId");
      const abstractId = la(lchild(num, W, "abstractNumId"), W, "val");
      if (id === null || abstractId === null) continue;
      const def: NumDef = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const ov of lchildren(num, W, "lvlOverride")) {
        const ilvl = parseInt(la(ov, W, "ilvl") ?? "", 10);
        if (!Number.isFinite(ilvl)) continue;
        const so = la(lchild(ov, W, "startOverride"), W, "val");
        if (so !== null && /^\d+$/.test(so)) def.startOverrides.set(ilvl, parseInt(so, 10));
        const lvl = lchild(ov, W, "lvl");
        if (lvl) def.levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, def);
    }
  }

  /** The abstractNum id of a num, following numStyleLink once. */
  private abstractOf(numId: string): string | null {
    const def = this.nums.get(numId);
    if (!def) return null;
    const an = this.abstracts.get(def.abstractId);
    if (an?.styleLink) {
      const linked = this.numIdOfStyle(an.styleLink);
      const ld = linked !== null && linked !== numId ? this.nums.get(linked) : undefined;
      if (ld && this.abstracts.has(ld.abstractId)) return ld.abstractId;
    }
    return this.abstracts.has(def.abstractId) ? def.abstractId : null;
  }

  private level(numId: string, abstractId: string, ilvl: number): LevelDef | undefined {
    return (
      this.nums.get(numId)?.levelOverrides.get(ilvl) ??
      this.abstracts.get(abstractId)?.levels.get(ilvl)
    );
  }

  /**
   * The ilvl of the level linked to a paragraph style (`w:lvl/w:pStyle`) in a num's abstractNum,
   * or null. Used when a style supplies the numId but no ilvl.
   */
  levelOfStyle(numId: string, styleId: string): number | null {
    const a = this.abstractOf(numId);
    if (a === null) return null;
    for (const [ilvl, l] of this.abstracts.get(a)!.levels) if (l.pStyle === styleId) return ilvl;
    return null;
  }

  /**
   * Advances the counters for a paragraph numbered (numId, ilvl) and returns its label, or null
   * when the paragraph is not numbered (numId "0", unknown num or level).
   */
  next(numId: string, ilvl: number): NumberingLabel | null {
    if (numId === "0") return null;
    const abstractId = this.abstractOf(numId);
    if (abstractId === null) return null;
    const lvl = this.level(numId, abstractId, ilvl);
    if (!lvl) return null;
    let c = this.counters.get(abstractId);
    if (!c) {
      c = [];
      this.counters.set(abstractId, c);
    }
    const def = this.nums.get(numId)!;
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [l, start] of def.startOverrides) c[l] = start - 1;
      for (const l of def.levelOverrides.keys()) {
        if (!def.startOverrides.has(l)) c[l] = undefined;
      }
    }
    c[ilvl] = c[ilvl] === undefined ? lvl.start : c[ilvl] + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const dl = this.level(numId, abstractId, d);
      const r = dl?.restart;
      if (r === 0) continue;
      if (r === undefined || r >= ilvl + 1) c[d] = undefined;
    }
    const label = lvl.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const li = Number(k) - 1;
      const l = this.level(numId, abstractId, li);
      const v = c[li] ?? l?.start ?? 1;
      const fmt = lvl.isLgl && li < ilvl ? "decimal" : (l?.numFmt ?? "decimal");
      return formatNumber(v, fmt);
    });
    return { label: lvl.numFmt === "none" ? "" : label, ilvl, numFmt: lvl.numFmt, numId };
  }
}
