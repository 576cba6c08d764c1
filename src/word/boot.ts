/**
 * @fileoverview Start-up of the add-in inside Office: waits for `Office.onReady`, checks that the
 * host is Word with WordApi 1.3 (our minimum, officejs-facts §0), reads the display language and
 * Office's theme colour, and creates the Word gateway. When it cannot start, it says why — office.js
 * missing (CDN unreachable), Office not starting the add-in, not Word, Word too old — with Office's
 * own platform and build where Office is there to give them. The task pane's bootstrap calls this and
 * never touches `Office` itself (ARCHITECTURE: only src/word touches Office.js). Layer: word.
 */
import type { DocumentGateway } from "../core/gateway";
import { WORD_API_MINIMUM } from "./capabilities";
import { createWordGateway } from "./gateway";

/**
 * Where the pane loads office.js from (Microsoft's CDN, as taskpane.html's `<script>` does; a test
 * keeps them equal). office.js then loads further files from the same folder
 * (`…/lib/1/hosted/`), so that whole folder is what an intranet must allow.
 */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** What Office says about itself, for the messages IT reads (`Office.context.diagnostics`). */
export interface OfficeDiagnostics {
  /** "PC", "Mac", "OfficeOnline", … as Office names it; undefined when it does not say. */
  platform: string | undefined;
  /** The Office build, e.g. "16.0.10827.20138"; undefined when it does not say. */
  version: string | undefined;
}

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
      /**
       * officeJsMissing: office.js did not load at all (offline, or the CDN blocked on an
       * intranet); loadFailed: it loaded but Office did not start the add-in (`onReady` rejected,
       * or the gateway could not be made); notWord: another application or a plain browser;
       * unsupportedHost: Word below WORD_API_MINIMUM.
       */
      status: "officeJsMissing" | "loadFailed" | "notWord" | "unsupportedHost";
      displayLanguage: string | undefined;
      bodyBackgroundColor: string | undefined;
      /** Office's own platform and build, when Office is there to say them. */
      diagnostics: OfficeDiagnostics | undefined;
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
      status: "officeJsMissing",
      displayLanguage: undefined,
      bodyBackgroundColor: undefined,
      diagnostics: undefined,
    });
  }
  const diagnosticsOf = (): OfficeDiagnostics | undefined => {
    const d = safe(() => office.context.diagnostics) as
      { platform?: unknown; version?: unknown } | undefined;
    if (!d) return undefined;
    const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    return { platform: text(d.platform), version: text(d.version) };
  };
  return office.onReady().then(
    (info): OfficeBoot => {
      const displayLanguage = safe(() => office.context.displayLanguage);
      const bodyBackgroundColor = safe(() => office.context.officeTheme?.bodyBackgroundColor);
      const base = { displayLanguage, bodyBackgroundColor };
      const failed = (status: "loadFailed" | "notWord" | "unsupportedHost"): OfficeBoot => ({
        status,
        ...base,
        diagnostics: diagnosticsOf(),
      });
      if (info.host !== office.HostType.Word) return failed("notWord");
      if (!safe(() => office.context.requirements.isSetSupported("WordApi", WORD_API_MINIMUM))) {
        return failed("unsupportedHost");
      }
      try {
        return { status: "ready", gateway: createWordGateway(), ...base };
      } catch {
        return failed("loadFailed");
      }
    },
    (): OfficeBoot => ({
      status: "loadFailed",
      displayLanguage: undefined,
      bodyBackgroundColor: undefined,
      diagnostics: undefined,
    })
  );
}
