/**
 * @fileoverview The findings of one rule, one row each: the severity icon, the message's first
 * sentence (one line), and where it is — 第N段 and a quote with the reported words highlighted.
 * The row is a subtle `Button` that selects the place in the document (Enter/Space as on any
 * button); beside it 修复 (a text fix shows its change inline, 「,」→「，」, and applies on one
 * click) and 忽略 (ignore once); 详情 shows the rest of the message and the notice's own sentence
 * behind the finding, with its place in the notice (core/clauses.ts; never a requirement id).
 * The current row of 上一个/下一个 is marked `aria-current`. Renders at most `pageSize` items
 * and a "显示更多" button, so a 100-page report stays responsive.
 * Layer: taskpane.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { noticeClauses } from "../../core/clauses";
import type { Finding } from "../../core/findings";
import { useI18n } from "../i18n";
import { placeOf, splitMessage } from "../lib/findingView";
import { SeverityIcon, severityLabel } from "./Severity";

/** Props of `FindingList`. */
export interface FindingListProps {
  findings: Finding[];
  /** Paragraph texts of the checked document (for 第N段 and the quote). */
  paragraphs?: readonly { text: string }[];
  onSelect: (finding: Finding) => void;
  onIgnore: (finding: Finding) => void;
  /** Fixes one finding; without it no 修复 buttons are shown. */
  onFix?: (finding: Finding) => void;
  /** Another write is running: 修复 is disabled. */
  fixDisabled?: boolean;
  /** The saved decisions are not available: 忽略 is disabled. */
  ignoreDisabled?: boolean;
  /** Items rendered before "显示更多" (default 200). */
  pageSize?: number;
  /** The finding 上一个/下一个 is on. */
  currentId?: string | null;
  /**
   * Feedback of an action taken on a row (a fix's outcome with 撤销修复, issue 9): shown right
   * after that row while it is listed, and where it was (document order, by paragraph) once a
   * re-check has removed it.
   */
  feedback?: { findingId: string; paragraphIndex: number | null; node: ReactNode } | null;
}

/** The paragraph index a finding's target names, or null. */
function paragraphOf(f: Finding): number | null {
  const t = f.target;
  return t.kind === "paragraph" || t.kind === "picture" ? t.paragraph.index : null;
}

/**
 * Where the feedback goes: after the row of `findingId` when it is shown, else before the first
 * row whose paragraph comes after `paragraphIndex` (the end when none does).
 * @returns the number of rows before it
 */
export function feedbackSlot(
  shown: readonly Finding[],
  findingId: string,
  paragraphIndex: number | null
): number {
  const at = shown.findIndex((f) => f.id === findingId);
  if (at >= 0) return at + 1;
  if (paragraphIndex === null) return 0;
  const next = shown.findIndex((f) => (paragraphOf(f) ?? -1) > paragraphIndex);
  return next < 0 ? shown.length : next;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    borderRadius: tokens.borderRadiusMedium,
    paddingBottom: tokens.spacingVerticalXXS,
    // Scrolled to by 上一个/下一个: clear of the sticky navigation bar.
    scrollMarginTop: "48px",
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  finding: {
    width: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  text: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  place: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    wordBreak: "break-all",
  },
  hit: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorPaletteRedForeground1,
    paddingLeft: "1px",
    paddingRight: "1px",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: "28px",
  },
  action: {
    minWidth: "auto",
  },
  change: {
    fontSize: tokens.fontSizeBase200,
  },
  details: {
    margin: 0,
    paddingLeft: "28px",
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  detailLine: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  more: {
    alignSelf: "flex-start",
  },
});

/** The one text change of a finding's fix, shown inline ("「,」→「，」"), or null. */
export function inlineChange(
  f: Finding,
  paragraphs: readonly { text: string }[]
): { before: string; after: string } | null {
  const [e, ...rest] = f.fix ?? [];
  if (e === undefined || rest.length > 0 || e.op !== "replaceText") return null;
  const text = paragraphs[e.target.index]?.text;
  if (text === undefined) return null;
  return { before: text.slice(e.span[0], e.span[1]), after: e.text };
}

/** The findings of one rule group. */
export function FindingList({
  findings,
  paragraphs = [],
  onSelect,
  onIgnore,
  onFix,
  fixDisabled = false,
  ignoreDisabled = false,
  pageSize = 200,
  currentId = null,
  feedback = null,
}: FindingListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [limit, setLimit] = useState(pageSize);
  const [open, setOpen] = useState<string | null>(null);
  const uid = useId();
  const currentAt = currentId ? findings.findIndex((f) => f.id === currentId) : -1;
  const shownLimit = Math.max(limit, currentAt + 1);
  const shown = findings.length > shownLimit ? findings.slice(0, shownLimit) : findings;
  // After "忽略" removes an item, keyboard focus moves to its neighbour instead of being lost.
  const listRef = useRef<HTMLUListElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null || !listRef.current) return;
    for (const li of Array.from(listRef.current.children)) {
      if ((li as HTMLElement).dataset.findingId === focusId) {
        li.querySelector("button")?.focus();
        break;
      }
    }
    setFocusId(null);
  }, [focusId, findings]);
  const ignore = (f: Finding, i: number) => {
    const neighbour = shown[i + 1] ?? shown[i - 1];
    if (neighbour) setFocusId(neighbour.id);
    onIgnore(f);
  };

  const slot = feedback ? feedbackSlot(shown, feedback.findingId, feedback.paragraphIndex) : -1;
  const feedbackItem = feedback ? (
    <li key="feedback" className={styles.item} data-testid="row-feedback">
      {feedback.node}
    </li>
  ) : null;

  return (
    <>
      <ul className={styles.list} ref={listRef}>
        {slot === 0 ? feedbackItem : null}
        {shown
          .map((f, i) => {
            const place = placeOf(f, paragraphs);
            const { headline, detail } = splitMessage(f.message);
            const change = onFix && f.fix && f.fix.length > 0 ? inlineChange(f, paragraphs) : null;
            // The notice's own sentence behind the finding (core/clauses.ts), shown in 详情.
            const clauses = noticeClauses(f.requirementIds);
            const detailsId = `${uid}-${i}`;
            const isOpen = open === f.id;
            const where =
              place.paragraph !== null
                ? t("ui.check.place.paragraph", { paragraph: place.paragraph })
                : place.section !== null
                  ? t("ui.check.place.section", { section: place.section })
                  : t("ui.check.place.document");
            return (
              <li
                key={f.id}
                className={mergeClasses(styles.item, f.id === currentId && styles.current)}
                data-finding-id={f.id}
                aria-current={f.id === currentId ? "true" : undefined}
              >
                <Button
                  className={styles.finding}
                  appearance="subtle"
                  icon={<SeverityIcon severity={f.severity} />}
                  aria-label={t("ui.check.findingLabel", {
                    severity: severityLabel(t, f.severity),
                    // The label adds its own full stop after the message.
                    message: f.message.replace(/[。.]$/u, ""),
                  })}
                  aria-describedby={`${detailsId}-place`}
                  onClick={() => onSelect(f)}
                >
                  <span className={styles.text}>
                    <span>{headline}</span>
                    <span className={styles.place} id={`${detailsId}-place`}>
                      {where}
                      {place.quote ? (
                        <>
                          {"「"}
                          {place.quote.cutStart ? "…" : ""}
                          {place.quote.before}
                          {place.quote.hit ? (
                            <mark className={styles.hit}>{place.quote.hit}</mark>
                          ) : null}
                          {place.quote.after}
                          {place.quote.cutEnd ? "…" : ""}
                          {"」"}
                        </>
                      ) : null}
                    </span>
                  </span>
                </Button>
                <div className={styles.actions}>
                  {onFix && f.fix && f.fix.length > 0 ? (
                    <>
                      {change ? (
                        <span className={styles.change} data-testid="fix-change">
                          {t("ui.check.fixChange", change)}
                        </span>
                      ) : null}
                      <Button
                        className={styles.action}
                        appearance="secondary"
                        size="small"
                        disabled={fixDisabled}
                        aria-label={t("ui.check.fixLabel", { message: f.message })}
                        onClick={() => onFix(f)}
                      >
                        {t("ui.check.fix")}
                      </Button>
                    </>
                  ) : null}
                  {detail || clauses.length > 0 ? (
                    <Button
                      className={styles.action}
                      appearance="transparent"
                      size="small"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      // Which finding's: every row has one (the visible word leads the name).
                      aria-label={t(
                        isOpen ? "ui.check.hideDetailsLabel" : "ui.check.detailsLabel",
                        { message: headline }
                      )}
                      onClick={() => setOpen(isOpen ? null : f.id)}
                    >
                      {t(isOpen ? "ui.check.hideDetails" : "ui.check.details")}
                    </Button>
                  ) : null}
                  <Button
                    className={styles.action}
                    appearance="transparent"
                    size="small"
                    disabled={ignoreDisabled}
                    aria-label={t("ui.check.ignoreLabel", { message: f.message })}
                    onClick={() => ignore(f, i)}
                  >
                    {t("ui.check.ignore")}
                  </Button>
                </div>
                {isOpen ? (
                  <div id={detailsId} className={styles.details}>
                    {detail ? <p className={styles.detailLine}>{detail}</p> : null}
                    {clauses.map((c) => (
                      <p key={c.where + c.text} className={styles.detailLine} data-testid="clause">
                        {t("ui.check.clause", { where: c.where, text: c.text })}
                      </p>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })
          .flatMap((row, i) => (slot === i + 1 ? [row, feedbackItem] : [row]))}
      </ul>
      {findings.length > shownLimit ? (
        <Button
          className={styles.more}
          appearance="secondary"
          size="small"
          onClick={() => setLimit((n) => n + pageSize)}
        >
          {t("ui.check.showMore", { count: findings.length - shownLimit })}
        </Button>
      ) : null}
    </>
  );
}
