/**
 * @fileoverview The Office.js DocumentGateway: the thin edge that opens `Word.run`, keeps the
 * host's capabilities, marks our own writes (so the watcher ignores them) and composes the
 * context-taking functions of this folder (anchor-codebases §6.6). Layer: word.
 */
import {
  GatewayError,
  type ApplyEditsResult,
  type Capabilities,
  type DocumentGateway,
  type DocumentState,
  type ExportedPicture,
  type InsertTemplateResult,
  type PngToJpeg,
  type ReadOptions,
  type ReadProgress,
  type RestoreMode,
  type RestorePoint,
  type RestoreResult,
  type SubmissionExport,
  type TemplateKind,
  type Unsubscribe,
} from "../core/gateway";
import type { Edit, Target } from "../core/findings";
import type { ReportDocument } from "../core/model";
import { PROFILE_2023, type Profile } from "../core/profile";
import type { WritePhase } from "./applyEdits";
import type { KeptParagraph, KeptPoint, RestoredEdits } from "./restore";
import { detectCapabilities } from "./capabilities";
import { loadPart, toGatewayError } from "./errors";
import { LiveDocument } from "./liveRead";
import type { DocumentFileKind } from "./files";
import type { FileOrReason } from "../ooxml/submission";
import { isEmpty } from "./readDocument";
import { readState, writeState } from "./decisionsPart";
import { watchDocument, type RunFn } from "./watch";

/** Options of {@link createWordGateway}. */
export interface WordGatewayOptions {
  /** The format profile (default the 2023 notice). */
  profile?: Profile;
  /** `Word.run` (default the global one, looked up at call time). */
  run?: typeof Word.run;
  /** After our own writes, events and polls are ignored for this long (ms). Default 1000. */
  ownWriteGraceMs?: number;
  /**
   * A read batch that has not settled after this many ms is given up (office-js#719/#702: sync()
   * hung on large bodies and large getOoxml payloads). Default 45 000.
   */
  readTimeoutMs?: number;
  /** Likewise for a write batch; the writes may still land afterwards, so the error is `partial`. Default 120 000. */
  writeTimeoutMs?: number;
}

/** 一键排版, text fixes, 插入模板 and selecting a finding's text (a chunk of its own). */
const writePath = (): Promise<typeof import("./writePath")> =>
  loadPart(() => import(/* webpackChunkName: "write" */ "./writePath"), "writeFailed");

/** 图片导出 and 导出提交材料 (a chunk of its own). */
const exportPath = (): Promise<typeof import("./exportPath")> =>
  loadPart(() => import(/* webpackChunkName: "export" */ "./exportPath"), "readFailed");

/**
 * Races `p` against a timer. On timeout rejects with `onTimeout()`; the Word batch itself cannot
 * be cancelled and may still complete later (Office.js has no cancellation).
 */
function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => GatewayError): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return p;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Creates the gateway over Office.js.
 * Round trips per method: readDocument 1 for a whole read (the first, after our writes, on a
 * structural change, `fresh`), 1–3 for a re-check of the changed paragraphs (`./liveRead`; one
 * read in flight at a time, requests meanwhile coalesced into one), isEmpty 1, insertTemplate 2 (3 when it keeps a restore point: `./restore`),
 * applyEdits 2–3 + 1–3 (write run: the live model's paragraph batch, one read-only sync when
 * text edits are searched and/or numbered paragraphs' lists read, the writes; verifying run:
 * properties, then the written paragraphs' OOXML in parts of CHUNK_BYTES — 2 + 2 for a report of
 * ≈ 40 000 字; a whole read when the model is missing or a page setup was applied; + 2 verifying when
 * automatically numbered paragraphs are rewritten: their lists, `./paragraphWrites`),
 * restore 2 + 1 verifying (一键排版, fixes; + 1 and + 1 with numbered paragraphs) or 2–3 + 1 (the template's; `./restore`), select 1–3 (3 for a span: its words are searched, then selected), watch 1 to register (1.6) or 1 per poll (below 1.6),
 * readState 1–2 and writeState 2 (WordApi 1.4; below it Common API calls and no sync — see
 * `./decisionsPart`), exportPictures 1, exportSubmission 1 sync + per file (.docx, PDF) 2 Common API calls
 * and one per 4 MB slice (CompressedFile/PdfFile — see `./files`).
 * Requires: WordApi 1.3 (every method throws GatewayError "unsupportedHost" below it).
 * @returns the DocumentGateway; its methods throw GatewayError only
 */
export function createWordGateway(options: WordGatewayOptions = {}): DocumentGateway {
  const profile = options.profile ?? PROFILE_2023;
  const grace = options.ownWriteGraceMs ?? 1000;
  const readTimeoutMs = options.readTimeoutMs ?? 45_000;
  const writeTimeoutMs = options.writeTimeoutMs ?? 120_000;
  let caps: Capabilities | null = null;
  let writing = 0;
  let lastWriteEnd = -Infinity;

  const capabilities = (): Capabilities => (caps ??= detectCapabilities());
  const run: RunFn = <T>(
    batch: (context: Word.RequestContext) => Promise<T>,
    on?: Word.RequestContext
  ): Promise<T> => {
    const r = options.run ?? (globalThis as { Word?: typeof Word }).Word?.run;
    if (!r)
      return Promise.reject(
        toGatewayError(new Error("Word.run is not available"), "unsupportedHost")
      );
    if (on === undefined) return (r as unknown as RunFn)(batch);
    // Word.run(context, batch): the documented way to act on an earlier context (its event handlers).
    return (r as unknown as (c: Word.RequestContext, b: typeof batch) => Promise<T>)(on, batch);
  };
  const guarded = async <T>(
    code: "readFailed" | "writeFailed" | "unknown",
    batch: (c: Word.RequestContext) => Promise<T>
  ): Promise<T> => {
    const isWrite = code === "writeFailed";
    const ms = isWrite ? writeTimeoutMs : readTimeoutMs;
    try {
      return await withTimeout(run(batch), ms, () =>
        isWrite
          ? new GatewayError(
              "writeFailed",
              [{ id: "errors.gateway.writeTimeout", data: { seconds: Math.round(ms / 1000) } }],
              { partial: true }
            )
          : new GatewayError("documentTooLarge", [
              { id: "errors.gateway.readTimeout", data: { seconds: Math.round(ms / 1000) } },
            ])
      );
    } catch (e) {
      throw toGatewayError(e, code);
    }
  };
  /** The live checklist's cached model (`./liveRead`). */
  const live = new LiveDocument();
  /** The read in flight, and the one read queued behind it (every later request joins it). */
  let inflight: Promise<ReportDocument> | null = null;
  let queued: Promise<ReportDocument> | null = null;
  let queuedFresh = false;
  /**
   * The live document is used by one batch at a time (its reads and our writes both change it):
   * every use is chained after the previous one has settled (or timed out).
   */
  let liveQueue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(f: () => Promise<T>): Promise<T> => {
    const p = liveQueue.then(f, f);
    liveQueue = p.catch(() => undefined);
    return p;
  };
  /** Who hears the progress of the queued read (the calls that joined it). */
  let queuedListeners = new Set<(p: ReadProgress) => void>();
  const startRead = (
    fresh: boolean,
    listeners: ReadonlySet<(p: ReadProgress) => void>
  ): Promise<ReportDocument> => {
    const c = capabilities();
    let settled = false;
    const progress = (p: ReadProgress): void => {
      if (settled) return;
      for (const l of listeners) l(p);
    };
    const p = exclusive(() =>
      guarded("readFailed", (ctx) => live.read(ctx, c, fresh, false, progress))
    );
    inflight = p;
    const clear = (): void => {
      settled = true;
      if (inflight === p) inflight = null;
    };
    p.then(clear, clear);
    return p;
  };
  /** One read at a time: requests made while one runs are coalesced into ONE read after it. */
  const coalescedRead = (
    fresh: boolean,
    onProgress?: (p: ReadProgress) => void
  ): Promise<ReportDocument> => {
    if (inflight === null) return startRead(fresh, new Set(onProgress ? [onProgress] : []));
    queuedFresh ||= fresh;
    if (onProgress) queuedListeners.add(onProgress);
    queued ??= inflight
      .catch(() => undefined)
      .then(() => {
        const f = queuedFresh;
        const listeners = queuedListeners;
        queuedFresh = false;
        queuedListeners = new Set();
        queued = null;
        return startRead(f, listeners);
      });
    return queued;
  };
  const asOwnWrite = async <T>(f: () => Promise<T>): Promise<T> => {
    live.invalidate(); // our writes change paragraphs: the next re-check reads the whole document
    writing++;
    try {
      return await f();
    } finally {
      live.invalidate();
      writing--;
      lastWriteEnd = Date.now();
    }
  };
  const isOwnWrite = (): boolean => writing > 0 || Date.now() - lastWriteEnd < grace;
  /** Time left (ms) until our own write's grace ends; Infinity while a write is running. */
  const ownWriteRemainingMs = (): number =>
    writing > 0 ? Infinity : Math.max(0, lastWriteEnd + grace - Date.now());

  /** The one restore point kept (the latest write's), with its serial number. */
  let kept: { id: number; point: KeptPoint } | null = null;
  let serial = 0;
  const keep = (point: KeptPoint): RestorePoint => {
    serial++;
    kept = { id: serial, point };
    const paragraphs = point.kind === "template" ? point.before.length : point.paragraphs.length;
    return { id: serial, kind: point.kind, paragraphs, chars: point.chars };
  };
  /**
   * The result with the restore point of the write: the paragraphs kept before it, completed
   * with their texts after it (`expectedTexts`) and — when the write was verified — their
   * formatting fingerprint and usable id as the verifying read found them.
   */
  const withPoint = (
    result: ApplyEditsResult,
    phase: WritePhase,
    verified: boolean,
    notRestored: string[]
  ): ApplyEditsResult => {
    const k = phase.restoreKept;
    if (k === null) return { ...result, restorePoint: null };
    if ("why" in k) return { ...result, restorePoint: null, noRestore: k.why };
    const states = verified ? live.stateOf(k.kept.map((x) => x.index)) : null;
    const paragraphs: KeptParagraph[] = k.kept.map((x, i) => {
      const out: KeptParagraph = { ...x, after: phase.expectedTexts[x.index] ?? x.after };
      const st = states?.[i];
      if (st) {
        out.format = st.format;
        if (st.id !== undefined) out.id = st.id;
      }
      return out;
    });
    const point = keep({
      kind: "edits",
      paragraphs,
      count: phase.expectedTexts.length,
      chars: k.chars,
      notRestored,
    });
    return { ...result, restorePoint: point };
  };

  return {
    capabilities,
    async readDocument(options?: ReadOptions): Promise<ReportDocument> {
      capabilities();
      return coalescedRead(options?.fresh === true, options?.onProgress);
    },
    async isEmpty(): Promise<boolean> {
      capabilities();
      return guarded("readFailed", (ctx) => isEmpty(ctx));
    },
    async insertTemplate(
      kind: TemplateKind,
      opts: { replace: boolean; restore?: RestoreMode }
    ): Promise<InsertTemplateResult> {
      const c = capabilities();
      const { insertTemplate } = await writePath();
      return asOwnWrite(async () => {
        const w = await guarded("writeFailed", (ctx) =>
          insertTemplate(ctx, c, profile, kind, opts)
        );
        const restorePoint = w.kept ? keep(w.kept) : ((kept = null), null);
        return { ...w.result, restorePoint };
      });
    },
    async applyEdits(edits: Edit[], opts?: { restore?: RestoreMode }): Promise<ApplyEditsResult> {
      const c = capabilities();
      const {
        assertEdits,
        unverifiedResult,
        verifyEdits,
        verifyListPlaces,
        writeEdits,
        notRestoredOf,
      } = await writePath();
      assertEdits(edits);
      return exclusive(async () => {
        writing++;
        try {
          const phase = await guarded("writeFailed", (ctx) =>
            writeEdits(ctx, c, profile, edits, live, opts?.restore ?? "ifPossible")
          );
          // Any write makes an earlier restore point unusable (its paragraphs may have moved).
          kept = null;
          // Verify in a NEW run (on the web paragraphs are stale within one run, office-js#3284),
          // reading only the paragraphs written; the live model is left current.
          // A new page setup changes the sections: the model is read whole again.
          if (phase.result.page === "applied") live.invalidate();
          // Numbered paragraphs rewritten are checked to be in their list with their number.
          let read: ReportDocument;
          let numberingOff: number[];
          try {
            ({ read, numberingOff } = await withTimeout(
              run(async (ctx) => ({
                read: await live.afterWrite(ctx, c, phase.written, phase.texts),
                numberingOff: await verifyListPlaces(ctx, phase.lists),
              })),
              readTimeoutMs,
              () => new GatewayError("readFailed", [{ id: "errors.gateway.verifyTimeout" }])
            ));
          } catch {
            live.invalidate();
            const r = unverifiedResult(phase);
            return withPoint(r, phase, false, notRestoredOf(r));
          }
          const r = verifyEdits(phase, read, profile, numberingOff);
          return withPoint(r, phase, true, notRestoredOf(r));
        } catch (e) {
          live.invalidate(); // a failed or partial write: the next read is a whole read
          throw e;
        } finally {
          writing--;
          lastWriteEnd = Date.now();
        }
      });
    },
    async restore(point: RestorePoint): Promise<RestoreResult> {
      const c = capabilities();
      const k = kept;
      const { expired, restoreBody, restoreCaveats, restoreEdits, verifyRestore } =
        await writePath();
      if (k === null || k.id !== point.id) throw expired();
      return exclusive(() =>
        asOwnWrite(async () => {
          let expected: { index: number; before: string }[];
          let lists: RestoredEdits["lists"] = [];
          let count: number | undefined;
          let notDone: string[] = [];
          const p = k.point;
          if (p.kind === "edits") {
            ({ expected, lists } = await guarded("writeFailed", (ctx) => restoreEdits(ctx, c, p)));
            count = p.count;
            notDone = [...p.notRestored];
          } else {
            ({ notDone, lists } = await guarded("writeFailed", (ctx) => restoreBody(ctx, c, p)));
            expected = p.before.map((before, index) => ({ index, before }));
            count = p.before.length;
          }
          kept = null; // restored once: the point is used up
          let verified = false;
          // Not verified: numbered paragraphs put back count as not back in their list.
          let numberingOff = lists.map((l) => l.index);
          try {
            ({ verified, numberingOff } = await withTimeout(
              run((ctx) => verifyRestore(ctx, expected, count, lists)),
              readTimeoutMs,
              () => new GatewayError("readFailed", [{ id: "errors.gateway.verifyTimeout" }])
            ));
          } catch {
            verified = false;
          }
          notDone.push(...restoreCaveats(c, numberingOff));
          return { restored: expected.length, verified, notDone };
        })
      );
    },
    async select(target: Target): Promise<void> {
      const c = capabilities();
      const { select } = await writePath();
      return guarded("unknown", (ctx) => select(ctx, c, target));
    },
    watch(onChange: () => void, opts?: { debounceMs?: number; pollMs?: number }): Unsubscribe {
      const c = capabilities();
      return watchDocument(
        {
          run,
          caps: c,
          isOwnWrite,
          ownWriteRemainingMs,
          // Events during or just after our own write are mostly ours (every paragraph written):
          // they only ask the next re-check to compare fingerprints, which finds what differs.
          noteEvent: (kind, ids) => (isOwnWrite() ? live.noteUnnamed() : live.noteEvent(kind, ids)),
          noteUnnamed: () => live.noteUnnamed(),
        },
        onChange,
        opts ?? {}
      );
    },
    async readState(): Promise<DocumentState> {
      const c = capabilities();
      return guarded("readFailed", (ctx) => readState(ctx, c));
    },
    // Not an "own write" for the watcher: a custom XML part changes no paragraph.
    async writeState(state: DocumentState): Promise<void> {
      const c = capabilities();
      return guarded("writeFailed", (ctx) => writeState(ctx, c, state));
    },
    async exportPictures(): Promise<ExportedPicture[]> {
      capabilities();
      const { exportPictures } = await exportPath();
      return guarded("readFailed", (ctx) => exportPictures(ctx));
    },
    async exportSubmission(o: {
      reportName: string;
      toJpeg: PngToJpeg;
    }): Promise<SubmissionExport> {
      capabilities();
      const { assembleSubmission, canGetDocumentFile, exportPictures, getDocumentFile } =
        await exportPath();
      const pictures = await guarded("readFailed", (ctx) => exportPictures(ctx));
      /** The document as `kind`, or why not: a missing file is said in the result, not thrown. */
      const fileOf = async (kind: DocumentFileKind): Promise<FileOrReason> => {
        if (!canGetDocumentFile(kind)) return "unsupported";
        return getDocumentFile(kind).catch((): "failed" => "failed");
      };
      const report = await fileOf("docx");
      const pdf = await fileOf("pdf");
      return assembleSubmission({
        reportName: o.reportName,
        report,
        pdf,
        pictures,
        toJpeg: o.toJpeg,
      });
    },
  };
}
