/**
 * @fileoverview R23 export (src/ooxml/picture-files.ts): names by caption (after, before, own
 * paragraph, document-wide direction), alt text and 图片N fallbacks, extensions, safe and
 * unique names, skipped pictures, the zip.
 */
import { unzipSync } from "fflate";
import { readDocx } from "../../src/ooxml/zip";
import { parsePackage } from "../../src/ooxml/parse";
import {
  exportPictures,
  exportPicturesReport,
  exportPicturesZip,
  extensionFor,
  safeFileName,
  uniqueNames,
} from "../../src/ooxml/picture-files";
import { makePng, p } from "./parse-helpers";
import { JPEG_BYTES, docxWith, picPara, pictureDocx } from "./pictures-helpers";

const names = (docx: Uint8Array): string[] => {
  const pkg = readDocx(docx);
  return exportPictures(pkg, parsePackage(pkg, "docx")).map((x) => x.fileName);
};
const IMG = (n: number): [string, string, Uint8Array] => [
  `/word/media/image${n}.jpeg`,
  "image/jpeg",
  JPEG_BYTES,
];

describe("exportPictures (R23)", () => {
  it("names by the caption after the picture, with the extension of the content type", () => {
    const pkg = readDocx(pictureDocx());
    const pics = exportPictures(pkg, parsePackage(pkg, "docx"));
    expect(pics.map((x) => [x.fileName, x.contentType])).toEqual([
      ["图1 隐患排查现场.jpg", "image/jpeg"],
      ["图2 培训现场.png", "image/png"],
    ]);
    expect(pics[0]!.bytes).toEqual(JPEG_BYTES);
  });

  it("captions above the pictures: the document-wide direction picks the right one", () => {
    const body =
      p("图1 检查前") + picPara("r1") + p("图2 检查后") + picPara("r2") + p("正文继续。");
    expect(names(docxWith(body, { r1: IMG(1), r2: IMG(2) }))).toEqual([
      "图1 检查前.jpg",
      "图2 检查后.jpg",
    ]);
  });

  it("caption in the picture's own paragraph; alt text; 图片N; skips empty paragraphs", () => {
    const body =
      picPara("r1", "", "图3 现场") +
      p("正文。") +
      picPara("r2", "培训照片") +
      p("正文。") +
      picPara("r3") +
      p("") +
      p("图4 演练");
    expect(names(docxWith(body, { r1: IMG(1), r2: IMG(2), r3: IMG(3) }))).toEqual([
      "图3 现场.jpg",
      "培训照片.jpg",
      "图4 演练.jpg",
    ]);
    expect(names(docxWith(picPara("r1") + p("正文。"), { r1: IMG(1) }))).toEqual(["图片1.jpg"]);
  });

  it("makes names safe and unique; reports skipped pictures", () => {
    const body =
      picPara("r1") +
      p('图1 改造前/后: "对比"?') +
      picPara("r2") +
      p('图1 改造前/后: "对比"?') +
      picPara("rX");
    const pkg = readDocx(docxWith(body, { r1: IMG(1), r2: IMG(2) }));
    const doc = parsePackage(pkg, "docx");
    const rep = exportPicturesReport(pkg, doc);
    expect(rep.pictures.map((x) => x.fileName)).toEqual([
      "图1 改造前／后： ＂对比＂？.jpg",
      "图1 改造前／后： ＂对比＂？ (2).jpg",
    ]);
    expect(rep.skipped).toHaveLength(1);
  });

  it("safeFileName / uniqueNames / extensionFor", () => {
    expect(safeFileName("  ..CON  ", "jpg", "图片1")).toBe("CON_.jpg");
    expect(safeFileName("a\u0000b\tc\u3000\u3000d.", "png", "x")).toBe("ab c d.png");
    expect(safeFileName("", "png", "图片2")).toBe("图片2.png");
    const bytes = (x: string): number => Buffer.byteLength(x, "utf8");
    const long = safeFileName("图".repeat(200), "jpg", "x");
    expect(bytes(long)).toBeLessThanOrEqual(255);
    expect(bytes(long)).toBeGreaterThan(250);
    expect(uniqueNames(["A.jpg", "a.JPG", "a.jpg"])).toEqual(["A.jpg", "a (2).JPG", "a (3).jpg"]);
    expect(bytes(uniqueNames([long, long])[1]!)).toBeLessThanOrEqual(255);
    // emoji are 4 bytes each: cut by bytes, never inside a character
    const emoji = safeFileName("图1 😀".repeat(60), "png", "x");
    expect(bytes(emoji)).toBeLessThanOrEqual(255);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(bytes(uniqueNames([emoji, emoji, emoji])[2]!)).toBeLessThanOrEqual(255);
    // bidirectional overrides and C1 controls are removed
    expect(safeFileName("图1 \u202Egpj.exe\u2066x\u0085", "png", "x")).toBe("图1 gpj.exex.png");
    expect(extensionFor("image/jpeg", null)).toBe("jpg");
    expect(extensionFor("image/x-emf", "/word/media/a.emf")).toBe("emf");
    expect(extensionFor("application/octet-stream", "/word/media/a.JPEG")).toBe("jpg");
    expect(extensionFor(null, null)).toBe("bin");
  });

  it("zips with UTF-8 names and the bytes unchanged", () => {
    const png = makePng(3, 2);
    const zip = exportPicturesZip(
      [
        { fileName: "图1 现场.jpg", contentType: "image/jpeg", bytes: JPEG_BYTES },
        { fileName: "图2 表格.emf", contentType: "image/x-emf", bytes: png },
      ],
      { mtime: new Date(2024, 0, 1) }
    );
    const files = unzipSync(zip);
    expect(files["图1 现场.jpg"]).toEqual(JPEG_BYTES);
    expect(files["图2 表格.emf"]).toEqual(png);
    expect(new DataView(zip.buffer, zip.byteOffset).getUint16(6, true) & 0x800).toBe(0x800);
  });
});
