/**
 * @fileoverview The pane's confirmation dialogs (fix changes, 插入模板 over content) without
 * Fluent's dialog in the first load: the dialog (`./DialogFrame`) is a chunk of their own,
 * fetched when one is first opened — or earlier, once the first checklist has shown
 * (`prefetchDialog`), so the writer's first 修复 does not wait for it. Once loaded it stays
 * mounted, so closing animates and hands focus back as Fluent's Dialog does. If the chunk cannot
 * be downloaded, `PartBoundary` says so with 重试 and nothing is written. Layer: taskpane.
 */
import { useState } from "react";
import { lazyPart } from "../lib/lazyPart";
import type { DialogFrameProps } from "./DialogFrame";
import { PartBoundary } from "./PartBoundary";

const frame = lazyPart<DialogFrameProps>(
  () => import(/* webpackChunkName: "dialog" */ "./DialogFrame")
);

/**
 * Fetches the dialog's chunk ahead of need (after the first checklist); never rejects — a
 * failed fetch is tried again when a dialog opens.
 */
export function prefetchDialog(): void {
  frame.prefetch();
}

/**
 * A modal confirmation (role alertdialog). Renders nothing until first opened; then the dialog
 * shows as soon as its chunk is there (no fallback: a fetch of a few KB).
 */
export function ConfirmDialog(props: DialogFrameProps) {
  const [used, setUsed] = useState(props.open);
  if (props.open && !used) setUsed(true);
  if (!used) return null;
  return <PartBoundary part={frame}>{(Frame) => <Frame {...props} />}</PartBoundary>;
}
