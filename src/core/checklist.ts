/**
 * @fileoverview The live checklist's data: per-part 字数 with status and progress toward each
 * bound (R2, R5–R7), and one group per rule that ran — passing and not-applicable rules included
 * so the pane can show ✓ or 不适用 — with its status, findings, worst severity and ignored count, plus a summary; the figure and
 * table tallies (R12) and the items the writer confirms by hand (kind H of requirements.md).
 * Counts come from here, never from the UI (anchor-codebases §6.4). Layer: core (pure).
 *
 * ## Rule status and document kind
 * Each group has a `status`: "failed" (an error or warning is left), "notApplicable" (the rule
 * had nothing to check in this document — see `ruleApplicability` — and reported nothing), else
 * "passed". A rule that does not apply must not read ✓ 已通过: the form-* rules without a
 * 申报书; title-length and title-names without a 题目; unit-intro-length without 单位简介;
 * practice-share without 主要做法; effect-data without 实施效果; picture-resolution without a
 * picture; role-format without any paragraph of a formatted role; and every rule in an empty
 * document. The missing part itself is reported by report-structure (题目, 单位简介), body-length
 * (the parts of 正文), unit-line and picture-count, which always apply — except in a document
 * that is only a 申报书 (`isFormOnly`: the form and no part of a report, as `case-report new
 * --form` writes it): there only the form-* rules run, every other rule is notApplicable with
 * reason "formOnly" (`analyze` passes them to `lint` as `notApplicable`, so they report nothing;
 * the counts still read "missing"). The checklist's
 * `documentKind` ("empty" / "noReport" / "report", `documentKindOf`) lets the pane say
 * 文档为空，请先插入模板 or 未识别到案例报告结构 (labels "checklist.documentKind.<kind>").
 */
import { sectionWordCounts } from "./classify";
import { paragraphStats } from "./count";
import { RULE_CRASHED_ID, type LintResult } from "./engine";
import type { Finding, Severity } from "./findings";
import { readForm } from "./form";
import { DEFAULT_LOCALE, t, type Locale } from "./messages";
import type { CountBounds, Profile } from "./profile";
import type { ClassifiedDocument, Role, SectionId } from "./roles";
import { kindEvidence } from "./page-reading";
import { findSection, indexesOfRole, type Rule, type RuleCategory } from "./rule";
import { allRules } from "./rules";
import { figureTableCounts } from "./rules/figure-table-count";
import { reportPictures } from "./rules/picture-count";
import { percentDown, shareAtLeast } from "./rules/practice-share";
import { isPrescribed, styleRoleOf } from "./rules/role-format";
import { itemAt } from "./item-at";
import { isPlaceholderParagraph, isUnfilled, type FillablePart } from "./placeholder";

/** Which count a CountItem shows. */
export type CountId =
  "title" | "unitIntro" | "body" | "practice" | "practiceShare" | "effect" | "background";

/**
 * State of a count against its bounds; "missing" when the part is not in the document;
 * "unfilled" (未填写) when the part is there but holds only template placeholders (`isUnfilled`):
 * its value counts the placeholders as 0 字, and it is neither ok nor short — the writer has not
 * started it (issue 9).
 */
export type CountStatus = "ok" | "low" | "high" | "missing" | "unfilled";

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

/**
 * Outcome of one rule for the checklist: "failed" — an error or warning is left (ignored
 * findings excluded); "notApplicable" — the rule had nothing to check here and reported nothing
 * (no 申报书 for a form-* rule, no 题目 for title-length …; see `ruleApplicability`); "passed" —
 * otherwise (notes, severity info, do not fail a rule).
 */
export type RuleStatus = "failed" | "passed" | "notApplicable";

/**
 * What the document is, for the pane's empty states: "empty" — no text at all (only blank
 * paragraphs or pictures; a document without paragraphs); "noReport" — text, but no part of a case
 * report recognised (no 题目, unit line, 单位简介, heading or 附件 — e.g. only tables, or only a
 * 申报书); "notReport" — read as a report at first, but it is another kind of document (a
 * thesis, a grant form, a bid file, a manual: see `documentKindOf`), so no rule applies to it
 * and formatting it as a report needs confirmation; "report" — otherwise.
 */
export type DocumentKind = "empty" | "noReport" | "notReport" | "report";

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
  /** failed / passed / notApplicable (see RuleStatus); show ✓ only for "passed". */
  status: RuleStatus;
  /**
   * Why the rule does not apply, a message key "checklist.notApplicable.<reason>" (e.g.
   * "checklist.notApplicable.noForm" → 文档中没有申报书); set only when status is "notApplicable".
   */
  notApplicableId?: string;
}

/**
 * Totals: findings by severity (ignored ones excluded); rules by status. `rulesPassed` counts the
 * groups whose status is "passed" (not the notApplicable ones), `rulesNotApplicable` those that
 * are "notApplicable", `rulesTotal` every group: failed = total − passed − notApplicable.
 */
export interface ChecklistSummary {
  errors: number;
  warnings: number;
  infos: number;
  rulesPassed: number;
  /**
   * Groups with status "notApplicable". Always set by `buildChecklist`; optional only so that
   * summaries recomputed elsewhere before this field existed still type-check (use
   * `summarizeGroups` to recompute one).
   */
  rulesNotApplicable?: number;
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
  /** Lower bound from the profile (photos: `pictures.minCount`, R21). */
  min?: number;
  /** Upper bound from the profile (figures, tables: `figureTableMax`, R12). */
  max?: number;
  /** "low" under `min`, "high" over `max`, else "ok". */
  status: "ok" | "low" | "high";
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
  /**
   * empty / noReport / report (see DocumentKind); label "checklist.documentKind.<kind>" for the
   * first two. Always set by `buildChecklist`; optional only so that checklists built by hand
   * before this field existed (test fixtures) still type-check — read a missing one as "report".
   */
  documentKind?: DocumentKind;
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
  /**
   * The document's kind when the caller has read it already (`documentKindOf` of the same
   * classified document and profile, as `analyze` does); default: read here.
   */
  documentKind?: DocumentKind;
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
  present: boolean | "unfilled",
  requirementIds: string[],
  unit: "字" | "%" = "字"
): CountItem {
  const out: CountItem = {
    id,
    labelId: `checklist.count.${id}`,
    value,
    unit,
    status: present === "unfilled" ? "unfilled" : present ? countStatus(value, bounds) : "missing",
    progress: present === true ? progressToward(value, bounds) : 0,
    requirementIds,
  };
  if (bounds.min !== undefined) out.min = bounds.min;
  if (bounds.max !== undefined) out.max = bounds.max;
  return out;
}

/**
 * The 字数 items of the checklist (R2, R5, R6, R7), in document order. A part that holds only
 * template placeholders is "unfilled" (placeholder paragraphs count 0 字; `isUnfilled`), and so is
 * 主要做法占正文 while 主要做法 is.
 */
export function buildCounts(classified: ClassifiedDocument, profile: Profile): CountItem[] {
  const counts = sectionWordCounts(classified);
  const b = profile.bounds;
  const has = (id: SectionId): boolean => findSection(classified, id) !== undefined;
  /** `present` for item(): false, true, or "unfilled". */
  const state = (present: boolean, part: FillablePart): boolean | "unfilled" =>
    present && isUnfilled(classified, part) ? "unfilled" : present;
  const titles = indexesOfRole(classified, "title");
  const title = titles.reduce(
    (n, i) =>
      isPlaceholderParagraph(classified, i)
        ? n
        : n + paragraphStats(itemAt(classified.doc.paragraphs, i)).words,
    0
  );
  const hasBody = has("background") || has("practice") || has("effect") || has("bodyOther");
  const shareBounds: CountBounds = {};
  if (b.practiceShare.min !== undefined)
    shareBounds.min = Math.round(b.practiceShare.min * 1000) / 10;
  if (b.practiceShare.max !== undefined)
    shareBounds.max = Math.round(b.practiceShare.max * 1000) / 10;
  const practiceUnfilled = has("practice") && isUnfilled(classified, "practice");
  const sharePresent = has("practice") && counts.body > 0 && !practiceUnfilled;
  const share = sharePresent ? counts.practice / counts.body : 0;
  const shareItem = item(
    "practiceShare",
    percentDown(share),
    shareBounds,
    practiceUnfilled ? "unfilled" : sharePresent,
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
    item("title", title, b.title, state(titles.length > 0, "title"), ["R2"]),
    item("unitIntro", counts.unitIntro, b.unitIntro, state(has("unitIntro"), "unitIntro"), ["R5"]),
    item("body", counts.body, b.body, state(hasBody, "body"), ["R6"]),
    item("background", counts.background, {}, state(has("background"), "background"), ["R6"]),
    item("practice", counts.practice, b.practice, state(has("practice"), "practice"), ["R7"]),
    shareItem,
    item("effect", counts.effect, {}, state(has("effect"), "effect"), ["R6", "R8"]),
  ];
}

/**
 * The tallies of the checklist: figures and tables in the report (R12, `figureTableCounts`) and
 * the pictures the photo count uses (R21, `reportPictures`; its minimum is the rule's finding).
 */
export function buildTallies(classified: ClassifiedDocument, profile: Profile): TallyItem[] {
  const { figures, tables } = figureTableCounts(classified, profile);
  const atMost = (id: TallyId, value: number, max: number): TallyItem => ({
    id,
    labelId: `checklist.tally.${id}`,
    value,
    max,
    status: value > max ? "high" : "ok",
    requirementIds: ["R12"],
  });
  const photos = reportPictures(classified).length;
  const minPhotos = profile.pictures.minCount;
  return [
    atMost("figures", figures, profile.figureTableMax.figures),
    atMost("tables", tables, profile.figureTableMax.tables),
    {
      id: "pictures",
      labelId: "checklist.tally.pictures",
      value: photos,
      min: minPhotos,
      status: photos < minPhotos ? "low" : "ok",
      requirementIds: ["R21"],
    },
  ];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Roles that show a part of the case report was recognised (see DocumentKind). */
const REPORT_ROLES: ReadonlySet<Role> = new Set<Role>([
  "title",
  "unitLine",
  "unitIntroHeading",
  "unitIntro",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "attachmentHeading",
]);

function hasText(text: string): boolean {
  return !/^[\s\u3000\u200b\ufeff]*$/.test(text);
}

/**
 * Fewest non-empty lines from which a document with none of a report's parts is "not a case
 * report" on its length alone (a draft being started is shorter; a thesis or a bid file longer).
 */
export const NOT_REPORT_MIN_LINES = 80;

/**
 * The kind of document (see DocumentKind): text in paragraphs or text boxes, report parts. A
 * document read with report roles is "notReport" when it shows none of a report's own marks
 * (`kindEvidence`: no "——" unit line, no 单位简介, no heading naming 实施背景/主要做法/实施效果)
 * and shows another kind of document: two or more headings of one (摘要, 参考文献, 立项依据,
 * 投标人须知, 第一章 …; profile data), or a title ending like one (…通知, …承诺书 …), or parts
 * numbered 一、二、… that are none of the report's, or two or more fields of a document-generation
 * template (`${…}`, `{{…}}`: a template a program fills), or at least `NOT_REPORT_MIN_LINES` lines
 * (issue 8). A draft being started (a title and a few lines) stays "report", and so does a
 * document in which the writer corrected a paragraph's role (`ParagraphInfo.corrected`): the
 * writer has said it is a report.
 */
export function documentKindOf(classified: ClassifiedDocument, profile: Profile): DocumentKind {
  const doc = classified.doc;
  if (!doc.paragraphs.some((p) => hasText(p.text)) && !doc.textBoxText.some(hasText)) {
    return "empty";
  }
  if (!classified.paragraphs.some((p) => REPORT_ROLES.has(p.role))) return "noReport";
  const e = kindEvidence(classified, profile);
  const other =
    e.otherHeadings + (e.otherTitle ? 2 : 0) >= 2 ||
    e.level1Markers >= 2 ||
    e.placeholders >= 2 ||
    e.lines >= NOT_REPORT_MIN_LINES;
  if (e.reportParts === 0 && other && !classified.paragraphs.some((p) => p.corrected === true)) {
    return "notReport";
  }
  return "report";
}

/** The notApplicable reason of every rule in a document that is not a case report. */
export const NOT_REPORT = "checklist.notApplicable.notReport";

/** The notApplicable reason of the report rules in a document that is only a 申报书. */
export const FORM_ONLY = "checklist.notApplicable.formOnly";

/**
 * True when the document is a stand-alone 申报书: it holds the form (`readForm`) and no part of a
 * case report (`documentKindOf` is "noReport" — e.g. the file `case-report new --form` writes).
 */
export function isFormOnly(
  classified: ClassifiedDocument,
  profile: Profile,
  kind: DocumentKind = documentKindOf(classified, profile)
): boolean {
  return kind === "noReport" && readForm(classified, profile) !== null;
}

/**
 * Whether `rule` had anything to check in this document: null when it applies, else the reason,
 * a key "checklist.notApplicable.<reason>". Nothing applies to an empty document nor to one that
 * is not a case report; otherwise each rule says when it applies (`meta.appliesTo`, see
 * `RuleAppliesTo`): "form" rules need a 申报书; in a stand-alone 申报书 (`isFormOnly`) no other
 * rule applies ("formOnly": `analyze` does not even run them, so they report nothing — no
 * 缺少题目, 正文 0 字 …); "title" needs a 题目, "unitIntro" 单位简介, "practice" 主要做法,
 * "effect" 实施效果 — and each of these, like "unitLine" (the unit line) and "body" (正文), does not
 * apply while its part is 未填写, only template placeholders ("<part>Unfilled", `isUnfilled`: the
 * rule then reports nothing and the checklist shows 未填写, never ✓); "pictures" a picture of the report, "formattedText" a paragraph outside
 * tables whose role has a prescribed style (R14–R19); "report" (the default: report-structure,
 * unit-line, body-length, picture-count, text rules …) always applies: it is the one that reports
 * a missing part.
 */
export function ruleApplicability(
  rule: Rule,
  classified: ClassifiedDocument,
  profile: Profile,
  kind: DocumentKind = documentKindOf(classified, profile)
): string | null {
  const reason = (r: string): string => `checklist.notApplicable.${r}`;
  if (kind === "empty") return reason("emptyDocument");
  if (kind === "notReport") return NOT_REPORT;
  const appliesTo = rule.meta.appliesTo ?? "report";
  if (appliesTo === "form") {
    return readForm(classified, profile) === null ? reason("noForm") : null;
  }
  if (isFormOnly(classified, profile, kind)) return FORM_ONLY;
  const has = (id: SectionId): boolean => findSection(classified, id) !== undefined;
  const filled = (part: FillablePart): string | null =>
    isUnfilled(classified, part) ? reason(`${part}Unfilled`) : null;
  switch (appliesTo) {
    case "report":
      return null;
    case "unitLine":
      return filled("unitLine");
    case "body":
      return filled("body");
    case "title":
      return indexesOfRole(classified, "title").length > 0 ? filled("title") : reason("noTitle");
    case "unitIntro":
      return has("unitIntro") ? filled("unitIntro") : reason("noUnitIntro");
    case "practice":
      return has("practice") ? filled("practice") : reason("noPractice");
    case "effect":
      return has("effect") ? filled("effect") : reason("noEffect");
    case "pictures":
      return reportPictures(classified).length > 0 ? null : reason("noPictures");
    case "formattedText":
      return classified.paragraphs.some((info) => {
        if (itemAt(classified.doc.paragraphs, info.index).tableDepth > 0) return false;
        const role = styleRoleOf(info.role, profile);
        return role !== null && isPrescribed(profile.roles[role]);
      })
        ? null
        : reason("noFormattedText");
  }
}

/**
 * The status of a group (see RuleStatus) from its findings left (ignored ones excluded) and
 * whether the rule applied: failed on an error or warning; notApplicable when it did not apply
 * and left no finding; else passed.
 */
export function groupStatus(findings: readonly Finding[], applies: boolean): RuleStatus {
  if (findings.some((f) => f.severity === "error" || f.severity === "warning")) return "failed";
  return !applies && findings.length === 0 ? "notApplicable" : "passed";
}

/**
 * The summary of `groups` (ChecklistSummary): findings by severity over the groups' findings,
 * rules by `status`. For summaries recomputed after ignoring findings: recompute each group's
 * status first (`groupStatus(findings, group.status !== "notApplicable")`).
 */
export function summarizeGroups(groups: readonly RuleGroup[]): ChecklistSummary {
  const all = groups.flatMap((g) => g.findings);
  const bySeverity = (s: Severity): number => all.filter((f) => f.severity === s).length;
  return {
    errors: bySeverity("error"),
    warnings: bySeverity("warning"),
    infos: bySeverity("info"),
    rulesPassed: groups.filter((g) => g.status === "passed").length,
    rulesNotApplicable: groups.filter((g) => g.status === "notApplicable").length,
    rulesTotal: groups.length,
  };
}

/**
 * Builds the checklist from a classified document and its lint result (R1–R34 as checked by
 * the rules): the document kind, counts, one RuleGroup per rule that ran (in registry order; a
 * crashed rule's group holds its "rule-crashed" finding) with its status (`ruleApplicability`,
 * `groupStatus`), and the summary. Never throws for a LintResult produced by `lint` with the same
 * `options.rules`.
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
  const kind = options.documentKind ?? documentKindOf(classified, profile);
  const groups: RuleGroup[] = [];
  for (const ruleId of lint.ruleIds) {
    const rule = rules.find((r) => r.meta.id === ruleId);
    if (!rule) continue;
    const findings = lint.findings.filter((f) => groupOf(f) === ruleId);
    let worst: Severity | null = null;
    for (const f of findings)
      if (worst === null || RANK[f.severity] > RANK[worst]) worst = f.severity;
    const notApplicableId = ruleApplicability(rule, classified, profile, kind);
    const status = groupStatus(findings, notApplicableId === null);
    const group: RuleGroup = {
      ruleId,
      titleId: rule.meta.titleId,
      title: t(rule.meta.titleId, {}, locale),
      category: rule.meta.category,
      requirementIds: [...rule.meta.requirementIds],
      worstSeverity: worst,
      findings,
      ignoredCount: lint.ignored.filter((f) => groupOf(f) === ruleId).length,
      status,
    };
    if (status === "notApplicable" && notApplicableId !== null) {
      group.notApplicableId = notApplicableId;
    }
    groups.push(group);
  }
  const bySeverity = (s: Severity): number => lint.findings.filter((f) => f.severity === s).length;
  return {
    documentKind: kind,
    counts: buildCounts(classified, profile),
    groups,
    summary: {
      errors: bySeverity("error"),
      warnings: bySeverity("warning"),
      infos: bySeverity("info"),
      rulesPassed: groups.filter((g) => g.status === "passed").length,
      rulesNotApplicable: groups.filter((g) => g.status === "notApplicable").length,
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
