/**
 * @fileoverview 图片导出 (R23): exports every picture as a file named by its caption, zipped as
 * 案例图片.zip and downloaded where the host allows it. On hosts whose webview drops downloads
 * (Office on Mac and iPad) or when starting the download fails, the pane lists the file names and
 * gives the command line (`case-report export-images`), which writes the same files from the
 * saved .docx. Layer: taskpane.
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
import { PICTURES_ZIP_NAME } from "../lib/pictures";
import type { ExportState } from "../state";
import { ErrorBar } from "./ErrorBar";

/** Props of `ExportSection`. */
export interface ExportSectionProps {
  state: ExportState;
  onExport: () => void;
  onDismissError: () => void;
}

const useStyles = makeStyles({
  button: {
    alignSelf: "flex-start",
  },
  list: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    wordBreak: "break-all",
  },
});

/** The 图片导出 area of the pane. */
export function ExportSection({ state, onExport, onDismissError }: ExportSectionProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useI18n();
  const running = state.status === "exporting";
  const count = state.fileNames.length;
  const message =
    state.download === "started"
      ? t("ui.export.started", { zip: PICTURES_ZIP_NAME, count })
      : state.download === "unavailable"
        ? t("ui.export.unavailable")
        : state.download === "failed"
          ? t("ui.export.failed")
          : null;
  return (
    <section className={section.root} aria-labelledby="export-heading">
      <h2 id="export-heading" className={section.heading}>
        {t("ui.export.heading")}
      </h2>
      <Text size={200} className={section.hint}>
        {t("ui.export.hint", { zip: PICTURES_ZIP_NAME })}
      </Text>
      <Button
        className={styles.button}
        icon={running ? <Spinner size="tiny" /> : <ImageMultiple20Regular />}
        disabled={running}
        onClick={onExport}
      >
        {running ? t("ui.export.running") : t("ui.export.run")}
      </Button>
      {state.status === "done" && count === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.export.none")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === "done" && count > 0 && message ? (
        <MessageBar
          intent={state.download === "started" ? "success" : "warning"}
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
