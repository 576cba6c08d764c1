/**
 * @fileoverview Applies an edit plan (setRole / setPage / replaceText) to the open document:
 * a write run planned from ONE read — the live checklist's model made current by its paragraph
 * batch (`LiveDocument.forWrite`: 1 sync when nothing changed), the paragraphs to rewrite taken
 * from the OOXML that read already holds (no `getOoxml` of the body) — and one write sync; then a
 * verifying read in a NEW `Word.run` (office-js#3284: on the web, paragraphs are stale within one
 * run) of only the paragraphs written (`LiveDocument.afterWrite`). Stale targets (text changed
 * since the check) are skipped and counted, never guessed (anchor-codebases §6.5). Layer: word.
 *
 * Why each write takes the route it does (officejs-facts):
 * - our styles are defined ONCE per document by inserting a styles-only flat-OPC package (§3
 *   fact 7), only when one is missing; an existing style is not redefined that way (§3 fact 8,
 *   office-js#5491), so it is repaired through `Style.font` / `Style.paragraphFormat` (WordApi
 *   1.5) and `font.nameFarEast` (WordApiDesktop 1.3 only, §1 fact 3); an exact line rule cannot
 *   be set through the API (§2 facts 2–3), so a style whose spacing differs is reported in
 *   `stylesNotRepaired`;
 * - a paragraph without conflicting direct formatting (core `role-match`) gets
 *   `paragraph.style = name`: nothing else is sent;
 * - a paragraph whose direct fonts/size/bold/alignment/spacing/indent conflict with its role (or
 *   a run-in heading, whose body part needs run formatting) is rewritten: its `w:p` from the
 *   live read, formatted by `formatParagraphXml`, goes back with `insertOoxml(…, "Replace")` —
 *   consecutive ones as ONE package over their range (`ooxml/paragraphPackage` `runPackage`, at
 *   most CHUNK_BYTES each), which ends with an empty helper paragraph deleted in the same batch
 *   (office-js#3149: a single inserted paragraph keeps the target's pPr; #2914: the last inserted
 *   paragraph loses its style). The package names our styles but does not define them.
 *   Whether the direct alignment, spacing and indent are really gone is proved by the verifying
 *   read (`matchesRole` rejects any conflicting `w:pPr` child): a paragraph where they survive
 *   is reported in `unverified`;
 * - never rewritten, only styled and reported (`notDone` "paragraphKeptStructure" or
 *   "paragraphKeptDirectFormatting" when their direct formatting still shows): paragraphs that
 *   end a section (`w:pPr/w:sectPr`), hold a bookmark or field spanning paragraphs, pictures or
 *   other objects, footnote/endnote references or comments, or relationships other than
 *   hyperlinks (`rewriteBlocker`, `paragraphReferences`);
 * - an automatically numbered paragraph (its own `w:numPr`) is rewritten without its numbering
 *   and attached to the list it was in (`attachToList`, WordApi 1.3; `./paragraphWrites`): Word
 *   gives paragraphs inserted with numbering a list of their own, so 一、二、三、 would start
 *   again (office-js-docs#68); the verifying run checks list, level and number, and says when
 *   they are not back ("numberingMayRestart");
 * - a paragraph numbered through its style (a 标题 1 linked to a list, no `w:numPr` of its own:
 *   core `styleNumbering`, the decision the CLI formatter takes too) would lose its number with
 *   the style, ours numbering nothing: rewritten or only styled, it is attached to the list it
 *   was in at its level (`attachToList`, WordApi 1.3) and verified the same way;
 * - with Track Changes on (WordApi 1.4 `changeTrackingMode`), re-inserted OOXML would become a
 *   deletion + insertion of the whole paragraph (office-js#329, #334): paragraphs are only styled
 *   and no text is changed ("trackChangesStylesOnly");
 * - page size/orientation through `pageSetup` (WordApiDesktop 1.3), else reported (§4);
 * - replaceText in a paragraph that is rewritten anyway: in its rewritten XML (`replaceParagraphText`,
 *   as the CLI), no search; elsewhere through `paragraph.search` scoped to the paragraph
 *   (`./searchSpan`: tabs and manual line breaks as `^t`/`^l`, at most MAX_NEEDLE characters a
 *   search, a longer span as its first piece expanded to its last, the occurrence chosen by
 *   counting the ones before the span). The searches run in a sync of their own BEFORE the write
 *   sync, with `getFirstOrNullObject` and the hit's text loaded: a text edit is written only when
 *   its words were found with the text expected; a miss is reported (`textNotLocated`, notDone
 *   "replaceTextNotLocated") and never fails the write batch, so the style and paragraph writes
 *   never depend on a search (office-js#2331, #320; `getFirst` throws ItemNotFound on no result).
 */
import type { ApplyEditsResult, Capabilities, RestoreMode } from "../core/gateway";
import { GatewayError } from "../core/gateway";
import type { Edit } from "../core/findings";
import type { Alignment, ReportDocument } from "../core/model";
import type { FormattedRole, Profile } from "../core/profile";
import {
  conflictingParagraphFormat,
  conflictingRunFormat,
  matchesRole,
  sameFont,
  styleDiffs,
} from "../core/role-match";
import { formatParagraphXml, paragraphText, replaceParagraphText } from "../ooxml/format";
import {
  paragraphReferences,
  rewriteBlocker,
  sourceParagraphs,
  withoutDirectNumbering,
} from "../ooxml/paragraphPackage";
import { stylesOnlyFlatOpc } from "../ooxml/template";
import { type Element, W, serializeXml } from "../ooxml/xml";
import { toGatewayError } from "./errors";
import { MANUAL_PAGE_SETUP } from "./insertTemplate";
import type { LiveDocument } from "./liveRead";
import {
  inBody,
  type ListPlace,
  type ParagraphWrite,
  queueListReads,
  type StyleWrite,
  queueParagraphWrites,
  queueStyleWrites,
  relsOf,
} from "./paragraphWrites";
import { styleNumbering } from "../core/numbering";
import { type CaptureResult, captureParagraphs, requireKept } from "./restore";
import { hashMatches, normalizeText, usableIds } from "./readDocument";
import { itemAt } from "../core/item-at";
import {
  type LocatedSpan,
  type SpanPlan,
  insertable,
  planSpan,
  queueSpan,
  replacements,
} from "./searchSpan";

/** Message ids of `notDone` entries produced here. */
export const NOT_DONE = {
  manualPageSetup: MANUAL_PAGE_SETUP,
  /**
   * Text fixes whose words Word's search did not find (the text changed since the check, or Word
   * finds something other than its paragraph text says), or whose ends hold a page break or other
   * character search cannot find: nothing was written for them (`ApplyEditsResult.textNotLocated`
   * names their paragraphs).
   */
  replaceNotFound: "replaceTextNotLocated",
  verifyFailed: "verifyFailed",
  /**
   * Track Changes is on: re-inserted OOXML would become a deletion + insertion revision of the
   * whole paragraph (office-js#329, #334), so only styles were applied and no text changed.
   */
  trackChangesStylesOnly: "trackChangesStylesOnly",
  /**
   * Some paragraphs could not be re-written (footnote/endnote references, comments, or objects
   * whose parts cannot travel with one paragraph): they only got their style (a run-in heading
   * paragraph not even that), so their manual formatting may remain.
   */
  keptDirectFormatting: "paragraphKeptDirectFormatting",
  /**
   * Paragraphs that end a section, hold a bookmark or field spanning paragraphs, or pictures were
   * not rewritten (rewriting them would change the section, cut the bookmark or field, or send
   * the pictures back whole): they only got their style, so their manual formatting may remain.
   */
  keptStructure: "paragraphKeptStructure",
  /**
   * Automatically numbered paragraphs were rewritten and the verifying read did not find them in
   * their list with their number (Word gives re-inserted numbering a list of its own,
   * office-js-docs#68): their numbers may start again.
   */
  numberingRestarted: "numberingMayRestart",
} as const;

/** Word's `Alignment` for an OOXML alignment. */
const API_ALIGNMENT: Record<
  Alignment,
  Word.Alignment | "Left" | "Centered" | "Right" | "Justified"
> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  both: "Justified",
  distribute: "Justified",
};

/** Why a setRole paragraph was only styled (or left alone), for the message. */
export type KeptReason = "structure" | "travel" | "tracking";

/** What the write run hands to the verifying read. */
export interface WritePhase {
  result: ApplyEditsResult;
  /** Word's paragraph texts before the writes (normalised), and what they must be after. */
  expectedTexts: string[];
  /** Word's paragraph texts (raw) as the write leaves them ("" where unknown: re-read later). */
  texts: string[];
  /** Indexes of the paragraphs written (styled, rewritten or text-edited), ascending. */
  written: number[];
  /** setRole edits applied: paragraph index, role and heading end. */
  roles: { index: number; role: FormattedRole; headingEnd?: number }[];
  /** Role styles the edits use (names of our styles). */
  usedRoles: FormattedRole[];
  /**
   * setRole paragraphs that were not rewritten (see the file comment); `styled: false` when not
   * even the style was applied (a run-in heading: the style would turn its body text into
   * heading text).
   */
  kept: { index: number; styled: boolean; reason: KeptReason }[];
  /** insertOoxml packages sent (runs of consecutive rewritten paragraphs). */
  packages: number;
  /**
   * The restore point's paragraphs as they were before the write (`after` not yet set), or why
   * none was kept; null when none was asked for or nothing was written (`./restore`).
   */
  restoreKept: CaptureResult | null;
  /**
   * Numbered paragraphs attached to their list again (rewritten ones, and ones numbered through
   * the style they lost): what to verify, ascending by index.
   */
  lists: { index: number; list: ListPlace }[];
}

/**
 * The write run of applyEdits: make the live model current, check staleness, queue every write,
 * sync once.
 *
 * Sync 1 (with `LiveDocument.forWrite`'s paragraph batch: fingerprint properties and, on 1.6,
 * uniqueLocalId): with WordApi 1.5 `getStyles().getByNameOrNullObject(name)` for each role style
 * the edits use (font name, size, bold, nameFarEast on WordApiDesktop 1.3, paragraphFormat
 * alignment), `changeTrackingMode` on WordApi 1.4, and with WordApiDesktop 1.3 the document's
 * pageSetup when a setPage edit is present. When paragraphs changed since the live read, one
 * more sync reads their OOXML (a structural change: a whole read).
 * Then, only when replaceText edits must be found by search, automatically numbered paragraphs
 * are rewritten or paragraphs numbered through their style get a role style: one read-only sync
 * with every search (`./searchSpan`) and the lists those paragraphs are in (`queueListReads`:
 * they go back without their `w:numPr`, or with a style that numbers nothing, and rejoin their
 * list through `attachToList` in the last sync — Word gives re-inserted numbering a list of its
 * own, office-js-docs#68; `WritePhase.lists` is what the verifying run checks). When it
 * fails nothing is written: with lists to read the call rejects, else the text edits count as
 * not located.
 * Last sync: replaceText writes on the ranges found (bottom-to-top, right-to-left), the styles
 * insertion (only when a role style is missing), style repairs, setRole writes (style names;
 * packages of rewritten runs, carrying their paragraphs' text edits), page setup.
 * Round trips: 2 when nothing changed since the live read (3 when paragraphs did), one more
 * when text edits are searched or numbered paragraphs written (the lists) — independent of the
 * number of edits; the last sync is skipped when nothing is left to write (every text fix
 * missed, say after a failed search). Requires: WordApi 1.3; uses 1.4, 1.5, 1.6 and WordApiDesktop 1.3 when present.
 * @param live the live checklist's document (its model and sources are the plan's read)
 * @param restore whether to keep a restore point of the paragraphs written (`./restore`), from
 *   this run's read, before anything is queued
 * @returns the result without verification (`unverified` empty, `textUnchanged` false,
 *   `verified` unset) and what the verifying read needs
 * @throws GatewayError "writeFailed" with partial false when the read fails (nothing written) and
 *   partial true when the write sync fails (Word may have applied part of the batch; text fixes
 *   not located were not in it, and the message says so);
 *   "ooxmlUnreadable" when the OOXML read cannot be parsed (nothing written); "notRestorable"
 *   (nothing written) when `restore` is "required" and no restore point can be kept
 */
export async function writeEdits(
  context: Word.RequestContext,
  caps: Capabilities,
  profile: Profile,
  edits: Edit[],
  live: LiveDocument,
  restore: RestoreMode = "ifPossible"
): Promise<WritePhase> {
  const result: ApplyEditsResult = {
    applied: 0,
    skippedStale: 0,
    page: "notRequested",
    stylesRepaired: [],
    stylesNotRepaired: [],
    unverified: [],
    textUnchanged: false,
    notDone: [],
  };
  const setRoles = edits.filter((e): e is Extract<Edit, { op: "setRole" }> => e.op === "setRole");
  const texts = edits.filter(
    (e): e is Extract<Edit, { op: "replaceText" }> => e.op === "replaceText"
  );
  const setPage = edits.find((e): e is Extract<Edit, { op: "setPage" }> => e.op === "setPage");
  const usedRoles = [...new Set(setRoles.map((e) => e.role))];

  // ---- sync 1: queued here, sent with the live read's paragraph batch
  const body = context.document.body;
  const apiStyles = new Map<FormattedRole, Word.Style>();
  if (caps.wordApi15 && usedRoles.length > 0) {
    const styles = context.document.getStyles();
    const fontPaths = caps.wordApiDesktop13
      ? "font/name,font/size,font/bold,font/nameFarEast"
      : "font/name,font/size,font/bold";
    for (const role of usedRoles) {
      const s = styles.getByNameOrNullObject(profile.roles[role].styleName);
      s.load(`nameLocal,${fontPaths},paragraphFormat/alignment`);
      apiStyles.set(role, s);
    }
  }
  // WordApi 1.4: with Track Changes on, paragraphs are only styled (no OOXML, no text edits).
  if (caps.wordApi14) context.document.load("changeTrackingMode");
  let page: Word.PageSetup | null = null;
  if (setPage && caps.wordApiDesktop13) {
    page = context.document.pageSetup;
    page.load("paperSize,orientation,pageWidth,pageHeight");
  }
  let basis;
  try {
    basis = await live.forWrite(context, caps);
  } catch (e) {
    // Nothing was written: the read's failure is a write that did not start.
    if (e instanceof GatewayError && e.code === "ooxmlUnreadable") {
      const opts: { partial: boolean; debugInfo?: string; cause: unknown } = {
        partial: false,
        cause: e,
      };
      if (e.debugInfo !== undefined) opts.debugInfo = e.debugInfo;
      throw new GatewayError(
        "ooxmlUnreadable",
        e.text === undefined ? e.message : [...e.text, { id: "errors.gateway.unmodified" }],
        opts
      );
    }
    const g = toGatewayError(e, "writeFailed", {
      partial: false,
      context: "errors.gateway.step.readBeforeEdit",
    });
    if (g.code !== "readFailed") throw g;
    const opts: { partial: boolean; officeCode?: string; debugInfo?: string; cause: unknown } = {
      partial: false,
      cause: e,
    };
    if (g.officeCode !== undefined) opts.officeCode = g.officeCode;
    if (g.debugInfo !== undefined) opts.debugInfo = g.debugInfo;
    // Say that nothing was changed, once: the read's own error (a GatewayError from the read)
    // does not say it; the readBeforeEdit step does.
    const text = g.text ?? [];
    const says = text.some((r) => r.id === "errors.gateway.step.readBeforeEdit");
    throw new GatewayError(
      "writeFailed",
      g.text === undefined
        ? g.message
        : says
          ? text
          : [...text, { id: "errors.gateway.unmodified" }],
      opts
    );
  }
  const { doc: model, items, sources, aligned } = basis;

  const tracking = caps.wordApi14 && String(context.document.changeTrackingMode) !== "Off";
  if (tracking && edits.some((e) => e.op !== "setPage"))
    result.notDone.push(NOT_DONE.trackChangesStylesOnly);
  const wordTexts = items.map((p) => p.text);
  const expectedTexts = wordTexts.map(normalizeText);
  const afterTexts = [...wordTexts];
  // An id counts only when usable in this batch (non-empty, unique: usableIds); else index + hash.
  const ids = caps.wordApi16 ? usableIds(items.map((p) => p.uniqueLocalId)) : [];
  const resolveIndex = (ref: { index: number; id?: string; textHash: string }): number => {
    let idx = ref.index;
    if (ref.id !== undefined && ref.id !== "") {
      const byId = ids.indexOf(ref.id);
      if (byId >= 0) idx = byId;
    }
    const item = items[idx];
    if (item === undefined || !hashMatches(item.text, ref.textHash)) return -1;
    return idx;
  };

  // ---- style status
  let needStyles = false;
  const repairs: (() => void)[] = [];
  for (const role of usedRoles) {
    const rs = profile.roles[role];
    const info =
      model.styles.find((s) => s.type === "paragraph" && s.name === rs.styleName) ?? null;
    const api = apiStyles.get(role);
    const existsByApi = api !== undefined && !api.isNullObject;
    if (!info && !existsByApi) {
      needStyles = true;
      continue;
    }
    const diffs: string[] = [];
    if (info) diffs.push(...styleDiffs(info, rs, profile));
    else if (api) {
      if ((api.font.name ?? "").toLowerCase() !== rs.latin.toLowerCase()) diffs.push("latin");
      if (Math.round((api.font.size ?? 0) * 2) !== rs.sz) diffs.push("sz");
      if (api.font.bold !== rs.bold) diffs.push("bold");
      if (api.paragraphFormat.alignment !== API_ALIGNMENT[rs.styleAlignment])
        diffs.push("alignment");
      if (caps.wordApiDesktop13 && !sameFont(api.font.nameFarEast, rs.eastAsia, profile))
        diffs.push("eastAsia");
      // eastAsia (below desktop 1.3) and the line rule cannot be read here: the verify step decides.
    }
    if (diffs.length === 0) continue;
    const repairable = new Set(["latin", "sz", "bold", "alignment"]);
    if (caps.wordApiDesktop13) repairable.add("eastAsia");
    if (!api || api.isNullObject) {
      result.stylesNotRepaired.push(rs.styleName);
      continue;
    }
    repairs.push(() => {
      if (diffs.includes("latin")) api.font.name = rs.latin;
      if (diffs.includes("sz")) api.font.size = rs.sz / 2;
      if (diffs.includes("bold")) api.font.bold = rs.bold;
      if (diffs.includes("alignment"))
        api.paragraphFormat.alignment = API_ALIGNMENT[rs.styleAlignment];
      if (diffs.includes("eastAsia") && caps.wordApiDesktop13) api.font.nameFarEast = rs.eastAsia;
    });
    if (diffs.every((d) => repairable.has(d))) result.stylesRepaired.push(rs.styleName);
    else result.stylesNotRepaired.push(rs.styleName);
  }

  const written = new Set<number>();
  // Text edits, bottom-to-top and right-to-left (a write never shifts one queued before it).
  const textEdits = tracking
    ? []
    : texts
        .map((e) => ({ e, idx: resolveIndex(e.target) }))
        .sort((a, b) => b.idx - a.idx || b.e.span[0] - a.e.span[0]);
  /** Word's raw paragraph texts with the text edits made so far (to compute what Word will hold). */
  const rawAfter = new Map<number, string>();
  const textNotLocated = new Set<number>();
  const applyText = (idx: number, e: Extract<Edit, { op: "replaceText" }>): void => {
    const cur = rawAfter.get(idx) ?? itemAt(wordTexts, idx);
    rawAfter.set(idx, cur.slice(0, e.span[0]) + e.text + cur.slice(e.span[1]));
    written.add(idx);
    result.applied++;
  };

  // ---- plan the paragraph writes
  const roles: WritePhase["roles"] = [];
  const kept: WritePhase["kept"] = [];
  const styleOnly: StyleWrite[] = [];
  /**
   * Whether a paragraph's number comes through the style the write replaces (core
   * `styleNumbering`, on the live model); when the model is not aligned with Word's paragraphs,
   * whether Word says it is a list item (rejoining a list it is already in changes nothing).
   */
  const numberedByStyle = (idx: number): boolean => {
    const mp = aligned ? model.paragraphs[idx] : undefined;
    return mp !== undefined ? styleNumbering(mp) !== null : itemAt(items, idx).isListItem === true;
  };
  const rewrites: ParagraphWrite[] = [];
  const byIndex = [...setRoles]
    .map((e) => ({ e, idx: resolveIndex(e.target) }))
    .sort((a, b) => a.idx - b.idx);
  const rolesDone = new Set<number>();
  /** Paragraphs whose text edits were made in their rewritten XML. */
  const inXml = new Set<number>();
  for (const { e, idx } of byIndex) {
    if (idx < 0) {
      result.skippedStale++;
      continue;
    }
    if (rolesDone.has(idx)) continue; // a second setRole of one paragraph: the first wins
    rolesDone.add(idx);
    const rs = profile.roles[e.role];
    if (tracking) {
      // A run-in heading cannot be styled without rewriting it: left as it is, reported.
      if (e.headingEnd !== undefined) {
        kept.push({ index: idx, styled: false, reason: "tracking" });
        continue;
      }
      styleOnly.push({ index: idx, styleName: rs.styleName, rejoinList: numberedByStyle(idx) });
    } else {
      const mp = model.paragraphs[idx];
      const conflicting =
        mp !== undefined && (conflictingParagraphFormat(mp) || conflictingRunFormat(mp));
      const src = sources[idx];
      const el: Element | undefined = src ? sourceParagraphs(src.part)[src.k] : undefined;
      const sameText =
        mp !== undefined &&
        el !== undefined &&
        normalizeText(mp.text) === expectedTexts[idx] &&
        normalizeText(paragraphText(el)) === expectedTexts[idx];
      if (!(conflicting || e.headingEnd !== undefined) || !aligned || !sameText || !el || !src) {
        styleOnly.push({ index: idx, styleName: rs.styleName, rejoinList: numberedByStyle(idx) });
      } else {
        const copy = el.cloneNode(true) as Element;
        const blocker = rewriteBlocker(copy);
        const refs = blocker === null ? paragraphReferences(copy, relsOf(src)) : null;
        if (blocker !== null || refs === null || "blocked" in refs) {
          // Rewriting would move a section break, cut a bookmark or field, send pictures back
          // or lose a note/comment: the style only — except for a run-in heading, where the
          // style would make its body text heading text.
          kept.push({
            index: idx,
            styled: e.headingEnd === undefined,
            reason: blocker !== null && blocker !== "noteOrComment" ? "structure" : "travel",
          });
          if (e.headingEnd !== undefined) continue;
          styleOnly.push({ index: idx, styleName: rs.styleName, rejoinList: numberedByStyle(idx) });
        } else {
          // Write the id under which the document already holds our style, if it does (Chinese
          // Word may have renamed ids); else the profile's id, defined by the styles insertion.
          const residentId = model.styles.find(
            (x) => x.type === "paragraph" && x.name === rs.styleName
          )?.styleId;
          const styleId = residentId ?? rs.styleId;
          const opts: { headingEnd?: number; styleId: string } = { styleId };
          if (e.headingEnd !== undefined) opts.headingEnd = e.headingEnd;
          let xml = formatParagraphXml(copy, e.role, profile, opts);
          // Its text edits go into the rewritten XML (a search would find a paragraph that the
          // package replaces): right-to-left on the formatted element, as the CLI does.
          const own = textEdits.filter((t) => t.idx === idx);
          if (own.length > 0) {
            for (const t of own) {
              const parts = replacements(itemAt(wordTexts, idx), t.e.span, t.e.text);
              if (!parts.every((r) => insertable(r.text))) {
                textNotLocated.add(idx);
                continue;
              }
              for (const r of parts) replaceParagraphText(copy, r.span[0], r.span[1], r.text);
              applyText(idx, t.e);
            }
            xml = serializeXml(copy);
            inXml.add(idx);
          }
          rewrites.push({
            index: idx,
            xml,
            unnumbered: withoutDirectNumbering(copy),
            rejoinList: numberedByStyle(idx),
            styles: [{ styleId, name: rs.styleName }],
            numbered: copy.getElementsByTagNameNS(W, "numPr").length > 0,
            numberingXml: src.part.numberingXml,
            carried: refs.carried,
            inBody: inBody(el, itemAt(model.paragraphs, idx).tableDepth),
          });
        }
      }
    }
    written.add(idx);
    roles.push(
      e.headingEnd === undefined
        ? { index: idx, role: e.role }
        : { index: idx, role: e.role, headingEnd: e.headingEnd }
    );
    result.applied++;
  }

  // ---- sync 2 (only with text edits outside rewritten paragraphs): locate their words. Read
  // only: a miss (null object, other text) or a failed search writes nothing and is reported.
  const located: {
    e: Extract<Edit, { op: "replaceText" }>;
    idx: number;
    at: { text: string; span: LocatedSpan }[];
  }[] = [];
  const pending: {
    e: Extract<Edit, { op: "replaceText" }>;
    idx: number;
    parts: { text: string; resolve: () => LocatedSpan | null }[];
  }[] = [];
  for (const { e, idx } of textEdits) {
    if (idx < 0) {
      result.skippedStale++;
      continue;
    }
    if (inXml.has(idx)) continue;
    // Only what changes is searched and written (a tab or line break kept is not touched); a
    // fix that changes nothing is done as it stands.
    const parts = replacements(itemAt(wordTexts, idx), e.span, e.text);
    const plans = parts.map((r) =>
      insertable(r.text) ? planSpan(itemAt(wordTexts, idx), r.span) : "notLocatable"
    );
    if (plans.some((x) => x === "notLocatable")) {
      textNotLocated.add(idx);
      continue;
    }
    if (parts.length === 0) applyText(idx, e);
    else {
      const ranges = parts.map((r, i) => ({
        text: r.text,
        resolve: queueSpan(itemAt(items, idx), plans[i] as SpanPlan),
      }));
      pending.push({ e, idx, parts: ranges });
    }
  }
  // The lists numbered paragraphs to rewrite are in, read in the same sync (`./paragraphWrites`).
  const readLists = queueListReads(items, [...rewrites, ...styleOnly]);
  if (pending.length > 0 || readLists !== null) {
    let found = true;
    try {
      await context.sync();
    } catch (e) {
      // Nothing written yet. Without the lists the paragraphs cannot rejoin them: stop here;
      // a failed search alone (e.g. InvalidArgument on some host) leaves its text edits undone.
      if (readLists !== null)
        throw toGatewayError(e, "writeFailed", {
          partial: false,
          context: "errors.gateway.step.readBeforeEdit",
        });
      found = false;
    }
    readLists?.();
    for (const x of pending) {
      const at = found ? x.parts.map((r) => ({ text: r.text, span: r.resolve() })) : [];
      if (at.length > 0 && at.every((r) => r.span !== null))
        located.push({ e: x.e, idx: x.idx, at: at as { text: string; span: LocatedSpan }[] });
      else textNotLocated.add(x.idx);
    }
  }
  for (const { e, idx } of located) applyText(idx, e);
  if (textNotLocated.size > 0) {
    result.notDone.push(NOT_DONE.replaceNotFound);
    result.textNotLocated = [...textNotLocated].sort((a, b) => a - b);
  }
  for (const [idx, raw] of rawAfter) {
    expectedTexts[idx] = normalizeText(raw);
    afterTexts[idx] = raw;
  }

  // ---- the restore point: kept before anything is queued ("required" refuses with nothing written)
  let restoreKept: CaptureResult | null = null;
  if (restore !== "none") {
    const changed = new Set(rewrites.map((r) => r.index));
    for (const { idx } of located) changed.add(idx);
    const styled = new Set(styleOnly.map((x) => x.index));
    if (changed.size + styled.size > 0) {
      const rejoined = new Set(styleOnly.flatMap((x) => (x.list ? [x.index] : [])));
      restoreKept = captureParagraphs({ changed, styled, rejoined }, basis);
      requireKept(restore, "why" in restoreKept ? restoreKept.why : undefined);
    }
  }

  // ---- queue writes (last sync): text first, on the ranges sync 2 found (bottom-to-top,
  // right-to-left), then styles and paragraphs (no search: they never depend on one)
  // `queued` counts the writes in the batch: a failed sync is a partial write only if it had any.
  let queued = 0;
  for (const { at } of located)
    for (const r of at) {
      r.span.write(r.text);
      queued++;
    }
  if (needStyles) {
    const helper = body.insertOoxml(stylesOnlyFlatOpc(profile), "Start");
    helper.delete();
    queued++;
  }
  for (const r of repairs) r();
  queueStyleWrites(items, styleOnly);
  const packages = queueParagraphWrites(items, rewrites);
  queued += repairs.length + styleOnly.length + packages;

  if (setPage) {
    if (page) {
      const a4 = setPage.width === profile.page.width && setPage.height === profile.page.height;
      const wantOrientation = setPage.orientation === "portrait" ? "Portrait" : "Landscape";
      const okNow =
        page.orientation === wantOrientation &&
        Math.abs(page.pageWidth * 20 - setPage.width) <= 20 &&
        Math.abs(page.pageHeight * 20 - setPage.height) <= 20;
      if (okNow) result.page = "alreadyOk";
      else {
        page.orientation = wantOrientation;
        queued++;
        if (a4) page.paperSize = "A4";
        else {
          page.pageWidth = setPage.width / 20;
          page.pageHeight = setPage.height / 20;
        }
        result.page = "applied";
      }
    } else {
      result.page = "unsupported";
      result.notDone.push(NOT_DONE.manualPageSetup);
    }
  }

  // Nothing to write (every text fix missed, say, after a failed search): no write sync at all,
  // so no failure can claim a write that never was.
  if (queued > 0) {
    try {
      await context.sync();
    } catch (e) {
      // The batch held writes: Word may have applied part of it. Text fixes not located were
      // not in it: the message says they were not changed.
      throw toGatewayError(e, "writeFailed", {
        partial: true,
        context:
          textNotLocated.size > 0
            ? "errors.gateway.step.writeFormattingTextNotWritten"
            : "errors.gateway.step.writeFormatting",
      });
    }
  }
  return {
    result,
    expectedTexts,
    texts: afterTexts,
    written: [...written].sort((a, b) => a - b),
    roles,
    usedRoles,
    kept,
    packages,
    restoreKept,
    lists: [...rewrites, ...styleOnly]
      .flatMap((r) => (r.list ? [{ index: r.index, list: r.list }] : []))
      .sort((a, b) => a.index - b.index),
  };
}

/** The notDone ids for paragraphs kept (only styled) whose formatting still differs. */
function keptNotDone(phase: WritePhase, stillDiffering: (index: number) => boolean): string[] {
  const out = new Set<string>();
  for (const k of phase.kept) {
    if (!stillDiffering(k.index)) continue;
    if (k.reason === "structure") out.add(NOT_DONE.keptStructure);
    else if (k.reason === "travel") out.add(NOT_DONE.keptDirectFormatting);
  }
  return [...out];
}

/**
 * The verification of applyEdits, on the model the verifying read (`LiveDocument.afterWrite`, in
 * a NEW `Word.run`) left: fills `verified` (true), `unverified` (setRole paragraphs that do not
 * match their role by core `matchesRole` — our style, no conflicting direct `w:pPr`/`w:rPr`
 * children left, resolved formatting as the profile: this is where a paragraph property kept by
 * office-js#3149 would show — and run-in headings left untouched), `notDone`
 * "paragraphKeptStructure" / "paragraphKeptDirectFormatting" (paragraphs only styled whose
 * formatting still differs), `textUnchanged` (the paragraph count is unchanged and every written
 * paragraph's text is the text before, with the replaceText edits applied; paragraphs not
 * written were only given a style name, which changes no text) and `stylesNotRepaired` (role
 * styles whose definition still differs, e.g. the East Asian font or the exact line rule).
 * @param read the model after the write
 * @param numberingOff rewritten numbered paragraphs the verifying run did not find in their list
 *   with their number (`verifyListPlaces`): notDone "numberingMayRestart"
 * @returns the final result
 */
export function verifyEdits(
  phase: WritePhase,
  read: ReportDocument,
  profile: Profile,
  numberingOff: readonly number[] = []
): ApplyEditsResult {
  const result: ApplyEditsResult = {
    ...phase.result,
    stylesRepaired: [...phase.result.stylesRepaired],
    stylesNotRepaired: [...phase.result.stylesNotRepaired],
    notDone: [...phase.result.notDone],
  };
  result.textUnchanged =
    read.paragraphs.length === phase.expectedTexts.length &&
    phase.written.every(
      (i) =>
        read.paragraphs[i] !== undefined &&
        normalizeText(read.paragraphs[i].text) === phase.expectedTexts[i]
    );
  const unverified = new Set(
    phase.roles
      .filter(({ index, role, headingEnd }) => {
        const p = read.paragraphs[index];
        return !p || !matchesRole(p, role, profile, headingEnd);
      })
      .map((r) => r.index)
  );
  // A run-in heading that could not be rewritten was not changed at all: it is not verified.
  for (const k of phase.kept) if (!k.styled) unverified.add(k.index);
  result.unverified = [...unverified].sort((a, b) => a - b);
  result.notDone.push(...keptNotDone(phase, (i) => unverified.has(i)));
  if (numberingOff.length > 0) result.notDone.push(NOT_DONE.numberingRestarted);
  result.verified = true;
  for (const role of phase.usedRoles) {
    const rs = profile.roles[role];
    const info = read.styles.find((s) => s.type === "paragraph" && s.name === rs.styleName);
    const bad = !info || styleDiffs(info, rs, profile).length > 0;
    if (bad) {
      result.stylesRepaired = result.stylesRepaired.filter((n) => n !== rs.styleName);
      if (!result.stylesNotRepaired.includes(rs.styleName))
        result.stylesNotRepaired.push(rs.styleName);
    }
  }
  return result;
}

/**
 * Result of a write whose verifying read failed: nothing observed, so nothing claimed either way
 * — `verified: false`, `unverified: []` (no difference was observed), `textUnchanged: false`
 * (not verified; the pane reads `verified` first and shows only the "verifyFailed" message, see
 * ApplyEditsResult), and `notDone` "verifyFailed" (plus the kept-paragraph ids when paragraphs
 * were deliberately not rewritten, which is known without the read).
 */
export function unverifiedResult(phase: WritePhase): ApplyEditsResult {
  const notDone = [...phase.result.notDone, ...keptNotDone(phase, () => true)];
  if (phase.lists.length > 0) notDone.push(NOT_DONE.numberingRestarted);
  notDone.push(NOT_DONE.verifyFailed);
  return {
    ...phase.result,
    stylesRepaired: [...phase.result.stylesRepaired],
    stylesNotRepaired: [...phase.result.stylesNotRepaired],
    unverified: [],
    textUnchanged: false,
    verified: false,
    notDone,
  };
}

/** Thrown when edits are malformed (a programming error of the caller). */
export function assertEdits(edits: Edit[]): void {
  for (const e of edits) {
    if (e.op === "replaceText" && (e.span[0] < 0 || e.span[1] < e.span[0])) {
      throw new GatewayError("unknown", [{ id: "errors.gateway.badReplaceRange" }], {
        debugInfo: JSON.stringify(e),
      });
    }
  }
}
