/**
 * @fileoverview The pane's confirmation dialogs (fix changes, 插入模板 over content) without
 * Fluent's dialog in the first load: the dialog (`./DialogFrame`) is a chunk of its own, fetched
 * when one is first opened — or earlier, once the first checklist has shown
 * (`prefetchDialog`), so the writer's first 修复 does not wait for it. Once loaded it stays
 * mounted, so closing animates and hands focus back as Fluent's Dialog does. Layer: taskpane.
 */
import { Suspense, lazy, useState } from "react";
import type { DialogFrameProps } from "./DialogFrame";

const load = () => import(/* webpackChunkName: "dialog" */ "./DialogFrame");
const Frame = lazy(load);

/**
 * Fetches the dialog's chunk ahead of need (after the first checklist); never rejects — a
 * failed fetch is tried again when a dialog opens.
 */
export function prefetchDialog(): void {
  void load().catch(() => undefined);
}

/**
 * A modal confirmation (role alertdialog). Renders nothing until first opened; then the dialog
 * shows as soon as its chunk is there (Suspense without a fallback: a fetch of a few KB).
 */
export function ConfirmDialog(props: DialogFrameProps) {
  const [used, setUsed] = useState(props.open);
  if (props.open && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Frame {...props} />
    </Suspense>
  );
}
