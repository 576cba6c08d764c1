/**
 * @fileoverview Start-up of the add-in inside Office: waits for `Office.onReady`, checks that the
 * host is Word with WordApi 1.3 (our minimum, officejs-facts §0), reads the display language and
 * Office's theme colour, and creates the Word gateway. The task pane's bootstrap calls this and
 * never touches `Office` itself (ARCHITECTURE: only src/word touches Office.js). Layer: word.
 */
import type { DocumentGateway } from "../core/gateway";
import { WORD_API_MINIMUM } from "./capabilities";
import { createWordGateway } from "./gateway";

/** What the pane needs to start, as plain data plus the gateway. */
export type OfficeBoot =
  | {
      status: "ready";
      gateway: DocumentGateway;
      /** `Office.context.displayLanguage`, e.g. "zh-CN"; undefined when the host does not say. */
      displayLanguage: string | undefined;
      /** `Office.context.officeTheme.bodyBackgroundColor` ("#rrggbb"); undefined when unavailable. */
      bodyBackgroundColor: string | undefined;
    }
  | {
      /** office.js did not load (offline, CDN blocked), the host is not Word, or below WordApi 1.3. */
      status: "loadFailed" | "notWord" | "unsupportedHost";
      displayLanguage: string | undefined;
      bodyBackgroundColor: string | undefined;
    };

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined; // officeTheme / displayLanguage are not available on every host
  }
}

/**
 * Waits for Office and reports whether the add-in can run here.
 * Round trips: 0 (`Office.onReady`, `isSetSupported` and context properties are local).
 * Requires: office.js loaded; the gateway needs WordApi 1.3.
 * @returns the boot outcome; never rejects
 */
export function bootOffice(): Promise<OfficeBoot> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== "function") {
    return Promise.resolve({
      status: "loadFailed",
      displayLanguage: undefined,
      bodyBackgroundColor: undefined,
    });
  }
  return office.onReady().then(
    (info): OfficeBoot => {
      const displayLanguage = safe(() => office.context.displayLanguage);
      const bodyBackgroundColor = safe(() => office.context.officeTheme?.bodyBackgroundColor);
      const base = { displayLanguage, bodyBackgroundColor };
      if (info.host !== office.HostType.Word) return { status: "notWord", ...base };
      if (!safe(() => office.context.requirements.isSetSupported("WordApi", WORD_API_MINIMUM))) {
        return { status: "unsupportedHost", ...base };
      }
      try {
        return { status: "ready", gateway: createWordGateway(), ...base };
      } catch {
        return { status: "loadFailed", ...base };
      }
    },
    (): OfficeBoot => ({
      status: "loadFailed",
      displayLanguage: undefined,
      bodyBackgroundColor: undefined,
    })
  );
}
