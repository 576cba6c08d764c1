/**
 * @fileoverview Host and platform for diagnostics and support messages — the ONE module that
 * uses `@microsoft/office-js-helpers` (1.0.2, 2018). Its `Utilities.host`/`platform` read
 * `window.Office.context.host/platform` (or a sessionStorage fallback) and upper-case them
 * ("WORD", "PC"/"MAC"/"OFFICE_ONLINE"). Outside a browser (`window` undefined, e.g. Node tests)
 * they throw, so we fall back to `Office.context.diagnostics`.
 *
 * Cost/risk notes (see the gateway report): the package is a self-contained UMD bundle
 * (dist/office.helpers.js 192 KB, .min.js 57 KB, rxjs 5/core-js/lodash inlined) that webpack
 * cannot tree-shake; its typings `/// <reference types="office-js" />` resolve to its own nested
 * `@types/office-js` 0.0.51 — harmless only because tsconfig has `skipLibCheck`. Its `UI.notify`
 * injects Office UI Fabric markup and is NOT used (the pane shows Fluent UI v9 MessageBars).
 * `detectCapabilities()` uses it for host and platform detection. Measured bundle cost: see the
 * README ("office-js-helpers"). Layer: word.
 */
import { Utilities } from "@microsoft/office-js-helpers";

/** Host application and platform, upper-case as office-js-helpers gives them. */
export interface HostInfo {
  /** "WORD", "EXCEL", …, or "WEB" when not in an add-in. */
  host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS", or null when unknown. */
  platform: string | null;
  /** Office version from `Office.context.diagnostics.version`, or null. */
  version: string | null;
  /** Where host/platform came from. */
  source: "office-js-helpers" | "diagnostics" | "none";
}

const PLATFORM: Record<string, string> = {
  PC: "PC",
  Mac: "MAC",
  OfficeOnline: "OFFICE_ONLINE",
  iOS: "IOS",
};

/**
 * Host information for the about box and error reports. Round trips: 0.
 * @returns host/platform/version; never throws (no Office → host "WEB", source "none")
 */
export function hostInfo(): HostInfo {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const diag = office?.context?.diagnostics as
    { host?: string; platform?: string; version?: string } | undefined;
  const version = diag?.version ?? null;
  try {
    const host = Utilities.host;
    if (host && host !== "WEB") {
      return { host, platform: Utilities.platform ?? null, version, source: "office-js-helpers" };
    }
  } catch {
    // office-js-helpers needs `window`; fall through to Office.context.diagnostics.
  }
  if (diag?.host) {
    return {
      host: String(diag.host).toUpperCase(),
      platform: diag.platform
        ? (PLATFORM[String(diag.platform)] ?? String(diag.platform).toUpperCase())
        : null,
      version,
      source: "diagnostics",
    };
  }
  return { host: "WEB", platform: null, version, source: "none" };
}
