/**
 * @fileoverview The rule API (rule-as-data, after markdownlint and ESLint; anchor-codebases
 * §6.3): a rule is a frozen object with declared `meta` and one pure, synchronous `check`
 * function that reports through its context. The engine (`engine.ts`) validates every report
 * against the declarations. Layer: core (pure).
 */
import type { Edit, Severity, Target } from "./findings";
import { refOf } from "./model";
import type { Profile } from "./profile";
import type { ClassifiedDocument, Role, SectionId, SectionRange } from "./roles";
import { itemAt } from "./item-at";

/** Checklist section a rule belongs to (the pane groups rules by it). */
export type RuleCategory =
  "structure" | "counts" | "person" | "headings" | "format" | "page" | "pictures" | "form";

/** All categories in display order. */
export const RULE_CATEGORIES: readonly RuleCategory[] = [
  "structure",
  "counts",
  "person",
  "headings",
  "format",
  "page",
  "pictures",
  "form", // the 申报书 (附件一, R27–R33)
];

/**
 * When a rule has something to check (`RuleMeta.appliesTo`; issue 8): where it does not, the
 * checklist shows it 不适用 with a reason (`ruleApplicability` in checklist.ts) instead of ✓.
 * - "report": every case report (the default);
 * - "form": a document holding the 申报书 (附件一, R27–R33) — the only rules of a document that is
 *   only a 申报书;
 * - "title", "unitIntro", "practice", "effect": a report with that part (题目, 单位简介, 主要做法,
 *   实施效果) filled in — not only template placeholders (`isUnfilled`, issue 9);
 * - "unitLine", "body": every case report, except while the unit line's name / the whole 正文 is
 *   only template placeholders (the rule still reports a wrong dash or a missing part);
 * - "pictures": a report with a picture of its own (the 申报书's excluded);
 * - "formattedText": a report with a paragraph of a role the profile prescribes a format for.
 */
export type RuleAppliesTo =
  | "report"
  | "form"
  | "title"
  | "unitLine"
  | "unitIntro"
  | "body"
  | "practice"
  | "effect"
  | "pictures"
  | "formattedText";

/**
 * What a rule declares about itself. The engine enforces it at report time: a messageId not in
 * `messageIds` throws, a fix from a rule without `fixable` throws, a `replaceText` edit from a
 * rule that is not `fixable: "text"` throws.
 */
export interface RuleMeta {
  /** Stable kebab-case id, equal to the rule's file name in `src/core/rules/`. */
  id: string;
  /** Message key of the rule's checklist title, e.g. "rules.title-length.title". */
  titleId: string;
  category: RuleCategory;
  /** Requirement ids (R1–R34 of requirements.md) the rule enforces. */
  requirementIds: string[];
  defaultSeverity: Severity;
  /** When the rule applies (see {@link RuleAppliesTo}); default "report". */
  appliesTo?: RuleAppliesTo;
  /** "format": may report setRole/setPage edits; "text": may also report replaceText edits. */
  fixable?: "format" | "text";
  /**
   * Local message ids (camelCase). The text of each lives in the messages module under the key
   * `rules.<rule id>.<messageId>` in every locale.
   */
  messageIds: string[];
}

/** What a rule passes to `ctx.report`. */
export interface ReportDescriptor {
  /** One of `meta.messageIds`. */
  messageId: string;
  /** Values of the message's `{placeholders}`; every placeholder of every locale must be supplied. */
  data?: Record<string, string | number>;
  /** Where: paragraph indexes must be in range and their textHash current; spans inside the text. */
  target: Target;
  /** Overrides `meta.defaultSeverity` for this finding. */
  severity?: Severity;
  /** Overrides `meta.requirementIds` for this finding (must be valid R-ids), e.g. a role's R14. */
  requirementIds?: string[];
  /** Edits that fix the finding; only from a rule that declares `fixable`. */
  fix?: Edit[];
}

/** What a rule's `check` receives. Frozen: rules never mutate the document or the profile. */
export interface RuleContext {
  readonly classified: ClassifiedDocument;
  readonly profile: Profile;
  /**
   * Names of the case's creators (主要创造人 / 参与创造人, e.g. read from the 申报书), which the
   * 题目 must not contain (R3); from `LintOptions.creatorNames`. Empty when not known.
   */
  readonly creatorNames?: readonly string[];
  /** Reports a finding; throws a `RuleReportError` naming the rule when the descriptor is invalid. */
  report(descriptor: ReportDescriptor): void;
}

/** A rule: declarations plus one pure synchronous function (no I/O, no clock, no randomness). */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Message key of a rule's message: `rules.<ruleId>.<messageId>`. */
export function ruleMessageKey(ruleId: string, messageId: string): string {
  return `rules.${ruleId}.${messageId}`;
}

/**
 * Thrown by the engine when a rule reports something its declarations do not allow (an
 * undeclared messageId, a missing placeholder, a target out of range, an undeclared fix). It
 * is a bug in the rule, so it is NOT turned into a "rule-crashed" finding: it escapes `lint`.
 */
export class RuleReportError extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, message: string) {
    super(`Rule "${ruleId}": ${message}`);
    this.name = "RuleReportError";
    this.ruleId = ruleId;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the rules (pure functions of the classified document)
// ---------------------------------------------------------------------------------------------

/** A paragraph target for paragraph `index`, optionally narrowed to `span` ([start, end) UTF-16). */
export function paragraphTarget(
  classified: ClassifiedDocument,
  index: number,
  span?: [number, number]
): Target {
  const paragraph = refOf(itemAt(classified.doc.paragraphs, index));
  return span ? { kind: "paragraph", paragraph, span } : { kind: "paragraph", paragraph };
}

/** The first section range with `id`, or undefined. */
export function findSection(
  classified: ClassifiedDocument,
  id: SectionId
): SectionRange | undefined {
  return classified.sections.find((s) => s.id === id);
}

/** Where a section starts: its heading paragraph, else its first paragraph. */
export function sectionStart(range: SectionRange): number {
  return range.headingIndex ?? range.first;
}

/** Indexes of the paragraphs whose role is `role`, in document order. */
export function indexesOfRole(classified: ClassifiedDocument, role: Role): number[] {
  return classified.paragraphs.filter((p) => p.role === role).map((p) => p.index);
}

/** The sections that make up 正文 (R6): 实施背景, 主要做法, 实施效果 and other level-1 parts. */
export const BODY_SECTIONS: readonly SectionId[] = [
  "background",
  "practice",
  "effect",
  "bodyOther",
];
