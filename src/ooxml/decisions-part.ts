/**
 * @fileoverview Where the writer's decisions live in a .docx (the {@link DocumentState}: findings
 * ignored once, rules ignored, hand-checked items ticked; issue 4, R9, R25, R26): a **custom XML
 * part in our own namespace** {@link STATE_NAMESPACE}, and its reader/writer for the CLI.
 * Layer: ooxml (pure; no Node APIs).
 *
 * ## Decision: a custom XML part, not `Office.context.document.settings`
 *
 * Requirements: (a) Word keeps it in the .docx across save/reopen on Windows, Mac and the web;
 * (b) the CLI can read it from the .docx; (c) it works on our minimum host, WordApi 1.3.
 *
 * - Custom XML parts are ordinary package parts (`/customXml/itemN.xml`, with
 *   `/customXml/itemPropsN.xml` and a `customXml` relationship from the main document; ECMA-376
 *   Part 1 §22.5 "Custom XML Data Properties" and §15.2.4/15.2.5). Word has kept them in the
 *   file since Word 2007 (VBA `Document.CustomXMLParts`, "Version Added: Word 2007").
 * - The add-in can write them on every host we support: Word API `document.customXmlParts`
 *   (`add`, `getByNamespace`, `getXml`, `setXml`, `delete`: **WordApi 1.4**, learn.microsoft.com
 *   word.customxmlpartcollection / word.customxmlpart, office-js-snippets
 *   `samples/word/50-document/manage-custom-xml-part-ns.yaml`), and below 1.4 the Common API
 *   `Office.context.document.customXmlParts` (`addAsync`, `getByNamespaceAsync`, `getXmlAsync`,
 *   `deleteAsync`), requirement set **CustomXmlParts**: "Word 2013 and later on Windows, Word
 *   2016 and later on Mac, Word on the web, Word on iPad" (office-js-docs-reference
 *   `docs/requirement-sets/common/office-add-in-requirement-sets.md`) — so every WordApi 1.3
 *   host (Office 2019/2021) has it.
 * - The CLI reads it with plain OPC code (this file) and finds it by namespace, independent of
 *   the add-in's manifest id.
 * - `Office.context.document.settings` (requirement set Settings, same hosts) is stored in the
 *   task-pane add-in's web-extension part (`/word/webextensions/webextensionN.xml`, property bag
 *   keyed by the add-in's manifest **Id**), "available only to the add-in that created them"
 *   (learn.microsoft.com office.settings). A CLI would have to know the manifest id (dev and
 *   production manifests differ), and a copy of the add-in under another id would not see it.
 *   Rejected.
 *
 * Known limits (VERIFY on real Word): Word's Document Inspector ("Custom XML data") removes the
 * part — the decisions are then lost, nothing else is; whether Word on the web keeps an
 * add-in-written part through co-authoring was not tested; Word may re-serialise the XML it is
 * given (an XML declaration, other namespace prefixes) — the reader below accepts any
 * well-formed form.
 *
 * ## Format (version 1)
 *
 * ```xml
 * <state xmlns="urn:case-report-assistant:state:1">
 *   <ignoredFinding id="first-person/firstPerson@h1a2b3c4d:3-5"/>
 *   <ignoredRule id="picture-resolution"/>
 *   <handChecked id="truth"/>
 *   <roleCorrection paragraph="h5e2a91c0" role="heading1"/>
 * </state>
 * ```
 *
 * `roleCorrection` (issue 8) names a paragraph by its key (`paragraphKeys` in core: "h" + the
 * text's hash, "#n" for the n-th paragraph of the same text) and a role of `CORRECTED_ROLES`
 * (title, unitLine, unitIntro, heading1–3, body, caption, other). Parts written before
 * corrections existed simply have none. A `roleCorrection` this version cannot use (a role it
 * does not know, a missing or bad paragraph key) and any other element of our namespace it does
 * not know are kept as written in `DocumentState.preserved` and written back unchanged: nothing a
 * later version (or a damaged file) saved is lost by a save here; `stateIssues` counts them so the
 * CLI can say so.
 *
 * The root element's default namespace carries the major version (Word's `namespaceUri` and
 * `getByNamespace` match the root's `xmlns`; the snippet above notes "If you want to populate
 * the CustomXml.namespaceUri property, you must include the xmlns attribute"). Within version 1
 * only elements may be added; readers ignore elements they do not know (an older writer drops
 * them). An incompatible change gets a new namespace (`…:state:2`): a version-1 reader never
 * finds it (→ EMPTY) and a version-1 writer never touches it (parts of other versions are kept
 * byte for byte); both versions may then coexist in one file.
 *
 * Validation on read: the root must be `state` in our namespace; ids are trimmed, 1–
 * {@link MAX_ID_LENGTH} characters without control characters; duplicates dropped (first kept);
 * at most {@link MAX_IDS} per list. A malformed or unsafe part (bad XML, DOCTYPE) counts as
 * empty and is replaced on the next write. Several version-1 parts (e.g. after merging files)
 * are united on read and replaced by one on write.
 */
import {
  RELS_CONTENT_TYPE,
  findPart,
  getXmlPart,
  mainDocumentPart,
  relationships,
  relsPartName,
  resolveTarget,
  setXmlPart,
  type OpcPackage,
} from "./package";
import { ELEMENT_NODE, attr, escapeXml, parseXml, serializeXml, type Element } from "./xml";
import type { DocumentState } from "../core/gateway";
import { isCorrectedRole, type RoleCorrection } from "../core/roles";

import { STATE_NAMESPACE, emptyState } from "./decisions-names";

export { STATE_NAMESPACE, emptyState };

/** Longest id kept (characters); longer ones are dropped as garbage. */
export const MAX_ID_LENGTH = 512;

/** Most ids kept per list. */
export const MAX_IDS = 10_000;

/** A state part larger than this (characters) is not parsed (garbage; counts as empty). */
export const MAX_STATE_PART_CHARS = 4 * 1024 * 1024;

/** Relationship type from the main document to a custom XML part (ECMA-376 Part 1 §15.2.4). */
export const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
/** Relationship type from a custom XML part to its properties part (§15.2.5). */
export const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
/** Content type of a custom XML properties part. */
export const CT_CUSTOM_XML_PROPS =
  "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
/** Namespace of the custom XML properties part (`ds:datastoreItem`). */
export const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

/** Element names of the three lists, by DocumentState field. */
const LISTS = {
  ignoredFindingIds: "ignoredFinding",
  ignoredRules: "ignoredRule",
  handChecked: "handChecked",
} as const;

type ListKey = keyof typeof LISTS;

/** A role correction with a valid key and a known role, or null. */
function cleanCorrection(raw: unknown): RoleCorrection | null {
  if (typeof raw !== "object" || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const paragraph = cleanId(o.paragraph);
  if (paragraph === null || !/^h[0-9a-f]{8}(?:#[1-9][0-9]{0,6})?$/.test(paragraph)) return null;
  return isCorrectedRole(o.role) ? { paragraph, role: o.role } : null;
}

/**
 * A valid id after trimming, or null (empty, too long, not a string, or holding a control
 * character, U+FFFE/U+FFFF or a lone surrogate: nothing that could not be written as XML).
 */
export function cleanId(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const id = raw.trim();
  if (
    id === "" ||
    id.length > MAX_ID_LENGTH ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
      id
    )
  )
    return null;
  return id;
}

/**
 * Validates and normalises a state (from our part, from the pane, from JSON): keeps valid ids
 * (see {@link cleanId}), drops duplicates (first kept), caps each list at {@link MAX_IDS}.
 * Anything that is not an object, or has a `version` other than 1, gives the empty state.
 * @returns a new object; never throws
 */
export function normalizeState(input: unknown): DocumentState {
  if (typeof input !== "object" || input === null) return emptyState();
  const o = input as Record<string, unknown>;
  if (o.version !== undefined && o.version !== 1) return emptyState();
  const out = emptyState();
  for (const key of Object.keys(LISTS) as ListKey[]) {
    const raw = o[key];
    if (!Array.isArray(raw)) continue;
    const seen = new Set<string>();
    for (const r of raw) {
      const id = cleanId(r);
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      out[key].push(id);
      if (out[key].length >= MAX_IDS) break;
    }
  }
  const corrections: RoleCorrection[] = [];
  if (Array.isArray(o.roleCorrections)) {
    const seen = new Set<string>();
    for (const r of o.roleCorrections) {
      const c = cleanCorrection(r);
      if (c === null || seen.has(c.paragraph)) continue;
      seen.add(c.paragraph);
      corrections.push(c);
      if (corrections.length >= MAX_IDS) break;
    }
  }
  if (corrections.length > 0) out.roleCorrections = corrections;
  if (Array.isArray(o.preserved)) {
    const kept = [...new Set(o.preserved.filter(isPreservable))];
    if (kept.length > 0) out.preserved = kept.slice(0, MAX_IDS);
  }
  return out;
}

/**
 * True for XML text that is one element of our namespace, well-formed on its own (what
 * `parseStateXml` keeps in `preserved`); anything else is never written into a state part.
 */
function isPreservable(x: unknown): x is string {
  if (typeof x !== "string" || x === "" || x.length > MAX_ID_LENGTH * 8) return false;
  try {
    const root = parseXml(
      `<state xmlns="${STATE_NAMESPACE}">${x}</state>`,
      "customXml/state"
    ).documentElement;
    let elements = 0;
    for (let c = root?.firstChild ?? null; c !== null; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT_NODE) return false;
      if ((c as Element).namespaceURI !== STATE_NAMESPACE) return false;
      elements++;
    }
    return elements === 1;
  } catch {
    return false;
  }
}

/** Unites states (list order: first appearance). */
export function mergeStates(states: readonly DocumentState[]): DocumentState {
  const all = emptyState();
  const preserved: string[] = [];
  const roleCorrections: RoleCorrection[] = [];
  for (const s of states) {
    for (const key of Object.keys(LISTS) as ListKey[]) all[key].push(...s[key]);
    roleCorrections.push(...(s.roleCorrections ?? []));
    preserved.push(...(s.preserved ?? []));
  }
  return normalizeState({ ...all, roleCorrections, preserved });
}

/** True when two states hold the same ids in the same order. */
export function sameState(a: DocumentState, b: DocumentState): boolean {
  const ca = a.roleCorrections ?? [];
  const cb = b.roleCorrections ?? [];
  const pa = a.preserved ?? [];
  const pb = b.preserved ?? [];
  return (
    (Object.keys(LISTS) as ListKey[]).every(
      (k) => a[k].length === b[k].length && a[k].every((id, i) => id === b[k][i])
    ) &&
    ca.length === cb.length &&
    ca.every((c, i) => c.paragraph === cb[i]?.paragraph && c.role === cb[i]?.role) &&
    pa.length === pb.length &&
    pa.every((x, i) => x === pb[i])
  );
}

/** True when the state records nothing. */
export function isEmptyState(s: DocumentState): boolean {
  return (
    s.ignoredFindingIds.length +
      s.ignoredRules.length +
      s.handChecked.length +
      (s.roleCorrections?.length ?? 0) +
      (s.preserved?.length ?? 0) ===
    0
  );
}

/**
 * The XML of our part for `state` (normalised first): the root `state` with our default
 * namespace and one empty element per id, in list order. No XML declaration (Word's `add`
 * takes "a valid XML fragment"). Deterministic.
 */
export function stateToXml(state: DocumentState): string {
  const s = normalizeState(state);
  let xml = `<state xmlns="${STATE_NAMESPACE}">`;
  for (const key of Object.keys(LISTS) as ListKey[]) {
    for (const id of s[key]) xml += `<${LISTS[key]} id="${escapeXml(id)}"/>`;
  }
  for (const c of s.roleCorrections ?? []) {
    xml += `<roleCorrection paragraph="${escapeXml(c.paragraph)}" role="${escapeXml(c.role)}"/>`;
  }
  // what this version could not use, as it was read (serialised in our default namespace)
  for (const raw of s.preserved ?? []) xml += raw;
  return `${xml}</state>`;
}

/** The namespace of the root element of `xml` without parsing it all (null when not found). */
export function rootNamespaceOf(xml: string): string | null {
  try {
    return parseXml(xml, "customXml").documentElement?.namespaceURI ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the XML of one custom XML part as a version-1 state.
 * @returns the state, or null when the part is not ours (other namespace, other version) or is
 *   garbage (malformed or unsafe XML, wrong root, too large); never throws
 */
export function parseStateXml(xml: string): DocumentState | null {
  if (xml.length > MAX_STATE_PART_CHARS || !xml.includes(STATE_NAMESPACE)) return null;
  let root: Element | null;
  try {
    root = parseXml(xml, "customXml/state").documentElement;
  } catch {
    return null;
  }
  if (!root || root.namespaceURI !== STATE_NAMESPACE || root.localName !== "state") return null;
  const raw: Record<ListKey, string[]> = {
    ignoredFindingIds: [],
    ignoredRules: [],
    handChecked: [],
  };
  const corrections: RoleCorrection[] = [];
  const preserved: string[] = [];
  for (let c = root.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT_NODE) continue;
    const el = c as Element;
    if (el.namespaceURI !== STATE_NAMESPACE) continue;
    const key = (Object.keys(LISTS) as ListKey[]).find((k) => LISTS[k] === el.localName);
    if (key !== undefined) {
      const id = attr(el, "id");
      if (id !== null) raw[key].push(id);
      continue;
    }
    const correction =
      el.localName === "roleCorrection"
        ? cleanCorrection({ paragraph: attr(el, "paragraph"), role: attr(el, "role") })
        : null;
    if (correction !== null) corrections.push(correction);
    else preserved.push(preservedXml(el));
  }
  return normalizeState({ version: 1, ...raw, roleCorrections: corrections, preserved });
}

/**
 * An element of our namespace this version cannot use, as XML text that reads back the same
 * inside our root (its namespace declared on it, so it stands alone).
 */
function preservedXml(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  if (!copy.getAttribute("xmlns")) copy.setAttribute("xmlns", STATE_NAMESPACE);
  return serializeXml(copy);
}

/**
 * What this version could not use in the saved state (the CLI says so in one line):
 * `preserved` — elements kept as written but not applied (a role correction with a role or
 * paragraph this version does not know, an element of a later version); `unreadableParts` — parts
 * in our namespace that are not well-formed (they count as empty; a write replaces them).
 */
export interface StateIssues {
  preserved: number;
  unreadableParts: number;
}

/**
 * True when `xml` is meant as a version-1 state part of ours (it names our namespace and its root
 * is in it, or it is not well-formed) but cannot be read as one: malformed or unsafe XML, a wrong
 * root, too large. Such a part counts as empty on read; the pane's save leaves it as it is
 * (`src/word/decisionsPart.ts`), the CLI refuses to replace it without `--force`. Never throws.
 */
export function isDamagedStatePart(xml: string): boolean {
  if (!xml.includes(STATE_NAMESPACE) || parseStateXml(xml) !== null) return false;
  const ns = rootNamespaceOf(xml);
  return ns === null || ns === STATE_NAMESPACE;
}

/** The {@link StateIssues} of a package's saved state; never throws. */
export function stateIssues(pkg: OpcPackage): StateIssues {
  let preserved = 0;
  let unreadableParts = 0;
  for (const it of customXmlItems(pkg)) {
    if (it.xml === null || !it.xml.includes(STATE_NAMESPACE)) continue;
    const s = parseStateXml(it.xml);
    if (s !== null) preserved += s.preserved?.length ?? 0;
    else if (isDamagedStatePart(it.xml)) unreadableParts++;
  }
  return { preserved, unreadableParts };
}

/** A custom XML part of a package. */
export interface CustomXmlItem {
  /** Part name, e.g. "/customXml/item1.xml". */
  name: string;
  /** Its text (null when the part is binary or unreadable). */
  xml: string | null;
}

/** True for a custom XML data part name (`/customXml/item<N>.xml`, any case). */
export function isCustomXmlItemName(name: string): boolean {
  return /^\/customXml\/item\d*\.xml$/i.test(name);
}

/** Every custom XML data part of a package (by name, in name order); never throws. */
export function customXmlItems(pkg: OpcPackage): CustomXmlItem[] {
  const out: CustomXmlItem[] = [];
  for (const [name, part] of pkg.parts) {
    if (!isCustomXmlItemName(name)) continue;
    out.push({ name, xml: typeof part.data === "string" ? part.data : null });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Names of the custom XML parts that hold a version-1 state, or garbage in our v1 namespace. */
function ownPartNames(pkg: OpcPackage): string[] {
  return customXmlItems(pkg)
    .filter((it) => {
      if (it.xml === null || !it.xml.includes(STATE_NAMESPACE)) return false;
      if (parseStateXml(it.xml) !== null) return true;
      // Garbage that names our v1 namespace at its root (or cannot be parsed at all) is ours.
      const ns = rootNamespaceOf(it.xml);
      return ns === null || ns === STATE_NAMESPACE;
    })
    .map((it) => it.name);
}

/**
 * Reads the writer's decisions from a package (the CLI's side of {@link DocumentState}): every
 * `/customXml/item*.xml` whose root is `state` in {@link STATE_NAMESPACE}, united.
 * @returns the state; a fresh copy of `EMPTY_DOCUMENT_STATE` when there is none or only
 *   garbage; never throws
 */
export function readDocumentState(pkg: OpcPackage): DocumentState {
  const states: DocumentState[] = [];
  for (const it of customXmlItems(pkg)) {
    if (it.xml === null) continue;
    const s = parseStateXml(it.xml);
    if (s) states.push(s);
  }
  return states.length === 0 ? emptyState() : mergeStates(states);
}

/** A GUID in braces, as Word writes `ds:itemID` (random; not cryptographic). */
export function newItemId(random: () => number = Math.random): string {
  const hex = (n: number): string =>
    Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
  const variant = ((Math.floor(random() * 4) + 8) & 0xf).toString(16);
  return `{${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}}`.toUpperCase();
}

/** Removes the relationship elements whose resolved target is in `targets` from a .rels text. */
function dropRelationshipsTo(
  relsXml: string,
  sourcePart: string,
  targets: Set<string>,
  resolve: (source: string, target: string) => string
): string {
  return relsXml.replace(
    /<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Relationship\s*>)/g,
    (el) => {
      const m = /\bTarget\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(el);
      const mode = /\bTargetMode\s*=\s*(?:"External"|'External')/i.test(el);
      if (!m || mode) return el;
      return targets.has(resolve(sourcePart, m[1] ?? m[2] ?? "").toLowerCase()) ? "" : el;
    }
  );
}

/** Adds one relationship to a .rels text (creating the text when null). */
function addRelationship(relsXml: string | null, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (relsXml === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
  }
  if (/<\/(\w+:)?Relationships>\s*$/.test(relsXml))
    return relsXml.replace(/<\/((\w+:)?)Relationships>\s*$/, `${rel}</$1Relationships>`);
  return relsXml.replace(
    /<((\w+:)?)Relationships\b([^>]*?)\s*\/>/,
    `<$1Relationships$3>${rel}</$1Relationships>`
  );
}

/**
 * Saves the writer's decisions into a package (the CLI's `ignore` command; the add-in writes
 * through Word instead): removes every part that holds a version-1 state (or garbage in the
 * version-1 namespace) with its properties part, its relationships part and the main
 * document's relationship to it, then — unless `state` is empty — adds one new
 * `/customXml/itemN.xml` (first free N) with `/customXml/itemPropsN.xml` (`ds:datastoreItem`
 * with a new `ds:itemID` and a `ds:schemaRef` to our namespace, as Word writes it),
 * `/customXml/_rels/itemN.xml.rels` and a `customXml` relationship from the main document.
 * Content types follow from the parts (`writeDocx` derives `[Content_Types].xml`). Parts of
 * other namespaces or versions are not touched.
 * @param random source of the item GUID (tests pass a fixed one)
 * @throws OoxmlError (from the package layer) when the package has no main document or its
 *   relationships part is malformed
 */
export function writeDocumentState(
  pkg: OpcPackage,
  state: DocumentState,
  random: () => number = Math.random
): void {
  const main = mainDocumentPart(pkg);
  const own = ownPartNames(pkg);
  if (own.length > 0) {
    const removed = new Set<string>();
    for (const name of own) {
      const propsTargets = relationships(pkg, name)
        .filter((r) => r.type === REL_CUSTOM_XML_PROPS && r.targetMode === undefined)
        .map((r) => r.target);
      for (const n of [name, relsPartName(name), ...propsTargets]) {
        const part = findPart(pkg, n);
        if (part) {
          pkg.parts.delete(part.name);
          removed.add(part.name.toLowerCase());
        }
      }
    }
    const mainRels = relsPartName(main);
    const xml = getXmlPart(pkg, mainRels);
    if (xml !== null)
      setXmlPart(pkg, mainRels, dropRelationshipsTo(xml, main, removed, resolveTarget));
  }
  const s = normalizeState(state);
  if (isEmptyState(s)) return;

  let n = 1;
  while (findPart(pkg, `/customXml/item${n}.xml`) || findPart(pkg, `/customXml/itemProps${n}.xml`))
    n++;
  const item = `/customXml/item${n}.xml`;
  const props = `/customXml/itemProps${n}.xml`;
  const itemXml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>${stateToXml(s)}`;
  // read back with the conforming parser before anything is stored: never a part that a later
  // run could not read
  if (!sameState(parseStateXml(itemXml) ?? emptyState(), s)) {
    throw new Error("writeDocumentState: the state part does not read back as written");
  }
  setXmlPart(pkg, item, itemXml, "application/xml");
  setXmlPart(
    pkg,
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${newItemId(random)}" xmlns:ds="${DS}"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    CT_CUSTOM_XML_PROPS
  );
  setXmlPart(
    pkg,
    relsPartName(item),
    addRelationship(null, "rId1", REL_CUSTOM_XML_PROPS, `itemProps${n}.xml`),
    RELS_CONTENT_TYPE
  );
  const mainRels = relsPartName(main);
  const ids = new Set(relationships(pkg, main).map((r) => r.id));
  let k = 1;
  while (ids.has(`rIdCrState${k}`)) k++;
  const depth = main.split("/").length - 2; // "/word/document.xml" → 1
  const target = `${"../".repeat(depth)}customXml/item${n}.xml`;
  setXmlPart(
    pkg,
    mainRels,
    addRelationship(getXmlPart(pkg, mainRels), `rIdCrState${k}`, REL_CUSTOM_XML, target),
    RELS_CONTENT_TYPE
  );
}
