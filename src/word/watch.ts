/**
 * @fileoverview Change detection for the live checklist (officejs-facts §5): with WordApi 1.6,
 * paragraph events mark the document dirty (they are hints, not truth: missed on the web for
 * formatting, office-js#6770, on rapid edits, #4874, on undo, #5089); below 1.6 a cheap
 * fingerprint is polled. Both debounce into one `onChange` per burst, reconcile on a timer and
 * when the pane becomes visible or focused. Changes seen while our own writes are in progress
 * (or within their grace period) are not dropped: the events of add-in writes cannot be told
 * from the user's (facts §5 fact 1: events are also triggered by add-in code), so they are
 * deferred to ONE check when the write's grace period ends. Layer: word.
 */
import type { Capabilities, Unsubscribe } from "../core/gateway";
import { textHash } from "../core/model";

/** `Word.run` as the watcher uses it. */
/**
 * Runs a batch in a new request context, or in `on` when given (`Word.run(on, batch)`: needed to
 * remove event handlers, which belong to the context that added them).
 */
export type RunFn = <T>(
  batch: (context: Word.RequestContext) => Promise<T>,
  on?: Word.RequestContext
) => Promise<T>;

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
  /**
   * True while (or just after, within a grace period) the gateway writes: changes then may be
   * ours, so they are deferred to one check when this turns false — never dropped.
   */
  isOwnWrite: () => boolean;
  /**
   * Optional: ms until `isOwnWrite()` turns false (Infinity while a write is running). Lets the
   * deferred check fire exactly at the end of the grace period; without it the watcher re-asks
   * `isOwnWrite()` every {@link OWN_WRITE_RECHECK_MS} (no round trip, only while deferred).
   */
  ownWriteRemainingMs?: () => number;
  /**
   * Optional: told of each paragraph event's kind and `uniqueLocalIds` (the live reader re-reads
   * those paragraphs only, `./liveRead`).
   */
  noteEvent?: (kind: "changed" | "added" | "deleted", ids: readonly unknown[] | undefined) => void;
  /** Optional: told of a possible change nothing names (reconcile, focus, a poll that differed). */
  noteUnnamed?: () => void;
}

/** How often a deferred check re-asks `isOwnWrite()` when the remaining time is unknown (ms). */
export const OWN_WRITE_RECHECK_MS = 100;

type EventResult = OfficeExtension.EventHandlerResult<unknown>;

/**
 * Registers `handler` for onParagraphChanged/Added/Deleted.
 * Round trips: 1. Requires: WordApi 1.6.
 * @returns the handler results (for removal)
 */
export async function registerParagraphHandlers(
  context: Word.RequestContext,
  handler: (kind: "changed" | "added" | "deleted", ids: readonly unknown[] | undefined) => void
): Promise<EventResult[]> {
  const h =
    (kind: "changed" | "added" | "deleted") =>
    // eslint-disable-next-line @typescript-eslint/require-await -- Office.js event handlers return a Promise
    async (args: { uniqueLocalIds?: unknown }): Promise<void> =>
      handler(kind, Array.isArray(args?.uniqueLocalIds) ? args.uniqueLocalIds : undefined);
  const results = [
    context.document.onParagraphChanged.add(h("changed")),
    context.document.onParagraphAdded.add(h("added")),
    context.document.onParagraphDeleted.add(h("deleted")),
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
 * visible) and window `focus`.
 *
 * Our own writes: while `isOwnWrite()` is true nothing reaches `onChange` (no storm of events
 * from our own batch), but nothing is dropped either: ONE check is scheduled for when
 * `isOwnWrite()` turns false. An event, reconcile or focus seen meanwhile then marks the document
 * dirty (→ `onChange` after the debounce: the user's edit 300 ms after our write is seen ≈ grace
 * + debounce later, not at the next reconcile; the price is one extra `onChange` after each of
 * our writes that fired events, which the pane re-checks after anyway). When polling, the check
 * also runs one poll, which compares with the last fingerprint read OUTSIDE our writes (a
 * fingerprint read during our write is never adopted as the baseline, so a user's edit made then
 * is not absorbed; our own formatting writes leave the text fingerprint unchanged and cost no
 * `onChange`). A poll due while `isOwnWrite()` is true is skipped without a round trip. A failing
 * poll counts as a change (the re-read will surface the error).
 * Round trips: 1 per poll (below 1.6; the deferred check is one such poll), 0 otherwise.
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
  let deferred: ReturnType<typeof setTimeout> | null = null;
  const timers: ReturnType<typeof setInterval>[] = [];
  let handlers: EventResult[] = [];
  let polled = false; // polling mode: the deferred check includes a poll
  let deferredDirty = false; // an event/reconcile/focus arrived during our write

  const fireDebounced = (): void => {
    if (debounce !== null) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      if (!disposed) onChange();
    }, debounceMs);
  };

  /** Schedules the one deferred check for when our write's grace period is over (idempotent). */
  const deferUntilOwnWriteEnds = (): void => {
    if (disposed || deferred !== null) return;
    const remaining = deps.ownWriteRemainingMs?.();
    const wait =
      remaining !== undefined && Number.isFinite(remaining)
        ? Math.max(0, Math.ceil(remaining))
        : OWN_WRITE_RECHECK_MS;
    deferred = setTimeout(() => {
      deferred = null;
      if (disposed) return;
      if (deps.isOwnWrite()) {
        deferUntilOwnWriteEnds();
        return;
      }
      const dirty = deferredDirty;
      deferredDirty = false;
      if (polled) void poll(); // compares with the pre-write baseline
      if (dirty) fireDebounced();
    }, wait);
  };

  const markDirty = (): void => {
    if (disposed) return;
    deps.noteUnnamed?.();
    if (deps.isOwnWrite()) {
      deferredDirty = true;
      deferUntilOwnWriteEnds();
    } else fireDebounced();
  };

  let polling = false;
  /** The last fingerprint read while not writing: what the next poll compares with. */
  let baseline: string | null = null;
  const poll = async (): Promise<void> => {
    if (polling || disposed) return;
    if (deps.isOwnWrite()) {
      // Our write is running or just ended: a fingerprint now may mix ours and the user's. Read
      // it once the grace period is over instead (no round trip now).
      deferUntilOwnWriteEnds();
      return;
    }
    polling = true;
    try {
      const fp = await deps.run((ctx) => readFingerprint(ctx));
      if (disposed) return;
      if (deps.isOwnWrite()) {
        // Our write started during the read: keep the pre-write baseline, read again after it.
        deferUntilOwnWriteEnds();
        return;
      }
      if (baseline !== null && fp !== baseline) {
        deps.noteUnnamed?.();
        fireDebounced();
      }
      baseline = fp;
    } catch {
      // The read failed: treat as a change so the pane re-reads and shows the error to the user.
      markDirty();
    } finally {
      polling = false;
    }
  };

  const startPolling = (): void => {
    if (disposed) return;
    polled = true;
    void poll();
    timers.push(setInterval(() => void poll(), pollMs));
  };

  if (deps.caps.wordApi16) {
    deps
      .run((ctx) =>
        registerParagraphHandlers(ctx, (kind, ids) => {
          if (disposed) return;
          deps.noteEvent?.(kind, ids);
          if (deps.isOwnWrite()) {
            deferredDirty = true;
            deferUntilOwnWriteEnds();
          } else fireDebounced();
        })
      )
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
    if (deferred !== null) clearTimeout(deferred);
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
  const [first] = results;
  if (first === undefined) return;
  const ctx = first.context as unknown as Word.RequestContext;
  void run(async (context) => {
    for (const r of results) r.remove();
    await context.sync();
  }, ctx).catch(() => undefined);
}
