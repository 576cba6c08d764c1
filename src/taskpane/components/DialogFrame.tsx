/**
 * @fileoverview The pane's confirmation dialog on Fluent UI's Dialog (modal, role alertdialog):
 * a title, a body, the action buttons; Escape or a click outside is the dismissal. Focus starts on
 * the action marked `data-autofocus` (取消 where the primary action cannot be taken back: one
 * Enter must not replace a document), else on the first (Fluent's default). Its own chunk
 * (`dialog`), loaded through `ConfirmDialog` when a dialog is first needed, so Fluent's dialog
 * and motion code are not part of the pane's first load (issue 9). Layer: taskpane.
 */
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";

/** Props of the dialog (see `ConfirmDialog`). */
export interface DialogFrameProps {
  /** Whether the dialog shows (Fluent animates the change). */
  open: boolean;
  title: ReactNode;
  /** The dialog's content, between the title and the actions. */
  children: ReactNode;
  /**
   * The buttons (the first one is the primary action); the one with `data-autofocus` gets the
   * focus when the dialog opens.
   */
  actions: ReactNode;
  /** Escape or a click outside: the caller's cancel. */
  onDismiss: () => void;
  /** Id of the element describing the dialog (`aria-describedby`). */
  describedBy?: string;
}

/** The dialog itself (default export: the `React.lazy` target of `ConfirmDialog`). */
export default function DialogFrame({
  open,
  title,
  children,
  actions,
  onDismiss,
  describedBy,
}: DialogFrameProps) {
  const surface = useRef<HTMLDivElement>(null);
  // After Fluent's own first-focus effect (DialogSurface's, a child's, runs before this one).
  useEffect(() => {
    if (open) surface.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [open]);
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onDismiss();
      }}
    >
      <DialogSurface aria-describedby={describedBy} ref={surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
