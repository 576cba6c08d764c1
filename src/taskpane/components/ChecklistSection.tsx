/**
 * @fileoverview 检查: the live checklist. 字数 rows with progress toward each bound, and the
 * tallies of figures, tables (R12) and photos (R21); the summary "N / M 项通过"; findings grouped
 * by rule in an `Accordion multiple collapsible` whose headers are h3 with a `CounterBadge` and
 * an accessible name that says the count — the report's rules first, the 申报书's (category
 * "form") under their own heading; inside an open group "全部修复" (when some of its findings
 * have a fix) and "忽略此项检查", and per finding 修复 / 忽略; passing rules (status "passed")
 * with a ✓; rules that did not apply (status "notApplicable") never with a ✓ but in a collapsed
 * "不适用" list with their reason, left out of "N / M 项通过" (M = total − not applicable; the
 * hint says "另有 K 项不适用"); ignored rules under "已忽略的检查项", each with 恢复. An empty
 * document gets "文档为空，请先插入模板" with a button that inserts the report template; a
 * document without a recognised report structure "未识别到案例报告结构" with the order to write
 * in. The previous results stay visible while a re-check runs (small Spinner "正在检查…").
 * Collapsed panels render nothing, so a long report does not render thousands of buttons.
 * Layer: taskpane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import { useCallback, useState, type ReactNode } from "react";
import type { Finding, Severity } from "../../core/findings";
import { lookup, t as translate } from "../../core/messages";
import { useI18n } from "../i18n";
import {
  isNotApplicable,
  isPassing,
  summaryCounts,
  type CheckState,
  type Checklist,
  type ErrorArea,
  type IgnoredRule,
  type PaneError,
  type RuleGroup,
} from "../reducer";
import { CountRow } from "./CountRow";
import { ErrorBar } from "./ErrorBar";
import { FindingList } from "./FindingList";
import { TallyList } from "./TallyList";

/** Props of `ChecklistSection`. */
export interface ChecklistSectionProps {
  check: CheckState;
  /** The checklist to show (ignores applied), or null before the first check. */
  checklist: Checklist | null;
  /** Findings ignored this session. */
  ignoredCount: number;
  /** Rules that crashed in the last check. */
  crashed: string[];
  selectError: PaneError | null;
  onRecheck: () => void;
  onSelect: (finding: Finding) => void;
  onIgnore: (finding: Finding) => void;
  onRestoreIgnored: () => void;
  onDismissError: (area: ErrorArea) => void;
  /** Rules the writer ignored for this document (shown apart, each with 恢复). */
  ignoredRules?: IgnoredRule[];
  onIgnoreRule?: (group: RuleGroup) => void;
  onRestoreRule?: (ruleId: string) => void;
  /** Fixes one finding; without it no 修复 buttons are shown. */
  onFix?: (finding: Finding) => void;
  /** Fixes every fixable finding of a group. */
  onFixAll?: (group: RuleGroup) => void;
  /** Another write is running: fixes are disabled. */
  writing?: boolean;
  /** The saved decisions cannot be changed now (loading, or the read failed): ignores are disabled. */
  decisionsLocked?: boolean;
  /** Shown under the heading: the outcome of the last fix, the decisions' errors … */
  notices?: ReactNode;
  /** Inserts the case-report template (offered when the document is empty). */
  onInsertTemplate?: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  headingRow: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  grow: {
    flexGrow: 1,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  headerContent: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
  },
  headerTitle: {
    flexGrow: 1,
    minWidth: 0,
  },
  passed: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  passedItem: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  check: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  groupActions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  restore: {
    minWidth: "auto",
    flexShrink: 0,
  },
  notApplicableItem: {
    display: "flex",
    flexDirection: "column",
    color: tokens.colorNeutralForeground3,
  },
  kindActions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

/** Number of findings of `group` that carry a fix. */
export function fixableCount(group: RuleGroup): number {
  return group.findings.filter((f) => f.fix && f.fix.length > 0).length;
}

const BADGE_COLOR: Record<Severity, "danger" | "important" | "informative"> = {
  error: "danger",
  warning: "important",
  info: "informative",
};

/** The 检查 area of the pane. */
export function ChecklistSection({
  check,
  checklist,
  ignoredCount,
  crashed,
  selectError,
  onRecheck,
  onSelect,
  onIgnore,
  onRestoreIgnored,
  onDismissError,
  ignoredRules = [],
  onIgnoreRule,
  onRestoreRule,
  onFix,
  onFixAll,
  writing = false,
  decisionsLocked = false,
  notices,
  onInsertTemplate,
}: ChecklistSectionProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  // Labels of the core checklist ("checklist.*": document kind, why a rule does not apply).
  const label = (key: string): string | null =>
    lookup(key, locale) !== undefined || lookup(key, "zh-CN") !== undefined
      ? translate(key, {}, locale)
      : null;
  const [openItems, setOpenItems] = useState<string[]>([]);
  const onToggle = useCallback<AccordionToggleEventHandler<string>>((_event, data) => {
    setOpenItems(data.openItems);
  }, []);

  const groups = checklist ? checklist.groups : [];
  // Rules with findings: failed ones, and passed ones with notes (shown with a ✓).
  const failing = groups.filter((g) => g.findings.length > 0);
  const failingReport = failing.filter((g) => g.category !== "form");
  const failingForm = failing.filter((g) => g.category === "form");
  const passing = groups.filter((g) => g.findings.length === 0 && isPassing(g));
  const notApplicable = groups.filter((g) => g.findings.length === 0 && isNotApplicable(g));
  const summary = checklist?.summary;
  const counts = summary ? summaryCounts(summary) : null;
  const documentKind = checklist?.documentKind ?? "report";

  const renderGroups = (groups: RuleGroup[]) => (
    <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
      {groups.map((g) => {
        const fixable = onFixAll ? fixableCount(g) : 0;
        return (
          <AccordionItem key={g.ruleId} value={g.ruleId} data-rule-id={g.ruleId}>
            <AccordionHeader
              as="h3"
              button={{
                "aria-label": t("ui.check.groupLabel", {
                  title: g.title,
                  count: g.findings.length,
                }),
              }}
            >
              <span className={styles.headerContent}>
                {isPassing(g) ? (
                  <span className={styles.check} aria-hidden>
                    {t("ui.check.passedMark")}
                  </span>
                ) : null}
                <span className={styles.headerTitle}>{g.title}</span>
                <CounterBadge
                  count={g.findings.length}
                  overflowCount={999}
                  color={BADGE_COLOR[g.worstSeverity ?? "info"]}
                  size="small"
                />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {openItems.includes(g.ruleId) ? (
                <>
                  {fixable > 0 || onIgnoreRule ? (
                    <div className={styles.groupActions}>
                      {fixable > 0 ? (
                        <Button
                          size="small"
                          appearance="primary"
                          disabled={writing}
                          aria-label={t("ui.check.fixAllLabel", { title: g.title, count: fixable })}
                          onClick={() => onFixAll?.(g)}
                        >
                          {t("ui.check.fixAll", { count: fixable })}
                        </Button>
                      ) : null}
                      {onIgnoreRule ? (
                        <Button
                          size="small"
                          appearance="subtle"
                          disabled={decisionsLocked}
                          aria-label={t("ui.check.ignoreRuleLabel", { title: g.title })}
                          onClick={() => onIgnoreRule(g)}
                        >
                          {t("ui.check.ignoreRule")}
                        </Button>
                      ) : null}
                    </div>
                  ) : null}
                  <FindingList
                    findings={g.findings}
                    onSelect={onSelect}
                    onIgnore={onIgnore}
                    onFix={onFix}
                    fixDisabled={writing}
                    ignoreDisabled={decisionsLocked}
                  />
                </>
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );

  return (
    <section
      className={styles.root}
      aria-labelledby="check-heading"
      aria-busy={check.status === "checking"}
    >
      <div className={styles.headingRow}>
        <h2 id="check-heading" className={styles.heading}>
          {t("ui.check.heading")}
        </h2>
        <div className={styles.grow}>
          {check.status === "checking" ? (
            <Spinner size="extra-tiny" labelPosition="after" label={t("ui.check.checking")} />
          ) : null}
        </div>
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowClockwise16Regular />}
          onClick={onRecheck}
        >
          {t("ui.check.recheck")}
        </Button>
      </div>

      {check.error ? (
        <ErrorBar
          key={check.error.key}
          error={check.error}
          onRetry={onRecheck}
          onDismiss={() => onDismissError("check")}
        />
      ) : null}
      {selectError ? (
        <ErrorBar
          key={selectError.key}
          error={selectError}
          onRetry={onRecheck}
          retryLabelId="ui.error.recheck"
          onDismiss={() => onDismissError("select")}
        />
      ) : null}
      {crashed.length > 0 ? (
        <MessageBar key="crashed" intent="warning" politeness="polite" layout="multiline">
          <MessageBarBody>{t("ui.check.crashed", { rules: crashed.join("、") })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {checklist && documentKind === "empty" ? (
        <MessageBar intent="info" layout="multiline" data-testid="document-kind">
          <MessageBarBody>
            {label("checklist.documentKind.empty")}
            {onInsertTemplate ? (
              <div className={styles.kindActions}>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={writing}
                  onClick={onInsertTemplate}
                >
                  {t("ui.template.insertReport")}
                </Button>
              </div>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {checklist && documentKind === "noReport" ? (
        <MessageBar intent="info" layout="multiline" data-testid="document-kind">
          <MessageBarBody>
            <div>{label("checklist.documentKind.noReport")}</div>
            <Text size={200}>{t("ui.check.noReportHint")}</Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {checklist && documentKind === "notReport" ? (
        <MessageBar intent="info" layout="multiline" data-testid="document-kind">
          <MessageBarBody>{label("checklist.documentKind.notReport")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {notices}

      {checklist && documentKind === "notReport" ? null : !checklist ? (
        check.status === "checking" ? null : (
          <Text className={styles.muted}>{t("ui.check.notYet")}</Text>
        )
      ) : (
        <>
          {summary && counts ? (
            <Field
              label={t("ui.check.summaryLabel")}
              hint={[
                t("ui.check.summary", { passed: counts.passed, total: counts.applicable }),
                ...(counts.notApplicable > 0
                  ? [t("ui.check.summaryNotApplicable", { count: counts.notApplicable })]
                  : []),
                t("ui.check.summaryDetail", {
                  errors: summary.errors,
                  warnings: summary.warnings,
                  infos: summary.infos,
                }),
              ].join(" · ")}
            >
              <ProgressBar
                value={counts.applicable > 0 ? counts.passed / counts.applicable : 0}
                max={1}
                color={
                  counts.applicable > 0 && counts.passed === counts.applicable ? "success" : "brand"
                }
              />
            </Field>
          ) : null}

          <div className={styles.counts} role="group" aria-labelledby="counts-heading">
            <h3 id="counts-heading" className={styles.subheading}>
              {t("ui.check.countsHeading")}
            </h3>
            {checklist.counts.map((item) => (
              <CountRow key={item.id} item={item} nested={item.id === "practiceShare"} />
            ))}
            {checklist.tallies && checklist.tallies.length > 0 ? (
              <TallyList tallies={checklist.tallies} />
            ) : null}
          </div>

          {failingReport.length > 0 ? (
            <div>
              <h3 className={styles.subheading}>{t("ui.check.findingsHeading")}</h3>
              {renderGroups(failingReport)}
            </div>
          ) : null}
          {failingForm.length > 0 ? (
            <div>
              <h3 className={styles.subheading}>{t("ui.check.formFindingsHeading")}</h3>
              {renderGroups(failingForm)}
            </div>
          ) : null}
          {failing.length === 0 && passing.length > 0 ? (
            <Text>{t("ui.check.allPassed")}</Text>
          ) : null}

          {passing.length > 0 ? (
            <div>
              <h3 className={styles.subheading}>{t("ui.check.passedHeading")}</h3>
              <ul className={styles.passed}>
                {passing.map((g) => (
                  <li key={g.ruleId} className={styles.passedItem} data-rule-id={g.ruleId}>
                    <span className={styles.check} aria-hidden>
                      {t("ui.check.passedMark")}
                    </span>
                    <span>{g.title}</span>
                    {g.ignoredCount > 0 ? (
                      <Text size={200} className={styles.muted}>
                        {t("ui.check.ignoredCount", { count: g.ignoredCount })}
                      </Text>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {notApplicable.length > 0 ? (
            <div data-testid="not-applicable">
              <Accordion collapsible>
                <AccordionItem value="notApplicable">
                  <AccordionHeader as="h3">
                    {t("ui.check.notApplicableHeading", { count: notApplicable.length })}
                  </AccordionHeader>
                  <AccordionPanel>
                    <Text size={200} className={styles.muted}>
                      {t("ui.check.notApplicableHint")}
                    </Text>
                    <ul className={styles.passed}>
                      {notApplicable.map((g) => {
                        const reason = g.notApplicableId ? label(g.notApplicableId) : null;
                        return (
                          <li
                            key={g.ruleId}
                            className={styles.notApplicableItem}
                            data-rule-id={g.ruleId}
                          >
                            <span>
                              {g.title}
                              {` · ${t("ui.check.notApplicableMark")}`}
                            </span>
                            {reason ? <Text size={200}>{reason}</Text> : null}
                          </li>
                        );
                      })}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </div>
          ) : null}

          {ignoredCount > 0 ? (
            <Button
              className={styles.restore}
              appearance="subtle"
              size="small"
              disabled={decisionsLocked}
              onClick={onRestoreIgnored}
            >
              {t("ui.check.restoreIgnored", { count: ignoredCount })}
            </Button>
          ) : null}

          {ignoredRules.length > 0 ? (
            <div data-testid="ignored-rules">
              <h3 id="ignored-rules-heading" className={styles.subheading}>
                {t("ui.check.ignoredRulesHeading")}
              </h3>
              <Text size={200} className={styles.muted}>
                {t("ui.check.ignoredRulesHint")}
              </Text>
              <ul className={styles.passed} aria-labelledby="ignored-rules-heading">
                {ignoredRules.map((r) => (
                  <li key={r.ruleId} className={styles.passedItem} data-rule-id={r.ruleId}>
                    <span className={styles.headerTitle}>
                      {r.title}
                      {r.findings > 0 ? (
                        <Text size={200} className={styles.muted}>
                          {` · ${t("ui.check.ignoredRuleFindings", { count: r.findings })}`}
                        </Text>
                      ) : null}
                    </span>
                    <Button
                      className={styles.restore}
                      size="small"
                      disabled={decisionsLocked || !onRestoreRule}
                      aria-label={t("ui.check.restoreRuleLabel", { title: r.title })}
                      onClick={() => onRestoreRule?.(r.ruleId)}
                    >
                      {t("ui.check.restoreRule")}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
