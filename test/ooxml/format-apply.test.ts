/**
 * @fileoverview Tests of applyEdits (src/ooxml/format.ts) on whole packages: drafts built with
 * buildPackage from the sample report are formatted by role, read back with parse.ts, and every
 * role paragraph must resolve to the profile's values (R14–R19) with its text unchanged; page
 * size (R13); text replacement; stale and overlapping edits; styles parts that are missing,
 * foreign, or hold our style under another id; numbering kept through a style change.
 */
import { classify } from "../../src/core/classify";
import { lint } from "../../src/core/engine";
import type { Edit } from "../../src/core/findings";
import { type ReportDocument, refOf, textHash } from "../../src/core/model";
import { PROFILE_2023, type FormattedRole } from "../../src/core/profile";
import { buildPackage } from "../fixtures/draft-docx";
import { applyEdits } from "../../src/ooxml/format";
import { type OpcPackage, getXmlPart, relationships } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { parsePackage } from "../../src/ooxml/parse";
import {
  type DraftFixture,
  firstPersonDraft,
  unstyledDraft,
  wrongFontsDraft,
} from "../fixtures/drafts";
import { buildPkg, p as para } from "./parse-helpers";

const P = PROFILE_2023;

function roleEdits(doc: ReportDocument, fx: DraftFixture): Edit[] {
  const edits: Edit[] = [];
  fx.lines.forEach((l, i) => {
    if (l.role === "picture" || l.role === "caption") return;
    const role: FormattedRole = l.role === "heading4" ? "heading3" : l.role;
    edits.push({ op: "setRole", target: refOf(doc.paragraphs[i]!), role });
  });
  return edits;
}

function expectRoleFormatting(doc: ReportDocument, index: number, role: FormattedRole): void {
  const spec = P.roles[role];
  const p = doc.paragraphs[index]!;
  expect({ index, styleName: p.styleName }).toEqual({ index, styleName: spec.styleName });
  expect(p.alignment).toBe(spec.styleAlignment);
  expect(p.spacing).toEqual(spec.styleSpacing);
  expect(p.outlineLevel).toBe(spec.outlineLevel);
  expect(p.direct.paragraph).toEqual([]);
  for (const r of p.runs) {
    expect(r.format).toMatchObject({
      eastAsia: spec.eastAsia,
      eastAsiaFromTheme: false,
      ascii: spec.latin,
      sz: spec.sz,
      bold: spec.bold,
    });
  }
}

function formatAll(fx: DraftFixture): {
  pkg: OpcPackage;
  before: ReportDocument;
  after: ReportDocument;
  result: ReturnType<typeof applyEdits>;
} {
  const pkg = buildPackage(fx.spec);
  const before = parsePackage(pkg, "docx");
  const edits: Edit[] = [
    ...roleEdits(before, fx),
    { op: "setPage", width: P.page.width, height: P.page.height, orientation: "portrait" },
  ];
  const result = applyEdits(pkg, before, edits, P);
  // Through the zip too: what the CLI writes must read back.
  const after = parsePackage(readDocx(writeDocx(pkg)), "docx");
  return { pkg, before, after, result };
}

describe("applyEdits on drafts", () => {
  it("fixes a draft typed with wrong fonts: every role paragraph resolves to the profile", () => {
    const fx = wrongFontsDraft(P);
    const { before, after, result } = formatAll(fx);
    const roleCount = fx.lines.filter((l) => l.role !== "picture" && l.role !== "caption").length;
    expect(result).toMatchObject({ applied: roleCount + 1, skippedStale: 0, skippedOverlap: 0 });
    expect(result.styles.added.length).toBe(Object.keys(P.roles).length);
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    fx.lines.forEach((l, i) => {
      if (l.role === "picture" || l.role === "caption") return;
      expectRoleFormatting(after, i, l.role === "heading4" ? "heading3" : l.role);
      expect(after.paragraphs[i]!.direct.run).toEqual([]);
    });
    // Captions are not ours to format: their direct font stays.
    const cap = fx.lines.findIndex((l) => l.role === "caption");
    expect(after.paragraphs[cap]!.direct.run).toEqual(before.paragraphs[cap]!.direct.run);
    expect(after.pictures.length).toBe(2);
  });

  it("leaves the checker nothing to report about formatting or page", () => {
    const { after } = formatAll(wrongFontsDraft(P));
    const findings = lint(classify(after, P), P).findings;
    expect(findings.filter((f) => f.ruleId === "role-format" || f.ruleId === "page-setup")).toEqual(
      []
    );
  });

  it("fixes a pasted draft: theme fonts, Letter page, and keeps automatic heading numbers", () => {
    const fx = unstyledDraft(P);
    const { pkg, before, after } = formatAll(fx);
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(after.paragraphs.map((p) => p.numbering?.label ?? null)).toEqual(
      before.paragraphs.map((p) => p.numbering?.label ?? null)
    );
    const h1 = fx.lines.findIndex((l) => l.role === "heading1");
    expect(after.paragraphs[h1]!.numbering?.label).toBe("一、");
    fx.lines.forEach((l, i) => {
      if (l.role !== "picture" && l.role !== "caption")
        expectRoleFormatting(after, i, l.role as FormattedRole);
    });
    expect(after.sections.map((s) => [s.pageWidth, s.pageHeight, s.orientation])).toEqual([
      [11906, 16838, "portrait"],
    ]);
    // The document's own styles are kept alongside ours.
    const styles = getXmlPart(pkg, "/word/styles.xml") as string;
    expect(styles).toContain('w:styleId="a"');
    expect(styles).toContain('w:eastAsiaTheme="minorEastAsia"');
  });

  it("splits heading and body sharing a paragraph (headingEnd)", () => {
    const text = "（一）建立隐患台账。企业每月组织一次排查，建立台账。";
    const pkg = buildPackage({
      blocks: [{ text, font: { eastAsia: "宋体", sz: 30, bold: true } }],
      styles: { kind: "plain" },
    });
    const doc = parsePackage(pkg, "docx");
    const end = text.indexOf("。") + 1;
    const r = applyEdits(
      pkg,
      doc,
      [{ op: "setRole", target: refOf(doc.paragraphs[0]!), role: "heading2", headingEnd: end }],
      P
    );
    expect(r.applied).toBe(1);
    const after = parsePackage(pkg, "docx").paragraphs[0]!;
    expect(after.text).toBe(text);
    expect(after.styleName).toBe(P.roles.heading2.styleName);
    expect(after.runs.map((x) => [x.text, x.format.eastAsia, x.format.sz, x.format.bold])).toEqual([
      [text.slice(0, end), "楷体_GB2312", 30, true],
      [text.slice(end), "宋体", 30, false],
    ]);
  });
});

describe("applyEdits staleness and overlaps", () => {
  const build = (): { pkg: OpcPackage; doc: ReportDocument } => {
    const pkg = buildPackage({
      blocks: [{ text: "第一段" }, { text: "在实际工作中，我们发现问题。" }, { text: "第三段" }],
      styles: { kind: "plain" },
    });
    return { pkg, doc: parsePackage(pkg, "docx") };
  };

  it("skips edits whose text hash, index or id no longer match", () => {
    const { pkg, doc } = build();
    const good = refOf(doc.paragraphs[0]!);
    const edits: Edit[] = [
      { op: "setRole", target: { index: 1, textHash: textHash("别的文字") }, role: "body" },
      { op: "setRole", target: { index: 7, textHash: good.textHash }, role: "body" },
      { op: "replaceText", target: { index: 1, textHash: "00000000" }, span: [0, 1], text: "x" },
      { op: "setRole", target: good, role: "title" },
    ];
    const r = applyEdits(pkg, doc, edits, P);
    expect(r).toMatchObject({ applied: 1, skippedStale: 3, skippedOverlap: 0 });
    const after = parsePackage(pkg, "docx");
    expect(after.paragraphs[0]!.styleName).toBe(P.roles.title.styleName);
    expect(after.paragraphs[1]!.styleName).toBe("Normal");
    expect(after.paragraphs[1]!.text).toBe(doc.paragraphs[1]!.text);
    const withId = {
      ...doc,
      paragraphs: doc.paragraphs.map((p) => ({ ...p, id: `id${p.index}` })),
    };
    const r2 = applyEdits(
      pkg,
      withId,
      [{ op: "setRole", target: { ...refOf(withId.paragraphs[2]!), id: "other" }, role: "body" }],
      P
    );
    expect(r2.skippedStale).toBe(1);
  });

  it("applies one setRole per paragraph and skips overlapping replacements (bottom to top)", () => {
    const { pkg, doc } = build();
    const ref = refOf(doc.paragraphs[1]!);
    const t = doc.paragraphs[1]!.text;
    const we = t.indexOf("我们");
    const edits: Edit[] = [
      { op: "setRole", target: ref, role: "body" },
      { op: "setRole", target: ref, role: "title" },
      { op: "replaceText", target: ref, span: [we, we + 2], text: "某市分公司" },
      { op: "replaceText", target: ref, span: [we + 1, we + 3], text: "X" },
      { op: "replaceText", target: ref, span: [t.length - 1, t.length], text: "！" },
      { op: "replaceText", target: ref, span: [0, 0], text: "【" },
    ];
    const r = applyEdits(pkg, doc, edits, P);
    expect(r).toMatchObject({ applied: 4, skippedStale: 0, skippedOverlap: 2 });
    const after = parsePackage(pkg, "docx").paragraphs[1]!;
    // Applied from the end backwards: of two overlapping spans the later one wins.
    expect(after.text).toBe("【在实际工作中，我X现问题！");
    expect(after.styleName).toBe(P.roles.body.styleName);
  });

  it("refuses a model that does not belong to the package", () => {
    const { pkg, doc } = build();
    const wrong = { ...doc, paragraphs: doc.paragraphs.slice(1) };
    expect(() => applyEdits(pkg, wrong, [], P)).toThrow(/paragraphs/);
  });

  it("rewrites first-person wording found in a draft", () => {
    const fx = firstPersonDraft(P);
    const pkg = buildPackage(fx.spec);
    const doc = parsePackage(pkg, "docx");
    const edits: Edit[] = [];
    doc.paragraphs.forEach((p) => {
      for (const w of ["我公司", "我司", "我们"]) {
        const at = p.text.indexOf(w);
        if (at >= 0) {
          edits.push({
            op: "replaceText",
            target: refOf(p),
            span: [at, at + w.length],
            text: "某市分公司",
          });
          break;
        }
      }
    });
    expect(edits.length).toBe(3);
    const r = applyEdits(pkg, doc, edits, P);
    expect(r.applied).toBe(3);
    expect(getXmlPart(pkg, "/word/styles.xml")).toBe(
      getXmlPart(buildPackage(fx.spec), "/word/styles.xml")
    );
    const after = parsePackage(pkg, "docx");
    expect(after.paragraphs.some((p) => /我们|我司|我公司/.test(p.text))).toBe(false);
    const findings = lint(classify(after, P), P).findings;
    expect(findings.filter((f) => f.ruleId === "first-person")).toEqual([]);
  });
});

describe("applyEdits styles and sections", () => {
  it("creates a styles part and its relationship when the document has none", () => {
    const pkg = buildPackage({ blocks: [{ text: "正文" }], styles: { kind: "none" } });
    const doc = parsePackage(pkg, "docx");
    applyEdits(pkg, doc, [{ op: "setRole", target: refOf(doc.paragraphs[0]!), role: "body" }], P);
    expect(relationships(pkg, "/word/document.xml").some((r) => r.type.endsWith("/styles"))).toBe(
      true
    );
    expectRoleFormatting(parsePackage(readDocx(writeDocx(pkg)), "docx"), 0, "body");
  });

  it("uses our style under the id Word gave it", () => {
    const styles =
      `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="-0"><w:name w:val="案例-正文"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>`;
    const pkg = buildPkg({
      styles,
      body: para("正文一", `<w:pStyle w:val="-0"/>`) + para("正文二"),
    });
    const doc = parsePackage(pkg, "docx");
    const r = applyEdits(
      pkg,
      doc,
      doc.paragraphs.map((p) => ({ op: "setRole", target: refOf(p), role: "body" })),
      P
    );
    expect(r.styles.replaced).toEqual(["-0"]);
    expect(r.styles.added).not.toContain("CRBody");
    const after = parsePackage(pkg, "docx");
    expect(after.paragraphs.map((p) => p.styleId)).toEqual(["-0", "-0"]);
    expectRoleFormatting(after, 1, "body");
  });

  it("keeps the heading number a built-in heading style gave through numbering", () => {
    const styles =
      `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>` +
      `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>` +
      `<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const pkg = buildPkg({
      styles,
      numbering,
      body:
        para("实施背景", `<w:pStyle w:val="1"/>`) +
        para("正文") +
        para("主要做法", `<w:pStyle w:val="1"/>`),
    });
    const doc = parsePackage(pkg, "docx");
    expect(doc.paragraphs.map((p) => p.numbering?.label ?? null)).toEqual(["一、", null, "二、"]);
    applyEdits(
      pkg,
      doc,
      [0, 2].map((i) => ({ op: "setRole", target: refOf(doc.paragraphs[i]!), role: "heading1" })),
      P
    );
    const after = parsePackage(pkg, "docx");
    expect(after.paragraphs.map((p) => p.numbering?.label ?? null)).toEqual(["一、", null, "二、"]);
    expectRoleFormatting(after, 0, "heading1");
  });

  it("sets the page of every section and drops the stale paper code and orientation", () => {
    const sect = (w: number, h: number, extra: string): string =>
      `<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:pgSz w:w="${w}" w:h="${h}"${extra}/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
    const pkg = buildPkg({
      body:
        `<w:p><w:pPr>${sect(15840, 12240, ' w:orient="landscape" w:code="1"')}</w:pPr><w:r><w:t>一</w:t></w:r></w:p>` +
        para("二") +
        `<w:sectPr><w:type w:val="nextPage"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`,
    });
    const doc = parsePackage(pkg, "docx");
    const r = applyEdits(
      pkg,
      doc,
      [{ op: "setPage", width: 11906, height: 16838, orientation: "portrait" }],
      P
    );
    expect(r.applied).toBe(1);
    const xml = getXmlPart(pkg, "/word/document.xml") as string;
    expect(xml).not.toContain("w:code");
    expect(xml).not.toContain("w:orient");
    expect(xml).toContain('<w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar');
    expect(xml).toContain('<w:headerReference w:type="default" r:id="rIdH"/><w:pgSz w:w="11906"');
    const after = parsePackage(pkg, "docx");
    expect(after.sections.map((s) => [s.pageWidth, s.pageHeight, s.orientation])).toEqual([
      [11906, 16838, "portrait"],
      [11906, 16838, "portrait"],
    ]);
    applyEdits(
      pkg,
      after,
      [{ op: "setPage", width: 16838, height: 11906, orientation: "landscape" }],
      P
    );
    expect(parsePackage(pkg, "docx").sections.every((s) => s.orientation === "landscape")).toBe(
      true
    );
  });

  it("adds a section to a document that has none", () => {
    const pkg = buildPkg({ body: para("一") });
    const doc = parsePackage(pkg, "docx");
    applyEdits(
      pkg,
      doc,
      [{ op: "setPage", width: 11906, height: 16838, orientation: "portrait" }],
      P
    );
    expect(parsePackage(pkg, "docx").sections[0]).toMatchObject({
      pageWidth: 11906,
      pageHeight: 16838,
    });
  });

  it("leaves the package untouched when every edit is stale", () => {
    const pkg = buildPackage({ blocks: [{ text: "正文" }] });
    const before = getXmlPart(pkg, "/word/document.xml");
    const doc = parsePackage(pkg, "docx");
    applyEdits(
      pkg,
      doc,
      [{ op: "replaceText", target: { index: 0, textHash: "x" }, span: [0, 1], text: "y" }],
      P
    );
    expect(getXmlPart(pkg, "/word/document.xml")).toBe(before);
  });
});
