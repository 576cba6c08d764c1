/**
 * @fileoverview The formatter walks `mc:AlternateContent` the way the reader does: the first
 * `mc:Choice` whose `Requires` namespaces are understood, else the `mc:Fallback`. Otherwise its
 * paragraph list would disagree with the reader's, and edits would land on the wrong paragraph.
 */
import { refOf } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import { applyEdits } from "../../src/ooxml/format";
import { getXmlPart } from "../../src/ooxml/package";
import { parsePackage } from "../../src/ooxml/parse";
import { buildPkg } from "./parse-helpers";

const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const ac = (choice: string, fallback: string, requires: string, decl: string): string =>
  `<mc:AlternateContent ${decl}><mc:Choice Requires="${requires}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;

describe("formatting across mc:AlternateContent", () => {
  it.each([
    ["an unknown namespace: the Fallback", "foo", 'xmlns:foo="urn:unknown"', "后备一"],
    ["a known namespace: the Choice", "wps", "", "选择一"],
  ])("with %s, the edited paragraph is the one the reader saw", (_label, requires, decl, first) => {
    const body =
      p("题目") + ac(p("选择一") + p("选择二"), p("后备一"), requires, decl) + p("——某某有限公司");
    const pkg = buildPkg({ body });
    const doc = parsePackage(pkg, "docx");
    expect(doc.paragraphs.map((x) => x.text)).toContain(first);
    const unitLine = doc.paragraphs.find((x) => x.text === "——某某有限公司")!;
    const result = applyEdits(
      pkg,
      doc,
      [{ op: "setRole", target: refOf(unitLine), role: "unitLine" }],
      PROFILE_2023
    );
    expect(result).toMatchObject({ applied: 1, skippedStale: 0 });
    const xml = getXmlPart(pkg, "/word/document.xml")!;
    // The style went onto the unit line, not onto a paragraph inside the AlternateContent.
    expect(xml).toMatch(/<w:pStyle w:val="CRUnit"\/><\/w:pPr><w:r><w:t>——某某有限公司/);
  });
});
