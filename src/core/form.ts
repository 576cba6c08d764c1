/**
 * @fileoverview Reading the 申报书 (附件一) out of a ReportDocument: where the form is, each
 * field's value and where it stands (so findings can select it), the ticked 案例类别, the 其他
 * explanation and the creators (R27–R33; the creator names also serve R3). Plus the parsers the
 * `form-*` rules share: blank values, 报送时间 dates, the 案例实施周期 range, name lists.
 * Layer: core (pure; no Office, no DOM, no I/O).
 *
 * ## How the form is found (`locateForm`, linear in paragraphs and characters)
 *
 * The model has no table cells, only `tableDepth` and the paragraphs in Word's order (row by
 * row, cell by cell). So the form is found by its labels:
 *
 * 1. A **label paragraph** is one whose text, normalised (`normalizeLabel`: whitespace, colons,
 *    footnote marks such as ¹ ² 1 注1 （注1） ① * removed, ／ → /), equals a field label or alias
 *    of `profile.form.fields`. A **label line** is "label：value" in one paragraph (a colon, or
 *    blanks `___`, after the label), as in forms typed without a table.
 * 2. The form is the first cluster of label paragraphs/lines with at least
 *    {@link MIN_FORM_LABELS} distinct fields, two of them outside the contact rows (a contact
 *    table in a report's 附件 is not the form), where consecutive hits are in the same table (a
 *    contiguous run of table paragraphs) or at most {@link MAX_LABEL_GAP} paragraphs apart.
 * 3. A field's value is the paragraphs after its label up to the next label or the end of the
 *    table (table layout), or the rest of its label line. An empty cell is its one empty
 *    paragraph (span [0, 0]), so a finding can still select it.
 * 4. The region grows backwards over the form's title (a short line naming `form.title` or ending
 *    in 申报书) and an "附件一" line, and forwards over the notes (a "注：" line and numbered
 *    note lines, at most `notes.length` of them), skipping empty paragraphs in between.
 *
 * `classify` gives every paragraph of the region the role "formField" and the section "form",
 * so the report's counts and rules never see the form.
 */
import { refOf, type ParagraphRef, type ReportDocument, type ReportParagraph } from "./model";
import type { FormFieldKey, FormFieldSpec, Profile } from "./profile";
import { PROFILE_2023 } from "./profile";
import type { Target } from "./findings";
import { itemAt } from "./item-at";

/** Fewest distinct labels that make a cluster the 申报书 (a report never has four of them at line starts). */
export const MIN_FORM_LABELS = 4;

/** Most paragraphs between two label hits outside one table (values of typed forms are short). */
export const MAX_LABEL_GAP = 12;

/** Longest title or 附件 line taken into the form region, in UTF-16 units. */
const TITLE_MAX = 60;

/** A place in the document: the paragraph (index, id, text hash) and [start, end) in its text. */
export interface FormSpan {
  paragraph: ParagraphRef;
  span: [number, number];
}

/** One field of the form as filled in. */
export interface FormField {
  key: FormFieldKey;
  /** The profile's label (not the text as written). */
  label: string;
  /** Index of the paragraph holding the label. */
  labelIndex: number;
  /** The paragraph holding the label. */
  labelParagraph: ParagraphRef;
  /** The value: one span per value paragraph (trimmed; [0, 0] for an empty cell). */
  parts: FormSpan[];
  /** The value text: the parts joined with "\n", trimmed. */
  text: string;
  /** True when the value is blank (see {@link isBlankValue}). */
  empty: boolean;
}

/** One 案例类别 choice of the form. */
export interface FormCategory {
  name: string;
  ticked: boolean;
  /** True for `profile.form.otherCategory` (其他). */
  other: boolean;
  /**
   * The box character before the name ([start, start + 1)), null when written without a box. A
   * pane toggles it with a replaceText edit of this span to `boxTicked`/`boxEmpty`.
   */
  box: FormSpan | null;
}

/** The 申报书 read from a document (R27–R33). */
export interface FormData {
  /** First and last paragraph index of the form region (title and notes included). */
  first: number;
  last: number;
  /** The form's title paragraph, null when there is none. */
  titleIndex: number | null;
  /** True when the labels stand in a table (the template's layout). */
  table: boolean;
  /** The fields found, by key; a field whose label is not in the form is absent. */
  fields: Partial<Record<FormFieldKey, FormField>>;
  /** The categories named in the 案例类别 value, in form order (names not written are absent). */
  categories: FormCategory[];
  /** The explanation after "其他，请具体说明：", null when the 其他 choice is not in the form. */
  otherExplanation: { text: string; at: FormSpan } | null;
  /** Names of 主要创造人 and 参与创造人 ({@link splitNames}). */
  mainCreators: string[];
  participants: string[];
  /** Both lists, de-duplicated, for the title check (R3). */
  creatorNames: string[];
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const WS = /[\s\u00a0\u3000\u200b\ufeff]/g;

function isBlankChar(c: string): boolean {
  return /[\s\u00a0\u3000\u200b\ufeff]/.test(c);
}

/** [start, end) of `text` without leading and trailing whitespace; [0, 0] when blank. */
function trimSpan(text: string, from = 0, to = text.length): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isBlankChar(text.charAt(a))) a++;
  while (b > a && isBlankChar(text.charAt(b - 1))) b--;
  return a === b ? [from, from] : [a, b];
}

/** Full-width digits → ASCII digits (same length). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

const FOOTNOTE_TAIL =
  /(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*＊※\u2460-\u2473]|[（(]?注?[0-9０-９]{1,2}[）)]?|[（(]注[）)]|[：:])$/;

/**
 * A label as compared: without whitespace, a leading "*" or "※" (required mark), trailing colons
 * and footnote marks (¹ ² … superscripts, trailing digits, 注1, （注1）, ①, *), with ／ → / and
 * full-width brackets → half-width. "案例实施周期¹：" → "案例实施周期".
 */
export function normalizeLabel(text: string): string {
  let s = text
    .replace(WS, "")
    .replace(/／/g, "/")
    .replace(/^[*＊※]+/, "");
  let prev = "";
  while (s !== prev) {
    prev = s;
    s = s.replace(FOOTNOTE_TAIL, "");
  }
  return s;
}

/**
 * True when a value is blank: nothing but whitespace, underscores (_ ＿ ‗ ﹍), a whole 【…】
 * placeholder, or a date skeleton without digits ("____年__月__日" → blank, R27, R33).
 */
export function isBlankValue(text: string): boolean {
  let s = text.replace(WS, "").replace(/[_＿‗﹍﹎]/g, "");
  s = s.replace(/^【[^】]*】$/, "");
  return /^[年月日—\-－~～至]*$/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Labels

interface LabelHit {
  index: number;
  spec: FormFieldSpec;
  /** Where the inline value starts (label line), or null for a label-only paragraph. */
  valueFrom: number | null;
}

function labelMap(profile: Profile): Map<string, FormFieldSpec> {
  const map = new Map<string, FormFieldSpec>();
  for (const f of profile.form.fields) {
    for (const l of [f.label, ...f.aliases]) {
      const k = normalizeLabel(l);
      if (!map.has(k)) map.set(k, f);
    }
  }
  return map;
}

/** The label of paragraph `p`, or null. */
function matchLabel(p: ReportParagraph, labels: Map<string, FormFieldSpec>): LabelHit | null {
  const text = p.text;
  if (text.length > 200) return null;
  const whole = labels.get(normalizeLabel(text));
  if (whole) return { index: p.index, spec: whole, valueFrom: null };
  // "label：value" or "label ____" in one paragraph.
  const m = /^([^：:_＿]{2,24}?)\s*(?:[：:]|(?=[_＿]))/.exec(text);
  if (m === null) return null;
  const spec = labels.get(normalizeLabel(m[1] ?? ""));
  if (!spec) return null;
  return { index: p.index, spec, valueFrom: m[0].length };
}

// ---------------------------------------------------------------------------------------------
// Categories and names

function categoryRead(
  profile: Profile,
  doc: ReportDocument,
  parts: FormSpan[]
): { categories: FormCategory[]; other: { text: string; at: FormSpan } | null } {
  const f = profile.form;
  const ticked = new Set(f.tickedMarks);
  const boxes = new Set([...f.tickedMarks, ...f.untickedMarks]);
  const anyBox = parts.some((part) => {
    const t = itemAt(doc.paragraphs, part.paragraph.index).text.slice(part.span[0], part.span[1]);
    for (const ch of t) if (boxes.has(ch)) return true;
    return false;
  });
  const categories: FormCategory[] = [];
  let other: { text: string; at: FormSpan } | null = null;
  for (const name of f.categories) {
    for (const part of parts) {
      const p = itemAt(doc.paragraphs, part.paragraph.index);
      const slice = p.text.slice(0, part.span[1]);
      const at = slice.indexOf(name, part.span[0]);
      if (at < 0) continue;
      // The box: the nearest non-blank character before the name.
      let b = at - 1;
      while (b >= part.span[0] && isBlankChar(p.text.charAt(b))) b--;
      const boxChar = b >= part.span[0] ? p.text.charAt(b) : "";
      const hasBox = boxes.has(boxChar);
      const isOther = name === f.otherCategory;
      categories.push({
        name,
        ticked: hasBox ? ticked.has(boxChar) : !anyBox,
        other: isOther,
        box: hasBox ? { paragraph: part.paragraph, span: [b, b + 1] } : null,
      });
      if (isOther) {
        // Explanation: after the prompt (or after "其他" and a comma/colon) to the next box or the end.
        let from = at + name.length;
        const prompt = p.text.indexOf(normalizeLabel(f.otherPrompt), from);
        const promptEnd = prompt >= 0 ? prompt + normalizeLabel(f.otherPrompt).length : -1;
        if (promptEnd > 0 && prompt - from <= 2) {
          from = promptEnd;
          if (p.text.charAt(from) === "：" || p.text.charAt(from) === ":") from++;
        } else {
          while (from < part.span[1] && /[，,：:\s\u3000]/.test(p.text.charAt(from))) from++;
        }
        let to = part.span[1];
        for (let k = from; k < to; k++) {
          if (boxes.has(p.text.charAt(k))) {
            to = k;
            break;
          }
        }
        const span = trimSpan(p.text, Math.min(from, to), to);
        const raw = p.text.slice(span[0], span[1]);
        other = {
          text: isBlankValue(raw) ? "" : trimUnderscores(raw).trim(),
          at: { paragraph: part.paragraph, span },
        };
      }
      break;
    }
  }
  return { categories, other };
}

/**
 * Names in a 主要创造人 / 参与创造人 value (R30): split on 、，,；; line breaks and tabs; a piece
 * with spaces is several names when every space-separated part has at least two characters
 * ("张三 李四"), else one name with its padding removed ("张  三" → "张三"); bracketed notes
 * ("张三（项目经理）") and a trailing 等 are dropped; blanks and underscores are not names.
 */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  const cleaned = text.replace(/[（(][^（）()]*[）)]/g, " ").replace(/[_＿]+/g, " ");
  for (const chunk of cleaned.split(/[、，,；;\n\v\t]+/)) {
    const pieces = chunk.split(/[\s\u00a0\u3000]+/).filter((x) => x !== "");
    if (pieces.length === 0) continue;
    const names =
      pieces.length > 1 && pieces.every((x) => x.length >= 2) ? pieces : [pieces.join("")];
    for (let n of names) {
      n = n.replace(/等$/, "");
      if (n !== "" && !isBlankValue(n)) out.push(n);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Locating the form

/** True for the form's title line: a short line equal to the profile's title or ending in 申报书. */
function isFormTitle(p: ReportParagraph, profile: Profile): boolean {
  const s = p.text.replace(WS, "");
  if (s === "" || s.length > TITLE_MAX) return false;
  const title = profile.form.title.replace(WS, "");
  return s.includes(title) || /申报书[：:]?$/.test(s);
}

/** True for an "附件一" / "附件1：" line above the form (the notice's layout). */
function isAnnexLine(p: ReportParagraph): boolean {
  return /^附件[一1１]?[：:]?$/.test(p.text.replace(WS, ""));
}

/** True for the notes heading ("注", "注：") or a note line ("注1：…", "1.…", "1、…"). */
function noteKind(p: ReportParagraph): "heading" | "note" | null {
  const s = p.text.replace(WS, "");
  if (/^注[：:]?$/.test(s)) return "heading";
  if (/^注[：:]?[0-9０-９]/.test(s) || /^注[：:]/.test(s)) return "note";
  if (/^[（(]?[0-9０-９]{1,2}[）)]?[.．、：:]?\D/.test(s) && /^[（(]?[0-9０-９]/.test(s))
    return "note";
  return null;
}

function isBlankPara(p: ReportParagraph): boolean {
  return p.text.replace(WS, "") === "";
}

/**
 * Finds the 申报书 in `doc` (see the file header) and reads it. Never throws.
 * @returns the form, or null when the document has no cluster of {@link MIN_FORM_LABELS} labels.
 */
export function locateForm(doc: ReportDocument, profile: Profile = PROFILE_2023): FormData | null {
  const paras = doc.paragraphs;
  const n = paras.length;
  if (n === 0 || !profile.form) return null;
  const labels = labelMap(profile);
  // Table runs: tableRun[i] = id of the contiguous run of table paragraphs holding i, or -1.
  const tableRun: number[] = [];
  let run = -1;
  let prevDepth = 0;
  for (const p of paras) {
    if (p.tableDepth > 0 && prevDepth === 0) run++;
    tableRun.push(p.tableDepth > 0 ? run : -1);
    prevDepth = p.tableDepth;
  }
  const hits: LabelHit[] = [];
  for (const p of paras) {
    const h = matchLabel(p, labels);
    if (h) hits.push(h);
  }
  // Clusters of hits (file header, step 2); the first with enough distinct fields wins.
  let cluster: LabelHit[] | null = null;
  for (let a = 0; a < hits.length && cluster === null;) {
    let b = a;
    for (let next = hits[b + 1]; next !== undefined; next = hits[b + 1]) {
      const run = itemAt(tableRun, itemAt(hits, b).index);
      const sameTable = run >= 0 && run === itemAt(tableRun, next.index);
      if (!sameTable && next.index - itemAt(hits, b).index > MAX_LABEL_GAP) break;
      b++;
    }
    const group = hits.slice(a, b + 1);
    const keys = new Set(group.map((h) => h.spec.key));
    // A contact table alone (联系人, 职务, 手机, 邮箱 …) is not the form: two fields of the form
    // proper are needed too.
    const proper = group.filter((h) => h.spec.layout !== "pair").map((h) => h.spec.key);
    if (keys.size >= MIN_FORM_LABELS && new Set(proper).size >= 2) cluster = group;
    a = b + 1;
  }
  if (cluster === null) return null;

  // Region: first hit .. end of the last hit's value.
  let first = itemAt(cluster, 0).index;
  const firstRun = itemAt(tableRun, first);
  if (firstRun >= 0) while (first > 0 && itemAt(tableRun, first - 1) === firstRun) first--;
  const lastHit = itemAt(cluster, cluster.length - 1);
  const lastRun = itemAt(tableRun, lastHit.index);
  let last = lastHit.index;
  if (lastRun >= 0) while (last + 1 < n && itemAt(tableRun, last + 1) === lastRun) last++;
  const table = cluster.some((h) => itemAt(tableRun, h.index) >= 0);

  // Backwards over empties to the title and an 附件一 line.
  let titleIndex: number | null = null;
  for (let i = first - 1; i >= 0 && first - i <= 4; i--) {
    const p = itemAt(paras, i);
    if (p.tableDepth > 0) break;
    if (isBlankPara(p)) continue;
    if (titleIndex === null && isFormTitle(p, profile)) {
      titleIndex = i;
      first = i;
      continue;
    }
    if (isAnnexLine(p)) {
      first = i;
      continue;
    }
    break;
  }
  // Forwards over empties to the notes.
  let notes = 0;
  let heading = false;
  for (let i = last + 1; i < n && i - last <= 3 + profile.form.notes.length; i++) {
    const p = itemAt(paras, i);
    if (p.tableDepth > 0) break;
    if (isBlankPara(p)) continue;
    const kind = noteKind(p);
    if (kind === "heading" && !heading && notes === 0) {
      heading = true;
      last = i;
      continue;
    }
    if (kind === "note" && (heading || p.text.trimStart().startsWith("注"))) {
      if (notes >= profile.form.notes.length) break;
      notes++;
      last = i;
      continue;
    }
    break;
  }

  // Values.
  const fields: Partial<Record<FormFieldKey, FormField>> = {};
  const hitAt = new Set(cluster.map((h) => h.index));
  cluster.forEach((h, k) => {
    if (fields[h.spec.key]) return; // the first occurrence wins
    const p = itemAt(paras, h.index);
    const parts: FormSpan[] = [];
    if (h.valueFrom !== null) {
      parts.push({ paragraph: refOf(p), span: trimSpan(p.text, h.valueFrom) });
    }
    if (h.valueFrom === null || isBlankValue(p.text.slice(h.valueFrom))) {
      const next = k + 1 < cluster.length ? itemAt(cluster, k + 1).index : null;
      const inTable = itemAt(tableRun, h.index) >= 0;
      const end = inTable
        ? Math.min(next ?? n, lastEndOfRun(tableRun, h.index, n))
        : Math.min(next ?? h.index + 1, h.index + MAX_LABEL_GAP);
      for (let i = h.index + 1; i < end; i++) {
        if (hitAt.has(i)) break;
        if (!inTable && itemAt(paras, i).tableDepth > 0) break;
        parts.push({ paragraph: refOf(itemAt(paras, i)), span: trimSpan(itemAt(paras, i).text) });
      }
      if (h.valueFrom !== null && parts.length > 1 && isBlankValue(p.text.slice(h.valueFrom))) {
        parts.shift(); // "label：" alone on its line, the value below
      }
    }
    const text = parts
      .map((s) => itemAt(paras, s.paragraph.index).text.slice(s.span[0], s.span[1]))
      .join("\n")
      .trim();
    fields[h.spec.key] = {
      key: h.spec.key,
      label: h.spec.label,
      labelIndex: h.index,
      labelParagraph: refOf(p),
      parts,
      text,
      empty: isBlankValue(text),
    };
  });

  const cat = fields.category;
  const { categories, other } = cat
    ? categoryRead(profile, doc, cat.parts)
    : { categories: [], other: null };
  const mainCreators = fields.mainCreators ? splitNames(fields.mainCreators.text) : [];
  const participants = fields.participants ? splitNames(fields.participants.text) : [];
  return {
    first,
    last,
    titleIndex,
    table,
    fields,
    categories,
    otherExplanation: other,
    mainCreators,
    participants,
    creatorNames: [...new Set([...mainCreators, ...participants])],
  };
}

/** One past the last paragraph of the table run holding `i`. */
function lastEndOfRun(tableRun: number[], i: number, n: number): number {
  let e = i;
  while (e + 1 < n && itemAt(tableRun, e + 1) === itemAt(tableRun, i)) e++;
  return e + 1;
}

/**
 * The 申报书 of a classified document (R27–R33): `classified.form` when `classify` set it, else
 * {@link locateForm} on its document. Never throws. Takes the two fields it reads of a
 * `ClassifiedDocument` (./roles.ts, which itself refers to {@link FormData}: no import cycle).
 * @param profile - labels and categories; default the 2023 profile.
 * @returns the form, or null when the document has none.
 */
export function readForm(
  classified: { doc: ReportDocument; form?: FormData | null },
  profile: Profile = PROFILE_2023
): FormData | null {
  if (classified.form !== undefined) return classified.form;
  return locateForm(classified.doc, profile);
}

/**
 * The notes 注1–注N of the form with their placeholders filled from the profile: `{summaryMax}`
 * (bounds.formSummary.max), `{mainMax}`, `{participantsMax}` (form.creators) and
 * `{periodExample}` (2023年3月—2023年10月 with the profile's year and range dash).
 */
export function formNoteTexts(profile: Profile): string[] {
  const f = profile.form;
  const year = /\d{4}/.exec(f.title)?.[0] ?? "2023";
  const values: Record<string, string> = {
    summaryMax: String(profile.bounds.formSummary.max ?? ""),
    mainMax: String(f.creators.main),
    participantsMax: String(f.creators.participants),
    periodExample: `${year}年3月${f.rangeDash}${year}年10月`,
  };
  return f.notes.map((t) => t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m));
}

// ---------------------------------------------------------------------------------------------
// Dates and periods (R28, R33)

/** A year-month(-day) as written. `month`/`day` null when not written. */
export interface WrittenDate {
  year: number;
  month: number | null;
  day: number | null;
  /** True when the month or day was written with a leading zero ("03"). */
  leadingZero: boolean;
  /** True when written with . / - instead of 年 月 日 ("2023.3", "2023-03-01"). */
  numeric: boolean;
  /** [start, end) in the compact (whitespace-free) text. */
  at: [number, number];
}

const DATE_TOKEN =
  /(\d{4})(?:年(?:(\d{1,2})月(?:(\d{1,2})日)?)?|[.．/／\-－](\d{1,2})(?!\d)(?:[.．/／\-－](\d{1,2})(?!\d))?)?/g;

/** Text without whitespace and underscores, full-width digits as ASCII. */
export function compact(text: string): string {
  return asciiDigits(text.replace(WS, "").replace(/[_＿]/g, ""));
}

/** The dates written in compact text `s`, in order. */
export function writtenDates(s: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  DATE_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_TOKEN.exec(s)) !== null) {
    const ms = m[2] ?? m[4];
    const ds = m[3] ?? m[5];
    out.push({
      year: Number(m[1]),
      month: ms === undefined ? null : Number(ms),
      day: ds === undefined ? null : Number(ds),
      leadingZero:
        (ms !== undefined && ms.length === 2 && ms[0] === "0") ||
        (ds !== undefined && ds.length === 2 && ds[0] === "0"),
      numeric: m[4] !== undefined,
      at: [m.index, m.index + m[0].length],
    });
  }
  return out;
}

/** True when year-month-day is a day of the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= itemAt(days, month - 1);
}

/** A date as written in the normal form: "2023年3月" or "2023年3月5日" (no leading zero, facts §4.1). */
export function formatWrittenDate(d: {
  year: number;
  month: number | null;
  day: number | null;
}): string {
  return `${d.year}年${d.month ?? ""}月${d.day !== null ? `${d.day}日` : ""}`;
}

/** Result of {@link parseSubmissionDate}. */
export type SubmissionDate =
  | { kind: "blank" }
  | { kind: "unparseable" }
  | { kind: "incomplete" }
  | { kind: "invalid"; year: number; month: number; day: number }
  | {
      kind: "ok";
      year: number;
      month: number;
      day: number;
      /** ISO yyyy-mm-dd. */
      iso: string;
      leadingZero: boolean;
      numeric: boolean;
      /** "2023年10月20日". */
      normalized: string;
    };

const CHINESE_DIGITS: Record<string, number> = {
  "\u3007": 0, // 〇
  "\u25cb": 0, // ○
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九, 十, 十一 … 十九, 二十 … 九十九 → number; a digit string (二〇 → 20); else null. */
function chineseNumber(n: string): number | null {
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/u.exec(n);
  if (m !== null) {
    const tens = m[1] === undefined ? 1 : CHINESE_DIGITS[m[1]];
    const units = m[2] === undefined ? 0 : CHINESE_DIGITS[m[2]];
    return tens === undefined || units === undefined ? null : tens * 10 + units;
  }
  if ([...n].every((c) => c in CHINESE_DIGITS)) {
    return Number([...n].map((c) => CHINESE_DIGITS[c]).join(""));
  }
  return null;
}

/** `s` without leading and trailing underscores (half- and full-width), by scanning: linear. */
function trimUnderscores(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === "_" || s[a] === "＿")) a++;
  while (b > a && (s[b - 1] === "_" || s[b - 1] === "＿")) b--;
  return s.slice(a, b);
}

/**
 * Chinese numerals of a 年月日 date as ASCII digits: the year digit by digit ("二〇二三年" →
 * "2023年", 〇 ○ 零 are 0), month and day by value ("十月二十日" → "10月20日"). Other text is
 * unchanged; a run that is no number is left as written.
 */
export function arabicDateNumerals(s: string): string {
  return s.replace(
    // the whole run of numerals, then its unit if any: each run is matched once (linear)
    /([\u3007\u25cb零一二两三四五六七八九十]+)([年月日])?/gu,
    (all, n: string, unit: string | undefined) => {
      if (unit === undefined) return all;
      if (unit === "年") {
        if (n.includes("十")) return all;
        return [...n].map((c) => CHINESE_DIGITS[c]).join("") + unit;
      }
      const v = chineseNumber(n);
      return v === null ? all : `${v}${unit}`;
    }
  );
}

/**
 * Parses a 报送时间 (R33): "2023年10月20日" with or without spaces, blanks or leading zeros;
 * "2023.10.20", "2023-10-20", "2023/10/20" too; in Chinese numerals ("二〇二三年十月二十日",
 * "2023年十月二十日", `arabicDateNumerals`) when they make a date or a year. Blank or "____年__月__日" →
 * blank; a date without its day or month, or with a two-digit year, → incomplete; 2023年2月30日
 * → invalid.
 */
export function parseSubmissionDate(text: string): SubmissionDate {
  if (isBlankValue(text)) return { kind: "blank" };
  const arabic = arabicDateNumerals(compact(text));
  if (arabic !== compact(text)) {
    const d = parseCompactDate(arabic);
    if (d.kind === "ok" || d.kind === "invalid" || /\d{4}年/.test(arabic)) return d;
  }
  return parseCompactDate(compact(text));
}

/** `parseSubmissionDate` of compact text `s` (ASCII digits). */
function parseCompactDate(s: string): SubmissionDate {
  const [d, ...others] = writtenDates(s);
  if (d === undefined || others.length > 0) {
    return /\d/.test(s) && /[年月日]/.test(s) ? { kind: "incomplete" } : { kind: "unparseable" };
  }
  const rest = s.slice(0, d.at[0]) + s.slice(d.at[1]);
  if (rest.replace(/[年月日]/g, "") !== "") {
    return /^\d{2}年/.test(s) || /[年月日]/.test(rest)
      ? { kind: "incomplete" }
      : { kind: "unparseable" };
  }
  if (d.month === null || d.day === null) return { kind: "incomplete" };
  if (!isRealDate(d.year, d.month, d.day)) {
    return { kind: "invalid", year: d.year, month: d.month, day: d.day };
  }
  const pad = (x: number): string => String(x).padStart(2, "0");
  return {
    kind: "ok",
    year: d.year,
    month: d.month,
    day: d.day,
    iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`,
    leadingZero: d.leadingZero,
    numeric: d.numeric,
    normalized: formatWrittenDate(d),
  };
}

/** Result of {@link parsePeriod}. */
export type Period =
  | { kind: "blank" }
  | { kind: "unparseable" }
  /** Only a start, or "至今" as the end. */
  | { kind: "noEnd" }
  | { kind: "missingMonth" }
  | { kind: "invalidMonth" }
  | {
      kind: "ok";
      start: { year: number; month: number; day: number | null };
      end: { year: number; month: number; day: number | null };
      /** The separator as written between the two dates (whitespace removed); "—" is right. */
      separator: string;
      leadingZero: boolean;
      numeric: boolean;
      /** The normal form: "2023年3月—2023年10月" (days kept when written). */
      normalized: string;
      /** True when the end comes before the start. */
      endBeforeStart: boolean;
    };

/**
 * Parses a 案例实施周期 (R28): two dates to the month joined by a separator. Whitespace is
 * ignored ("2023 年 3 月 — 2023 年 10 月" is the normal form), leading zeros and the . / -
 * notations are recognised and reported through `leadingZero`/`numeric`, the separator is
 * returned as written (the normal one is `rangeDash`, U+2014 once).
 */
export function parsePeriod(text: string, rangeDash = "\u2014"): Period {
  if (isBlankValue(text)) return { kind: "blank" };
  const s = compact(text);
  const [a, b, ...others] = writtenDates(s);
  if (a === undefined) return { kind: "unparseable" };
  if (b === undefined) {
    const tail = s.slice(a.at[1]);
    const head = s.slice(0, a.at[0]);
    if (head === "" && (tail === "" || /^[—\-－~～至到]*(?:至今|今|现在|目前)$/.test(tail))) {
      return { kind: "noEnd" };
    }
    return { kind: "unparseable" };
  }
  if (others.length > 0) return { kind: "unparseable" };
  if (a.at[0] !== 0 || b.at[1] !== s.length) return { kind: "unparseable" };
  const separator = s.slice(a.at[1], b.at[0]);
  if (separator === "" || separator.length > 3) return { kind: "unparseable" };
  if (a.month === null || b.month === null) return { kind: "missingMonth" };
  if (a.month < 1 || a.month > 12 || b.month < 1 || b.month > 12) return { kind: "invalidMonth" };
  const key = (d: WrittenDate): number => d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
  return {
    kind: "ok",
    start: { year: a.year, month: a.month, day: a.day },
    end: { year: b.year, month: b.month, day: b.day },
    separator,
    leadingZero: a.leadingZero || b.leadingZero,
    numeric: a.numeric || b.numeric,
    normalized: formatWrittenDate(a) + rangeDash + formatWrittenDate(b),
    endBeforeStart: key(b) < key(a),
  };
}

// ---------------------------------------------------------------------------------------------
// Targets for the form-* rules

/**
 * Where a finding about `field` points: the written value (the span of its first non-empty
 * part), else its (empty) value cell paragraph, else its label paragraph.
 */
export function fieldTarget(field: FormField): Target {
  const written = field.parts.find((p) => p.span[1] > p.span[0]);
  if (written) return { kind: "paragraph", paragraph: written.paragraph, span: written.span };
  const cell = field.parts[0];
  return { kind: "paragraph", paragraph: cell ? cell.paragraph : field.labelParagraph };
}

/** The single written part of `field` when its value stands in one paragraph, else null (no fix then). */
export function singlePart(field: FormField): FormSpan | null {
  const written = field.parts.filter((p) => p.span[1] > p.span[0]);
  const [only, ...others] = written;
  return only !== undefined && others.length === 0 ? only : null;
}
