/**
 * @fileoverview Tests of src/ooxml/form.ts (R27): the 申报书 template holds every field of 附件一
 * with its label (note numbers as superscripts), the five category boxes, the blank date and the
 * notes 注1–注4 from the profile; the table's grid, spans and row heights; the flat-OPC package
 * for insertOoxml (styles part, trailing paragraph, no sectPr, optional page break) and the
 * .docx (A4 portrait, fonts) parse back with parse.ts to the same paragraphs, in the table.
 */
import { PROFILE_2023 } from "../../src/core/profile";
import { formDocx, formFlatOpc, formParagraphs, formBodyXml, BOX_FONT } from "../../src/ooxml/form";
import { getXmlPart, mainDocumentPart, readFlatOpc } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";
import { parseDocx, parseFlatOpc } from "../../src/ooxml/parse";
import { W, attrW, childW, childrenNS, parseXml, type Element } from "../../src/ooxml/xml";

const P = PROFILE_2023;

/** Every label and choice the notice's 附件一 prints (seed/notice-2023.md). */
const NOTICE_LABELS = [
  "案例名称",
  "申报单位全称",
  "推荐单位或推荐专家",
  "报送时间",
  "案例类别",
  "案例实施周期",
  "案例简介",
  "推荐单位/推荐专家意见",
  "推荐单位盖章/推荐专家签字",
  "推荐单位负责人签字",
  "推荐单位联系人",
  "所属部门",
  "职务",
  "办公电话",
  "手机",
  "电子邮箱",
];

describe("formParagraphs", () => {
  const paras = formParagraphs(P);
  const labels = paras.filter((p) => p.part === "label").map((p) => p.text.replace(/\d$/, ""));

  it("starts with the title from the profile", () => {
    expect(paras[0]).toEqual({
      text: "2023年全国安全生产责任保险事故预防服务案例申报书",
      part: "title",
    });
  });

  it("has every field of 附件一, plus 所获荣誉 and the creators asked for by notes 3 and 4", () => {
    for (const l of NOTICE_LABELS) expect(labels).toContain(l);
    expect(labels).toEqual(
      expect.arrayContaining(["所获荣誉或外界反馈", "主要创造人", "参与创造人"])
    );
    expect(labels).toEqual(P.form.fields.map((f) => f.label));
  });

  it("numbers the labels the notes explain", () => {
    const note = (l: string) => paras.find((p) => p.part === "label" && p.text.startsWith(l))!.text;
    expect(note("案例实施周期")).toBe("案例实施周期1");
    expect(note("案例简介")).toBe("案例简介2");
    expect(note("所获荣誉或外界反馈")).toBe("所获荣誉或外界反馈3");
    expect(note("主要创造人")).toBe("主要创造人4");
    expect(note("参与创造人")).toBe("参与创造人4");
  });

  it("gives 案例类别 five unticked boxes as plain ☐ (U+2610), 其他 with its prompt", () => {
    const boxes = paras
      .filter((p) => p.key === "category" && p.part === "value")
      .map((p) => p.text);
    expect(boxes).toEqual([
      "\u2610组织实施管理类",
      "\u2610工具技术产品类",
      "\u2610政策制度标准类",
      "\u2610专项攻关提升类",
      "\u2610其他，请具体说明：",
    ]);
  });

  it("gives 报送时间 the blank date", () => {
    expect(paras.find((p) => p.key === "submissionDate" && p.part === "value")!.text).toBe(
      "______年____月____日"
    );
  });

  it("ends with the notes 注1–注4 filled from the profile, without contact details", () => {
    const notes = paras.filter((p) => p.part === "note").map((p) => p.text);
    expect(paras.find((p) => p.part === "notesHeading")!.text).toBe("注：");
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatch(/^1\.“案例实施周期”.*2023年3月\u20142023年10月/);
    expect(notes[1]).toMatch(/^2\.“案例简介”.*800字/);
    expect(notes[2]).toMatch(/^3\.“所获荣誉或外界反馈”.*可以不填/);
    expect(notes[3]).toBe("4.主要创造人不超过2人，参与创造人不超过4人。");
    for (const n of notes) expect(n).not.toMatch(/\{|@|电话：|\d{11}/);
  });
});

describe("form XML", () => {
  const doc = parseXml(formBodyXml(P), "document");
  const body = childW(doc.documentElement, "body")!;
  const tbl = childW(body, "tbl")!;
  const rows = childrenNS(tbl, W, "tr");

  it("is one table between the title and the notes, ending with the A4 section", () => {
    const kids = childrenNS(body, W).map((e) => e.localName);
    expect(kids).toEqual(["p", "tbl", "p", "p", "p", "p", "p", "sectPr"]);
    expect(attrW(childW(childW(body, "sectPr"), "pgSz"), "w")).toBe("11906");
  });

  it("has 6 grid columns filling the text width; one-field rows span 5, contact rows 3 pairs", () => {
    const grid = childrenNS(childW(tbl, "tblGrid")!, W, "gridCol").map((c) =>
      Number(attrW(c, "w"))
    );
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b)).toBe(11906 - 1800 - 1800);
    const cellsOf = (r: Element) => childrenNS(r, W, "tc");
    const spans = rows.map((r) =>
      cellsOf(r).map((c) => Number(attrW(childW(childW(c, "tcPr"), "gridSpan"), "val") ?? 1))
    );
    expect(spans.slice(0, -2).every((s) => s.join() === "1,5")).toBe(true);
    expect(spans.slice(-2)).toEqual([
      [1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 1],
    ]);
  });

  it("gives the 案例简介 row its minimum height and superscripts the note numbers", () => {
    const summaryRow = rows.find((r) => (r.textContent ?? "").startsWith("案例简介"))!;
    const h = childW(childW(summaryRow, "trPr"), "trHeight")!;
    expect(attrW(h, "val")).toBe("5600");
    expect(attrW(h, "hRule")).toBe("atLeast");
    const sup = summaryRow.getElementsByTagNameNS(W, "vertAlign")[0]!;
    expect(attrW(sup, "val")).toBe("superscript");
  });

  it("writes the box in the box font and the title with a page break only when asked", () => {
    expect(formBodyXml(P)).toContain(`w:ascii="${BOX_FONT}"`);
    expect(formBodyXml(P)).not.toContain("pageBreakBefore");
    expect(formBodyXml(P, false, { pageBreakBefore: true })).toMatch(
      /^[^]*?<w:p><w:pPr><w:pageBreakBefore\/>/
    );
  });
});

describe("formFlatOpc / formDocx", () => {
  const texts = formParagraphs(P).map((p) => p.text);

  it("the flat OPC carries the styles part, no sectPr and a trailing empty paragraph", () => {
    const xml = formFlatOpc(P);
    const pkg = readFlatOpc(xml);
    expect(getXmlPart(pkg, "/word/styles.xml")).toContain("CRTitle");
    const main = getXmlPart(pkg, mainDocumentPart(pkg))!;
    expect(main).not.toContain("sectPr");
    const doc = parseFlatOpc(xml);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([...texts, ""]);
  });

  it("the .docx parses back to the form: table paragraphs at depth 1, fonts and sizes of the profile", () => {
    const bytes = formDocx(P);
    expect(formDocx(P)).toEqual(bytes); // reproducible
    const pkg = readDocx(bytes);
    expect(getXmlPart(pkg, "/word/fontTable.xml")).toContain(BOX_FONT);
    const doc = parseDocx(bytes);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(texts);
    expect(doc.tableCount).toBe(1);
    const parts = formParagraphs(P).map((p) => p.part);
    doc.paragraphs.forEach((p, i) => {
      expect(p.tableDepth).toBe(parts[i] === "label" || parts[i] === "value" ? 1 : 0);
    });
    const title = doc.paragraphs[0]!;
    expect(title.alignment).toBe("center");
    expect(title.runs[0]!.format).toMatchObject({ eastAsia: "黑体", sz: 36 });
    const label = doc.paragraphs[1]!;
    expect(label.runs[0]!.format).toMatchObject({ eastAsia: "宋体", sz: 24, bold: true });
    expect(doc.sections[0]).toMatchObject({
      pageWidth: 11906,
      pageHeight: 16838,
      orientation: "portrait",
    });
  });
});
