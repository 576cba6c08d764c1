/**
 * @fileoverview Rule effect-data (R8): 实施效果 shows its results with quantitative data —
 * "以定量与定性相结合的方式 … 应尽可能提供相关参数和指标数据" (附件二 三(三)3). Fewer than
 * profile.effectData.minFigures distinct figures in the part is a warning that names the kinds
 * of figures reviewers look for: counts (排查隐患 120 处), percentages (整改率 98%), amounts
 * (节约费用 35 万元) and before/after comparisons (同比下降 30%, 由 12 起降至 3 起). Content, so
 * no fix. No 实施效果 part → no finding here (body-length reports the missing part). Layer: core.
 *
 * What a figure is (`effectFigures`): a number written in Arabic digits (half- or full-width,
 * with decimals and thousands separators), or 百分之 + a Chinese numeral, in the 实施效果 part's
 * text (headings and table text included). Not figures: dates and years (2023年, 3月, 15日,
 * 2023-10-31), heading ordinals at the start of a paragraph (1., （2）), and numbers inside
 * Latin words (ISO45001 is a standard's name). Figures are distinct by their text with the unit
 * that follows ("98%" twice is one figure). Kinds: "percent" (% ％ ‰ 百分之), "amount" (元,
 * 万元, 亿元, 美元), "count" (any other number).
 */
import { parseHeadingMarker } from "../numbering";
import { findSection, paragraphTarget, sectionStart, type Rule } from "../rule";
import { itemAt } from "../item-at";
import { isUnfilled } from "../placeholder";

/** The kind of a figure (R8). */
export type FigureKind = "count" | "percent" | "amount";

/** One figure in a text: where, its text (number + unit), and its kind. */
export interface Figure {
  span: [number, number];
  text: string;
  kind: FigureKind;
}

const NUMBER =
  /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?:\s*(?:[%％‰]|万元|亿元|千元|百万元|美元|元|万|亿))?/gu;

const PERCENT_CN = /百分之[零〇一二三四五六七八九十百点两]+/gu;

/** Date units right after a number: 2023年, 3月, 15日, 12时 — not a figure. */
const DATE_UNIT = /^\s*(?:年|月|日|号|时|点|季度)/u;

/** All-numeric dates: 2023-10-31, 2023/10/31, 2023.10.31, 2023-10 — not figures. */
const FULL_DATE = /[0-9]{4}[-/.．][0-9]{1,2}(?:[-/.．][0-9]{1,2})?/gu;

/**
 * The figures of `text` (R8), in order; see the file header for what counts. `skipMarker`:
 * ignore a heading marker at the start (1. / （2）). Never throws.
 */
export function effectFigures(text: string, skipMarker = true): Figure[] {
  const out: Figure[] = [];
  const from = skipMarker ? (parseHeadingMarker(text)?.end ?? 0) : 0;
  const dates = [...text.matchAll(FULL_DATE)].map((d): [number, number] => [
    d.index ?? 0,
    (d.index ?? 0) + d[0].length,
  ]);
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (start < from) continue;
    if (dates.some(([a, b]) => start >= a && start < b)) continue;
    const before = text.charAt(start - 1); // "" at the start
    if (/[A-Za-z]/.test(before)) continue; // ISO45001, GB50016
    const after = text.slice(end);
    if (/^[A-Z](?![A-Za-z])/.test(after)) continue; // 5G, 3D
    if (!/[%％‰元万亿]/.test(m[0]) && DATE_UNIT.test(after)) continue;
    const kind: FigureKind = /[%％‰]/.test(m[0]) ? "percent" : /元/.test(m[0]) ? "amount" : "count";
    out.push({ span: [start, end], text: m[0].replace(/\s+/g, ""), kind });
  }
  for (const m of text.matchAll(PERCENT_CN)) {
    const start = m.index ?? 0;
    out.push({ span: [start, start + m[0].length], text: m[0], kind: "percent" });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** effect-data: too few figures in 实施效果 (R8). */
export const effectData: Rule = {
  meta: {
    id: "effect-data",
    titleId: "rules.effect-data.title",
    category: "counts",
    appliesTo: "effect",
    requirementIds: ["R8"],
    defaultSeverity: "warning",
    messageIds: ["tooFewFigures"],
  },
  check(ctx) {
    const c = ctx.classified;
    const section = findSection(c, "effect");
    if (!section || isUnfilled(c, "effect")) return; // 未填写 (placeholder.ts)
    const { minFigures, comparisonWords } = ctx.profile.effectData;
    const distinct = new Map<string, FigureKind>();
    let comparison = false;
    for (const info of c.paragraphs) {
      if (info.section !== "effect") continue;
      const text = itemAt(c.doc.paragraphs, info.index).text;
      for (const f of effectFigures(text)) distinct.set(f.text, f.kind);
      if (comparisonWords.some((w) => w !== "" && text.includes(w))) comparison = true;
    }
    const count = distinct.size;
    if (count >= minFigures) return;
    const kinds = [...distinct.values()];
    const has = (k: FigureKind) => kinds.includes(k);
    const zh: string[] = [];
    const en: string[] = [];
    const add = (z: string, e: string) => {
      zh.push(z);
      en.push(e);
    };
    if (has("count")) add("数量", "counts");
    if (has("percent")) add("百分比", "percentages");
    if (has("amount")) add("金额", "amounts");
    if (comparison) add("前后对比", "comparisons");
    ctx.report({
      messageId: "tooFewFigures",
      data: {
        count,
        min: minFigures,
        found: zh.length > 0 ? zh.join("、") : "无",
        foundEn: en.length > 0 ? en.join(", ") : "none",
      },
      target: paragraphTarget(c, sectionStart(section)),
    });
  },
};
