/**
 * @fileoverview `case-report export-images` (R23): a zip with UTF-8 names by caption, a folder,
 * no overwrite without --force, a document without pictures, usage errors.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { pictureDocx, JPEG_BYTES } from "../ooxml/pictures-helpers";
import { cleanupTempDirs, compliantDocx, listFiles, put, run, smallDocx, tempDir } from "./helpers";

afterAll(() => cleanupTempDirs());

describe("case-report export-images", () => {
  it("writes a zip named <input>-图片.zip with the pictures named by caption", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", pictureDocx());
    const r = await run(["export-images", "报告.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已导出 2 张图片：报告.docx → 报告-图片.zip");
    expect(r.stdout).toMatch(/1 张图片不是 JPG 格式/);
    const zip = fs.readFileSync(path.join(dir, "报告-图片.zip"));
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).sort()).toEqual(["图1 隐患排查现场.jpg", "图2 培训现场.png"]);
    expect(files["图1 隐患排查现场.jpg"]).toEqual(JPEG_BYTES);
    // General purpose flag bit 11 (UTF-8 names) in the first local header.
    expect(zip.readUInt16LE(6) & 0x800).toBe(0x800);
    expect(listFiles(dir)).toEqual(["报告-图片.zip", "报告.docx"]);
    const again = await run(["export-images", "报告.docx"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已存在/);
    expect((await run(["export-images", "报告.docx", "--force"], dir)).code).toBe(0);
  });

  it("-d writes the files into a folder (created), refusing to overwrite without --force", async () => {
    const dir = tempDir();
    put(dir, "r.docx", pictureDocx());
    const r = await run(["export-images", "r.docx", "-d", "图片"], dir);
    expect(r.code).toBe(0);
    expect(listFiles(path.join(dir, "图片"))).toEqual(["图1 隐患排查现场.jpg", "图2 培训现场.png"]);
    const again = await run(["export-images", "r.docx", "-d", "图片"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已有同名文件/);
    expect((await run(["export-images", "r.docx", "-d", "no/such/图片"], dir)).code).toBe(2);
  });

  it("the sample report's photos are exported by their captions", async () => {
    const dir = tempDir();
    put(dir, "c.docx", compliantDocx());
    const r = await run(["export-images", "c.docx", "-o", "p.zip"], dir);
    expect(r.code).toBe(0);
    const names = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, "p.zip")))));
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.every((n) => /^图\s*\d+/.test(n))).toBe(true);
  });

  it("a document without pictures writes nothing (exit 0); -o with -d is refused", async () => {
    const dir = tempDir();
    put(dir, "t.docx", smallDocx("<w:p><w:r><w:t>文字</w:t></w:r></w:p>"));
    const r = await run(["export-images", "t.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/没有可导出的图片/);
    expect(listFiles(dir)).toEqual(["t.docx"]);
    const both = await run(["export-images", "t.docx", "-o", "a.zip", "-d", "x"], dir);
    expect(both.code).toBe(2);
  });
});
