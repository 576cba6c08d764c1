/**
 * @fileoverview A paragraph that ends a section (`w:pPr/w:sectPr`) is only styled by 一键排版
 * (never rewritten: it would change the section), and re-reading it does not cost a whole read:
 * the section break stays where it is, so the verifying read — and a later keystroke in it —
 * patch the model with the paragraph and its section as read again (core canSplice /
 * spliceParagraphs). The patched model equals a whole parse, under every host profile. A section
 * break appearing or going away is still structural (a whole read): core tests below.
 */
import type { ReportDocument, Section } from "../../src/core/model";
import { classify } from "../../src/core/classify";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { canSplice, spliceParagraphs } from "../../src/core/splice";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { createWordGateway } from "../../src/word/gateway";
import { HOST_PROFILES, emptyDocumentFlatOpc } from "../word-double";
import { p, setup } from "./helpers";

/** The first section landscape, ended by the 一、 heading's paragraph. */
const SECT =
  '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';

const DRAFT = [
  p("安责险服务创新实践", { rPr: '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/>' }),
  p("——某保险股份有限公司某分公司"),
  p("单位简介"),
  p("某分公司成立于二〇〇八年，承保安责险企业一千二百家。"),
  p("一、实施背景", { pPr: `<w:jc w:val="left"/>${SECT}`, rPr: "<w:b/>" }),
  p("该单位建立了隐患台账，每月开展检查。", {
    rPr: '<w:rFonts w:eastAsia="微软雅黑"/><w:sz w:val="21"/>',
  }),
  p("二、主要做法"),
  p("企业每月排查一次，整改率100%。"),
].join("");

/** What must agree between the patched model and a whole parse (ids aside). */
function shape(doc: ReportDocument): unknown {
  return {
    paragraphs: doc.paragraphs.map(({ id: _id, ...x }) => x),
    sections: doc.sections,
    tableCount: doc.tableCount,
  };
}

describe.each(HOST_PROFILES)("a paragraph ending a section — host profile %s", (host) => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("is only styled, and neither the verifying read nor a keystroke in it reads the whole document", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway({ profile: PROFILE_2023 });
    const doc = await gw.readDocument();
    expect(doc.sections.map((s) => [s.orientation, s.lastParagraphIndex])).toEqual([
      ["landscape", 4],
      ["portrait", 7],
    ]);
    const edits = planFormatting(classify(doc, PROFILE_2023), PROFILE_2023).filter(
      (e) => e.op === "setRole"
    );
    expect(edits.some((e) => e.op === "setRole" && e.target.index === 4)).toBe(true);
    d.resetStats();
    const result = await gw.applyEdits(edits);
    expect(result.verified).toBe(true);
    expect(result.notDone).toContain("paragraphKeptStructure");
    // The verifying read: paragraph batch + the written paragraphs' OOXML (one part), no body.
    expect(d.stats.ooxml.bodyCalls).toBe(0);
    const written = d.stats.ooxml.paragraphs;
    d.resetStats();
    const after = await gw.readDocument();
    // The model is current: one property batch, nothing else read.
    expect(d.stats.syncCount).toBe(1);
    expect(d.stats.ooxml).toMatchObject({ bodyCalls: 0, paragraphs: 0 });
    expect(after.paragraphs[4]!.styleName).toBe(PROFILE_2023.roles.heading1.styleName);
    expect(shape(after)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
    expect(written).toBeLessThan(after.paragraphs.length * 2);

    // The writer types into the paragraph holding the section break: that paragraph only.
    d.edit.typeText(4, "情况");
    d.resetStats();
    const typed = await gw.readDocument();
    expect(d.stats.ooxml.bodyCalls).toBe(0);
    expect(d.stats.ooxml.paragraphs).toBe(1);
    expect(typed.paragraphs[4]!.text).toBe("一、实施背景情况");
    expect(shape(typed)).toEqual(shape(parseFlatOpc(d.documentOoxml())));
  });
});

describe("core canSplice / spliceParagraphs and section breaks", () => {
  const doc = parseFlatOpc(emptyDocumentFlatOpc(DRAFT));
  const read = (i: number, section?: Section) => ({
    paragraph: doc.paragraphs[i]!,
    pictures: [],
    ...(section ? { section } : {}),
  });
  const a4: Section = {
    pageWidth: 11906,
    pageHeight: 16838,
    orientation: "portrait",
    lastParagraphIndex: 0,
  };

  it("a section break kept in place is patched with the section as read", () => {
    expect(canSplice(doc, 4, 1, [read(4, a4)])).toBe(true);
    const out = spliceParagraphs(doc, 4, 1, [read(4, a4)]);
    expect(out.sections[0]).toEqual({ ...a4, lastParagraphIndex: 4 });
    expect(out.sections[1]).toEqual(doc.sections[1]);
  });

  it("a section break going away, appearing, or in a range that changes length is structural", () => {
    expect(canSplice(doc, 4, 1, [read(4)])).toBe(false);
    expect(canSplice(doc, 5, 1, [read(5, a4)])).toBe(false);
    expect(canSplice(doc, 4, 1, [read(4, a4), read(5)])).toBe(false);
    expect(canSplice(doc, 5, 1, [read(5)])).toBe(true);
  });
});
