/**
 * @fileoverview A `context.sync()` that never settles (office-js#719, #702) must not leave the pane
 * waiting forever: reads give up with "documentTooLarge", writes with a partial "writeFailed".
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { GatewayError } from "../../src/core/gateway";
import { refOf } from "../../src/core/model";
import { createWordGateway } from "../../src/word/gateway";
import { docOf, setup } from "./helpers";

describe("gateway timeouts", () => {
  it("gives up a read whose sync hangs, with a message that says what to do", async () => {
    const d = setup({ flatOpc: docOf(["题目", "——某某公司"]) });
    try {
      const gateway = createWordGateway({ readTimeoutMs: 50 });
      d.faults.hangNextSync();
      const err = await gateway.readDocument().then(
        () => null,
        (e: unknown) => e
      );
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).code).toBe("documentTooLarge");
      expect((err as GatewayError).message).toMatch(/重新检查/);
      // The next read (no hang) works again.
      const doc = await gateway.readDocument();
      expect(doc.paragraphs.map((p) => p.text)).toEqual(["题目", "——某某公司"]);
    } finally {
      d.restore();
    }
  });

  it("reports a hung write as possibly partial", async () => {
    const d = setup({ flatOpc: docOf(["题目", "——某某公司"]) });
    try {
      const gateway = createWordGateway({ writeTimeoutMs: 50 });
      const doc = await gateway.readDocument();
      d.faults.hangNextSync();
      const err = await gateway
        .applyEdits([{ op: "setRole", target: refOf(doc.paragraphs[0]!), role: "title" }])
        .then(
          () => null,
          (e: unknown) => e
        );
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).code).toBe("writeFailed");
      expect((err as GatewayError).partial).toBe(true);
      expect((err as GatewayError).message).toMatch(/重新检查/);
    } finally {
      d.restore();
    }
  });
});
