/**
 * @fileoverview Regression tests of the reader's robustness: `mc:AlternateContent` branch
 * selection by `Requires`, the main part's content type, nesting depth guards and repetitive
 * (highly compressible) genuine content not taken for a zip bomb.
 */
import { strToU8, zipSync } from "fflate";
import { OoxmlError } from "../../src/ooxml/errors";
import { type OpcPackage } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { MAX_TABLE_DEPTH, parseDocx, parseFlatOpc, parsePackage } from "../../src/ooxml/parse";
import {
  MAX_ELEMENT_DEPTH,
  mcSelect,
  parseLite,
  understoodNamespace,
} from "../../src/ooxml/parse-xml";
import { writeFlatOpc } from "../../src/ooxml/package";
import { buildPkg, makePng, p } from "./parse-helpers";

const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

function thrown(fn: () => unknown): OoxmlError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OoxmlError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

const texts = (pkg: OpcPackage): string[] =>
  parsePackage(pkg, "docx").paragraphs.map((x) => x.text);

describe("mc:AlternateContent: the first understood Choice, else the Fallback", () => {
  const ac = (
    choice: string,
    fallback: string,
    requires = "foo",
    decl = 'xmlns:foo="urn:unknown"'
  ) =>
    `<mc:AlternateContent ${decl}><mc:Choice Requires="${requires}">${choice}</mc:Choice>` +
    `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;

  test("a Choice requiring an unknown namespace is skipped (block, inline and run level)", () => {
    // block level
    expect(texts(buildPkg({ body: ac(p("选择内容"), p("后备内容")) }))).toEqual(["后备内容"]);
    // paragraph content
    const run = (t: string): string => `<w:r><w:t>${t}</w:t></w:r>`;
    expect(texts(buildPkg({ body: `<w:p>${ac(run("选择内容"), run("后备内容"))}</w:p>` }))).toEqual(
      ["后备内容"]
    );
    // run content
    expect(
      texts(
        buildPkg({
          body: `<w:p><w:r>${ac("<w:t>选择内容</w:t>", "<w:t>后备内容</w:t>")}</w:r></w:p>`,
        })
      )
    ).toEqual(["后备内容"]);
  });

  test("Requires resolved through in-scope declarations: wps (declared) → Choice", () => {
    expect(
      texts(buildPkg({ body: ac(p("选择内容"), p("后备内容"), "wps", `xmlns:wps="${WPS}"`) }))
    ).toEqual(["选择内容"]);
    // the prefix is what is declared, not its spelling: "foo" bound to the wps namespace is understood
    expect(
      texts(buildPkg({ body: ac(p("选择内容"), p("后备内容"), "foo", `xmlns:foo="${WPS}"`) }))
    ).toEqual(["选择内容"]);
    // every listed prefix must be understood
    expect(
      texts(
        buildPkg({
          body: ac(p("选择内容"), p("后备内容"), "wps foo", `xmlns:foo="urn:unknown"`),
        })
      )
    ).toEqual(["后备内容"]);
  });

  test("the first understood Choice among several; none and no Fallback → nothing", () => {
    const body =
      '<mc:AlternateContent xmlns:x="urn:x" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">' +
      `<mc:Choice Requires="x">${p("一")}</mc:Choice><mc:Choice Requires="w15">${p("二")}</mc:Choice>` +
      `<mc:Fallback>${p("三")}</mc:Fallback></mc:AlternateContent>` +
      `<mc:AlternateContent xmlns:x="urn:x"><mc:Choice Requires="x">${p("四")}</mc:Choice></mc:AlternateContent>` +
      p("五");
    expect(texts(buildPkg({ body }))).toEqual(["二", "五"]);
  });

  test("an unbound prefix in Requires is not understood", () => {
    const root = parseLite(
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        '<mc:Choice Requires="nope"><a/></mc:Choice><mc:Fallback><b/></mc:Fallback></mc:AlternateContent>'
    );
    expect(mcSelect(root)?.name).toBe("Fallback");
  });

  test("understood namespaces: Word 2010+ extensions by pattern, foreign ones not", () => {
    for (const uri of [
      "http://schemas.microsoft.com/office/word/2010/wordml",
      "http://schemas.microsoft.com/office/word/2012/wordml",
      "http://schemas.microsoft.com/office/word/2015/wordml/symex",
      "http://schemas.microsoft.com/office/word/2016/wordml/cid",
      "http://schemas.microsoft.com/office/word/2018/wordml/cex",
      "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
      "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
      "http://schemas.microsoft.com/office/drawing/2014/chartex",
      "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
      "http://schemas.microsoft.com/office/drawing/2016/ink",
      "http://schemas.microsoft.com/office/drawing/2017/model3d",
      "urn:schemas-microsoft-com:vml",
      "http://schemas.openxmlformats.org/officeDocument/2006/math",
    ]) {
      expect([uri, understoodNamespace(uri)]).toEqual([uri, true]);
    }
    for (const uri of ["", "urn:unknown", "http://example.com/word/2010/wordml"]) {
      expect([uri, understoodNamespace(uri)]).toEqual([uri, false]);
    }
  });

  test("pictures and text boxes follow the same rule", () => {
    const png = makePng(8, 4);
    const drawing = (name: string): string =>
      `<w:drawing><wp:inline><wp:extent cx="127000" cy="63500"/><wp:docPr id="1" name="${name}"/>` +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      `<pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
    const txbx = (t: string): string =>
      `<w:pict><v:shape style="width:10pt;height:10pt"><v:textbox><w:txbxContent>${p(t)}</w:txbxContent></v:textbox></v:shape></w:pict>`;
    const pkg = buildPkg({
      body:
        `<w:p><w:r>${ac(drawing("选择图"), drawing("后备图"))}</w:r></w:p>` +
        `<w:p><w:r>${ac(txbx("选择框"), txbx("后备框"))}</w:r></w:p>`,
      images: { rIdImg: ["/word/media/image1.png", "image/png", png] },
    });
    const doc = parsePackage(pkg, "docx");
    expect(doc.pictures.map((x) => x.name)).toEqual(["后备图"]);
    expect(doc.textBoxText).toEqual(["后备框"]);
  });
});

describe("the main part must be declared as a Word document", () => {
  const withMainType = (ct: string): OpcPackage => {
    const pkg = buildPkg({ body: p("正文") });
    pkg.parts.get("/word/document.xml")!.contentType = ct;
    return pkg;
  };

  test("a spreadsheet main part is refused (docx and flat OPC)", () => {
    const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    const pkg = withMainType(ct);
    const e = thrown(() => parseDocx(writeDocx(pkg)));
    expect(e.code).toBe("unsupported");
    expect(e.message).toBe(
      `这不是 Word 文档（主部件类型为 ${ct}），请确认文件是用 Word 或 WPS 保存的 .docx。`
    );
    expect(thrown(() => parseFlatOpc(writeFlatOpc(pkg))).code).toBe("unsupported");
  });

  test.each([
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"],
    ["application/vnd.ms-word.document.macroEnabled.main+xml"],
    ["application/vnd.ms-word.template.macroEnabledTemplate.main+xml"],
    ["APPLICATION/VND.MS-WORD.DOCUMENT.MACROENABLED.MAIN+XML"],
    ["application/xml"],
  ])("%s is read", (ct) => {
    expect(texts(withMainType(ct))).toEqual(["正文"]);
  });
});

describe("nesting depth", () => {
  const nested = (n: number, inner: string): string =>
    "<w:tbl><w:tr><w:tc>".repeat(n) + inner + "</w:tc></w:tr></w:tbl>".repeat(n);

  test("tables nested 5000 deep: a clean OoxmlError, not a stack overflow", () => {
    const t0 = Date.now();
    const e = thrown(() => parseDocx(writeDocx(buildPkg({ body: nested(5000, p("深")) }))));
    expect(e.code).toBe("unsupported");
    expect(e.message).toMatch(/^文档嵌套层数过多（超过 \d+ 层），无法读取/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test("element depth above MAX_ELEMENT_DEPTH is refused by the XML reader", () => {
    const deep = (n: number): string => "<a>".repeat(n) + "</a>".repeat(n);
    expect(() => parseLite(deep(MAX_ELEMENT_DEPTH))).not.toThrow();
    const e = thrown(() => parseLite(deep(MAX_ELEMENT_DEPTH + 1)));
    expect(e.code).toBe("unsupported");
    expect(e.message).toContain(`文档嵌套层数过多（超过 ${MAX_ELEMENT_DEPTH} 层），无法读取`);
  });

  test("tables: MAX_TABLE_DEPTH levels are read, one more is refused", () => {
    const ok = parsePackage(buildPkg({ body: nested(MAX_TABLE_DEPTH, p("深")) }), "docx");
    expect(ok.paragraphs.map((x) => [x.text, x.tableDepth])).toEqual([["深", MAX_TABLE_DEPTH]]);
    expect(ok.tableCount).toBe(MAX_TABLE_DEPTH);
    const e = thrown(() =>
      parsePackage(buildPkg({ body: nested(MAX_TABLE_DEPTH + 1, p("深")) }), "docx")
    );
    expect(e.code).toBe("unsupported");
    expect(e.message).toContain(`文档嵌套层数过多（超过 ${MAX_TABLE_DEPTH} 层），无法读取`);
  });
});

describe("repetitive genuine content is not a zip bomb", () => {
  test("a 1 MB paragraph of one repeated character is read", () => {
    const text = "我".repeat(350_000); // 1 050 000 bytes of UTF-8
    const bytes = writeDocx(buildPkg({ body: p(text) }));
    expect(bytes.length).toBeLessThan(20_000); // ratio far above 200
    expect(parseDocx(bytes).paragraphs[0]!.text).toBe(text);
  });

  test("the total bound still applies to such entries", () => {
    const zip = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
      ),
      "word/document.xml": new Uint8Array(2 << 20),
    });
    expect(thrown(() => readDocx(zip, { maxTotalUncompressed: 1 << 20 })).code).toBe("tooLarge");
    expect(() => readDocx(zip)).not.toThrow();
  });
});
