/**
 * @fileoverview Documents with pictures and captions for the R23 export tests (ooxml, word and
 * cli): inline `w:drawing` pictures over real image parts, built with `buildPkg`.
 */
import { writeDocx } from "../../src/ooxml/zip";
import { buildPkg, makePng, p } from "./parse-helpers";

/** A minimal JPEG-looking byte string (SOI … EOI); only its bytes and content type matter here. */
export const JPEG_BYTES = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9,
]);

/** A paragraph holding one inline picture (relationship `rid`, alt text `descr`), plus optional text after it. */
export function picPara(rid: string, descr = "", text = ""): string {
  const run = text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : "";
  return (
    `<w:p><w:r><w:drawing><wp:inline distT="0"><wp:extent cx="1905000" cy="1270000"/><wp:docPr id="1" name="图片" descr="${descr}"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="p"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rid}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>${run}</w:p>`
  );
}

/** A body of paragraphs plus the images its pictures use, as a .docx. */
export function docxWith(
  body: string,
  images: Record<string, [string, string, Uint8Array]>
): Uint8Array {
  return writeDocx(buildPkg({ body: `${body}<w:sectPr/>`, images }));
}

/** Two photos, each with its caption below ("图1 隐患排查现场", "图2 培训现场"), among body text. */
export function pictureDocx(): Uint8Array {
  return docxWith(
    p("正文第一段。") +
      picPara("rIdA", "现场照片") +
      p("图1 隐患排查现场") +
      p("正文第二段。") +
      picPara("rIdB") +
      p("图2　培训现场"),
    {
      rIdA: ["/word/media/image1.jpeg", "image/jpeg", JPEG_BYTES],
      rIdB: ["/word/media/image2.png", "image/png", makePng(4, 3)],
    }
  );
}
