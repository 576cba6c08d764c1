/**
 * @fileoverview The writer's decisions (DocumentState: ignored findings and rules, hand-checked
 * items) saved in the open document as OUR custom XML part — namespace
 * `urn:case-report-assistant:state:1`; why a custom XML part and its format are documented in
 * `src/ooxml/decisions-part.ts` (the CLI reads the same part from the .docx). Layer: word.
 *
 * Two APIs, chosen per host:
 * - **WordApi 1.4** (Word API): `context.document.customXmlParts.getByNamespace(ns)`,
 *   `CustomXmlPart.getXml()`, `.setXml(xml)`, `.delete()`, `CustomXmlPartCollection.add(xml)`
 *   (learn.microsoft.com word.customxmlpartcollection / word.customxmlpart; office-js-snippets
 *   `samples/word/50-document/manage-custom-xml-part-ns.yaml`).
 * - **below 1.4** (Office 2019/2021, our WordApi 1.3 minimum): the Common API
 *   `Office.context.document.customXmlParts` — `getByNamespaceAsync`, `CustomXmlPart.getXmlAsync`,
 *   `deleteAsync`, `CustomXmlParts.addAsync` — requirement set CustomXmlParts, "Word 2013 and
 *   later on Windows, Word 2016 and later on Mac, Word on the web" (office-js-docs-reference
 *   `docs/requirement-sets/common/office-add-in-requirement-sets.md`). These calls are not
 *   `context.sync()` round trips; each is one asynchronous host call.
 *
 * Round trips (WordApi 1.4): readState 1 sync when no state is saved, 2 when one is (the part
 * ids must be known before `getXml()` can be queued on them). A 1-sync read would queue
 * `getByNamespace(ns).getOnlyItemOrNullObject().getXml()` — but what `getXml()` on a null object
 * does inside the same batch (no-op, or failing the batch) is not documented (VERIFY on real
 * Word before relying on it). writeState 2 syncs when no part exists, 3 when one does (the part
 * ids; their XML; then setXml/add/delete).
 *
 * **A damaged part of ours is never overwritten or deleted from the pane** (issue 8): one that
 * names our namespace but cannot be read (`isDamagedStatePart`: wrong root, unsafe or too large)
 * counts as empty on read, `readState` says how many there are (`DocumentState.unreadableParts`,
 * the pane tells the writer), and `writeState` saves into a readable part of ours or a new one,
 * leaving the damaged part as it was — whatever it held is not lost by a save here. The CLI
 * refuses instead unless `--force` (`src/cli/ignore.ts`).
 *
 * Word may re-serialise the XML it stores (VERIFY); the parser accepts any well-formed form.
 */
import { GatewayError, type Capabilities, type DocumentState } from "../core/gateway";
import { STATE_NAMESPACE, emptyState } from "../ooxml/decisions-names";
import { loadPart, toGatewayError } from "./errors";
import type { ErrorMessageId, MessageRef } from "../core/messages";

/** Message when the host has neither the Word API 1.4 nor the Common API for custom XML parts. */
export const STATE_UNSUPPORTED_MESSAGE: readonly MessageRef<ErrorMessageId>[] = [
  { id: "errors.gateway.stateUnsupported" },
];

/** The state part's XML side (`../ooxml/decisions-part`, with xmldom). */
type XmlSide = typeof import("../ooxml/decisions-part");

/**
 * Loads the state part's XML side: a chunk of its own, fetched only when a saved part is found or
 * decisions are saved (issue 9: the first load of a document with no saved decisions does
 * without it).
 */
const xmlSide = (code: "readFailed" | "writeFailed"): Promise<XmlSide> =>
  loadPart(() => import(/* webpackChunkName: "decisions" */ "../ooxml/decisions-part"), code);

// ----------------------------------------------------------------------------------------------
// Common API (below WordApi 1.4)

/** The slice of `Office.CustomXmlPart` (Common API) we use. */
interface CommonXmlPart {
  id: string;
  getXmlAsync(callback: (r: Office.AsyncResult<string>) => void): void;
  deleteAsync(callback: (r: Office.AsyncResult<void>) => void): void;
}

/** The slice of `Office.CustomXmlParts` (Common API) we use. */
interface CommonXmlParts {
  addAsync(xml: string, callback: (r: Office.AsyncResult<CommonXmlPart>) => void): void;
  getByNamespaceAsync(ns: string, callback: (r: Office.AsyncResult<CommonXmlPart[]>) => void): void;
}

/**
 * The Common API's custom XML parts of the open document, or null when the host lacks the
 * CustomXmlParts requirement set (isSetSupported is synchronous: no round trip).
 */
export function commonXmlParts(): CommonXmlParts | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const parts = office?.context?.document?.customXmlParts as unknown as CommonXmlParts | undefined;
  if (!parts || typeof parts.getByNamespaceAsync !== "function") return null;
  const req = office?.context?.requirements;
  if (req && typeof req.isSetSupported === "function" && !req.isSetSupported("CustomXmlParts"))
    return null;
  return parts;
}

/** An `OfficeExtension.Error`-shaped error from a failed Common API call (for toGatewayError). */
function asyncError(r: Office.AsyncResult<unknown>, call: string): Error & { code: string } {
  const e = new Error(`${call}: ${r.error?.message ?? "failed"}`) as Error & {
    code: string;
    debugInfo: string;
  };
  // Common API errors carry a numeric code and a name (e.g. 5001 "Internal Error"); the
  // OfficeExtension-style string code lets toGatewayError give its advice.
  e.code = "GeneralException";
  e.debugInfo =
    `${call}: ${r.error?.name ?? ""} ${String(r.error?.code ?? "")} ${r.error?.message ?? ""}`.trim();
  return e;
}

/** Wraps a Common API call in a promise (rejects with an Office-shaped error on failure). */
function call<T>(name: string, f: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      f((r) => {
        if (String(r.status) === "succeeded") resolve(r.value);
        else reject(asyncError(r, name));
      });
    } catch (e) {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what the Common API threw, as thrown: toGatewayError reads its shape
      reject(e);
    }
  });
}

async function readCommon(parts: CommonXmlParts): Promise<DocumentState> {
  const found = await call<CommonXmlPart[]>("CustomXmlParts.getByNamespaceAsync", (cb) =>
    parts.getByNamespaceAsync(STATE_NAMESPACE, cb)
  );
  if (found.length === 0) return emptyState();
  return unite(await xmlsOf(found));
}

/** The XML of each Common API part, in order (one host call each). */
function xmlsOf(found: readonly CommonXmlPart[]): Promise<string[]> {
  return Promise.all(
    found.map((p) => call<string>("CustomXmlPart.getXmlAsync", (cb) => p.getXmlAsync(cb)))
  );
}

async function writeCommon(
  parts: CommonXmlParts,
  state: DocumentState,
  xml: XmlSide
): Promise<void> {
  const { isDamagedStatePart, isEmptyState, stateToXml } = xml;
  const found = await call<CommonXmlPart[]>("CustomXmlParts.getByNamespaceAsync", (cb) =>
    parts.getByNamespaceAsync(STATE_NAMESPACE, cb)
  );
  const xmls = found.length === 0 ? [] : await xmlsOf(found);
  // Add first, then delete the old readable parts: a failure in between leaves the decisions
  // saved twice (united on read) rather than lost. Damaged parts are left as they are.
  if (!isEmptyState(state)) {
    await call<CommonXmlPart>("CustomXmlParts.addAsync", (cb) =>
      parts.addAsync(stateToXml(state), cb)
    );
  }
  for (const [i, p] of found.entries()) {
    if (isDamagedStatePart(xmls[i] ?? "")) continue;
    await call<void>("CustomXmlPart.deleteAsync", (cb) => p.deleteAsync(cb));
  }
}

// ----------------------------------------------------------------------------------------------
// Shared

/**
 * Unites the states of the parts' XML; garbage parts count as empty, and the damaged parts of
 * ours among them are counted in `unreadableParts` (absent when there are none).
 */
async function unite(xmls: readonly string[]): Promise<DocumentState> {
  const { isDamagedStatePart, mergeStates, parseStateXml } = await xmlSide("readFailed");
  const states = xmls.map((x) => parseStateXml(x)).filter((s): s is DocumentState => s !== null);
  const united = mergeStates(states);
  const damaged = xmls.filter(isDamagedStatePart).length;
  return damaged > 0 ? { ...united, unreadableParts: damaged } : united;
}

/**
 * Reads the writer's saved decisions.
 * Round trips: WordApi 1.4 — 1 `context.sync()` when nothing is saved, 2 when a part exists;
 * below 1.4 — 0 syncs, 1 + (number of parts) Common API calls. Requires: WordApi 1.4, or the
 * CustomXmlParts Common API requirement set (every WordApi 1.3 host).
 * @param context a Word request context (no Word.run inside)
 * @param caps the host's capabilities (decides the API)
 * @returns the united state of our parts; the empty state when none is saved or a part is
 *   garbage (never a parse error); `unreadableParts` counts the damaged parts of ours
 * @throws GatewayError "readFailed" when the host call fails; "unsupportedHost" without either API
 */
export async function readState(
  context: Word.RequestContext,
  caps: Capabilities
): Promise<DocumentState> {
  if (!caps.wordApi14) {
    const parts = commonXmlParts();
    if (!parts) throw new GatewayError("unsupportedHost", STATE_UNSUPPORTED_MESSAGE);
    try {
      return await readCommon(parts);
    } catch (e) {
      throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readDecisions" });
    }
  }
  const scoped = context.document.customXmlParts.getByNamespace(STATE_NAMESPACE);
  scoped.load("items/id");
  try {
    await context.sync();
    const items = scoped.items ?? []; // undefined on the web when no part has the namespace (office-js#6673)
    if (items.length === 0) return emptyState();
    const results = items.map((p) => p.getXml());
    await context.sync();
    return await unite(results.map((r) => r.value));
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.readDecisions" });
  }
}

/**
 * Saves the writer's decisions, replacing what was saved: with a readable part of ours, its XML
 * is replaced (`setXml`); with none, a part is added; extra readable parts of ours are deleted;
 * an empty state deletes our readable parts. Damaged parts of ours (`isDamagedStatePart`) and
 * parts of other namespaces — including later versions of ours — are never touched.
 * Round trips: WordApi 1.4 — 2 `context.sync()` when no part of ours exists (ids; the add), 3
 * when one does (ids; their XML; the writes in one batch); below 1.4 — 0 syncs, 1 + (parts) +
 * 1 + (old readable parts) Common API calls. Requires: as {@link readState}.
 * @throws GatewayError "writeFailed" (`partial` when the second batch failed: Office.js batches
 *   are not transactions); "unsupportedHost" without either API
 */
export async function writeState(
  context: Word.RequestContext,
  caps: Capabilities,
  state: DocumentState
): Promise<void> {
  const xml = await xmlSide("writeFailed");
  const { isDamagedStatePart, isEmptyState, normalizeState, stateToXml } = xml;
  const s = normalizeState(state);
  if (!caps.wordApi14) {
    const parts = commonXmlParts();
    if (!parts) throw new GatewayError("unsupportedHost", STATE_UNSUPPORTED_MESSAGE);
    try {
      await writeCommon(parts, s, xml);
      return;
    } catch (e) {
      throw toGatewayError(e, "writeFailed", {
        partial: true,
        context: "errors.gateway.step.saveDecisions",
      });
    }
  }
  const collection = context.document.customXmlParts;
  const scoped = collection.getByNamespace(STATE_NAMESPACE);
  scoped.load("items/id");
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", { context: "errors.gateway.step.saveDecisions" });
  }
  const found = scoped.items ?? []; // office-js#6673: undefined on the web for an unused namespace
  let existing: Word.CustomXmlPart[] = [];
  if (found.length > 0) {
    const xmls = found.map((p) => p.getXml());
    try {
      await context.sync();
    } catch (e) {
      throw toGatewayError(e, "writeFailed", { context: "errors.gateway.step.saveDecisions" });
    }
    existing = found.filter((_, i) => !isDamagedStatePart(xmls[i]?.value ?? ""));
  }
  const empty = isEmptyState(s);
  const [first, ...others] = existing;
  if (empty && first === undefined) return; // nothing to write: no further sync
  if (empty) existing.forEach((p) => p.delete());
  else if (first === undefined) collection.add(stateToXml(s));
  else {
    first.setXml(stateToXml(s));
    others.forEach((p) => p.delete());
  }
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", {
      partial: true,
      context: "errors.gateway.step.saveDecisions",
    });
  }
}
