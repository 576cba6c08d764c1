/**
 * @fileoverview 申报书: shown when the document holds the application form. The 案例类别 (R31) as
 * a `RadioGroup` of the profile's five categories reflecting the boxes ticked in the document (none
 * selected, and a line saying so, when none or several are ticked); choosing one ticks its box
 * and unticks the others in the document, then the pane re-checks. Categories written without a
 * box cannot be chosen here. The form's findings are listed in the checklist like any other.
 * Layer: taskpane.
 */
import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useSectionStyles } from "./sectionStyles";
import { useI18n } from "../i18n";
import type { CategoryChoice } from "../lib/formCategory";
import type { CategoryState } from "../reducer";
import { ErrorBar } from "./ErrorBar";
import { didApply, isVerified, verifyFailedText } from "./outcome";

/** Props of `FormCategorySection`. */
export interface FormCategorySectionProps {
  choice: CategoryChoice;
  state: CategoryState;
  /** The choice being written and not yet re-checked (shown as selected meanwhile). */
  pending: string | null;
  /** Another write is running (not this control's own: it stays focusable while it writes). */
  disabled: boolean;
  onChoose: (name: string) => void;
  onDismissError: () => void;
}

const useStyles = makeStyles({
  note: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

/** The 申报书 area of the pane. */
export function FormCategorySection({
  choice,
  state,
  pending,
  disabled,
  onChoose,
  onDismissError,
}: FormCategorySectionProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useI18n();
  const value = pending ?? (choice.ticked.length === 1 ? choice.ticked[0] : "");
  const noBoxes = choice.toggleable.length === 0;
  const note = noBoxes
    ? t("ui.form.category.noBoxes")
    : pending === null && choice.ticked.length > 1
      ? t("ui.form.category.several", {
          count: choice.ticked.length,
          names: choice.ticked.join(t("ui.listSeparator")),
        })
      : pending === null && choice.ticked.length === 0
        ? t("ui.form.category.none")
        : null;
  // Read `verified` first: a failed re-read observed nothing, so only that is said.
  const unverified = state.status === "done" && state.result !== null && !isVerified(state.result);
  const stale =
    state.status === "done" &&
    state.result !== null &&
    !unverified &&
    (state.result.skippedStale > 0 || !didApply(state.result));

  return (
    <section className={section.root} aria-labelledby="form-heading" data-testid="form-section">
      <h2 id="form-heading" className={section.heading}>
        {t("ui.form.heading")}
      </h2>
      <Field label={t("ui.form.category.label")} hint={t("ui.form.category.hint")}>
        <RadioGroup
          value={value}
          disabled={disabled || noBoxes}
          onChange={(_event, data) => onChoose(data.value)}
        >
          {choice.names.map((name) => (
            <Radio
              key={name}
              value={name}
              label={name}
              disabled={!choice.toggleable.includes(name)}
            />
          ))}
        </RadioGroup>
      </Field>
      {note ? (
        <Text size={200} className={styles.note}>
          {note}
        </Text>
      ) : null}
      {state.status === "applying" ? (
        <Spinner size="tiny" labelPosition="after" label={t("ui.form.category.applying")} />
      ) : null}
      {state.status === "done" && state.name ? (
        <MessageBar intent={stale || unverified ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {unverified
              ? verifyFailedText(t)
              : stale
                ? t("ui.form.category.stale")
                : t("ui.form.category.done", { name: state.name })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? (
        <ErrorBar
          key={state.error.key}
          error={state.error}
          onRetry={state.name ? () => onChoose(state.name!) : undefined}
          onDismiss={onDismissError}
        />
      ) : null}
    </section>
  );
}
