/**
 * @fileoverview src/cli/files.ts: atomic writes (never a partial file, never a temporary file
 * left, even when the rename fails), same-file detection, input size limit, folder expansion
 * (sorted, recursive, links to folders not followed, lock files skipped), output-path checks.
 */
import * as fs from "fs";
import * as path from "path";
import { errorReport } from "../../src/cli/check";
import { CliFailure, makeContext } from "../../src/cli/context";
import {
  atomicWriteFile,
  checkOutputPath,
  expandInputs,
  isSameFile,
  openInputFile,
  readInputFile,
  tempPathFor,
  TEMP_NAME,
  writeOutput,
} from "../../src/cli/files";
import { HtmlReport } from "../../src/cli/report-html";
import { PROFILE_2023 } from "../../src/core/profile";
import { partHead } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/zip";
import { buildDocx, EMU_PER_CM, makePng } from "../fixtures/draft-docx";
import { cleanupTempDirs, listFiles, put, tempDir } from "./helpers";

afterAll(cleanupTempDirs);

const ctxFor = (cwd: string) =>
  makeContext({ stdout: { write: () => true }, stderr: { write: () => true }, cwd });

describe("atomicWriteFile", () => {
  it("replaces the target in one step and leaves no temporary file", () => {
    const dir = tempDir();
    const target = put(dir, "out.docx", "old");
    atomicWriteFile(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(listFiles(dir)).toEqual(["out.docx"]);
  });

  it("deletes the temporary file and keeps the target when the rename fails", () => {
    const dir = tempDir();
    const target = path.join(dir, "目标");
    fs.mkdirSync(target);
    put(dir, "目标/inside.txt", "x"); // renaming a file over a non-empty folder fails
    expect(() => atomicWriteFile(target, "new")).toThrow();
    expect(listFiles(dir)).toEqual(["目标/inside.txt"]);
  });

  it("writeOutput turns the failure into a Chinese CliFailure naming the file", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "目标"));
    put(dir, "目标/inside.txt", "x");
    try {
      writeOutput(path.join(dir, "目标"), "目标", "new", ctxFor(dir));
      throw new Error("no failure");
    } catch (e) {
      expect(e).toBeInstanceOf(CliFailure);
      expect((e as CliFailure).message).toMatch(/^无法写入“目标”：/);
    }
    expect(listFiles(dir)).toEqual(["目标/inside.txt"]);
  });

  it("applies the requested mode", () => {
    const dir = tempDir();
    const target = path.join(dir, "a.docx");
    atomicWriteFile(target, "x", { mode: 0o600 });
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it("temporary names are hidden, in the same folder, and unique", () => {
    const a = tempPathFor("/x/y/报告.docx");
    const b = tempPathFor("/x/y/报告.docx");
    expect(path.dirname(a)).toBe("/x/y");
    expect(path.basename(a)).toMatch(/^\.case-report-\d+-[0-9a-f]{8}\.tmp$/);
    expect(path.basename(a)).toMatch(TEMP_NAME);
    expect(a).not.toBe(b);
  });
});

describe("paths", () => {
  it("isSameFile sees through ./, .., symbolic and hard links; different files differ", () => {
    const dir = tempDir();
    const a = put(dir, "a.docx", "x");
    put(dir, "b.docx", "x");
    fs.mkdirSync(path.join(dir, "s"));
    fs.symlinkSync(a, path.join(dir, "link.docx"));
    fs.linkSync(a, path.join(dir, "hard.docx"));
    expect(isSameFile(a, path.join(dir, "s", "..", "a.docx"))).toBe(true);
    expect(isSameFile(a, path.join(dir, "link.docx"))).toBe(true);
    expect(isSameFile(a, path.join(dir, "hard.docx"))).toBe(true);
    expect(isSameFile(a, path.join(dir, "b.docx"))).toBe(false);
    expect(isSameFile(a, path.join(dir, "new.docx"))).toBe(false);
  });

  it("checkOutputPath refuses a missing folder and a folder as the file", () => {
    const dir = tempDir();
    const ctx = ctxFor(dir);
    expect(() => checkOutputPath(path.join(dir, "no", "x.docx"), "no/x.docx", ctx)).toThrow(
      "输出文件夹不存在：no"
    );
    expect(() => checkOutputPath(dir, ".", ctx)).toThrow("是一个文件夹");
    expect(() => checkOutputPath(path.join(dir, "x.docx"), "x.docx", ctx)).not.toThrow();
  });

  it("readInputFile refuses files over the size limit without reading them", () => {
    const dir = tempDir();
    put(dir, "big.docx", new Uint8Array(3 * 1024 * 1024));
    expect(() =>
      readInputFile(path.join(dir, "big.docx"), "big.docx", ctxFor(dir), 2 * 1024 * 1024)
    ).toThrow(/文件过大（3 MB，上限 2 MB）/);
  });
});

describe("expandInputs", () => {
  it("keeps the command-line order, sorts inside folders, recurses, skips lock and hidden files", () => {
    const dir = tempDir();
    put(dir, "z.docx", "");
    put(dir, "d/b.docx", "");
    put(dir, "d/a.DOCX", "");
    put(dir, "d/.hidden.docx", "");
    put(dir, "d/~$a.docx", "");
    put(dir, "d/e/c.dotx", "");
    put(dir, "d/e/f.docm", "");
    put(dir, "d/old.wps", "");
    put(dir, "d/readme.md", "");
    put(dir, "d/e/draft.odt", "");
    put(dir, "d/word.xml", "");
    const { items, notes } = expandInputs(["z.docx", "d", "missing.docx"], ctxFor(dir));
    expect(items.map((i) => i.display)).toEqual([
      "z.docx",
      path.join("d", "a.DOCX"),
      path.join("d", "b.docx"),
      path.join("d", "e", "c.dotx"),
      path.join("d", "e", "f.docm"),
      "missing.docx",
    ]);
    expect(items[5]!.error?.code).toBe("notFound");
    expect(items.slice(0, 5).every((i) => i.error === undefined && path.isAbsolute(i.path))).toBe(
      true
    );
    expect(notes).toEqual([
      "已跳过 2 个旧版 .doc/.wps 或 .odt 文件（如 d/e/draft.odt）：请用 Word、WPS 或 LibreOffice 另存为 .docx 后再检查。",
      "已跳过 1 个 .xml 文件（如 d/word.xml）：其中的 Word XML 文档请直接写出文件名来检查。",
    ]);
  });

  it("does not follow a symbolic link to a folder (no loop)", () => {
    const dir = tempDir();
    put(dir, "d/a.docx", "");
    fs.symlinkSync(path.join(dir, "d"), path.join(dir, "d", "loop"));
    const { items } = expandInputs(["d"], ctxFor(dir));
    expect(items.map((i) => i.display)).toEqual([path.join("d", "a.docx")]);
  });

  it("notes a folder without documents", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "空"));
    const { items, notes } = expandInputs(["空"], ctxFor(dir));
    expect(items).toEqual([]);
    expect(notes).toEqual(["文件夹“空”（含子文件夹）中没有 .docx、.docm 或 .dotx 文件。"]);
  });
});

describe("HtmlReport temporary files", () => {
  it("a failing finish (target turned into a folder) leaves neither the page nor a temporary file", () => {
    const dir = tempDir();
    const ctx = ctxFor(dir);
    const page = HtmlReport.open("r.html", ctx, PROFILE_2023);
    page.add(errorReport("x.docx", "notZip", "坏文件"));
    expect(listFiles(dir)).toHaveLength(1); // the streamed sections
    put(dir, "r.html/blocker", "x");
    expect(() => page.finish()).toThrow();
    page.abort();
    expect(listFiles(dir)).toEqual(["r.html/blocker"]);
  });

  it("abort removes the streamed sections", () => {
    const dir = tempDir();
    const page = HtmlReport.open("r.html", ctxFor(dir), PROFILE_2023);
    page.add(errorReport("x.docx", "notZip", "坏文件"));
    page.abort();
    page.abort();
    expect(listFiles(dir)).toEqual([]);
  });
});

describe("openInputFile", () => {
  /** A report with one photo-like picture (noise: it does not compress) of about 720 KB. */
  function reportWithPhoto(dir: string): string {
    let x = 7;
    const rnd = (): number => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) & 0xff;
    };
    const png = makePng(600, 400, () => [rnd(), rnd(), rnd()], 300);
    const docx = buildDocx({
      blocks: [
        { text: "驾驶员风险管理案例" },
        { text: "一、实施背景" },
        { pictures: [{ png, cx: 14 * EMU_PER_CM, cy: 9 * EMU_PER_CM }] },
        { text: "图1 现场检查" },
      ],
    });
    return put(dir, "报告.docx", docx);
  }

  it("reads a zip piece by piece: the same parts as read whole, a picture's head without the picture", () => {
    const dir = tempDir();
    const file = reportWithPhoto(dir);
    const size = fs.statSync(file).size;
    const whole = readDocx(new Uint8Array(fs.readFileSync(file)));
    const input = openInputFile(file, "报告.docx", ctxFor(dir));
    let asked = 0;
    try {
      const pieces = readDocx(input.bytes, undefined, (start, end) => {
        asked += Math.max(0, Math.min(end, size) - Math.max(0, start));
        input.load(start, end);
      });
      expect([...pieces.parts.keys()]).toEqual([...whole.parts.keys()]);
      const picture = [...whole.parts.values()].find((p) => p.name.endsWith(".png"));
      if (picture === undefined) throw new Error("no picture in the fixture");
      for (const [name, part] of whole.parts) {
        if (typeof part.data === "string") expect(pieces.parts.get(name)?.data).toBe(part.data);
      }
      const head = partHead(pieces.parts.get(picture.name) ?? picture, 64);
      expect([...head]).toEqual([...partHead(picture, 64)]);
      // the XML parts, the directory and a picture's head: a small part of the file …
      expect(asked).toBeLessThan(size / 10);
      // … and no more was read: the middle of the picture is still unread (0 where the file is not)
      const fileBytes = fs.readFileSync(file);
      let mid = Math.floor(size / 2);
      while (fileBytes[mid] === 0) mid++;
      expect(input.bytes[mid]).toBe(0);
      // the whole picture when it is asked for (export, writing back)
      expect(pieces.parts.get(picture.name)?.data).toEqual(picture.data);
    } finally {
      input.close();
    }
    expect(() => input.load(0, 10)).toThrow(/after close/);
  });

  it("reads whole what does not start like a zip (a Word XML document, a .doc, a PDF …)", () => {
    const dir = tempDir();
    const file = put(dir, "报告.xml", '<?xml version="1.0"?><pkg:package xmlns:pkg="x"/>');
    const input = openInputFile(file, "报告.xml", ctxFor(dir));
    try {
      expect(Buffer.from(input.bytes).toString("utf8")).toBe(fs.readFileSync(file, "utf8"));
    } finally {
      input.close();
    }
  });

  it("refuses what readInputFile refuses: a folder, a missing file, a file over the limit", () => {
    const dir = tempDir();
    put(dir, "big.docx", new Uint8Array(3 * 1024 * 1024));
    const ctx = ctxFor(dir);
    expect(() => openInputFile(dir, ".", ctx)).toThrow("“.”是文件夹，不是文件。");
    expect(() => openInputFile(path.join(dir, "无.docx"), "无.docx", ctx)).toThrow(CliFailure);
    expect(() =>
      openInputFile(path.join(dir, "big.docx"), "big.docx", ctx, 2 * 1024 * 1024)
    ).toThrow(/文件过大（3 MB，上限 2 MB）/);
  });
});
