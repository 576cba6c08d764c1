/**
 * @fileoverview Tests of the paragraph-level formatting of src/ooxml/format.ts: formatParagraphXml
 * clears exactly the conflicting direct formatting (fonts, size, bold, jc, spacing, ind,
 * outlineLvl) and keeps text, numbering, drawings, fields, bookmarks, comments, footnote
 * references, italics and colour; splits heading and body at headingEnd; text offsets and
 * replacements follow the reader's paragraph text.
 */
import { XMLSerializer } from "@xmldom/xmldom";
import { PROFILE_2023 } from "../../src/core/profile";
import {
  formatParagraphElement,
  formatParagraphXml,
  paragraphText,
  replaceParagraphText,
  splitRunsAt,
} from "../../src/ooxml/format";
import { type Element, W, attrW, childW, childrenNS, parseXml } from "../../src/ooxml/xml";
import { NS_DECL } from "./parse-helpers";

const P = PROFILE_2023;

/** Parses a `w:p` string (declared prefixes from parse-helpers) and returns the element. */
function para(inner: string): Element {
  const doc = parseXml(`<w:document ${NS_DECL}><w:body><w:p>${inner}</w:p></w:body></w:document>`);
  return childW(childW(doc.documentElement, "body"), "p") as Element;
}

function wrap(pXml: string): Element {
  const doc = parseXml(`<w:document ${NS_DECL}><w:body>${pXml}</w:body></w:document>`);
  return childW(childW(doc.documentElement, "body"), "p") as Element;
}

const names = (el: Element | null): string[] =>
  el ? childrenNS(el, W).map((c) => c.localName ?? "") : [];

/** A messy paragraph as Word writes it after typing, pasting and inserting things. */
const MESSY =
  `<w:p w14:paraId="1A2B3C4D">` +
  `<w:pPr><w:pStyle w:val="a"/><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>` +
  `<w:spacing w:line="480" w:lineRule="auto"/><w:ind w:firstLine="420"/><w:jc w:val="left"/>` +
  `<w:outlineLvl w:val="3"/><w:rPr><w:rFonts w:eastAsia="微软雅黑"/><w:sz w:val="21"/></w:rPr></w:pPr>` +
  `<w:bookmarkStart w:id="0" w:name="_Toc1"/>` +
  `<w:r><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="微软雅黑" w:hAnsi="Calibri"/><w:b/><w:bCs/><w:i/>` +
  `<w:color w:val="FF0000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:u w:val="single"/></w:rPr><w:t>某市分公司</w:t></w:r>` +
  `<w:commentRangeStart w:id="5"/>` +
  `<w:r><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/></w:rPr><w:t xml:space="preserve">于 </w:t><w:tab/><w:t>2022年</w:t></w:r>` +
  `<w:commentRangeEnd w:id="5"/>` +
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>3</w:t></w:r>` +
  `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
  `<w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:rFonts w:ascii="Arial"/></w:rPr><w:t>启动项目</w:t></w:r></w:hyperlink>` +
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:sz w:val="18"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>` +
  `<w:del w:id="7" w:author="x" w:date="2023-01-01T00:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:delText>删掉</w:delText></w:r></w:del>` +
  `<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="p"/></wp:inline></w:drawing></w:r>` +
  `<w:bookmarkEnd w:id="0"/>` +
  `</w:p>`;

describe("formatParagraphXml", () => {
  it("sets the role's style and removes conflicting paragraph formatting, keeping numbering", () => {
    const p = wrap(MESSY);
    formatParagraphElement(p, "heading2", P);
    const pPr = childW(p, "pPr");
    expect(attrW(childW(pPr, "pStyle"), "val")).toBe("CRHeading2");
    expect(names(pPr)).toEqual(["pStyle", "keepNext", "numPr"]);
    expect(attrW(childW(childW(pPr, "numPr"), "numId"), "val")).toBe("3");
  });

  it("removes fonts, size and bold from runs but keeps italics, colour, underline and rStyle", () => {
    const p = wrap(MESSY);
    formatParagraphElement(p, "body", P);
    const runs = childrenNS(p, W, "r");
    expect(names(childW(runs[0]!, "rPr"))).toEqual(["i", "color", "u"]);
    expect(childW(runs[1]!, "rPr")).toBeNull(); // only theme fonts: the rPr went away
    const link = childrenNS(childW(p, "hyperlink") as Element, W, "r")[0]!;
    expect(names(childW(link, "rPr"))).toEqual(["rStyle"]);
    // deleted run cleaned too, its text untouched
    const del = childW(p, "del") as Element;
    expect(childW(childrenNS(del, W, "r")[0]!, "rPr")).toBeNull();
    expect(del.textContent).toBe("删掉");
  });

  it("keeps text, fields, drawings, bookmarks, comment ranges and footnote references", () => {
    const before = wrap(MESSY);
    const textBefore = paragraphText(before);
    expect(textBefore).toBe("某市分公司于 \t2022年3启动项目");
    const p = wrap(MESSY);
    formatParagraphElement(p, "body", P);
    expect(paragraphText(p)).toBe(textBefore);
    const xml = formatParagraphXml(wrap(MESSY), "body", P);
    for (const kept of [
      '<w:bookmarkStart w:id="0" w:name="_Toc1"/>',
      '<w:bookmarkEnd w:id="0"/>',
      '<w:commentRangeStart w:id="5"/>',
      '<w:commentRangeEnd w:id="5"/>',
      '<w:fldChar w:fldCharType="begin"/>',
      '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
      '<wp:extent cx="100" cy="100"/>',
      '<w:footnoteReference w:id="1"/>',
      // the footnote reference run keeps its own size
      '<w:rStyle w:val="FootnoteReference"/><w:sz w:val="18"/><w:vertAlign w:val="superscript"/>',
      'w14:paraId="1A2B3C4D"',
      'r:id="rId9"',
    ]) {
      expect(xml).toContain(kept);
    }
    expect(xml).not.toContain("微软雅黑");
    expect(xml).not.toContain('w:lineRule="auto"');
  });

  it("accepts a string without namespace declarations and returns one without them", () => {
    const out = formatParagraphXml(
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>正文</w:t></w:r></w:p>`,
      "body",
      P
    );
    expect(out).toBe(
      `<w:p><w:pPr><w:pStyle w:val="CRBody"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>`
    );
  });

  it("accepts a string with its own declarations", () => {
    const out = formatParagraphXml(
      `<w:p xmlns:w="${W}"><w:r><w:t>题目</w:t></w:r></w:p>`,
      "title",
      P
    );
    expect(out).toContain('<w:pStyle w:val="CRTitle"/>');
    expect(parseXml(out).documentElement?.localName).toBe("p");
  });

  it("rejects input that is not a paragraph or not XML", () => {
    expect(() => formatParagraphXml(`<w:r><w:t>x</w:t></w:r>`, "body", P)).toThrow(/w:p/);
    expect(() => formatParagraphXml(`<w:p><w:r></w:p>`, "body", P)).toThrow();
  });

  it("writes an explicit style id override", () => {
    const p = para(`<w:r><w:t>x</w:t></w:r>`);
    formatParagraphElement(p, "body", P, { styleId: "-0" });
    expect(attrW(childW(childW(p, "pPr"), "pStyle"), "val")).toBe("-0");
  });

  it("adds numbering inherited from the old style only when the paragraph has none", () => {
    const p = para(
      `<w:pPr><w:pStyle w:val="1"/><w:spacing w:line="300"/></w:pPr><w:r><w:t>实施背景</w:t></w:r>`
    );
    formatParagraphElement(p, "heading1", P, { inheritedNumPr: { numId: "4", ilvl: "0" } });
    expect(names(childW(p, "pPr"))).toEqual(["pStyle", "numPr"]);
    const q = para(
      `<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r>`
    );
    formatParagraphElement(q, "heading1", P, { inheritedNumPr: { numId: "4", ilvl: "0" } });
    expect(attrW(childW(childW(childW(q, "pPr"), "numPr"), "numId"), "val")).toBe("2");
  });

  describe("headingEnd", () => {
    const text = "（一）建立隐患台账。企业每月组织一次排查，建立台账。";
    const end = text.indexOf("。") + 1;

    it("splits one run at the offset and gives the body part body run formatting", () => {
      const p = para(
        `<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:b/><w:i/><w:sz w:val="30"/></w:rPr><w:t>${text}</w:t></w:r>`
      );
      formatParagraphElement(p, "heading2", P, { headingEnd: end });
      expect(paragraphText(p)).toBe(text);
      const runs = childrenNS(p, W, "r");
      expect(runs.map((r) => r.textContent)).toEqual([text.slice(0, end), text.slice(end)]);
      expect(names(childW(runs[0]!, "rPr"))).toEqual(["i"]);
      const body = childW(runs[1]!, "rPr");
      expect(names(body)).toEqual(["rFonts", "b", "bCs", "i", "sz", "szCs"]);
      expect(attrW(childW(body, "rFonts"), "eastAsia")).toBe("宋体");
      expect(attrW(childW(body, "rFonts"), "hint")).toBe("eastAsia");
      expect(attrW(childW(body, "b"), "val")).toBe("0");
      expect(attrW(childW(body, "sz"), "val")).toBe("30");
      expect(attrW(childW(childW(p, "pPr"), "pStyle"), "val")).toBe("CRHeading2");
    });

    it("handles a boundary between runs and formats every later run", () => {
      const p = para(
        `<w:r><w:t>（一）</w:t></w:r><w:r><w:t>建立隐患台账。</w:t></w:r>` +
          `<w:r><w:t>企业每月</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>组织一次排查，建立台账。</w:t></w:r>`
      );
      formatParagraphElement(p, "heading2", P, { headingEnd: end });
      const runs = childrenNS(p, W, "r");
      expect(runs.length).toBe(4);
      expect(childW(runs[1]!, "rPr")).toBeNull();
      for (const r of runs.slice(2)) expect(attrW(childW(childW(r, "rPr"), "b"), "val")).toBe("0");
    });

    it("ignores an offset at or beyond the end (the whole paragraph is the heading)", () => {
      const p = para(`<w:r><w:t>（一）建立隐患台账</w:t></w:r>`);
      formatParagraphElement(p, "heading2", P, { headingEnd: 99 });
      expect(childrenNS(p, W, "r").length).toBe(1);
    });
  });
});

describe("text offsets", () => {
  it("follow the reader: tabs, breaks, symbols, no field codes, no deleted text", () => {
    const p = para(
      `<w:r><w:t>a</w:t><w:tab/><w:br/><w:br w:type="page"/><w:cr/><w:noBreakHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText><w:t>code</w:t></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="x"><w:r><w:t>new</w:t></w:r></w:ins>`
    );
    expect(paragraphText(p)).toBe("a\t\v\f\v-\uf0fc7new");
  });

  it("splitRunsAt cuts a w:t and its run, keeping the run properties on both halves", () => {
    const p = para(`<w:r><w:rPr><w:i/></w:rPr><w:t>abcdef</w:t><w:tab/><w:t>gh</w:t></w:r>`);
    splitRunsAt(p, 3);
    const runs = childrenNS(p, W, "r");
    expect(runs.map((r) => r.textContent)).toEqual(["abc", "defgh"]);
    expect(paragraphText(roundTrip(p))).toBe("abcdef\tgh");
    expect(runs.every((r) => childW(childW(r, "rPr"), "i") !== null)).toBe(true);
    splitRunsAt(p, 6); // at the tab boundary inside the second run
    expect(childrenNS(p, W, "r").length).toBe(3);
    expect(paragraphText(p)).toBe("abcdef\tgh");
  });
});

/** Serialises a node and parses it again (what a consumer of the written XML sees). */
function roundTrip(el: Element): Element {
  return parseXml(new XMLSerializer().serializeToString(el)).documentElement as Element;
}

describe("replaceParagraphText", () => {
  it("replaces a span inside one run", () => {
    const p = para(`<w:r><w:rPr><w:i/></w:rPr><w:t>在实际工作中，我们发现</w:t></w:r>`);
    expect(replaceParagraphText(p, 7, 9, "某市分公司")).toBe(true);
    expect(paragraphText(p)).toBe("在实际工作中，某市分公司发现");
    for (const r of childrenNS(p, W, "r")) expect(childW(childW(r, "rPr"), "i")).not.toBeNull();
  });

  it("replaces across runs with the first run's properties and drops emptied runs", () => {
    const p = para(
      `<w:r><w:rPr><w:i/></w:rPr><w:t>我</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>司开展</w:t></w:r>` +
        `<w:bookmarkStart w:id="1" w:name="x"/><w:r><w:t>服务</w:t></w:r>`
    );
    replaceParagraphText(p, 0, 2, "某市分公司");
    expect(paragraphText(p)).toBe("某市分公司开展服务");
    const runs = childrenNS(p, W, "r");
    expect(runs[0]!.textContent).toBe("某市分公司");
    expect(childW(childW(runs[0]!, "rPr"), "i")).not.toBeNull();
    expect(runs[1]!.textContent).toBe("开展");
    expect(childW(childW(runs[1]!, "rPr"), "b")).not.toBeNull();
    expect(childW(p, "bookmarkStart")).not.toBeNull();
  });

  it("keeps a drawing inside the replaced span and removes tabs inside it", () => {
    const p = para(
      `<w:r><w:t>ab</w:t><w:tab/><w:drawing><wp:inline><wp:extent cx="1" cy="1"/></wp:inline></w:drawing><w:t>cd</w:t></w:r>`
    );
    replaceParagraphText(p, 1, 4, "X");
    expect(paragraphText(p)).toBe("aXd");
    expect(p.getElementsByTagNameNS(W, "drawing").length).toBe(1);
  });

  it("inserts at a position and at the start, writes tabs, and refuses spans outside the text", () => {
    const p = para(`<w:r><w:rPr><w:i/></w:rPr><w:t>ab</w:t></w:r><w:r><w:t>cd</w:t></w:r>`);
    replaceParagraphText(p, 2, 2, "—");
    expect(paragraphText(p)).toBe("ab—cd");
    expect(childrenNS(p, W, "r")[0]!.textContent).toBe("ab—");
    replaceParagraphText(p, 0, 0, "\t");
    expect(paragraphText(p)).toBe("\tab—cd");
    expect(replaceParagraphText(p, 3, 99, "x")).toBe(false);
    expect(replaceParagraphText(p, 4, 3, "x")).toBe(false);
    const empty = para("");
    replaceParagraphText(empty, 0, 0, "新");
    expect(paragraphText(empty)).toBe("新");
  });

  it("preserves leading and trailing spaces", () => {
    const p = para(`<w:r><w:t>ab</w:t></w:r>`);
    replaceParagraphText(p, 1, 1, " x ");
    expect(paragraphText(p)).toBe("a x b");
    expect(paragraphText(roundTrip(p))).toBe("a x b");
  });
});
