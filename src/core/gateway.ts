/**
 * @fileoverview The DocumentGateway: what the task pane may ask of the open document. Declared
 * here (core), implemented by `src/word` over Office.js and by test fakes. Only plain data
 * crosses it — never a Word proxy. Layer: core.
 */
import { renderText, type ErrorMessageId, type Locale, type MessageRef } from "./messages";
import type { ReportDocument } from "./model";
import type { Edit, Target } from "./findings";
import type { RoleCorrection } from "./roles";

/** Requirement sets the host supports, from `Office.context.requirements.isSetSupported`. */
export interface Capabilities {
  host: "Windows" | "Mac" | "Web" | "iOS" | "Unknown";
  /** WordApi 1.3: styleBuiltIn, tableNestingLevel, isListItem/listString. Our minimum. */
  wordApi13: boolean;
  /** WordApi 1.4: getReviewedText, change tracking. */
  wordApi14: boolean;
  /** WordApi 1.5: document.getStyles, Style.font/paragraphFormat. */
  wordApi15: boolean;
  /** WordApi 1.6: paragraph events, uniqueLocalId. */
  wordApi16: boolean;
  /** WordApiDesktop 1.3: Font.nameFarEast, pageSetup. */
  wordApiDesktop13: boolean;
}

/** Which template to insert. */
export type TemplateKind = "report" | "form";

/** Result of inserting a template. */
export interface InsertTemplateResult {
  /** Paragraphs inserted. */
  paragraphs: number;
  /** Whether A4 portrait could be set by the API (WordApiDesktop 1.3); otherwise manual steps are given. */
  page: "applied" | "unsupported" | "alreadyOk";
  /** Message ids of things the host could not do, each with manual steps in the messages module. */
  notDone: string[];
  /**
   * What 恢复 can put back (the document's content before the template replaced it); null when
   * nothing was replaced (an empty document, the form appended) or no restore point was kept —
   * then `noRestore` says why. Absent from gateways written before restore points.
   */
  restorePoint?: RestorePoint | null;
  /** Why no restore point was kept (catalog parts), when one would have been useful. */
  noRestore?: readonly MessageRef<ErrorMessageId>[];
}

/**
 * A restore point: what the gateway kept in memory before a destructive write (插入模板 over a
 * non-empty document, 一键排版, a text fix, fix-all) so that {@link DocumentGateway.restore} can
 * put the written paragraphs back — Word's own undo is partial and cleared by `insertOoxml`
 * on the web (docs "Undo support"; office-js#6423, #1827, #5621), so the pane never promises
 * Ctrl+Z. A handle only: the kept OOXML stays inside the gateway, which keeps ONE point (the
 * latest write's); a point of an earlier write is refused as expired.
 */
export interface RestorePoint {
  /** The gateway's serial number of the point. */
  readonly id: number;
  /** Which write it undoes. */
  readonly kind: "template" | "edits";
  /** Paragraphs it puts back (for the template: the paragraphs the document had). */
  readonly paragraphs: number;
  /** UTF-16 code units of OOXML kept in memory (bounded by the gateway). */
  readonly chars: number;
}

/** What {@link DocumentGateway.restore} did. */
export interface RestoreResult {
  /** Paragraphs put back. */
  restored: number;
  /**
   * True when a re-read after restoring found every restored paragraph's text as it was before
   * the write; false when it differs or the re-read failed (the pane then asks for 重新检查).
   */
  verified: boolean;
  /** Message ids of things not put back (style definitions repaired, page setup), if any. */
  notDone: string[];
}

/** How applyEdits / insertTemplate treat a restore point. */
export type RestoreMode =
  /** Keep one or throw GatewayError "notRestorable" BEFORE anything is written. */
  | "required"
  /** Keep one when possible (the result says why not). The default. */
  | "ifPossible"
  /** Keep none. */
  | "none";

/**
 * Result of applying edits (one-click formatting is a list of setRole edits plus setPage).
 *
 * How to read it: first `verified`. When it is `false` the verifying re-read failed, so nothing
 * was observed — show only the `notDone` "verifyFailed" text (排版后未能重新读取文档核对结果：
 * 请单击“重新检查”), never "文字与排版前不一致": `textUnchanged` is then false only because it was
 * not verified, and `unverified` is empty. Otherwise `textUnchanged` and `unverified` are
 * observations of the re-read document.
 */
export interface ApplyEditsResult {
  /**
   * Paragraph edits applied (setRole and replaceText, each counted once). The page setup is
   * never counted here: its outcome is `page`.
   */
  applied: number;
  /** Edits skipped because their paragraph changed since the check (text hash differs). */
  skippedStale: number;
  /** Page setup outcome (R13). */
  page: "applied" | "unsupported" | "alreadyOk" | "notRequested";
  /** Styles that existed with a different definition and were repaired through the Style API. */
  stylesRepaired: string[];
  /** Styles that differ from the profile and could not be repaired on this host (e.g. East Asian font below WordApiDesktop 1.3). */
  stylesNotRepaired: string[];
  /**
   * Paragraph indexes whose re-read formatting was OBSERVED to still differ from the profile
   * after applying (empty when `verified` is false: nothing was observed).
   */
  unverified: number[];
  /**
   * True when the re-read verified the text of every paragraph unchanged. False when a
   * difference was observed — or, with `verified: false`, when nothing could be verified: read
   * `verified` first.
   */
  textUnchanged: boolean;
  /**
   * Whether the verifying re-read succeeded. `false`: it failed (then `unverified` is empty,
   * `textUnchanged` is false and `notDone` contains "verifyFailed"). Absent is read as `true`
   * (gateways and fakes written before this field always verified or threw).
   */
  verified?: boolean;
  /** Message ids of things the host could not do (manual steps in the messages module). */
  notDone: string[];
  /**
   * Paragraphs (0-based indexes at check time, ascending) with text fixes that were not made
   * because their words could not be found in Word (notDone "replaceTextNotLocated"): nothing
   * was written for those fixes; the other edits were made. Absent when every one was found.
   */
  textNotLocated?: number[];
  /**
   * What 恢复 / 撤销修复 can put back; null when nothing was written or no point was kept (then
   * `noRestore` says why). Absent from gateways written before restore points.
   */
  restorePoint?: RestorePoint | null;
  /** Why no restore point was kept (catalog parts). */
  noRestore?: readonly MessageRef<ErrorMessageId>[];
}

/** Failure kinds the gateway reports; the pane maps each to a Chinese message with a way forward. */
export type GatewayErrorCode =
  | "unsupportedHost" // below WordApi 1.3, or not Word
  | "readFailed" // body.paragraphs / getOoxml failed
  | "ooxmlUnreadable" // getOoxml returned something we cannot parse
  | "documentTooLarge" // the document exceeds what can be read live
  | "writeFailed" // a sync rejected while writing: nothing or part was written (see `partial`)
  | "notEmpty" // template insertion into a non-empty document without confirmation
  | "targetNotFound" // a finding's place no longer exists
  | "cancelled"
  | "notRestorable" // a restore point cannot be kept (before a write) or applied (the document changed)
  | "unknown";

/**
 * A typed error from the gateway. `partial` is true when a write may have been applied in part.
 *
 * Its user-facing text is `text`: catalog keys of the "errors" namespace with their values (what
 * failed, during which step, what to do), rendered in the reader's locale by {@link textIn};
 * `message` is that text in zh-CN, for logs. A GatewayError built from a plain string (tests,
 * technical notes) has no `text`, and its `message` is not for the writer.
 */
export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly partial: boolean;
  /** The user-facing message, not yet rendered; absent when built from a plain string. */
  readonly text?: readonly MessageRef<ErrorMessageId>[];
  /** Office.js error code and debug info when the cause was an OfficeExtension.Error. */
  readonly officeCode?: string;
  readonly debugInfo?: string;
  /**
   * @param code what kind of failure
   * @param message the user-facing text as catalog parts (rendered in order), or a plain
   *   technical string
   * @param options `partial`: a write may have landed in part; Office.js code and debug info
   */
  constructor(
    code: GatewayErrorCode,
    message: string | readonly MessageRef<ErrorMessageId>[],
    options: { partial?: boolean; officeCode?: string; debugInfo?: string; cause?: unknown } = {}
  ) {
    super(typeof message === "string" ? message : renderText(message));
    this.name = "GatewayError";
    this.code = code;
    this.partial = options.partial ?? false;
    if (typeof message !== "string") this.text = message;
    if (options.officeCode !== undefined) this.officeCode = options.officeCode;
    if (options.debugInfo !== undefined) this.debugInfo = options.debugInfo;
  }

  /** The user-facing message in `locale` (the plain `message` when there is no `text`). */
  textIn(locale: Locale): string {
    return this.text ? renderText(this.text, locale) : this.message;
  }
}

/**
 * The writer's decisions, saved with the document so that they survive closing it and are
 * honoured by the CLI (issue 4: ignore once / ignore a rule; R9, R25, R26 hand-checked ticks).
 */
export interface DocumentState {
  version: 1;
  /** Finding ids ignored once (`Finding.id`). */
  ignoredFindingIds: string[];
  /** Rule ids ignored for this document. */
  ignoredRules: string[];
  /** Ids of hand-checked checklist items the writer ticked (`Checklist.hand[].id`). */
  handChecked: string[];
  /**
   * Roles the writer gave paragraphs by hand (issue 8), one per paragraph key. Absent is read as
   * none (states saved before corrections existed; hand-made states).
   */
  roleCorrections?: RoleCorrection[];
  /**
   * Elements of the saved state this version could not use (a role correction naming a role or
   * paragraph it does not know, an element a later version added), as XML text: never applied,
   * written back unchanged so that saving here loses nothing (`src/ooxml/state.ts`).
   */
  preserved?: string[];
  /**
   * Read-only, never saved: how many parts of ours in the document could not be read when this
   * state was read (damaged; they count as empty). The add-in leaves them as they are on save;
   * the pane tells the writer. Absent or 0 when there are none.
   */
  unreadableParts?: number;
}

/** The empty state of a document nobody has ticked or ignored anything in. */
export const EMPTY_DOCUMENT_STATE: DocumentState = Object.freeze({
  version: 1,
  ignoredFindingIds: [],
  ignoredRules: [],
  handChecked: [],
});

/** A picture exported as a file named by its caption (R23), e.g. "图1 隐患排查现场.jpg". */
export interface ExportedPicture {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  /**
   * The resolution the picture has in the document: pixels across ÷ displayed inches (R22's
   * effective dpi); null or absent when either is unknown.
   */
  dpi?: number | null;
}

/** Stops watching. */
export type Unsubscribe = () => void;

/**
 * What the paragraph batch of a whole read already holds of one paragraph (loaded in its one
 * sync; nothing is loaded for this). Plain data, as Word gave it (WordApi 1.3 properties).
 */
export interface BatchParagraph {
  /**
   * `Paragraph.text` as Word gives it: no numbering label, tabs "\t", line breaks "\v", page
   * breaks "\f" (as the OOXML reader reads a paragraph, `ReportParagraph.text`).
   */
  text: string;
  /** `Paragraph.style`: the style's name as Word shows it (localised for built-ins: 标题 1). */
  style: string;
  /** `Paragraph.styleBuiltIn`: "Normal", "Heading1" … "Heading9", "Toc1", "Title" …, "Other". */
  styleBuiltIn: string;
  /** `Paragraph.alignment`: "Left", "Centered", "Right", "Justified", "Mixed" or "Unknown". */
  alignment: string;
  /** `Paragraph.isListItem`: numbered or bulleted by Word's lists (its label is not known here). */
  isListItem: boolean;
  /** `Paragraph.tableNestingLevel`: 0 outside tables. */
  tableNestingLevel: number;
  /** Inline pictures in the paragraph (`Paragraph.inlinePictures`). */
  pictures: number;
  /** `Paragraph.font.bold`; null when the runs differ. */
  bold: boolean | null;
  /** `Paragraph.font.size` in points; null when the runs differ. */
  size: number | null;
  /** `Paragraph.font.name` (the Latin font Word reports); null when the runs differ. */
  fontName: string | null;
}

/** How far a whole read of the document is (`readDocument`'s `onProgress`). */
export interface ReadProgress {
  /** Paragraphs in the document (known once the paragraph batch is back). */
  paragraphs: number;
  /** Syncs of the document's OOXML done so far (0 right after the paragraph batch). */
  partsRead: number;
  /** Syncs the OOXML is read in (≥ 1: text parts together, each photo alone). */
  parts: number;
  /**
   * The paragraph batch itself, on the first report of a whole read only (`partsRead` 0): what
   * its one sync loaded of every paragraph, in document order — enough for the provisional 字数
   * of a first check (`provisionalChecklist`) while the OOXML is read. Nothing is loaded for it.
   */
  batch?: readonly BatchParagraph[];
}

/** Options of `readDocument`. */
export interface ReadOptions {
  /** Read the whole document again, not only what changed. */
  fresh?: boolean;
  /** Hears how far a whole read is (see `readDocument`). */
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * The open document, as the task pane sees it. Every method states its round trips in the
 * implementation's doc comment; none syncs in a loop.
 */
export interface DocumentGateway {
  /** Requirement sets of this host (no round trip: `isSetSupported` is synchronous). */
  capabilities(): Capabilities;
  /**
   * The document as a model. The Word gateway reads the whole document once and after that only
   * the paragraphs that changed (issue 7); `fresh: true` reads the whole document again (the
   * writer's 重新检查, planning a write). One read runs at a time; calls made meanwhile share
   * one read after it. Round trips: bounded whatever the size (see the implementation).
   * `onProgress` hears how far a whole read is (after its paragraph batch, then after each part
   * of its OOXML), so a long check can say so (issue 9); a read of only the changed paragraphs
   * reports nothing. Called on the read that serves this call (a coalesced call: the shared
   * read's), never after it settles.
   */
  readDocument(options?: ReadOptions): Promise<ReportDocument>;
  /** True when the body has no text, tables or pictures (1 sync). */
  isEmpty(): Promise<boolean>;
  /**
   * Inserts the template. With `replace: false` into a non-empty document it throws
   * `GatewayError("notEmpty")` — the pane asks first and never overwrites silently.
   */
  insertTemplate(
    kind: TemplateKind,
    options: { replace: boolean; restore?: RestoreMode }
  ): Promise<InsertTemplateResult>;
  /**
   * Applies edits (bounded syncs, never one per paragraph), then re-reads to verify. Keeps a
   * restore point of the paragraphs it writes (`options.restore`, default "ifPossible").
   */
  applyEdits(edits: Edit[], options?: { restore?: RestoreMode }): Promise<ApplyEditsResult>;
  /**
   * Puts back what the write that made `point` changed, or refuses — GatewayError
   * "notRestorable", nothing changed — when the point expired (a later write) or the document
   * changed under those paragraphs since the write (the message names them).
   */
  restore(point: RestorePoint): Promise<RestoreResult>;
  /** Selects a finding's place in the document (words where a span is given, else the paragraph). */
  select(target: Target): Promise<void>;
  /**
   * Calls `onChange` (debounced by `debounceMs`) after the document changes: paragraph events
   * where WordApi 1.6 exists, polling below it, and a periodic reconcile in both cases.
   */
  watch(onChange: () => void, options?: { debounceMs?: number; pollMs?: number }): Unsubscribe;
  /** Reads the writer's saved decisions (EMPTY_DOCUMENT_STATE when none are saved). */
  readState(): Promise<DocumentState>;
  /** Saves the writer's decisions with the document (replacing what was saved). */
  writeState(state: DocumentState): Promise<void>;
  /** Every picture of the document as a file named by its caption (R23). */
  exportPictures(): Promise<ExportedPicture[]>;
  /**
   * The submission package (R23, R25): the document as .docx and PDF where the host gives them
   * (Word for Windows, Mac, iPad; not Word on the web), every picture named by its caption with
   * PNGs converted by `toJpeg`, in one zip — and what is missing and why.
   * @throws GatewayError "readFailed" when the pictures cannot be read (a missing .docx or PDF is
   *   reported in the result, not thrown)
   */
  exportSubmission(options: { reportName: string; toJpeg: PngToJpeg }): Promise<SubmissionExport>;
}

/**
 * Converts PNG bytes to JPG bytes declaring `dpi` (the picture's effective dpi in the document;
 * null: unknown); null when it cannot (the picture then goes into the zip as stored).
 */
export type PngToJpeg = (
  png: Uint8Array,
  dpi: number | null
) => Uint8Array | null | Promise<Uint8Array | null>;

/** What {@link DocumentGateway.exportSubmission} gives. */
export interface SubmissionExport {
  /** The zip; null when there is nothing to put in it. */
  zip: Uint8Array | null;
  /** Files in the zip: "案例报告.docx", "案例报告.pdf", "图片/图1 ….jpg" … */
  fileNames: string[];
  /** The report as .docx / PDF: included, or missing (host does not give it, or Word failed). */
  report: "included" | "unsupported" | "failed";
  pdf: "included" | "unsupported" | "failed";
  /** Pictures converted from PNG to JPG. */
  converted: number;
  /** Pictures left in another format than JPG (file names). */
  notJpg: string[];
}
