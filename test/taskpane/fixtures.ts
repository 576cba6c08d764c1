/**
 * @fileoverview Hand-built checklist data for pane tests that do not go through `analyze`:
 * findings with real targets (ParagraphRefs of a built document) and groups as analyze shapes
 * them.
 */
import type { Analysis } from "../../src/core/analyze";
import { groupStatus, summarizeGroups, type DocumentKind } from "../../src/core/checklist";
import { refOf, type ReportDocument } from "../../src/core/model";
import type { Finding, Severity } from "../../src/core/findings";
import type { Checklist, CountItem, RuleGroup } from "../../src/taskpane/reducer";

/** A finding on paragraph `index` of `doc`. */
export function finding(
  doc: ReportDocument,
  index: number,
  ruleId: string,
  severity: Severity,
  message: string,
  n = 0
): Finding {
  return {
    id: `${ruleId}:${index}:m${n}`,
    ruleId,
    requirementIds: ["R1"],
    severity,
    messageId: "m",
    message,
    data: {},
    target: { kind: "paragraph", paragraph: refOf(doc.paragraphs[index]!) },
  };
}

/**
 * A rule group of `findings` (worst severity and status computed). With `notApplicableId` the
 * rule did not apply (status "notApplicable" when it has no finding, with that reason).
 */
export function group(
  ruleId: string,
  title: string,
  findings: Finding[],
  notApplicableId?: string
): RuleGroup {
  const rank = { error: 3, warning: 2, info: 1 } as const;
  const worst = findings.reduce<Severity | null>(
    (w, f) => (w === null || rank[f.severity] > rank[w] ? f.severity : w),
    null
  );
  return {
    ruleId,
    titleId: `rules.${ruleId}.title`,
    title,
    category: "format",
    requirementIds: ["R1"],
    worstSeverity: worst,
    findings,
    ignoredCount: 0,
    status: groupStatus(findings, notApplicableId === undefined),
    ...(notApplicableId !== undefined && findings.length === 0 ? { notApplicableId } : {}),
  };
}

/** A count row. */
export function count(partial: Partial<CountItem> & Pick<CountItem, "id" | "value">): CountItem {
  return {
    labelId: `checklist.count.${partial.id}`,
    unit: "字",
    status: "ok",
    progress: 1,
    requirementIds: [],
    ...partial,
  };
}

/** A checklist over `groups` with a summary computed like analyze's. */
export function checklist(
  groups: RuleGroup[],
  counts: CountItem[] = [],
  documentKind: DocumentKind = "report"
): Checklist {
  return {
    documentKind,
    counts,
    groups,
    summary: summarizeGroups(groups),
    tallies: [],
    hand: [],
  };
}

/** An Analysis carrying `list` (the other parts are not read by the pane's reducer). */
export function analysisOf(list: Checklist): Analysis {
  return {
    checklist: list,
    lint: { findings: list.groups.flatMap((g) => g.findings), ignored: [], crashed: [] },
  } as unknown as Analysis;
}
