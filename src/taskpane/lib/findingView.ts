/**
 * @fileoverview How the pane shows findings, pure: a finding's place (第N段 and the quote with
 * the reported words apart, from core's `quoteAround`), its one-line headline and the rest of its
 * message as the explanation, and the stops of 上一个/下一个. Document order, severity order, the
 * formatting findings summarised per role ("正文 41 段格式不符：字体、行距") and the verdict's counts
 * are core's (`core/verdict.ts`, shared with the CLI), re-exported here. Layer: taskpane.
 */
import { quoteAround, type Quote } from "../../core/excerpt";
import type { Finding } from "../../core/findings";
import { FORMAT_RULE, inDocumentOrder } from "../../core/verdict";

// How findings are grouped and counted is core's (shared with the CLI): re-exported for the pane.
export {
  FORMAT_RULE,
  inDocumentOrder,
  severityRank,
  summariseFormatting,
  verdictCounts,
  type FormatProperty,
  type RoleFormatSummary,
} from "../../core/verdict";

/** Where a finding is, for its row: 1-based paragraph and the quote, or null for the whole document / a section. */
export interface FindingPlace {
  paragraph: number | null;
  section: number | null;
  quote: Quote | null;
}

/** The place of `f` over the paragraphs' texts of the document it was found in. */
export function placeOf(f: Finding, paragraphs: readonly { text: string }[]): FindingPlace {
  const t = f.target;
  if (t.kind === "section") return { paragraph: null, section: t.section + 1, quote: null };
  if (t.kind === "document") return { paragraph: null, section: null, quote: null };
  const text = paragraphs[t.paragraph.index]?.text ?? "";
  const span = t.kind === "paragraph" && t.span ? t.span : null;
  const q = quoteAround(text, span);
  return {
    paragraph: t.paragraph.index + 1,
    section: null,
    quote: q.quote.trim() === "" ? null : q,
  };
}

/**
 * A message split into its first sentence (the row's one line) and the rest (the explanation,
 * shown on demand). Sentences end with 。！？ or, in English, ". ".
 */
export function splitMessage(message: string): { headline: string; detail: string } {
  // [\s\S], not the s flag: the bundle targets ES2017 (Office 2019's EdgeHTML).
  const m =
    /^([\s\S]+?[。！？])([\s\S]*)$/u.exec(message) ?? /^([\s\S]+?\.)\s+([\s\S]*)$/u.exec(message);
  const headline = m?.[1];
  const detail = m?.[2]?.trim() ?? "";
  if (headline === undefined || detail === "") return { headline: message, detail: "" };
  return { headline, detail };
}

/**
 * The stops of 上一个/下一个: every finding in document order, except that a paragraph's
 * formatting findings (one per attribute) are one stop, its first.
 */
export function navigationOrder(findings: readonly Finding[]): Finding[] {
  const seen = new Set<number>();
  return inDocumentOrder(findings).filter((f) => {
    if (f.ruleId !== FORMAT_RULE || f.target.kind !== "paragraph") return true;
    const i = f.target.paragraph.index;
    if (seen.has(i)) return false;
    seen.add(i);
    return true;
  });
}
