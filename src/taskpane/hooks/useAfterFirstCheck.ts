/**
 * @fileoverview When the parts of the pane below the first screen (模板与排版, 结构, 人工核对,
 * 导出提交材料, 关于, and the checklist's 字数, 已通过 and 不适用 under its findings) render on opening (issue 9: the first checklist in ≤ 1 s). At 320 × 800 the
 * first screen is the checklist; the parts under it are rendered once the first check has
 * settled and its checklist (or its error) has been painted, so their React work does not stand
 * between opening the pane and its first findings. A long first check does not hide them: they
 * render at most `maxWaitMs` after the pane mounts. Later checks change nothing: once shown,
 * they stay. Layer: taskpane.
 */
import { useEffect, useState } from "react";

/** How long (ms from mount) the parts below the first screen wait for the first check at most. */
export const BELOW_FOLD_MAX_WAIT_MS = 2000;

/**
 * Whether the parts below the first screen may render: false until `settled` (the first check
 * has its checklist or its error) and one frame has been painted with it, or until `maxWaitMs`
 * have passed since mount; then true for good.
 * @param settled the first check has settled (its result or its error is in the pane's state)
 * @param maxWaitMs the longest wait from mount (default {@link BELOW_FOLD_MAX_WAIT_MS})
 */
export function useAfterFirstCheck(
  settled: boolean,
  maxWaitMs: number = BELOW_FOLD_MAX_WAIT_MS
): boolean {
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => setShown(true), maxWaitMs);
    return () => clearTimeout(timer);
  }, [shown, maxWaitMs]);

  useEffect(() => {
    if (shown || !settled) return;
    // After the frame that paints the checklist: requestAnimationFrame runs before that paint,
    // the task it queues after it. Where no frame comes (no requestAnimationFrame, or a hidden
    // pane), at once.
    let frame = 0;
    let task: ReturnType<typeof setTimeout> | undefined;
    const afterPaint = (): void => {
      task = setTimeout(() => setShown(true), 0);
    };
    const hidden = typeof document !== "undefined" && document.visibilityState === "hidden";
    if (typeof requestAnimationFrame === "function" && !hidden) {
      frame = requestAnimationFrame(afterPaint);
    } else afterPaint();
    return () => {
      if (frame && typeof cancelAnimationFrame === "function") cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [shown, settled]);

  return shown;
}
