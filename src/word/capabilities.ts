/**
 * @fileoverview Feature detection: which Word requirement sets this host has
 * (`Office.context.requirements.isSetSupported`, synchronous, no round trip) and which platform
 * it is (`hostInfo()`: `Office.context.host`/`platform`, falling back to
 * `Office.context.diagnostics`). Our minimum is WordApi 1.3 (Office 2019): below it the
 * add-in refuses with a Chinese message (officejs-facts §0). Layer: word.
 */
import { GatewayError, type Capabilities } from "../core/gateway";
import { hostInfo } from "./hostInfo";
import type { ErrorMessageId, MessageRef } from "../core/messages";

/**
 * The lowest WordApi version the add-in runs on (Office 2019 / 2021 LTSC top out at 1.3, facts §0).
 * manifest.xml declares the same `<Set Name="WordApi" MinVersion>`; a test keeps them equal.
 */
export const WORD_API_MINIMUM = "1.3";

/** Message shown below WordApi 1.3. */
export const UNSUPPORTED_HOST_MESSAGE: readonly MessageRef<ErrorMessageId>[] = [
  { id: "errors.gateway.tooOld" },
];

/** Capabilities host from hostInfo()'s upper-case platform ("PC", "MAC", "OFFICE_ONLINE", "IOS"). */
function hostOf(platform: string | null): Capabilities["host"] {
  switch (platform) {
    case "PC":
      return "Windows";
    case "MAC":
      return "Mac";
    case "OFFICE_ONLINE":
      return "Web";
    case "IOS":
      return "iOS";
    default:
      return "Unknown";
  }
}

/**
 * Detects the requirement sets of the running host.
 * Round trips: 0 (isSetSupported is synchronous). Requires: Office.js loaded (`Office.onReady`
 * resolved).
 * @returns the capabilities (WordApi 1.3/1.4/1.5/1.6, WordApiDesktop 1.3, host platform)
 * @throws GatewayError "unsupportedHost" when Office.js is absent, the host is not Word, or the
 *   host lacks WordApi 1.3 (Office 2016 MSI and older)
 */
export function detectCapabilities(): Capabilities {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  if (!office || !req || typeof req.isSetSupported !== "function") {
    throw new GatewayError("unsupportedHost", UNSUPPORTED_HOST_MESSAGE, {
      debugInfo: "Office.context.requirements is not available",
    });
  }
  const info = hostInfo();
  if (info.source !== "none" && info.host !== "WORD") {
    throw new GatewayError("unsupportedHost", [{ id: "errors.gateway.notWord" }], {
      debugInfo: `host ${info.host} (${info.source})`,
    });
  }
  const has = (set: string, v: string): boolean => req.isSetSupported(set, v) === true;
  const caps: Capabilities = {
    host: hostOf(info.platform),
    wordApi13: has("WordApi", WORD_API_MINIMUM),
    wordApi14: has("WordApi", "1.4"),
    wordApi15: has("WordApi", "1.5"),
    wordApi16: has("WordApi", "1.6"),
    wordApiDesktop13: has("WordApiDesktop", "1.3"),
  };
  if (!caps.wordApi13) {
    throw new GatewayError("unsupportedHost", UNSUPPORTED_HOST_MESSAGE, {
      debugInfo: "WordApi 1.3 not supported",
    });
  }
  return caps;
}
