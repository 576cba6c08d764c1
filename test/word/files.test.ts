/**
 * @fileoverview The document as a file through the Word double (`src/word/files.ts`, issue 9's
 * 导出提交材料): .docx and PDF on Word for Windows and Mac, read slice by slice and always closed
 * (Word keeps at most two files in memory); Word on the web gives neither and is never asked; a
 * failing getFileAsync is a GatewayError "readFailed" carrying Office's code.
 */
import { GatewayError } from "../../src/core/gateway";
import { readDocx } from "../../src/ooxml/zip";
import { parsePackage } from "../../src/ooxml/parse";
import { canGetDocumentFile, getDocumentFile } from "../../src/word/files";
import { createWordGateway } from "../../src/word/gateway";
import { unzipSync } from "fflate";
import { docOf, setup } from "./helpers";

const TEXTS = ["数字化隐患闭环管理", "——某某财产保险股份有限公司某市分公司", "正文一段。"];

describe("getDocumentFile", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it.each([["Windows" as const], ["Mac" as const]])(
    "%s: the .docx holds the document's paragraphs; the PDF arrives whole; every file is closed",
    async (host) => {
      d = setup({ host, flatOpc: docOf(TEXTS) });
      expect(canGetDocumentFile("docx")).toBe(true);
      expect(canGetDocumentFile("pdf")).toBe(true);
      const docx = await getDocumentFile("docx");
      const doc = parsePackage(readDocx(docx), "docx");
      expect(doc.paragraphs.map((x) => x.text)).toEqual(TEXTS);
      const pdf = await getDocumentFile("pdf");
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
      // a PDF a reader opens: startxref names the xref table, whose every entry names its object
      const text = new TextDecoder("latin1").decode(pdf);
      const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
      expect(text.startsWith("xref\n", xref)).toBe(true);
      const entries = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
        Number(m[1])
      );
      expect(entries.length).toBeGreaterThan(3);
      entries.forEach((at, i) => expect(text.startsWith(`${i + 1} 0 obj\n`, at)).toBe(true));
      // a third and fourth file: Word fails the third while two are open, so ours were closed
      await getDocumentFile("docx");
      await getDocumentFile("pdf");
      expect(d.stats.asyncLog.filter((x) => x === "File.closeAsync")).toHaveLength(4);
      expect(d.stats.syncCount).toBe(0); // Common API callbacks, no Word.run sync
    }
  );

  it("Word on the web gives neither kind: nothing is asked, the error says unsupportedHost", async () => {
    d = setup({ host: "Web", flatOpc: docOf(TEXTS) });
    expect(canGetDocumentFile("docx")).toBe(false);
    expect(canGetDocumentFile("pdf")).toBe(false);
    await expect(getDocumentFile("pdf")).rejects.toMatchObject({ code: "unsupportedHost" });
    expect(d.stats.asyncLog).toEqual([]);
    // the gateway's package then holds the pictures only, and says why the rest is missing
    const out = await createWordGateway().exportSubmission({
      reportName: "案例报告.docx",
      toJpeg: () => null,
    });
    expect(out).toMatchObject({
      zip: null,
      fileNames: [],
      report: "unsupported",
      pdf: "unsupported",
    });
  });

  it("a failing getFileAsync is readFailed with Office's code; the next call works", async () => {
    d = setup({ host: "Windows", flatOpc: docOf(TEXTS) });
    d.faults.failNextAsync("Internal Error");
    const err = await getDocumentFile("docx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "readFailed", officeCode: "5001" });
    expect((await getDocumentFile("docx")).length).toBeGreaterThan(100);
  });

  it("exportSubmission on Windows: the zip holds the .docx Word gave, its PDF, and nothing is missing", async () => {
    d = setup({ host: "Windows", flatOpc: docOf(TEXTS) });
    const out = await createWordGateway().exportSubmission({
      reportName: "案例报告.docx",
      toJpeg: () => null,
    });
    expect(out).toMatchObject({
      fileNames: ["案例报告.docx", "案例报告.pdf"],
      report: "included",
      pdf: "included",
      converted: 0,
      notJpg: [],
    });
    const files = unzipSync(out.zip!);
    expect(
      parsePackage(readDocx(files["案例报告.docx"]!), "docx").paragraphs.map((x) => x.text)
    ).toEqual(TEXTS);
  });
});
