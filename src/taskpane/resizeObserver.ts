/**
 * @fileoverview ResizeObserver where the webview lacks it (Safari before 13.1, EdgeHTML 18):
 * Fluent UI's positioning and overflow use it only after the first render, so
 * @juggle/resize-observer arrives in a chunk of its own, fetched only there. Layer: taskpane
 * (bootstrap).
 */

/**
 * Installs `ResizeObserver` on `w` from its own chunk when missing; does nothing (fetches
 * nothing) where the webview has one.
 * @returns the load, resolved once installed (or at once when nothing was missing); never rejects
 *   (a failed chunk load leaves Fluent's popovers unpositioned, not the pane blank)
 */
export function ensureResizeObserver(w: Window & typeof globalThis): Promise<void> {
  const g = w as unknown as Record<string, unknown>;
  if (typeof g.ResizeObserver === "function") return Promise.resolve();
  return import(/* webpackChunkName: "resize-observer" */ "@juggle/resize-observer").then(
    (m) => {
      if (typeof g.ResizeObserver !== "function") g.ResizeObserver = m.ResizeObserver;
    },
    () => undefined
  );
}
