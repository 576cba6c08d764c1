/**
 * @fileoverview Parts of the pane that are chunks of their own (the dialog, the 结构 view's
 * lines, the 案例类别 control: issue 9's first load) — `React.lazy` that can be tried again. A
 * chunk can fail to download (the webview went offline, or the add-in was redeployed and the old
 * hashed file is gone); `React.lazy` keeps that failure for good, so `retry()` makes a new one,
 * and webpack fetches the chunk again on the next `import()`. Shown inside a `PartBoundary`
 * (`../components/PartBoundary`), which says what happened instead of letting the whole pane go
 * blank. Layer: taskpane.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** A lazily loaded component that can be loaded again after a failure. */
export interface LazyPart<P extends object> {
  /** The component to render (changes after `retry`). */
  Component: () => LazyExoticComponent<ComponentType<P>>;
  /** Forgets a failed load: the next render downloads the chunk again. */
  retry: () => void;
  /** Downloads the chunk ahead of need; never rejects (a failure is met again at render). */
  prefetch: () => void;
}

/**
 * Wraps a chunk's `import()` (its default export is the component).
 * @param load the dynamic import, with its webpackChunkName comment
 */
export function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>
): LazyPart<P> {
  let current = lazy(load);
  return {
    Component: () => current,
    retry: () => {
      current = lazy(load);
    },
    prefetch: () => {
      void load().catch(() => undefined);
    },
  };
}
