/**
 * @fileoverview Role corrections in the state part (issue 8): written and read back; a part
 * saved before corrections existed still reads; a correction this version cannot use (an unknown
 * role, a bad paragraph key) and unknown elements are kept as written and written back, and
 * counted by `stateIssues`; a damaged part is counted too.
 */
import { type OpcPackage } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import {
  STATE_NAMESPACE,
  normalizeState,
  parseStateXml,
  readDocumentState,
  stateIssues,
  stateToXml,
  writeDocumentState,
} from "../../src/ooxml/decisions-part";
import type { DocumentState } from "../../src/core/gateway";
import { buildPkg, p } from "./parse-helpers";

const fresh = (): OpcPackage => buildPkg({ body: p("题目") });
const roundTrip = (pkg: OpcPackage): OpcPackage => readDocx(writeDocx(pkg));

function addRawPart(pkg: OpcPackage, n: number, xml: string): void {
  pkg.parts.set(`/customXml/item${n}.xml`, {
    name: `/customXml/item${n}.xml`,
    contentType: "application/xml",
    data: xml,
  });
}

const WITH_ROLES: DocumentState = {
  version: 1,
  ignoredFindingIds: ["first-person/firstPerson@h1a2b3c4d:3-5"],
  ignoredRules: [],
  handChecked: ["truth"],
  roleCorrections: [
    { paragraph: "h0badcafe", role: "heading1" },
    { paragraph: "h0badcafe#2", role: "other" },
  ],
};

describe("role corrections in the state part", () => {
  it("round-trip through a .docx as roleCorrection elements", () => {
    const pkg = fresh();
    writeDocumentState(pkg, WITH_ROLES, () => 0.5);
    const again = roundTrip(pkg);
    expect(readDocumentState(again)).toEqual(WITH_ROLES);
    expect(stateToXml(WITH_ROLES)).toContain(
      '<roleCorrection paragraph="h0badcafe" role="heading1"/>'
    );
    expect(stateIssues(again)).toEqual({ preserved: 0, unreadableParts: 0 });
  });

  it("a part saved before corrections existed reads as before (no roleCorrections)", () => {
    const pkg = fresh();
    addRawPart(pkg, 1, `<state xmlns="${STATE_NAMESPACE}"><ignoredRule id="photo-dpi"/></state>`);
    const s = readDocumentState(pkg);
    expect(s).toEqual({
      version: 1,
      ignoredFindingIds: [],
      ignoredRules: ["photo-dpi"],
      handChecked: [],
    });
  });

  it.each([
    ["an unknown role", '<roleCorrection paragraph="h0badcafe" role="chapter"/>'],
    ["no paragraph", '<roleCorrection role="body"/>'],
    ["a bad key", '<roleCorrection paragraph="第3段" role="body"/>'],
    [
      "a later version's element",
      '<sectionOverride at="h0badcafe" part="effect"><why>x</why></sectionOverride>',
    ],
  ])("%s: kept as written, not applied, written back with a new decision", (_, el) => {
    const pkg = fresh();
    addRawPart(
      pkg,
      1,
      `<state xmlns="${STATE_NAMESPACE}"><ignoredRule id="photo-dpi"/>${el}<roleCorrection paragraph="h12345678" role="body"/></state>`
    );
    const s = readDocumentState(pkg);
    expect(s.ignoredRules).toEqual(["photo-dpi"]);
    expect(s.roleCorrections).toEqual([{ paragraph: "h12345678", role: "body" }]);
    expect(s.preserved).toHaveLength(1);
    expect(stateIssues(pkg)).toEqual({ preserved: 1, unreadableParts: 0 });
    // a new decision saved: the element this version did not understand is still there
    writeDocumentState(pkg, { ...s, handChecked: ["truth"] }, () => 0.5);
    const again = roundTrip(pkg);
    const back = readDocumentState(again);
    expect(back.handChecked).toEqual(["truth"]);
    expect(back.preserved).toEqual(s.preserved);
    const xml = [...again.parts.values()]
      .map((x) => (typeof x.data === "string" ? x.data : ""))
      .find((x) => x.includes(STATE_NAMESPACE) && x.includes("<state"));
    expect(parseStateXml(xml ?? "")?.preserved).toEqual(s.preserved);
  });

  it("a damaged part is counted (not readable), a foreign part is not", () => {
    const pkg = fresh();
    addRawPart(pkg, 1, `<state xmlns="${STATE_NAMESPACE}"><ignoredRule id="a"/>`);
    addRawPart(pkg, 2, `<other xmlns="urn:someone-else"><x/></other>`);
    expect(readDocumentState(pkg).ignoredRules).toEqual([]);
    expect(stateIssues(pkg)).toEqual({ preserved: 0, unreadableParts: 1 });
  });

  it("normalizeState keeps only valid corrections (first per paragraph) and well-formed preserved XML", () => {
    const s = normalizeState({
      roleCorrections: [
        { paragraph: "h0badcafe", role: "heading2" },
        { paragraph: "h0badcafe", role: "body" },
        { paragraph: "h0badcafe#0", role: "body" },
        { paragraph: "hxyz", role: "body" },
        { paragraph: "h11111111", role: "heading4" },
        "h22222222",
      ],
      preserved: ["</state><evil/>", "<a/><b/>", "plain text", `<ok xmlns="${STATE_NAMESPACE}"/>`],
    });
    expect(s.roleCorrections).toEqual([{ paragraph: "h0badcafe", role: "heading2" }]);
    expect(s.preserved).toEqual([`<ok xmlns="${STATE_NAMESPACE}"/>`]);
  });
});
