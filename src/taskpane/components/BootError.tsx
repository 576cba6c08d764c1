/**
 * @fileoverview What the pane shows instead of the App when it cannot run: not opened in Word,
 * Word below WordApi 1.3 (Office 2016 and older), or Office.js failed to load. Each says the way
 * forward. Layer: taskpane.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n, type UiMessageId } from "../i18n";

/** Why the pane cannot run. */
export type BootErrorKind = "notWord" | "unsupportedHost" | "loadFailed";

/** Props of `BootError`. */
export interface BootErrorProps {
  kind: BootErrorKind;
}

const useStyles = makeStyles({
  root: {
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

const TEXT: Record<BootErrorKind, { title: UiMessageId; body: UiMessageId }> = {
  notWord: { title: "ui.boot.notWord.title", body: "ui.boot.notWord.body" },
  unsupportedHost: {
    title: "ui.error.unsupportedHost.title",
    body: "ui.error.unsupportedHost.body",
  },
  loadFailed: { title: "ui.boot.loadFailed.title", body: "ui.boot.loadFailed.body" },
};

/** The error state of the pane at start-up. */
export function BootError({ kind }: BootErrorProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.root}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(TEXT[kind].title)}</MessageBarTitle>
          {t(TEXT[kind].body)}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
