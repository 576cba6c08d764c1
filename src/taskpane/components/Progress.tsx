/**
 * @fileoverview The line a running action shows where its outcome will be ("正在排版 12 个段落…"):
 * a small spinner with the words after it, an outcome of the focus keeper (`useFocusKeeper`), so
 * focus that lost its control lands on it and then on the outcome that replaces it. Layer: taskpane.
 */
import { Spinner } from "@fluentui/react-components";
import { focusOutcomeProps } from "../hooks/useFocusKeeper";

/** Props of `Progress`. */
export interface ProgressProps {
  /** What is being done, in the pane's locale. */
  label: string;
  "data-testid"?: string;
}

/** A running action's progress line, in the place of its outcome. */
export function Progress({ label, "data-testid": testId }: ProgressProps) {
  return (
    <Spinner
      size="tiny"
      labelPosition="after"
      label={label}
      data-testid={testId}
      {...focusOutcomeProps}
    />
  );
}
