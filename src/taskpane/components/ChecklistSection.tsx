/**
 * @fileoverview 检查: the live checklist, findings first. Under the heading: the verdict in one
 * severity language ("3 个错误 · 5 个提醒", the checks passed counted apart, "12 / 18 项通过") and
 * 上一个/下一个 (buttons, and Alt+↓ / Alt+↑ anywhere in the pane) that walk every finding in
 * document order, open its group and select it in the document. Then the formatting findings
 * summarised per role ("正文 41 段格式不符：字体、行距") with one 一键排版 and the paragraph list on
 * demand; then the other groups (h3 accordion headers whose accessible name says the count, a
 * badge in the severity's colour), worst severity first, the first one open; the 申报书's rules
 * under their own heading. Inside an open group: the rows (`FindingList`), "全部修复" when more
 * than one finding has a fix, and "忽略此项检查", which asks first, in place; once ignored, the
 * group's place says so and offers 恢复 (focus moves there, never to `<body>`). Then the 字数
 * rows (a bar only for a bounded count) and the tallies; passing rules (✓) and rules that did not
 * apply (不适用, with their reason, never ✓, left out of "N / M 项通过") collapsed under headers
 * that count them; rules ignored earlier under "已忽略的检查项", each with 恢复. An empty document
 * shows only the call to action (插入案例报告模板); a document without a recognised report
 * structure says so with the order to write in. The previous results stay visible while a
 * re-check runs (正在检查…); before the first checklist, the 字数 of the text alone, marked as
 * provisional (按文字初步统计，正在读取格式…). Collapsed panels render nothing, so a long report does not render
 * thousands of buttons. Layer: taskpane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Badge,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
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
import { SeverityIcon } from "./Severity";
import {
  FORMAT_RULE,
  inDocumentOrder,
  navigationOrder,
  severityRank,
  verdictCounts,
  summariseFormatting,
} from "../lib/findingView";
import { TallyList } from "./TallyList";
import { isUnfilledReason } from "../../core/placeholder";
import { focusPlaceProps } from "../hooks/useFocusKeeper";

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
  /**
   * A fix's outcome (with 撤销修复 / 恢复), shown where the fix was asked for: at the finding's
   * row (`findingId`), or under its rule's list (全部修复); above the findings when that rule's
   * list is not shown (every finding of it fixed).
   */
  fixFeedback?: {
    ruleId: string;
    findingId: string | null;
    paragraphIndex: number | null;
    node: ReactNode;
  } | null;
  /** Inserts the case-report template (offered when the document is empty). */
  onInsertTemplate?: () => void;
  /** Paragraph texts of the checked document (第N段 and quotes of the rows). */
  paragraphs?: readonly { text: string }[];
  /** 一键排版, offered with the formatting summary. */
  onFormat?: () => void;
  /**
   * The pane has painted its first checklist (`useAfterFirstCheck`; default true). Until then the
   * parts under the findings (字数, 已通过, 未填写, 不适用, ignored rules) are left out, unless
   * provisional 字数 were on screen, and the checklist's panels (groups, 逐项查看) have no motion:
   * a motion component measures its open panel's height on mount, a layout of the whole pane
   * before it is painted, and costs its hooks on every panel (issue 9: the first checklist in
   * ≤ 1 s). Panels opened later open with the motion.
   */
  firstPainted?: boolean;
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
  verdict: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  verdictPart: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
  },
  // 上一个/下一个 stay in view while the walk scrolls the rows (sticky under the pane's top).
  nav: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    position: "sticky",
    top: 0,
    zIndex: 1,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formatBox: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  formatRoles: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  formatRole: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
  },
  confirm: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  provisionalNote: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
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

/** Badge colours in the one severity language of `Severity.tsx`: red, orange, blue. */
const BADGE_COLOR: Record<Severity, "danger" | "warning" | "brand"> = {
  error: "danger",
  warning: "warning",
  info: "brand",
};

/** The first element under `root` whose attribute `name` equals `value` (no selector escaping needed). */
function byData(root: HTMLElement, name: string, value: string): HTMLElement | null {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(`[${name}]`))) {
    if (el.getAttribute(name) === value) return el;
  }
  return null;
}

/**
 * A folded list of rules under the findings (已通过, 未填写, 不适用): an accordion of one item
 * whose h3 header names the list and its count; `hint` (optional) above the `<li>` children.
 */
function FoldedList({
  testId,
  value,
  heading,
  hint,
  listClassName,
  children,
}: {
  testId: string;
  value: string;
  heading: string;
  hint?: ReactNode;
  listClassName: string;
  children: ReactNode;
}) {
  return (
    <div data-testid={testId}>
      <Accordion collapsible>
        <AccordionItem value={value}>
          <AccordionHeader as="h3">{heading}</AccordionHeader>
          <AccordionPanel>
            {hint}
            <ul className={listClassName}>{children}</ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

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
  fixFeedback = null,
  onInsertTemplate,
  paragraphs = [],
  onFormat,
  firstPainted = true,
}: ChecklistSectionProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  // Labels of the core checklist ("checklist.*": document kind, why a rule does not apply).
  const label = (key: string): string | null =>
    lookup(key, locale) !== undefined || lookup(key, "zh-CN") !== undefined
      ? translate(key, {}, locale)
      : null;

  const groups = useMemo(() => (checklist ? checklist.groups : []), [checklist]);
  // Rules with findings, worst severity first (stable: rule order within a severity).
  const failing = useMemo(
    () =>
      groups
        .map((g, i) => ({ g, i }))
        .filter(({ g }) => g.findings.length > 0)
        .sort(
          (a, b) => severityRank(a.g.worstSeverity) - severityRank(b.g.worstSeverity) || a.i - b.i
        )
        .map(({ g }) => g),
    [groups]
  );
  const formatGroup = failing.find((g) => g.ruleId === FORMAT_RULE) ?? null;
  const failingReport = failing.filter((g) => g.category !== "form" && g !== formatGroup);
  const failingForm = failing.filter((g) => g.category === "form" && g !== formatGroup);
  const passing = groups.filter((g) => g.findings.length === 0 && isPassing(g));
  const notApplicableAll = groups.filter((g) => g.findings.length === 0 && isNotApplicable(g));
  // Rules whose part holds only the template's placeholders: 未填写, listed apart from 不适用.
  const unfilled = notApplicableAll.filter((g) => isUnfilledReason(g.notApplicableId));
  const notApplicable = notApplicableAll.filter((g) => !isUnfilledReason(g.notApplicableId));
  const summary = checklist?.summary;
  const counts = summary ? summaryCounts(summary) : null;
  const documentKind = checklist?.documentKind ?? "report";
  const formatting = useMemo(
    () => (formatGroup ? summariseFormatting(formatGroup.findings) : []),
    [formatGroup]
  );

  // The formatting summary names the roles with most paragraphs; the rest in one line.
  const byCount = [...formatting].sort((a, b) => b.paragraphs - a.paragraphs);
  const shownRoles = byCount.length > 3 ? byCount.slice(0, 2) : byCount;
  const otherRoles = byCount.length > 3 ? byCount.slice(2) : [];

  // Open groups: the first failing group is open until the writer opens or closes one.
  const [openState, setOpenItems] = useState<string[] | null>(null);
  const firstOpen = failingReport[0]?.ruleId ?? failingForm[0]?.ruleId;
  const openItems = useMemo(
    () => openState ?? (firstOpen ? [firstOpen] : []),
    [openState, firstOpen]
  );
  const onToggle = useCallback<AccordionToggleEventHandler<string>>((_event, data) => {
    setOpenItems(data.openItems);
  }, []);

  // 上一个 / 下一个: every finding shown, in document order.
  const allFindings = useMemo(() => failing.flatMap((g) => g.findings), [failing]);
  const order = useMemo(() => navigationOrder(allFindings), [allFindings]);
  const verdict = useMemo(() => verdictCounts(allFindings), [allFindings]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const currentIndex = currentId ? order.findIndex((f) => f.id === currentId) : -1;
  const rootRef = useRef<HTMLElement>(null);
  const [scrollTo, setScrollTo] = useState<string | null>(null);
  const go = useCallback(
    (step: 1 | -1) => {
      if (order.length === 0) return;
      const from = currentIndex;
      const next =
        from < 0
          ? step === 1
            ? 0
            : order.length - 1
          : (from + step + order.length) % order.length;
      const f = order[next];
      if (f === undefined) return;
      setCurrentId(f.id);
      setOpenItems((prev) => {
        const items = prev ?? openItems;
        return items.includes(f.ruleId) ? items : [...items, f.ruleId];
      });
      setScrollTo(f.id);
      onSelect(f);
    },
    [order, currentIndex, onSelect, openItems]
  );
  // Scroll the current row into view. A group just opened renders its rows a frame or two later
  // (the panel's opening motion), so look again on the next frames, for about half a second.
  const settleRef = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(settleRef.current), []);
  useEffect(() => {
    if (!scrollTo) return;
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      const row = rootRef.current ? byData(rootRef.current, "data-finding-id", scrollTo) : null;
      if (row) {
        row.scrollIntoView?.({ block: "nearest" });
        // Rendered late: its group is still opening; scroll again once the panel has its height.
        clearTimeout(settleRef.current);
        if (frame > 0) {
          settleRef.current = setTimeout(() => row.scrollIntoView?.({ block: "nearest" }), 400);
        }
        setScrollTo(null);
      } else if (frame++ < 30 && typeof requestAnimationFrame === "function") {
        handle = requestAnimationFrame(attempt);
      }
    };
    attempt();
    return () => {
      if (handle && typeof cancelAnimationFrame === "function") cancelAnimationFrame(handle);
    };
  }, [scrollTo, openItems, checklist]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        go(1);
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        go(-1);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [go]);

  // Ignoring a whole rule: asked first, in place; then the place says so and offers 恢复.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [ignoredHere, setIgnoredHere] = useState<{ ruleId: string; title: string; at: number }[]>(
    []
  );
  // Where focus goes once the place it goes to is rendered: 恢复 after ignoring, the group's
  // 忽略此项检查 (else its header) after 取消 or 恢复. A ref read after every commit, not state: a
  // state cleared by the effect that used it could still be set when the next key arrived, and
  // sent focus from the question just asked to the group's header.
  const pendingFocus = useRef<{ to: "restore" | "group"; ruleId: string } | null>(null);
  useLayoutEffect(() => {
    const root = rootRef.current;
    const pending = pendingFocus.current;
    if (!root || !pending) return;
    const b =
      pending.to === "restore"
        ? byData(root, "data-restore-rule", pending.ruleId)
        : (byData(root, "data-ignore-rule", pending.ruleId) ??
          byData(root, "data-rule-id", pending.ruleId)?.querySelector<HTMLElement>("button") ??
          null);
    if (b) {
      pendingFocus.current = null;
      b.focus();
    }
  });
  const askIgnore = (g: RuleGroup) => {
    pendingFocus.current = null; // the question takes the focus (focusOnMount)
    setConfirming(g.ruleId);
  };
  // Stable: focuses the confirm button when it appears, not again at every re-render (a re-check
  // while the writer is on 取消 must not pull focus back to 忽略这一项).
  const focusOnMount = useCallback((el: HTMLButtonElement | null) => el?.focus(), []);
  const confirmIgnore = (g: RuleGroup, at: number) => {
    setConfirming(null);
    setIgnoredHere((prev) => [
      ...prev.filter((x) => x.ruleId !== g.ruleId),
      { ruleId: g.ruleId, title: g.title, at },
    ]);
    pendingFocus.current = { to: "restore", ruleId: g.ruleId };
    onIgnoreRule?.(g);
  };
  const cancelIgnore = (g: RuleGroup) => {
    pendingFocus.current = { to: "group", ruleId: g.ruleId };
    setConfirming(null);
  };
  const restoreHere = (ruleId: string) => {
    pendingFocus.current = { to: "group", ruleId };
    setIgnoredHere((prev) => prev.filter((x) => x.ruleId !== ruleId));
    onRestoreRule?.(ruleId);
  };
  const stillIgnored = ignoredHere.filter((x) => ignoredRules.some((r) => r.ruleId === x.ruleId));
  const ignoredElsewhere = ignoredRules.filter(
    (r) => !stillIgnored.some((x) => x.ruleId === r.ruleId)
  );

  const ignoredRow = (x: { ruleId: string; title: string }) => (
    <div key={`ignored-${x.ruleId}`} className={styles.passedItem} data-ignored-rule={x.ruleId}>
      <Text className={styles.headerTitle}>
        {t("ui.check.ruleIgnoredHere", { title: x.title })}
      </Text>
      <Button
        className={styles.restore}
        size="small"
        data-restore-rule={x.ruleId}
        disabled={decisionsLocked || !onRestoreRule}
        aria-label={t("ui.check.restoreRuleLabel", { title: x.title })}
        onClick={() => restoreHere(x.ruleId)}
      >
        {t("ui.check.restoreRule")}
      </Button>
    </div>
  );

  // A fix's outcome at its row / under its rule's list, when that list is shown (else above).
  const feedbackPlaced =
    fixFeedback !== null &&
    failing.some((g) => g.ruleId === fixFeedback.ruleId) &&
    openItems.includes(fixFeedback.ruleId);
  const rowFeedback = (ruleId: string) =>
    feedbackPlaced && fixFeedback?.ruleId === ruleId && fixFeedback.findingId !== null
      ? {
          findingId: fixFeedback.findingId,
          paragraphIndex: fixFeedback.paragraphIndex,
          node: fixFeedback.node,
        }
      : null;
  const groupFeedback = (ruleId: string) =>
    feedbackPlaced && fixFeedback?.ruleId === ruleId && fixFeedback.findingId === null
      ? fixFeedback.node
      : null;

  const renderGroups = (list: RuleGroup[], offset: number) => {
    const items: ReactNode[] = [];
    list.forEach((g, i) => {
      for (const x of stillIgnored) if (x.at === offset + i) items.push(ignoredRow(x));
      // 全部修复 only where there is more than one to fix (one finding has its own 修复).
      const fixable = onFixAll ? fixableCount(g) : 0;
      items.push(
        <AccordionItem key={g.ruleId} value={g.ruleId} data-rule-id={g.ruleId} {...focusPlaceProps}>
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
              {g.worstSeverity ? <SeverityIcon severity={g.worstSeverity} /> : null}
              <span className={styles.headerTitle}>{g.title}</span>
              <Badge
                appearance="filled"
                color={BADGE_COLOR[g.worstSeverity ?? "info"]}
                size="small"
              >
                {g.findings.length}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel collapseMotion={firstPainted ? undefined : null}>
            {openItems.includes(g.ruleId) ? (
              <>
                <FindingList
                  findings={inDocumentOrder(g.findings)}
                  paragraphs={paragraphs}
                  onSelect={(f) => {
                    setCurrentId(f.id);
                    onSelect(f);
                  }}
                  onIgnore={onIgnore}
                  onFix={onFix}
                  fixDisabled={writing}
                  ignoreDisabled={decisionsLocked}
                  currentId={currentId}
                  feedback={rowFeedback(g.ruleId)}
                />
                {groupFeedback(g.ruleId)}
                {confirming === g.ruleId ? (
                  <div
                    className={styles.confirm}
                    role="group"
                    aria-label={t("ui.check.ignoreRule")}
                    // Escape is 取消, as in a dialog (a following Enter must not ignore the rule).
                    onKeyDown={(e) => {
                      if (e.key !== "Escape") return;
                      e.preventDefault();
                      e.stopPropagation();
                      cancelIgnore(g);
                    }}
                  >
                    <Text>
                      {t("ui.check.ignoreRuleConfirm", {
                        title: g.title,
                        count: g.findings.length,
                      })}
                    </Text>
                    <div className={styles.groupActions}>
                      <Button
                        size="small"
                        appearance="primary"
                        ref={focusOnMount}
                        disabled={decisionsLocked}
                        onClick={() => confirmIgnore(g, offset + i)}
                      >
                        {t("ui.check.ignoreRuleYes")}
                      </Button>
                      <Button size="small" onClick={() => cancelIgnore(g)}>
                        {t("ui.check.ignoreRuleNo")}
                      </Button>
                    </div>
                  </div>
                ) : fixable > 1 || onIgnoreRule ? (
                  <div className={styles.groupActions}>
                    {fixable > 1 ? (
                      <Button
                        size="small"
                        appearance="secondary"
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
                        data-ignore-rule={g.ruleId}
                        disabled={decisionsLocked}
                        aria-label={t("ui.check.ignoreRuleLabel", { title: g.title })}
                        onClick={() => askIgnore(g)}
                      >
                        {t("ui.check.ignoreRule")}
                      </Button>
                    ) : null}
                  </div>
                ) : null}
              </>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      );
    });
    for (const x of stillIgnored)
      if (x.at >= offset + list.length && offset === 0) items.push(ignoredRow(x));
    return (
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {items}
      </Accordion>
    );
  };

  const empty = checklist !== null && documentKind === "empty";
  // Before the first checklist: the provisional 字数 of the paragraph batch, for a report only.
  const provisionalCounts =
    check.provisional?.documentKind === "report" ? check.provisional.counts : null;
  // 字数 on screen before the checklist stay on screen: the parts under the findings wait for the
  // first paint only when nothing was there (firstPainted).
  // (State set while rendering, React's pattern for information from earlier renders: it
  // re-renders at once, before anything is drawn.)
  const [sawProvisional, setSawProvisional] = useState(false);
  if (provisionalCounts && !sawProvisional) setSawProvisional(true);
  const showRest = firstPainted || sawProvisional;
  // While checking: 正在检查…; in a long read, how many paragraphs and how much of the document
  // is read (when it is read in several parts); then how many paragraphs the rules run on.
  const parts = check.progress?.parts;
  const checkingLabel = !check.progress
    ? t("ui.check.checking")
    : parts && parts.total > 1 && parts.read < parts.total
      ? t("ui.check.readingParts", {
          count: check.progress.paragraphs,
          read: parts.read,
          total: parts.total,
        })
      : t("ui.check.checkingParagraphs", { count: check.progress.paragraphs });

  return (
    <section
      className={styles.root}
      aria-labelledby="check-heading"
      {...focusPlaceProps}
      aria-busy={check.status === "checking"}
      ref={rootRef}
    >
      <div className={styles.headingRow}>
        <h2 id="check-heading" className={styles.heading}>
          {t("ui.check.heading")}
        </h2>
        <div className={styles.grow}>
          {check.status === "checking" || (check.status === "idle" && !checklist) ? (
            <Spinner size="extra-tiny" labelPosition="after" label={checkingLabel} />
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
          <MessageBarBody>
            {t("ui.check.crashed", { rules: crashed.join(t("ui.listSeparator")) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {empty ? (
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
      {fixFeedback !== null && !feedbackPlaced ? fixFeedback.node : null}

      {checklist && documentKind === "notReport" ? null : !checklist ? (
        // Before the first result there is nothing to show but that the check is under way (the
        // header says how far): never "not checked" while a read runs. After a failed first
        // check the error bar above says what happened.
        check.status === "error" ? null : provisionalCounts ? (
          // The first check's 字数 from the text alone (issue 7), while the formatting is read:
          // marked as provisional, no verdict, no findings, no 项通过 until the checklist.
          <div
            className={styles.counts}
            role="group"
            aria-labelledby="counts-heading"
            data-testid="provisional"
          >
            <h3 id="counts-heading" className={styles.subheading}>
              {t("ui.check.countsHeading")}
            </h3>
            <div className={styles.provisionalNote}>
              <Text>{t("ui.check.provisional")}</Text>
              <Text size={200} className={styles.muted}>
                {check.provisional && check.provisional.listItems > 0
                  ? t("ui.check.provisionalHintNumbered", { count: check.provisional.listItems })
                  : t("ui.check.provisionalHint")}
              </Text>
            </div>
            {provisionalCounts.map((item) => (
              <CountRow
                key={item.id}
                item={item}
                nested={item.id === "practiceShare"}
                provisional
              />
            ))}
          </div>
        ) : (
          <Text className={styles.muted} data-testid="first-check">
            {t("ui.check.firstCheck")}
          </Text>
        )
      ) : empty ? null : (
        <>
          {summary && counts ? (
            <div role="group" aria-label={t("ui.check.verdictLabel")} data-testid="verdict">
              <p className={styles.verdict}>
                {verdict.error > 0 ? (
                  <span className={styles.verdictPart}>
                    <SeverityIcon severity="error" />
                    {t("ui.check.verdict.errors", { count: verdict.error })}
                  </span>
                ) : null}
                {verdict.warning > 0 ? (
                  <span className={styles.verdictPart}>
                    <SeverityIcon severity="warning" />
                    {t("ui.check.verdict.warnings", { count: verdict.warning })}
                  </span>
                ) : null}
                {verdict.info > 0 ? (
                  <span className={styles.verdictPart}>
                    <SeverityIcon severity="info" />
                    {t("ui.check.verdict.infos", { count: verdict.info })}
                  </span>
                ) : null}
                {verdict.error + verdict.warning + verdict.info === 0 ? (
                  <span>{t("ui.check.verdict.none")}</span>
                ) : null}
              </p>
              <Text size={200} className={styles.muted}>
                {[
                  t("ui.check.summary", {
                    passed: counts.passed,
                    total: counts.applicable,
                  }),
                  ...(unfilled.length > 0
                    ? [t("ui.check.summaryUnfilled", { count: unfilled.length })]
                    : []),
                  ...(counts.notApplicable - unfilled.length > 0
                    ? [
                        t("ui.check.summaryNotApplicable", {
                          count: counts.notApplicable - unfilled.length,
                        }),
                      ]
                    : []),
                ].join(" · ")}
              </Text>
            </div>
          ) : null}

          {order.length > 0 ? (
            <div className={styles.nav} role="group" aria-label={t("ui.check.navLabel")}>
              <Button size="small" aria-keyshortcuts="Alt+ArrowUp" onClick={() => go(-1)}>
                {t("ui.check.previous")}
              </Button>
              <Button
                size="small"
                appearance="primary"
                aria-keyshortcuts="Alt+ArrowDown"
                onClick={() => go(1)}
              >
                {t("ui.check.next")}
              </Button>
              <Text size={200} className={styles.muted} aria-live="polite" data-testid="position">
                {currentIndex >= 0
                  ? t("ui.check.position", { index: currentIndex + 1, total: order.length })
                  : t("ui.check.positionNone", { total: order.length })}
              </Text>
            </div>
          ) : null}

          {formatGroup ? (
            <div className={styles.formatBox} data-testid="format-summary" {...focusPlaceProps}>
              <h3 className={styles.subheading}>{t("ui.check.format.heading")}</h3>
              <ul className={styles.formatRoles}>
                {shownRoles.map((r) => (
                  <li key={r.role} className={styles.formatRole}>
                    <SeverityIcon severity={r.worst} />
                    <span>
                      {t("ui.check.format.role", {
                        role: r.role,
                        paragraphs: r.paragraphs,
                        properties: r.properties
                          .map((p) => t(`ui.check.format.property.${p}` as const))
                          .join(t("ui.listSeparator")),
                      })}
                    </span>
                  </li>
                ))}
                {otherRoles.length > 0 ? (
                  <li className={styles.formatRole}>
                    <SeverityIcon
                      severity={otherRoles.some((r) => r.worst === "error") ? "error" : "warning"}
                    />
                    <span>
                      {t("ui.check.format.otherRoles", {
                        roles: otherRoles.map((r) => r.role).join(t("ui.listSeparator")),
                        paragraphs: otherRoles.reduce((n, r) => n + r.paragraphs, 0),
                      })}
                    </span>
                  </li>
                ) : null}
              </ul>
              {onFormat ? (
                <div className={styles.groupActions}>
                  <Button size="small" appearance="primary" disabled={writing} onClick={onFormat}>
                    {t("ui.format.run")}
                  </Button>
                  <Text size={200} className={styles.muted}>
                    {t("ui.check.format.hint")}
                  </Text>
                </div>
              ) : null}
              <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
                <AccordionItem value={formatGroup.ruleId} data-rule-id={formatGroup.ruleId}>
                  <AccordionHeader
                    as="h4"
                    size="small"
                    button={{
                      "aria-label": t("ui.check.groupLabel", {
                        title: formatGroup.title,
                        count: formatGroup.findings.length,
                      }),
                    }}
                  >
                    {t("ui.check.format.list", { count: formatGroup.findings.length })}
                  </AccordionHeader>
                  <AccordionPanel collapseMotion={firstPainted ? undefined : null}>
                    {openItems.includes(formatGroup.ruleId) ? (
                      <>
                        <FindingList
                          findings={inDocumentOrder(formatGroup.findings)}
                          paragraphs={paragraphs}
                          onSelect={(f) => {
                            setCurrentId(f.id);
                            onSelect(f);
                          }}
                          onIgnore={onIgnore}
                          onFix={onFix}
                          fixDisabled={writing}
                          ignoreDisabled={decisionsLocked}
                          currentId={currentId}
                          feedback={rowFeedback(formatGroup.ruleId)}
                        />
                        {groupFeedback(formatGroup.ruleId)}
                      </>
                    ) : null}
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </div>
          ) : null}

          {failingReport.length > 0 || stillIgnored.length > 0 ? (
            <div>
              <h3 className={styles.subheading}>{t("ui.check.findingsHeading")}</h3>
              {renderGroups(failingReport, 0)}
            </div>
          ) : null}
          {failingForm.length > 0 ? (
            <div>
              <h3 className={styles.subheading}>{t("ui.check.formFindingsHeading")}</h3>
              {renderGroups(failingForm, failingReport.length)}
            </div>
          ) : null}
          {failing.length === 0 && passing.length > 0 ? (
            <Text>{t("ui.check.allPassed")}</Text>
          ) : null}

          {showRest ? (
            <>
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

              {passing.length > 0 ? (
                <FoldedList
                  testId="passed"
                  value="passed"
                  heading={t("ui.check.passedToggle", { count: passing.length })}
                  listClassName={styles.passed}
                >
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
                </FoldedList>
              ) : null}
              {unfilled.length > 0 ? (
                <FoldedList
                  testId="unfilled"
                  value="unfilled"
                  heading={t("ui.check.unfilledHeading", { count: unfilled.length })}
                  hint={
                    <Text size={200} className={styles.muted}>
                      {t("ui.check.unfilledHint")}
                    </Text>
                  }
                  listClassName={styles.passed}
                >
                  {unfilled.map((g) => (
                    <li key={g.ruleId} className={styles.notApplicableItem} data-rule-id={g.ruleId}>
                      <span>
                        {g.title}
                        {` · ${t("ui.count.status.unfilled")}`}
                      </span>
                    </li>
                  ))}
                </FoldedList>
              ) : null}
              {notApplicable.length > 0 ? (
                <FoldedList
                  testId="not-applicable"
                  value="notApplicable"
                  heading={t("ui.check.notApplicableHeading", { count: notApplicable.length })}
                  hint={
                    <Text size={200} className={styles.muted}>
                      {t("ui.check.notApplicableHint")}
                    </Text>
                  }
                  listClassName={styles.passed}
                >
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
                </FoldedList>
              ) : null}
            </>
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

          {ignoredElsewhere.length > 0 ? (
            <div data-testid="ignored-rules">
              <h3 id="ignored-rules-heading" className={styles.subheading}>
                {t("ui.check.ignoredRulesHeading")}
              </h3>
              <Text size={200} className={styles.muted}>
                {t("ui.check.ignoredRulesHint")}
              </Text>
              <ul className={styles.passed} aria-labelledby="ignored-rules-heading">
                {ignoredElsewhere.map((r) => (
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
