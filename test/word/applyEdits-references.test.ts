/**
 * @fileoverview applyEdits on paragraphs that reference something outside themselves: a
 * paragraph re-written through `insertOoxml` must carry the relationships (and the parts) its
 * pictures and hyperlinks use — Word resolves them against the INSERTED package (facts §3 fact 7;
 * docs-pr create-better-add-ins-for-word-with-office-open-xml, "Work with images"); a paragraph
 * with a footnote reference or a comment is not re-written at all (style only, reported). Sync
 * budget unchanged: 2 for the write run + 1 verifying read.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { createWordGateway } from "../../src/word/gateway";
import { refOf } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import {
  type OpcPackage,
  getXmlPart,
  mainDocumentPart,
  readFlatOpc,
  relationships,
  relsPartName,
  setXmlPart,
  writeFlatOpc,
} from "../../src/ooxml/package";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { type Element, R, W, parseXml } from "../../src/ooxml/xml";
import { paragraphPackage, paragraphReferences } from "../../src/word/applyEdits";
import { emptyDocumentFlatOpc } from "../word-double";
import { makePng } from "../ooxml/parse-helpers";
import { p, setup } from "./helpers";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const YAHEI = '<w:rFonts w:ascii="Arial" w:eastAsia="微软雅黑"/><w:sz w:val="21"/>';
const URL = "https://www.mem.gov.cn/xw/?a=1&b=2";

/** An inline photo (relationship `rid`), with the namespaces it needs declared on the drawing. */
function photoRun(rid: string): string {
  return (
    `<w:r><w:rPr>${YAHEI}</w:rPr><w:drawing xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<wp:inline><wp:extent cx="1905000" cy="1270000"/><wp:docPr id="1" name="图片 1" descr="现场照片"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="p"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** A 微软雅黑 body paragraph: text, then `inner` (a picture, a hyperlink …), then text. */
function yaheiPara(before: string, inner: string, after: string): string {
  const run = (t: string): string =>
    `<w:r><w:rPr>${YAHEI}</w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
  return `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr>${run(before)}${inner}${run(after)}</w:p>`;
}

/** Adds relationships (and parts) to a flat-OPC document. */
function withParts(
  flat: string,
  rels: string,
  parts: { name: string; contentType: string; data: string | Uint8Array }[] = []
): string {
  const pkg = readFlatOpc(flat);
  const main = mainDocumentPart(pkg);
  const relsName = relsPartName(main);
  setXmlPart(
    pkg,
    relsName,
    (getXmlPart(pkg, relsName) ?? "").replace("</Relationships>", `${rels}</Relationships>`)
  );
  for (const part of parts) pkg.parts.set(part.name, part);
  return writeFlatOpc(pkg);
}

/** The main document's DOM and relationships of the double's document. */
function hostDocument(flat: string): {
  pkg: OpcPackage;
  doc: ReturnType<typeof parseXml>;
  rels: ReturnType<typeof relationships>;
} {
  const pkg = readFlatOpc(flat);
  const main = mainDocumentPart(pkg);
  return {
    pkg,
    doc: parseXml(getXmlPart(pkg, main) ?? "", main),
    rels: relationships(pkg, main),
  };
}

async function formatAll(
  d: ReturnType<typeof setup>
): Promise<Awaited<ReturnType<ReturnType<typeof createWordGateway>["applyEdits"]>>> {
  const gw = createWordGateway();
  const doc = await gw.readDocument();
  d.resetStats();
  const res = await gw.applyEdits(
    doc.paragraphs.map((x) => ({ op: "setRole", target: refOf(x), role: "body" as const }))
  );
  expect(d.stats.syncCount).toBe(3); // write run 2 + verifying read 1: no sync per paragraph
  return res;
}

describe("applyEdits: a paragraph's pictures and hyperlinks travel with it", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("a 微软雅黑 body paragraph with an inline photo keeps the photo, its pixel size and its image part", async () => {
    const png = makePng(400, 300);
    const flat = withParts(
      emptyDocumentFlatOpc(
        p("标题") + yaheiPara("现场照片如下：", photoRun("rId7"), "（拍摄于现场）")
      ),
      `<Relationship Id="rId7" Type="${REL}/image" Target="media/image1.png"/>`,
      [{ name: "/word/media/image1.png", contentType: "image/png", data: png }]
    );
    d = setup({ flatOpc: flat });
    expect(parseFlatOpc(d.documentOoxml()).pictures[0].pixelWidth).toBe(400); // as written
    const res = await formatAll(d);
    expect(res).toMatchObject({ verified: true, unverified: [], textUnchanged: true, notDone: [] });
    const after = parseFlatOpc(d.documentOoxml());
    expect(after.pictures).toHaveLength(1);
    expect(after.pictures[0]).toMatchObject({
      pixelWidth: 400,
      pixelHeight: 300,
      paragraphIndex: 1,
    });
    expect(after.pictures[0].part).not.toBeNull();
    // the paragraph was re-written (微软雅黑 cleared), not just styled
    const body = PROFILE_2023.roles.body;
    for (const r of after.paragraphs[1].runs) {
      if (r.text.trim() !== "")
        expect([r.text, r.format.eastAsia, r.format.sz]).toEqual([r.text, body.eastAsia, body.sz]);
    }
    // the blip names a relationship of the document whose part holds the PNG bytes
    const host = hostDocument(d.documentOoxml());
    const embed = host.doc
      .getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "blip")
      .item(0)!
      .getAttributeNS(R, "embed")!;
    const rel = host.rels.find((x) => x.id === embed)!;
    expect(rel.type).toBe(`${REL}/image`);
    expect(host.pkg.parts.get(rel.target)?.data).toEqual(png);
  });

  it("a paragraph with an external hyperlink keeps its target (TargetMode External)", async () => {
    const link = `<w:hyperlink r:id="rIdLink1"><w:r><w:rPr>${YAHEI}</w:rPr><w:t>应急管理部网站</w:t></w:r></w:hyperlink>`;
    const flat = withParts(
      emptyDocumentFlatOpc(yaheiPara("详见", link, "。")),
      `<Relationship Id="rIdLink1" Type="${REL}/hyperlink" Target="${URL.replace(/&/g, "&amp;")}" TargetMode="External"/>`
    );
    d = setup({ flatOpc: flat });
    const res = await formatAll(d);
    expect(res).toMatchObject({ verified: true, unverified: [], textUnchanged: true, notDone: [] });
    const host = hostDocument(d.documentOoxml());
    const h = host.doc.getElementsByTagNameNS(W, "hyperlink").item(0)!;
    const rel = host.rels.find((x) => x.id === h.getAttributeNS(R, "id"));
    expect(rel).toEqual({
      id: h.getAttributeNS(R, "id"),
      type: `${REL}/hyperlink`,
      target: URL,
      targetMode: "External",
    });
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[0].runs[0].format.eastAsia).toBe(
      PROFILE_2023.roles.body.eastAsia
    );
  });
});

describe("applyEdits: a paragraph whose references cannot travel is not re-written", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  const FOOTNOTES =
    `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
    `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
    `<w:footnote w:id="1"><w:p><w:r><w:t>数据来源：企业年报。</w:t></w:r></w:p></w:footnote></w:footnotes>`;

  it("a paragraph with a footnote reference keeps it: style only, reported unverified and notDone", async () => {
    const ref = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`;
    const flat = withParts(
      emptyDocumentFlatOpc(p("标题") + yaheiPara("隐患整改率达到98%", ref, "。")),
      `<Relationship Id="rIdFn" Type="${REL}/footnotes" Target="footnotes.xml"/>`,
      [
        {
          name: "/word/footnotes.xml",
          contentType:
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
          data: FOOTNOTES,
        },
      ]
    );
    d = setup({ flatOpc: flat });
    const before = d.documentOoxml();
    const countRefs = (xml: string): number =>
      hostDocument(xml).doc.getElementsByTagNameNS(W, "footnoteReference").length;
    const res = await formatAll(d);
    expect(res.verified).toBe(true);
    expect(res.unverified).toEqual([1]); // its 微软雅黑 is still there, and said so
    expect(res.notDone).toEqual(["paragraphKeptDirectFormatting"]);
    expect(res.textUnchanged).toBe(true);
    expect(res.applied).toBe(2); // both paragraphs got their style
    const after = d.documentOoxml();
    expect(countRefs(after)).toBe(countRefs(before));
    expect(getXmlPart(readFlatOpc(after), "/word/footnotes.xml")).toContain("数据来源：企业年报。");
    const doc = parseFlatOpc(after);
    expect(doc.paragraphs[1].styleName).toBe(PROFILE_2023.roles.body.styleName); // style applied
    expect(doc.paragraphs[1].runs[0].format.eastAsia).toBe("微软雅黑"); // not re-written
    expect(doc.paragraphs[0].styleName).toBe(PROFILE_2023.roles.body.styleName);
  });

  it("a run-in heading with a comment is left untouched (the style would turn its body text into heading text)", async () => {
    const text = "（一）建立隐患台账。企业每月排查一次。";
    const para =
      `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>${text}</w:t></w:r><w:commentRangeEnd w:id="0"/>` +
      `<w:r><w:commentReference w:id="0"/></w:r></w:p>`;
    d = setup({ flatOpc: emptyDocumentFlatOpc(para) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const before = d.documentOoxml();
    d.resetStats();
    const res = await gw.applyEdits([
      { op: "setRole", target: refOf(doc.paragraphs[0]), role: "heading2", headingEnd: 10 },
    ]);
    expect(d.stats.syncCount).toBe(3);
    expect(res).toMatchObject({
      applied: 0,
      unverified: [0],
      notDone: ["paragraphKeptDirectFormatting"],
      verified: true,
      textUnchanged: true,
    });
    const docXml = (xml: string): string => getXmlPart(readFlatOpc(xml), "/word/document.xml")!;
    expect(docXml(d.documentOoxml())).toBe(docXml(before));
  });
});

describe("paragraphReferences / paragraphPackage", () => {
  const R_DECL = `xmlns:w="${W}" xmlns:r="${R}"`;
  const bodyPkg = (pXml: string, rels: string): OpcPackage =>
    readFlatOpc(
      withParts(emptyDocumentFlatOpc(pXml), rels, [
        { name: "/word/media/image1.png", contentType: "image/png", data: makePng(2, 2) },
      ])
    );
  const relsOf = (pkg: OpcPackage): Map<string, ReturnType<typeof relationships>[number]> =>
    new Map(relationships(pkg, "/word/document.xml").map((r) => [r.id, r]));
  const firstP = (pkg: OpcPackage): Element =>
    parseXml(getXmlPart(pkg, "/word/document.xml") ?? "")
      .getElementsByTagNameNS(W, "p")
      .item(0)!;

  it("renames the references to fresh ids and the package carries the relationship and the part", () => {
    const pkg = bodyPkg(
      `<w:p ${R_DECL}>${photoRun("rIdPic")}</w:p>`,
      `<Relationship Id="rIdPic" Type="${REL}/image" Target="media/image1.png"/>`
    );
    const el = firstP(pkg);
    const refs = paragraphReferences(el, pkg, relsOf(pkg));
    if (!("carried" in refs)) throw new Error(`blocked: ${refs.blocked}`);
    expect(refs.carried.map((c) => [c.id, c.target, c.external])).toEqual([
      ["rIdCrRel1", "/word/media/image1.png", false],
    ]);
    const pXml = new XMLSerializer().serializeToString(el);
    const out = readFlatOpc(paragraphPackage(PROFILE_2023, pXml, null, refs.carried));
    const rels = relationships(out, mainDocumentPart(out));
    expect(rels.find((r) => r.id === "rIdCrRel1")).toMatchObject({
      type: `${REL}/image`,
      target: "/word/media/image1.png",
    });
    expect(out.parts.get("/word/media/image1.png")?.data).toEqual(makePng(2, 2));
    expect(getXmlPart(out, mainDocumentPart(out))).toContain('r:embed="rIdCrRel1"');
  });

  it("blocks a reference the body OOXML does not resolve, and rewrites nothing", () => {
    const pkg = bodyPkg(`<w:p ${R_DECL}>${photoRun("rIdNone")}</w:p>`, "");
    const el = firstP(pkg);
    expect(paragraphReferences(el, pkg, relsOf(pkg))).toEqual({
      blocked: "relationship rIdNone not in the body OOXML",
    });
    expect(el.toString()).toContain('r:embed="rIdNone"');
  });
});
