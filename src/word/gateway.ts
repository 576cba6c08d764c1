/**
 * @fileoverview The Office.js DocumentGateway: the thin edge that opens `Word.run`, keeps the
 * host's capabilities, marks our own writes (so the watcher ignores them) and composes the
 * context-taking functions of this folder (anchor-codebases §6.6). Layer: word.
 */
import type {
  ApplyEditsResult,
  Capabilities,
  DocumentGateway,
  InsertTemplateResult,
  TemplateKind,
  Unsubscribe,
} from "../core/gateway";
import type { Edit, Target } from "../core/findings";
import type { ReportDocument } from "../core/model";
import { PROFILE_2023, type Profile } from "../core/profile";
import { assertEdits, unverifiedResult, verifyEdits, writeEdits } from "./applyEdits";
import { detectCapabilities } from "./capabilities";
import { toGatewayError } from "./errors";
import { insertTemplate } from "./insertTemplate";
import { isEmpty, readDocument } from "./readDocument";
import { select } from "./select";
import { watchDocument, type RunFn } from "./watch";

/** Options of {@link createWordGateway}. */
export interface WordGatewayOptions {
  /** The format profile (default the 2023 notice). */
  profile?: Profile;
  /** `Word.run` (default the global one, looked up at call time). */
  run?: typeof Word.run;
  /** After our own writes, events and polls are ignored for this long (ms). Default 1000. */
  ownWriteGraceMs?: number;
}

/**
 * Creates the gateway over Office.js.
 * Round trips per method: readDocument 1, isEmpty 1, insertTemplate 2, applyEdits 2 + 1 (write
 * run + verifying run), select 1–2, watch 1 to register (1.6) or 1 per poll (below 1.6).
 * Requires: WordApi 1.3 (every method throws GatewayError "unsupportedHost" below it).
 * @returns the DocumentGateway; its methods throw GatewayError only
 */
export function createWordGateway(options: WordGatewayOptions = {}): DocumentGateway {
  const profile = options.profile ?? PROFILE_2023;
  const grace = options.ownWriteGraceMs ?? 1000;
  let caps: Capabilities | null = null;
  let writing = 0;
  let lastWriteEnd = -Infinity;

  const capabilities = (): Capabilities => (caps ??= detectCapabilities());
  const run: RunFn = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const r = options.run ?? (globalThis as { Word?: typeof Word }).Word?.run;
    if (!r)
      return Promise.reject(
        toGatewayError(new Error("Word.run is not available"), "unsupportedHost")
      );
    return (r as unknown as RunFn)(batch);
  };
  const guarded = async <T>(
    code: "readFailed" | "writeFailed" | "unknown",
    batch: (c: Word.RequestContext) => Promise<T>
  ): Promise<T> => {
    try {
      return await run(batch);
    } catch (e) {
      throw toGatewayError(e, code);
    }
  };
  const asOwnWrite = async <T>(f: () => Promise<T>): Promise<T> => {
    writing++;
    try {
      return await f();
    } finally {
      writing--;
      lastWriteEnd = Date.now();
    }
  };
  const isOwnWrite = (): boolean => writing > 0 || Date.now() - lastWriteEnd < grace;

  return {
    capabilities,
    async readDocument(): Promise<ReportDocument> {
      const c = capabilities();
      return guarded("readFailed", (ctx) => readDocument(ctx, c));
    },
    async isEmpty(): Promise<boolean> {
      capabilities();
      return guarded("readFailed", (ctx) => isEmpty(ctx));
    },
    async insertTemplate(
      kind: TemplateKind,
      opts: { replace: boolean }
    ): Promise<InsertTemplateResult> {
      const c = capabilities();
      return asOwnWrite(() =>
        guarded("writeFailed", (ctx) => insertTemplate(ctx, c, profile, kind, opts))
      );
    },
    async applyEdits(edits: Edit[]): Promise<ApplyEditsResult> {
      const c = capabilities();
      assertEdits(edits);
      return asOwnWrite(async () => {
        const phase = await guarded("writeFailed", (ctx) => writeEdits(ctx, c, profile, edits));
        // Verify in a NEW run: on the web paragraphs are stale within one run (office-js#3284).
        let read: ReportDocument;
        try {
          read = await run((ctx) => readDocument(ctx, c));
        } catch {
          return unverifiedResult(phase);
        }
        return verifyEdits(phase, read, profile);
      });
    },
    async select(target: Target): Promise<void> {
      const c = capabilities();
      return guarded("unknown", (ctx) => select(ctx, c, target));
    },
    watch(onChange: () => void, opts?: { debounceMs?: number; pollMs?: number }): Unsubscribe {
      const c = capabilities();
      return watchDocument({ run, caps: c, isOwnWrite }, onChange, opts ?? {});
    },
  };
}
