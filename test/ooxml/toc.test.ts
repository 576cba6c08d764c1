/**
 * The reader marks a table of contents (issue 8): paragraphs of a TOC field's result (the field
 * may span paragraphs and hold PAGEREF fields) and of a "Table of Contents" content control get
 * `toc: true`; the text after the field's end, other fields' results and ordinary content
 * controls do not.
 */
import { parsePackage } from "../../src/ooxml/parse";
import { tocControl, tocField, pXml } from "../fixtures/labelled/build";
import { buildPkg } from "./parse-helpers";

function read(body: string): { text: string; toc: boolean }[] {
  return parsePackage(buildPkg({ body }), "docx").paragraphs.map((p) => ({
    text: p.text,
    toc: p.toc === true,
  }));
}

describe("ReportParagraph.toc", () => {
  it("a TOC field spanning paragraphs: every line of its result, not what follows", () => {
    const field = tocField([
      ["一、实施背景", 1, 1],
      ["（一）风险档案", 2, 2],
      ["二、主要做法", 1, 3],
    ]);
    const out = read(field.xml + pXml("一、实施背景"));
    expect(out.map((p) => p.toc)).toEqual([true, true, true, false]);
    expect(out[0]!.text).toBe("一、实施背景\t1");
  });

  it("a Table of Contents content control: every paragraph, its 目录 line included", () => {
    const out = read(
      tocControl(
        [pXml("目录"), pXml("一、实施背景\t1")].map((xml) => ({ roles: ["toc"], xml, texts: [""] }))
      ).xml + pXml("正文")
    );
    expect(out.map((p) => p.toc)).toEqual([true, true, false]);
  });

  it("other fields and content controls are not a table of contents", () => {
    const pageref =
      `<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`;
    const sdt = `<w:sdt><w:sdtPr><w:alias w:val="题目"/></w:sdtPr><w:sdtContent>${pXml("题目")}</w:sdtContent></w:sdt>`;
    expect(read(pageref + sdt).map((p) => p.toc)).toEqual([false, false]);
  });
});
