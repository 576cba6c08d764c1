/**
 * @fileoverview A fake DocumentGateway over a ReportDocument built with `test/fixtures/model-builders.ts`:
 * records every call, resolves reads with the current document, can hold reads (and state
 * writes) to control the order in which they finish, can reject any method with a GatewayError,
 * and lets a test fire `watch` notifications. It enforces the contract the pane relies on:
 * `insertTemplate("report")` without `replace` into a non-empty document rejects with
 * `notEmpty`; `insertTemplate("form")` without `replace` appends the form to a non-empty
 * document, or rejects with `notEmpty` (the real gateway's message) when the form is there
 * already; `applyEdits` applies `replaceText` edits to the document (skipping a paragraph whose
 * text changed, as stale); `select` of a changed paragraph rejects with `targetNotFound`. The
 * saved decisions (`readState` / `writeState`) live in memory, as copies, like a document part.
 */
import "./jsdomPolyfills";
import { asRole, buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import type { Edit, Target } from "../../src/core/findings";
import {
  EMPTY_DOCUMENT_STATE,
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
} from "../../src/core/gateway";
import { textHash, type ReportDocument, type ReportParagraph } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import { formParagraphs } from "../../src/ooxml/form";
import { assembleSubmission, type FileOrReason } from "../../src/ooxml/submission";
import { FORM_PRESENT_MESSAGE } from "../../src/word/insertTemplate";

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
  /** The caller's progress listener (`readDocument`'s `onProgress`). */
  onProgress?: (progress: ReadProgress) => void;
}

/** The 申报书 as the real template writes it (`formParagraphs`; cells have tableDepth 1). */
export function formParaSpecs(): ParaSpec[] {
  return formParagraphs(PROFILE_2023).map((p) =>
    para(p.text, { tableDepth: p.part === "label" || p.part === "value" ? 1 : 0 })
  );
}

/** The template the fake inserts: the 案例报告 skeleton with our styles, or the 申报书. */
export function templateDocument(kind: TemplateKind = "report"): ReportDocument {
  if (kind === "form") return buildDocument(formParaSpecs(), { tableCount: 1 });
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
  private readonly held: (HeldRead | undefined)[] = [];
  /** Watch subscriptions ended by their Unsubscribe. */
  unsubscribed = 0;
  /** The decisions saved "in the document" (`readState` returns a copy). */
  savedState: DocumentState = EMPTY_DOCUMENT_STATE;
  /** What `exportPictures` resolves with. */
  pictures: ExportedPicture[] = [];
  /**
   * What `getDocumentFile` gives per kind: bytes, an error to throw, or null where the host does
   * not give that kind (as Word on the web gives neither).
   */
  documentFiles: Record<"docx" | "pdf", Uint8Array | Error | null> = { docx: null, pdf: null };
  private holdingWrites = false;
  private readonly heldWrites: {
    state: DocumentState;
    resolve: () => void;
    reject: (e: unknown) => void;
  }[] = [];

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
    this.held[i] = undefined; // later reads keep their numbers
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

  async readDocument(options?: ReadOptions): Promise<ReportDocument> {
    this.record("readDocument", []);
    if (!this.holding) return this.doc;
    return new Promise<ReportDocument>((resolve, reject) => {
      this.held.push({ resolve, reject, onProgress: options?.onProgress });
    });
  }

  /** Reports progress of held read number `i` to its caller, as a whole read in Word does. */
  reportProgress(i: number, progress: ReadProgress): void {
    const h = this.held[i];
    if (!h) throw new Error(`no held read #${i}`);
    h.onProgress?.(progress);
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
    options: { replace: boolean; restore?: RestoreMode }
  ): Promise<InsertTemplateResult> {
    this.record("insertTemplate", [kind, options]);
    this.restorePoint = null;
    if (!options.replace && !this.empty()) {
      if (kind === "report") throw new GatewayError("notEmpty", "the document is not empty");
      const title = PROFILE_2023.form.title;
      if (this.doc.paragraphs.some((p) => p.text.includes(title))) {
        throw new GatewayError("notEmpty", FORM_PRESENT_MESSAGE);
      }
      // Appended at the end, as src/word does (the existing paragraphs keep their text).
      const specs: ParaSpec[] = [...this.doc.paragraphs.map((p) => specOf(p)), ...formParaSpecs()];
      const added = formParaSpecs().length;
      this.doc = buildDocument(specs, { tableCount: this.doc.tableCount + 1 });
      return { paragraphs: added, page: "applied", notDone: [] };
    }
    const before = this.doc;
    const replaced = !this.empty();
    this.doc = templateDocument(kind);
    const result: InsertTemplateResult = {
      paragraphs: this.doc.paragraphs.length,
      page: "applied",
      notDone: [],
    };
    if (!replaced) return result;
    const point: RestorePoint = {
      id: ++this.serial,
      kind: "template",
      paragraphs: before.paragraphs.length,
      chars: 0,
    };
    this.restorePoint = { point, doc: before };
    return { ...result, restorePoint: point };
  }

  /**
   * Applies `replaceText` edits to the document (an edit whose paragraph text no longer matches
   * its hash is skipped as stale; edits are applied in the order given, which `planFixes` makes
   * bottom-to-top and right-to-left); setRole and setPage are counted, not modelled.
   */
  async applyEdits(edits: Edit[], options?: { restore?: RestoreMode }): Promise<ApplyEditsResult> {
    this.record("applyEdits", options === undefined ? [edits] : [edits, options]);
    const before = this.doc;
    this.restorePoint = null;
    if (this.applyResult) return this.withPoint(this.applyResult(edits), before);
    return this.withPoint(this.applyText(edits), before);
  }

  /**
   * The one restore point, as the Word gateway keeps it: the document before the latest write
   * (`restore` puts it back; any later write replaces it).
   */
  private restorePoint: { point: RestorePoint; doc: ReportDocument } | null = null;
  private serial = 0;
  /** When set, `applyEdits` keeps no restore point and says this instead. */
  noRestore: string | null = null;

  private withPoint(result: ApplyEditsResult, before: ReportDocument): ApplyEditsResult {
    if (result.applied === 0 && result.page !== "applied") return { ...result, restorePoint: null };
    if (this.noRestore !== null)
      return {
        ...result,
        restorePoint: null,
        noRestore: [{ id: "errors.gateway.restore.tooLarge", data: { kb: 1 } }],
      };
    const point: RestorePoint = {
      id: ++this.serial,
      kind: "edits",
      paragraphs: result.applied,
      chars: 0,
    };
    this.restorePoint = { point, doc: before };
    return { ...result, restorePoint: point };
  }

  async restore(point: RestorePoint): Promise<RestoreResult> {
    this.record("restore", [point]);
    const kept = this.restorePoint;
    if (kept === null || kept.point.id !== point.id)
      throw new GatewayError("notRestorable", [
        { id: "errors.gateway.what.notRestorable" },
        { id: "errors.gateway.restore.expired" },
      ]);
    this.doc = kept.doc;
    this.restorePoint = null;
    return { restored: point.paragraphs, verified: true, notDone: [] };
  }

  private applyText(edits: Edit[]): ApplyEditsResult {
    let applied = 0;
    let skippedStale = 0;
    const texts = this.doc.paragraphs.map((p) => p.text);
    const original = [...texts];
    for (const e of edits) {
      if (e.op === "setPage") continue;
      const before = original[e.target.index];
      if (before === undefined || textHash(before) !== e.target.textHash) {
        skippedStale++;
        continue;
      }
      applied++;
      if (e.op === "replaceText") {
        const t = texts[e.target.index]!;
        texts[e.target.index] = t.slice(0, e.span[0]) + e.text + t.slice(e.span[1]);
      }
    }
    if (texts.some((t, i) => t !== original[i])) {
      this.doc = buildDocument(
        this.doc.paragraphs.map((p, i) => ({ ...specOf(p), text: texts[i]!, runs: undefined })),
        {
          pictures: this.doc.pictures,
          sections: this.doc.sections,
          styles: this.doc.styles,
          tableCount: this.doc.tableCount,
        }
      );
    }
    return {
      applied,
      skippedStale,
      page: edits.some((e) => e.op === "setPage") ? "applied" : "notRequested",
      stylesRepaired: [],
      stylesNotRepaired: [],
      unverified: [],
      textUnchanged: !edits.some((e) => e.op === "replaceText"),
      notDone: [],
    };
  }

  async readState(): Promise<DocumentState> {
    this.record("readState", []);
    return copyState(this.savedState);
  }

  /** From now on, `writeState` waits until `releaseWrite` (the state is saved on release). */
  holdWrites(): void {
    this.holdingWrites = true;
  }

  /** Number of writes waiting. */
  get heldWriteCount(): number {
    return this.heldWrites.length;
  }

  /** Finishes the oldest held write: saves it, or rejects it with `error`. */
  releaseWrite(error?: unknown): void {
    const w = this.heldWrites.shift();
    if (!w) throw new Error("no held write");
    if (error !== undefined) {
      w.reject(error);
      return;
    }
    this.savedState = w.state;
    w.resolve();
  }

  async writeState(state: DocumentState): Promise<void> {
    this.record("writeState", [copyState(state)]);
    const saved = copyState(state);
    if (!this.holdingWrites) {
      this.savedState = saved;
      return;
    }
    return new Promise<void>((resolve, reject) => {
      this.heldWrites.push({ state: saved, resolve, reject });
    });
  }

  async exportPictures(): Promise<ExportedPicture[]> {
    this.record("exportPictures", []);
    return this.pictures.map((p) => ({ ...p, bytes: p.bytes.slice() }));
  }

  async exportSubmission(options: {
    reportName: string;
    toJpeg: PngToJpeg;
  }): Promise<SubmissionExport> {
    this.record("exportSubmission", [options.reportName]);
    const pictures = await this.exportPictures();
    const fileOf = (kind: "docx" | "pdf"): FileOrReason => {
      const file = this.documentFiles[kind];
      if (file === null) return "unsupported";
      return file instanceof Error ? "failed" : file.slice();
    };
    return assembleSubmission({
      reportName: options.reportName,
      report: fileOf("docx"),
      pdf: fileOf("pdf"),
      pictures,
      toJpeg: options.toJpeg,
    });
  }

  async select(target: Target): Promise<void> {
    this.record("select", [target]);
    // As the Word gateway (src/word/select.ts): a section has no place in the text.
    if (target.kind === "section") {
      throw new GatewayError("targetNotFound", [{ id: "errors.gateway.pageTarget" }]);
    }
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

/** A deep copy of a DocumentState (what a document part round trip gives). */
function copyState(s: DocumentState): DocumentState {
  const out: DocumentState = {
    version: 1,
    ignoredFindingIds: [...s.ignoredFindingIds],
    ignoredRules: [...s.ignoredRules],
    handChecked: [...s.handChecked],
  };
  if (s.roleCorrections && s.roleCorrections.length > 0)
    out.roleCorrections = s.roleCorrections.map((c) => ({ ...c }));
  if (s.preserved && s.preserved.length > 0) out.preserved = [...s.preserved];
  if (s.unreadableParts) out.unreadableParts = s.unreadableParts;
  return out;
}

/** The builder spec of a paragraph (its text, formatting of the first run, style, table depth). */
function specOf(p: ReportParagraph): ParaSpec {
  return {
    text: p.text,
    runs: p.runs.map((r) => ({ text: r.text, format: r.format })),
    ...(p.runs[0] ? { format: p.runs[0].format } : {}),
    styleId: p.styleId,
    styleName: p.styleName,
    outlineLevel: p.outlineLevel,
    alignment: p.alignment,
    spacing: p.spacing,
    numbering: p.numbering,
    tableDepth: p.tableDepth,
    direct: p.direct,
    ...(p.id !== undefined ? { id: p.id } : {}),
  };
}
