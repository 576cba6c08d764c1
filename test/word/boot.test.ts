/**
 * @fileoverview bootOffice: the pane's start-up outcome from Office — ready with a gateway, not
 * Word, below WordApi 1.3, or office.js missing — with no round trip.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bootOffice, OFFICE_JS_URL } from "../../src/word/boot";
import { docOf, setup } from "./helpers";

describe("bootOffice", () => {
  it("is ready in Word with WordApi 1.3 and hands over a working gateway, without a sync", async () => {
    const d = setup({ flatOpc: docOf(["题目"]) });
    try {
      const boot = await bootOffice();
      expect(boot.status).toBe("ready");
      expect(d.stats.syncCount).toBe(0);
      if (boot.status !== "ready") throw new Error("not ready");
      const doc = await boot.gateway.readDocument();
      expect(doc.paragraphs.map((p) => p.text)).toEqual(["题目"]);
    } finally {
      d.restore();
    }
  });

  it("says unsupportedHost below WordApi 1.3", async () => {
    const d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.3": false } });
    try {
      await expect(bootOffice()).resolves.toMatchObject({ status: "unsupportedHost" });
    } finally {
      d.restore();
    }
  });

  it("says notWord in another Office application", async () => {
    const d = setup({ flatOpc: docOf(["题目"]) });
    const office = d.Office as unknown as { onReady: () => Promise<{ host: string }> };
    const real = office.onReady;
    office.onReady = () => Promise.resolve({ host: "Excel", platform: "PC" } as never);
    try {
      await expect(bootOffice()).resolves.toMatchObject({ status: "notWord" });
    } finally {
      office.onReady = real;
      d.restore();
    }
  });

  it("says officeJsMissing when office.js did not load (CDN blocked, offline)", async () => {
    const g = globalThis as Record<string, unknown>;
    const prev = g.Office;
    delete g.Office;
    try {
      await expect(bootOffice()).resolves.toEqual({
        status: "officeJsMissing",
        displayLanguage: undefined,
        bodyBackgroundColor: undefined,
        diagnostics: undefined,
      });
    } finally {
      g.Office = prev;
    }
  });

  it("says loadFailed when Office does not start the add-in (onReady rejects)", async () => {
    const d = setup({ flatOpc: docOf(["题目"]) });
    const office = d.Office as unknown as { onReady: () => Promise<unknown> };
    const real = office.onReady;
    office.onReady = () => Promise.reject(new Error("host did not initialise"));
    try {
      await expect(bootOffice()).resolves.toMatchObject({ status: "loadFailed" });
    } finally {
      office.onReady = real;
      d.restore();
    }
  });

  it("below the minimum, hands over Office's platform and build for the message IT reads", async () => {
    const d = setup({ flatOpc: docOf(["题目"]), sets: { "WordApi 1.3": false } });
    try {
      const boot = await bootOffice();
      expect(boot).toMatchObject({
        status: "unsupportedHost",
        diagnostics: { platform: "PC", version: "16.0.19029.20208" },
      });
    } finally {
      d.restore();
    }
  });

  it("names the office.js address taskpane.html loads", () => {
    const html = fs.readFileSync(
      path.join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"),
      "utf8"
    );
    expect(html).toContain(`src="${OFFICE_JS_URL}"`);
  });
});
