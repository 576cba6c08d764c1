/**
 * @fileoverview The proxy objects of the Word double: RequestContext, Document, Body,
 * Paragraph(Collection), Range(Collection), Font, Style(Collection), ParagraphFormat,
 * Section(Collection), PageSetup, InlinePicture/Table collections, ListItem and ClientResult —
 * with the load/sync semantics of Office.js made strict:
 *
 * - a scalar property read before `load` + `sync` throws `PropertyNotLoaded` (anchor-codebases
 *   §5b: the strict host double; office-addin-mock only returns a string, facts §9 fact 3);
 * - `load(...)` records its paths in `stats.loadLog` as `Type:path`;
 * - a load or call that needs a requirement set the host lacks rejects the whole batch with
 *   `ApiNotFound` before anything is applied (facts §6 fact 1: "requesting a property the host
 *   lacks fails the whole batch" — exact code VERIFY);
 * - writes are queued and applied in order at `sync`; values are snapshotted at `sync`;
 * - a failure inside a batch stops it: earlier operations of the batch stay applied (Office.js
 *   batches are not transactions: anchor-codebases §6.5 item 2);
 * - every `sync` is counted, including the one `Word.run` makes for leftover queued work.
 *
 * Test code only; no Node APIs.
 */
import {
  DocModel,
  HostError,
  customXmlNamespace,
  type CustomXmlEntry,
  type Span,
  childW,
  ensurePPr,
  ensureRPr,
  setPPrChild,
  setRPrChild,
  valW,
  onOff,
} from "./docModel";
import { W, parseXml, type Element } from "../../src/ooxml/xml";
import type { HostProfile } from "./hosts";

/** Requirement sets the double can switch off. */
export type SetName =
  | "WordApi 1.3"
  | "WordApi 1.4"
  | "WordApi 1.5"
  | "WordApi 1.6"
  | "WordApiDesktop 1.3"
  /** Common API requirement set of `Office.context.document.customXmlParts` (Word 2013+, web, Mac). */
  | "CustomXmlParts";

/** Shared state of one double. */
export interface Env {
  model: DocModel;
  sets: Record<SetName, boolean>;
  stats: DoubleStats;
  faults: {
    /** The next Common API (…Async) call fails with this error name. */
    failNextAsync: string | null;
    failNext: string | null;
    failAfter: number | null;
    failGetOoxml: boolean;
    hangNext: boolean;
    /** The writer edits the document after `n` more syncs, before the next batch is applied. */
    editAfter: { n: number; edit: () => void } | null;
  };
  selection: { p: Element; start: number; end: number } | null;
  handlers: Record<"changed" | "added" | "deleted", Set<(args: unknown) => unknown>>;
  /** The host profile's weaknesses (null: the plain strict double). */
  profile: HostProfile | null;
  /** Payload bound in characters (the profile's, or the double's option). */
  payloadLimit: number;
  /** A CSPP/WOPI host: every insertOoxml rejects with NotAllowed (office-js#4640, #2893, #1341). */
  wopi: boolean;
  /** True while the user could still undo the add-in's last write (see HostProfile.insertOoxmlClearsUndo). */
  undoAvailable: boolean;
  /** Event kinds with a delivery still pending (office-js#4874: a second one is dropped). */
  eventsInFlight: Set<string>;
  /** Real time a sync takes (see WordDoubleOptions.roundTrip); null: it settles in a microtask. */
  roundTrip: { msPerSync: number; msPerMB: number } | null;
}

/** Payload counters of a double: characters of OOXML read and written, simulated latency. */
export interface PayloadStats {
  ooxmlRead: number;
  ooxmlWritten: number;
  /** Simulated milliseconds for the OOXML moved (profile msPerMB; 0 without a profile). */
  latencyMs: number;
  /** Paragraph events dropped by the profile (office-js#4874). */
  eventsDropped: number;
}

/**
 * What the double counts. `bytesRead`: UTF-8 bytes of every value it hands back to the add-in
 * (loaded scalar properties as JSON text, ClientResult values such as OOXML strings) — what
 * crosses the host boundary, the measure of issue 7's `recheck-bytes`. `ooxml`: getOoxml calls of
 * the whole body, and body paragraphs returned by Paragraph/Range getOoxml (chunks and changed
 * paragraphs), so a bench can tell a full read from a partial one.
 */
export interface DoubleStats {
  syncCount: number;
  loadLog: string[];
  asyncLog: string[];
  bytesRead: number;
  /** `inserts`: insertOoxml calls (Body, Paragraph, Range). */
  ooxml: { bodyCalls: number; paragraphs: number; inserts: number };
  /**
   * UTF-8 bytes the add-in sends to the host in writes: `insertOoxml` packages, `insertText` /
   * `insertParagraph` text and every property value set (`style = "…"`, `alignment = …`, as JSON
   * text for non-strings) — the measure of issue 7's `format-bytes … written=N`.
   */
  bytesWritten: number;
  /** OOXML characters read/written, simulated latency and dropped events (host profiles). */
  payload: PayloadStats;
}

/** Adds the UTF-8 size of `v` (JSON text for non-strings; proxies and arrays of proxies count 0). */
export function countRead(env: Env, v: unknown): void {
  if (typeof v === "string") env.stats.bytesRead += utf8Length(v);
  else if (typeof v === "number" || typeof v === "boolean" || v === null)
    env.stats.bytesRead += String(v).length;
  else if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number"))
    env.stats.bytesRead += utf8Length(JSON.stringify(v));
}

/** Adds the UTF-8 size of a value the add-in writes (strings as is, anything else as JSON text). */
export function countWritten(env: Env, v: unknown): void {
  env.stats.bytesWritten += utf8Length(typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// --------------------------------------------------------------------------------------------
// Errors

/** An error shaped like `OfficeExtension.Error` (name, message, code, debugInfo, traceMessages). */
export class OfficeErrorDouble extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      location === undefined ? { code, message } : { code, message, errorLocation: location };
  }
}

function notLoaded(type: string, prop: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`
  );
}

// --------------------------------------------------------------------------------------------
// Context

interface LoadAction {
  kind: "load";
  obj: ClientObject;
  paths: string[];
}
interface OpAction {
  kind: "op";
  req?: SetName;
  label: string;
  run: () => void;
}
type Action = LoadAction | OpAction;

/** The double's `Word.RequestContext`. */
export class RequestContextDouble {
  readonly queue: Action[] = [];
  readonly document: DocumentDouble;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly nullables: ClientObject[] = [];
  /** Incremented at each sync: collections loaded twice in one batch keep one item list. */
  epoch = 0;
  constructor(readonly env: Env) {
    this.document = new DocumentDouble(this);
  }

  /** Queues an operation. */
  op(label: string, run: () => void, req?: SetName): void {
    this.queue.push(
      req === undefined ? { kind: "op", label, run } : { kind: "op", label, run, req }
    );
  }

  /** Sends the queued batch: validates requirement sets, applies in order, snapshots loads. */
  sync(): Promise<void> {
    const env = this.env;
    const moved = env.stats.bytesRead + env.stats.bytesWritten;
    const settled = this.syncNow();
    const rt = env.roundTrip;
    if (rt === null) return settled;
    // The batch is applied at once (as before); the answer comes back after the round trip.
    const mb = (env.stats.bytesRead + env.stats.bytesWritten - moved) / 1_000_000;
    const ms = rt.msPerSync + mb * rt.msPerMB;
    const later = (): Promise<void> => new Promise((res) => setTimeout(res, ms));
    return settled.then(later, async (e: unknown) => {
      await later();
      throw e;
    });
  }

  /** The batch sent and answered (the round trip's time aside). */
  private syncNow(): Promise<void> {
    const env = this.env;
    env.stats.syncCount++;
    this.epoch++;
    const batch = this.queue.splice(0);
    if (env.faults.hangNext) {
      env.faults.hangNext = false;
      return new Promise<void>(() => undefined);
    }
    if (env.faults.failNext !== null) {
      const code = env.faults.failNext;
      env.faults.failNext = null;
      return Promise.reject(new OfficeErrorDouble(code, `Injected fault: ${code}`, "sync"));
    }
    if (env.faults.failAfter !== null) {
      if (env.faults.failAfter <= 0) {
        env.faults.failAfter = null;
        return Promise.reject(
          new OfficeErrorDouble("GeneralException", "Injected fault after n syncs", "sync")
        );
      }
      env.faults.failAfter--;
    }
    // A Word.run is not atomic: the writer can type between two of its syncs.
    if (env.faults.editAfter !== null) {
      if (env.faults.editAfter.n <= 0) {
        const { edit } = env.faults.editAfter;
        env.faults.editAfter = null;
        edit();
      } else env.faults.editAfter.n--;
    }
    // The host rejects a batch that uses an API of a set it lacks, before applying anything.
    for (const a of batch) {
      const missing =
        a.kind === "op" ? (a.req && !env.sets[a.req] ? a.req : null) : missingForLoad(a, env);
      if (missing) {
        return Promise.reject(
          new OfficeErrorDouble(
            "ApiNotFound",
            `This API needs ${missing}, which this host does not support.`,
            a.kind === "op" ? a.label : `${a.obj.typeName}.load(${a.paths.join(",")})`
          )
        );
      }
    }
    try {
      for (const a of batch) {
        if (a.kind === "op") {
          a.run();
          // A write the user could undo (insertOoxml decides for itself: beforeInsertOoxml).
          if (/=$|\.(insertText|insertParagraph|delete|clear|set\w*)$/.test(a.label))
            env.undoAvailable = true;
        } else
          for (const p of a.paths)
            loadPath(
              a.obj,
              p.split("/").filter((s) => s !== "")
            );
      }
      for (const n of this.nullables.splice(0)) n.resolveNull();
    } catch (e) {
      this.flushEvents();
      if (e instanceof PayloadHang) return new Promise<void>(() => undefined);
      if (e instanceof OfficeErrorDouble) return Promise.reject(e);
      if (e instanceof HostError) return Promise.reject(new OfficeErrorDouble(e.code, e.message));
      return Promise.reject(new OfficeErrorDouble("GeneralException", String(e)));
    }
    this.flushEvents();
    return Promise.resolve();
  }

  /** Fires paragraph events for what the batch changed, asynchronously (facts §5 fact 1: add-in changes fire them too). */
  flushEvents(): void {
    fireEvents(this.env);
  }
}

/** Thrown inside a batch whose payload makes the host hang: the sync never settles (office-js#702). */
class PayloadHang extends Error {}

/**
 * Counts an OOXML payload of `chars` characters (`stats.payload`) and fails the batch when it is
 * above the payload bound: the profile's "hang" or GeneralException (see HostProfile.payloadLimit).
 */
export function payload(env: Env, kind: "read" | "write", chars: number, where: string): void {
  const st = env.stats.payload;
  if (kind === "read") st.ooxmlRead += chars;
  else st.ooxmlWritten += chars;
  if (env.profile) st.latencyMs += (chars / 1_000_000) * env.profile.msPerMB;
  if (chars > env.payloadLimit) {
    if (env.profile?.payloadFailure === "hang") throw new PayloadHang(where);
    throw new HostError(
      "GeneralException",
      `${where}: the payload of ${chars} characters is above this host's bound (${env.payloadLimit}).`
    );
  }
}

/** What `uniqueLocalId` reads for a paragraph on this host (null without Microsoft 365: office-js#4258). */
export function idFor(env: Env, p: Element): string | null {
  return env.profile?.nullUniqueLocalIds ? null : env.model.idOf(p);
}

/** Fires queued paragraph events (asynchronously, after the current call returns). */
export function fireEvents(env: Env): void {
  const m = env.model;
  const changed = [...m.changed]
    .filter((p) => m.attached(p) && !m.added.has(p))
    .map((p) => idFor(env, p));
  const added = [...m.added].filter((p) => m.attached(p)).map((p) => idFor(env, p));
  const deleted = env.profile?.nullUniqueLocalIds ? m.deleted.map(() => null) : [...m.deleted];
  m.changed.clear();
  m.added.clear();
  m.deleted = [];
  const fire = (
    kind: "changed" | "added" | "deleted",
    type: string,
    ids: (string | null)[]
  ): void => {
    if (ids.length === 0 || env.handlers[kind].size === 0) return;
    // office-js#4874: rapid edits lose events — one still undelivered swallows the next.
    if (env.profile?.dropsRapidEvents && env.eventsInFlight.has(kind)) {
      env.stats.payload.eventsDropped++;
      return;
    }
    env.eventsInFlight.add(kind);
    void Promise.resolve().then(() => env.eventsInFlight.delete(kind));
    for (const h of [...env.handlers[kind]]) {
      countRead(env, ids); // the event's payload crosses the host boundary too
      void Promise.resolve().then(() => h({ type, source: "Local", uniqueLocalIds: ids }));
    }
  };
  fire("changed", "ParagraphChanged", changed);
  fire("added", "ParagraphAdded", added);
  fire("deleted", "ParagraphDeleted", deleted);
}

// --------------------------------------------------------------------------------------------
// Property tables

interface PropDef {
  req?: SetName;
  get: (self: ClientObject) => unknown;
  set?: (self: ClientObject, value: unknown) => void;
}
type Ctor = new (...args: never[]) => ClientObject;
interface NavDef {
  req?: SetName;
  cls: () => Ctor;
}

const PROPS = new Map<Ctor, Record<string, PropDef>>();
const NAVS = new Map<Ctor, Record<string, NavDef>>();
const ITEM = new Map<Ctor, () => Ctor>();
const CLASS_REQ = new Map<Ctor, SetName>();

function define(
  cls: Ctor,
  props: Record<string, PropDef>,
  navs: Record<string, NavDef> = {}
): void {
  PROPS.set(cls, props);
  NAVS.set(cls, navs);
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this.read(name);
      },
      set(this: ClientObject, v: unknown) {
        if (!def.set)
          throw new OfficeErrorDouble("InvalidArgument", `${this.typeName}.${name} is read-only.`);
        const setter = def.set;
        this.ctx.op(
          `${this.typeName}.${name}=`,
          () => {
            countWritten(this.ctx.env, v);
            setter(this, v);
          },
          def.req ?? CLASS_REQ.get(cls)
        );
      },
    });
  }
}

function missingForLoad(a: LoadAction, env: Env): SetName | null {
  const walk = (cls: Ctor, segs: string[]): SetName | null => {
    const classReq = CLASS_REQ.get(cls);
    if (classReq && !env.sets[classReq]) return classReq;
    const [seg, ...rest] = segs;
    if (seg === undefined) return null;
    const item = ITEM.get(cls);
    if (item && (seg === "items" || seg === "$none"))
      return seg === "$none" ? null : walk(item(), rest);
    const p = PROPS.get(cls)?.[seg];
    if (p) return p.req && !env.sets[p.req] ? p.req : null;
    const n = NAVS.get(cls)?.[seg];
    if (n) return n.req && !env.sets[n.req] ? n.req : walk(n.cls(), rest);
    return null; // unknown names fail at apply time with InvalidArgument
  };
  for (const path of a.paths) {
    const m = walk(
      a.obj.constructor as Ctor,
      path.split("/").filter((s) => s !== "")
    );
    if (m) return m;
  }
  return null;
}

function loadPath(obj: ClientObject, segs: string[]): void {
  const cls = obj.constructor as Ctor;
  // Loading through a null object (…OrNullObject that found nothing) loads nothing.
  if (obj.isNullTarget()) return;
  const [seg, ...rest] = segs;
  if (seg === undefined) {
    // A bare navigation load loads every scalar of the object the host supports.
    for (const [name, def] of Object.entries(PROPS.get(cls) ?? {})) {
      if (!def.req || obj.ctx.env.sets[def.req]) {
        const v = def.get(obj);
        countRead(obj.ctx.env, v);
        obj.values.set(name, v);
      }
    }
    if (ITEM.has(cls)) (obj as CollectionBase<ClientObject>).loadItems();
    return;
  }
  if (ITEM.has(cls) && (seg === "items" || seg === "$none")) {
    const items = (obj as CollectionBase<ClientObject>).loadItems();
    if (seg === "items") for (const it of items) loadPath(it, rest);
    return;
  }
  const p = PROPS.get(cls)?.[seg];
  if (p) {
    const v = p.get(obj);
    countRead(obj.ctx.env, v);
    obj.values.set(seg, v);
    return;
  }
  const n = NAVS.get(cls)?.[seg];
  if (n) {
    loadPath((obj as unknown as Record<string, ClientObject>)[seg]!, rest);
    return;
  }
  throw new OfficeErrorDouble(
    "InvalidArgument",
    `${obj.typeName} has no property '${seg}'.`,
    `${obj.typeName}.load`
  );
}

function normalizeLoad(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [""];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(spec)) return spec.flatMap((s) => normalizeLoad(s));
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      return [...normalizeLoad(o.select ?? []), ...normalizeLoad(o.expand ?? [])];
    }
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(k);
      else if (v && typeof v === "object") {
        const sub = normalizeLoad(v);
        for (const s of sub) out.push(s === "" ? k : `${k}/${s}`);
      }
    }
    return out;
  }
  return [];
}

// --------------------------------------------------------------------------------------------
// Base classes

/** Base of every proxy: context, snapshotted values, load, track/untrack. */
export abstract class ClientObject {
  readonly values = new Map<string, unknown>();
  private navCache = new Map<string, ClientObject>();
  protected nullState: boolean | undefined;
  abstract readonly typeName: string;
  constructor(readonly ctx: RequestContextDouble) {}

  get context(): RequestContextDouble {
    return this.ctx;
  }

  read(name: string): unknown {
    if (!this.values.has(name)) throw notLoaded(this.typeName, name);
    return this.values.get(name);
  }

  /** `load(...)`: queues the paths (strings, comma lists, arrays, `{select, expand}` or nested objects). */
  load(spec?: unknown): this {
    const paths = normalizeLoad(spec);
    for (const p of paths) this.ctx.env.stats.loadLog.push(`${this.typeName}:${p}`);
    this.ctx.queue.push({ kind: "load", obj: this, paths });
    return this;
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  /** Navigation properties are created once per proxy. */
  protected nav<T extends ClientObject>(name: string, make: () => T): T {
    let n = this.navCache.get(name);
    if (!n) {
      n = make();
      this.navCache.set(name, n);
    }
    return n as T;
  }

  /** For *OrNullObject proxies: decided at the next sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }
  resolveNull(): void {
    /* overridden by nullable proxies */
  }
  /** True for a nullable proxy whose target does not exist (decided now). */
  isNullTarget(): boolean {
    return false;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

/** A collection proxy: `items` after load, resolved at sync. */
abstract class CollectionBase<T extends ClientObject> extends ClientObject {
  abstract targets(): unknown[];
  abstract makeItem(target: unknown): T;
  private loadedEpoch = -1;
  loadItems(): T[] {
    if (this.loadedEpoch === this.ctx.epoch && Array.isArray(this.values.get("items")))
      return this.values.get("items") as T[];
    const items = this.targets().map((t) => this.makeItem(t));
    this.values.set("items", items);
    this.loadedEpoch = this.ctx.epoch;
    return items;
  }
  get items(): T[] {
    return this.read("items") as T[];
  }
}

// --------------------------------------------------------------------------------------------
// Helpers over the model

function model(o: ClientObject): DocModel {
  return o.ctx.env.model;
}

function wholeSpan(m: DocModel, paras: Element[]): Span & { paras: Element[] } {
  const last = paras[paras.length - 1]!;
  return { startP: paras[0]!, start: 0, endP: last, end: m.text(last).length, paras };
}

function parasOfSpan(m: DocModel, s: Span): Element[] {
  const all = m.paragraphs().map((x) => x.el);
  const a = all.indexOf(s.startP);
  const b = all.indexOf(s.endP);
  if (a < 0 || b < 0)
    throw new HostError("ItemNotFound", "The range is no longer in the document.");
  return all.slice(a, b + 1);
}

const ALIGN_TO_JC: Record<string, string> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "both",
};

function setJc(pPrOwner: Element, value: unknown): void {
  const jc = ALIGN_TO_JC[String(value)];
  if (!jc) throw new HostError("InvalidArgument", `Invalid alignment ${String(value)}`);
  setPPrChild(ensurePPr(pPrOwner), "jc").setAttributeNS(W, "w:val", jc);
}

/** `lineSpacing = n` writes a multiple, not an exact rule: w:line = round(n/12 × 240), lineRule auto (facts §2 fact 3; office-js#2296, #3203). */
function setLineSpacing(pPrOwner: Element, value: unknown): void {
  const n = Number(value);
  if (!(n > 0)) throw new HostError("InvalidArgument", "lineSpacing must be > 0 (office-js#3787)");
  const sp = setPPrChild(ensurePPr(pPrOwner), "spacing");
  sp.setAttributeNS(W, "w:line", String(Math.round((n / 12) * 240)));
  sp.setAttributeNS(W, "w:lineRule", "auto");
}

/**
 * The text a non-wildcard search string stands for: the special codes of the docs page "Use
 * search options in your Word add-in to find text" (search-option-guidance, "Search for special
 * characters") that the add-in sends — `^t` a tab, `^l` a manual line break (`\v` in
 * `Paragraph.text`), `^^` a caret. Word has more codes (`^p`, `^?`, `^#`, `^m` …); the double
 * does not model them and refuses them (InvalidArgument) rather than matching them literally,
 * so no code can come to rely on a code the double treats more kindly than Word.
 */
function decodeSpecialCodes(text: string): string {
  return text.replace(/\^(.?)/gs, (_, c: string) => {
    if (c === "t") return "\t";
    if (c === "l") return "\v";
    if (c === "^") return "^";
    throw new HostError(
      "InvalidArgument",
      `The double does not model the search code ^${c} (search-option-guidance).`
    );
  });
}

function searchSpans(env: Env, within: Span, text: string, matchCase: boolean): Span[] {
  const m = env.model;
  if (text.length === 0)
    throw new HostError("InvalidArgument", "Search string is empty (office-js#2413).");
  const max = env.profile?.searchMaxLength ?? 255;
  if (text.length > max) {
    throw new HostError(
      "InvalidArgument",
      `Search string longer than ${max} characters (office-js#168, #320 on Mac; facts §8 fact 2).`
    );
  }
  // office-js#2331, #5403: a tab or soft line break in the search string finds nothing.
  if (env.profile?.searchMissesControlChars && /[\t\v]/.test(text)) return [];
  const decoded = decodeSpecialCodes(text);
  const out: Span[] = [];
  const needle = matchCase ? decoded : decoded.toLowerCase();
  for (const p of parasOfSpan(m, within)) {
    const full = m.text(p);
    const from = p === within.startP ? within.start : 0;
    const to = p === within.endP ? within.end : full.length;
    const hay = matchCase ? full.slice(from, to) : full.slice(from, to).toLowerCase();
    let i = hay.indexOf(needle);
    while (i >= 0) {
      out.push({ startP: p, start: from + i, endP: p, end: from + i + needle.length });
      i = hay.indexOf(needle, i + needle.length);
    }
  }
  return out;
}

// --------------------------------------------------------------------------------------------
// Document, Body

type EventKind = "changed" | "added" | "deleted";

class EventHandlersDouble {
  constructor(
    private readonly ctx: RequestContextDouble,
    private readonly kind: EventKind
  ) {}
  /** Registers at the next sync; needs WordApi 1.6 (facts §5 fact 1). */
  add(handler: (args: unknown) => unknown): { context: RequestContextDouble; remove: () => void } {
    const env = this.ctx.env;
    this.ctx.op(
      `Document.onParagraph${this.kind}.add`,
      () => void env.handlers[this.kind].add(handler),
      "WordApi 1.6"
    );
    return {
      context: this.ctx,
      remove: () =>
        this.ctx.op(
          "EventHandlerResult.remove",
          () => void env.handlers[this.kind].delete(handler)
        ),
    };
  }
}

export class DocumentDouble extends ClientObject {
  readonly typeName = "Document";
  get body(): BodyDouble {
    return this.nav("body", () => new BodyDouble(this.ctx));
  }
  get sections(): SectionCollectionDouble {
    return this.nav(
      "sections",
      () => new SectionCollectionDouble(this.ctx, () => model(this).sections())
    );
  }
  /** Document.pageSetup (WordApiDesktop 1.3): every section. */
  get pageSetup(): PageSetupDouble {
    return this.nav("pageSetup", () => new PageSetupDouble(this.ctx, () => model(this).sections()));
  }
  private events: Partial<Record<EventKind, EventHandlersDouble>> = {};
  private handlersOf(kind: EventKind): EventHandlersDouble {
    return (this.events[kind] ??= new EventHandlersDouble(this.ctx, kind));
  }
  get onParagraphChanged(): EventHandlersDouble {
    return this.handlersOf("changed");
  }
  get onParagraphAdded(): EventHandlersDouble {
    return this.handlersOf("added");
  }
  get onParagraphDeleted(): EventHandlersDouble {
    return this.handlersOf("deleted");
  }
  /** `document.customXmlParts` (WordApi 1.4): the data store of custom XML parts. */
  get customXmlParts(): CustomXmlPartCollectionDouble {
    return this.nav("customXmlParts", () => new CustomXmlPartCollectionDouble(this.ctx));
  }
  /** WordApi 1.5. */
  getStyles(): StyleCollectionDouble {
    this.ctx.op("Document.getStyles", () => undefined, "WordApi 1.5");
    return new StyleCollectionDouble(this.ctx);
  }
  /** WordApi 1.6; ItemNotFound at sync when no paragraph has the id (facts §5 fact 2). */
  getParagraphByUniqueLocalId(id: string): ParagraphDouble {
    const ctx = this.ctx;
    ctx.op("Document.getParagraphByUniqueLocalId", () => undefined, "WordApi 1.6");
    return new ParagraphDouble(ctx, () => {
      const m = ctx.env.model;
      const hit = m.paragraphs().find((x) => id && idFor(ctx.env, x.el) === id);
      if (!hit) throw new HostError("ItemNotFound", `No paragraph has uniqueLocalId ${id}.`);
      return hit.el;
    });
  }
}
define(
  DocumentDouble,
  {
    /** WordApi 1.4: "Off" | "TrackAll" | "TrackMineOnly" (learn.microsoft.com word.changetrackingmode). */
    changeTrackingMode: {
      req: "WordApi 1.4",
      get: (s) => model(s).changeTrackingMode,
      set: (s, v) => {
        if (!["Off", "TrackAll", "TrackMineOnly"].includes(String(v)))
          throw new HostError("InvalidArgument", `changeTrackingMode ${String(v)}`);
        model(s).changeTrackingMode = String(v);
      },
    },
  },
  {
    body: { cls: () => BodyDouble },
    sections: { cls: () => SectionCollectionDouble },
    pageSetup: { cls: () => PageSetupDouble, req: "WordApiDesktop 1.3" },
    customXmlParts: {
      cls: () => CustomXmlPartCollectionDouble,
      req: "WordApi 1.4",
    },
  }
);

export class BodyDouble extends ClientObject {
  readonly typeName = "Body";
  get paragraphs(): ParagraphCollectionDouble {
    return this.nav(
      "paragraphs",
      () =>
        new ParagraphCollectionDouble(this.ctx, () =>
          model(this)
            .paragraphs()
            .map((x) => x.el)
        )
    );
  }
  get tables(): TableCollectionDouble {
    return this.nav("tables", () => new TableCollectionDouble(this.ctx));
  }
  get inlinePictures(): InlinePictureCollectionDouble {
    return this.nav(
      "inlinePictures",
      () =>
        new InlinePictureCollectionDouble(this.ctx, () =>
          model(this)
            .paragraphs()
            .map((x) => x.el)
        )
    );
  }
  getOoxml(): ClientResultDouble<string> {
    const r = new ClientResultDouble<string>(this.ctx.env);
    this.ctx.op("Body.getOoxml", () => {
      if (this.ctx.env.faults.failGetOoxml)
        throw new HostError("GeneralException", "getOoxml failed (injected fault).");
      const m = model(this);
      this.ctx.env.stats.ooxml.bodyCalls++;
      const xml = m.ooxmlOf(
        elementKids(m.body).filter((e) => !(e.namespaceURI === W && e.localName === "sectPr"))
      );
      payload(this.ctx.env, "read", xml.length, "Body.getOoxml");
      r.set(xml);
    });
    return r;
  }
  insertOoxml(ooxml: string, loc: string): RangeDouble {
    let inserted: Element[] = [];
    this.ctx.op("Body.insertOoxml", () => {
      if (!["Replace", "Start", "End"].includes(loc))
        throw new HostError("InvalidArgument", `Body.insertOoxml: bad location ${loc}`);
      beforeInsertOoxml(this.ctx.env, ooxml, "Body.insertOoxml");
      const m = model(this);
      inserted = m.insertIntoBody(m.importOoxml(ooxml), loc);
    });
    return new RangeDouble(this.ctx, () => {
      if (inserted.length === 0) throw new HostError("ItemNotFound", "Nothing was inserted.");
      return wholeSpan(model(this), inserted);
    });
  }
  insertParagraph(text: string, loc: string): ParagraphDouble {
    let created: Element | null = null;
    this.ctx.op("Body.insertParagraph", () => {
      countWritten(this.ctx.env, text);
      const m = model(this);
      const p = newParagraph(m, text);
      const body = m.body;
      if (loc === "Start") body.insertBefore(p, body.firstChild);
      else if (loc === "End") body.insertBefore(p, childW(body, "sectPr"));
      else throw new HostError("InvalidArgument", `Body.insertParagraph: bad location ${loc}`);
      m.added.add(p);
      created = p;
    });
    return new ParagraphDouble(this.ctx, () => created ?? fail("ItemNotFound", "not inserted"));
  }
  clear(): void {
    this.ctx.op("Body.clear", () => {
      const m = model(this);
      m.insertIntoBody([], "Replace");
    });
  }
  getRange(loc = "Whole"): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      const m = model(this);
      const paras = m.paragraphs().map((x) => x.el);
      const s = wholeSpan(m, paras);
      if (loc === "Start") return { startP: s.startP, start: 0, endP: s.startP, end: 0 };
      if (loc === "End") return { startP: s.endP, start: s.end, endP: s.endP, end: s.end };
      return s;
    });
  }
  search(text: string, options: { matchCase?: boolean } = {}): RangeCollectionDouble {
    const whole = this.getRange("Whole");
    return new RangeCollectionDouble(this.ctx, () =>
      searchSpans(this.ctx.env, whole.span(), text, options.matchCase ?? false)
    );
  }
  select(): void {
    const r = this.getRange("Whole");
    r.select();
  }
}
define(
  BodyDouble,
  {
    text: {
      get: (s) => {
        const m = model(s);
        return m
          .paragraphs()
          .map((x) => m.text(x.el))
          .join("\r");
      },
    },
  },
  {
    paragraphs: { cls: () => ParagraphCollectionDouble },
    tables: { cls: () => TableCollectionDouble, req: "WordApi 1.3" },
    inlinePictures: { cls: () => InlinePictureCollectionDouble },
  }
);

/**
 * Checks common to every insertOoxml: a CSPP/WOPI host refuses it with NotAllowed ("The action
 * isn't supported by Word in a browser", office-js#4640, #2893, #1341); the payload is counted
 * and bounded; on hosts where insertOoxml does not support undo the undo stack is cleared.
 */
function beforeInsertOoxml(env: Env, ooxml: string, where: string): void {
  if (env.wopi)
    throw new HostError("NotAllowed", "The action isn't supported by Word in a browser.");
  payload(env, "write", String(ooxml).length, where);
  countWritten(env, String(ooxml));
  env.stats.ooxml.inserts++;
  env.undoAvailable = !env.profile?.insertOoxmlClearsUndo;
}

function elementKids(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

function fail(code: string, message: string): never {
  throw new HostError(code, message);
}

function newParagraph(m: DocModel, text: string): Element {
  const p = m.doc.createElementNS(W, "w:p");
  if (text !== "") {
    const r = m.doc.createElementNS(W, "w:r");
    const t = m.doc.createElementNS(W, "w:t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.appendChild(m.doc.createTextNode(text));
    r.appendChild(t);
    p.appendChild(r);
  }
  return p;
}

// --------------------------------------------------------------------------------------------
// Paragraphs

export class ParagraphCollectionDouble extends CollectionBase<ParagraphDouble> {
  readonly typeName = "ParagraphCollection";
  constructor(
    ctx: RequestContextDouble,
    private readonly resolve: () => Element[]
  ) {
    super(ctx);
  }
  targets(): Element[] {
    return this.resolve();
  }
  makeItem(t: unknown): ParagraphDouble {
    const el = t as Element;
    return new ParagraphDouble(this.ctx, () => el);
  }
  getFirst(): ParagraphDouble {
    return new ParagraphDouble(
      this.ctx,
      () => this.resolve()[0] ?? fail("ItemNotFound", "The collection is empty.")
    );
  }
  getLast(): ParagraphDouble {
    return new ParagraphDouble(this.ctx, () => {
      const all = this.resolve();
      return all[all.length - 1] ?? fail("ItemNotFound", "The collection is empty.");
    });
  }
}
ITEM.set(ParagraphCollectionDouble, () => ParagraphDouble);
define(ParagraphCollectionDouble, {});

export class ParagraphDouble extends ClientObject {
  readonly typeName = "Paragraph";
  private bound: Element | null = null;
  constructor(
    ctx: RequestContextDouble,
    private readonly resolver: () => Element
  ) {
    super(ctx);
  }
  /** The paragraph element, bound at first use inside a sync; ItemNotFound once deleted. */
  el(): Element {
    if (!this.bound) this.bound = this.resolver();
    if (!model(this).attached(this.bound))
      throw new HostError("ItemNotFound", "The paragraph is no longer in the document.");
    return this.bound;
  }
  get font(): FontDouble {
    return this.nav(
      "font",
      () => new FontDouble(this.ctx, () => ({ kind: "span", span: this.wholeSpan() }))
    );
  }
  get inlinePictures(): InlinePictureCollectionDouble {
    return this.nav(
      "inlinePictures",
      () => new InlinePictureCollectionDouble(this.ctx, () => [this.el()])
    );
  }
  /** `listItem` (WordApi 1.3): ItemNotFound at sync when the paragraph is not a list item. */
  get listItem(): ListItemDouble {
    return this.nav("listItem", () => new ListItemDouble(this.ctx, () => this.el(), true));
  }
  /** `listItemOrNullObject` (WordApi 1.3). */
  get listItemOrNullObject(): ListItemDouble {
    return this.nav("listItemOrNullObject", () => new ListItemDouble(this.ctx, () => this.el()));
  }
  /** `list` (WordApi 1.3): ItemNotFound at sync when the paragraph is in no list. */
  get list(): ListDouble {
    return this.nav("list", () => new ListDouble(this.ctx, () => this.el(), true));
  }
  /** `listOrNullObject` (WordApi 1.3). */
  get listOrNullObject(): ListDouble {
    return this.nav("listOrNullObject", () => new ListDouble(this.ctx, () => this.el()));
  }
  /** `attachToList(listId, level)` (WordApi 1.3): see `DocModel.attachToList`. */
  attachToList(listId: number, level: number): ListDouble {
    this.ctx.op(
      "Paragraph.attachToList",
      () => model(this).attachToList(this.el(), listId, level),
      "WordApi 1.3"
    );
    return new ListDouble(this.ctx, () => this.el(), true);
  }
  /** `detachFromList()` (WordApi 1.3): see `DocModel.detachFromList`. */
  detachFromList(): void {
    this.ctx.op(
      "Paragraph.detachFromList",
      () => model(this).detachFromList(this.el()),
      "WordApi 1.3"
    );
  }
  /** `getNext()` (WordApi 1.3): the next paragraph of the story; ItemNotFound after the last. */
  getNext(): ParagraphDouble {
    this.ctx.op("Paragraph.getNext", () => undefined, "WordApi 1.3");
    return new ParagraphDouble(this.ctx, () => {
      const all = model(this).paragraphs();
      const at = all.findIndex((x) => x.el === this.el());
      return all[at + 1]?.el ?? fail("ItemNotFound", "There is no next paragraph.");
    });
  }
  wholeSpan(): Span {
    const el = this.el();
    return { startP: el, start: 0, endP: el, end: model(this).text(el).length };
  }
  /** WordApi 1.3 ("Whole" | "Start" | "End" | "Content"). */
  getRange(loc = "Whole"): RangeDouble {
    this.ctx.op("Paragraph.getRange", () => undefined, "WordApi 1.3");
    return new RangeDouble(this.ctx, () => {
      const s = this.wholeSpan();
      if (loc === "Start") return { ...s, end: 0 };
      if (loc === "End") return { ...s, start: s.end };
      return { ...s, paras: [s.startP] } as Span;
    });
  }
  search(text: string, options: { matchCase?: boolean } = {}): RangeCollectionDouble {
    return new RangeCollectionDouble(this.ctx, () =>
      searchSpans(this.ctx.env, this.wholeSpan(), text, options.matchCase ?? false)
    );
  }
  select(): void {
    this.ctx.op("Paragraph.select", () => {
      const s = this.wholeSpan();
      this.ctx.env.selection = { p: s.startP, start: 0, end: s.end };
    });
  }
  getOoxml(): ClientResultDouble<string> {
    const r = new ClientResultDouble<string>(this.ctx.env);
    this.ctx.op("Paragraph.getOoxml", () => {
      if (this.ctx.env.faults.failGetOoxml)
        throw new HostError("GeneralException", "getOoxml failed (injected fault).");
      this.ctx.env.stats.ooxml.paragraphs++;
      const xml = model(this).ooxmlOf([this.el()]);
      payload(this.ctx.env, "read", xml.length, "Paragraph.getOoxml");
      r.set(xml);
    });
    return r;
  }
  /** Only "Replace" is simulated; one paragraph replacing one keeps the paragraph (and its uniqueLocalId). */
  insertOoxml(ooxml: string, loc: string): RangeDouble {
    let inserted: Element[] = [];
    this.ctx.op("Paragraph.insertOoxml", () => {
      if (loc !== "Replace")
        throw new HostError(
          "NotImplemented",
          `The double simulates Paragraph.insertOoxml(…, "Replace") only, not "${loc}".`
        );
      beforeInsertOoxml(this.ctx.env, ooxml, "Paragraph.insertOoxml");
      const m = model(this);
      inserted = m.replaceParagraph(this.el(), m.importOoxml(ooxml));
    });
    return new RangeDouble(this.ctx, () => wholeSpan(model(this), inserted));
  }
  insertText(text: string, loc: string): RangeDouble {
    let span: Span | null = null;
    this.ctx.op("Paragraph.insertText", () => {
      countWritten(this.ctx.env, text);
      const s = this.wholeSpan();
      const m = model(this);
      if (loc === "Replace") {
        m.replaceText(s.startP, 0, s.end, text);
        span = { ...s, end: text.length };
      } else if (loc === "Start") {
        m.replaceText(s.startP, 0, 0, text);
        span = { ...s, end: text.length };
      } else if (loc === "End") {
        m.replaceText(s.startP, s.end, s.end, text);
        span = { ...s, start: s.end, end: s.end + text.length };
      } else throw new HostError("InvalidArgument", `Paragraph.insertText: bad location ${loc}`);
    });
    return new RangeDouble(this.ctx, () => span ?? fail("ItemNotFound", "not inserted"));
  }
  insertParagraph(text: string, loc: string): ParagraphDouble {
    let created: Element | null = null;
    this.ctx.op("Paragraph.insertParagraph", () => {
      countWritten(this.ctx.env, text);
      const m = model(this);
      const el = this.el();
      const p = newParagraph(m, text);
      const pPr = childW(el, "pPr");
      if (pPr) p.insertBefore(pPr.cloneNode(true), p.firstChild);
      if (loc === "Before") el.parentNode!.insertBefore(p, el);
      else if (loc === "After") {
        el.parentNode!.insertBefore(p, el.nextSibling);
        // office-js#5784 (Mac): the old paragraph's id moves to the new one.
        if (this.ctx.env.profile?.idMovesToInsertedParagraph) m.moveId(el, p);
      } else
        throw new HostError("InvalidArgument", `Paragraph.insertParagraph: bad location ${loc}`);
      m.added.add(p);
      created = p;
    });
    return new ParagraphDouble(this.ctx, () => created ?? fail("ItemNotFound", "not inserted"));
  }
  delete(): void {
    this.ctx.op("Paragraph.delete", () => model(this).removeParagraph(this.el()));
  }
  clear(): void {
    this.ctx.op("Paragraph.clear", () => {
      const s = this.wholeSpan();
      model(this).replaceText(s.startP, 0, s.end, "");
    });
  }
}
define(
  ParagraphDouble,
  {
    text: { get: (s) => model(s).text((s as ParagraphDouble).el()) },
    style: {
      get: (s) => {
        const m = model(s);
        const st = m.paraStyle((s as ParagraphDouble).el());
        return st ? m.displayName(st) : "Normal";
      },
      set: (s, v) => model(s).applyParagraphStyle((s as ParagraphDouble).el(), String(v)),
    },
    styleBuiltIn: {
      req: "WordApi 1.3",
      get: (s) => model(s).builtInOf(model(s).paraStyle((s as ParagraphDouble).el())),
      set: (s, v) => {
        const m = model(s);
        const st = m.allStyles().find((x) => m.builtInOf(x) === String(v));
        if (!st)
          throw new HostError(
            "ItemNotFound",
            `Built-in style ${String(v)} is not defined in the document.`
          );
        m.applyParagraphStyle((s as ParagraphDouble).el(), m.styleName(st));
      },
    },
    alignment: {
      get: (s) => {
        const el = (s as ParagraphDouble).el();
        return model(s).alignmentOf(el, model(s).paraStyle(el));
      },
      set: (s, v) => {
        setJc((s as ParagraphDouble).el(), v);
        model(s).changed.add((s as ParagraphDouble).el());
      },
    },
    lineSpacing: {
      get: (s) => {
        const el = (s as ParagraphDouble).el();
        return model(s).lineSpacingOf(el, model(s).paraStyle(el));
      },
      set: (s, v) => {
        setLineSpacing((s as ParagraphDouble).el(), v);
        model(s).changed.add((s as ParagraphDouble).el());
      },
    },
    isListItem: {
      req: "WordApi 1.3",
      get: (s) => model(s).isListItem((s as ParagraphDouble).el()),
    },
    tableNestingLevel: {
      req: "WordApi 1.3",
      get: (s) => {
        let depth = 0;
        for (let n = (s as ParagraphDouble).el().parentNode; n; n = n.parentNode) {
          if ((n as Element).namespaceURI === W && (n as Element).localName === "tc") depth++;
        }
        return depth;
      },
    },
    uniqueLocalId: {
      req: "WordApi 1.6",
      get: (s) => idFor(s.ctx.env, (s as ParagraphDouble).el()),
    },
  },
  {
    font: { cls: () => FontDouble },
    inlinePictures: { cls: () => InlinePictureCollectionDouble },
    listItemOrNullObject: { cls: () => ListItemDouble, req: "WordApi 1.3" },
    listItem: { cls: () => ListItemDouble, req: "WordApi 1.3" },
    listOrNullObject: { cls: () => ListDouble, req: "WordApi 1.3" },
    list: { cls: () => ListDouble, req: "WordApi 1.3" },
  }
);

/** `Word.List` (WordApi 1.3): only `id` is simulated. */
export class ListDouble extends ClientObject {
  readonly typeName = "List";
  constructor(
    ctx: RequestContextDouble,
    readonly paragraph: () => Element,
    private readonly strict = false
  ) {
    super(ctx);
    ctx.nullables.push(this);
  }
  override resolveNull(): void {
    this.nullState = model(this).listIdOf(this.paragraph()) === null;
  }
  override isNullTarget(): boolean {
    this.resolveNull();
    if (this.nullState && this.strict)
      throw new HostError("ItemNotFound", "The paragraph is not in a list.");
    return this.nullState === true;
  }
}
define(ListDouble, {
  id: { get: (s) => model(s).listIdOf((s as ListDouble).paragraph()) },
});
CLASS_REQ.set(ListDouble, "WordApi 1.3");

export class ListItemDouble extends ClientObject {
  readonly typeName = "ListItem";
  constructor(
    ctx: RequestContextDouble,
    readonly paragraph: () => Element,
    private readonly strict = false
  ) {
    super(ctx);
    ctx.nullables.push(this);
  }
  override resolveNull(): void {
    this.nullState = !model(this).isListItem(this.paragraph());
  }
  override isNullTarget(): boolean {
    this.resolveNull();
    if (this.nullState && this.strict)
      throw new HostError("ItemNotFound", "The paragraph is not a list item.");
    return this.nullState === true;
  }
}
define(ListItemDouble, {
  /** "Gets the list item bullet, number, or picture as a string" (WordApi 1.3). */
  listString: { get: (s) => model(s).listString((s as ListItemDouble).paragraph()) },
  /** "The level of the item in the list" (WordApi 1.3): see `DocModel.numberingOf`. */
  level: {
    get: (s) => model(s).numberingOf((s as ListItemDouble).paragraph())?.ilvl ?? 0,
  },
});
CLASS_REQ.set(ListItemDouble, "WordApi 1.3");

// --------------------------------------------------------------------------------------------
// Ranges

export class RangeDouble extends ClientObject {
  readonly typeName = "Range";
  private bound: Span | null = null;
  constructor(
    ctx: RequestContextDouble,
    private readonly resolver: () => Span
  ) {
    super(ctx);
  }
  span(): Span {
    if (!this.bound) this.bound = this.resolver();
    return this.bound;
  }
  get font(): FontDouble {
    return this.nav(
      "font",
      () => new FontDouble(this.ctx, () => ({ kind: "span", span: this.span() }))
    );
  }
  get paragraphs(): ParagraphCollectionDouble {
    return this.nav(
      "paragraphs",
      () => new ParagraphCollectionDouble(this.ctx, () => parasOfSpan(model(this), this.span()))
    );
  }
  select(): void {
    this.ctx.op("Range.select", () => {
      const s = this.span();
      if (s.startP !== s.endP) {
        this.ctx.env.selection = {
          p: s.startP,
          start: s.start,
          end: model(this).text(s.startP).length,
        };
      } else this.ctx.env.selection = { p: s.startP, start: s.start, end: s.end };
    });
  }
  /** WordApi 1.3. */
  expandTo(other: RangeDouble): RangeDouble {
    if (other.ctx !== this.ctx)
      throw new OfficeErrorDouble("InvalidRequestContext", "Objects from another context.");
    this.ctx.op("Range.expandTo", () => undefined, "WordApi 1.3");
    return new RangeDouble(this.ctx, () => {
      const a = this.span();
      const b = other.span();
      const all = model(this)
        .paragraphs()
        .map((x) => x.el);
      const before = (p: Element, o: number, q: Element, r: number): boolean =>
        all.indexOf(p) < all.indexOf(q) || (p === q && o <= r);
      const start = before(a.startP, a.start, b.startP, b.start) ? a : b;
      const end = before(a.endP, a.end, b.endP, b.end) ? b : a;
      const span = { startP: start.startP, start: start.start, endP: end.endP, end: end.end };
      // Two whole-paragraph ranges expand to the whole paragraphs between them (paragraph marks
      // included): what Range.insertOoxml(…, "Replace") and delete() act on as paragraphs.
      const whole = (x: Span): boolean => Array.isArray((x as { paras?: Element[] }).paras);
      if (whole(a) && whole(b)) {
        const i = all.indexOf(span.startP);
        const j = all.indexOf(span.endP);
        return { ...span, paras: all.slice(i, j + 1) } as Span;
      }
      return span;
    });
  }
  /** WordApi 1.3 ("Whole" | "Start" | "End" | "After" | "Content"). */
  getRange(loc = "Whole"): RangeDouble {
    this.ctx.op("Range.getRange", () => undefined, "WordApi 1.3");
    return new RangeDouble(this.ctx, () => {
      const s = this.span();
      if (loc === "Start")
        return { startP: s.startP, start: s.start, endP: s.startP, end: s.start };
      if (loc === "End" || loc === "After")
        return { startP: s.endP, start: s.end, endP: s.endP, end: s.end };
      return s;
    });
  }
  search(text: string, options: { matchCase?: boolean } = {}): RangeCollectionDouble {
    return new RangeCollectionDouble(this.ctx, () =>
      searchSpans(this.ctx.env, this.span(), text, options.matchCase ?? false)
    );
  }
  insertText(text: string, loc: string): RangeDouble {
    let out: Span | null = null;
    this.ctx.op("Range.insertText", () => {
      countWritten(this.ctx.env, text);
      const s = this.span();
      if (s.startP !== s.endP)
        throw new HostError(
          "NotImplemented",
          "The double inserts text into single-paragraph ranges only."
        );
      const m = model(this);
      const at = loc === "End" || loc === "After" ? s.end : s.start;
      if (loc === "Replace") m.replaceText(s.startP, s.start, s.end, text);
      else if (["Start", "End", "Before", "After"].includes(loc))
        m.replaceText(s.startP, at, at, text);
      else throw new HostError("InvalidArgument", `Range.insertText: bad location ${loc}`);
      const start = loc === "Replace" ? s.start : at;
      out = { startP: s.startP, start, endP: s.startP, end: start + text.length };
    });
    return new RangeDouble(this.ctx, () => out ?? fail("ItemNotFound", "not inserted"));
  }
  insertOoxml(ooxml: string, loc: string): RangeDouble {
    let inserted: Element[] = [];
    this.ctx.op("Range.insertOoxml", () => {
      const s = this.span() as Span & { paras?: Element[] };
      const m = model(this);
      if (loc !== "Replace" || !s.paras || s.paras.length === 0) {
        throw new HostError(
          "NotImplemented",
          'The double simulates Range.insertOoxml(…, "Replace") on whole paragraphs only.'
        );
      }
      beforeInsertOoxml(this.ctx.env, ooxml, "Range.insertOoxml");
      inserted = m.replaceParagraphs(s.paras, m.importOoxml(ooxml));
    });
    return new RangeDouble(this.ctx, () => wholeSpan(model(this), inserted));
  }
  getOoxml(): ClientResultDouble<string> {
    const r = new ClientResultDouble<string>(this.ctx.env);
    this.ctx.op("Range.getOoxml", () => {
      if (this.ctx.env.faults.failGetOoxml)
        throw new HostError("GeneralException", "getOoxml failed (injected fault).");
      const paras = parasOfSpan(model(this), this.span());
      this.ctx.env.stats.ooxml.paragraphs += paras.length;
      const xml = model(this).ooxmlOf(paras);
      payload(this.ctx.env, "read", xml.length, "Range.getOoxml");
      r.set(xml);
    });
    return r;
  }
  /** Whole-paragraph ranges (from insertOoxml / getRange("Whole")) lose their paragraphs; others their text. */
  delete(): void {
    this.ctx.op("Range.delete", () => {
      const s = this.span() as Span & { paras?: Element[] };
      const m = model(this);
      if (s.paras) for (const p of s.paras) m.removeParagraph(p);
      else if (s.startP === s.endP) m.replaceText(s.startP, s.start, s.end, "");
      else
        throw new HostError(
          "NotImplemented",
          "The double deletes multi-paragraph text ranges only as whole paragraphs."
        );
    });
  }
}
define(
  RangeDouble,
  {
    text: {
      get: (s) => {
        const m = model(s);
        const sp = (s as RangeDouble).span();
        return parasOfSpan(m, sp)
          .map((p) => {
            const t = m.text(p);
            return t.slice(p === sp.startP ? sp.start : 0, p === sp.endP ? sp.end : t.length);
          })
          .join("\r");
      },
    },
    style: {
      get: (s) => {
        const m = model(s);
        const st = m.paraStyle((s as RangeDouble).span().startP);
        return st ? m.displayName(st) : "Normal";
      },
      set: (s, v) => {
        const m = model(s);
        for (const p of parasOfSpan(m, (s as RangeDouble).span()))
          m.applyParagraphStyle(p, String(v));
      },
    },
  },
  {
    font: { cls: () => FontDouble },
    paragraphs: { cls: () => ParagraphCollectionDouble },
  }
);

export class RangeCollectionDouble extends CollectionBase<RangeDouble> {
  readonly typeName = "RangeCollection";
  private bound: Span[] | null = null;
  constructor(
    ctx: RequestContextDouble,
    private readonly resolver: () => Span[]
  ) {
    super(ctx);
  }
  targets(): Span[] {
    if (!this.bound) this.bound = this.resolver();
    return this.bound;
  }
  makeItem(t: unknown): RangeDouble {
    return new RangeDouble(this.ctx, () => t as Span);
  }
  getFirst(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.targets()[0] ?? fail("ItemNotFound", "The search found nothing.")
    );
  }
  /** WordApi 1.3: the first range, or a null object (`isNullObject` after sync) when there is none. */
  getFirstOrNullObject(): RangeDouble {
    this.ctx.op("RangeCollection.getFirstOrNullObject", () => undefined, "WordApi 1.3");
    return new NullableRangeDouble(this.ctx, () => this.targets()[0] ?? null);
  }
}

/** A Range from an …OrNullObject call: `isNullObject` after sync; using a null one fails with ItemNotFound. */
class NullableRangeDouble extends RangeDouble {
  constructor(
    ctx: RequestContextDouble,
    private readonly maybe: () => Span | null
  ) {
    super(ctx, () => maybe() ?? fail("ItemNotFound", "The search found nothing."));
    ctx.nullables.push(this);
  }
  override resolveNull(): void {
    this.nullState = this.maybe() === null;
  }
  override isNullTarget(): boolean {
    this.resolveNull();
    return this.nullState === true;
  }
}
ITEM.set(RangeCollectionDouble, () => RangeDouble);
PROPS.set(NullableRangeDouble, PROPS.get(RangeDouble)!);
NAVS.set(NullableRangeDouble, NAVS.get(RangeDouble)!);
define(RangeCollectionDouble, {});

// --------------------------------------------------------------------------------------------
// Font

type FontTarget = { kind: "span"; span: Span } | { kind: "style"; style: Element };

export class FontDouble extends ClientObject {
  readonly typeName = "Font";
  constructor(
    ctx: RequestContextDouble,
    readonly target: () => FontTarget
  ) {
    super(ctx);
  }
  /** Runs of the span (split at its ends). */
  runs(): Element[] {
    const t = this.target();
    if (t.kind !== "span") return [];
    const m = model(this);
    const out: Element[] = [];
    for (const p of parasOfSpan(m, t.span)) {
      const len = m.text(p).length;
      out.push(
        ...m.runsIn(p, p === t.span.startP ? t.span.start : 0, p === t.span.endP ? t.span.end : len)
      );
      m.changed.add(p);
    }
    return out;
  }
  /** Reads a value per run (or of the style); null when the runs differ (facts §1 fact 7). */
  readEach(f: (run: Element | null, style: Element | null) => unknown): unknown {
    const t = this.target();
    const m = model(this);
    if (t.kind === "style") return f(null, t.style);
    const vals: unknown[] = [];
    for (const p of parasOfSpan(m, t.span)) {
      const st = m.paraStyle(p);
      const len = m.text(p).length;
      const from = p === t.span.startP ? t.span.start : 0;
      const to = p === t.span.endP ? t.span.end : len;
      let pos = 0;
      for (const r of m.runs(p)) {
        const l = m.runText(r).length;
        if (l > 0 && pos < to && pos + l > from) vals.push(f(r, st));
        pos += l;
      }
      if (len === 0) vals.push(f(null, st));
    }
    return vals.every((v) => v === vals[0]) ? (vals[0] ?? null) : null;
  }
  /** The rPr elements a write goes to: each run's, or the style's. */
  rPrs(): Element[] {
    const t = this.target();
    if (t.kind === "style") return [ensureRPr(t.style)];
    return this.runs().map((r) => ensureRPr(r));
  }
}
define(FontDouble, {
  /** `font.name = x` writes only w:ascii/w:hAnsi, never w:eastAsia (facts §1 fact 2; docs-reference#2056). */
  name: {
    get: (s) => (s as FontDouble).readEach((r, st) => model(s).resolveFont(r, st, "ascii")),
    set: (s, v) => {
      for (const rPr of (s as FontDouble).rPrs()) {
        const f = setRPrChild(rPr, "rFonts");
        f.setAttributeNS(W, "w:ascii", String(v));
        f.setAttributeNS(W, "w:hAnsi", String(v));
        f.removeAttributeNS(W, "asciiTheme");
        f.removeAttributeNS(W, "hAnsiTheme");
      }
    },
  },
  /** WordApiDesktop 1.3 only: writes w:eastAsia (facts §1 fact 3). */
  nameFarEast: {
    req: "WordApiDesktop 1.3",
    get: (s) => (s as FontDouble).readEach((r, st) => model(s).resolveFont(r, st, "eastAsia")),
    set: (s, v) => {
      for (const rPr of (s as FontDouble).rPrs()) {
        const f = setRPrChild(rPr, "rFonts");
        f.setAttributeNS(W, "w:eastAsia", String(v));
        f.removeAttributeNS(W, "eastAsiaTheme");
      }
    },
  },
  size: {
    get: (s) =>
      (s as FontDouble).readEach((r, st) => {
        const v = valW(model(s).resolveRPr(r, st, "sz"));
        return v === null ? 10 : Number(v) / 2;
      }),
    set: (s, v) => {
      for (const rPr of (s as FontDouble).rPrs()) {
        setRPrChild(rPr, "sz").setAttributeNS(W, "w:val", String(Math.round(Number(v) * 2)));
        setRPrChild(rPr, "szCs").setAttributeNS(W, "w:val", String(Math.round(Number(v) * 2)));
      }
    },
  },
  bold: {
    get: (s) =>
      (s as FontDouble).readEach((r, st) => onOff(model(s).resolveRPr(r, st, "b")) ?? false),
    set: (s, v) => {
      for (const rPr of (s as FontDouble).rPrs())
        setRPrChild(rPr, "b").setAttributeNS(W, "w:val", v ? "1" : "0");
    },
  },
});

// --------------------------------------------------------------------------------------------
// Styles (WordApi 1.5)

export class StyleCollectionDouble extends CollectionBase<StyleDouble> {
  readonly typeName = "StyleCollection";
  targets(): Element[] {
    return model(this).allStyles();
  }
  makeItem(t: unknown): StyleDouble {
    const el = t as Element;
    return new StyleDouble(this.ctx, () => el, false);
  }
  getByNameOrNullObject(name: string): StyleDouble {
    return new StyleDouble(this.ctx, () => model(this).styleByName(name), true);
  }
}
ITEM.set(StyleCollectionDouble, () => StyleDouble);
define(StyleCollectionDouble, {});
CLASS_REQ.set(StyleCollectionDouble, "WordApi 1.5");

export class StyleDouble extends ClientObject {
  readonly typeName = "Style";
  constructor(
    ctx: RequestContextDouble,
    private readonly resolver: () => Element | null,
    private readonly nullable: boolean
  ) {
    super(ctx);
    if (nullable) ctx.nullables.push(this);
    else this.nullState = false;
  }
  el(): Element {
    const s = this.resolver();
    if (!s) throw new HostError("ItemNotFound", "The style does not exist.");
    return s;
  }
  override resolveNull(): void {
    this.nullState = this.resolver() === null;
  }
  override isNullTarget(): boolean {
    if (!this.nullable) return false;
    this.resolveNull();
    return this.nullState === true;
  }
  get font(): FontDouble {
    return this.nav(
      "font",
      () => new FontDouble(this.ctx, () => ({ kind: "style", style: this.el() }))
    );
  }
  get paragraphFormat(): ParagraphFormatDouble {
    return this.nav("paragraphFormat", () => new ParagraphFormatDouble(this.ctx, () => this.el()));
  }
}
define(
  StyleDouble,
  {
    nameLocal: { get: (s) => model(s).displayName((s as StyleDouble).el()) },
    builtIn: { get: (s) => model(s).builtInOf((s as StyleDouble).el()) !== "Other" },
    type: {
      get: (s) => {
        const t = (s as StyleDouble).el().getAttributeNS(W, "type");
        return t === "character"
          ? "Character"
          : t === "table"
            ? "Table"
            : t === "numbering"
              ? "List"
              : "Paragraph";
      },
    },
  },
  {
    font: { cls: () => FontDouble },
    paragraphFormat: { cls: () => ParagraphFormatDouble },
  }
);
CLASS_REQ.set(StyleDouble, "WordApi 1.5");

export class ParagraphFormatDouble extends ClientObject {
  readonly typeName = "ParagraphFormat";
  constructor(
    ctx: RequestContextDouble,
    readonly style: () => Element
  ) {
    super(ctx);
  }
}
define(ParagraphFormatDouble, {
  alignment: {
    get: (s) => model(s).alignmentOf(null, (s as ParagraphFormatDouble).style()),
    set: (s, v) => setJc((s as ParagraphFormatDouble).style(), v),
  },
  /** Same weakness as Paragraph.lineSpacing: a multiple (facts §2 facts 1, 3). */
  lineSpacing: {
    get: (s) => model(s).lineSpacingOf(null, (s as ParagraphFormatDouble).style()),
    set: (s, v) => setLineSpacing((s as ParagraphFormatDouble).style(), v),
  },
});
CLASS_REQ.set(ParagraphFormatDouble, "WordApi 1.5");

// --------------------------------------------------------------------------------------------
// Sections and page setup (WordApiDesktop 1.3)

export class SectionCollectionDouble extends CollectionBase<SectionDouble> {
  readonly typeName = "SectionCollection";
  constructor(
    ctx: RequestContextDouble,
    private readonly resolve: () => Element[]
  ) {
    super(ctx);
  }
  targets(): Element[] {
    return this.resolve();
  }
  makeItem(t: unknown): SectionDouble {
    const el = t as Element;
    return new SectionDouble(this.ctx, () => el);
  }
  getFirst(): SectionDouble {
    return new SectionDouble(this.ctx, () => this.resolve()[0]!);
  }
}
ITEM.set(SectionCollectionDouble, () => SectionDouble);
define(SectionCollectionDouble, {});

export class SectionDouble extends ClientObject {
  readonly typeName = "Section";
  constructor(
    ctx: RequestContextDouble,
    readonly sect: () => Element
  ) {
    super(ctx);
  }
  get pageSetup(): PageSetupDouble {
    return this.nav("pageSetup", () => new PageSetupDouble(this.ctx, () => [this.sect()]));
  }
}
define(
  SectionDouble,
  {},
  {
    pageSetup: { cls: () => PageSetupDouble, req: "WordApiDesktop 1.3" },
  }
);

const PAPER: Record<string, [number, number]> = {
  A4: [11906, 16838],
  Letter: [12240, 15840],
  A3: [16838, 23811],
  A5: [8391, 11906],
};

export class PageSetupDouble extends ClientObject {
  readonly typeName = "PageSetup";
  constructor(
    ctx: RequestContextDouble,
    readonly sects: () => Element[]
  ) {
    super(ctx);
  }
  pgSz(sect: Element): Element {
    let pg = childW(sect, "pgSz");
    if (!pg) {
      pg = sect.ownerDocument!.createElementNS(W, "w:pgSz");
      pg.setAttributeNS(W, "w:w", "12240");
      pg.setAttributeNS(W, "w:h", "15840");
      sect.insertBefore(pg, sect.firstChild);
    }
    return pg;
  }
  dims(sect: Element): { w: number; h: number; landscape: boolean } {
    const pg = childW(sect, "pgSz");
    const w = Number(pg?.getAttributeNS(W, "w") || 12240);
    const h = Number(pg?.getAttributeNS(W, "h") || 15840);
    return { w, h, landscape: pg?.getAttributeNS(W, "orient") === "landscape" || w > h };
  }
  readAll(f: (sect: Element) => unknown): unknown {
    const vals = this.sects().map(f);
    return vals.every((v) => v === vals[0]) ? vals[0] : null;
  }
}
define(PageSetupDouble, {
  paperSize: {
    get: (s) =>
      (s as PageSetupDouble).readAll((sect) => {
        const d = (s as PageSetupDouble).dims(sect);
        const [a, b] = [Math.min(d.w, d.h), Math.max(d.w, d.h)];
        return (
          Object.entries(PAPER).find(
            ([, [w, h]]) => Math.abs(w - a) <= 20 && Math.abs(h - b) <= 20
          )?.[0] ?? "Custom"
        );
      }),
    set: (s, v) => {
      const size = PAPER[String(v)];
      if (!size) throw new HostError("InvalidArgument", `paperSize ${String(v)} not simulated`);
      const ps = s as PageSetupDouble;
      for (const sect of ps.sects()) {
        const land = ps.dims(sect).landscape;
        const pg = ps.pgSz(sect);
        pg.setAttributeNS(W, "w:w", String(land ? size[1] : size[0]));
        pg.setAttributeNS(W, "w:h", String(land ? size[0] : size[1]));
      }
    },
  },
  orientation: {
    get: (s) =>
      (s as PageSetupDouble).readAll((sect) =>
        (s as PageSetupDouble).dims(sect).landscape ? "Landscape" : "Portrait"
      ),
    set: (s, v) => {
      const ps = s as PageSetupDouble;
      const wantLand = String(v) === "Landscape";
      for (const sect of ps.sects()) {
        const d = ps.dims(sect);
        const pg = ps.pgSz(sect);
        if (d.landscape !== wantLand) {
          pg.setAttributeNS(W, "w:w", String(d.h));
          pg.setAttributeNS(W, "w:h", String(d.w));
        }
        if (wantLand) pg.setAttributeNS(W, "w:orient", "landscape");
        else pg.removeAttributeNS(W, "orient");
      }
    },
  },
  pageWidth: {
    get: (s) => (s as PageSetupDouble).readAll((sect) => (s as PageSetupDouble).dims(sect).w / 20),
    set: (s, v) => {
      for (const sect of (s as PageSetupDouble).sects())
        (s as PageSetupDouble)
          .pgSz(sect)
          .setAttributeNS(W, "w:w", String(Math.round(Number(v) * 20)));
    },
  },
  pageHeight: {
    get: (s) => (s as PageSetupDouble).readAll((sect) => (s as PageSetupDouble).dims(sect).h / 20),
    set: (s, v) => {
      for (const sect of (s as PageSetupDouble).sects())
        (s as PageSetupDouble)
          .pgSz(sect)
          .setAttributeNS(W, "w:h", String(Math.round(Number(v) * 20)));
    },
  },
});
CLASS_REQ.set(PageSetupDouble, "WordApiDesktop 1.3");

// --------------------------------------------------------------------------------------------
// Tables, pictures

export class TableCollectionDouble extends CollectionBase<TableDouble> {
  readonly typeName = "TableCollection";
  targets(): Element[] {
    const out: Element[] = [];
    const walk = (el: Element): void => {
      for (const c of elementKids(el)) {
        if (c.namespaceURI === W && c.localName === "tbl") out.push(c);
        if (c.namespaceURI === W && c.localName !== "p") walk(c);
      }
    };
    walk(model(this).body);
    return out;
  }
  makeItem(): TableDouble {
    return new TableDouble(this.ctx);
  }
}
export class TableDouble extends ClientObject {
  readonly typeName = "Table";
}
ITEM.set(TableCollectionDouble, () => TableDouble);
define(TableCollectionDouble, {});
define(TableDouble, {});
CLASS_REQ.set(TableCollectionDouble, "WordApi 1.3");

const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

export class InlinePictureCollectionDouble extends CollectionBase<InlinePictureDouble> {
  readonly typeName = "InlinePictureCollection";
  constructor(
    ctx: RequestContextDouble,
    private readonly paras: () => Element[]
  ) {
    super(ctx);
  }
  targets(): Element[] {
    const out: Element[] = [];
    for (const p of this.paras()) {
      const list = p.getElementsByTagNameNS(WP_NS, "inline");
      for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
    }
    return out;
  }
  makeItem(t: unknown): InlinePictureDouble {
    const el = t as Element;
    return new InlinePictureDouble(this.ctx, el);
  }
}
export class InlinePictureDouble extends ClientObject {
  readonly typeName = "InlinePicture";
  constructor(
    ctx: RequestContextDouble,
    readonly inline: Element
  ) {
    super(ctx);
  }
}
ITEM.set(InlinePictureCollectionDouble, () => InlinePictureDouble);
define(InlinePictureCollectionDouble, {});
/** Width/height in points from wp:extent (EMU / 12 700); units of the real API are VERIFY (facts §7 fact 1). */
define(InlinePictureDouble, {
  width: {
    get: (s) =>
      Number(
        (s as InlinePictureDouble).inline
          .getElementsByTagNameNS(WP_NS, "extent")
          .item(0)
          ?.getAttribute("cx") ?? 0
      ) / 12700,
  },
  height: {
    get: (s) =>
      Number(
        (s as InlinePictureDouble).inline
          .getElementsByTagNameNS(WP_NS, "extent")
          .item(0)
          ?.getAttribute("cy") ?? 0
      ) / 12700,
  },
  /**
   * WordApi 1.1: "the alternative text associated with the inline image" (docs, Word.InlinePicture
   * altTextDescription / altTextTitle): `wp:docPr/@descr` and `@title`, "" when absent.
   */
  altTextDescription: {
    get: (s) =>
      (s as InlinePictureDouble).inline
        .getElementsByTagNameNS(WP_NS, "docPr")
        .item(0)
        ?.getAttribute("descr") ?? "",
  },
  altTextTitle: {
    get: (s) =>
      (s as InlinePictureDouble).inline
        .getElementsByTagNameNS(WP_NS, "docPr")
        .item(0)
        ?.getAttribute("title") ?? "",
  },
});

// --------------------------------------------------------------------------------------------
// Custom XML parts (WordApi 1.4)
//
// Sources: learn.microsoft.com word.customxmlpartcollection, word.customxmlpartscopedcollection,
// word.customxmlpart ("[API set: WordApi 1.4]" on add, getByNamespace, getCount, getItem,
// getItemOrNullObject, id, namespaceUri, getXml, setXml, delete); office-js-snippets
// samples/word/50-document/manage-custom-xml-part-ns.yaml (add + load("id") + getXml in one batch;
// "If you want to populate the CustomXml.namespaceUri property, you must include the xmlns
// attribute" — the namespace is the root element's). What the double does not simulate: the
// WordApiDesktop 1.3 members (xml, documentElement, selectNodes …), query/insertElement/
// insertAttribute/updateAttribute/deleteElement, built-in parts (cover page, properties).

/** Throws InvalidArgument unless `xml` is well-formed ("Required. XML content. Must be a valid XML fragment"). */
function checkXmlFragment(xml: unknown): string {
  if (typeof xml !== "string" || xml.trim() === "")
    throw new HostError("InvalidArgument", "The XML content is empty.");
  try {
    parseXml(xml, "customXml");
  } catch {
    throw new HostError("InvalidArgument", "The XML content is not well-formed.");
  }
  return xml;
}

function entryOf(o: ClientObject, id: string): CustomXmlEntry {
  const e = model(o).customXml.find((x) => x.id === id);
  if (!e) throw new HostError("ItemNotFound", `No custom XML part has id ${id}.`);
  return e;
}

export class CustomXmlPartCollectionDouble extends CollectionBase<CustomXmlPartDouble> {
  readonly typeName: string = "CustomXmlPartCollection";
  targets(): string[] {
    return model(this).customXml.map((e) => e.id);
  }
  makeItem(t: unknown): CustomXmlPartDouble {
    const id = t as string;
    return new CustomXmlPartDouble(this.ctx, () => id);
  }
  /** Adds a part at the next sync; the returned proxy resolves to it (its id can be loaded in the same batch). */
  add(xml: string): CustomXmlPartDouble {
    let created: string | null = null;
    this.ctx.op(
      "CustomXmlPartCollection.add",
      () => {
        const m = model(this);
        const entry = { id: m.newGuid(), xml: checkXmlFragment(xml) };
        m.customXml.push(entry);
        created = entry.id;
      },
      "WordApi 1.4"
    );
    return new CustomXmlPartDouble(this.ctx, () => created ?? fail("ItemNotFound", "not added"));
  }
  /** A scoped collection of the parts whose root namespace is `namespaceUri` (evaluated at load). */
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionDouble {
    this.ctx.op("CustomXmlPartCollection.getByNamespace", () => undefined, "WordApi 1.4");
    return new CustomXmlPartScopedCollectionDouble(this.ctx, namespaceUri);
  }
  getCount(): ClientResultDouble<number> {
    const r = new ClientResultDouble<number>(this.ctx.env);
    this.ctx.op(`${this.typeName}.getCount`, () => r.set(this.targets().length), "WordApi 1.4");
    return r;
  }
  getItem(id: string): CustomXmlPartDouble {
    return new CustomXmlPartDouble(this.ctx, () => entryOf(this, id).id);
  }
}
ITEM.set(CustomXmlPartCollectionDouble, () => CustomXmlPartDouble);
define(CustomXmlPartCollectionDouble, {});
CLASS_REQ.set(CustomXmlPartCollectionDouble, "WordApi 1.4");

export class CustomXmlPartScopedCollectionDouble extends CustomXmlPartCollectionDouble {
  override readonly typeName: string = "CustomXmlPartScopedCollection";
  constructor(
    ctx: RequestContextDouble,
    readonly namespaceUri: string
  ) {
    super(ctx);
  }
  override targets(): string[] {
    return model(this)
      .customXml.filter((e) => customXmlNamespace(e.xml) === this.namespaceUri)
      .map((e) => e.id);
  }
  /** office-js#6673 (web): `items` is undefined when no part has the namespace. */
  override loadItems(): CustomXmlPartDouble[] {
    const items = super.loadItems();
    if (items.length === 0 && this.ctx.env.profile?.getByNamespaceItemsUndefined)
      this.values.set("items", undefined);
    return items;
  }
}
ITEM.set(CustomXmlPartScopedCollectionDouble, () => CustomXmlPartDouble);
define(CustomXmlPartScopedCollectionDouble, {});
CLASS_REQ.set(CustomXmlPartScopedCollectionDouble, "WordApi 1.4");

export class CustomXmlPartDouble extends ClientObject {
  readonly typeName = "CustomXmlPart";
  constructor(
    ctx: RequestContextDouble,
    readonly partId: () => string
  ) {
    super(ctx);
  }
  /** The full XML of the part (ItemNotFound at sync when it was deleted). */
  getXml(): ClientResultDouble<string> {
    const r = new ClientResultDouble<string>(this.ctx.env);
    this.ctx.op(
      "CustomXmlPart.getXml",
      () => r.set(entryOf(this, this.partId()).xml),
      "WordApi 1.4"
    );
    return r;
  }
  /** Replaces the whole XML of the part (InvalidArgument at sync when it is not well-formed). */
  setXml(xml: string): void {
    this.ctx.op(
      "CustomXmlPart.setXml",
      () => void (entryOf(this, this.partId()).xml = checkXmlFragment(xml)),
      "WordApi 1.4"
    );
  }
  delete(): void {
    this.ctx.op(
      "CustomXmlPart.delete",
      () => {
        const m = model(this);
        const e = entryOf(this, this.partId());
        m.customXml.splice(m.customXml.indexOf(e), 1);
      },
      "WordApi 1.4"
    );
  }
}
define(CustomXmlPartDouble, {
  id: { get: (s) => entryOf(s, (s as CustomXmlPartDouble).partId()).id },
  namespaceUri: {
    get: (s) => customXmlNamespace(entryOf(s, (s as CustomXmlPartDouble).partId()).xml),
  },
});
CLASS_REQ.set(CustomXmlPartDouble, "WordApi 1.4");

// --------------------------------------------------------------------------------------------
// ClientResult

/** `OfficeExtension.ClientResult`: `value` throws until the sync that computes it. */
export class ClientResultDouble<T> {
  private has = false;
  private v: T | undefined;
  /** `env`: the double whose `stats.bytesRead` counts the value (omitted: not counted). */
  constructor(private readonly env?: Env) {}
  set(v: T): void {
    if (this.env) countRead(this.env, v);
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) {
      throw new OfficeErrorDouble(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this.v as T;
  }
}

export { ensurePPr };
