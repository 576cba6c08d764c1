/**
 * @fileoverview 导出提交材料 (R23, R25): the report as .docx and PDF where Word gives them, and
 * every picture named by its caption (PNG charts as JPG), zipped as 提交材料.zip and downloaded
 * where the host allows it. What is missing is said with what to do (Word on the web gives no
 * document file; a failed export). On hosts whose webview drops downloads (Office on Mac and iPad)
 * or when starting the download fails, the pane lists the files and gives the command line
 * (`case-report package`), which writes the same zip from the saved .docx. Layer: taskpane.
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
import { useSectionStyles } from "./sectionStyles";
import { ImageMultiple20Regular } from "@fluentui/react-icons";
import { useI18n } from "../i18n";
import { SUBMISSION_ZIP_NAME } from "../hooks/useExport";
import type { ExportState } from "../reducer";
import { ErrorBar } from "./ErrorBar";
import { focusOutcomeProps, focusPlaceProps } from "../hooks/useFocusKeeper";

/** Props of `ExportSection`. */
export interface ExportSectionProps {
  state: ExportState;
  onExport: () => void;
  onDismissError: () => void;
  /** Errors of the current check (the verdict's count): said before and after exporting. */
  errors?: number;
  /** The document does not look like a case report (said instead of the errors). */
  notReport?: boolean;
}

const useStyles = makeStyles({
  button: {
    alignSelf: "flex-start",
  },
  caution: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  list: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    wordBreak: "break-all",
  },
});

/** True when the zip lacks the report or its PDF, or holds pictures that are not JPG. */
function lacksSomething(state: ExportState): boolean {
  return state.report !== "included" || state.pdf !== "included" || state.notJpg.length > 0;
}

/** The lines saying what the zip lacks or what was done to its pictures. */
function notesOf(state: ExportState, t: ReturnType<typeof useI18n>["t"]): string[] {
  const notes: string[] = [];
  if (state.report === "unsupported" || state.pdf === "unsupported")
    notes.push(t("ui.export.report.unsupported"));
  if (state.report === "failed") notes.push(t("ui.export.report.failed"));
  if (state.pdf === "failed") notes.push(t("ui.export.pdf.failed"));
  if (state.converted > 0) notes.push(t("ui.export.converted", { count: state.converted }));
  if (state.notJpg.length > 0)
    notes.push(
      t("ui.export.notJpg", {
        count: state.notJpg.length,
        names: state.notJpg.join(t("ui.listSeparator")),
      })
    );
  return notes;
}

/** The 导出提交材料 area of the pane. */
export function ExportSection({
  state,
  onExport,
  onDismissError,
  errors = 0,
  notReport = false,
}: ExportSectionProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useI18n();
  // Not a submission yet: said next to the button, and again in the outcome.
  const caution = notReport
    ? t("ui.export.notReport")
    : errors > 0
      ? t("ui.export.hasErrors", { count: errors })
      : null;
  const running = state.status === "exporting";
  const count = state.fileNames.length;
  const message =
    state.download === "started"
      ? t("ui.export.started", { zip: SUBMISSION_ZIP_NAME, count })
      : state.download === "unavailable"
        ? t("ui.export.unavailable")
        : state.download === "failed"
          ? t("ui.export.failed")
          : null;
  return (
    <section className={section.root} aria-labelledby="export-heading" {...focusPlaceProps}>
      <h2 id="export-heading" className={section.heading}>
        {t("ui.export.heading")}
      </h2>
      <Text size={200} className={section.hint}>
        {t("ui.export.hint", { zip: SUBMISSION_ZIP_NAME })}
      </Text>
      {caution ? (
        <Text size={200} className={styles.caution} data-testid="export-caution">
          {caution}
        </Text>
      ) : null}
      <Button
        className={styles.button}
        icon={running ? <Spinner size="tiny" /> : <ImageMultiple20Regular />}
        disabled={running}
        onClick={onExport}
      >
        {running ? t("ui.export.running") : t("ui.export.run")}
      </Button>
      {state.status === "done" && count === 0 ? (
        <MessageBar intent="info" {...focusOutcomeProps}>
          <MessageBarBody>{t("ui.export.none")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === "done" && count > 0 && message ? (
        <MessageBar
          {...focusOutcomeProps}
          intent={
            state.download === "started" && !lacksSomething(state) && caution === null
              ? "success"
              : "warning"
          }
          layout="multiline"
          data-testid="export-outcome"
        >
          <MessageBarBody>
            {message}
            <Text as="p" size={200} block>
              {t("ui.export.files", { count })}
            </Text>
            <ul className={styles.list}>
              {state.fileNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            {[...notesOf(state, t), ...(caution ? [caution] : [])].map((note) => (
              <Text as="p" size={200} block key={note} data-testid="export-note">
                {note}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? (
        <ErrorBar
          key={state.error.key}
          error={state.error}
          onRetry={onExport}
          onDismiss={onDismissError}
        />
      ) : null}
    </section>
  );
}
