/**
 * Odd packages and hostile XML, each as a kind (issue 10, defects 2, 4, 5, 6, 8): generated here,
 * never copied from elsewhere. Every command that reads a document (check, format, fix, ignore)
 * and the reader the pane uses (parsePackage) give the same clean answer: a Chinese refusal with
 * exit 2, or correct handling — never "内部错误", never a stack trace.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { type OpcPackage } from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { parseDocx, parsePackage } from "../../src/ooxml/parse";
import { parseLite } from "../../src/ooxml/parse-xml";
import { guardXmlText } from "../../src/ooxml/xml-guard";
import { parseXml, serializeXml } from "../../src/ooxml/xml";
import { splitRunsAt } from "../../src/ooxml/format";
import { OoxmlError } from "../../src/ooxml/errors";
import { cleanupTempDirs, compliantDocx, put, run, tempDir, unstyledDocx } from "../cli/helpers";

afterAll(cleanupTempDirs);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** The unstyled sample (format has work to do) with `edit` applied to its package. */
function variant(edit: (pkg: OpcPackage) => void, base: Uint8Array = unstyledDocx()): Uint8Array {
  const pkg = readDocx(base);
  edit(pkg);
  return writeDocx(pkg);
}

function setText(pkg: OpcPackage, name: string, text: string): void {
  const part = pkg.parts.get(name);
  if (!part) throw new Error(`no ${name}`);
  part.data = text;
}

/** Runs every reading command on `bytes`; returns each run. */
async function everyCommand(bytes: Uint8Array) {
  const dir = tempDir();
  const file = put(dir, "报告.docx", bytes);
  return {
    check: await run(["check", file], dir),
    format: await run(["format", file, "-o", path.join(dir, "out.docx")], dir),
    fix: await run(["fix", file, "--yes", "-o", path.join(dir, "fixed.docx")], dir),
    ignore: await run(
      ["ignore", file, "--rule", "punctuation", "-o", path.join(dir, "ig.docx")],
      dir
    ),
    dir,
  };
}

function expectClean(r: { code: number; stdout: string; stderr: string }): void {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stdout + r.stderr).not.toMatch(/内部错误|\n\s+at /);
}

describe("an empty or rootless main document part", () => {
  for (const [label, text] of [
    ["zero bytes", ""],
    ["only whitespace", "  \n"],
    ["only an XML declaration", '<?xml version="1.0"?>'],
  ] as const) {
    it(`${label}: the same clean refusal from check, format, fix, ignore and the reader`, async () => {
      const bytes = variant((pkg) => setText(pkg, "/word/document.xml", text));
      expect(() => parseDocx(bytes)).toThrow(OoxmlError);
      const runs = await everyCommand(bytes);
      const messages = new Set<string>();
      for (const r of [runs.check, runs.format, runs.fix, runs.ignore]) {
        expectClean(r);
        expect(r.code).toBe(2);
        const line = (r.stdout + r.stderr)
          .split("\n")
          .find((l) => /word\/document\.xml|正文/.test(l));
        expect(line).toBeDefined();
        messages.add((line ?? "").replace(/^.*?：(?=文件)/, ""));
      }
      expect(messages.size).toBe(1);
    });
  }
});

describe("the styles part", () => {
  const kinds: Array<[string, (pkg: OpcPackage) => void]> = [
    ["empty", (pkg) => setText(pkg, "/word/styles.xml", "")],
    ["whitespace only", (pkg) => setText(pkg, "/word/styles.xml", "\n  \n")],
    [
      "relationship pointing at the document",
      (pkg) => {
        const rels = pkg.parts.get("/word/_rels/document.xml.rels")!;
        rels.data = (rels.data as string).replace(
          /(<Relationship [^>]*Type="[^"]*\/styles"[^>]*Target=")[^"]*"/,
          '$1document.xml"'
        );
        expect(rels.data).toContain('Target="document.xml"');
      },
    ],
    [
      "relationship pointing at a missing part",
      (pkg) => {
        pkg.parts.delete("/word/styles.xml");
      },
    ],
  ];
  for (const [label, edit] of kinds) {
    it(`${label}: format writes a valid styles part, check and format agree`, async () => {
      const bytes = variant(edit);
      const runs = await everyCommand(bytes);
      for (const r of [runs.check, runs.format, runs.fix, runs.ignore]) expectClean(r);
      expect(runs.format.code).toBe(0);
      const out = fs.readFileSync(path.join(runs.dir, "out.docx"));
      const pkg = readDocx(out);
      // the document is still the document, the styles are a styles part
      const doc = pkg.parts.get("/word/document.xml")!.data as string;
      expect(parseXml(doc).documentElement!.localName).toBe("document");
      const model = parsePackage(pkg, "docx");
      expect(model.styles.some((s) => s.styleId === "CRTitle" || /题目/.test(s.name ?? ""))).toBe(
        true
      );
      // re-checking the output reads the styles just written
      const again = await run(["check", path.join(runs.dir, "out.docx")], runs.dir);
      expectClean(again);
    });
  }

  it("an orphan /word/styles.xml (no relationship) is merged, not replaced", async () => {
    const bytes = variant((pkg) => {
      const styles = pkg.parts.get("/word/styles.xml")!;
      styles.data = (styles.data as string).replace(
        /<\/w:styles>\s*$/,
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="MyOwn"><w:name w:val="我的样式"/></w:style></w:styles>`
      );
      const rels = pkg.parts.get("/word/_rels/document.xml.rels")!;
      rels.data = (rels.data as string).replace(
        /<Relationship [^>]*Type="[^"]*\/styles"[^>]*\/>/,
        ""
      );
    });
    const dir = tempDir();
    const file = put(dir, "orphan.docx", bytes);
    const r = await run(["format", file, "-o", path.join(dir, "out.docx")], dir);
    expectClean(r);
    expect(r.code).toBe(0);
    const pkg = readDocx(fs.readFileSync(path.join(dir, "out.docx")));
    const styles = pkg.parts.get("/word/styles.xml")!.data as string;
    expect(styles).toContain('w:styleId="MyOwn"');
    const rels = pkg.parts.get("/word/_rels/document.xml.rels")!.data as string;
    expect(rels.match(new RegExp(`Type="${STYLES_REL}"`, "g"))?.length).toBe(1);
  });
});

describe("work guards counted in elements and paragraphs, not bytes", () => {
  const zipOf = (body: string): Uint8Array =>
    variant((pkg) =>
      setText(
        pkg,
        "/word/document.xml",
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`
      )
    );

  it("refuses a few KB holding a million empty paragraphs quickly, as tooLarge", async () => {
    const bytes = zipOf("<w:p/>".repeat(1_000_000));
    expect(bytes.length).toBeLessThan(100_000);
    const t = Date.now();
    const runs = await everyCommand(bytes);
    for (const r of [runs.check, runs.format, runs.fix, runs.ignore]) {
      expectClean(r);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/段落过多/);
    }
    expect(Date.now() - t).toBeLessThan(60_000);
  });

  it("refuses millions of tiny non-paragraph elements", () => {
    const bytes = zipOf(`<w:p>${"<w:r/>".repeat(600_000)}</w:p>`);
    let err: unknown;
    try {
      parseDocx(bytes);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OoxmlError);
    expect((err as OoxmlError).code).toBe("tooLarge");
    expect((err as OoxmlError).message).toMatch(/内容过多/);
  });

  it("counts start tags only, any prefix, and stops at the limit", () => {
    const limits = { maxElements: 10, maxParagraphs: 3 };
    expect(() => guardXmlText(`<a>${"<b/>".repeat(9)}</a>`, "x", limits)).not.toThrow();
    expect(() => guardXmlText(`<a>${"<b/>".repeat(10)}</a>`, "x", limits)).toThrow(/10/);
    expect(() =>
      guardXmlText(`<a>${"<w:p></w:p>".repeat(3)}<?pi?></a>`, "x", limits)
    ).not.toThrow();
    expect(() => guardXmlText(`<a>${"<x:p/>".repeat(4)}</a>`, "x", limits)).toThrow(/段落/);
    expect(() => guardXmlText(`<a><w:pPr/><w:pStyle/><p>t</p></a>`, "x", limits)).not.toThrow();
  });
});

describe("characters XML forbids are refused when read", () => {
  const bad = [
    "&#x1b;",
    "&#0;",
    "&#xFFFE;",
    "&#xD800;",
    "&#27;",
    "\u0001",
    "\u001b]0;title\u0007",
    "\uDC00x",
  ];
  for (const b of bad) {
    it(`${JSON.stringify(b)} in w:t: badXml from both parsers and a clean exit 2`, async () => {
      const xml = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>a${b}b</w:t></w:r></w:p></w:body></w:document>`;
      expect(() => parseLite(xml, "d")).toThrow(OoxmlError);
      expect(() => parseXml(xml, "d")).toThrow(OoxmlError);
      // a lone surrogate cannot be stored in UTF-8 (it is written as U+FFFD): parsers only
      if (/^[\uD800-\uDFFF]/.test(b)) return;
      const bytes = variant((pkg) => {
        const doc = pkg.parts.get("/word/document.xml")!;
        doc.data = (doc.data as string).replace(/(<w:t[^>]*>)([^<]{2})/, `$1$2${b}`);
      }, compliantDocx());
      const runs = await everyCommand(bytes);
      for (const r of [runs.check, runs.format, runs.fix, runs.ignore]) {
        expectClean(r);
        expect(r.code).toBe(2);
        // eslint-disable-next-line no-control-regex
        expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }
    });
  }

  it("allowed references and characters still read (TAB, LF, CR, astral)", () => {
    const xml = `<r><t>&#9;&#10;&#13;&#x1F600;\u{1F600}</t></r>`;
    expect(() => parseLite(xml, "d")).not.toThrow();
  });
});

describe("what XML normalises is written as references, verified with a conforming parser", () => {
  it("a CR in text (from &#13;) survives format: the output holds &#13;, not a raw CR", async () => {
    const bytes = variant((pkg) => {
      const doc = pkg.parts.get("/word/document.xml")!;
      doc.data = (doc.data as string).replace(/(<w:t[^>]*>)([^<]{2})/, "$1$2&#13;");
    });
    const before = parseDocx(bytes).paragraphs.map((p) => p.text);
    expect(before.some((t) => t.includes("\r"))).toBe(true);
    const dir = tempDir();
    const file = put(dir, "cr.docx", bytes);
    const r = await run(["format", file, "-o", path.join(dir, "out.docx")], dir);
    expect(r.code).toBe(0);
    const out = readDocx(fs.readFileSync(path.join(dir, "out.docx")));
    const docXml = out.parts.get("/word/document.xml")!.data as string;
    expect(docXml).not.toContain("\r");
    expect(docXml).toContain("&#13;");
    expect(
      parseDocx(fs.readFileSync(path.join(dir, "out.docx"))).paragraphs.map((p) => p.text)
    ).toEqual(before);
  });

  it("the reader normalises raw CR/CRLF to LF and keeps &#13; (XML 1.0 §2.11), as xmldom does", () => {
    const xml = `<t a="x&#9;y\tz">1\r\n2\r3&#13;4</t>`;
    const lite = parseLite(xml, "t");
    const dom = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
    const texts = lite.kids.filter((k): k is string => typeof k === "string");
    expect(texts).toHaveLength(lite.kids.length); // text only, no element
    expect(texts.join("")).toBe(dom.textContent);
    expect(lite.attrs.get("|a")).toBe(dom.getAttribute("a"));
  });

  it("serializeXml writes CR in text and CDATA as &#13;, read back equal by xmldom", () => {
    const doc = new DOMParser().parseFromString(`<r><t>a&#13;b</t><c/></r>`, "text/xml");
    const c = doc.documentElement!.lastChild!;
    c.appendChild(doc.createCDATASection("x\ry"));
    const text = serializeXml(doc);
    expect(text).not.toContain("\r");
    const back = new DOMParser().parseFromString(text, "text/xml").documentElement!;
    expect(back.textContent).toBe("a\rbx\ry");
  });
});

describe("splitting a run keeps revision ids unique", () => {
  it("the copied w:rPrChange gets a fresh w:id", () => {
    const xml =
      `<w:body xmlns:w="${W}"><w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="a"><w:rPr/></w:rPrChange></w:rPr>` +
      `<w:t>（一）建立隐患台账。企业每月排查</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body>`;
    const dom = parseXml(xml, "t");
    const p = dom.getElementsByTagNameNS(W, "p").item(0)!;
    splitRunsAt(p, "（一）建立隐患台账。".length);
    const ids = Array.from({ length: dom.getElementsByTagNameNS(W, "rPrChange").length }, (_, k) =>
      dom.getElementsByTagNameNS(W, "rPrChange").item(k)!.getAttributeNS(W, "id")
    );
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain("7");
  });
});
