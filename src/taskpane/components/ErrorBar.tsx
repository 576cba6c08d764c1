/**
 * @fileoverview An error from the gateway as a Fluent `MessageBar intent="error"`: a Chinese
 * title, the way forward (or the pane's own title and text for the error, e.g. a failed save of
 * the writer's decisions, or the gateway's message where it is the writer's answer), and a retry
 * action. The parent keys it by `error.key`, so a re-check
 * failing the same way keeps the same bar and does not announce it again. Layer: taskpane.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { GatewayErrorCode } from "../../core/gateway";
import { DEFAULT_LOCALE, renderText } from "../../core/messages";
import { useI18n, type Locale, type Translate, type UiMessageId } from "../i18n";
import type { PaneError } from "../reducer";
import { focusOutcomeProps } from "../hooks/useFocusKeeper";

/** Props of `ErrorBar`. */
export interface ErrorBarProps {
  error: PaneError;
  /** Retry action; omitted → no retry button. */
  onRetry?: () => void;
  /** Label of the retry button (default "重试"). */
  retryLabelId?: UiMessageId;
  onDismiss: () => void;
}

const TITLE: Record<GatewayErrorCode, UiMessageId> = {
  unsupportedHost: "ui.error.unsupportedHost.title",
  readFailed: "ui.error.readFailed.title",
  ooxmlUnreadable: "ui.error.ooxmlUnreadable.title",
  documentTooLarge: "ui.error.documentTooLarge.title",
  writeFailed: "ui.error.writeFailed.title",
  notEmpty: "ui.error.notEmpty.title",
  targetNotFound: "ui.error.targetNotFound.title",
  cancelled: "ui.error.cancelled.title",
  notRestorable: "ui.error.notRestorable.title",
  unknown: "ui.error.unknown.title",
};

const BODY: Record<GatewayErrorCode, UiMessageId> = {
  unsupportedHost: "ui.error.unsupportedHost.body",
  readFailed: "ui.error.readFailed.body",
  ooxmlUnreadable: "ui.error.ooxmlUnreadable.body",
  documentTooLarge: "ui.error.documentTooLarge.body",
  writeFailed: "ui.error.writeFailed.body",
  notEmpty: "ui.error.notEmpty.body",
  targetNotFound: "ui.error.targetNotFound.body",
  cancelled: "ui.error.cancelled.body",
  notRestorable: "ui.error.notRestorable.body",
  unknown: "ui.error.unknown.body",
};

/** Title and way forward of an error, in the pane's locale. */
export function errorText(
  t: Translate,
  error: PaneError,
  locale: Locale = DEFAULT_LOCALE
): { title: string; body: string } {
  const body = error.partial
    ? t("ui.error.writeFailed.partial")
    : error.text
      ? renderText(error.text, locale)
      : t(error.bodyId ?? BODY[error.code]);
  return { title: t(error.titleId ?? TITLE[error.code]), body };
}

/** A gateway error with its way forward and a retry action. */
export function ErrorBar({ error, onRetry, retryLabelId, onDismiss }: ErrorBarProps) {
  const { t, locale } = useI18n();
  const { title, body } = errorText(t, error, locale);
  return (
    <MessageBar
      {...focusOutcomeProps}
      intent="error"
      layout="multiline"
      // A background re-check failing is not the writer's action: announce it politely.
      politeness={error.area === "check" ? "polite" : "assertive"}
      data-error-code={error.code}
      data-error-detail={error.detail}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          // Named by aria-label, shown on hover by title (no Fluent Tooltip: its positioning
          // engine would be in the pane's first load for this one button, issue 9).
          <Button
            appearance="transparent"
            icon={<Dismiss16Regular />}
            onClick={onDismiss}
            aria-label={t("ui.error.dismiss")}
            title={t("ui.error.dismiss")}
          />
        }
      >
        {onRetry ? <Button onClick={onRetry}>{t(retryLabelId ?? "ui.error.retry")}</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
