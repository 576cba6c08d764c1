/**
 * @fileoverview Hostile and unusual input for `check` and `format`, every fixture generated here:
 * each case asserts the exit status, that the message names the problem in Chinese, that nothing
 * hangs or crashes, and that `format` leaves no output and no temporary file behind.
 */
import * as fs from "fs";
import * as path from "path";
import { zipSync } from "fflate";
import type { FileReport } from "../../src/cli/check-report";
import { buildDocx, makePng, type DraftBlock } from "../fixtures/draft-docx";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import { buildPkg } from "../ooxml/parse-helpers";
import {
  CT_XML,
  DOC_XML,
  ROOT_RELS,
  cleanupTempDirs,
  compliantDocx,
  hasChinese,
  listFiles,
  oleFile,
  p,
  put,
  rawEntries,
  rawZip,
  run,
  smallDocx,
  tempDir,
} from "./helpers";

jest.setTimeout(60_000);
afterAll(cleanupTempDirs);

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function declaredSizeBomb(): Uint8Array {
  const zip = rawZip({
    "[Content_Types].xml": CT_XML,
    "_rels/.rels": ROOT_RELS(),
    "word/document.xml": DOC_XML(p("x")),
  });
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // every central-directory entry claims ~2 GB uncompressed
  for (let i = 0; i + 4 < zip.length; i++) {
    if (dv.getUint32(i, true) === 0x02014b50) dv.setUint32(i + 24, 0x7ff00000, true);
  }
  return zip;
}

const LAUGHS =
  '<!DOCTYPE d [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' +
  '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';

/** [case, bytes, OoxmlError/CLI code, what the Chinese message must say] */
const UNREADABLE: [string, () => Uint8Array, string, RegExp][] = [
  [
    "plain text named .docx",
    () => enc("这只是一个文本文件，不是 Word 文档。"),
    "notZip",
    /不是 \.docx.*另存为“Word 文档（\*\.docx）”/,
  ],
  ["empty file", () => new Uint8Array(0), "notZip", /不是 \.docx.*空文件/],
  [
    "truncated zip",
    () => compliantDocx().slice(0, Math.floor(compliantDocx().length / 2)),
    "truncated",
    /文件不完整或已损坏/,
  ],
  [
    "zip bomb by ratio (24 MB of zeros; the ratio check starts above 20 MiB)",
    () =>
      zipSync(
        {
          "[Content_Types].xml": enc(CT_XML),
          "_rels/.rels": enc(ROOT_RELS()),
          "word/document.xml": new Uint8Array(24 * 1024 * 1024),
        },
        { level: 9 }
      ),
    "tooLarge",
    /压缩炸弹/,
  ],
  ["zip bomb by declared size", declaredSizeBomb, "tooLarge", /压缩炸弹/],
  [
    "path traversal entry ../evil.xml",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": DOC_XML(p("x")),
        "../evil.xml": "x",
      }),
    "unsafePath",
    /不安全的路径/,
  ],
  [
    "absolute entry name",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": DOC_XML(p("x")),
        "/etc/evil.xml": "x",
      }),
    "unsafePath",
    /不安全的路径/,
  ],
  [
    "DOCTYPE with an external entity",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": DOC_XML(
          p("&xxe;"),
          '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        ),
      }),
    "unsafeXml",
    /DOCTYPE\/ENTITY 声明，出于安全考虑不予读取/,
  ],
  [
    "billion laughs",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": DOC_XML(p("&lol4;"), LAUGHS),
      }),
    "unsafeXml",
    /DOCTYPE\/ENTITY/,
  ],
  [
    "malformed XML",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS(),
        "word/document.xml": DOC_XML("<w:p><w:r>"),
      }),
    "badXml",
    /格式错误/,
  ],
  [
    "missing word/document.xml",
    () => rawZip({ "[Content_Types].xml": CT_XML, "_rels/.rels": ROOT_RELS() }),
    "missingDocument",
    /找不到 Word 正文部件/,
  ],
  [
    "officeDocument relationship to a missing target",
    () =>
      rawZip({
        "[Content_Types].xml": CT_XML,
        "_rels/.rels": ROOT_RELS("word/nothere.xml"),
        "word/document.xml": DOC_XML(p("x")),
      }),
    "missingDocument",
    /找不到 Word 正文部件/,
  ],
  [
    "missing [Content_Types].xml",
    () => rawZip({ "_rels/.rels": ROOT_RELS(), "word/document.xml": DOC_XML(p("x")) }),
    "missingContentTypes",
    /缺少 \[Content_Types\]\.xml/,
  ],
  [
    "password-protected .docx (OLE with EncryptedPackage)",
    () => oleFile("EncryptedPackage"),
    "encrypted",
    /打开密码.*清空密码/,
  ],
  [
    "Word 97-2003 .doc (OLE with WordDocument)",
    () => oleFile("WordDocument"),
    "legacyDoc",
    /旧版 Word 97-2003 文档（\.doc）.*另存为“Word 文档（\*\.docx）”/,
  ],
];

describe.each(UNREADABLE)("unreadable: %s", (_name, make, code, message) => {
  it("check: exit 2, Chinese message naming the problem, JSON error code", async () => {
    const dir = tempDir();
    put(dir, "坏.docx", make());
    const t0 = Date.now();
    const text = await run(["check", "坏.docx"], dir);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/无法读取：/);
    expect(text.stdout).toMatch(message);
    const json = await run(["check", "--json", "坏.docx"], dir);
    expect(json.code).toBe(2);
    const file = (JSON.parse(json.stdout) as { files: FileReport[] }).files[0]!;
    expect(file.error!.code).toBe(code);
    expect(file.error!.message).toMatch(message);
    expect(hasChinese(file.error!.message)).toBe(true);
  });

  it("format: exit 2, message on stderr, no output and no temporary file", async () => {
    const dir = tempDir();
    put(dir, "坏.docx", make());
    const r = await run(["format", "坏.docx", "-o", "出.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(listFiles(dir)).toEqual(["坏.docx"]);
  });
});

describe("readable but unusual documents", () => {
  it("a document of only tables: checked (exit 1) and formatted without touching the table text", async () => {
    const dir = tempDir();
    const table: DraftBlock = {
      type: "table",
      rows: [
        [[{ text: "项目" }], [{ text: "数值" }]],
        [[{ text: "隐患整改率" }], [{ text: "96.3%" }]],
      ],
    };
    put(dir, "表.docx", buildDocx({ blocks: [table] }));
    const r = await run(["check", "--json", "表.docx"], dir);
    expect(r.code).toBe(1);
    const file = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
    expect(file.error).toBeUndefined();
    expect(file.findings.some((f) => f.ruleId === "report-structure")).toBe(true);
    const f = await run(["format", "表.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(0);
    expect(f.stdout).toContain("各段样式均已符合要求");
    expect(f.stdout).toMatch(/已核对：排版前后 \d+ 段文字完全一致/);
    expect(listFiles(dir)).toEqual(["出.docx", "表.docx"]);
  });

  it("an empty document: the call to action, not a wall of missing parts (exit 1); --json keeps them; format writes it unchanged in text", async () => {
    const dir = tempDir();
    put(dir, "空.docx", smallDocx(""));
    const r = await run(["check", "空.docx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("文档为空，请先插入模板（可用 case-report new 生成案例报告模板）");
    expect(r.stdout).toContain("结论：未通过（文档为空）。");
    expect(r.stdout).not.toContain("缺少“单位简介”部分");
    expect(r.stdout).not.toMatch(/\[错误\]|\[不适用\]|缺少该部分|☐/);
    const json = JSON.parse((await run(["check", "空.docx", "--json"], dir)).stdout) as {
      files: { findings: { message: string }[] }[];
    };
    expect(json.files[0]!.findings.map((f) => f.message).join("\n")).toContain(
      "缺少“单位简介”部分"
    );
    const f = await run(["format", "空.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(0);
    expect(f.stdout).toContain("已核对：排版前后 0 段文字完全一致");
    expect(f.stdout).toContain("文档没有页面设置");
  });

  it("a single 1 MB paragraph finishes in seconds (check and format)", async () => {
    const dir = tempDir();
    let seed = 7;
    const chars: string[] = ["我们"];
    for (let i = 0; i < 350_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chars.push(String.fromCharCode(0x4e00 + ((seed >>> 8) % 6000)));
    }
    const text = chars.join("");
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    put(dir, "长.docx", buildDocx({ blocks: [{ text }] }));
    const t0 = Date.now();
    const r = await run(["check", "--json", "长.docx"], dir);
    const checkMs = Date.now() - t0;
    expect(r.code).toBe(1);
    const file = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
    const fp = file.findings.find((f) => f.ruleId === "first-person")!;
    expect(fp).toMatchObject({ paragraph: 1, span: [0, 2] });
    expect(Array.from(fp.quote!)).toHaveLength(20);
    // Hang guards (a quadratic rule would take minutes), generous for a loaded CI machine.
    expect(checkMs).toBeLessThan(30_000);
    const t1 = Date.now();
    const f = await run(["format", "长.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(0);
    expect(Date.now() - t1).toBeLessThan(30_000);
    expect(f.stdout).toContain("已核对：排版前后 1 段文字完全一致");
  });

  it("a 50 MB document (ten camera-sized photos): checked and formatted, every picture kept byte for byte", async () => {
    const dir = tempDir();
    let x = 0x2545f491;
    const noise = (): [number, number, number] => {
      // xorshift32: incompressible like a camera photo (an LCG's low bits would repeat every 256).
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff];
    };
    const blocks: DraftBlock[] = [{ text: "隐患排查治理实践" }, { text: "——某某保险股份有限公司" }];
    for (let i = 0; i < 10; i++) {
      blocks.push({
        pictures: [{ png: makePng(1800, 1000, noise), cx: 5_040_000, cy: 2_800_000 }],
      });
      blocks.push({ text: `图${i + 1} 现场照片` });
    }
    const bytes = buildDocx({ blocks });
    expect(bytes.byteLength).toBeGreaterThan(50_000_000);
    put(dir, "大.docx", bytes);
    const t0 = Date.now();
    const r = await run(["check", "--json", "大.docx"], dir);
    expect([0, 1]).toContain(r.code);
    const file = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
    expect(file.ok === true || file.error === undefined).toBe(true);
    expect(Date.now() - t0).toBeLessThan(60_000);
    const f = await run(["format", "大.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(0);
    const media = (pkg: ReturnType<typeof readDocx>) =>
      [...pkg.parts.values()]
        .filter((part) => part.name.startsWith("/word/media/"))
        .map(
          (part) => Buffer.from(part.data as Uint8Array).toString("base64").length + ":" + part.name
        )
        .sort();
    const before = readDocx(new Uint8Array(fs.readFileSync(path.join(dir, "大.docx"))));
    const after = readDocx(new Uint8Array(fs.readFileSync(path.join(dir, "出.docx"))));
    expect(media(after)).toEqual(media(before));
    expect(media(before)).toHaveLength(10);
    for (const part of before.parts.values()) {
      if (!part.name.startsWith("/word/media/")) continue;
      expect(
        Buffer.from(after.parts.get(part.name)!.data as Uint8Array).equals(
          Buffer.from(part.data as Uint8Array)
        )
      ).toBe(true);
    }
    expect(listFiles(dir).sort()).toEqual(["出.docx", "大.docx"]);
  }, 180_000);

  it("tables nested 50 deep are read to the bottom", async () => {
    const dir = tempDir();
    let block: DraftBlock = { text: "最深处的我们" };
    for (let i = 0; i < 50; i++) block = { type: "table", rows: [[[block]]] };
    put(dir, "深.docx", buildDocx({ blocks: [{ text: "题目" }, block] }));
    const r = await run(["check", "--json", "深.docx"], dir);
    expect(r.code).toBe(1);
    const file = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
    expect(file.error).toBeUndefined();
    expect(file.findings.find((f) => f.ruleId === "first-person")?.quote).toBe("最深处的我们");
    const f = await run(["format", "深.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(0);
  });

  it("unknown namespaces and mc:AlternateContent: read once, kept by format", async () => {
    const dir = tempDir();
    const body =
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>选择</w:t></mc:Choice>' +
      "<mc:Fallback><w:t>后备</w:t></mc:Fallback></mc:AlternateContent></w:r>" +
      '<w:r><w:t>题目</w:t></w:r><foo:bar xmlns:foo="urn:example:unknown"><foo:baz>未知内容</foo:baz></foo:bar></w:p>' +
      p("正文段落");
    put(dir, "扩展.docx", smallDocx(body));
    const r = await run(["check", "--json", "扩展.docx"], dir);
    expect(r.code).toBe(1);
    const file = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
    const quote = file.findings.find((f) => f.paragraph === 1)!.quote!;
    expect(quote).toContain("题目");
    expect(quote.includes("选择") && quote.includes("后备")).toBe(false); // one branch only
    const f = await run(["format", "扩展.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(0);
    const xml = rawEntries(fs.readFileSync(path.join(dir, "出.docx")))["word/document.xml"];
    expect(xml).toContain("mc:AlternateContent");
    expect(xml).toContain("urn:example:unknown");
  });

  it("Strict OOXML: check reads it; format refuses with a Chinese message (exit 2, nothing written)", async () => {
    const dir = tempDir();
    const pkg = buildPkg({ body: p("严格格式的题目") + p("正文") });
    const doc = pkg.parts.get("/word/document.xml")!;
    doc.data = (doc.data as string).replace(
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "http://purl.oclc.org/ooxml/wordprocessingml/main"
    );
    const rels = pkg.parts.get("/_rels/.rels")!;
    rels.data = (rels.data as string).replace(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
    );
    put(dir, "严格.docx", writeDocx(pkg));
    const r = await run(["check", "--json", "严格.docx"], dir);
    expect(r.code).toBe(1);
    const file = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
    expect(file.findings.find((f) => f.paragraph === 1)!.quote).toBe("严格格式的题目");
    const f = await run(["format", "严格.docx", "-o", "出.docx"], dir);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("严格 Open XML");
    expect(listFiles(dir)).toEqual(["严格.docx"]);
  });

  it("a folder mixing good and broken files: exit 2, good files still reported", async () => {
    const dir = tempDir();
    put(dir, "批/1-好.docx", compliantDocx());
    put(dir, "批/2-坏.docx", enc("not a zip"));
    put(dir, "批/3-空.docx", new Uint8Array(0));
    put(dir, "批/4-差.docx", smallDocx(p("题目")));
    const r = await run(["check", "批"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/== 批\/1-好\.docx ==[\s\S]*结论：通过/);
    expect(r.stdout).toMatch(/== 批\/2-坏\.docx ==\n无法读取：该文件不是 \.docx/);
    expect(r.stdout).toMatch(/== 批\/3-空\.docx ==\n无法读取：.*空文件/);
    expect(r.stdout).toMatch(/== 批\/4-差\.docx ==[\s\S]*结论：未通过/);
    expect(r.stdout).toContain("共检查 4 个文件：通过 1 个，未通过 1 个，无法读取 2 个。");
  });

  it("a path that does not exist, and a folder given to format", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "文件夹"));
    const c = await run(["check", "没有.docx"], dir);
    expect(c.code).toBe(2);
    expect(c.stdout).toContain("找不到文件或文件夹：没有.docx");
    const f = await run(["format", "文件夹", "-o", "出.docx"], dir);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("“文件夹”是文件夹，不是文件");
    expect(listFiles(dir)).toEqual([]);
  });
});
