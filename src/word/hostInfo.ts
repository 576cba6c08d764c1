/**
 * @fileoverview Host and platform for diagnostics and support messages, from Office.js itself:
 * `Office.context.host` / `Office.context.platform` ("Word", "PC" | "Mac" | "OfficeOnline" | "iOS"),
 * else `Office.context.diagnostics` (the same values; older hosts fill only one of them). This
 * replaced `@microsoft/office-js-helpers`, archived and deprecated by Microsoft in 2020 (its PR
 * #153), which read the same two properties and cost the pane 13.7 KB gzipped (rxjs 5, core-js 2
 * and lodash inlined). Values are upper-cased as before ("WORD", "PC", "MAC", "OFFICE_ONLINE",
 * "IOS"). Layer: word.
 */
/** Host application and platform, upper-case ("WORD", "PC" …). */
export interface HostInfo {
  /** "WORD", "EXCEL", …, or "WEB" when not in an add-in. */
  host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS", or null when unknown. */
  platform: string | null;
  /** Office version from `Office.context.diagnostics.version`, or null. */
  version: string | null;
  /** Where host/platform came from. */
  source: "context" | "diagnostics" | "none";
}

const PLATFORM: Record<string, string> = {
  PC: "PC",
  Mac: "MAC",
  OfficeOnline: "OFFICE_ONLINE",
  iOS: "IOS",
};

/** "PC" | "MAC" | "OFFICE_ONLINE" | "IOS" (or the value upper-cased), null when unknown. */
function platformOf(platform: unknown): string | null {
  if (typeof platform !== "string" || platform === "") return null;
  return PLATFORM[platform] ?? platform.toUpperCase();
}

/**
 * Host information for the about box and error reports. Round trips: 0.
 * @returns host/platform/version; never throws (no Office → host "WEB", source "none")
 */
export function hostInfo(): HostInfo {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const diag = office?.context?.diagnostics as
    { host?: string; platform?: string; version?: string } | undefined;
  const version = diag?.version ?? null;
  const context = office?.context as { host?: unknown; platform?: unknown } | undefined;
  if (typeof context?.host === "string" && context.host !== "") {
    return {
      host: context.host.toUpperCase(),
      platform: platformOf(context.platform ?? diag?.platform),
      version,
      source: "context",
    };
  }
  if (diag?.host) {
    return {
      host: String(diag.host).toUpperCase(),
      platform: platformOf(diag.platform),
      version,
      source: "diagnostics",
    };
  }
  return { host: "WEB", platform: null, version, source: "none" };
}
