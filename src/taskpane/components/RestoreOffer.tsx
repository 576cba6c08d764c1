/**
 * @fileoverview 恢复 / 撤销修复 where a write's outcome is shown (issue 7 "No promise we cannot
 * keep", issue 9): the offer (a button, only while the gateway holds the write's restore point —
 * never a Ctrl+Z promise), a plain line when the write was made without one, then the restore's
 * progress, outcome or refusal in the same place. Layer: taskpane.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo16Regular } from "@fluentui/react-icons";
import type { RestorePoint } from "../../core/gateway";
import { useI18n, type Translate } from "../i18n";
import type { RestoreArea, RestoreState, TemplateState } from "../reducer";
import { ErrorBar } from "./ErrorBar";
import { notDoneText } from "./outcome";
import { focusOutcomeProps } from "../hooks/useFocusKeeper";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  offer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/** Props of `RestoreButton`. */
/**
 * What an outcome that offers 恢复 / 撤销修复 takes (FixOutcome, FormatOutcome): the restore in
 * progress or done (without it none is offered), whether another write is running (the button is
 * then disabled), and the actions: restore, proceed without a restore point (仍要修复 / 仍要排版,
 * after the pane said why none can be kept), dismiss the restore's outcome.
 */
export interface RestoreOfferProps {
  restore?: RestoreState;
  writing?: boolean;
  onRestore?: (point: RestorePoint) => void;
  onProceedWithoutRestore?: () => void;
  onDismissRestore?: () => void;
}

export interface RestoreButtonProps {
  area: RestoreArea;
  /** The write's restore point; null or undefined: none. */
  point: RestorePoint | null | undefined;
  /** The write was made without a point at the writer's choice (仍要…): say it plainly. */
  declined?: boolean;
  /** 撤销修复 (a single text fix) instead of 恢复. */
  undoFix?: boolean;
  disabled?: boolean;
  onRestore: (point: RestorePoint) => void;
}

/** The offer inside a write's outcome: 恢复 / 撤销修复, or that there is none. */
export function RestoreButton({
  area,
  point,
  declined = false,
  undoFix = false,
  disabled = false,
  onRestore,
}: RestoreButtonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (!point) return declined ? <div>{t("ui.restore.declined")}</div> : null;
  return (
    <div className={styles.offer} data-testid={`restore-offer-${area}`}>
      {undoFix ? null : <span>{t(`ui.restore.offer.${area}`)}</span>}
      <Button
        size="small"
        icon={<ArrowUndo16Regular />}
        disabled={disabled}
        data-restore={area}
        aria-label={undoFix ? t("ui.restore.undoFixLabel") : t("ui.restore.runLabel")}
        onClick={() => onRestore(point)}
      >
        {undoFix ? t("ui.restore.undoFix") : t("ui.restore.run")}
      </Button>
    </div>
  );
}

/** The lines saying what a restore did. */
export function restoreOutcome(t: Translate, state: RestoreState): string[] {
  const r = state.result;
  if (!r) return [];
  const lines = [
    !r.verified
      ? t("ui.restore.unverified")
      : state.area === "template"
        ? t("ui.restore.doneTemplate", { count: r.restored })
        : state.area === "fix" && state.scope?.kind === "finding"
          ? t("ui.restore.doneFix")
          : t("ui.restore.done", { count: r.restored }),
  ];
  for (const id of new Set(r.notDone)) lines.push(notDoneText(t, id));
  return lines;
}

/** Props of `RestoreOutcome`. */
export interface RestoreOutcomeProps {
  state: RestoreState;
  /** Shown only for the restore of this area's write. */
  area: RestoreArea;
  onDismissError: () => void;
}

/** The restore of `area`'s write: progress, outcome, or why nothing was restored. */
export function RestoreOutcome({ state, area, onDismissError }: RestoreOutcomeProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (state.area !== area) return null;
  if (state.status === "restoring") return <Progress label={t("ui.restore.restoring")} />;
  if (state.status === "error" && state.error)
    return <ErrorBar key={state.error.key} error={state.error} onDismiss={onDismissError} />;
  if (state.status !== "done" || !state.result) return null;
  const lines = restoreOutcome(t, state);
  const attention = !state.result.verified || state.result.notDone.length > 0;
  return (
    <MessageBar
      {...focusOutcomeProps}
      intent={attention ? "warning" : "success"}
      layout="multiline"
      data-testid={`restore-outcome-${area}`}
    >
      <MessageBarBody>
        <ul className={styles.list}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Props of `TemplateRestore`. */
export interface TemplateRestoreProps {
  state: TemplateState;
  restore: RestoreState;
  writing: boolean;
  onRestore: (point: RestorePoint) => void;
  onDismiss: () => void;
}

/**
 * 恢复 under the template's outcome (插入模板 replaced a non-empty document), then the restore's
 * outcome in the same place.
 */
export function TemplateRestore({
  state,
  restore,
  writing,
  onRestore,
  onDismiss,
}: TemplateRestoreProps) {
  const point = state.status === "done" ? (state.result?.restorePoint ?? null) : null;
  return (
    <>
      {point ? (
        <RestoreButton area="template" point={point} disabled={writing} onRestore={onRestore} />
      ) : null}
      <RestoreOutcome state={restore} area="template" onDismissError={onDismiss} />
    </>
  );
}
