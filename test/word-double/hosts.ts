/**
 * @fileoverview Host profiles of the Word double: which requirement sets a Word host has and
 * which of Word's documented weaknesses it shows. A profile is chosen by the double's `profile`
 * option or, for a double created without `host`/`sets`/`profile`, by the `WORD_HOST`
 * environment variable (so the gateway tests and the e2e suite run unchanged under every host:
 * `npm run test:hosts`). Without either the double is the plain strict double (no profile).
 *
 * Requirement sets per host: `../shared/reference/officejs-facts.md` §0 (learn.microsoft.com
 * "Word JavaScript API requirement sets"): Office 2019/2021 top out at WordApi 1.3; Office 2024
 * LTSC has WordApi 1.4–1.6 but no WordApiDesktop 1.2/1.3; the web never has WordApiDesktop.
 *
 * Each weakness cites its source (OfficeDev/office-js issue numbers). Where a source describes a
 * host without a figure (a payload size), the figure is ours and says so; tests can change it.
 */
import type { SetName } from "./api";

/** The host profiles `npm run test:hosts` runs under. */
export const HOST_PROFILES = ["web", "win-m365", "win-2024-ltsc", "win-2019", "mac"] as const;
export type HostProfileName = (typeof HOST_PROFILES)[number];

/** What a host profile switches. */
export interface HostProfile {
  name: HostProfileName;
  /** `Office.context.platform` family. */
  host: "Windows" | "Mac" | "Web";
  /** `Office.context.diagnostics.version`. */
  version: string;
  sets: Record<SetName, boolean>;
  /**
   * `Paragraph.uniqueLocalId` is null. Typings: "only available in Microsoft 365"; office-js#4258
   * (null on Windows desktop 2308); Office 2024 LTSC reports WordApi 1.6 yet gives null ids
   * (officejs-facts §12). Paragraph events then carry null ids too (not documented; the ids are
   * the property's values) and `getParagraphByUniqueLocalId` finds nothing.
   */
  nullUniqueLocalIds: boolean;
  /**
   * `paragraph.insertParagraph(text, "After")` moves the paragraph's uniqueLocalId to the new
   * paragraph and gives the old one a fresh id (office-js#5784, Word for Mac 16.97).
   */
  idMovesToInsertedParagraph: boolean;
  /**
   * `Paragraph.text` / `Range.text` include deleted (tracked) text (office-js#1267, Word on the web).
   */
  textIncludesDeletedText: boolean;
  /**
   * A `getOoxml` result or an `insertOoxml` argument above this many characters makes the batch
   * fail: "hang" (the sync never settles: office-js#702, #719) or "GeneralException" (#2615 Mac,
   * #998 many large images, #6059). Word documents no limit and has no `*PayloadSizeLimitExceeded`
   * code (Excel only); the sizes here are ours (4 MB on the web by analogy with #4697
   * `insertFileFromBase64` > 4 MB failing there; 16 MB elsewhere) and configurable per double.
   */
  payloadLimit: number;
  payloadFailure: "hang" | "GeneralException";
  /**
   * Simulated time per megabyte of OOXML moved (`stats.latencyMs`): OOXML insertion on the web
   * takes seconds behind a blocking dialog (office-js#5944, #2577); Mac syncs are slower (#3982,
   * #4812). Figures are ours (no source measures them).
   */
  msPerMB: number;
  /**
   * Paragraph events are lost when edits come quickly (office-js#4874): an event fired while the
   * previous one of the same kind is still undelivered is dropped. Formatting changes did not fire
   * `onParagraphChanged` on the web (#6770, fixed 2026: not simulated).
   */
  dropsRapidEvents: boolean;
  /**
   * `search()` finds nothing for a string holding `\t` or `\v` (office-js#2331 tab / soft line
   * break, #5403 `\v` on the web; closed without fix).
   */
  searchMissesControlChars: boolean;
  /**
   * `search()` rejects with InvalidArgument above this length: 255 documented on `Body.search`
   * (#168); Word for Mac threw InvalidArgument below 255 (#320) — 128 here is ours.
   */
  searchMaxLength: number;
  /**
   * `customXmlParts.getByNamespace(ns)` loaded with `items` gives `items === undefined` when no
   * part has the namespace (office-js#6673, Word on the web; fixed 2026 — kept, older builds exist).
   */
  getByNamespaceItemsUndefined: boolean;
  /**
   * `insertOoxml` leaves nothing to undo: "if an API doesn't support undo, the undo stack is
   * cleared" (docs, application-specific API model); no undo after insertOoxml on the web
   * (office-js#6423). Seen through `double.undoAvailable()`.
   */
  insertOoxmlClearsUndo: boolean;
  /**
   * A single paragraph inserted by `insertOoxml(…, "Replace")` over a paragraph keeps the
   * target's paragraph properties instead of its own (office-js#3149, Windows 2016/2021; "the
   * issue goes away if the OOXML contains more than one paragraph").
   */
  singleParagraphKeepsTargetPPr: boolean;
  /**
   * The last paragraph of a multi-paragraph `insertOoxml` package loses its paragraph style
   * (office-js#2914).
   */
  lastInsertedParagraphLosesStyle: boolean;
}

const ALL: Record<SetName, boolean> = {
  "WordApi 1.3": true,
  "WordApi 1.4": true,
  "WordApi 1.5": true,
  "WordApi 1.6": true,
  "WordApiDesktop 1.3": true,
  CustomXmlParts: true,
};

const COMMON = {
  payloadLimit: 16 * 1024 * 1024,
  payloadFailure: "GeneralException" as const,
  msPerMB: 200,
  dropsRapidEvents: true,
  searchMissesControlChars: true,
  searchMaxLength: 255,
  getByNamespaceItemsUndefined: false,
  insertOoxmlClearsUndo: false,
  singleParagraphKeepsTargetPPr: true,
  lastInsertedParagraphLosesStyle: true,
  nullUniqueLocalIds: false,
  idMovesToInsertedParagraph: false,
  textIncludesDeletedText: false,
};

/** The profiles. */
export const PROFILES: Record<HostProfileName, HostProfile> = {
  web: {
    ...COMMON,
    name: "web",
    host: "Web",
    version: "16.0.19000.10000",
    sets: { ...ALL, "WordApiDesktop 1.3": false },
    textIncludesDeletedText: true,
    payloadLimit: 4 * 1024 * 1024,
    msPerMB: 1500,
    getByNamespaceItemsUndefined: true,
    insertOoxmlClearsUndo: true,
  },
  "win-m365": {
    ...COMMON,
    name: "win-m365",
    host: "Windows",
    version: "16.0.19029.20208",
    sets: { ...ALL },
  },
  "win-2024-ltsc": {
    ...COMMON,
    name: "win-2024-ltsc",
    host: "Windows",
    version: "16.0.17932.20162",
    sets: { ...ALL, "WordApiDesktop 1.3": false },
    nullUniqueLocalIds: true,
  },
  "win-2019": {
    ...COMMON,
    name: "win-2019",
    host: "Windows",
    version: "16.0.10417.20007",
    sets: {
      ...ALL,
      "WordApi 1.4": false,
      "WordApi 1.5": false,
      "WordApi 1.6": false,
      "WordApiDesktop 1.3": false,
    },
    nullUniqueLocalIds: true,
    payloadFailure: "hang",
    dropsRapidEvents: false, // no paragraph events at all below WordApi 1.6
  },
  mac: {
    ...COMMON,
    name: "mac",
    host: "Mac",
    version: "16.99.2",
    sets: { ...ALL },
    idMovesToInsertedParagraph: true,
    searchMaxLength: 128,
    msPerMB: 400,
  },
};

/** The profile named by `WORD_HOST` (Node only), or null when unset; throws on an unknown name. */
export function profileFromEnv(): HostProfile | null {
  const env = typeof process !== "undefined" ? process.env?.WORD_HOST : undefined;
  if (!env) return null;
  return profileNamed(env);
}

/** The profile of that name; throws on an unknown name. */
export function profileNamed(name: string): HostProfile {
  const p = PROFILES[name as HostProfileName];
  if (!p) throw new Error(`Unknown Word host profile "${name}" (${HOST_PROFILES.join(", ")})`);
  return p;
}
