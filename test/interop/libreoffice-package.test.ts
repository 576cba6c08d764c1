/**
 * @fileoverview `case-report package` with a real LibreOffice (issue 9, R25): the zip holds a PDF
 * of the report that poppler reads back with the report's text, next to the .docx and the
 * pictures. The file name starts with "libreoffice-" so only `npm run test:interop` runs it (120 s
 * timeout), never the plain `npm test`. Skipped without soffice unless REQUIRE_INTEROP=1 (CI), like the other interop suites.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { cleanupTempDirs, put, run, tempDir } from "../cli/helpers";
import { pictureDocx } from "../ooxml/pictures-helpers";
import { REQUIRE_ENV, findSoffice, interopRequired, which } from "./lo";
import { fontsMissingForPdf } from "../../src/cli/soffice";
import { PROFILE_2023 } from "../../src/core/profile";

const soffice = findSoffice();
const required = interopRequired();
if (!soffice && !required) {
  console.warn(
    `[interop] package SKIPPED: LibreOffice (soffice) is not on PATH (set ${REQUIRE_ENV}=1 to fail instead).`
  );
}
const suite = soffice || required ? describe : describe.skip;

afterAll(cleanupTempDirs);

suite("case-report package prints the PDF with LibreOffice", () => {
  it("the zip holds 报告.pdf, a PDF whose text is the report's", async () => {
    if (!soffice) throw new Error(`${REQUIRE_ENV}=1 but LibreOffice (soffice) is not on PATH`);
    const dir = tempDir();
    put(dir, "报告.docx", pictureDocx());
    const r = await run(["package", "报告.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  报告.pdf");
    // Printed without the notice's fonts (a CI machine has Noto CJK only): said, by name.
    const missing = fontsMissingForPdf(PROFILE_2023);
    if (missing && missing.length > 0)
      expect(r.stdout).toContain(`注意：本机没有${missing.join("、")}`);
    else expect(r.stdout).not.toContain("注意：本机没有");
    const zip = unzipSync(fs.readFileSync(path.join(dir, "报告-提交材料.zip")));
    expect(Object.keys(zip).sort()).toEqual(
      ["图片/图1 隐患排查现场.jpg", "图片/图2 培训现场.jpg", "报告.docx", "报告.pdf"].sort()
    );
    const pdf = zip["报告.pdf"]!;
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    if (which("pdftotext")) {
      fs.writeFileSync(path.join(dir, "out.pdf"), pdf);
      const text = spawnSync("pdftotext", [path.join(dir, "out.pdf"), "-"], { encoding: "utf8" });
      expect(text.stdout.replace(/\s+/g, "")).toContain("图1隐患排查现场"); // pdftotext spaces CJK freely
    }
  });
});
