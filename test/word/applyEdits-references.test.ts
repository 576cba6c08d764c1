/**
 * @fileoverview applyEdits on paragraphs that reference something outside themselves or hold
 * structure: a paragraph rewritten through `insertOoxml` carries the hyperlinks it uses — Word
 * resolves them against the INSERTED package (facts §3 fact 7; docs-pr
 * create-better-add-ins-for-word-with-office-open-xml); a paragraph with a picture, a section
 * break, a bookmark or field spanning paragraphs, a footnote reference or a comment is not
 * rewritten at all (style only, reported). Sync budget: 2 for the write run + 2 verifying.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
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
import { paragraphReferences, rewriteBlocker, runPackage } from "../../src/ooxml/paragraphPackage";
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
  d: ReturnType<typeof setup>,
  syncs = 4
): Promise<Awaited<ReturnType<ReturnType<typeof createWordGateway>["applyEdits"]>>> {
  const gw = createWordGateway();
  const doc = await gw.readDocument();
  d.resetStats();
  const res = await gw.applyEdits(
    doc.paragraphs.map((x) => ({ op: "setRole", target: refOf(x), role: "body" as const }))
  );
  // write run 2 + verifying read 2: no sync per paragraph
  expect(d.stats.syncCount).toBe(syncs);
  return res;
}

describe("applyEdits: hyperlinks travel with a rewritten paragraph; pictures are never sent back", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("a 微软雅黑 body paragraph with an inline photo is only styled: photo, pixel size and image part untouched, reported", async () => {
    const png = makePng(400, 300);
    const flat = withParts(
      emptyDocumentFlatOpc(
        p("标题") + yaheiPara("现场照片如下：", photoRun("rId7"), "（拍摄于现场）")
      ),
      `<Relationship Id="rId7" Type="${REL}/image" Target="media/image1.png"/>`,
      [{ name: "/word/media/image1.png", contentType: "image/png", data: png }]
    );
    d = setup({ flatOpc: flat });
    expect(parseFlatOpc(d.documentOoxml()).pictures[0]!.pixelWidth).toBe(400); // as written
    const res = await formatAll(d);
    expect(res).toMatchObject({
      verified: true,
      unverified: [1], // its 微软雅黑 is still there, and said so
      textUnchanged: true,
      notDone: ["paragraphKeptStructure"],
      applied: 2,
    });
    expect(d.stats.ooxml.inserts).toBe(1); // the styles only: no package carries the photo
    const after = parseFlatOpc(d.documentOoxml());
    expect(after.pictures).toHaveLength(1);
    expect(after.pictures[0]).toMatchObject({
      pixelWidth: 400,
      pixelHeight: 300,
      paragraphIndex: 1,
    });
    expect(after.paragraphs[1]!.styleName).toBe(PROFILE_2023.roles.body.styleName);
    expect(after.paragraphs[1]!.runs[0]!.format.eastAsia).toBe("微软雅黑");
    const host = hostDocument(d.documentOoxml());
    const embed = host.doc
      .getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "blip")
      .item(0)!
      .getAttributeNS(R, "embed")!;
    expect(embed).toBe("rId7");
    expect(host.pkg.parts.get("/word/media/image1.png")?.data).toEqual(png);
  });

  const structures: Array<[string, string]> = [
    [
      "a section break",
      `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:rPr>${YAHEI}</w:rPr><w:t>第一节结束。</w:t></w:r></w:p>`,
    ],
    [
      "a bookmark spanning paragraphs",
      `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:bookmarkStart w:id="5" w:name="跨段"/><w:r><w:rPr>${YAHEI}</w:rPr><w:t>书签开始于此。</w:t></w:r></w:p>`,
    ],
    [
      "a field spanning paragraphs",
      `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr>${YAHEI}</w:rPr><w:t>目录第一行。</w:t></w:r></w:p>`,
    ],
  ];
  for (const [what, para] of structures) {
    it(`a paragraph with ${what} is only styled and reported; its neighbour is rewritten`, async () => {
      const tail = what.startsWith("a bookmark")
        ? `<w:p><w:bookmarkEnd w:id="5"/><w:r><w:t>结束。</w:t></w:r></w:p>`
        : what.startsWith("a field")
          ? `<w:p><w:r><w:t>结束。</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
          : p("结束。");
      d = setup({ flatOpc: emptyDocumentFlatOpc(yaheiPara("前一段", "", "。") + para + tail) });
      const before = hostDocument(d.documentOoxml()).doc.getElementsByTagNameNS(W, "p").item(1)!;
      // a styled paragraph that ends a section is spliced into the model with its section as
      // read again (core canSplice): no whole read, 4 syncs like the others
      const res = await formatAll(d);
      expect(res.notDone).toEqual(["paragraphKeptStructure"]);
      expect(res.unverified).toContain(1);
      expect(res.unverified).not.toContain(0);
      expect(res.textUnchanged).toBe(true);
      const host = hostDocument(d.documentOoxml());
      const kept = host.doc.getElementsByTagNameNS(W, "p").item(1)!;
      // untouched but for its style
      const strip = (x: string): string => x.replace(/<w:pStyle [^>]*\/>/g, "");
      const xml = (el: Element): string => new XMLSerializer().serializeToString(el);
      expect(strip(xml(kept))).toBe(strip(xml(before)));
      expect(parseFlatOpc(d.documentOoxml()).paragraphs[0]!.runs[0]!.format.eastAsia).toBe(
        PROFILE_2023.roles.body.eastAsia
      );
    });
  }

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
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[0]!.runs[0]!.format.eastAsia).toBe(
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
    expect(doc.paragraphs[1]!.styleName).toBe(PROFILE_2023.roles.body.styleName); // style applied
    expect(doc.paragraphs[1]!.runs[0]!.format.eastAsia).toBe("微软雅黑"); // not re-written
    expect(doc.paragraphs[0]!.styleName).toBe(PROFILE_2023.roles.body.styleName);
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
      { op: "setRole", target: refOf(doc.paragraphs[0]!), role: "heading2", headingEnd: 10 },
    ]);
    expect(d.stats.syncCount).toBe(3); // nothing written: the verifying read is 1 batch
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

describe("paragraphReferences / rewriteBlocker / runPackage", () => {
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

  it("renames a hyperlink's reference to a fresh id; the run package carries it, names the styles and ends with the helper paragraph", () => {
    const pkg = bodyPkg(
      `<w:p ${R_DECL}><w:hyperlink r:id="rIdL"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>`,
      `<Relationship Id="rIdL" Type="${REL}/hyperlink" Target="https://a.example/?x=1" TargetMode="External"/>`
    );
    const el = firstP(pkg);
    const refs = paragraphReferences(el, relsOf(pkg));
    if (!("carried" in refs)) throw new Error(`blocked: ${refs.blocked}`);
    expect(refs.carried).toEqual([
      { id: "rIdCrRel1", type: `${REL}/hyperlink`, target: "https://a.example/?x=1" },
    ]);
    const pXml = new XMLSerializer().serializeToString(el);
    const out = readFlatOpc(
      runPackage({
        paragraphs: [pXml, pXml],
        styles: [{ styleId: "CRBody", name: PROFILE_2023.roles.body.styleName }],
        numberingXml: null,
        carried: refs.carried,
      })
    );
    const main = mainDocumentPart(out);
    expect(relationships(out, main).find((r) => r.id === "rIdCrRel1")).toMatchObject({
      target: "https://a.example/?x=1",
      targetMode: "External",
    });
    const xml = getXmlPart(out, main)!;
    expect(xml).toContain('r:id="rIdCrRel1"');
    expect(xml.endsWith("<w:p/></w:body></w:document>")).toBe(true);
    const styles = getXmlPart(out, "/word/styles.xml")!;
    expect(styles).toContain(`w:styleId="CRBody"`);
    expect(styles).not.toContain("<w:rPr"); // named, not defined
  });

  it("blocks a picture (an internal relationship) and an unknown reference, and rewrites nothing", () => {
    const pkg = bodyPkg(
      `<w:p ${R_DECL}>${photoRun("rIdPic")}</w:p>`,
      `<Relationship Id="rIdPic" Type="${REL}/image" Target="media/image1.png"/>`
    );
    expect(rewriteBlocker(firstP(pkg))).toBe("picture");
    expect(paragraphReferences(firstP(pkg), relsOf(pkg))).toEqual({
      blocked: `internal relationship ${REL}/image`,
    });
    const none = bodyPkg(`<w:p ${R_DECL}><w:hyperlink r:id="rIdNone"/></w:p>`, "");
    const el = firstP(none);
    expect(paragraphReferences(el, relsOf(none))).toEqual({
      blocked: "relationship rIdNone not in the package read",
    });
    expect(new XMLSerializer().serializeToString(el)).toContain('r:id="rIdNone"');
  });

  it("rewriteBlocker: a bookmark or field closed in the paragraph does not block", () => {
    const one = (x: string): Element =>
      parseXml(`<w:p xmlns:w="${W}">${x}</w:p>`).documentElement as unknown as Element;
    expect(rewriteBlocker(one(`<w:bookmarkStart w:id="1"/><w:bookmarkEnd w:id="1"/>`))).toBe(null);
    expect(
      rewriteBlocker(
        one(
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
        )
      )
    ).toBe(null);
    expect(rewriteBlocker(one(`<w:bookmarkEnd w:id="1"/>`))).toBe("bookmarkSpan");
    expect(rewriteBlocker(one(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`))).toBe("fieldSpan");
  });
});
