/**
 * @fileoverview Rule privacy (R24, "严格保护有关主体的 … 个人隐私", 附件二 二(二)): personal data in
 * the report body — mobile numbers, landline numbers, resident ID numbers, e-mail addresses and
 * bank card numbers — is a warning at its span naming the kind. Content, so no fix: only the
 * writer knows whether to delete, mask or keep it. The message shows the value masked (138****5678)
 * so the finding list does not repeat the data. Layer: core (pure).
 *
 * Scope: the report's paragraphs (every section except "none"), not the 申报书 form, whose
 * contact row must hold a phone number and an e-mail address (`scope.ts`: section "none", or a
 * table whose first cell is a form label such as 推荐单位联系人).
 *
 * Recognition (`findPersonalData`), digits half-width or full-width:
 * - `mobile` — 1[3-9] + 9 digits, optionally +86/86 before, with spaces or hyphens as 3-4-4;
 * - `landline` — 0 + 2–3 digit area code, "-" (half- or full-width "－") or "（…）", 7–8
 *   digits, optional extension;
 * - `idNumber` — 18 characters (17 digits + digit or X) whose ISO 7064 MOD 11-2 check character
 *   is right and whose birth date (YYYYMMDD, 1900–2099) is a real date; or the old 15-digit
 *   number with a real YYMMDD birth date;
 * - `email` — local@domain.tld;
 * - `bankCard` — 16–19 digits (optionally in groups of 4 separated by spaces or hyphens) that
 *   pass the Luhn check and are not an ID number.
 * A number is only taken whole: digits or Latin letters right before or after it make it part
 * of something longer (an order number, a standard's code), which is not reported.
 */
import { paragraphTarget, type Rule } from "../rule";
import { reportParagraphMask } from "../scope";
import { itemAt } from "../item-at";

/** Kinds of personal data; each is a messageId of the rule. */
export type PersonalDataKind = "mobile" | "landline" | "idNumber" | "email" | "bankCard";

/** One occurrence: kind, [start, end) UTF-16 span, the text found. */
export interface PersonalData {
  kind: PersonalDataKind;
  span: [number, number];
  text: string;
}

/** Full-width digits → ASCII, same length (so spans stay valid). */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** True when y-m-d is a real calendar date. */
function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= itemAt(days, m - 1);
}

/**
 * True for a valid 18-character resident ID number (GB 11643-1999): 17 digits, then the ISO
 * 7064 MOD 11-2 check character (0–9 or X, case-insensitive), with a real birth date at
 * positions 7–14 in 1900–2099.
 */
export function isValidIdNumber18(id: string): boolean {
  if (!/^[0-9]{17}[0-9Xx]$/.test(id)) return false;
  let sum = 0;
  for (const [i, weight] of ID_WEIGHTS.entries()) sum += Number(id.charAt(i)) * weight;
  if (ID_CHECK.charAt(sum % 11) !== id.charAt(17).toUpperCase()) return false;
  const y = Number(id.slice(6, 10));
  return y >= 1900 && y <= 2099 && realDate(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** True for a plausible old 15-digit ID number: 15 digits with a real YYMMDD birth date at 7–12. */
export function isValidIdNumber15(id: string): boolean {
  if (!/^[0-9]{15}$/.test(id)) return false;
  return realDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

/** True when the digit string passes the Luhn check (ISO/IEC 7812), as bank card numbers do. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/*
 * Linear work: every pattern here is tried from each position of the text, so a pattern whose
 * repeated part can run long and then fail would cost O(n²) on one long run. E-mail addresses
 * are therefore found run by run ({@link findEmails}): each maximal run of local-part characters
 * is matched once, and only a run followed by "@" tries the domain, whose labels are separated
 * by dots they cannot contain (backtracking over them is linear in the domain). The other
 * patterns have bounded length (at most 19 digits and separators), so each attempt is O(1).
 */
const EMAIL_LOCAL_RUN = /[A-Za-z0-9._%+-]+/g;
const EMAIL_DOMAIN = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;

/**
 * The e-mail addresses of `text` as [start, end) spans, in order, non-overlapping: a whole run
 * of `[A-Za-z0-9._%+-]` followed by "@" and a dotted domain. Linear (see above).
 */
export function findEmails(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  EMAIL_LOCAL_RUN.lastIndex = 0;
  for (let m = EMAIL_LOCAL_RUN.exec(text); m !== null; m = EMAIL_LOCAL_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (text.charCodeAt(end) !== 64 /* @ */) continue;
    EMAIL_DOMAIN.lastIndex = end;
    const d = EMAIL_DOMAIN.exec(text);
    if (d === null) continue;
    out.push([m.index, end + d[0].length]);
    EMAIL_LOCAL_RUN.lastIndex = end + d[0].length;
  }
  return out;
}
const MOBILE = /(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}/g;
const LANDLINE = /(?:0[0-9]{2,3}[-－]|[（(]0[0-9]{2,3}[）)]\s?)[0-9]{7,8}(?:[-－][0-9]{1,5})?/g;
const ID = /[0-9]{17}[0-9Xx]|[0-9]{15}/g;
const CARD = /[0-9]{4}(?:[ -]?[0-9]{4}){3}(?:[ -]?[0-9]{1,3})?/g;

const DIGIT_OR_AT = /[0-9０-９@]/;

/** True when the match is whole: no digit or Latin letter (or @ for e-mail) right around it. */
function whole(text: string, start: number, end: number): boolean {
  const b = text.charAt(start - 1); // "" at either end
  const a = text.charAt(end);
  return !/[0-9A-Za-z]/.test(b) && !/[0-9A-Za-z]/.test(a);
}

/**
 * The personal data of `text` (R24), in text order, non-overlapping (e-mail first, then ID,
 * mobile, landline, bank card). Never throws.
 */
export function findPersonalData(text: string): PersonalData[] {
  // every kind needs a digit, or the "@" of an e-mail: most paragraphs have neither
  if (!DIGIT_OR_AT.test(text)) return [];
  const t = asciiDigits(text);
  const out: PersonalData[] = [];
  // positions already taken by a match: the overlap test costs the match's length, not the
  // number of matches so far (each kind's matches are disjoint, so O(5n) in all)
  const taken = new Uint8Array(t.length);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const scan = (re: RegExp, kind: PersonalDataKind, ok: (m: string) => boolean) => {
    re.lastIndex = 0;
    for (const m of t.matchAll(re)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      if (kind !== "email" && !whole(t, s, e)) continue;
      if (!free(s, e) || !ok(m[0])) continue;
      out.push({ kind, span: [s, e], text: text.slice(s, e) });
      taken.fill(1, s, e);
    }
  };
  for (const [s, e] of findEmails(t)) {
    out.push({ kind: "email", span: [s, e], text: text.slice(s, e) });
    taken.fill(1, s, e);
  }
  scan(ID, "idNumber", (m) => (m.length === 18 ? isValidIdNumber18(m) : isValidIdNumber15(m)));
  scan(MOBILE, "mobile", () => true);
  scan(LANDLINE, "landline", () => true);
  scan(CARD, "bankCard", (m) => {
    const digits = m.replace(/[ -]/g, "");
    return digits.length >= 16 && digits.length <= 19 && luhnValid(digits);
  });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * The value masked for a message: the middle characters replaced by "*", keeping the first 3
 * and last 4 (an e-mail keeps its first character and the domain). "13812345678" → "138****5678".
 */
export function maskValue(kind: PersonalDataKind, value: string): string {
  if (kind === "email") {
    const at = value.indexOf("@");
    return `${value.slice(0, 1)}***${value.slice(at)}`;
  }
  if (value.length <= 7) return value.replace(/[0-9]/g, "*");
  return value.slice(0, 3) + value.slice(3, -4).replace(/[0-9A-Za-z]/g, "*") + value.slice(-4);
}

/** privacy: phone numbers, ID numbers, e-mail addresses, bank cards in the report (R24). */
export const privacy: Rule = {
  meta: {
    id: "privacy",
    titleId: "rules.privacy.title",
    category: "person",
    requirementIds: ["R24"],
    defaultSeverity: "warning",
    messageIds: ["mobile", "landline", "idNumber", "email", "bankCard"],
  },
  check(ctx) {
    const c = ctx.classified;
    const mask = reportParagraphMask(c, ctx.profile);
    for (const info of c.paragraphs) {
      if (!mask[info.index]) continue;
      const text = itemAt(c.doc.paragraphs, info.index).text;
      for (const d of findPersonalData(text)) {
        ctx.report({
          messageId: d.kind,
          data: { value: maskValue(d.kind, d.text) },
          target: paragraphTarget(c, info.index, d.span),
        });
      }
    }
  },
};
