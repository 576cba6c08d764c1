/**
 * @fileoverview 模板: insert the case-report or application-form template. Into a non-empty
 * document a Dialog asks first — for the report: replace or cancel; for the 申报书: 追加到文末 /
 * 替换全部内容 / 取消 — nothing is ever overwritten silently. Shows the outcome (paragraphs
 * inserted, page setup or the manual steps). Layer: taskpane.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useSectionStyles } from "./sectionStyles";
import { DocumentAdd20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { InsertTemplateResult, RestoreMode, TemplateKind } from "../../core/gateway";
import { useI18n, type Translate } from "../i18n";
import type { TemplateState } from "../reducer";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBar } from "./ErrorBar";
import { MANUAL_PAGE_SETUP_ID, notDoneText, pageText } from "./outcome";
import { focusOutcomeProps, focusPlaceProps } from "../hooks/useFocusKeeper";
import { Progress } from "./Progress";

/** Props of `TemplateSection`. */
export interface TemplateSectionProps {
  state: TemplateState;
  /** Another write is running: the buttons are disabled. */
  disabled: boolean;
  onInsert: (kind: TemplateKind) => void;
  /**
   * Replace the content; `restore` "none" is the writer's 仍要替换 after the pane said why no
   * restore point can be kept (default: keep one or write nothing).
   */
  onConfirmReplace: (kind: TemplateKind, restore?: RestoreMode) => void;
  /** 恢复 of a replaced document, shown under the outcome (`RestoreOffer`'s TemplateRestore). */
  restoreOffer?: ReactNode;
  /** Append the 申报书 at the end (offered for kind "form" only). */
  onConfirmAppend?: (kind: TemplateKind) => void;
  onCancel: () => void;
  onDismissError: () => void;
}

const useStyles = makeStyles({
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/** Lines describing a template insertion. */
export function templateOutcome(t: Translate, result: InsertTemplateResult): string[] {
  const lines = [t("ui.template.done", { paragraphs: result.paragraphs })];
  const page = pageText(t, result.page);
  if (page) lines.push(page);
  for (const id of result.notDone) {
    // The page steps are already given by `page`.
    if (result.page === "unsupported" && id === MANUAL_PAGE_SETUP_ID) continue;
    lines.push(notDoneText(t, id));
  }
  return lines;
}

/**
 * What 插入模板 is doing or did: a spinner while it runs, then the outcome lines. Shown in the 模板
 * area, or at the top of the checklist while that area is collapsed (the call to action of an
 * empty document inserts from there).
 */
export function TemplateOutcome({ state }: { state: TemplateState }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (state.status === "probing" || state.status === "inserting") {
    return <Progress label={t("ui.template.inserting")} />;
  }
  if (state.status !== "done" || !state.result) return null;
  return (
    <MessageBar
      {...focusOutcomeProps}
      intent={state.result.page === "unsupported" ? "warning" : "success"}
      layout="multiline"
      data-testid="template-outcome"
    >
      <MessageBarBody>
        <ul className={styles.list}>
          {templateOutcome(t, state.result).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The 模板 area of the pane. */
export function TemplateSection({
  state,
  disabled,
  onInsert,
  onConfirmReplace,
  onConfirmAppend,
  onCancel,
  onDismissError,
  restoreOffer = null,
}: TemplateSectionProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useI18n();
  const kind = state.kind;
  const form = kind === "form" && onConfirmAppend !== undefined;

  return (
    <section className={section.root} aria-labelledby="template-heading" {...focusPlaceProps}>
      <h2 id="template-heading" className={section.heading}>
        {t("ui.template.heading")}
      </h2>
      <Text size={200} className={section.hint}>
        {t("ui.template.hint")}
      </Text>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentAdd20Regular />}
          disabled={disabled}
          onClick={() => onInsert("report")}
        >
          {t("ui.template.insertReport")}
        </Button>
        <Button disabled={disabled} onClick={() => onInsert("form")}>
          {t("ui.template.insertForm")}
        </Button>
      </div>
      <TemplateOutcome state={state} />
      {restoreOffer}
      {state.error ? (
        state.error.code === "notRestorable" && kind ? (
          // No restore point could be kept: nothing was replaced; the writer may replace anyway.
          <ErrorBar
            key={state.error.key}
            error={{ ...state.error, titleId: "ui.restore.cannotKeep.title" }}
            onRetry={() => onConfirmReplace(kind, "none")}
            retryLabelId="ui.restore.proceed.template"
            onDismiss={onDismissError}
          />
        ) : (
          <ErrorBar
            key={state.error.key}
            error={state.error}
            onRetry={kind ? () => onInsert(kind) : undefined}
            onDismiss={onDismissError}
          />
        )
      ) : null}
      <ConfirmDialog
        open={state.status === "confirming"}
        onDismiss={onCancel}
        title={form ? t("ui.template.confirmForm.title") : t("ui.template.confirm.title")}
        actions={
          form ? (
            <>
              <Button appearance="primary" onClick={() => kind && onConfirmAppend?.(kind)}>
                {t("ui.template.confirmForm.append")}
              </Button>
              <Button appearance="secondary" onClick={() => kind && onConfirmReplace(kind)}>
                {t("ui.template.confirmForm.replace")}
              </Button>
              <Button appearance="secondary" onClick={onCancel}>
                {t("ui.template.confirmForm.cancel")}
              </Button>
            </>
          ) : (
            <>
              <Button appearance="primary" onClick={() => kind && onConfirmReplace(kind)}>
                {t("ui.template.confirm.replace")}
              </Button>
              {/* Replacing the document may not be undone: one Enter must not do it. */}
              <Button appearance="secondary" onClick={onCancel} data-autofocus>
                {t("ui.template.confirm.cancel")}
              </Button>
            </>
          )
        }
      >
        {form ? t("ui.template.confirmForm.body") : t("ui.template.confirm.body")}
      </ConfirmDialog>
    </section>
  );
}
