/**
 * @fileoverview `case-report package` (issue 9, R23/R25): the submission zip holds the report
 * byte for byte, the PDF when LibreOffice is there (test/interop/package.test.ts prints one for
 * real; here `SOFFICE` points nowhere, as on a machine without LibreOffice), and one file per
 * picture named by its caption — JPGs as stored, PNGs converted to JPG (transparency onto white,
 * the document's resolution in the JFIF header). Outputs are refused when they are the input or
 * exist (without --force); a broken input writes nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { decode as decodeJpeg } from "jpeg-js";
import { PNG } from "pngjs";
import { setJfifDpi } from "../../src/core/jfif";
import { chartCount } from "../../src/ooxml/submission";
import { MAX_CONVERT_PIXELS, pngToJpeg } from "../../src/cli/to-jpeg";
import type { OpcPackage } from "../../src/ooxml/package";
import { JPEG_BYTES, docxWith, picPara, pictureDocx } from "../ooxml/pictures-helpers";
import { p } from "../ooxml/parse-helpers";
import { fontsMissingForPdf } from "../../src/cli/soffice";
import { PROFILE_2023 } from "../../src/core/profile";
import {
  cleanupTempDirs,
  compliantDocx,
  firstPersonDocx,
  listFiles,
  put,
  run,
  tempDir,
} from "./helpers";
import { firstItems } from "../fixtures/items";

const savedSoffice = process.env.SOFFICE;
beforeAll(() => {
  process.env.SOFFICE = "/nonexistent/soffice"; // this machine "has no LibreOffice"
});
afterAll(() => {
  if (savedSoffice === undefined) delete process.env.SOFFICE;
  else process.env.SOFFICE = savedSoffice;
  cleanupTempDirs();
});

/** The zip's entries by UTF-8 name. */
function entries(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

/** A `width`×`height` RGBA PNG (pngjs): every pixel `rgba`. */
function rgbaPng(
  width: number,
  height: number,
  rgba: [number, number, number, number]
): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set(rgba, i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

/** Units and X/Y density of a JFIF header. */
const jfif = (j: Uint8Array): [number, number, number] => [
  j[13]!,
  (j[14]! << 8) | j[15]!,
  (j[16]! << 8) | j[17]!,
];

describe("case-report package", () => {
  it("zips the report as is, its pictures by caption (PNG → JPG), and says how to add the PDF", async () => {
    const dir = tempDir();
    const docx = pictureDocx();
    put(dir, "报告.docx", docx);
    const r = await run(["package", "报告.docx"], dir);
    expect(r.stderr).toBe(""); // no "正在用 LibreOffice 生成 PDF…" without LibreOffice
    expect(r.code).toBe(0);
    expect(listFiles(dir)).toEqual(["报告-提交材料.zip", "报告.docx"]);
    const zip = entries(fs.readFileSync(path.join(dir, "报告-提交材料.zip")));
    expect(Object.keys(zip).sort()).toEqual(
      ["图片/图1 隐患排查现场.jpg", "图片/图2 培训现场.jpg", "报告.docx"].sort()
    );
    expect(Buffer.compare(zip["报告.docx"]!, docx)).toBe(0);
    expect(Buffer.compare(zip["图片/图1 隐患排查现场.jpg"]!, JPEG_BYTES)).toBe(0); // never recompressed
    const converted = zip["图片/图2 培训现场.jpg"]!;
    expect([converted[0], converted[1]]).toEqual([0xff, 0xd8]);
    const img = decodeJpeg(converted, { useTArray: true });
    expect([img.width, img.height]).toEqual([4, 3]);
    // 4 px across 1 905 000 EMU (2.08 in): 1.92 dpi in the document, declared as 2 dpi
    expect(jfif(converted)).toEqual([1, 2, 2]);
    expect(r.stdout).toContain("已生成提交材料：报告.docx → 报告-提交材料.zip");
    expect(r.stdout).toContain("压缩包里没有 PDF：本机未找到 LibreOffice");
    expect(r.stdout).toContain("1 张 PNG 图片已转为 JPG");
  });

  it("--no-pdf runs no LibreOffice; -o names the zip; an existing zip needs --force", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", pictureDocx());
    const first = await run(["package", "报告.docx", "-o", "提交材料.zip", "--no-pdf"], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("未生成 PDF（--no-pdf）");
    const before = fs.readFileSync(path.join(dir, "提交材料.zip"));
    const again = await run(["package", "报告.docx", "-o", "提交材料.zip", "--no-pdf"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "提交材料.zip")), before)).toBe(0);
    const forced = await run(
      ["package", "报告.docx", "-o", "提交材料.zip", "--no-pdf", "--force"],
      dir
    );
    expect(forced.code).toBe(0);
  });

  it("refuses the input as output and a broken input, writing nothing", async () => {
    const dir = tempDir();
    const docx = pictureDocx();
    put(dir, "报告.docx", docx);
    const same = await run(["package", "报告.docx", "-o", "./报告.docx", "--no-pdf"], dir);
    expect(same.code).toBe(2);
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "报告.docx")), docx)).toBe(0);
    put(dir, "坏.docx", "not a zip");
    const bad = await run(["package", "坏.docx", "--no-pdf"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/内部错误|at \w+ \(/);
    expect(listFiles(dir)).toEqual(["坏.docx", "报告.docx"]);
  });

  it("a document without pictures: the zip holds the report, and the output says photos are required", async () => {
    const dir = tempDir();
    put(dir, "空.docx", docxWith(p("正文。"), {}));
    const r = await run(["package", "空.docx", "--no-pdf"], dir);
    expect(r.code).toBe(0);
    expect(Object.keys(entries(fs.readFileSync(path.join(dir, "空-提交材料.zip"))))).toEqual([
      "空.docx",
    ]);
    expect(r.stdout).toContain("通知要求至少提供 2 张工作场景照片");
  });

  it("a PNG and a JPG of the same caption get distinct names; alt text that is a file name or address is no caption", async () => {
    const dir = tempDir();
    const body =
      picPara("r1", "现场") +
      p("正文。") +
      picPara("r2", "现场.png") +
      p("正文。") +
      picPara("r3", "https://example.org/img/a.jpg");
    put(
      dir,
      "报告.docx",
      docxWith(body, {
        r1: ["/word/media/image1.jpeg", "image/jpeg", JPEG_BYTES],
        r2: ["/word/media/image2.png", "image/png", rgbaPng(2, 2, [0, 0, 255, 255])],
        r3: ["/word/media/image3.jpeg", "image/jpeg", JPEG_BYTES],
      })
    );
    expect((await run(["package", "报告.docx", "--no-pdf"], dir)).code).toBe(0);
    const names = Object.keys(entries(fs.readFileSync(path.join(dir, "报告-提交材料.zip"))));
    expect(names.filter((n) => n.startsWith("图片/")).sort()).toEqual([
      "图片/图片3.jpg",
      "图片/现场 (2).jpg",
      "图片/现场.jpg",
    ]);
  });
});

describe("package says when the report is not ready to submit", () => {
  it("a report with errors: how many, and how to see them; a compliant one: nothing", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", firstPersonDocx());
    put(dir, "好.docx", compliantDocx());
    const bad = await run(["package", "报告.docx", "--no-pdf"], dir);
    expect(bad.code).toBe(0);
    expect(bad.stdout).toMatch(
      /注意：报告还有 \d+ 个错误未改正（case-report check 报告\.docx 查看）；提交前请先改正/
    );
    const good = await run(["package", "好.docx", "--no-pdf"], dir);
    expect(good.code).toBe(0);
    expect(good.stdout).not.toContain("个错误未改正");
    expect(good.stdout).not.toContain("不是案例报告");
  });

  it("fontsMissingForPdf: the profile's fonts fontconfig lacks under every name; null when it cannot tell", () => {
    expect(
      fontsMissingForPdf(PROFILE_2023, "Noto Sans CJK SC,Noto Sans CJK SC Regular\nDejaVu Sans\n")
    ).toEqual(["黑体", "楷体_GB2312", "宋体"]);
    expect(
      fontsMissingForPdf(PROFILE_2023, "SimSun,宋体\nSimHei\nKaiTi_GB2312,楷体_GB2312\n")
    ).toEqual([]);
    expect(fontsMissingForPdf(PROFILE_2023, "宋体\n黑体\n")).toEqual(["楷体_GB2312"]);
    expect(fontsMissingForPdf(PROFILE_2023, null)).toBeNull();
  });
});

describe("pngToJpeg", () => {
  it("flattens transparency onto white (a chart's transparent background must not turn black)", () => {
    const r = pngToJpeg(rgbaPng(16, 16, [200, 0, 0, 0]), 300);
    if (!r.ok) throw new Error(r.reason);
    const img = decodeJpeg(r.jpeg, { useTArray: true });
    const [red, green, blue] = firstItems(img.data.subarray(0, 3), 3);
    expect(Math.min(red, green, blue)).toBeGreaterThan(245);
    expect(jfif(r.jpeg)).toEqual([1, 300, 300]);
  });

  it("keeps opaque colour; half transparency blends", () => {
    const opaque = pngToJpeg(rgbaPng(16, 16, [0, 0, 255, 255]), null);
    if (!opaque.ok) throw new Error(opaque.reason);
    const o = decodeJpeg(opaque.jpeg, { useTArray: true }).data;
    expect(o[2]).toBeGreaterThan(230);
    expect(o[0]).toBeLessThan(25);
    expect(jfif(opaque.jpeg)).toEqual([0, 1, 1]); // no dpi known: JFIF's "aspect 1:1"
    const half = pngToJpeg(rgbaPng(16, 16, [0, 0, 0, 128]), null);
    if (!half.ok) throw new Error(half.reason);
    const h = decodeJpeg(half.jpeg, { useTArray: true }).data;
    expect(h[0]).toBeGreaterThan(110);
    expect(h[0]).toBeLessThan(145);
  });

  it("refuses what is not a PNG, and a picture too large to convert before decoding it", () => {
    expect(pngToJpeg(JPEG_BYTES, null)).toEqual({ ok: false, reason: "unreadable" });
    const huge = rgbaPng(1, 1, [0, 0, 0, 255]);
    const view = new DataView(huge.buffer, huge.byteOffset);
    view.setUint32(16, 100_000);
    view.setUint32(20, Math.ceil(MAX_CONVERT_PIXELS / 100_000) + 1);
    expect(pngToJpeg(huge, null)).toEqual({ ok: false, reason: "tooLarge" });
    const broken = huge.slice(0, 40);
    broken[16] = 0;
    expect(pngToJpeg(broken, null).ok).toBe(false);
  });

  it("setJfifDpi leaves a JPEG that is not JFIF alone", () => {
    const exif = new Uint8Array(30).fill(7);
    exif.set([0xff, 0xd8, 0xff, 0xe1]);
    const copy = exif.slice();
    setJfifDpi(exif, 300);
    expect(exif).toEqual(copy);
  });
});

describe("chartCount", () => {
  it("counts DrawingML chart parts (Word charts are not pictures)", () => {
    const ct = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    const pkg: OpcPackage = {
      parts: new Map([
        [
          "/word/charts/chart1.xml",
          { name: "/word/charts/chart1.xml", contentType: ct, data: "<c:chartSpace/>" },
        ],
        [
          "/word/charts/chart2.xml",
          { name: "/word/charts/chart2.xml", contentType: ct, data: "<c:chartSpace/>" },
        ],
        [
          "/word/media/image1.png",
          { name: "/word/media/image1.png", contentType: "image/png", data: new Uint8Array() },
        ],
      ]),
    };
    expect(chartCount(pkg)).toBe(2);
  });
});
