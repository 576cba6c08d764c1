/**
 * @fileoverview Tests of test/fixtures/draft-docx.ts (the test-only draft writer): drafts are written as real, readable documents —
 * direct formatting, theme defaults, automatic numbering, nested tables, inline PNG pictures with
 * the intended effective dpi (R22), page size — and the bytes are reproducible.
 */
import { imageSize } from "image-size";
import { PROFILE_2023 } from "../../src/core/profile";
import { EMU_PER_CM, EMU_PER_INCH, buildDocx, buildPackage, makePng } from "../fixtures/draft-docx";
import { getXmlPart } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";
import { parseDocx, parsePackage } from "../../src/ooxml/parse";
import { parseXml } from "../../src/ooxml/xml";
import { firstItems } from "../fixtures/items";

const P = PROFILE_2023;

describe("makePng", () => {
  it("writes a decodable PNG with the requested size and resolution chunk", () => {
    const png = makePng(30, 20, (x, y) => [x * 8, y * 12, 100], 300);
    expect(imageSize(png)).toMatchObject({ width: 30, height: 20, type: "png" });
    const text = Array.from(png.subarray(0, 80), (b) => String.fromCharCode(b)).join("");
    expect(text).toContain("IHDR");
    expect(text).toContain("pHYs");
  });

  it("rejects bad sizes", () => {
    expect(() => makePng(0, 5, [0, 0, 0])).toThrow(RangeError);
    expect(() => makePng(1.5, 5, [0, 0, 0])).toThrow(RangeError);
  });
});

describe("buildDocx", () => {
  it("writes direct run and paragraph formatting that the reader resolves", () => {
    const doc = parseDocx(
      buildDocx({
        blocks: [
          {
            text: "案例题目",
            font: { eastAsia: "宋体", ascii: "Arial", sz: 36, bold: true },
            jc: "center",
            spacing: { line: 480, lineRule: "auto" },
          },
          {
            runs: [{ text: "甲" }, { text: "乙", font: { eastAsia: "楷体", sz: 24 } }],
            firstLineChars: 200,
          },
        ],
        styles: { kind: "plain" },
      })
    );
    const [a, b] = firstItems(doc.paragraphs, 2);
    expect(a.alignment).toBe("center");
    expect(a.spacing).toEqual({ line: 480, lineRule: "auto" });
    expect(a.runs[0]!.format).toMatchObject({
      eastAsia: "宋体",
      ascii: "Arial",
      hAnsi: "Arial",
      sz: 36,
      bold: true,
    });
    expect(a.direct.paragraph).toEqual(expect.arrayContaining(["jc", "spacing"]));
    expect(a.direct.run).toEqual(expect.arrayContaining(["rFonts", "b", "sz"]));
    // theme defaults: 等线 through minorEastAsia, 五号
    expect(b.runs[0]!.format).toMatchObject({
      eastAsia: "等线",
      eastAsiaFromTheme: true,
      ascii: "Calibri",
      sz: 21,
    });
    expect(b.runs[1]!.format).toMatchObject({ eastAsia: "楷体", sz: 24 });
  });

  it("numbers paragraphs from the numbering part it writes, labels not in the text", () => {
    const doc = parseDocx(
      buildDocx({
        blocks: [
          { text: "实施背景", numbering: { numId: 1, ilvl: 0 } },
          { text: "组建队伍", numbering: { numId: 1, ilvl: 1 } },
          { text: "编制清单", numbering: { numId: 1, ilvl: 2 } },
          { text: "主要做法", numbering: { numId: 1, ilvl: 0 } },
          { text: "开展体检", numbering: { numId: 1, ilvl: 1 } },
        ],
        numbering: [
          {
            numId: 1,
            levels: [
              { numFmt: "chineseCounting", lvlText: "%1、" },
              { numFmt: "chineseCounting", lvlText: "（%2）" },
              { numFmt: "decimal", lvlText: "%3." },
            ],
          },
        ],
      })
    );
    expect(doc.paragraphs.map((p) => `${p.numbering?.label ?? ""}${p.text}`)).toEqual([
      "一、实施背景",
      "（一）组建队伍",
      "1.编制清单",
      "二、主要做法",
      "（一）开展体检",
    ]);
  });

  it("writes nested tables with paragraphs in reader order", () => {
    const doc = parseDocx(
      buildDocx({
        blocks: [
          { text: "前" },
          {
            type: "table",
            rows: [
              [[{ text: "A1" }], [{ type: "table", rows: [[[{ text: "内" }]]] }]],
              [[{ text: "B1" }], []],
            ],
          },
          { text: "后" },
        ],
      })
    );
    expect(doc.tableCount).toBe(2);
    expect(doc.paragraphs.map((p) => [p.text, p.tableDepth])).toEqual([
      ["前", 0],
      ["A1", 1],
      ["内", 2],
      ["", 1],
      ["B1", 1],
      ["", 1],
      ["后", 0],
    ]);
  });

  it("embeds pictures whose effective dpi follows from pixels and displayed size", () => {
    const cx = 14 * EMU_PER_CM;
    const pkg = buildPackage({
      blocks: [
        { text: "图前" },
        {
          pictures: [
            {
              png: makePng(1800, 1200, [1, 2, 3]),
              cx,
              cy: Math.round(cx / 1.5),
              description: "现场",
            },
          ],
        },
        { pictures: [{ png: makePng(400, 300, [1, 2, 3]), cx, cy: Math.round(cx * 0.75) }] },
      ],
    });
    const doc = parsePackage(pkg, "docx");
    expect(doc.pictures.length).toBe(2);
    const dpi = doc.pictures.map((p) => Math.round((p.pixelWidth ?? 0) / (p.cx / EMU_PER_INCH)));
    expect(dpi[0]).toBeGreaterThanOrEqual(300);
    expect(dpi[1]).toBeLessThan(100);
    expect(doc.pictures[0]).toMatchObject({
      inline: true,
      paragraphIndex: 1,
      description: "现场",
      contentType: "image/png",
    });
    expect(pkg.parts.has("/word/media/image2.png")).toBe(true);
  });

  it("writes the page size, landscape orientation and our styles when asked", () => {
    const doc = parseDocx(
      buildDocx({
        blocks: [{ text: "x", pStyle: "CRBody" }],
        page: { width: 16838, height: 11906, orientation: "landscape" },
        styles: { kind: "profile", profile: P },
      })
    );
    expect(doc.sections[0]).toMatchObject({
      pageWidth: 16838,
      pageHeight: 11906,
      orientation: "landscape",
    });
    expect(doc.paragraphs[0]!.runs[0]!.format).toMatchObject({ eastAsia: "宋体", sz: 30 });
  });

  it("writes a styles part as given, or none", () => {
    const given = buildPackage({
      blocks: [{ text: "x" }],
      styles: {
        kind: "xml",
        xml: `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
      },
    });
    expect(getXmlPart(given, "/word/styles.xml")).toContain("<w:styles");
    const none = buildPackage({ blocks: [{ text: "x" }], styles: { kind: "none" } });
    expect(none.parts.has("/word/styles.xml")).toBe(false);
    expect(parsePackage(none, "docx").paragraphs[0]!.text).toBe("x");
  });

  it("escapes text, keeps spaces and writes tabs and breaks", () => {
    const doc = parseDocx(buildDocx({ blocks: [{ text: ' a<b>&"c"\td\ne ' }] }));
    expect(doc.paragraphs[0]!.text).toBe(' a<b>&"c"\td\ve ');
  });

  it("is deterministic and every XML part is well-formed", () => {
    const spec = {
      blocks: [
        {
          text: "甲",
          pictures: [
            {
              png: makePng(10, 10, [0, 0, 0] as [number, number, number]),
              cx: 9525 * 10,
              cy: 9525 * 10,
            },
          ],
        },
      ],
      numbering: [{ numId: 1, levels: [{ numFmt: "decimal", lvlText: "%1." }] }],
    };
    const a = buildDocx(spec);
    expect(Buffer.from(buildDocx(spec)).equals(Buffer.from(a))).toBe(true);
    for (const part of readDocx(a).parts.values()) {
      if (typeof part.data === "string")
        expect(() => parseXml(part.data as string, part.name)).not.toThrow();
    }
  });
});
