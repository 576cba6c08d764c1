/**
 * @fileoverview The strict Word double: an in-memory stand-in for the slice of the Word
 * JavaScript API that `src/word` uses, backed by a real OOXML package. Create one with
 * {@link createWordDouble}, install its `Word`, `Office` and `OfficeExtension` as globals (or
 * pass `Word.run` to the gateway), then assert results, `stats.syncCount` and `stats.loadLog`.
 * Not shipped; also bundled for the browser end-to-end test, so it uses xmldom/fflate only.
 *
 * Semantics and their sources are documented where they are implemented (`api.ts`,
 * `docModel.ts`). Host profiles (`profile` option or `WORD_HOST`: web, win-m365, win-2024-ltsc,
 * win-2019, mac; `hosts.ts`) switch requirement sets and Word's documented weaknesses: null
 * uniqueLocalId, ids moving on Mac, single-paragraph insertOoxml keeping the target's pPr
 * (office-js#3149), the last inserted paragraph losing its style (#2914), tracked revisions on
 * re-inserted OOXML and deleted text in `text` on the web, payload failures and latency, dropped
 * events, search restrictions, `getByNamespace` quirks, undo cleared; the `wopi` option refuses
 * insertOoxml. Without a profile the double has none of these weaknesses.
 * What the double does NOT simulate: localized built-in style names (Chinese
 * Word's `Paragraph.style` returns 标题 1, the double returns "Heading 1" — match on
 * `styleBuiltIn`), the extra paragraph of office-js-docs#874, web staleness within one run
 * (office-js#3284: the double is always fresh), list labels (`listString`), tracked formatting
 * changes (`w:pPrChange`), bookmarks moved by insertOoxml (#3235, #2479).
 *
 * Custom XML parts: one data store (`DocModel.customXml`, saved as /customXml/itemN.xml with
 * itemProps and relationships, so `docx()` shows them) seen by both the Word API
 * (`document.customXmlParts`, WordApi 1.4, in `api.ts`) and the Common API
 * (`Office.context.document.customXmlParts`, requirement set CustomXmlParts — addAsync,
 * getByIdAsync, getByNamespaceAsync; CustomXmlPart.id/namespaceUri/getXmlAsync/deleteAsync;
 * learn.microsoft.com office.customxmlparts / office.customxmlpart). Common API callbacks run
 * asynchronously with an `AsyncResult` (`status` "succeeded"/"failed", `value`, `error`); each
 * call is logged in `stats.asyncLog` (they are not syncs).
 */
import { readFlatOpc, writeFlatOpc, type OpcPackage } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { DocModel, customXmlNamespace, type CustomXmlEntry } from "./docModel";
import { makeGetFileAsync } from "./files";
import {
  ClientResultDouble,
  OfficeErrorDouble,
  RequestContextDouble,
  fireEvents,
  type DoubleStats,
  type Env,
  type SetName,
} from "./api";
import { type Element, W, parseXml } from "../../src/ooxml/xml";

/** WordprocessingML drawing and DrawingML main namespaces (`wp:inline`, `a:ext`). */
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
import { profileFromEnv, profileNamed, type HostProfile, type HostProfileName } from "./hosts";

export type { DoubleStats, SetName, PayloadStats } from "./api";
export {
  HOST_PROFILES,
  PROFILES,
  profileNamed,
  type HostProfile,
  type HostProfileName,
} from "./hosts";
export { OfficeErrorDouble } from "./api";

/** Options of {@link createWordDouble}. */
export interface WordDoubleOptions {
  /** The document as a .docx (zip bytes). */
  docx?: Uint8Array;
  /** The document as flat OPC (what getOoxml returns). Default: an empty document. */
  flatOpc?: string;
  /** Host platform; "Web" never has WordApiDesktop sets (facts §0). Default "Windows". */
  host?: "Windows" | "Mac" | "Web";
  /** Requirement sets to switch on/off; default all on (WordApiDesktop 1.3 off on Web). */
  sets?: Partial<Record<SetName, boolean>>;
  /**
   * A host profile (hosts.ts): its requirement sets, platform and weaknesses. Without it, a double
   * created without `host` and `sets` takes the profile named by `WORD_HOST` when set (its test
   * file must then say `@hosts all`: test/hosts-guard.ts, scripts/test-hosts.js); a test that
   * states `host` or `sets` keeps exactly what it states.
   */
  profile?: HostProfileName;
  /** Payload bound in characters (default: the profile's; unlimited without a profile). */
  payloadLimit?: number;
  /** A CSPP/WOPI host: every insertOoxml rejects with NotAllowed (office-js#4640). */
  wopi?: boolean;
  /** `Document.changeTrackingMode` at open ("Off" by default). */
  changeTrackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
  /**
   * Real time each `context.sync()` takes before it settles: `msPerSync` plus `msPerMB` per
   * megabyte it moved (bytes read and written, `stats.bytesRead` / `bytesWritten`). Every sync is
   * a round trip to the host, so Word never answers in the same task (docs "Call Word JavaScript
   * APIs … context.sync()"; Mac empty syncs up to 700 ms, office-js#4812); by default the double
   * settles in a microtask and only counts the latency (`stats.payload.latencyMs`). The batch is
   * applied at the sync as always; only the answer waits.
   */
  roundTrip?: { msPerSync: number; msPerMB: number };
}

/** What {@link createWordDouble} returns. */
export interface WordDouble {
  Word: typeof Word;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  stats: DoubleStats;
  /** The host profile in force (null: the plain strict double). */
  profile: HostProfile | null;
  /** True when the user could undo the add-in's last write (false after insertOoxml on the web). */
  undoAvailable(): boolean;
  /** Paragraph event handlers registered now (onParagraphChanged + Added + Deleted). */
  handlerCount(): number;
  faults: {
    /** The next Common API call (…Async) fails (AsyncResult status "failed", error name `name`). */
    failNextAsync(name?: string): void;
    /** The next sync rejects with `code` (GeneralException by default) without applying its batch. */
    failNextSync(code?: string): void;
    /** Lets `n` syncs succeed, then the next one rejects (GeneralException) without applying its batch. */
    failSyncAfter(n: number): void;
    /** Every getOoxml in later batches fails (the batch rejects with GeneralException at that point). */
    failGetOoxml(on?: boolean): void;
    /** The next sync never settles (office-js#719/#702). */
    hangNextSync(): void;
    /**
     * From now on every numbered paragraph inserted (`insertOoxml`) gets a list of its own
     * (`DocModel.listPerInsertedParagraph`: a worst case of office-js-docs#68).
     */
    ownListPerInsertedParagraph(on?: boolean): void;
    /**
     * The writer edits the document after `n` more syncs succeed, just before the next batch
     * is applied (a `Word.run` is not atomic: the document can change between its syncs).
     */
    editAfterSyncs(n: number, edit: () => void): void;
  };
  /** Where the add-in last put the selection; null before any select(). */
  selection(): { paragraphIndex: number; start: number; end: number; text: string } | null;
  /** Flat-OPC of the whole current document. */
  documentOoxml(): string;
  /** The current document as .docx bytes. */
  docx(): Uint8Array;
  /** Simulates the user editing; fires paragraph events asynchronously (WordApi 1.6 handlers). */
  edit: {
    typeText(paragraphIndex: number, text: string): void;
    /** The user retypes [start, end) of a paragraph's text as `text`. */
    retype(paragraphIndex: number, start: number, end: number, text: string): void;
    /** The user switches Track Changes (审阅 → 修订). */
    setChangeTracking(mode: "Off" | "TrackAll" | "TrackMineOnly"): void;
    appendParagraph(text: string): void;
    deleteParagraph(paragraphIndex: number): void;
    /**
     * The user resizes the `picture`-th inline picture of the body (document order, 0-based) to
     * `cx` × `cy` EMU (`wp:extent` and the picture's `a:xfrm/a:ext`), or with `descr` sets its alt
     * text (`wp:docPr/@descr`). Whether Word sends ParagraphChanged for these is not documented
     * (the docs say only "content of paragraphs is changed"); the double sends none, the weaker
     * case: only a comparison of what is loaded (a reconcile, focus) can see them.
     */
    resizePicture(picture: number, cx: number, cy: number): void;
    setPictureAltText(picture: number, descr: string): void;
  };
  /** Resets the counters (not the document). */
  resetStats(): void;
}

/**
 * An empty Word document: one empty paragraph, A4 portrait section, a Normal style; with
 * `numberingXml` (children of `w:numbering`) a numbering part too.
 */
export function emptyDocumentFlatOpc(
  bodyXml = "<w:p/>",
  stylesXml = "",
  numberingXml = ""
): string {
  const rels = "http://schemas.openxmlformats.org/package/2006/relationships";
  const numRel =
    numberingXml === ""
      ? ""
      : `<Relationship Id="rIdNum1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`;
  const numberingPart: [string, { name: string; contentType: string; data: string }][] =
    numberingXml === ""
      ? []
      : [
          [
            "/word/numbering.xml",
            {
              name: "/word/numbering.xml",
              contentType:
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
              data: `<w:numbering xmlns:w="${W}">${numberingXml}</w:numbering>`,
            },
          ],
        ];
  return writeFlatOpc({
    parts: new Map([
      [
        "/_rels/.rels",
        {
          name: "/_rels/.rels",
          contentType: "application/vnd.openxmlformats-package.relationships+xml",
          data: `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        },
      ],
      [
        "/word/document.xml",
        {
          name: "/word/document.xml",
          contentType:
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
          data: `<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
        },
      ],
      [
        "/word/_rels/document.xml.rels",
        {
          name: "/word/_rels/document.xml.rels",
          contentType: "application/vnd.openxmlformats-package.relationships+xml",
          data: `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${numRel}</Relationships>`,
        },
      ],
      ...numberingPart,
      [
        "/word/styles.xml",
        {
          name: "/word/styles.xml",
          contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          data: `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="等线"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${stylesXml}</w:styles>`,
        },
      ],
    ]),
  });
}

const ALL_SETS: SetName[] = [
  "WordApi 1.3",
  "WordApi 1.4",
  "WordApi 1.5",
  "WordApi 1.6",
  "WordApiDesktop 1.3",
  "CustomXmlParts",
];

/**
 * Creates a Word double over a document.
 * @throws OoxmlError when the docx/flat-OPC cannot be read
 */
export function createWordDouble(options: WordDoubleOptions = {}): WordDouble {
  const fromEnv = !options.profile && !options.host && !options.sets;
  // In Jest, test/hosts-guard.ts checks that such a test is one npm run test:hosts runs.
  if (fromEnv) (globalThis as { __wordHostFromEnv?: () => void }).__wordHostFromEnv?.();
  const profile: HostProfile | null = options.profile
    ? profileNamed(options.profile)
    : fromEnv
      ? profileFromEnv()
      : null;
  const host = options.host ?? profile?.host ?? "Windows";
  let pkg: OpcPackage;
  if (options.docx) pkg = readDocx(options.docx);
  else pkg = readFlatOpc(options.flatOpc ?? emptyDocumentFlatOpc());
  const sets = {} as Record<SetName, boolean>;
  for (const s of ALL_SETS) sets[s] = options.sets?.[s] ?? profile?.sets[s] ?? true;
  if (host === "Web") sets["WordApiDesktop 1.3"] = false; // Word on the web never gets WordApiDesktop (facts §0)
  // Sets are cumulative: a host without 1.3 has nothing above it.
  const order: SetName[] = ["WordApi 1.3", "WordApi 1.4", "WordApi 1.5", "WordApi 1.6"];
  for (let i = 1; i < order.length; i++) if (!sets[order[i - 1]!]) sets[order[i]!] = false;

  const model = new DocModel(pkg);
  if (profile) {
    model.quirks.singleParagraphKeepsTargetPPr = profile.singleParagraphKeepsTargetPPr;
    model.quirks.lastInsertedParagraphLosesStyle = profile.lastInsertedParagraphLosesStyle;
    model.quirks.textIncludesDeletedText = profile.textIncludesDeletedText;
  }
  model.changeTrackingMode = options.changeTrackingMode ?? "Off";
  const env: Env = {
    model,
    sets,
    stats: {
      syncCount: 0,
      loadLog: [],
      asyncLog: [],
      bytesRead: 0,
      bytesWritten: 0,
      ooxml: { bodyCalls: 0, paragraphs: 0, inserts: 0 },
      payload: { ooxmlRead: 0, ooxmlWritten: 0, latencyMs: 0, eventsDropped: 0 },
    },
    profile,
    payloadLimit: options.payloadLimit ?? profile?.payloadLimit ?? Infinity,
    wopi: options.wopi ?? false,
    undoAvailable: false,
    eventsInFlight: new Set(),
    roundTrip: options.roundTrip ?? null,
    faults: {
      failNextAsync: null,
      failNext: null,
      failAfter: null,
      failGetOoxml: false,
      hangNext: false,
      editAfter: null,
    },
    selection: null,
    handlers: { changed: new Set(), added: new Set(), deleted: new Set() },
  };

  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1] as (ctx: RequestContextDouble) => unknown;
    const first = args[0] as
      { ctx?: RequestContextDouble; context?: RequestContextDouble } | RequestContextDouble;
    let ctx: RequestContextDouble;
    if (args.length > 1 && first instanceof RequestContextDouble) ctx = first;
    else if (
      args.length > 1 &&
      first &&
      (first as { ctx?: RequestContextDouble }).ctx instanceof RequestContextDouble
    ) {
      ctx = (first as { ctx: RequestContextDouble }).ctx;
    } else ctx = new RequestContextDouble(env);
    const result = batch(ctx);
    if (!result || typeof (result as Promise<unknown>).then !== "function") {
      throw new OfficeErrorDouble(
        "RunMustReturnPromise",
        'The batch function passed to the ".run" method didn\'t return a promise.'
      );
    }
    const value = await (result as Promise<unknown>);
    if (ctx.queue.length > 0) await ctx.sync(); // Word.run sends what is left (counted)
    return value;
  };

  const platform = host === "Web" ? "OfficeOnline" : host === "Mac" ? "Mac" : "PC";
  const isSetSupported = (name: string, version?: string): boolean => {
    const v = Number(version ?? "1.1");
    if (name === "WordApi") {
      if (v <= 1.2) return true;
      const key = `WordApi ${version}` as SetName;
      return key in sets ? sets[key] : false;
    }
    if (name === "WordApiDesktop") return v <= 1.3 && sets["WordApiDesktop 1.3"];
    if (name === "CustomXmlParts") return v <= 1.1 && sets.CustomXmlParts;
    // getFileAsync's table in office.d.ts: Word on Windows and Mac give Compressed and Pdf, the web neither
    if (name === "CompressedFile" || name === "PdfFile") return v <= 1.1 && host !== "Web";
    return false;
  };
  const commonXmlParts = makeCommonXmlParts(env);
  const info = { host: "Word", platform };
  const OfficeD = {
    context: {
      host: "Word",
      platform,
      requirements: { isSetSupported },
      diagnostics: {
        host: "Word",
        platform,
        version: profile?.version ?? (host === "Web" ? "16.0.19000.10000" : "16.0.19029.20208"),
      },
      document: {
        ...(sets.CustomXmlParts ? { customXmlParts: commonXmlParts } : {}),
        getFileAsync: makeGetFileAsync(env, host),
      },
    },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Word: "Word", Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" },
    onReady: (cb?: (i: typeof info) => void) =>
      Promise.resolve(info).then((i) => {
        cb?.(i);
        return i;
      }),
  };
  const WordD = {
    run,
    RequestContext: RequestContextDouble,
    InsertLocation: {
      replace: "Replace",
      start: "Start",
      end: "End",
      before: "Before",
      after: "After",
    },
    Alignment: {
      left: "Left",
      centered: "Centered",
      right: "Right",
      justified: "Justified",
      mixed: "Mixed",
      unknown: "Unknown",
    },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notImplemented: "NotImplemented",
    },
  };
  const OfficeExtensionD = {
    Error: OfficeErrorDouble,
    ClientResult: ClientResultDouble,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      propertyNotLoaded: "PropertyNotLoaded",
      valueNotLoaded: "ValueNotLoaded",
      apiNotFound: "ApiNotFound",
      invalidRequestContext: "InvalidRequestContext",
      runMustReturnPromise: "RunMustReturnPromise",
    },
  };

  const m = (): DocModel => env.model;
  const paraAt = (i: number) => {
    const p = m().paragraphs()[i];
    if (!p) throw new Error(`No paragraph ${i}`);
    return p.el;
  };
  /** The k-th `wp:inline` of the body, in document order. */
  const inlineAt = (k: number): Element => {
    const el = m().body.getElementsByTagNameNS(WP, "inline").item(k);
    if (!el) throw new Error(`No inline picture ${k}`);
    return el;
  };

  return {
    Word: WordD as unknown as typeof Word,
    Office: OfficeD as unknown as typeof Office,
    OfficeExtension: OfficeExtensionD as unknown as typeof OfficeExtension,
    stats: env.stats,
    profile,
    undoAvailable: () => env.undoAvailable,
    handlerCount: () =>
      env.handlers.changed.size + env.handlers.added.size + env.handlers.deleted.size,
    faults: {
      failNextAsync: (name = "Internal Error") => void (env.faults.failNextAsync = name),
      failNextSync: (code = "GeneralException") => void (env.faults.failNext = code),
      failSyncAfter: (n) => void (env.faults.failAfter = n),
      failGetOoxml: (on = true) => void (env.faults.failGetOoxml = on),
      hangNextSync: () => void (env.faults.hangNext = true),
      ownListPerInsertedParagraph: (on = true) => void (env.model.listPerInsertedParagraph = on),
      editAfterSyncs: (n, edit) => void (env.faults.editAfter = { n, edit }),
    },
    selection: () => {
      const s = env.selection;
      if (!s) return null;
      const index = m()
        .paragraphs()
        .findIndex((x) => x.el === s.p);
      return {
        paragraphIndex: index,
        start: s.start,
        end: s.end,
        text: m().text(s.p).slice(s.start, s.end),
      };
    },
    documentOoxml: () => writeFlatOpc(m().syncPackage()),
    docx: () => writeDocx(m().syncPackage()),
    edit: {
      typeText: (i, text) => {
        const p = paraAt(i);
        m().replaceText(p, m().text(p).length, m().text(p).length, text);
        fireEvents(env);
      },
      retype: (i, start, end, text) => {
        m().replaceText(paraAt(i), start, end, text);
        fireEvents(env);
      },
      setChangeTracking: (mode) => void (env.model.changeTrackingMode = mode),
      appendParagraph: (text) => {
        const model = m();
        const p = model.doc.createElementNS(W, "w:p");
        const r = model.doc.createElementNS(W, "w:r");
        const t = model.doc.createElementNS(W, "w:t");
        t.appendChild(model.doc.createTextNode(text));
        r.appendChild(t);
        p.appendChild(r);
        const body = model.body;
        let sect = body.lastChild;
        while (sect && sect.nodeType !== 1) sect = sect.previousSibling;
        body.insertBefore(
          p,
          sect && (sect as { localName?: string }).localName === "sectPr" ? sect : null
        );
        model.added.add(p);
        fireEvents(env);
      },
      deleteParagraph: (i) => {
        m().removeParagraph(paraAt(i));
        fireEvents(env);
      },
      resizePicture: (k, cx, cy) => {
        const inline = inlineAt(k);
        for (const name of ["extent", "ext"]) {
          const list = inline.getElementsByTagNameNS(name === "extent" ? WP : A, name);
          for (let i = 0; i < list.length; i++) {
            list.item(i)!.setAttribute("cx", String(cx));
            list.item(i)!.setAttribute("cy", String(cy));
          }
        }
      },
      setPictureAltText: (k, descr) => {
        inlineAt(k).getElementsByTagNameNS(WP, "docPr").item(0)!.setAttribute("descr", descr);
      },
    },
    resetStats: () => {
      env.stats.syncCount = 0;
      env.stats.loadLog.length = 0;
      env.stats.asyncLog.length = 0;
      env.stats.bytesRead = 0;
      env.stats.bytesWritten = 0;
      env.stats.ooxml.bodyCalls = 0;
      env.stats.ooxml.paragraphs = 0;
      env.stats.ooxml.inserts = 0;
      Object.assign(env.stats.payload, {
        ooxmlRead: 0,
        ooxmlWritten: 0,
        latencyMs: 0,
        eventsDropped: 0,
      });
    },
  };
}

/** An `Office.AsyncResult`-shaped value. */
interface AsyncResultDouble<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

/**
 * The Common API's `Office.context.document.customXmlParts` over the double's data store. Each
 * call is logged, may fail by `faults.failNextAsync`, and calls back asynchronously (never
 * before the call returns).
 */
function makeCommonXmlParts(env: Env): unknown {
  const callback = <T>(name: string, args: unknown[], work: () => T): void => {
    env.stats.asyncLog.push(name);
    const cb = [...args].reverse().find((a) => typeof a === "function") as
      ((r: AsyncResultDouble<T | undefined>) => void) | undefined;
    const fault = env.faults.failNextAsync;
    env.faults.failNextAsync = null;
    let result: AsyncResultDouble<T | undefined>;
    if (fault !== null) {
      result = {
        status: "failed",
        value: undefined,
        error: { code: 5001, name: fault, message: `Injected fault: ${name}` },
      };
    } else {
      try {
        result = { status: "succeeded", value: work() };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        result = {
          status: "failed",
          value: undefined,
          error: { code: 5001, name: "Internal Error", message },
        };
      }
    }
    if (cb) setTimeout(() => cb(result), 0);
  };
  const entry = (id: string): CustomXmlEntry => {
    const e = env.model.customXml.find((x) => x.id === id);
    if (!e) throw new Error(`No custom XML part has id ${id}.`);
    return e;
  };
  const part = (id: string): unknown => ({
    id,
    builtIn: false,
    get namespaceUri(): string {
      return customXmlNamespace(entry(id).xml);
    },
    getXmlAsync: (...args: unknown[]) =>
      callback("CustomXmlPart.getXmlAsync", args, () => entry(id).xml),
    deleteAsync: (...args: unknown[]) =>
      callback("CustomXmlPart.deleteAsync", args, () => {
        const list = env.model.customXml;
        list.splice(list.indexOf(entry(id)), 1);
      }),
  });
  return {
    addAsync: (xml: string, ...args: unknown[]) =>
      callback("CustomXmlParts.addAsync", args, () => {
        parseXml(String(xml), "customXml"); // malformed XML fails the call
        const e = { id: env.model.newGuid(), xml: String(xml) };
        env.model.customXml.push(e);
        return part(e.id);
      }),
    getByIdAsync: (id: string, ...args: unknown[]) =>
      callback("CustomXmlParts.getByIdAsync", args, () => part(entry(id).id)),
    getByNamespaceAsync: (ns: string, ...args: unknown[]) =>
      callback("CustomXmlParts.getByNamespaceAsync", args, () =>
        env.model.customXml.filter((e) => customXmlNamespace(e.xml) === ns).map((e) => part(e.id))
      ),
  };
}

/** Installs a double's `Word`, `Office` and `OfficeExtension` as globals; returns a function that removes them. */
export function installGlobals(d: WordDouble): () => void {
  const g = globalThis as Record<string, unknown>;
  const prev = { Word: g.Word, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Word = d.Word;
  g.Office = d.Office;
  g.OfficeExtension = d.OfficeExtension;
  return () => {
    g.Word = prev.Word;
    g.Office = prev.Office;
    g.OfficeExtension = prev.OfficeExtension;
  };
}
