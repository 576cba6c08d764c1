/**
 * @fileoverview Headings numbered through their style (a 标题 1 style linked to a list:
 * `w:style/w:pPr/w:numPr`, no `w:numPr` in the paragraph) keep their number through 一键排版 in
 * Word and through 恢复, under every host profile of the double. Our role styles number
 * nothing, so the write attaches such a paragraph to its list again (`attachToList`, WordApi 1.3)
 * — the same decision (core `styleNumbering`) the CLI formatter takes when it writes the number
 * as the paragraph's own `w:numPr`. Checked with what Word shows: `ListItem.listString`, list id
 * and level, before and after.
 */
import { classify } from "../../src/core/classify";
import { styleNumbering } from "../../src/core/numbering";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { bodyParagraphs } from "../../src/ooxml/format";
import { getXmlPart, mainDocumentPart, readFlatOpc } from "../../src/ooxml/package";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { parseXml, serializeXml } from "../../src/ooxml/xml";
import { createWordGateway } from "../../src/word/gateway";
import { HOST_PROFILES, emptyDocumentFlatOpc, profileNamed } from "../word-double";
import { listPlaces, p, setup, type ListPlace } from "./helpers";

/**
 * 标题 1 / 标题 2 linked to one list, as Chinese Word writes heading numbering: the styles carry
 * `w:numPr` (标题 2 without `w:ilvl`: its level is the one whose `w:pStyle` names it).
 */
const STYLES =
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>';

/** 一、 / （一） linked to the heading styles. */
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

const h1 = (text: string, rPr?: string): string =>
  p(text, rPr ? { pPr: '<w:pStyle w:val="1"/>', rPr } : { pPr: '<w:pStyle w:val="1"/>' });
const h2 = (text: string): string => p(text, { pPr: '<w:pStyle w:val="2"/>' });

/**
 * A draft whose headings are numbered by their styles only: one with conflicting direct
 * formatting (rewritten through insertOoxml), the others only styled.
 */
const DRAFT = [
  p("安责险服务创新实践"),
  p("——某保险股份有限公司某分公司"),
  p("单位简介"),
  p("某分公司成立于二〇〇八年，承保安责险企业一千二百家。"),
  h1("实施背景", '<w:rFonts w:eastAsia="楷体"/><w:sz w:val="30"/>'),
  p("该单位建立了隐患台账，每月开展检查。"),
  h1("主要做法"),
  h2("建立隐患台账"),
  p("企业每月排查一次，整改率100%。"),
  h1("实施效果"),
  p("隐患整改率达到百分之百，事故起数下降三成。"),
].join("");

/** What Word shows of each numbered paragraph: index, list id, level, number. */
async function numbered(d: ReturnType<typeof setup>): Promise<({ index: number } & ListPlace)[]> {
  return (await listPlaces(d)).flatMap((x, index) => (x ? [{ index, ...x }] : []));
}

function bodyXml(flatOpc: string): string[] {
  const pkg = readFlatOpc(flatOpc);
  const main = mainDocumentPart(pkg);
  return bodyParagraphs(parseXml(getXmlPart(pkg, main) ?? "", main)).map((el) => serializeXml(el));
}

describe("the decision: a number that only the style gives (core styleNumbering)", () => {
  it("is the reader's resolution, style-linked level included; a paragraph's own w:numPr is not", () => {
    const doc = parseFlatOpc(emptyDocumentFlatOpc(DRAFT, STYLES, NUMBERING));
    expect(styleNumbering(doc.paragraphs[4]!)).toEqual({ numId: "1", ilvl: 0 });
    expect(styleNumbering(doc.paragraphs[7]!)).toEqual({ numId: "1", ilvl: 1 });
    expect(doc.paragraphs[7]!.numbering?.label).toBe("（一）");
    expect(styleNumbering(doc.paragraphs[5]!)).toBeNull();
    const own = parseFlatOpc(
      emptyDocumentFlatOpc(
        p("实施背景", { pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' }),
        "",
        NUMBERING
      )
    );
    expect(own.paragraphs[0]!.numbering?.label).toBe("一、");
    expect(styleNumbering(own.paragraphs[0]!)).toBeNull();
  });
});

describe.each(HOST_PROFILES)("headings numbered by their style — host profile %s", (host) => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());
  const trackingCaveat = profileNamed(host).sets["WordApi 1.4"] ? [] : ["restoreTrackingUnknown"];

  it("keep 一、二、三、 and （一） through 一键排版 and 恢复, in the same list at the same level", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT, STYLES, NUMBERING) });
    const before = await numbered(d);
    expect(before.map((x) => x.listString)).toEqual(["一、", "二、", "（一）", "三、"]);
    expect(before.map((x) => x.level)).toEqual([0, 0, 1, 0]);
    const xmlBefore = bodyXml(d.documentOoxml());
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    const roles = edits.flatMap((e) => (e.op === "setRole" ? [[e.target.index, e.role]] : []));
    expect(roles).toEqual(
      expect.arrayContaining([
        [4, "heading1"],
        [6, "heading1"],
        [7, "heading2"],
        [9, "heading1"],
      ])
    );
    d.resetStats();
    const result = await gw.applyEdits(edits, { restore: "required" });
    // read 1 + the lists 1 + write 1, verify 1 + OOXML 1 + the lists 2
    expect(d.stats.syncCount).toBe(7);
    expect(result).toMatchObject({ verified: true, unverified: [] });
    expect(result.notDone).not.toContain("numberingMayRestart");
    // Our styles now, and the numbers as before: same list, same level, same number.
    const after = parseFlatOpc(d.documentOoxml());
    expect([4, 6, 9].map((i) => after.paragraphs[i]!.styleName)).toEqual(
      Array(3).fill(PROFILE_2023.roles.heading1.styleName)
    );
    expect(after.paragraphs[7]!.styleName).toBe(PROFILE_2023.roles.heading2.styleName);
    expect(await numbered(d)).toEqual(before);
    // The rewritten heading lost its direct 楷体 (rewritten, not only styled).
    expect(bodyXml(d.documentOoxml())[4]).not.toContain("楷体");

    d.resetStats();
    const r = await gw.restore(result.restorePoint!);
    expect(r).toMatchObject({ verified: true, notDone: trackingCaveat });
    expect(await numbered(d)).toEqual(before);
    expect(bodyXml(d.documentOoxml())).toEqual(xmlBefore);
  });

  it("a heading that only gets its style (it holds a section break) keeps its number too", async () => {
    const sect =
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
    const draft = DRAFT.replace(
      h1("主要做法"),
      p("主要做法", { pPr: `<w:pStyle w:val="1"/><w:jc w:val="left"/>${sect}` })
    );
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(draft, STYLES, NUMBERING) });
    const before = await numbered(d);
    expect(before.map((x) => x.listString)).toEqual(["一、", "二、", "（一）", "三、"]);
    const xmlBefore = bodyXml(d.documentOoxml());
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    const result = await gw.applyEdits(edits, { restore: "required" });
    expect(result.verified).toBe(true);
    expect(result.notDone).not.toContain("numberingMayRestart");
    expect(result.notDone).toContain("paragraphKeptStructure");
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[6]!.styleName).toBe(
      PROFILE_2023.roles.heading1.styleName
    );
    expect(await numbered(d)).toEqual(before);
    const r = await gw.restore(result.restorePoint!);
    expect(r).toMatchObject({ verified: true, notDone: trackingCaveat });
    expect(await numbered(d)).toEqual(before);
    expect(bodyXml(d.documentOoxml())).toEqual(xmlBefore);
  });
});
