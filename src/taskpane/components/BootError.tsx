/**
 * @fileoverview What the pane shows instead of the App when it cannot run: office.js could not be
 * loaded (offline, or an intranet blocking Microsoft's CDN — the exact address IT must allow is
 * shown), Office did not start the add-in, not opened in Word, or Word below the manifest's
 * minimum (Office 2016 and older; Office's own platform and build are shown when Office gives
 * them). Each says the way forward; the add-in's version is at the bottom. Layer: taskpane.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Capabilities } from "../../core/gateway";
import { useI18n, type UiMessageId } from "../i18n";
import { APP_VERSION } from "../version";

/** Why the pane cannot run (the failed statuses of the boot). */
export type BootErrorKind = "officeJsMissing" | "loadFailed" | "notWord" | "unsupportedHost";

/** Props of `BootError`. */
export interface BootErrorProps {
  kind: BootErrorKind;
  /** The office.js address the page loads (shown for officeJsMissing). */
  officeJsUrl: string;
  /** The lowest WordApi version the add-in runs on, e.g. "1.3". */
  minimum: string;
  /** Office's platform ("PC", "Mac", "OfficeOnline" …) and build, when Office gave them. */
  diagnostics?: { platform: string | undefined; version: string | undefined };
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  url: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: "break-all",
    userSelect: "all",
  },
  para: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});

const TITLE: Record<BootErrorKind, UiMessageId> = {
  officeJsMissing: "ui.boot.officeJsMissing.title",
  loadFailed: "ui.boot.loadFailed.title",
  notWord: "ui.boot.notWord.title",
  unsupportedHost: "ui.boot.unsupportedHost.title",
};
const BODY: Record<BootErrorKind, UiMessageId> = {
  officeJsMissing: "ui.boot.officeJsMissing.body",
  loadFailed: "ui.boot.loadFailed.body",
  notWord: "ui.boot.notWord.body",
  unsupportedHost: "ui.boot.unsupportedHost.body",
};

/** Office's diagnostics platform names → the Capabilities host names of the "hosts" messages. */
const PLATFORM: Record<string, Capabilities["host"]> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "Web",
  iOS: "iOS",
};

/** The error state of the pane at start-up. */
export function BootError({ kind, officeJsUrl, minimum, diagnostics }: BootErrorProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const platform = diagnostics?.platform
    ? t(`hosts.platform.${PLATFORM[diagnostics.platform] ?? "Unknown"}`)
    : undefined;
  const detected =
    kind !== "officeJsMissing" && diagnostics?.version
      ? t("ui.boot.detected", {
          platform: platform ?? t("hosts.platform.Unknown"),
          version: diagnostics.version,
        })
      : null;
  return (
    <main className={styles.root} data-boot-error={kind}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(TITLE[kind])}</MessageBarTitle>
          <span className={styles.para}>{t(BODY[kind], { minimum })}</span>
          {kind === "officeJsMissing" ? (
            <>
              <span className={styles.para}>{t("ui.boot.officeJsMissing.allow")}</span>
              <code className={styles.url}>{officeJsUrl}</code>
            </>
          ) : null}
          {detected ? <span className={styles.para}>{detected}</span> : null}
        </MessageBarBody>
      </MessageBar>
      <Text size={200} className={styles.muted}>
        {t("ui.boot.version", { version: APP_VERSION })}
      </Text>
    </main>
  );
}
