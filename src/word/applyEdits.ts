/**
 * @fileoverview Applies an edit plan (setRole / setPage / replaceText) to the open document in
 * one write run of at most 2 round trips — sync 1 re-reads, sync 2 writes — whatever the number
 * of edits, then verifies by re-reading in a NEW `Word.run` (office-js#3284: on the web,
 * paragraphs are stale within one run). Stale targets (text changed since the check) are skipped
 * and counted, never guessed (anchor-codebases §6.5). Layer: word.
 *
 * Why each write takes the route it does (officejs-facts):
 * - our styles are defined by inserting a styles-only flat-OPC package (§3 fact 7); an existing
 *   style is not redefined that way (§3 fact 8, office-js#5491), so it is repaired through
 *   `Style.font` / `Style.paragraphFormat` (WordApi 1.5) and `font.nameFarEast` (WordApiDesktop
 *   1.3 only, §1 fact 3); an exact line rule cannot be set through the API (§2 facts 2–3), so a
 *   style whose spacing differs is reported in `stylesNotRepaired`;
 * - a paragraph without conflicting direct formatting gets `paragraph.style = name`; one with
 *   direct fonts/size/bold/alignment/spacing gets its own `w:p` re-written by
 *   `formatParagraphXml` and inserted with `insertOoxml(…, "Replace")` (the API cannot clear an
 *   East Asian font, §1 fact 2) followed by an empty helper paragraph deleted in the same batch
 *   (office-js#3149: a single inserted paragraph keeps the target's pPr; #2914: the last
 *   inserted paragraph loses its style), and `style = name` on the written paragraph.
 *   The inserted package is self-contained (§3 fact 7): Word resolves the `r:embed` / `r:link` /
 *   `r:id` of the inserted `w:p` against the INSERTED package's relationships, so the package
 *   carries every relationship the paragraph references and the parts behind them (pictures as
 *   `pkg:binaryData`, external hyperlinks with TargetMode="External"), copied from the body OOXML
 *   read in sync 1 (docs-pr word/create-better-add-ins-for-word-with-office-open-xml.md, "Work
 *   with images": without the image part "you'll get an error"). A paragraph whose references
 *   cannot travel in such a package (footnote/endnote references and comments live in parts of
 *   their own; a referenced part with relationships of its own, e.g. a chart's embedded
 *   workbook; a relationship the body OOXML does not carry) is NOT replaced: it only gets
 *   `paragraph.style = name` and is reported (`notDone` "paragraphKeptDirectFormatting", and in
 *   `unverified` when its direct formatting still shows);
 * - page size/orientation through `pageSetup` (WordApiDesktop 1.3), else reported (§4);
 * - replaceText through `paragraph.search(exact substring)` scoped to the paragraph, choosing the
 *   occurrence by counting the ones before the span, ≤ 255 characters (§8 fact 2, office-js#168).
 */
import type { ApplyEditsResult, Capabilities } from "../core/gateway";
import { GatewayError } from "../core/gateway";
import type { Edit } from "../core/findings";
import type { Alignment, ReportDocument, ReportParagraph, StyleInfo } from "../core/model";
import type { FormattedRole, Profile, RoleStyle } from "../core/profile";
import { bodyParagraphs, formatParagraphXml } from "../ooxml/format";
import {
  type OpcPackage,
  type OpcPart,
  type Relationship,
  findPart,
  getXmlPart,
  mainDocumentPart,
  readFlatOpc,
  relationships,
  setXmlPart,
  writeFlatOpc,
} from "../ooxml/package";
import { parseFlatOpc } from "../ooxml/parse";
import { stylesOnlyFlatOpc } from "../ooxml/template";
import { type Element, ELEMENT_NODE, R, W, escapeXml, parseXml } from "../ooxml/xml";
import { DOCUMENT_NAMESPACES } from "../ooxml/scaffold";
import { toGatewayError } from "./errors";
import { MANUAL_PAGE_SETUP } from "./insertTemplate";
import { hashMatches, normalizeText, usableIds } from "./readDocument";
import { itemAt } from "../core/item-at";

/** Message ids of `notDone` entries produced here. */
export const NOT_DONE = {
  manualPageSetup: MANUAL_PAGE_SETUP,
  replaceTooLong: "replaceTextTooLong",
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
} as const;

/**
 * Paragraph content whose target lives in a part a paragraph package cannot carry (the notes and
 * comments parts hold every note/comment of the document): replacing the paragraph through
 * `insertOoxml` would lose or orphan it.
 */
const NOT_TRAVELLING = new Set([
  "footnoteReference",
  "endnoteReference",
  "commentReference",
  "commentRangeStart",
  "commentRangeEnd",
]);

/** Direct formatting that conflicts with a role style (what `formatParagraphXml` clears). */
const CONFLICTING_PPR = new Set(["jc", "spacing", "ind", "outlineLvl"]);
const CONFLICTING_RPR = new Set(["rFonts", "sz", "szCs", "b", "bCs"]);

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

/** What the write run hands to the verifying read. */
export interface WritePhase {
  result: ApplyEditsResult;
  /** Word's paragraph texts before the writes (normalised), and what they must be after. */
  expectedTexts: string[];
  /** setRole edits applied: paragraph index, role and heading end. */
  roles: { index: number; role: FormattedRole; headingEnd?: number }[];
  /** Role styles the edits use (names of our styles). */
  usedRoles: FormattedRole[];
  /**
   * setRole paragraphs that were not re-written because their content cannot travel in a
   * paragraph package (see {@link paragraphReferences}); `styled: false` when not even the style
   * was applied (a run-in heading: the style would turn its body text into heading text).
   */
  kept: { index: number; styled: boolean }[];
}

/** Escapes Word's search specials (`^` starts a special code in non-wildcard search). */
function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

/** Start offsets of sequential non-overlapping occurrences of `needle` in `hay` (the way search walks). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/**
 * Queues a range for the k-th occurrence of `needle` in a paragraph without a round trip:
 * `search().getFirst()`, then k times "search again after the previous hit, up to the paragraph
 * end" (`getRange("After").expandTo(paragraph.getRange("End"))`). Requires WordApi 1.3.
 */
export function queueOccurrence(paragraph: Word.Paragraph, needle: string, k: number): Word.Range {
  const opts = { matchCase: true };
  let r = paragraph.search(escapeSearch(needle), opts).getFirst();
  for (let i = 0; i < k; i++) {
    r = r
      .getRange("After")
      .expandTo(paragraph.getRange("End"))
      .search(escapeSearch(needle), opts)
      .getFirst();
  }
  return r;
}

/** Plans where a span of a paragraph is found by search: the needle, the occurrence index, and whether the span is an insertion point after it. */
export function planSpan(
  text: string,
  span: [number, number]
): { needle: string; k: number; after: boolean } | "tooLong" | "notLocatable" {
  const [start, end] = span;
  let needle = text.slice(start, end);
  let at = start;
  let after = false;
  if (needle === "") {
    // Insertion point: locate the (up to 20) characters before it and insert after them.
    if (start === 0) return "notLocatable";
    at = Math.max(0, start - 20);
    needle = text.slice(at, start);
    after = true;
  }
  if (escapeSearch(needle).length > 255) return "tooLong";
  const occ = occurrences(text, needle);
  const k = occ.indexOf(at);
  return k < 0 ? "notLocatable" : { needle, k, after };
}

/** True when a resolved East Asian font is the required one or an alias (宋体 = SimSun). */
function sameFont(actual: string | null, required: string, profile: Profile): boolean {
  if (actual === null) return false;
  const a = actual.trim().toLowerCase();
  return (
    a === required.toLowerCase() ||
    (profile.fontAliases[required] ?? []).some((x) => x.toLowerCase() === a)
  );
}

/** Differences between a style definition (from OOXML) and the role style. */
export function styleDiffs(info: StyleInfo, role: RoleStyle, profile: Profile): string[] {
  const d: string[] = [];
  if (!sameFont(info.run.eastAsia, role.eastAsia, profile)) d.push("eastAsia");
  if ((info.run.ascii ?? "").toLowerCase() !== role.latin.toLowerCase()) d.push("latin");
  if (info.run.sz !== role.sz) d.push("sz");
  if (info.run.bold !== role.bold) d.push("bold");
  if ((info.alignment ?? "left") !== role.styleAlignment) d.push("alignment");
  if (
    !info.spacing ||
    info.spacing.line !== role.styleSpacing.line ||
    info.spacing.lineRule !== role.styleSpacing.lineRule
  ) {
    d.push("spacing");
  }
  return d;
}

/**
 * True when a re-read paragraph has the role's formatting: alignment and line spacing of the
 * style, and every run with visible text (before `headingEnd` when given) in the role's East
 * Asian font (or an alias), size and bold.
 */
export function paragraphMatchesRole(
  p: ReportParagraph,
  role: RoleStyle,
  profile: Profile,
  headingEnd?: number
): boolean {
  if ((p.alignment ?? "left") !== role.styleAlignment) return false;
  if (
    !p.spacing ||
    p.spacing.line !== role.styleSpacing.line ||
    p.spacing.lineRule !== role.styleSpacing.lineRule
  ) {
    return false;
  }
  for (const r of p.runs) {
    if (r.text.trim() === "") continue;
    if (headingEnd !== undefined && r.start >= headingEnd) continue;
    if (!sameFont(r.format.eastAsia, role.eastAsia, profile)) return false;
    if (r.format.sz !== role.sz || r.format.bold !== role.bold) return false;
  }
  return true;
}

/** Does the paragraph carry direct formatting that would hide the role style? */
function hasConflictingDirect(p: ReportParagraph): boolean {
  return (
    p.direct.paragraph.some((x) => CONFLICTING_PPR.has(x)) ||
    p.direct.run.some((x) => CONFLICTING_RPR.has(x))
  );
}

/** A relationship a `w:p` references, to be carried in its package under a fresh id. */
export interface CarriedRelationship {
  /** The id written into the paragraph (fresh, unique in the paragraph package). */
  id: string;
  type: string;
  /** Absolute part name, or the URI of an external target. */
  target: string;
  external: boolean;
  /** The part behind an internal relationship (from the body OOXML). */
  part?: OpcPart;
}

/** Every element of `el`'s subtree (itself included). */
function* subtree(el: Element): Generator<Element> {
  yield el;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) yield* subtree(c as Element);
  }
}

/**
 * What a body `w:p` references outside itself, and whether it can travel in a paragraph package.
 * Every attribute in the relationships namespace (`r:embed`, `r:link`, `r:id`, `r:dm`, …) must
 * name a relationship of the body package `pkg`: an external one (hyperlink) travels as is, an
 * internal one travels with its part when that part has no relationships of its own (a picture);
 * footnote/endnote references and comment marks never travel ({@link NOT_TRAVELLING}).
 * On success the paragraph's relationship attributes are rewritten IN PLACE to fresh ids
 * (`rIdCrRel1`, …) that cannot collide with the package's own (styles, numbering).
 * @param rels the main document part's relationships by id (read once per write run)
 * @returns the relationships to carry, or why the paragraph cannot travel (nothing rewritten)
 */
export function paragraphReferences(
  p: Element,
  pkg: OpcPackage,
  rels: ReadonlyMap<string, Relationship>
): { carried: CarriedRelationship[] } | { blocked: string } {
  const refs: { el: Element; name: string; value: string }[] = [];
  for (const el of subtree(p)) {
    if (el.namespaceURI === W && NOT_TRAVELLING.has(el.localName ?? "")) {
      return { blocked: `w:${el.localName}` };
    }
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i);
      if (a && a.namespaceURI === R) refs.push({ el, name: a.name, value: a.value });
    }
  }
  const carried = new Map<string, CarriedRelationship>();
  for (const ref of refs) {
    if (carried.has(ref.value)) continue;
    const rel = rels.get(ref.value);
    if (!rel) return { blocked: `relationship ${ref.value} not in the body OOXML` };
    const id = `rIdCrRel${carried.size + 1}`;
    if (rel.targetMode === "External") {
      carried.set(ref.value, { id, type: rel.type, target: rel.target, external: true });
      continue;
    }
    const part = findPart(pkg, rel.target);
    if (!part) return { blocked: `part ${rel.target} not in the body OOXML` };
    if (relationships(pkg, part.name).length > 0) {
      return { blocked: `part ${part.name} has relationships of its own` };
    }
    carried.set(ref.value, { id, type: rel.type, target: part.name, external: false, part });
  }
  for (const ref of refs) ref.el.setAttributeNS(R, ref.name, carried.get(ref.value)!.id);
  return { carried: [...carried.values()] };
}

/** Appends relationship elements to a relationships part's XML. */
function withRelationships(relsXml: string | null, added: string): string {
  const base =
    relsXml ??
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  return /<\/Relationships>\s*$/.test(base)
    ? base.replace(/<\/Relationships>\s*$/, `${added}</Relationships>`)
    : base.replace(/<Relationships([^>]*)\/>\s*$/, `<Relationships$1>${added}</Relationships>`);
}

/**
 * A flat-OPC package holding our styles, the numbering part of the source (when given), one
 * `w:p` and the relationships (with their parts) the `w:p` references — a self-contained
 * package, since Word resolves the inserted content's relationships against it (§3 fact 7).
 */
export function paragraphPackage(
  profile: Profile,
  pXml: string,
  numberingXml: string | null,
  carried: CarriedRelationship[] = []
): string {
  const pkg = readFlatOpc(stylesOnlyFlatOpc(profile));
  const main = mainDocumentPart(pkg);
  setXmlPart(pkg, main, `<w:document ${DOCUMENT_NAMESPACES}><w:body>${pXml}</w:body></w:document>`);
  const dir = main.slice(0, main.lastIndexOf("/") + 1);
  const relsName = `${dir}_rels/${main.slice(main.lastIndexOf("/") + 1)}.rels`;
  const added: string[] = [];
  if (numberingXml !== null) {
    setXmlPart(
      pkg,
      `${dir}numbering.xml`,
      numberingXml,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
    );
    added.push(
      `<Relationship Id="rIdCrNum1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`
    );
  }
  for (const c of carried) {
    let target = c.target;
    if (!c.external) {
      if (c.part) pkg.parts.set(c.part.name, { ...c.part });
      target = c.target.startsWith(dir) ? c.target.slice(dir.length) : c.target;
    }
    added.push(
      `<Relationship Id="${c.id}" Type="${escapeXml(c.type)}" Target="${escapeXml(target)}"` +
        `${c.external ? ' TargetMode="External"' : ""}/>`
    );
  }
  if (added.length > 0) {
    setXmlPart(pkg, relsName, withRelationships(getXmlPart(pkg, relsName), added.join("")));
  }
  return writeFlatOpc(pkg);
}

/**
 * The write run of applyEdits: re-read, check staleness, queue every write, sync once.
 *
 * Sync 1: `body.paragraphs` text (+ uniqueLocalId on 1.6), `body.getOoxml()`, with WordApi 1.5
 * `getStyles().getByNameOrNullObject(name)` for each role style the edits use (font name, size,
 * bold, nameFarEast on WordApiDesktop 1.3, paragraphFormat alignment), and with WordApiDesktop 1.3
 * the document's pageSetup when a setPage edit is present.
 * Sync 2: styles insertion (`body.insertOoxml(stylesOnlyFlatOpc, "Start")` + deleting the helper
 * paragraph it adds, only when a role style is missing), style repairs, setRole writes,
 * replaceText writes (bottom-to-top, right-to-left), page setup.
 * Round trips: 2, independent of the number of edits. Requires: WordApi 1.3; uses 1.5, 1.6 and
 * WordApiDesktop 1.3 when present.
 * @returns the result without verification (`unverified` empty, `textUnchanged` false,
 *   `verified` unset) and what the verifying read needs
 * @throws GatewayError "writeFailed" with partial false when sync 1 fails (nothing written) and
 *   partial true when sync 2 fails (Word may have applied part of the batch: 撤销 and re-check);
 *   "ooxmlUnreadable" when the body OOXML cannot be parsed (nothing written)
 */
export async function writeEdits(
  context: Word.RequestContext,
  caps: Capabilities,
  profile: Profile,
  edits: Edit[]
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

  // ---- sync 1: re-read
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(
    caps.wordApi16 ? "items/text,items/uniqueLocalId" : "items/text"
  );
  const ooxml = body.getOoxml();
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
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", {
      partial: false,
      context: "errors.gateway.step.readBeforeEdit",
    });
  }

  let model: ReportDocument;
  let pEls: ReturnType<typeof bodyParagraphs>;
  let numberingXml: string | null = null;
  let pkg: OpcPackage;
  let mainRels: Map<string, Relationship>;
  try {
    model = parseFlatOpc(ooxml.value);
    pkg = readFlatOpc(ooxml.value);
    const main = mainDocumentPart(pkg);
    mainRels = new Map(relationships(pkg, main).map((r) => [r.id, r]));
    pEls = bodyParagraphs(parseXml(getXmlPart(pkg, main) ?? "", main));
    const numRel = [...mainRels.values()].find((r) => /\/numbering$/.test(r.type));
    numberingXml = numRel ? getXmlPart(pkg, numRel.target) : null;
  } catch (e) {
    throw toGatewayError(e, "ooxmlUnreadable", { context: "errors.gateway.step.unchanged" });
  }

  const tracking = caps.wordApi14 && String(context.document.changeTrackingMode) !== "Off";
  if (tracking && edits.some((e) => e.op !== "setPage"))
    result.notDone.push(NOT_DONE.trackChangesStylesOnly);
  const items = paragraphs.items;
  const wordTexts = items.map((p) => p.text);
  const expectedTexts = wordTexts.map(normalizeText);
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

  // ---- queue writes (sync 2)
  if (needStyles) {
    const helper = body.insertOoxml(stylesOnlyFlatOpc(profile), "Start");
    helper.delete();
  }
  for (const r of repairs) r();

  const roles: WritePhase["roles"] = [];
  const kept: WritePhase["kept"] = [];
  const byIndexDesc = [...setRoles]
    .map((e) => ({ e, idx: resolveIndex(e.target) }))
    .sort((a, b) => b.idx - a.idx);
  const rolesDone = new Set<number>();
  for (const { e, idx } of byIndexDesc) {
    if (idx < 0) {
      result.skippedStale++;
      continue;
    }
    if (rolesDone.has(idx)) continue; // a second setRole of one paragraph: the first wins
    rolesDone.add(idx);
    if (tracking && e.headingEnd !== undefined) {
      // A run-in heading cannot be styled without re-writing it: left as it is, reported.
      kept.push({ index: idx, styled: false });
      continue;
    }
    const rs = profile.roles[e.role];
    const p = itemAt(items, idx); // resolveIndex returns an index of items or -1
    const mp = model.paragraphs[idx];
    const sameText = mp !== undefined && normalizeText(mp.text) === normalizeText(p.text);
    const useOoxml =
      !tracking &&
      sameText &&
      pEls[idx] !== undefined &&
      (hasConflictingDirect(mp) || e.headingEnd !== undefined);
    // The references of the paragraph must travel with it (pictures, hyperlinks), else no rewrite.
    const pEl = useOoxml ? pEls[idx] : undefined;
    const refs = pEl === undefined ? null : paragraphReferences(pEl, pkg, mainRels);
    if (refs !== null && "blocked" in refs) {
      // Replacing would lose a footnote/comment or break a reference: apply the style only —
      // except to a run-in heading, where the style would make its body text heading text.
      kept.push({ index: idx, styled: e.headingEnd === undefined });
      if (e.headingEnd !== undefined) continue;
      p.style = rs.styleName;
    } else if (refs !== null && pEl !== undefined) {
      const hasNum = pEl.getElementsByTagNameNS(W, "numPr").length > 0;
      // Write the id under which the document already holds our style, if it does (Chinese Word
      // may have renamed ids); else the profile's id, defined by the package's styles part.
      const residentId = model.styles.find(
        (s) => s.type === "paragraph" && s.name === rs.styleName
      )?.styleId;
      const opts: { headingEnd?: number; styleId?: string } = {};
      if (e.headingEnd !== undefined) opts.headingEnd = e.headingEnd;
      if (residentId !== undefined) opts.styleId = residentId;
      const formatted = formatParagraphXml(pEl, e.role, profile, opts);
      // Two paragraphs, the second a helper deleted in the same batch: a single inserted
      // paragraph keeps the target's paragraph properties (office-js#3149, "goes away with more
      // than one paragraph"), and the last one loses its style (#2914) — that is the helper.
      const range = p.insertOoxml(
        paragraphPackage(profile, `${formatted}<w:p/>`, hasNum ? numberingXml : null, refs.carried),
        "Replace"
      );
      range.paragraphs.getFirst().style = rs.styleName;
      range.paragraphs.getLast().delete();
    } else {
      p.style = rs.styleName;
    }
    roles.push(
      e.headingEnd === undefined
        ? { index: idx, role: e.role }
        : { index: idx, role: e.role, headingEnd: e.headingEnd }
    );
    result.applied++;
  }

  const textEdits = texts
    .map((e) => ({ e, idx: resolveIndex(e.target) }))
    .sort((a, b) => b.idx - a.idx || b.e.span[0] - a.e.span[0]);
  for (const { e, idx } of tracking ? [] : textEdits) {
    if (idx < 0) {
      result.skippedStale++;
      continue;
    }
    const plan = planSpan(itemAt(wordTexts, idx), e.span);
    if (plan === "tooLong" || plan === "notLocatable") {
      result.notDone.push(plan === "tooLong" ? NOT_DONE.replaceTooLong : NOT_DONE.replaceNotFound);
      continue;
    }
    const range = queueOccurrence(itemAt(items, idx), plan.needle, plan.k);
    range.insertText(e.text, plan.after ? "End" : "Replace");
    const [s0, s1] = e.span;
    const cur = itemAt(expectedTexts, idx);
    expectedTexts[idx] = cur.slice(0, s0) + normalizeText(e.text) + cur.slice(s1);
    result.applied++;
  }

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

  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", {
      partial: true,
      context: "errors.gateway.step.writeFormatting",
    });
  }
  return { result, expectedTexts, roles, usedRoles, kept };
}

/**
 * The verifying read of applyEdits, to run in a NEW `Word.run` after {@link writeEdits}:
 * re-reads the document (readDocument: 1 sync) and fills `verified` (true), `unverified` (setRole
 * paragraphs whose resolved formatting differs from the role, and run-in headings left
 * untouched because they could not be re-written), `notDone` "paragraphKeptDirectFormatting"
 * (when a paragraph that was only styled, not re-written, still differs), `textUnchanged` (every paragraph's text equals the
 * text before, with the replaceText edits applied, and the paragraph count is unchanged — an
 * empty paragraph left by the style insertion would fail this) and `stylesNotRepaired` (role
 * styles whose definition still differs, e.g. the East Asian font or the exact line rule).
 * Round trips: 1 (budget ≤ 2). Requires: WordApi 1.3.
 * @param read the document as re-read by readDocument
 * @returns the final result
 */
export function verifyEdits(
  phase: WritePhase,
  read: ReportDocument,
  profile: Profile
): ApplyEditsResult {
  const result: ApplyEditsResult = {
    ...phase.result,
    stylesRepaired: [...phase.result.stylesRepaired],
    stylesNotRepaired: [...phase.result.stylesNotRepaired],
    notDone: [...phase.result.notDone],
  };
  const after = read.paragraphs.map((p) => normalizeText(p.text));
  result.textUnchanged =
    after.length === phase.expectedTexts.length &&
    after.every((t, i) => t === phase.expectedTexts[i]);
  const unverified = new Set(
    phase.roles
      .filter(({ index, role, headingEnd }) => {
        const p = read.paragraphs[index];
        return !p || !paragraphMatchesRole(p, profile.roles[role], profile, headingEnd);
      })
      .map((r) => r.index)
  );
  // A run-in heading that could not be re-written was not changed at all: it is not verified.
  for (const k of phase.kept) if (!k.styled) unverified.add(k.index);
  result.unverified = [...unverified].sort((a, b) => a - b);
  if (phase.kept.some((k) => unverified.has(k.index)))
    result.notDone.push(NOT_DONE.keptDirectFormatting);
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
 * ApplyEditsResult), and `notDone` "verifyFailed" (plus "paragraphKeptDirectFormatting" when
 * paragraphs were deliberately not re-written, which is known without the read).
 */
export function unverifiedResult(phase: WritePhase): ApplyEditsResult {
  const notDone = [...phase.result.notDone];
  if (phase.kept.length > 0) notDone.push(NOT_DONE.keptDirectFormatting);
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
