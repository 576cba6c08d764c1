/**
 * @jest-environment jsdom
 */
/**
 * @fileoverview hostInfo in a browser-like environment, where `@microsoft/office-js-helpers`
 * can read `window.Office.context` (its `Utilities.host`/`platform`).
 */
import { hostInfo } from "../../src/word/hostInfo";

describe("hostInfo with a window", () => {
  it("takes host and platform from office-js-helpers (upper-case constants)", () => {
    // A hand-made Office (the double needs TextDecoder, which jsdom lacks): what Office.js exposes.
    const w = window as unknown as Record<string, unknown>;
    w.Office = {
      context: {
        host: "Word",
        platform: "OfficeOnline",
        diagnostics: { host: "Word", platform: "OfficeOnline", version: "16.0.19000.10000" },
      },
    };
    try {
      expect(hostInfo()).toEqual({
        host: "WORD",
        platform: "OFFICE_ONLINE",
        version: "16.0.19000.10000",
        source: "office-js-helpers",
      });
    } finally {
      delete w.Office;
    }
  });
});
