/**
 * @fileoverview Where a part of the pane that is downloaded on first use (`lib/lazyPart`) could
 * not be downloaded: a message that says so and what to do, with 重试, in that part's place —
 * the rest of the pane keeps working and the document is not touched. Without it React would
 * unmount the whole pane (an error thrown while rendering). Layer: taskpane.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { useI18n, type Translate } from "../i18n";
import type { LazyPart } from "../lib/lazyPart";

interface BoundaryProps {
  t: Translate;
  onRetry: () => void;
  fallback: ReactNode;
  /** Renders the part (called at each render, so a retried part renders its new component). */
  render: () => ReactNode;
}

/** React needs a class for an error boundary. */
class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    const { t, onRetry, fallback, render } = this.props;
    if (!this.state.failed) return <Suspense fallback={fallback}>{render()}</Suspense>;
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="part-failed">
        <MessageBarBody>
          <MessageBarTitle>{t("ui.part.failed")}</MessageBarTitle>
          {t("ui.part.advice")}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              onRetry();
              this.setState({ failed: false });
            }}
          >
            {t("ui.part.retry")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** Props of `PartBoundary`. */
export interface PartBoundaryProps<P extends object> {
  /** The lazily loaded part (its `retry` is called by 重试). */
  part: LazyPart<P>;
  /** What shows while the part downloads (default: nothing). */
  fallback?: ReactNode;
  /** Renders the part's component (the current one: a new one after 重试). */
  children: (Part: ReturnType<LazyPart<P>["Component"]>) => ReactNode;
}

/** Renders a lazily loaded part; if its chunk cannot be downloaded, says so with 重试. */
export function PartBoundary<P extends object>({
  part,
  fallback = null,
  children,
}: PartBoundaryProps<P>) {
  const { t } = useI18n();
  return (
    <Boundary
      t={t}
      onRetry={part.retry}
      fallback={fallback}
      render={() => children(part.Component())}
    />
  );
}
