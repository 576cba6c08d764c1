/**
 * @fileoverview watch against the Word double with jest fake timers: one onChange per burst of
 * paragraph events (1.6), polling below 1.6, our own writes ignored, Unsubscribe stops everything.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { createWordGateway } from "../../src/word/gateway";
import { refOf } from "../../src/core/model";
import { detectCapabilities } from "../../src/word/capabilities";
import { watchDocument, type RunFn } from "../../src/word/watch";
import { docOf, setup } from "./helpers";

/** Lets promise chains (Word.run, event dispatch) settle under fake timers. */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe("watch", () => {
  let d: ReturnType<typeof setup>;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    d.restore();
  });

  it("WordApi 1.6: a burst of typing gives one onChange after the debounce; registration is 1 sync", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["甲", "乙"]) });
    const onChange = jest.fn();
    const stop = createWordGateway({ ownWriteGraceMs: 0 }).watch(onChange, { debounceMs: 500 });
    await flush();
    expect(d.stats.syncCount).toBe(1);
    d.edit.typeText(0, "一");
    await flush();
    jest.advanceTimersByTime(200);
    d.edit.typeText(0, "二");
    d.edit.appendParagraph("丙");
    await flush();
    jest.advanceTimersByTime(499);
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(1); // no polling with events
    expect(d.stats.syncCount).toBe(1);
    stop();
    await flush();
    d.edit.typeText(1, "后");
    await flush();
    jest.advanceTimersByTime(60000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("Unsubscribe removes the Word handlers for real, in the context that added them (1 more sync)", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["甲"]) });
    const gw = createWordGateway({ ownWriteGraceMs: 0 });
    const stop1 = gw.watch(jest.fn(), { debounceMs: 500 });
    await flush();
    expect(d.handlerCount()).toBe(3);
    stop1();
    await flush();
    expect(d.handlerCount()).toBe(0);
    expect(d.stats.syncCount).toBe(2);
    // a remount does not pile handlers up
    const stop2 = gw.watch(jest.fn(), { debounceMs: 500 });
    await flush();
    expect(d.handlerCount()).toBe(3);
    stop2();
    await flush();
    expect(d.handlerCount()).toBe(0);
  });

  it("reconciles on a timer even without events (events are hints, office-js#6770)", async () => {
    d = setup({ flatOpc: docOf(["甲"]) });
    const onChange = jest.fn();
    const stop = createWordGateway({ ownWriteGraceMs: 0 }).watch(onChange, { debounceMs: 100 });
    await flush();
    jest.advanceTimersByTime(15000 + 100);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it("below WordApi 1.6: polls a 1-sync fingerprint and fires once when the text changes", async () => {
    d = setup({ flatOpc: docOf(["甲", "乙"]), sets: { "WordApi 1.6": false } });
    const onChange = jest.fn();
    const stop = createWordGateway({ ownWriteGraceMs: 0 }).watch(onChange, {
      debounceMs: 300,
      pollMs: 1000,
    });
    await flush();
    expect(d.stats.syncCount).toBe(1); // baseline
    jest.advanceTimersByTime(1000);
    await flush();
    expect(d.stats.syncCount).toBe(2);
    jest.advanceTimersByTime(300);
    expect(onChange).not.toHaveBeenCalled(); // unchanged
    d.edit.typeText(1, "改");
    jest.advanceTimersByTime(1000);
    await flush();
    jest.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(d.stats.loadLog.every((l) => !l.includes("uniqueLocalId"))).toBe(true);
    stop();
    const syncs = d.stats.syncCount;
    jest.advanceTimersByTime(10000);
    await flush();
    expect(d.stats.syncCount).toBe(syncs);
  });

  it("our own applyEdits: no onChange during the write's grace period, then exactly one (events are not dropped)", async () => {
    jest.useRealTimers();
    d = setup({ profile: "win-m365", flatOpc: docOf(["甲", "乙"]) });
    const gw = createWordGateway({ ownWriteGraceMs: 200 });
    const onChange = jest.fn();
    const stop = gw.watch(onChange, { debounceMs: 20 });
    await new Promise((r) => setTimeout(r, 10));
    const doc = await gw.readDocument();
    await gw.applyEdits([{ op: "setRole", target: refOf(doc.paragraphs[0]!), role: "body" }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(onChange).not.toHaveBeenCalled(); // no storm from the events of our own batch
    await new Promise((r) => setTimeout(r, 400));
    expect(onChange).toHaveBeenCalledTimes(1); // the one deferred check after the grace period
    d.edit.typeText(1, "用户");
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });
});

/** Grace period of the gateway's own writes (its default, WordGatewayOptions.ownWriteGraceMs). */
const GRACE = 1000;

describe("watch: a user's edit during the grace period of our own write", () => {
  let d: ReturnType<typeof setup>;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    d.restore();
  });

  /** Runs one setRole through the gateway and returns the time it ended (fake clock). */
  async function ownWrite(gw: ReturnType<typeof createWordGateway>): Promise<number> {
    const doc = await gw.readDocument();
    d.resetStats();
    await gw.applyEdits([{ op: "setRole", target: refOf(doc.paragraphs[0]!), role: "body" }]);
    expect(d.stats.syncCount).toBe(4); // write run 2 + verifying read 2, no sync in a loop
    await flush();
    return Date.now();
  }

  /** Advances the fake clock to `t` (absolute), letting promises settle on the way. */
  async function advanceTo(t: number): Promise<void> {
    while (Date.now() < t) {
      jest.advanceTimersByTime(Math.min(50, t - Date.now()));
      await flush();
    }
  }

  it("WordApi 1.6: an edit 300 ms after our write gives onChange ≈ grace + debounce later, with no round trip", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["甲", "乙"]) });
    const gw = createWordGateway(); // default grace 1000 ms
    const onChange = jest.fn();
    const stop = gw.watch(onChange, { debounceMs: 300 });
    await flush();
    const t0 = await ownWrite(gw);
    const syncs = d.stats.syncCount;
    await advanceTo(t0 + 300);
    d.edit.typeText(1, "用户补充");
    await flush();
    await advanceTo(t0 + GRACE - 1);
    expect(onChange).not.toHaveBeenCalled(); // nothing during our write's grace period
    await advanceTo(t0 + GRACE + 300 + 100); // grace end + debounce (+ one re-check step)
    expect(onChange).toHaveBeenCalledTimes(1); // before the fix: only at the 15 s reconcile
    expect(d.stats.syncCount).toBe(syncs); // deferring costs no round trip
    await advanceTo(t0 + 14_000);
    expect(onChange).toHaveBeenCalledTimes(1); // one check, no storm
    stop();
  });

  it("below WordApi 1.6: a poll during our write neither syncs nor absorbs the user's edit into the baseline", async () => {
    d = setup({ flatOpc: docOf(["甲", "乙"]), sets: { "WordApi 1.6": false } });
    const gw = createWordGateway();
    const onChange = jest.fn();
    const stop = gw.watch(onChange, { debounceMs: 300, pollMs: 400 });
    await flush();
    const t0 = await ownWrite(gw);
    const syncs = d.stats.syncCount;
    await advanceTo(t0 + 300);
    d.edit.typeText(1, "用户补充");
    await advanceTo(t0 + GRACE - 1);
    expect(d.stats.syncCount).toBe(syncs); // polls due during the grace period were skipped
    expect(onChange).not.toHaveBeenCalled();
    // The deferred poll at the end of the grace period compares with the pre-write fingerprint.
    await advanceTo(t0 + GRACE + 100 + 300 + 50);
    expect(onChange).toHaveBeenCalledTimes(1); // before the fix: only at the 15 s reconcile
    // ≤ 1 sync per poll: the polls since the grace ended (every 400 ms) plus the deferred one.
    const elapsedPolls = Math.floor((Date.now() - t0) / 400) - Math.floor((GRACE - 1) / 400);
    expect(d.stats.syncCount - syncs).toBeLessThanOrEqual(elapsedPolls + 1);
    expect(d.stats.syncCount - syncs).toBeGreaterThanOrEqual(1);
    await advanceTo(t0 + 14_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it("below WordApi 1.6: our own formatting write alone causes no onChange (the text fingerprint is unchanged)", async () => {
    d = setup({ flatOpc: docOf(["甲", "乙"]), sets: { "WordApi 1.6": false } });
    const gw = createWordGateway();
    const onChange = jest.fn();
    const stop = gw.watch(onChange, { debounceMs: 300, pollMs: 400 });
    await flush();
    const t0 = await ownWrite(gw);
    await advanceTo(t0 + 10_000);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it("with ownWriteRemainingMs the deferred check fires exactly when the grace period ends", async () => {
    d = setup({ profile: "win-m365", flatOpc: docOf(["甲", "乙"]) });
    let ownUntil = Date.now() + 700;
    const onChange = jest.fn();
    const stop = watchDocument(
      {
        run: (globalThis as unknown as { Word: { run: RunFn } }).Word.run,
        caps: detectCapabilities(),
        isOwnWrite: () => Date.now() < ownUntil,
        ownWriteRemainingMs: () => Math.max(0, ownUntil - Date.now()),
      },
      onChange,
      { debounceMs: 200 }
    );
    await flush();
    const t0 = Date.now();
    d.edit.typeText(0, "一");
    await flush();
    jest.advanceTimersByTime(899);
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(Date.now() - t0).toBe(900); // 700 remaining + 200 debounce
    ownUntil = 0;
    stop();
  });
});
