/**
 * @fileoverview A fake DocumentGateway over a ReportDocument built with `src/core/builders`:
 * records every call, resolves reads with the current document, can hold reads to control the
 * order in which they finish, can reject any method with a GatewayError, and lets a test fire
 * `watch` notifications. It enforces the contract the pane relies on: `insertTemplate` without
 * `replace` into a non-empty document rejects with `notEmpty`, and `select` of a paragraph whose
 * text changed rejects with `targetNotFound`.
 */
import { asRole, buildDocument, para } from "../../src/core/builders";
import type { Edit, Target } from "../../src/core/findings";
import {
  GatewayError,
  type ApplyEditsResult,
  type Capabilities,
  type DocumentGateway,
  type InsertTemplateResult,
  type TemplateKind,
  type Unsubscribe,
} from "../../src/core/gateway";
import { textHash, type ReportDocument } from "../../src/core/model";

/** Methods of the gateway. */
export type GatewayMethod = keyof DocumentGateway;

/** One recorded call. */
export interface Call {
  method: GatewayMethod;
  args: unknown[];
}

interface HeldRead {
  resolve: (doc: ReportDocument) => void;
  reject: (error: unknown) => void;
}

/** The template the fake inserts: the 案例报告 skeleton with our styles. */
export function templateDocument(kind: TemplateKind = "report"): ReportDocument {
  if (kind === "form") {
    return buildDocument([para("安全生产责任保险事故预防服务案例申报书", asRole("title"))]);
  }
  return buildDocument([
    para("（题目）", asRole("title")),
    para("——（单位全称）", asRole("unitLine")),
    para("单位简介", asRole("unitIntroHeading")),
    para("", asRole("unitIntro")),
    para("一、实施背景", asRole("heading1")),
    para("", asRole("body")),
    para("二、主要做法", asRole("heading1")),
    para("", asRole("body")),
    para("三、实施效果", asRole("heading1")),
    para("", asRole("body")),
  ]);
}

/** A recording, scriptable DocumentGateway for pane tests. */
export class FakeGateway implements DocumentGateway {
  doc: ReportDocument;
  readonly calls: Call[] = [];
  /** What `applyEdits` resolves with; default: derived from the edits. */
  applyResult: ((edits: Edit[]) => ApplyEditsResult) | null = null;
  caps: Capabilities = {
    host: "Windows",
    wordApi13: true,
    wordApi14: true,
    wordApi15: true,
    wordApi16: true,
    wordApiDesktop13: true,
  };
  private readonly failures = new Map<GatewayMethod, { error: unknown; times: number }>();
  private readonly watchers: { onChange: () => void; options: unknown }[] = [];
  private holding = false;
  private readonly held: HeldRead[] = [];
  /** Watch subscriptions ended by their Unsubscribe. */
  unsubscribed = 0;

  constructor(doc: ReportDocument) {
    this.doc = doc;
  }

  /** Makes the next `times` calls of `method` reject with `error` (Infinity: until `clearFailures`). */
  failWith(method: GatewayMethod, error: unknown, times = 1): this {
    this.failures.set(method, { error, times });
    return this;
  }

  clearFailures(): void {
    this.failures.clear();
  }

  /** From now on, reads wait until `releaseRead` (in any order). */
  holdReads(): void {
    this.holding = true;
  }

  /** Number of reads waiting. */
  get heldReads(): number {
    return this.held.filter(Boolean).length;
  }

  /** Resolves held read number `i` (0-based, in call order) with the current document. */
  releaseRead(i: number, doc: ReportDocument = this.doc): void {
    const h = this.held[i];
    if (!h) throw new Error(`no held read #${i}`);
    delete this.held[i];
    h.resolve(doc);
  }

  /** Stops holding reads (reads already held stay held). */
  stopHolding(): void {
    this.holding = false;
  }

  /** Replaces the document and notifies every watcher, as Word's change events would. */
  change(doc: ReportDocument): void {
    this.doc = doc;
    for (const w of [...this.watchers]) w.onChange();
  }

  /** Options passed to `watch`, in order. */
  get watchOptions(): unknown[] {
    return this.watchers.map((w) => w.options);
  }

  /** Number of active watch subscriptions. */
  get watching(): number {
    return this.watchers.length;
  }

  /** Calls of `method`, in order. */
  callsOf(method: GatewayMethod): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  private record(method: GatewayMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    const f = this.failures.get(method);
    if (f && f.times > 0) {
      f.times -= 1;
      if (f.times === 0) this.failures.delete(method);
      throw f.error;
    }
  }

  capabilities(): Capabilities {
    this.calls.push({ method: "capabilities", args: [] });
    return this.caps;
  }

  async readDocument(): Promise<ReportDocument> {
    this.record("readDocument", []);
    if (!this.holding) return this.doc;
    return new Promise<ReportDocument>((resolve, reject) => {
      this.held.push({ resolve, reject });
    });
  }

  private empty(): boolean {
    return (
      this.doc.paragraphs.every((p) => p.text.trim() === "") &&
      this.doc.tableCount === 0 &&
      this.doc.pictures.length === 0
    );
  }

  async isEmpty(): Promise<boolean> {
    this.record("isEmpty", []);
    return this.empty();
  }

  async insertTemplate(
    kind: TemplateKind,
    options: { replace: boolean }
  ): Promise<InsertTemplateResult> {
    this.record("insertTemplate", [kind, options]);
    if (!options.replace && !this.empty()) {
      throw new GatewayError("notEmpty", "the document is not empty");
    }
    this.doc = templateDocument(kind);
    return { paragraphs: this.doc.paragraphs.length, page: "applied", notDone: [] };
  }

  async applyEdits(edits: Edit[]): Promise<ApplyEditsResult> {
    this.record("applyEdits", [edits]);
    if (this.applyResult) return this.applyResult(edits);
    return {
      applied: edits.filter((e) => e.op === "setRole").length,
      skippedStale: 0,
      page: edits.some((e) => e.op === "setPage") ? "applied" : "notRequested",
      stylesRepaired: [],
      stylesNotRepaired: [],
      unverified: [],
      textUnchanged: true,
      notDone: [],
    };
  }

  async select(target: Target): Promise<void> {
    this.record("select", [target]);
    if (target.kind === "paragraph" || target.kind === "picture") {
      const p = this.doc.paragraphs[target.paragraph.index];
      if (!p || textHash(p.text) !== target.paragraph.textHash) {
        throw new GatewayError("targetNotFound", "the paragraph changed");
      }
    }
  }

  watch(onChange: () => void, options?: { debounceMs?: number; pollMs?: number }): Unsubscribe {
    this.calls.push({ method: "watch", args: [options] });
    const entry = { onChange, options };
    this.watchers.push(entry);
    return () => {
      const i = this.watchers.indexOf(entry);
      if (i >= 0) {
        this.watchers.splice(i, 1);
        this.unsubscribed += 1;
      }
    };
  }
}
