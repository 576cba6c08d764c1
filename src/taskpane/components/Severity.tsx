/**
 * @fileoverview One severity language for the whole pane: the same icon and colour for a
 * severity in rows, group headers and the verdict (错误 red ⊗, 提醒 orange ⚠, 提示 blue ⓘ), and
 * the same words. Layer: taskpane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/findings";
import type { Translate, UiMessageId } from "../i18n";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

const LABEL: Record<Severity, UiMessageId> = {
  error: "ui.severity.error",
  warning: "ui.severity.warning",
  info: "ui.severity.info",
};

/** The word for a severity (错误 / 提醒 / 提示). */
export function severityLabel(t: Translate, s: Severity): string {
  return t(LABEL[s]);
}

/** The icon of a severity, decorative (the text beside it says the severity). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircle16Filled className={styles.error} aria-hidden />;
  if (severity === "warning") return <Warning16Filled className={styles.warning} aria-hidden />;
  return <Info16Filled className={styles.info} aria-hidden />;
}
