/**
 * @fileoverview Fixes in the checklist: the dialog that quotes each text change of a plan
 * (“before” → “after”, in document order) before anything is written — Cancel writes nothing —
 * and the outcome of a fix run (applied, skipped because the paragraph changed, left because it
 * overlaps another change, not verified, what the host could not do). Layer: taskpane.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ApplyEditsResult } from "../../core/gateway";
import { useI18n, type Translate } from "../i18n";
import type { FixState } from "../reducer";
import { RestoreButton, RestoreOutcome, type RestoreOfferProps } from "./RestoreOffer";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBar } from "./ErrorBar";
import {
  didApply,
  isVerified,
  pageText,
  verifyFailedText,
  notDoneLines,
  type OutcomeLine,
} from "./outcome";
import { focusOutcomeProps } from "../hooks/useFocusKeeper";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  changes: {
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: "50vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  change: {
    wordBreak: "break-all",
  },
  note: {
    display: "block",
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  /** One line is a sentence, not a list (in a finding row a list's marker was a stray "◦"). */
  line: {
    margin: 0,
  },
});

/**
 * Lines describing a fix run; `conflicts` is the number of edits the plan left out. A failed
 * verifying re-read (`verified: false`) is described by the verifyFailed line only. `applied`
 * counts paragraph edits: a fix that only set up the page succeeded, said by the page line alone.
 */
export function fixOutcome(
  t: Translate,
  result: ApplyEditsResult,
  conflicts: number
): OutcomeLine[] {
  if (!isVerified(result)) return [{ text: verifyFailedText(t), attention: true }];
  const lines: OutcomeLine[] = [];
  if (result.applied > 0 || result.page !== "applied") {
    lines.push({
      text: t("ui.fix.applied", { applied: result.applied }),
      attention: !didApply(result),
    });
  }
  if (result.skippedStale > 0) {
    lines.push({ text: t("ui.fix.skippedStale", { count: result.skippedStale }), attention: true });
  }
  if (conflicts > 0) {
    lines.push({ text: t("ui.fix.conflicts", { count: conflicts }), attention: true });
  }
  const page = pageText(t, result.page);
  if (page) lines.push({ text: page, attention: result.page === "unsupported" });
  if (result.unverified.length > 0) {
    lines.push({
      text: t("ui.fix.unverified", { count: result.unverified.length }),
      attention: true,
    });
  }
  lines.push(...notDoneLines(t, result));
  return lines;
}

/** Props of `FixDialog`. */
export interface FixDialogProps {
  state: FixState;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirms the text changes of a fix plan. */
export function FixDialog({ state, onConfirm, onCancel }: FixDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const conflicts = state.plan?.conflicts.length ?? 0;
  return (
    <ConfirmDialog
      open={state.status === "confirming"}
      onDismiss={onCancel}
      describedBy="fix-confirm-body"
      title={t("ui.fix.confirm.title")}
      actions={
        <>
          <Button appearance="primary" onClick={onConfirm}>
            {t("ui.fix.confirm.apply")}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {t("ui.fix.confirm.cancel")}
          </Button>
        </>
      }
    >
      <Text id="fix-confirm-body">{t("ui.fix.confirm.body", { count: state.changes.length })}</Text>
      <ol className={styles.changes} aria-label={t("ui.fix.confirm.title")}>
        {state.changes.map((c, i) => (
          <li key={`${c.paragraphIndex}:${i}`} className={styles.change}>
            {t("ui.fix.confirm.change", { before: c.before, after: c.after })}
          </li>
        ))}
      </ol>
      {conflicts > 0 ? (
        <Text size={200} className={styles.note}>
          {t("ui.fix.confirm.conflicts", { count: conflicts })}
        </Text>
      ) : null}
    </ConfirmDialog>
  );
}

/** Props of `FixOutcome`. */
export interface FixOutcomeProps extends RestoreOfferProps {
  state: FixState;
  onRetry: () => void;
  onDismissError: () => void;
}

/**
 * What the last fix run did, or its error; a spinner while it runs. With `onRestore`, the
 * outcome offers 撤销修复 (one finding) or 恢复 (全部修复) while the gateway keeps the fix's
 * restore point, and then shows the restore's outcome in the same place.
 */
export function FixOutcome({
  state,
  onRetry,
  onDismissError,
  restore,
  writing = false,
  onRestore,
  onProceedWithoutRestore,
  onDismissRestore,
}: FixOutcomeProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (state.status === "applying") {
    return <Progress label={t("ui.fix.applying")} />;
  }
  if (state.status === "error" && state.error) {
    // No restore point could be kept: nothing was written; the writer may fix anyway.
    const noPoint = state.error.code === "notRestorable" && onProceedWithoutRestore;
    return (
      <ErrorBar
        key={state.error.key}
        error={noPoint ? { ...state.error, titleId: "ui.restore.cannotKeep.title" } : state.error}
        onRetry={noPoint ? onProceedWithoutRestore : onRetry}
        retryLabelId={noPoint ? "ui.restore.proceed.fix" : undefined}
        onDismiss={onDismissError}
      />
    );
  }
  if (state.status !== "done" || !state.result) {
    return restore ? (
      <RestoreOutcome state={restore} area="fix" onDismissError={onDismissRestore ?? (() => {})} />
    ) : null;
  }
  const lines = fixOutcome(t, state.result, state.plan?.conflicts.length ?? 0);
  const attention = lines.some((l) => l.attention);
  const result = state.result;
  // While its 撤销修复 / 恢复 runs, or after a refusal, the outcome stays with the restore's below it.
  return (
    <>
      <MessageBar
        intent={attention ? "warning" : "success"}
        layout="multiline"
        data-testid="fix-outcome"
        {...focusOutcomeProps}
      >
        <MessageBarBody>
          {lines.length === 1 ? (
            <p className={styles.line}>{lines[0]!.text}</p>
          ) : (
            <ul className={styles.list}>
              {lines.map((line) => (
                <li key={line.text}>{line.text}</li>
              ))}
            </ul>
          )}
          {onRestore ? (
            <RestoreButton
              area="fix"
              point={result.restorePoint}
              declined={didApply(result) && !result.restorePoint}
              undoFix={state.scope?.kind === "finding"}
              disabled={writing}
              onRestore={onRestore}
            />
          ) : null}
        </MessageBarBody>
      </MessageBar>
      {restore ? (
        <RestoreOutcome
          state={restore}
          area="fix"
          onDismissError={onDismissRestore ?? (() => {})}
        />
      ) : null}
    </>
  );
}
