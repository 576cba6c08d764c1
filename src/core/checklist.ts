/**
 * @fileoverview The live checklist's data: per-part 字数 with status and progress toward each
 * bound (R2, R5–R7), and one group per rule that ran — passing rules included so the pane can
 * show ✓ — with its findings, worst severity and ignored count, plus a summary; the figure and
 * table tallies (R12) and the items the writer confirms by hand (kind H of requirements.md).
 * Counts come from here, never from the UI (anchor-codebases §6.4). Layer: core (pure).
 */
import { sectionWordCounts } from "./classify";
import { paragraphStats } from "./count";
import { RULE_CRASHED_ID, type LintResult } from "./engine";
import type { Finding, Severity } from "./findings";
import { DEFAULT_LOCALE, t, type Locale } from "./messages";
import type { CountBounds, Profile } from "./profile";
import type { ClassifiedDocument, SectionId } from "./roles";
import { findSection, indexesOfRole, type Rule, type RuleCategory } from "./rule";
import { allRules } from "./rules";
import { figureTableCounts } from "./rules/figure-table-count";
import { reportPictures } from "./rules/picture-count";
import { percentDown, shareAtLeast } from "./rules/practice-share";

/** Which count a CountItem shows. */
export type CountId =
  "title" | "unitIntro" | "body" | "practice" | "practiceShare" | "effect" | "background";

/** State of a count against its bounds; "missing" when the part is not in the document. */
export type CountStatus = "ok" | "low" | "high" | "missing";

/**
 * One count of the checklist. `value` is in 字 (Word's 字数, R34) or, for practiceShare, a
 * percentage rounded down to 0.1 (69.96 % → 69.9, so a failing share never reads 70). `min`
 * and `max` are in the same unit. `progress` is 0..1 toward the bound a writer works toward:
 * the minimum when there is one, else the maximum (a title at its 20-字 limit is 1); a part
 * without bounds is 1 when present.
 */
export interface CountItem {
  id: CountId;
  /** Message key of the label, e.g. "checklist.count.practice". */
  labelId: string;
  value: number;
  unit: "字" | "%";
  min?: number;
  max?: number;
  status: CountStatus;
  progress: number;
  requirementIds: string[];
}

/** One rule in the checklist, with its findings (those not ignored). */
export interface RuleGroup {
  ruleId: string;
  titleId: string;
  /** `titleId` rendered in the checklist's locale. */
  title: string;
  category: RuleCategory;
  requirementIds: string[];
  /** Worst severity of `findings`, or null when the rule passes without any finding. */
  worstSeverity: Severity | null;
  /** Findings of the rule, plus its "rule-crashed" finding if it threw. */
  findings: Finding[];
  /** Findings of the rule the writer ignored. */
  ignoredCount: number;
}

/** Totals: findings by severity (ignored ones excluded) and rules without errors or warnings. */
export interface ChecklistSummary {
  errors: number;
  warnings: number;
  infos: number;
  rulesPassed: number;
  rulesTotal: number;
}

/** Which tally a TallyItem shows: figures and tables (R12), photos (R21). */
export type TallyId = "figures" | "tables" | "pictures";

/**
 * An informational count without a bound (R12, "show counts of figures and tables"): the
 * number of figures or tables in the report (`figureTableCounts`). Kept apart from `CountItem`
 * (字 with bounds, status and progress); the rule figure-table-count reports too many.
 */
export interface TallyItem {
  id: TallyId;
  /** Message key of the label, e.g. "checklist.tally.figures". */
  labelId: string;
  value: number;
  requirementIds: string[];
}

/**
 * A checklist item the writer confirms by hand (kind H of requirements.md): what a machine
 * cannot check — content principles, submission steps, the photo files. `labelId` is
 * "checklist.hand.<id>".
 */
export interface HandItem {
  id: string;
  labelId: string;
  requirementIds: string[];
}

/** A HandItem with its label rendered in the checklist's locale. */
export interface RenderedHandItem extends HandItem {
  label: string;
}

/** The hand-checked items, in the order the pane lists them (R5, R8, R9, R12, R20, R23–R26). */
export const HAND_ITEMS: readonly HandItem[] = Object.freeze(
  (
    [
      ["unitIntroContent", ["R5"]],
      ["effectQualitative", ["R8"]],
      ["attachments", ["R9"]],
      ["figuresNecessary", ["R12"]],
      ["wording", ["R20"]],
      ["photoFiles", ["R23"]],
      ["privacy", ["R24"]],
      ["wordAndPdf", ["R25"]],
      ["stampedCopy", ["R25"]],
      ["truth", ["R26"]],
      ["compliance", ["R26"]],
      ["advanced", ["R26"]],
      ["promotable", ["R26"]],
      ["effective", ["R26"]],
    ] as [string, string[]][]
  ).map(([id, requirementIds]) => ({ id, labelId: `checklist.hand.${id}`, requirementIds }))
);

/** What the checklist pane shows. */
export interface Checklist {
  counts: CountItem[];
  groups: RuleGroup[];
  summary: ChecklistSummary;
  /** Figures and tables (R12) and photos (R21) in the report. */
  tallies: TallyItem[];
  /** Items to confirm by hand, labels rendered. */
  hand: RenderedHandItem[];
}

/** Options of `buildChecklist`. */
export interface ChecklistOptions {
  /** Locale of the rendered group titles; default zh-CN. */
  locale?: Locale;
  /** The rules `lint` ran with (to find titles and categories); default `allRules`. */
  rules?: readonly Rule[];
}

/** "low" below `min`, "high" above `max`, else "ok". */
export function countStatus(value: number, bounds: CountBounds): "ok" | "low" | "high" {
  if (bounds.min !== undefined && value < bounds.min) return "low";
  if (bounds.max !== undefined && value > bounds.max) return "high";
  return "ok";
}

/** Progress 0..1 toward `min` when set, else toward `max`, else 1 (see CountItem). */
export function progressToward(value: number, bounds: CountBounds): number {
  const bound = bounds.min ?? bounds.max;
  if (bound === undefined || bound <= 0) return 1;
  return Math.max(0, Math.min(1, value / bound));
}

function item(
  id: CountId,
  value: number,
  bounds: CountBounds,
  present: boolean,
  requirementIds: string[],
  unit: "字" | "%" = "字"
): CountItem {
  const out: CountItem = {
    id,
    labelId: `checklist.count.${id}`,
    value,
    unit,
    status: present ? countStatus(value, bounds) : "missing",
    progress: present ? progressToward(value, bounds) : 0,
    requirementIds,
  };
  if (bounds.min !== undefined) out.min = bounds.min;
  if (bounds.max !== undefined) out.max = bounds.max;
  return out;
}

/** The 字数 items of the checklist (R2, R5, R6, R7), in document order. */
export function buildCounts(classified: ClassifiedDocument, profile: Profile): CountItem[] {
  const counts = sectionWordCounts(classified);
  const b = profile.bounds;
  const has = (id: SectionId): boolean => findSection(classified, id) !== undefined;
  const titles = indexesOfRole(classified, "title");
  const title = titles.reduce((n, i) => n + paragraphStats(classified.doc.paragraphs[i]).words, 0);
  const hasBody = has("background") || has("practice") || has("effect") || has("bodyOther");
  const shareBounds: CountBounds = {};
  if (b.practiceShare.min !== undefined)
    shareBounds.min = Math.round(b.practiceShare.min * 1000) / 10;
  if (b.practiceShare.max !== undefined)
    shareBounds.max = Math.round(b.practiceShare.max * 1000) / 10;
  const sharePresent = has("practice") && counts.body > 0;
  const share = sharePresent ? counts.practice / counts.body : 0;
  const shareItem = item(
    "practiceShare",
    percentDown(share),
    shareBounds,
    sharePresent,
    ["R7"],
    "%"
  );
  if (sharePresent) {
    // Status and progress from the exact ratio, not from the rounded percentage.
    const okMin =
      b.practiceShare.min === undefined ||
      shareAtLeast(counts.practice, counts.body, b.practiceShare.min);
    const okMax = b.practiceShare.max === undefined || share <= b.practiceShare.max;
    shareItem.status = !okMin ? "low" : !okMax ? "high" : "ok";
    shareItem.progress =
      b.practiceShare.min !== undefined && b.practiceShare.min > 0
        ? okMin
          ? 1
          : Math.min(1, share / b.practiceShare.min)
        : 1;
  }
  return [
    item("title", title, b.title, titles.length > 0, ["R2"]),
    item("unitIntro", counts.unitIntro, b.unitIntro, has("unitIntro"), ["R5"]),
    item("body", counts.body, b.body, hasBody, ["R6"]),
    item("background", counts.background, {}, has("background"), ["R6"]),
    item("practice", counts.practice, b.practice, has("practice"), ["R7"]),
    shareItem,
    item("effect", counts.effect, {}, has("effect"), ["R6", "R8"]),
  ];
}

/**
 * The tallies of the checklist: figures and tables in the report (R12, `figureTableCounts`) and
 * the pictures the photo count uses (R21, `reportPictures`; its minimum is the rule's finding).
 */
export function buildTallies(classified: ClassifiedDocument, profile: Profile): TallyItem[] {
  const { figures, tables } = figureTableCounts(classified, profile);
  return [
    { id: "figures", labelId: "checklist.tally.figures", value: figures, requirementIds: ["R12"] },
    { id: "tables", labelId: "checklist.tally.tables", value: tables, requirementIds: ["R12"] },
    {
      id: "pictures",
      labelId: "checklist.tally.pictures",
      value: reportPictures(classified).length,
      requirementIds: ["R21"],
    },
  ];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Builds the checklist from a classified document and its lint result (R1–R34 as checked by
 * the rules): counts, one RuleGroup per rule that ran (in registry order; a crashed rule's
 * group holds its "rule-crashed" finding), and the summary. Never throws for a LintResult
 * produced by `lint` with the same `options.rules`.
 */
export function buildChecklist(
  classified: ClassifiedDocument,
  lint: LintResult,
  profile: Profile,
  options: ChecklistOptions = {}
): Checklist {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rules = options.rules ?? allRules;
  const groupOf = (f: Finding): string =>
    f.ruleId === RULE_CRASHED_ID && typeof f.data.rule === "string" ? f.data.rule : f.ruleId;
  const groups: RuleGroup[] = [];
  for (const ruleId of lint.ruleIds) {
    const rule = rules.find((r) => r.meta.id === ruleId);
    if (!rule) continue;
    const findings = lint.findings.filter((f) => groupOf(f) === ruleId);
    let worst: Severity | null = null;
    for (const f of findings)
      if (worst === null || RANK[f.severity] > RANK[worst]) worst = f.severity;
    groups.push({
      ruleId,
      titleId: rule.meta.titleId,
      title: t(rule.meta.titleId, {}, locale),
      category: rule.meta.category,
      requirementIds: [...rule.meta.requirementIds],
      worstSeverity: worst,
      findings,
      ignoredCount: lint.ignored.filter((f) => groupOf(f) === ruleId).length,
    });
  }
  const bySeverity = (s: Severity): number => lint.findings.filter((f) => f.severity === s).length;
  return {
    counts: buildCounts(classified, profile),
    groups,
    summary: {
      errors: bySeverity("error"),
      warnings: bySeverity("warning"),
      infos: bySeverity("info"),
      rulesPassed: groups.filter((g) => g.worstSeverity === null || g.worstSeverity === "info")
        .length,
      rulesTotal: groups.length,
    },
    tallies: buildTallies(classified, profile),
    hand: HAND_ITEMS.map((h) => ({
      ...h,
      requirementIds: [...h.requirementIds],
      label: t(h.labelId, {}, locale),
    })),
  };
}
