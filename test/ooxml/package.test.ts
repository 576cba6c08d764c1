/**
 * @fileoverview Tests of the OPC package layer: docx ↔ OpcPackage ↔ flat OPC round trips,
 * relationships, and every hostile input readDocx / readFlatOpc / parseXml must refuse.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { strToU8, zipSync, type Zippable } from "fflate";
import { OoxmlError, type OoxmlErrorCode } from "../../src/ooxml/errors";
import {
  base64ToBytes,
  bytesToBase64,
  getXmlPart,
  mainDocumentPart,
  readFlatOpc,
  relationships,
  resolveTarget,
  setXmlPart,
  writeFlatOpc,
  type OpcPackage,
} from "../../src/ooxml/package";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { parseXml } from "../../src/ooxml/xml";
import { buildPkg, makePng, p } from "./parse-helpers";

function code(fn: () => unknown): OoxmlErrorCode | "no error" | "other error" {
  try {
    fn();
    return "no error";
  } catch (e) {
    if (e instanceof OoxmlError) {
      expect(e.message).toMatch(/[\u4e00-\u9fff]/); // user-facing Chinese message
      return e.code;
    }
    return "other error";
  }
}

function samplePkg(): OpcPackage {
  const png = makePng(4, 3);
  const pkg = buildPkg({
    body: p("标题一") + p("正文 & <转义>"),
    styles:
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>',
    images: { rIdImg: ["/word/media/image1.png", "image/png", png] },
  });
  pkg.parts.get("/word/_rels/document.xml.rels")!.data = (
    pkg.parts.get("/word/_rels/document.xml.rels")!.data as string
  ).replace(
    "</Relationships>",
    '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a#b" TargetMode="External"/>' +
      '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'
  );
  return pkg;
}

function comparable(pkg: OpcPackage): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const [k, part] of pkg.parts) {
    const data =
      typeof part.data === "string"
        ? part.data.replace(/^<\?xml[^?]*\?>\s*/, "").trim()
        : `bytes:${bytesToBase64(part.data)}`;
    out[k] = [part.contentType, data];
  }
  return out;
}

/** A zip whose entries are given as raw names (fflate writes them verbatim). */
function zipOf(entries: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(entries)) {
    z[k] = [typeof v === "string" ? strToU8(v) : v, { level }];
  }
  return zipSync(z);
}

const CT_OK =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

describe("docx round trip", () => {
  test("writeDocx → readDocx keeps every part, content type and byte", () => {
    const pkg = samplePkg();
    const back = readDocx(writeDocx(pkg));
    expect(comparable(back)).toEqual(comparable(pkg));
    expect(back.parts.get("/word/media/image1.png")!.data).toBeInstanceOf(Uint8Array);
    expect(typeof back.parts.get("/word/document.xml")!.data).toBe("string");
  });

  test("writeDocx is deterministic and puts [Content_Types].xml first", () => {
    const a = writeDocx(samplePkg());
    const b = writeDocx(samplePkg());
    expect(a).toEqual(b);
    const nameLen = a[26]! | (a[27]! << 8);
    expect(new TextDecoder().decode(a.subarray(30, 30 + nameLen))).toBe("[Content_Types].xml");
  });

  test("content types: Defaults for rels/xml/png, Override for the main part", () => {
    const bytes = writeDocx(samplePkg());
    const ct = readDocxRaw(bytes, "[Content_Types].xml");
    expect(ct).toContain('<Default Extension="rels"');
    expect(ct).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(ct).toContain('<Override PartName="/word/document.xml"');
    expect(ct).not.toContain('PartName="/word/media/image1.png"');
  });

  test("flat OPC round trip (docx → flat → docx) keeps parts and binary bytes", () => {
    const pkg = samplePkg();
    const flat = writeFlatOpc(pkg);
    expect(flat).toMatch(/^<\?xml[^>]*\?>\s*<\?mso-application progid="Word.Document"\?>/);
    expect(flat).toContain('pkg:compression="store"><pkg:binaryData>');
    const back = readFlatOpc(flat);
    expect(comparable(back)).toEqual(comparable(pkg));
    expect(comparable(readDocx(writeDocx(back)))).toEqual(comparable(pkg));
  });

  test("readFlatOpc copies namespace declarations made on pkg:package onto part roots", () => {
    const flat =
      '<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n' +
      '  <pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" pkg:padding="256">\n' +
      "    <pkg:xmlData>\n      <w:document><w:body><w:p/></w:body></w:document>\n    </pkg:xmlData>\n  </pkg:part>\n" +
      '  <pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>iVBO\nRw0K\n</pkg:binaryData></pkg:part>\n' +
      "</pkg:package>";
    const pkg = readFlatOpc(flat);
    const doc = parseXml(getXmlPart(pkg, "/word/document.xml")!);
    expect(doc.documentElement!.namespaceURI).toBe(
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    );
    expect(pkg.parts.get("/word/media/image1.png")!.data).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])
    );
    // no /_rels/.rels at all: lenient fallback to /word/document.xml
    expect(mainDocumentPart(pkg)).toBe("/word/document.xml");
  });

  test("base64 helpers agree with each other for every length mod 3", () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    expect(bytesToBase64(strToU8("Man"))).toBe("TWFu");
    expect(bytesToBase64(strToU8("Ma"))).toBe("TWE=");
  });

  test("base64 of a photo-sized part: as Node's encoder, across the encoder's 24 576-byte pieces", () => {
    for (const n of [24_575, 24_576, 24_577, 49_152, 100_001]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + (i >> 8)) & 255);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64"));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
  });
});

function readDocxRaw(bytes: Uint8Array, name: string): string {
  const { unzipSync } = jest.requireActual<typeof import("fflate")>("fflate");
  return new TextDecoder().decode(unzipSync(bytes)[name]);
}

describe("relationships and the main document", () => {
  test("resolves relative, parent and absolute targets; keeps external targets raw", () => {
    const pkg = samplePkg();
    const rels = relationships(pkg, "/word/document.xml");
    const byId = Object.fromEntries(rels.map((r) => [r.id, r]));
    expect(byId.rIdImg!.target).toBe("/word/media/image1.png");
    expect(byId.rIdS!.target).toBe("/word/styles.xml");
    expect(byId.rIdC!.target).toBe("/customXml/item1.xml");
    expect(byId.rIdX).toEqual({
      id: "rIdX",
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
      target: "https://example.com/a#b",
      targetMode: "External",
    });
    expect(mainDocumentPart(pkg)).toBe("/word/document.xml");
    expect(resolveTarget("/word/document.xml", "/word/x.xml")).toBe("/word/x.xml");
    expect(resolveTarget("/", "word/document.xml")).toBe("/word/document.xml");
    expect(relationships(pkg, "/word/styles.xml")).toEqual([]);
  });

  test("getXmlPart is case-insensitive; setXmlPart replaces in place and adds new parts", () => {
    const pkg = samplePkg();
    expect(getXmlPart(pkg, "/WORD/Document.xml")).toContain("标题一");
    expect(getXmlPart(pkg, "/word/none.xml")).toBeNull();
    setXmlPart(pkg, "/Word/Styles.xml", "<w:styles/>");
    expect(pkg.parts.get("/word/styles.xml")!.data).toBe("<w:styles/>");
    expect(pkg.parts.get("/word/styles.xml")!.contentType).toContain("styles+xml");
    setXmlPart(pkg, "/word/_rels/new.xml.rels", "<Relationships/>");
    expect(pkg.parts.get("/word/_rels/new.xml.rels")!.contentType).toBe(
      "application/vnd.openxmlformats-package.relationships+xml"
    );
    expect(code(() => getXmlPart(pkg, "/word/media/image1.png"))).toBe("unsupported");
  });

  test("missing main document: missingDocument", () => {
    const pkg = samplePkg();
    pkg.parts.delete("/word/document.xml");
    expect(code(() => mainDocumentPart(pkg))).toBe("missingDocument");
    const noRel = samplePkg();
    noRel.parts.get("/_rels/.rels")!.data =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    expect(code(() => mainDocumentPart(noRel))).toBe("missingDocument");
    // and through a real zip
    expect(code(() => mainDocumentPart(readDocx(writeDocx(pkg))))).toBe("missingDocument");
  });
});

describe("hostile input", () => {
  test("not a zip: text, PDF, RTF, empty, flat-OPC XML", () => {
    expect(code(() => readDocx(strToU8("hello")))).toBe("notZip");
    expect(code(() => readDocx(strToU8("%PDF-1.7\n")))).toBe("notZip");
    expect(code(() => readDocx(strToU8("{\\rtf1\\ansi}")))).toBe("notZip");
    expect(code(() => readDocx(new Uint8Array(0)))).toBe("notZip");
    try {
      readDocx(strToU8(writeFlatOpc(samplePkg())));
    } catch (e) {
      expect((e as OoxmlError).message).toContain("平面 OPC");
    }
  });

  const ole = (streamName: string | null): Uint8Array => {
    const d = new Uint8Array(2048);
    d.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    if (streamName) {
      for (let i = 0; i < streamName.length; i++) d[1024 + 2 * i] = streamName.charCodeAt(i);
    }
    return d;
  };
  test("OLE compound files: encrypted .docx vs legacy .doc", () => {
    expect(code(() => readDocx(ole("EncryptedPackage")))).toBe("encrypted");
    expect(code(() => readDocx(ole("EncryptionInfo")))).toBe("encrypted");
    expect(code(() => readDocx(ole("WordDocument")))).toBe("legacyDoc");
    expect(code(() => readDocx(ole(null)))).toBe("legacyDoc");
    try {
      readDocx(ole("WordDocument"));
    } catch (e) {
      expect((e as OoxmlError).message).toContain("另存为");
    }
  });

  test("an OpenDocument text (.odt) is said to be one, with how to save it as .docx", () => {
    const odt = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": strToU8("<office:document-content/>"),
      "META-INF/manifest.xml": strToU8("<manifest:manifest/>"),
    });
    let err: unknown;
    try {
      readDocx(odt);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OoxmlError);
    expect((err as OoxmlError).code).toBe("unsupported");
    expect((err as OoxmlError).message).toMatch(
      /^这是 OpenDocument 文档.*另存为”Word 文档（\.docx）/
    );
    // a zip with neither [Content_Types].xml nor an ODF mimetype stays missingContentTypes
    expect(code(() => readDocx(zipSync({ "a.txt": strToU8("x") })))).toBe("missingContentTypes");
  });

  test("truncated zip and corrupt data", () => {
    const good = writeDocx(samplePkg());
    expect(code(() => readDocx(good.slice(0, Math.floor(good.length / 2))))).toBe("truncated");
    expect(code(() => readDocx(good.slice(0, good.length - 10)))).toBe("truncated");
    // corrupt a stored (level 0) entry's data: CRC mismatch
    const stored = zipOf({ "[Content_Types].xml": CT_OK, "word/a.xml": "<a>hello world</a>" }, 0);
    const i = indexOf(stored, strToU8("hello world"));
    const bad = stored.slice();
    bad[i]! ^= 0x20;
    expect(code(() => readDocx(bad))).toBe("truncated");
  });

  test("zip bomb by ratio: 24 MB of zeros in a few dozen KB", () => {
    // the ratio check applies to entries declaring more than 20 MiB (smaller ones may be
    // genuinely repetitive; the total bound and the bounded inflate cover them)
    const bomb = zipOf({
      "[Content_Types].xml": CT_OK,
      "word/document.xml": new Uint8Array(24 << 20),
    });
    expect(bomb.length).toBeLessThan(100_000);
    expect(code(() => readDocx(bomb))).toBe("tooLarge");
    // the same file is accepted when the ratio limit allows it
    expect(code(() => readDocx(bomb, { maxRatio: 10_000 }))).toBe("no error");
  });

  test("zip bomb by declared size: total and per part, checked before inflating", () => {
    const z = zipOf({ "[Content_Types].xml": CT_OK, "a.xml": "<a/>", "b.xml": "<b/>" });
    expect(code(() => readDocx(z, { maxTotalUncompressed: 100 }))).toBe("tooLarge");
    expect(code(() => readDocx(z, { maxPartBytes: 10 }))).toBe("tooLarge");
    // declared 4 GB in the central directory → refused without inflating
    const huge = z.slice();
    const cd = lastIndexOf(huge, [0x50, 0x4b, 0x01, 0x02]);
    huge.set([0xfe, 0xff, 0xff, 0xff], cd + 24);
    expect(code(() => readDocx(huge))).toBe("tooLarge");
  });

  test("zip bomb that lies about its size: actual output bounded by the declared size", () => {
    const z = zipOf({ "[Content_Types].xml": CT_OK, "word/document.xml": new Uint8Array(300_000) });
    // patch the declared uncompressed size of the last entry down to 1000 bytes
    const liar = z.slice();
    const cd = lastIndexOf(liar, [0x50, 0x4b, 0x01, 0x02]);
    liar.set([0xe8, 0x03, 0, 0], cd + 24);
    expect(code(() => readDocx(liar))).toBe("tooLarge");
  });

  test("too many entries", () => {
    const entries: Record<string, string> = { "[Content_Types].xml": CT_OK };
    for (let i = 0; i < 30; i++) entries[`p${i}.xml`] = "<a/>";
    expect(code(() => readDocx(zipOf(entries), { maxEntries: 20 }))).toBe("tooLarge");
  });

  test.each([
    ["../evil.xml"],
    ["word/../../evil.xml"],
    ["/etc/passwd"],
    ["word\\document.xml"],
    ["C:/x.xml"],
    ["word//a.xml"],
    ["./a.xml"],
  ])("unsafe entry name %s", (name) => {
    expect(code(() => readDocx(zipOf({ "[Content_Types].xml": CT_OK, [name]: "<a/>" })))).toBe(
      "unsafePath"
    );
  });

  test("duplicate entry names (exact and case-insensitive)", () => {
    expect(
      code(() =>
        readDocx(
          zipOf({ "[Content_Types].xml": CT_OK, "word/A.xml": "<a/>", "word/a.xml": "<a/>" })
        )
      )
    ).toBe("unsafePath");
    const z = zipOf({ "[Content_Types].xml": CT_OK, "word/a.xml": "<a/>", "word/b.xml": "<b/>" });
    const dup = z.slice();
    for (
      let i = indexOf(dup, strToU8("word/b.xml"));
      i >= 0;
      i = indexOf(dup, strToU8("word/b.xml"))
    ) {
      dup[i + 5] = "a".charCodeAt(0);
    }
    expect(code(() => readDocx(dup))).toBe("unsafePath");
  });

  test("missing [Content_Types].xml", () => {
    expect(code(() => readDocx(zipOf({ "word/document.xml": "<a/>" })))).toBe(
      "missingContentTypes"
    );
  });

  test("unsupported compression method", () => {
    const z = zipOf({ "[Content_Types].xml": CT_OK, "a.xml": "<a/>" }, 0);
    const odd = z.slice();
    const cd = lastIndexOf(odd, [0x50, 0x4b, 0x01, 0x02]);
    odd[cd + 10] = 14; // LZMA
    expect(code(() => readDocx(odd))).toBe("unsupported");
  });

  test("DOCTYPE / ENTITY declarations are refused before parsing", () => {
    const billion =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>';
    expect(code(() => parseXml(billion))).toBe("unsafeXml");
    expect(code(() => parseXml('<!doctype a SYSTEM "file:///etc/passwd"><a/>'))).toBe("unsafeXml");
    expect(code(() => readDocx(zipOf({ "[Content_Types].xml": billion })))).toBe("unsafeXml");
    expect(code(() => readFlatOpc(billion.replace("<a>", "<pkg:package>")))).toBe("unsafeXml");
  });

  test("malformed XML: badXml", () => {
    expect(code(() => parseXml("<a><b></a>"))).toBe("badXml");
    expect(code(() => parseXml("<a x='1' x='2'/>"))).toBe("badXml");
    expect(code(() => parseXml(""))).toBe("badXml");
    expect(code(() => parseXml("<w:p/>"))).toBe("badXml"); // unbound prefix
    expect(code(() => readFlatOpc("<root/>"))).toBe("badXml");
    expect(code(() => readDocx(zipOf({ "[Content_Types].xml": "<Types" })))).toBe("badXml");
  });
});

function indexOf(hay: Uint8Array, needle: Uint8Array | number[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
function lastIndexOf(hay: Uint8Array, needle: number[]): number {
  outer: for (let i = hay.length - needle.length; i >= 0; i--) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const CORPUS = "/work/shared/corpus/files";
const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS) : [];
(corpusFiles.length ? describe : describe.skip)("corpus packages", () => {
  test.each(corpusFiles.length ? corpusFiles : ["none"])("%s reads and round-trips", (f) => {
    const bytes = new Uint8Array(readFileSync(`${CORPUS}/${f}`));
    const pkg = f.endsWith(".xml") ? readFlatOpc(new TextDecoder().decode(bytes)) : readDocx(bytes);
    const main = mainDocumentPart(pkg);
    expect(getXmlPart(pkg, main)).toContain("w:body");
    expect(comparable(readDocx(writeDocx(pkg)))).toEqual(comparable(pkg));
    expect(comparable(readFlatOpc(writeFlatOpc(pkg)))).toEqual(comparable(pkg));
  });
});
