/**
 * @jest-environment jsdom
 */
/**
 * @fileoverview hostInfo in a browser-like environment: host and platform from
 * `window.Office.context` (`host`/`platform`), as Office.js gives them.
 */
import { hostInfo } from "../../src/word/hostInfo";

describe("hostInfo with a window", () => {
  it("takes host and platform from Office.context (upper-case constants)", () => {
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
        source: "context",
      });
    } finally {
      delete w.Office;
    }
  });
});

describe("detectCapabilities with a window", () => {
  it("takes the platform from Office.context and refuses a host that is not Word", async () => {
    const { detectCapabilities } = await import("../../src/word/capabilities");
    const w = window as unknown as Record<string, unknown>;
    const office = (host: string, platform: string) => ({
      context: {
        host,
        platform,
        diagnostics: { host, platform, version: "16.0.19000.10000" },
        requirements: {
          isSetSupported: (set: string, v: string) => set === "WordApi" && Number(v) <= 1.3,
        },
      },
    });
    try {
      w.Office = office("Word", "Mac");
      expect(detectCapabilities()).toEqual({
        host: "Mac",
        wordApi13: true,
        wordApi14: false,
        wordApi15: false,
        wordApi16: false,
        wordApiDesktop13: false,
      });
      w.Office = office("Excel", "PC");
      expect(() => detectCapabilities()).toThrow("案例报告助手只能在 Word 中使用");
    } finally {
      delete w.Office;
    }
  });
});
