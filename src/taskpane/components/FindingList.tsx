/**
 * @fileoverview The findings of one rule: each a subtle `Button` that selects its place in the
 * document (Enter/Space work as on any button), a "修复" button when the finding has a fix
 * (content findings have none), and an "忽略" (ignore once) button. Renders at most `pageSize`
 * items and a "显示更多" button, so a 100-page report stays responsive.
 * Layer: taskpane.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { Finding, Severity } from "../../core/findings";
import { useI18n, type UiMessageId } from "../i18n";

/** Props of `FindingList`. */
export interface FindingListProps {
  findings: Finding[];
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
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
  },
  finding: {
    flexGrow: 1,
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  action: {
    flexShrink: 0,
    minWidth: "auto",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  more: {
    alignSelf: "flex-start",
  },
});

const SEVERITY_LABEL: Record<Severity, UiMessageId> = {
  error: "ui.severity.error",
  warning: "ui.severity.warning",
  info: "ui.severity.info",
};

/** The findings of one rule group. */
export function FindingList({
  findings,
  onSelect,
  onIgnore,
  onFix,
  fixDisabled = false,
  ignoreDisabled = false,
  pageSize = 200,
}: FindingListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [limit, setLimit] = useState(pageSize);
  const shown = findings.length > limit ? findings.slice(0, limit) : findings;
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
  const icon = (s: Severity) =>
    s === "error" ? (
      <ErrorCircle16Filled className={styles.error} />
    ) : s === "warning" ? (
      <Warning16Filled className={styles.warning} />
    ) : (
      <Info16Filled className={styles.info} />
    );

  return (
    <>
      <ul className={styles.list} ref={listRef}>
        {shown.map((f, i) => (
          <li key={f.id} className={styles.item} data-finding-id={f.id}>
            <Button
              className={styles.finding}
              appearance="subtle"
              icon={icon(f.severity)}
              aria-label={t("ui.check.findingLabel", {
                severity: t(SEVERITY_LABEL[f.severity]),
                message: f.message,
              })}
              onClick={() => onSelect(f)}
            >
              {f.message}
            </Button>
            {onFix && f.fix && f.fix.length > 0 ? (
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
          </li>
        ))}
      </ul>
      {findings.length > limit ? (
        <Button
          className={styles.more}
          appearance="secondary"
          size="small"
          onClick={() => setLimit((n) => n + pageSize)}
        >
          {t("ui.check.showMore", { count: findings.length - limit })}
        </Button>
      ) : null}
    </>
  );
}
