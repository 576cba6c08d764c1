import { analyze } from "../../src/core/analyze";
import type { CountItem } from "../../src/core/checklist";
import { paragraphKeys } from "../../src/core/decisions";
import { batchDocument, provisionalChecklist } from "../../src/core/provisional";
import { PROFILE_2023 } from "../../src/core/profile";
import { asRole, autoNumber, buildDocument, para } from "../fixtures/model-builders";
import { batchOf } from "../fixtures/batch";
import { P, body, reportDoc, zh } from "./helpers";

/** Count rows by id, value and status only. */
function figures(counts: CountItem[]): Record<string, [number, string]> {
  return Object.fromEntries(counts.map((c) => [c.id, [c.value, c.status]]));
}

describe("provisionalChecklist (issue 7: 字数 from the paragraph batch)", () => {
  it("a report in our styles: the same 字数 rows as the whole read", () => {
    const doc = reportDoc();
    const full = analyze(doc).checklist.counts;
    const provisional = provisionalChecklist(batchOf(doc));
    expect(provisional.counts).toEqual(full);
    expect(provisional).toMatchObject({ documentKind: "report", paragraphs: 15, listItems: 0 });
    expect(figures(provisional.counts)).toMatchObject({
      title: [13, "ok"],
      unitIntro: [350, "ok"],
      body: [3000, "ok"],
      practice: [2100, "ok"],
      practiceShare: [70, "ok"],
    });
  });

  it("headings in Word's built-in heading styles (标题 1 / Heading1) and typed markers read as the whole read does", () => {
    const specs = [
      para("安责险事故预防服务创新实践"),
      para("——某某保险股份有限公司某分公司"),
      para("单位简介"),
      para(zh(320)),
      para("实施背景", { styleName: "heading 1", outlineLevel: 0 }),
      body(400),
      para("二、主要做法"),
      body(2200),
      para("实施效果", { styleName: "heading 1", outlineLevel: 0 }),
      body(500),
    ];
    const doc = buildDocument(specs);
    const provisional = provisionalChecklist(batchOf(doc));
    expect(provisional.counts).toEqual(analyze(doc).checklist.counts);
    expect(figures(provisional.counts)).toMatchObject({
      background: [404, "ok"],
      practice: [2206, "ok"],
      effect: [504, "ok"],
    });
  });

  it("headings numbered only by Word's lists (w:numPr): text-only reading cannot see them, and says so", () => {
    // 一、二、三、 come from automatic numbering: not in Paragraph.text, so the batch has plain
    // lines that name no part; the whole read finds three level-1 headings.
    const heading = (text: string, label: string) =>
      para(text, { ...asRole("body"), numbering: autoNumber(label, 0, "chineseCounting") });
    const specs = [
      para("安责险事故预防服务创新实践", asRole("title")),
      para("——某某保险股份有限公司某分公司", asRole("unitLine")),
      para("单位简介", asRole("unitIntroHeading")),
      para(zh(350), asRole("unitIntro")),
      heading("行业风险形势", "一、"),
      body(500),
      heading("风险减量服务体系", "二、"),
      body(2100),
      heading("服务成果", "三、"),
      body(400),
    ];
    const doc = buildDocument(specs);
    const full = figures(analyze(doc).checklist.counts);
    const provisional = provisionalChecklist(batchOf(doc));
    expect(full).toMatchObject({
      unitIntro: [350, "ok"],
      body: [3018, "ok"],
      practice: [2108, "ok"],
    });
    // Text-only: no heading, so everything after the 单位简介 reads as 单位简介 and 正文 is missing.
    expect(figures(provisional.counts)).toMatchObject({
      unitIntro: [350 + 3018, "high"],
      body: [0, "missing"],
      practice: [0, "missing"],
    });
    expect(provisional.listItems).toBe(3);
  });

  it("the writer's role corrections apply to the batch as to the whole read", () => {
    const specs = [
      para("安责险事故预防服务创新实践", asRole("title")),
      para("——某某保险股份有限公司某分公司", asRole("unitLine")),
      para("单位简介", asRole("unitIntroHeading")),
      para(zh(350), asRole("unitIntro")),
      para("行业风险形势", asRole("body")),
      body(500),
    ];
    const doc = buildDocument(specs);
    const key = paragraphKeys(doc.paragraphs)[4]!;
    const corrections = [{ paragraph: key, role: "heading1" as const }];
    const provisional = provisionalChecklist(batchOf(doc), PROFILE_2023, corrections);
    expect(provisional.counts).toEqual(
      analyze(doc, PROFILE_2023, { roleCorrections: corrections }).checklist.counts
    );
    expect(figures(provisional.counts).body).toEqual([506, "low"]);
  });

  it("an empty batch is an empty document", () => {
    expect(provisionalChecklist([])).toMatchObject({
      documentKind: "empty",
      paragraphs: 0,
      listItems: 0,
    });
  });
});

describe("batchDocument", () => {
  it("maps Word's properties onto the model the classifier reads", () => {
    const doc = batchDocument([
      {
        text: "一、实施背景",
        style: "标题 1",
        styleBuiltIn: "Heading1",
        alignment: "Centered",
        isListItem: false,
        tableNestingLevel: 0,
        pictures: 0,
        bold: true,
        size: 15,
        fontName: "Times New Roman",
      },
      {
        text: "",
        style: "案例-正文",
        styleBuiltIn: "Other",
        alignment: "Mixed",
        isListItem: false,
        tableNestingLevel: 0,
        pictures: 2,
        bold: null,
        size: null,
        fontName: null,
      },
      {
        text: "单元格",
        style: "目录 1",
        styleBuiltIn: "Toc1",
        alignment: "Justified",
        isListItem: false,
        tableNestingLevel: 1,
        pictures: 0,
        bold: false,
        size: 10.5,
        fontName: "Calibri",
      },
    ]);
    const [h, pic, cell] = doc.paragraphs;
    expect(h).toMatchObject({
      index: 0,
      styleName: "heading 1",
      outlineLevel: 0,
      alignment: "center",
      numbering: null,
      runs: [{ text: "一、实施背景", start: 0, format: { bold: true, sz: 30, eastAsia: null } }],
    });
    expect(pic).toMatchObject({ styleName: "案例-正文", alignment: null, runs: [] });
    expect(cell).toMatchObject({ styleName: "toc 1", tableDepth: 1, alignment: "both" });
    expect(cell!.runs[0]!.format.sz).toBe(21);
    expect(doc.pictures.map((x) => x.paragraphIndex)).toEqual([1, 1]);
    expect(doc).toMatchObject({ tableCount: 1, source: "paragraphBatch", sections: [] });
  });

  it("keeps the picture paragraphs of a report (role picture, not empty)", () => {
    const doc = reportDoc();
    const batch = batchOf(doc);
    expect(batch[P.pic1]!.pictures).toBe(1);
    expect(batchDocument(batch).pictures.map((x) => x.paragraphIndex)).toEqual([P.pic1, P.pic2]);
  });
});
