/**
 * @fileoverview watch against the Word double with jest fake timers: one onChange per burst of
 * paragraph events (1.6), polling below 1.6, our own writes ignored, Unsubscribe stops everything.
 */
import { createWordGateway } from "../../src/word/gateway";
import { refOf } from "../../src/core/model";
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
    d = setup({ flatOpc: docOf(["甲", "乙"]) });
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

  it("ignores the changes of our own applyEdits (events fired by add-in writes)", async () => {
    jest.useRealTimers();
    d = setup({ flatOpc: docOf(["甲", "乙"]) });
    const gw = createWordGateway({ ownWriteGraceMs: 200 });
    const onChange = jest.fn();
    const stop = gw.watch(onChange, { debounceMs: 20 });
    await new Promise((r) => setTimeout(r, 10));
    const doc = await gw.readDocument();
    await gw.applyEdits([{ op: "setRole", target: refOf(doc.paragraphs[0]), role: "body" }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 200));
    d.edit.typeText(1, "用户");
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });
});
