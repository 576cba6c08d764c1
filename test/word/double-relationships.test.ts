/**
 * @fileoverview The double's insertOoxml resolves the inserted content's relationship references
 * against the INSERTED package (facts §3 fact 7), as Word does: a carried picture is copied in
 * under a fresh part name and relationship id; a reference the package does not carry dangles,
 * even when the document happens to have a relationship of the same id.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import {
  getXmlPart,
  mainDocumentPart,
  readFlatOpc,
  relsPartName,
  setXmlPart,
  writeFlatOpc,
} from "../../src/ooxml/package";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { DOCUMENT_NAMESPACES } from "../../src/ooxml/scaffold";
import { emptyDocumentFlatOpc } from "../word-double";
import { makePng } from "../ooxml/parse-helpers";
import { p, setup } from "./helpers";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function picPara(rid: string): string {
  return (
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1905000" cy="1270000"/><wp:docPr id="1" name="p"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="p"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rid}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

/** A flat-OPC package of `body` with an image relationship `rid` → /word/media/image1.png (when `png`). */
function pkgOf(body: string, rid: string, png: Uint8Array | null): string {
  const pkg = readFlatOpc(emptyDocumentFlatOpc(""));
  const main = mainDocumentPart(pkg);
  setXmlPart(pkg, main, `<w:document ${DOCUMENT_NAMESPACES}><w:body>${body}</w:body></w:document>`);
  if (png) {
    const rels = relsPartName(main);
    setXmlPart(
      pkg,
      rels,
      (getXmlPart(pkg, rels) ?? "").replace(
        "</Relationships>",
        `<Relationship Id="${rid}" Type="${REL}/image" Target="media/image1.png"/></Relationships>`
      )
    );
    pkg.parts.set("/word/media/image1.png", {
      name: "/word/media/image1.png",
      contentType: "image/png",
      data: png,
    });
  }
  return writeFlatOpc(pkg);
}

describe("double: insertOoxml and relationships", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  async function replaceFirst(ooxml: string): Promise<void> {
    await Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs.load("items");
      await ctx.sync();
      ps.items[0]!.insertOoxml(ooxml, "Replace");
      await ctx.sync();
    });
  }

  it("copies a carried picture under a fresh part name and relationship id", async () => {
    // The document already has /word/media/image1.png (4×3) under rId7.
    d = setup({ flatOpc: pkgOf(p("甲") + picPara("rId7"), "rId7", makePng(4, 3)) });
    await replaceFirst(pkgOf(picPara("rId7"), "rId7", makePng(8, 8)));
    const doc = parseFlatOpc(d.documentOoxml());
    expect(doc.pictures.map((x) => [x.pixelWidth, x.part])).toEqual([
      [8, "/word/media/image1_2.png"],
      [4, "/word/media/image1.png"],
    ]);
  });

  it("leaves a reference the inserted package does not carry dangling (never the document's rId of that name)", async () => {
    d = setup({ flatOpc: pkgOf(p("甲") + picPara("rId7"), "rId7", makePng(4, 3)) });
    await replaceFirst(pkgOf(picPara("rId7"), "rId7", null));
    const doc = parseFlatOpc(d.documentOoxml());
    expect(doc.pictures.map((x) => [x.pixelWidth, x.part])).toEqual([
      [null, null],
      [4, "/word/media/image1.png"],
    ]);
  });
});
