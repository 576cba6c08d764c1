/**
 * @fileoverview Change detection for the live checklist (officejs-facts §5): with WordApi 1.6,
 * paragraph events mark the document dirty (they are hints, not truth: missed on the web for
 * formatting, office-js#6770, on rapid edits, #4874, on undo, #5089); below 1.6 a cheap
 * fingerprint is polled. Both debounce into one `onChange` per burst, reconcile on a timer and
 * when the pane becomes visible or focused, and ignore changes made by our own writes.
 * Layer: word.
 */
import type { Capabilities, Unsubscribe } from "../core/gateway";
import { textHash } from "../core/model";

/** `Word.run` as the watcher uses it. */
export type RunFn = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Options of {@link watchDocument}. */
export interface WatchOptions {
  /** Quiet time after the last change before `onChange` (ms). Default 600. */
  debounceMs?: number;
  /** Fingerprint polling interval below WordApi 1.6 (ms). Default 2000. */
  pollMs?: number;
  /** Periodic reconcile interval: `onChange` regardless of events (ms). Default 15000. */
  reconcileMs?: number;
}

/** What the watcher needs from the gateway. */
export interface WatchDeps {
  run: RunFn;
  caps: Capabilities;
  /** True while (or just after) the gateway writes: changes then are ours and ignored. */
  isOwnWrite: () => boolean;
}

type EventResult = OfficeExtension.EventHandlerResult<unknown>;

/**
 * Registers `handler` for onParagraphChanged/Added/Deleted.
 * Round trips: 1. Requires: WordApi 1.6.
 * @returns the handler results (for removal)
 */
export async function registerParagraphHandlers(
  context: Word.RequestContext,
  handler: () => void
): Promise<EventResult[]> {
  const h = async (): Promise<void> => handler();
  const results = [
    context.document.onParagraphChanged.add(h),
    context.document.onParagraphAdded.add(h),
    context.document.onParagraphDeleted.add(h),
  ] as unknown as EventResult[];
  await context.sync();
  return results;
}

/**
 * A cheap fingerprint of the document's text: paragraph count and a hash of `body.text`.
 * Round trips: 1. Requires: WordApi 1.1.
 */
export async function readFingerprint(context: Word.RequestContext): Promise<string> {
  const body = context.document.body;
  body.load("text");
  const paragraphs = body.paragraphs.load("$none");
  await context.sync();
  return `${paragraphs.items.length}:${body.text.length}:${textHash(body.text)}`;
}

/**
 * Watches the document and calls `onChange` once per burst of changes.
 * With WordApi 1.6: paragraph events (1 round trip to register, 1 to remove) → debounce; below:
 * {@link readFingerprint} every `pollMs` (1 round trip per poll, never overlapping) → debounce
 * when it differs. In both cases a reconcile every `reconcileMs` and on `visibilitychange` (to
 * visible) and window `focus`. Changes while `isOwnWrite()` are ignored (a poll then only
 * re-baselines). A failing poll counts as a change (the re-read will surface the error).
 * @returns Unsubscribe: removes timers, DOM listeners and (asynchronously) the Word handlers;
 *   after it, `onChange` is never called again
 */
export function watchDocument(
  deps: WatchDeps,
  onChange: () => void,
  options: WatchOptions = {}
): Unsubscribe {
  const debounceMs = options.debounceMs ?? 600;
  const pollMs = options.pollMs ?? 2000;
  const reconcileMs = options.reconcileMs ?? 15000;
  let disposed = false;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  const timers: ReturnType<typeof setInterval>[] = [];
  let handlers: EventResult[] = [];

  const markDirty = (): void => {
    if (disposed || deps.isOwnWrite()) return;
    if (debounce !== null) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      if (!disposed) onChange();
    }, debounceMs);
  };

  let polling = false;
  let baseline: string | null = null;
  const poll = async (): Promise<void> => {
    if (polling || disposed) return;
    polling = true;
    try {
      const fp = await deps.run((ctx) => readFingerprint(ctx));
      if (disposed) return;
      if (deps.isOwnWrite()) baseline = fp;
      else {
        if (baseline !== null && fp !== baseline) markDirty();
        baseline = fp;
      }
    } catch {
      // The read failed: treat as a change so the pane re-reads and shows the error to the user.
      markDirty();
    } finally {
      polling = false;
    }
  };

  const startPolling = (): void => {
    if (disposed) return;
    void poll();
    timers.push(setInterval(() => void poll(), pollMs));
  };

  if (deps.caps.wordApi16) {
    deps
      .run((ctx) => registerParagraphHandlers(ctx, markDirty))
      .then((r) => {
        if (disposed) removeHandlers(deps.run, r);
        else handlers = r;
      })
      .catch(() => startPolling()); // events unavailable after all: poll instead
  } else {
    startPolling();
  }
  timers.push(setInterval(markDirty, reconcileMs));

  const onVisible = (): void => {
    if (typeof document === "undefined" || document.visibilityState !== "hidden") markDirty();
  };
  const hasDom = typeof window !== "undefined" && typeof document !== "undefined";
  if (hasDom) {
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
  }

  return () => {
    if (disposed) return;
    disposed = true;
    if (debounce !== null) clearTimeout(debounce);
    for (const t of timers) clearInterval(t);
    if (hasDom) {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    }
    removeHandlers(deps.run, handlers);
    handlers = [];
  };
}

/**
 * Removes event handlers in their own context (`Word.run(context, …)`, the documented pattern
 * of word-add-ins-events). Fire-and-forget: after Unsubscribe the `disposed` flag already
 * stops every callback, so a failed removal has no visible effect.
 */
function removeHandlers(run: RunFn, results: EventResult[]): void {
  if (results.length === 0) return;
  const ctx = results[0].context;
  const runWith = run as unknown as (
    c: unknown,
    batch: (context: Word.RequestContext) => Promise<void>
  ) => Promise<void>;
  void runWith(ctx, async (context) => {
    for (const r of results) r.remove();
    await context.sync();
  }).catch(() => undefined);
}
