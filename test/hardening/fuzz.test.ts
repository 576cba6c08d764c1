/**
 * A fixed-seed sample of the mutation fuzzer (scripts/fuzz-lib.ts; the full run is
 * `npm run fuzz -- N`): every mutated document gets an answer from `check` and `format` — a
 * result or a clean refusal, never "内部错误" or a stack trace.
 */
import { mutate, outcomeOf, runOne } from "../../scripts/fuzz-lib";

describe("fuzz sample (seeds 1–24)", () => {
  it("mutations are deterministic", () => {
    expect(Buffer.from(mutate(7).bytes).equals(Buffer.from(mutate(7).bytes))).toBe(true);
    expect(mutate(7).what).toEqual(mutate(7).what);
  });

  it("the outcome classification", () => {
    expect(outcomeOf(0, "")).toBe("ok");
    expect(outcomeOf(1, "错误")).toBe("ok");
    expect(outcomeOf(2, "文件不完整或已损坏")).toBe("refused");
    expect(outcomeOf(2, "处理该文件时出现内部错误（TypeError）")).toBe("internal");
    expect(outcomeOf(0, "Error: x\n    at f (/a/b.ts:1:2)")).toBe("internal");
    expect(outcomeOf(134, "")).toBe("internal");
  });

  for (let seed = 1; seed <= 24; seed++) {
    it(`seed ${seed}: answered cleanly`, async () => {
      const { bytes, what } = mutate(seed);
      const { outcome, output } = await runOne(bytes);
      if (outcome === "internal") throw new Error(`${what.join("; ")}\n${output}`);
      expect(["ok", "refused"]).toContain(outcome);
    }, 60_000);
  }
});
