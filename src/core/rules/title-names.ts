/**
 * @fileoverview Rule title-names (R3): the 题目 must not contain the 申报单位's name — the full
 * name on the unit line (after the dash), a short form of it (`unitShortForms`, including a
 * branch's own name "某市分公司") or a short name the writer declares for it in 单位简介 or 正文
 * ("（以下简称“某市分公司”）", `declaredShortNames`) — nor the name
 * of a creator of the case: the 主要创造人 / 参与创造人 of a 申报书 in the same document
 * (`classified.form.creatorNames`) and any names the caller passes (`RuleContext.creatorNames`,
 * from `LintOptions.creatorNames`, e.g. read from a separate 申报书 file). Content, so no fix: only
 * the writer can reword the title. The unit's name or a short form of it is an error (the notice
 * forbids it outright, issue 8); a creator's name a warning (the name list may be incomplete).
 * Layer: core (pure).
 *
 * One finding per name found, at its span in the title paragraph; where forms overlap (the full
 * name contains its short form) only the longest match at a place is reported. Latin letters are
 * compared case-insensitively. Creator names shorter than 2 characters are ignored (a one-character
 * "name" would match everywhere).
 */
import type { ClassifiedDocument, SectionId } from "../roles";
import { indexesOfRole, paragraphTarget, type Rule } from "../rule";
import { reportParagraphMask } from "../scope";
import { itemAt } from "../item-at";

/**
 * Legal-form and branch suffixes, longest first, stripped repeatedly from the end of a name:
 * 股份有限公司, 有限责任公司, 有限公司, 中心支公司, 分公司, 支公司, 集团, 公司 and the like.
 */
export const ORG_SUFFIXES: readonly string[] = [
  "股份有限公司",
  "有限责任公司",
  "集团有限公司",
  "有限公司",
  "中心支公司",
  "营业部",
  "分公司",
  "支公司",
  "子公司",
  "总公司",
  "分行",
  "支行",
  "集团",
  "公司",
  "股份",
];

/** Branch markers: a name with one of these after a legal form names a branch of the part before. */
const BRANCH_MARKERS = ["中心支公司", "分公司", "支公司", "分行", "支行", "营业部"];

/** Legal forms that end the parent's name in "<parent>某某分公司". */
const LEGAL_FORMS = ["股份有限公司", "有限责任公司", "有限公司", "集团"];

/** Province-level names written without their 省/市/自治区 suffix, plus 中国/中华. */
const REGIONS: readonly string[] = [
  "中华",
  "中国",
  "北京",
  "天津",
  "上海",
  "重庆",
  "河北",
  "山西",
  "辽宁",
  "吉林",
  "黑龙江",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "海南",
  "四川",
  "贵州",
  "云南",
  "陕西",
  "甘肃",
  "青海",
  "台湾",
  "内蒙古",
  "广西",
  "西藏",
  "宁夏",
  "新疆",
  "香港",
  "澳门",
];

/**
 * A leading administrative-division name: up to 7 characters ending in 省/自治区/自治州/市/县/区/
 * 州/盟, longest first ("杭州市西湖区"), not when the suffix starts a word (市场, 区域, 州际 …).
 */
const DIVISION = /^[\u4e00-\u9fff]{1,6}(?:省|自治区|自治州|市|县|区|州|盟)(?![场域间际长])/u;

/**
 * Industry words stripped from the end of a core name to get the brand ("平安财产保险" → "平安"),
 * longest first.
 */
const INDUSTRY_WORDS: readonly string[] = [
  "财产保险",
  "人寿保险",
  "健康保险",
  "养老保险",
  "再保险",
  "保险经纪",
  "保险代理",
  "保险",
  "安全技术服务",
  "安全技术咨询",
  "安全技术",
  "技术服务",
  "科技发展",
  "信息技术",
  "安全科技",
  "科技",
  "技术",
  "咨询",
  "服务",
  "管理",
  "评价",
  "检测",
  "工程",
  "实业",
  "投资",
  "控股",
  "发展",
];

/**
 * Words that are never a short form on their own: generic words that occur in many titles, so
 * that a name reduced to them (e.g. "杭州市安全技术服务有限公司" → "安全技术服务") is not matched.
 */
const GENERIC: readonly string[] = [
  "人民",
  "国家",
  "中国",
  "中华",
  "安全",
  "技术",
  "服务",
  "保险",
  "科技",
  "咨询",
  "管理",
  "工程",
  "发展",
  "建设",
  "环境",
  "能源",
  "信息",
  "财产",
  "人寿",
  "平台",
  "企业",
  "生产",
  "预防",
  "事故",
  "风险",
  "应急",
  "智慧",
  "数字",
];

/** True when `s` is made only of GENERIC and INDUSTRY words (so it is no distinctive name). */
function isGeneric(s: string): boolean {
  if (s === "") return true;
  const words = [...GENERIC, ...INDUSTRY_WORDS].sort((a, b) => b.length - a.length);
  const w = words.find((x) => s.startsWith(x));
  return w !== undefined && isGeneric(s.slice(w.length));
}

function stripSuffixes(name: string): string {
  let s = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of ORG_SUFFIXES) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

function stripRegions(name: string): string {
  let s = name;
  for (let changed = true; changed;) {
    changed = false;
    const region = REGIONS.find((r) => s.startsWith(r) && s.length > r.length + 1);
    if (region !== undefined) {
      s = s.slice(region.length);
      // "浙江省…" → the 省 of a bare region name goes too.
      if (/^(?:省|市|自治区)/.test(s) && s.length > 2) s = s.replace(/^(?:省|市|自治区)/, "");
      changed = true;
      continue;
    }
    const m = DIVISION.exec(s);
    if (m !== null && s.length - m[0].length >= 2) {
      s = s.slice(m[0].length);
      changed = true;
    }
  }
  return s;
}

function stripIndustry(name: string): string {
  let s = name;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of INDUSTRY_WORDS) {
      if (s.length > w.length + 1 && s.endsWith(w)) {
        s = s.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/**
 * The forms under which a unit's name may appear in a title (R3), longest first, without
 * duplicates: the full name itself; for a branch ("<parent>有限公司<place>分公司") also the
 * parent's full name; for each of these the name without its legal-form and branch suffixes
 * (`ORG_SUFFIXES`: "中国平安财产保险股份有限公司" → "中国平安财产保险"); that without leading
 * region names (中国, 浙江, 浙江省, 杭州市 …: → "平安财产保险"); and that without trailing
 * industry words (财产保险, 安全技术服务, 科技 …: → "平安"). A form is kept only when it has at
 * least 2 characters and is not made only of generic words (安全, 技术, 服务, 人民 …), so
 * "杭州市安全技术服务有限公司" gives no "安全技术服务". A branch also goes by its own name, the
 * text after the last legal form ("…股份有限公司杭州市分公司" → "杭州市分公司",
 * `branchShortForm`). Abbreviations that are not substrings of the name (人保财险 for 中国人民
 * 财产保险) are not invented: they count only when the text declares them (`declaredShortNames`).
 *
 * @param fullName the unit's full name, e.g. from the unit line after the dash; surrounding
 *   whitespace and a trailing "（盖章）"-like bracket are ignored.
 * @returns the forms, longest first; [] for a blank name. Never throws.
 */
export function unitShortForms(fullName: string): string[] {
  const full = fullName
    .trim()
    .replace(/[（(][^（()）]*[）)]$/, "")
    .trim();
  if (full === "") return [];
  const bases = [full];
  const branch = branchShortForm(full);
  for (const marker of BRANCH_MARKERS) {
    if (!full.endsWith(marker)) continue;
    for (const form of LEGAL_FORMS) {
      const at = full.indexOf(form);
      if (at > 0 && at + form.length < full.length - marker.length + 1) {
        bases.push(full.slice(0, at + form.length));
        break;
      }
    }
    break;
  }
  const forms = new Set<string>();
  for (const base of bases) {
    forms.add(base);
    const core = stripSuffixes(base);
    const noRegion = stripRegions(core);
    const brand = stripIndustry(noRegion);
    for (const f of [core, noRegion, brand]) if (f.length >= 2 && !isGeneric(f)) forms.add(f);
  }
  if (branch !== null) forms.add(branch);
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * The branch's own name, which a branch uses as its short name ("某市分公司", "杭州市分公司"):
 * the text after the last legal form (股份有限公司, 有限责任公司, 有限公司, 集团) of a name that
 * ends in a branch marker (中心支公司, 分公司, 支公司, 营业部, 分行, 支行) — null when the name
 * is no branch or the rest is the bare marker ("…有限公司分公司").
 */
export function branchShortForm(fullName: string): string | null {
  const marker = BRANCH_MARKERS.find((m) => fullName.endsWith(m));
  if (marker === undefined) return null;
  let end = -1;
  for (const form of LEGAL_FORMS) {
    const at = fullName.lastIndexOf(form, fullName.length - marker.length - 1);
    if (at > 0) end = Math.max(end, at + form.length);
  }
  if (end < 0) return null;
  const rest = fullName.slice(end);
  return rest.length > marker.length && rest.endsWith(marker) ? rest : null;
}

/** "简称" with an optional "以下" before and "为"/colon after. */
const DECLARATION_HEAD = /(?:以下)?简称(?:为)?[：:]?[\s\u3000]*/gu;
/** Quotes opening and closing a declared name. */
const QUOTES: Record<string, string> = {
  "\u201c": "\u201d",
  '"': '"',
  "\u300c": "\u300d",
  "\u300e": "\u300f",
  "\u2018": "\u2019",
  "'": "'",
};
/** Characters that end an unquoted declared name. */
const NAME_END = /[\s\u3000）)，,。；;、：:“”"「」『』‘’']/u;

/**
 * The short names a text declares for an organisation (R3): "（以下简称“某市分公司”）",
 * "(以下简称某市分公司)", "，简称“人保财险”，" — the name in quotes, or unquoted up to the
 * closing bracket or punctuation (2–20 characters). A declaration counts only when it follows an
 * organisation's name: the text before it (without an opening bracket, comma or spaces) ends in a
 * legal-form or branch suffix (`ORG_SUFFIXES`) or in one of `unitForms`; so "安全生产责任保险
 * （以下简称“安责险”）" declares no unit name. Generic names (安全, 技术服务 …), a bare suffix
 * ("公司") and 本公司/本单位/该公司 … are dropped.
 */
export function declaredShortNames(text: string, unitForms: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DECLARATION_HEAD)) {
    // the organisation name ends before the spaces, brackets and commas in front of 简称
    // (a backward scan, not a `…+$` regular expression, which is quadratic on a long run)
    let end = m.index ?? 0;
    while (end > 0 && /[\s\u3000（(，,]/u.test(text[end - 1] ?? "")) end--;
    const org = [...ORG_SUFFIXES, ...unitForms].some(
      (s) => s !== "" && end >= s.length && text.startsWith(s, end - s.length)
    );
    if (!org) continue;
    let i = (m.index ?? 0) + m[0].length;
    const close = QUOTES[text.charAt(i)];
    let name: string;
    if (close !== undefined) {
      const end = text.indexOf(close, i + 1);
      if (end < 0) continue;
      name = text.slice(i + 1, end);
    } else {
      const start = i;
      while (i < text.length && !NAME_END.test(text.charAt(i))) i++;
      name = text.slice(start, i);
    }
    name = name.trim();
    const bare = ORG_SUFFIXES.includes(name) || /^[本我该][单公集]/u.test(name);
    if (name.length >= 2 && name.length <= 20 && !bare && !isGeneric(name)) out.push(name);
  }
  return out;
}

/** The unit's full name from the unit line: its text after leading spaces and dash-like characters. */
export function unitNameOf(classified: ClassifiedDocument): string | null {
  const i = indexesOfRole(classified, "unitLine")[0];
  if (i === undefined || classified.paragraphs[i]?.placeholder === true) return null; // 未填写
  const name = itemAt(classified.doc.paragraphs, i)
    .text.replace(/^[\s\u3000]*[-\u2010-\u2015\u2e3a\u2e3b\u2500\u2501\uff0d\ufe58]*/, "")
    .trim();
  return name === "" ? null : name;
}

/**
 * Non-overlapping occurrences of `names` in `text` (case-insensitive), longest name first at
 * each place, as [start, end) UTF-16 spans with the name found.
 */
export function findNames(
  text: string,
  names: readonly string[]
): { span: [number, number]; name: string }[] {
  const sorted = [...new Set(names)].filter((n) => n !== "").sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const out: { span: [number, number]; name: string }[] = [];
  for (let i = 0; i < text.length;) {
    const n = sorted.find((x) => lower.startsWith(x.toLowerCase(), i));
    if (n === undefined) {
      i++;
      continue;
    }
    out.push({ span: [i, i + n.length], name: text.slice(i, i + n.length) });
    i += n.length;
  }
  return out;
}

/** Sections whose text may declare the unit's short name: 单位简介 and 正文. */
const DECLARATION_SECTIONS: readonly SectionId[] = [
  "unitIntro",
  "background",
  "practice",
  "effect",
  "bodyOther",
];

/** title-names: the unit's name (full or short) or a creator's name in the 题目 (R3). */
export const titleNames: Rule = {
  meta: {
    id: "title-names",
    titleId: "rules.title-names.title",
    category: "structure",
    appliesTo: "title",
    requirementIds: ["R3"],
    defaultSeverity: "warning",
    messageIds: ["unitName", "creatorName"],
  },
  check(ctx) {
    const c = ctx.classified;
    const fullName = unitNameOf(c);
    const derived = fullName === null ? [] : unitShortForms(fullName);
    // Short names the writer declares in 单位简介 or 正文 ("（以下简称“某市分公司”）").
    const mask = reportParagraphMask(c, ctx.profile, DECLARATION_SECTIONS);
    const declared = c.paragraphs
      .filter((info) => mask[info.index])
      .flatMap((info) => declaredShortNames(itemAt(c.doc.paragraphs, info.index).text, derived));
    const unitForms = [...new Set([...derived, ...declared])];
    const creators = [...(ctx.creatorNames ?? []), ...(c.form?.creatorNames ?? [])]
      .map((n) => n.trim())
      .filter((n) => n.length >= 2);
    if (unitForms.length === 0 && creators.length === 0) return;
    for (const index of indexesOfRole(c, "title")) {
      if (c.paragraphs[index]?.placeholder === true) continue; // 未填写 (placeholder.ts)
      const text = itemAt(c.doc.paragraphs, index).text;
      for (const hit of findNames(text, [...unitForms, ...creators])) {
        const isCreator = creators.some((n) => n.toLowerCase() === hit.name.toLowerCase());
        ctx.report(
          isCreator
            ? {
                messageId: "creatorName",
                data: { name: hit.name },
                target: paragraphTarget(c, index, hit.span),
              }
            : {
                messageId: "unitName",
                data: { name: hit.name, unit: fullName ?? hit.name },
                target: paragraphTarget(c, index, hit.span),
                severity: "error" as const,
              }
        );
      }
    }
  },
};
