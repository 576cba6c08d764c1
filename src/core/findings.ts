/**
 * @fileoverview Findings, targets and edits: what rules report and what fixes are made of.
 * Fixes are data, never closures over Word (anchor-codebases §6.4). Layer: core.
 */
import { refOf, type ParagraphRef, type ReportDocument } from "./model";
import type { FormattedRole } from "./profile";

export type Severity = "error" | "warning" | "info";

/** Where a finding is. `span` is [start, end) in the paragraph's text (UTF-16 offsets). */
export type Target =
  | { kind: "document" }
  | { kind: "paragraph"; paragraph: ParagraphRef; span?: [number, number] }
  | { kind: "picture"; picture: number; paragraph: ParagraphRef }
  | { kind: "section"; section: number };

/**
 * The place Word is asked to select for a finding: a section's target is the start of the
 * section's first paragraph (page setup has no words of its own; with the cursor there, 布局 →
 * 纸张大小 applies to that section), every other target as it is. The document's start when the
 * model has no such section or paragraph.
 * @param doc the model the finding was found in (its sections' `lastParagraphIndex`)
 */
export function selectableTarget(target: Target, doc: ReportDocument): Target {
  if (target.kind !== "section") return target;
  const first =
    target.section === 0 ? 0 : (doc.sections[target.section - 1]?.lastParagraphIndex ?? -2) + 1;
  const p = target.section < doc.sections.length ? doc.paragraphs[first] : undefined;
  return p ? { kind: "paragraph", paragraph: refOf(p) } : { kind: "document" };
}

/** One finding of one rule. */
export interface Finding {
  /** Stable id: ruleId + target + messageId (+ span), so ignores and UI keys survive re-checks. */
  id: string;
  ruleId: string;
  /** Requirement ids of `requirements.md` this finding enforces, e.g. ["R14"]. */
  requirementIds: string[];
  severity: Severity;
  messageId: string;
  /** Rendered message in the profile locale (zh-CN by default). */
  message: string;
  data: Record<string, string | number>;
  target: Target;
  /** Edits that fix this finding (one-click); absent for content findings. */
  fix?: Edit[];
}

/**
 * An edit, applied by `src/word` (Office.js) or `src/ooxml` (a .docx). Edits never change the
 * words of the document unless `op` is "replaceText" (listed for confirmation first).
 */
export type Edit =
  /** Give the paragraph the profile style of `role` and clear conflicting direct formatting (R14–R19). */
  | { op: "setRole"; target: ParagraphRef; role: FormattedRole; headingEnd?: number }
  /** Set page size and orientation of every section (R13); sizes in twips. */
  | { op: "setPage"; width: number; height: number; orientation: "portrait" | "landscape" }
  /** Replace [start, end) of the paragraph text with `text`. */
  | { op: "replaceText"; target: ParagraphRef; span: [number, number]; text: string };
