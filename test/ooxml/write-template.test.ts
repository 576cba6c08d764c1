/**
 * @fileoverview Tests of src/ooxml/template.ts: the skeleton in R1 order with the profile's
 * headings and bounds; paragraphs carry only pStyle; the flat-OPC packages are well-formed and
 * carry the styles part; the .docx opens with readDocx and parses (parse.ts) to paragraphs whose
 * resolved formatting equals the profile (R13–R19).
 */
import { PROFILE_2023, type FormattedRole } from "../../src/core/profile";
import { mainDocumentPart, readFlatOpc, getXmlPart, relationships } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";
import { parseDocx, parseFlatOpc } from "../../src/ooxml/parse";
import {
  chineseOrdinal,
  headingMarker,
  stylesOnlyFlatOpc,
  templateDocumentXml,
  templateDocx,
  templateFlatOpc,
  templateParagraphs,
} from "../../src/ooxml/template";
import { type Element, W, attrW, childW, childrenNS, parseXml } from "../../src/ooxml/xml";

const P = PROFILE_2023;

describe("templateParagraphs", () => {
  const paras = templateParagraphs(P);

  it("lists the parts in R1 order with their roles", () => {
    expect(paras.map((p) => p.role)).toEqual([
      "title",
      "unitLine",
      "unitIntroHeading",
      "unitIntro",
      "heading1",
      "body",
      "heading1",
      "body",
      "heading2",
      "body",
      "heading3",
      "body",
      "heading1",
      "body",
      "attachmentHeading",
      "attachment",
      "attachment",
    ]);
    const headings = paras.filter((p) => p.role === "heading1").map((p) => p.text);
    expect(headings).toEqual(["一、实施背景", "二、主要做法", "三、实施效果"]);
    expect(paras.find((p) => p.role === "heading2")?.text.startsWith("（一）")).toBe(true);
    expect(paras.find((p) => p.role === "heading3")?.text.startsWith("1.")).toBe(true);
    expect(paras[2]!.text).toBe("单位简介");
    expect(paras[14]!.text).toBe("附件");
  });

  it("puts the unit line dash and the profile's bounds into the placeholders", () => {
    expect(paras[1]!.text.startsWith("——")).toBe(true);
    expect(paras[0]!.text).toContain("20字以内");
    expect(paras[3]!.text).toContain("300～400字");
    for (const w of [
      "行业",
      "地区",
      "产权性质",
      "成立时间",
      "主要业务",
      "规模",
      "效益",
      "行业地位",
      "荣誉",
    ]) {
      expect(paras[3]!.text).toContain(w);
    }
    expect(paras[7]!.text).toContain("不少于2000字");
    expect(paras[7]!.text).toContain("70%");
    expect(paras[13]!.text).toMatch(/定量/);
    expect(paras[13]!.text).toMatch(/定性/);
  });

  it("follows a changed profile", () => {
    const other = {
      ...P,
      bounds: { ...P.bounds, title: { max: 25 }, unitIntro: { min: 200, max: 500 } },
      sectionKeywords: { ...P.sectionKeywords, background: ["案例背景"] },
    };
    const t = templateParagraphs(other);
    expect(t[0]!.text).toContain("25字以内");
    expect(t[3]!.text).toContain("200～500字");
    expect(t[4]!.text).toBe("一、案例背景");
  });

  it("numbers headings with the profile's markers", () => {
    expect(chineseOrdinal(1)).toBe("一");
    expect(chineseOrdinal(10)).toBe("十");
    expect(chineseOrdinal(12)).toBe("十二");
    expect(chineseOrdinal(20)).toBe("二十");
    expect(chineseOrdinal(99)).toBe("九十九");
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
    expect(headingMarker(P, 1, 3)).toBe("三、");
    expect(headingMarker(P, 2, 11)).toBe("（十一）");
    expect(headingMarker(P, 3, 2)).toBe("2.");
    expect(() => headingMarker(P, 4, 1)).toThrow(RangeError);
  });
});

describe("templateDocumentXml", () => {
  const doc = parseXml(templateDocumentXml(P));
  const body = childW(doc.documentElement, "body") as Element;
  const ps = childrenNS(body, W, "p");

  it("gives each paragraph only the pStyle of its role", () => {
    const roles = templateParagraphs(P).map((p) => p.role);
    expect(ps.length).toBe(roles.length);
    ps.forEach((p, i) => {
      const pPr = childW(p, "pPr") as Element;
      expect(childrenNS(pPr, W).map((c) => c.localName)).toEqual(["pStyle"]);
      expect(attrW(childW(pPr, "pStyle"), "val")).toBe(P.roles[roles[i]!].styleId);
      for (const r of childrenNS(p, W, "r")) expect(childW(r, "rPr")).toBeNull();
    });
  });

  it("ends with an A4 portrait section", () => {
    const sect = childrenNS(body, W).pop() as Element;
    expect(sect.localName).toBe("sectPr");
    const pgSz = childW(sect, "pgSz");
    expect(attrW(pgSz, "w")).toBe("11906");
    expect(attrW(pgSz, "h")).toBe("16838");
    expect(attrW(pgSz, "orient")).toBeNull();
    const mar = childW(sect, "pgMar");
    expect(attrW(mar, "top")).toBe("1440");
    expect(attrW(mar, "left")).toBe("1800");
  });
});

describe("flat OPC packages", () => {
  it("templateFlatOpc is well-formed and has the four parts insertOoxml needs", () => {
    const xml = templateFlatOpc(P);
    expect(() => parseXml(xml)).not.toThrow();
    const pkg = readFlatOpc(xml);
    expect([...pkg.parts.keys()].sort()).toEqual([
      "/_rels/.rels",
      "/word/_rels/document.xml.rels",
      "/word/document.xml",
      "/word/styles.xml",
    ]);
    expect(mainDocumentPart(pkg)).toBe("/word/document.xml");
    const rels = relationships(pkg, "/word/document.xml");
    expect(rels.map((r) => [r.type.split("/").pop(), r.target])).toEqual([
      ["styles", "/word/styles.xml"],
    ]);
    expect(getXmlPart(pkg, "/word/styles.xml")).toContain('w:styleId="CRTitle"');
  });

  it("templateFlatOpc ends with an empty body paragraph and has no sectPr", () => {
    const doc = parseFlatOpc(templateFlatOpc(P));
    const last = doc.paragraphs[doc.paragraphs.length - 1]!;
    expect(last.text).toBe("");
    expect(last.styleId).toBe("CRBody");
    expect(doc.paragraphs.length).toBe(templateParagraphs(P).length + 1);
    expect(getXmlPart(readFlatOpc(templateFlatOpc(P)), "/word/document.xml")).not.toContain(
      "sectPr"
    );
  });

  it("stylesOnlyFlatOpc carries every role style and one empty paragraph", () => {
    const xml = stylesOnlyFlatOpc(P);
    const doc = parseFlatOpc(xml);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([""]);
    const ids = doc.styles.map((s) => s.styleId);
    for (const r of Object.values(P.roles)) expect(ids).toContain(r.styleId);
  });
});

describe("templateDocx", () => {
  const bytes = templateDocx(P);

  it("is deterministic", () => {
    expect(Buffer.from(templateDocx(P)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("opens with readDocx and has the parts of a complete document", () => {
    const pkg = readDocx(bytes);
    for (const name of [
      "/_rels/.rels",
      "/word/document.xml",
      "/word/_rels/document.xml.rels",
      "/word/styles.xml",
      "/word/settings.xml",
      "/word/fontTable.xml",
      "/docProps/core.xml",
      "/docProps/app.xml",
    ]) {
      expect(pkg.parts.has(name)).toBe(true);
    }
    const fonts = parseXml(getXmlPart(pkg, "/word/fontTable.xml") as string);
    const kai = childrenNS(fonts.documentElement as Element, W, "font").find(
      (f) => attrW(f, "name") === "楷体_GB2312"
    );
    expect(attrW(childW(kai ?? null, "altName"), "val")).toBe("楷体");
    expect(getXmlPart(pkg, "/docProps/core.xml")).toContain("2023-09-01T08:00:00Z");
  });

  it("parses to paragraphs whose resolved formatting equals the profile", () => {
    const doc = parseDocx(bytes);
    const roles = templateParagraphs(P).map((p) => p.role);
    expect(doc.paragraphs.length).toBe(roles.length);
    doc.paragraphs.forEach((p, i) => {
      const spec = P.roles[roles[i] as FormattedRole];
      expect(p.styleName).toBe(spec.styleName);
      expect(p.alignment).toBe(spec.styleAlignment);
      expect(p.spacing).toEqual(spec.styleSpacing);
      expect(p.outlineLevel).toBe(spec.outlineLevel);
      expect(p.direct).toEqual({ paragraph: [], run: [] });
      for (const r of p.runs) {
        expect(r.format.eastAsia).toBe(spec.eastAsia);
        expect(r.format.eastAsiaFromTheme).toBe(false);
        expect(r.format.ascii).toBe(spec.latin);
        expect(r.format.sz).toBe(spec.sz);
        expect(r.format.bold).toBe(spec.bold);
        expect(r.format.hint).toBe("eastAsia");
      }
    });
    expect(doc.sections).toEqual([
      {
        pageWidth: 11906,
        pageHeight: 16838,
        orientation: "portrait",
        lastParagraphIndex: roles.length - 1,
      },
    ]);
    expect(doc.pictures).toEqual([]);
  });
});
