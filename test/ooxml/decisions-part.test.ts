/**
 * @fileoverview The DocumentState part in a .docx (src/ooxml/decisions-part.ts): write/read round trip
 * with its itemProps, relationships and content types; garbage tolerated; other versions kept;
 * validation; replacing and removing.
 */
import { strFromU8, unzipSync } from "fflate";
import { type OpcPackage } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import {
  STATE_NAMESPACE,
  normalizeState,
  parseStateXml,
  readDocumentState,
  stateToXml,
  writeDocumentState,
} from "../../src/ooxml/decisions-part";
import type { DocumentState } from "../../src/core/gateway";
import { buildPkg, p } from "./parse-helpers";

const STATE: DocumentState = {
  version: 1,
  ignoredFindingIds: ["first-person/firstPerson@p12:3-5", 'a&b<"c">'],
  ignoredRules: ["photo-dpi"],
  handChecked: ["truth"],
};
const EMPTY: DocumentState = {
  version: 1,
  ignoredFindingIds: [],
  ignoredRules: [],
  handChecked: [],
};

const fresh = (): OpcPackage => buildPkg({ body: p("题目") });
const roundTrip = (pkg: OpcPackage): OpcPackage => readDocx(writeDocx(pkg));
const fixed = (): number => 0.5;

/** Adds a raw custom XML part (with main-document relationship) to a package. */
function addRawPart(pkg: OpcPackage, n: number, xml: string): void {
  pkg.parts.set(`/customXml/item${n}.xml`, {
    name: `/customXml/item${n}.xml`,
    contentType: "application/xml",
    data: xml,
  });
}

describe("DocumentState in a .docx", () => {
  it("a package without our part reads as empty (no throw)", () => {
    expect(readDocumentState(fresh())).toEqual(EMPTY);
  });

  it("round-trips through a .docx with item, itemProps, rels and content types as Word writes them", () => {
    const pkg = fresh();
    writeDocumentState(pkg, STATE, fixed);
    const bytes = writeDocx(pkg);
    expect(readDocumentState(readDocx(bytes))).toEqual(STATE);
    const files = unzipSync(bytes);
    const text = (n: string): string => strFromU8(files[n]!);
    expect(text("customXml/item1.xml")).toContain(`<state xmlns="${STATE_NAMESPACE}">`);
    expect(text("customXml/item1.xml")).toContain('id="a&amp;b&lt;&quot;c&quot;&gt;"');
    expect(text("customXml/itemProps1.xml")).toMatch(
      /<ds:datastoreItem ds:itemID="\{[0-9A-F-]{36}\}" xmlns:ds="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:case-report-assistant:state:1"\/>/
    );
    expect(text("customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
    expect(text("word/_rels/document.xml.rels")).toMatch(
      /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/
    );
    expect(text("[Content_Types].xml")).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    );
  });

  it("replaces our part (one part, no leftovers) and an empty state removes it", () => {
    const pkg = roundTrip(
      (() => {
        const x = fresh();
        writeDocumentState(x, STATE, fixed);
        return x;
      })()
    );
    writeDocumentState(pkg, { ...STATE, handChecked: [] }, fixed);
    const again = roundTrip(pkg);
    expect(readDocumentState(again)).toEqual({ ...STATE, handChecked: [] });
    expect([...again.parts.keys()].filter((n) => n.startsWith("/customXml/")).sort()).toEqual([
      "/customXml/_rels/item1.xml.rels",
      "/customXml/item1.xml",
      "/customXml/itemProps1.xml",
    ]);
    writeDocumentState(again, EMPTY);
    const gone = roundTrip(again);
    expect([...gone.parts.keys()].some((n) => n.startsWith("/customXml/"))).toBe(false);
    expect(gone.parts.get("/word/_rels/document.xml.rels")!.data).not.toContain("customXml");
  });

  it("tolerates garbage: malformed XML, DOCTYPE, wrong root, bad ids, binary parts → empty, replaced on write", () => {
    const pkg = fresh();
    addRawPart(pkg, 1, `<state xmlns="${STATE_NAMESPACE}"><ignoredRule id="x">`);
    addRawPart(pkg, 2, `<!DOCTYPE x [<!ENTITY a "b">]><state xmlns="${STATE_NAMESPACE}"/>`);
    addRawPart(pkg, 3, `<other xmlns="${STATE_NAMESPACE}"><ignoredRule id="y"/></other>`);
    pkg.parts.set("/customXml/item4.xml", {
      name: "/customXml/item4.xml",
      contentType: "application/octet-stream",
      data: new Uint8Array([1, 2, 3]),
    });
    expect(readDocumentState(pkg)).toEqual(EMPTY);
    writeDocumentState(pkg, STATE, fixed);
    const items = [...pkg.parts.keys()].filter((n) => /item\d+\.xml$/.test(n)).sort();
    expect(items).toEqual(["/customXml/item1.xml", "/customXml/item4.xml"]);
    expect(readDocumentState(roundTrip(pkg))).toEqual(STATE);
  });

  it("keeps parts of other versions and namespaces untouched, and never reads them", () => {
    const pkg = fresh();
    const v2 = `<state xmlns="urn:case-report-assistant:state:2"><ignoredRule id="z"/></state>`;
    const other = `<Reviewers xmlns="http://schemas.contoso.com/review/1.0"><Reviewer>Juan</Reviewer></Reviewers>`;
    addRawPart(pkg, 1, v2);
    addRawPart(pkg, 2, other);
    expect(readDocumentState(pkg)).toEqual(EMPTY);
    writeDocumentState(pkg, STATE, fixed);
    expect(pkg.parts.get("/customXml/item1.xml")!.data).toBe(v2);
    expect(pkg.parts.get("/customXml/item2.xml")!.data).toBe(other);
    expect(pkg.parts.get("/customXml/item3.xml")!.data).toContain(STATE_NAMESPACE);
    expect(readDocumentState(pkg)).toEqual(STATE);
  });

  it("unites several v1 parts and accepts Word's re-serialised forms (declaration, prefixes)", () => {
    const pkg = fresh();
    addRawPart(
      pkg,
      1,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><state xmlns="${STATE_NAMESPACE}"><ignoredRule id="a"/></state>`
    );
    addRawPart(
      pkg,
      2,
      `<s:state xmlns:s="${STATE_NAMESPACE}"><s:ignoredRule id="b"/><s:ignoredRule id="a"/><s:future x="1"/></s:state>`
    );
    expect(readDocumentState(pkg).ignoredRules).toEqual(["a", "b"]);
  });

  it("validates: trims, drops empty/control/over-long ids and duplicates; unknown version → empty", () => {
    expect(
      normalizeState({
        version: 1,
        ignoredFindingIds: [" a ", "a", "", "b\u0001", "x".repeat(600), 7],
        ignoredRules: "nope",
      })
    ).toEqual({ ...EMPTY, ignoredFindingIds: ["a"] });
    expect(normalizeState({ version: 2, ignoredRules: ["a"] })).toEqual(EMPTY);
    expect(normalizeState(null)).toEqual(EMPTY);
    expect(parseStateXml(stateToXml(STATE))).toEqual(STATE);
    expect(parseStateXml("<x/>")).toBeNull();
  });
});
