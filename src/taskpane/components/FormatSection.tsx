/**
 * @fileoverview 排版: one-click formatting and what it did — paragraphs styled, page setup applied
 * or the manual steps, styles repaired / not repaired, text verified unchanged, stale paragraphs
 * skipped. Layer: taskpane.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useSectionStyles } from "./sectionStyles";
import { TextEditStyle20Regular } from "@fluentui/react-icons";
import type { ApplyEditsResult } from "../../core/gateway";
import { useI18n, type Translate } from "../i18n";
import type { FormatState } from "../reducer";
import { ErrorBar } from "./ErrorBar";
import {
  didApply,
  isVerified,
  pageText,
  verifyFailedText,
  notDoneLines,
  type OutcomeLine,
} from "./outcome";
import { RestoreButton, RestoreOutcome, type RestoreOfferProps } from "./RestoreOffer";
import { focusOutcomeProps, focusPlaceProps } from "../hooks/useFocusKeeper";
import { Progress } from "./Progress";

/** Props of `FormatSection`. */
export interface FormatSectionProps {
  state: FormatState;
  /** Another write is running: the button is disabled. */
  disabled: boolean;
  onFormat: () => void;
  /**
   * The document does not look like a case report (`documentKind` "notReport", issue 8): the
   * button asks first, and formats only when the writer confirms.
   */
  notReport?: boolean;
}

const useStyles = makeStyles({
  button: {
    alignSelf: "flex-start",
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/**
 * Lines describing a formatting run (`result` null: nothing needed changing). A run whose
 * verifying re-read failed (`verified: false`) is described by the verifyFailed line only: nothing
 * was observed, so neither "文字与排版前不一致" nor a count of unverified paragraphs is said.
 * `applied` counts paragraphs; when none was styled but the page was set up, only the page line
 * is said.
 */
export function formatOutcome(t: Translate, result: ApplyEditsResult | null): OutcomeLine[] {
  if (result === null) return [{ text: t("ui.format.nothingToDo"), attention: false }];
  if (!isVerified(result)) return [{ text: verifyFailedText(t), attention: true }];
  const lines: OutcomeLine[] = [];
  if (result.applied > 0 || result.page !== "applied") {
    lines.push({ text: t("ui.format.applied", { applied: result.applied }), attention: false });
  }
  const page = pageText(t, result.page);
  if (page) lines.push({ text: page, attention: result.page === "unsupported" });
  if (result.stylesRepaired.length > 0) {
    lines.push({
      text: t("ui.format.stylesRepaired", {
        names: result.stylesRepaired.join(t("ui.listSeparator")),
      }),
      attention: false,
    });
  }
  if (result.stylesNotRepaired.length > 0) {
    lines.push({
      text: t("ui.format.stylesNotRepaired", {
        names: result.stylesNotRepaired.join(t("ui.listSeparator")),
      }),
      attention: true,
    });
  }
  lines.push(
    result.textUnchanged
      ? { text: t("ui.format.textUnchanged"), attention: false }
      : { text: t("ui.format.textChanged"), attention: true }
  );
  if (result.skippedStale > 0) {
    lines.push({
      text: t("ui.format.skippedStale", { count: result.skippedStale }),
      attention: true,
    });
  }
  if (result.unverified.length > 0) {
    lines.push({
      text: t("ui.format.unverified", { count: result.unverified.length }),
      attention: true,
    });
  }
  lines.push(...notDoneLines(t, result));
  return lines;
}

/** Props of `FormatOutcome`. */
export interface FormatOutcomeProps extends RestoreOfferProps {
  state: FormatState;
  onRetry: () => void;
  onDismissError: () => void;
}

/**
 * What 一键排版 is doing or did, shown where it was started (the checklist's formatting summary):
 * reading the document, then writing N paragraphs, then the outcome lines; or the error.
 */
export function FormatOutcome({
  state,
  onRetry,
  onDismissError,
  restore,
  writing = false,
  onRestore,
  onProceedWithoutRestore,
  onDismissRestore,
}: FormatOutcomeProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const restoreOutcome = restore ? (
    <RestoreOutcome state={restore} area="format" onDismissError={onDismissRestore ?? (() => {})} />
  ) : null;
  if (state.status === "running") {
    return (
      <Progress
        data-testid="format-progress"
        label={
          state.planned > 0
            ? t("ui.format.writing", { count: state.planned })
            : t("ui.format.reading")
        }
      />
    );
  }
  if (state.error) {
    // No restore point could be kept: nothing was written; the writer may format anyway.
    const noPoint = state.error.code === "notRestorable" && onProceedWithoutRestore;
    return (
      <ErrorBar
        key={state.error.key}
        error={noPoint ? { ...state.error, titleId: "ui.restore.cannotKeep.title" } : state.error}
        onRetry={noPoint ? onProceedWithoutRestore : onRetry}
        retryLabelId={noPoint ? "ui.restore.proceed.format" : undefined}
        onDismiss={onDismissError}
      />
    );
  }
  const lines = state.status === "done" ? formatOutcome(t, state.result) : [];
  if (lines.length === 0) return restoreOutcome;
  const attention = lines.some((l) => l.attention);
  const result = state.result;
  // While its 恢复 runs, or after a refusal, the outcome stays with the restore's below it.
  return (
    <>
      <MessageBar
        {...focusOutcomeProps}
        intent={attention ? "warning" : "success"}
        layout="multiline"
        data-testid="format-outcome"
      >
        <MessageBarBody>
          <ul className={styles.list} aria-label={t("ui.format.heading")}>
            {lines.map((line) => (
              <li key={line.text}>{line.text}</li>
            ))}
          </ul>
          {onRestore && result ? (
            <RestoreButton
              area="format"
              point={result.restorePoint}
              declined={didApply(result) && !result.restorePoint}
              disabled={writing}
              onRestore={onRestore}
            />
          ) : null}
        </MessageBarBody>
      </MessageBar>
      {restoreOutcome}
    </>
  );
}

/**
 * The 排版 area of the pane: the button, and on a document that is not a case report the question
 * before it formats (its progress and outcome show in the checklist, `FormatOutcome`).
 */
export function FormatSection({
  state,
  disabled,
  onFormat,
  notReport = false,
}: FormatSectionProps) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const section = useSectionStyles();
  const { t } = useI18n();
  const running = state.status === "running";

  return (
    <section className={section.root} aria-labelledby="format-heading" {...focusPlaceProps}>
      <h2 id="format-heading" className={section.heading}>
        {t("ui.format.heading")}
      </h2>
      <Text size={200} className={section.hint}>
        {t("ui.format.hint")}
      </Text>
      <Button
        className={styles.button}
        appearance="primary"
        icon={running ? <Spinner size="tiny" /> : <TextEditStyle20Regular />}
        disabled={disabled || running || asking}
        onClick={notReport ? () => setAsking(true) : onFormat}
      >
        {running ? t("ui.format.running") : t("ui.format.run")}
      </Button>
      {asking ? (
        <MessageBar intent="warning" layout="multiline" data-testid="format-not-report">
          <MessageBarBody>
            <div>{t("ui.format.notReportAsk")}</div>
            <div className={styles.actions}>
              <Button
                size="small"
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  onFormat();
                }}
              >
                {t("ui.format.notReportConfirm")}
              </Button>
              <Button size="small" onClick={() => setAsking(false)}>
                {t("ui.format.notReportCancel")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
