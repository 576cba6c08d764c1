/**
 * @fileoverview `filesZip` (src/ooxml/files-zip.ts), the zips made for people to unpack — the submission
 * package (R25) and the exported pictures (R23): read back entry by entry from the central
 * directory (APPNOTE 4.3.12), every entry says it was made on UNIX with mode 0644 and, for a
 * Chinese name, that its name is UTF-8 (bit 11), because Info-ZIP's unzip garbles the UTF-8
 * names of entries made on MS-DOS (fflate's default). Images and zips are stored, the rest
 * deflated; the bytes come back unchanged.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, unzipSync } from "fflate";
import { filesZip } from "../../src/ooxml/files-zip";

/** One central directory entry, as a reader sees it. */
interface CentralEntry {
  name: string;
  /** High byte of "version made by": the host (0 MS-DOS, 3 UNIX). */
  host: number;
  flags: number;
  method: number;
  externalAttrs: number;
}

/** The central directory of a zip without a comment, parsed by hand (not by the writer's library). */
function centralEntries(zip: Uint8Array): CentralEntry[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  expect(v.getUint32(eocd, true)).toBe(0x06054b50);
  const count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  const out: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(at, true)).toBe(0x02014b50);
    const nameLen = v.getUint16(at + 28, true);
    const extraLen = v.getUint16(at + 30, true);
    const commentLen = v.getUint16(at + 32, true);
    out.push({
      host: v.getUint8(at + 5),
      flags: v.getUint16(at + 8, true),
      method: v.getUint16(at + 10, true),
      externalAttrs: v.getUint32(at + 38, true),
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLen)),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const FILES = [
  { name: "报告.docx", bytes: strToU8("PK…a docx is a zip".repeat(20)) },
  { name: "报告.pdf", bytes: strToU8("%PDF-1.7 ".repeat(200)) },
  { name: "图片/图1 隐患排查现场.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]) },
  { name: "readme.txt", bytes: strToU8("ascii name") },
];

describe("filesZip", () => {
  const zip = filesZip(FILES, new Date(2024, 0, 1));

  it("gives back every file's bytes under its name", () => {
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(FILES.map((f) => f.name).sort());
    for (const f of FILES) expect(files[f.name]).toEqual(f.bytes);
  });

  it("marks every entry made on UNIX, mode 0644, and Chinese names as UTF-8", () => {
    const entries = centralEntries(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(FILES.map((f) => f.name).sort());
    for (const e of entries) {
      expect(e.host).toBe(3);
      expect(e.externalAttrs >>> 16).toBe(0o100644);
      if (/[^ -~]/.test(e.name)) expect(e.flags & 0x800).toBe(0x800);
    }
  });

  it("stores images and zips, deflates the rest", () => {
    const method = Object.fromEntries(centralEntries(zip).map((e) => [e.name, e.method]));
    expect(method).toEqual({
      "报告.docx": 0,
      "图片/图1 隐患排查现场.jpg": 0,
      "报告.pdf": 8,
      "readme.txt": 8,
    });
  });

  // Info-ZIP's unzip, where it is installed (Debian's `unzip`; CI installs it): the names on disk
  // are the Chinese names, not OEM-translated bytes.
  const unzip = spawnSync("unzip", ["-v"]).status === 0;
  (unzip ? it : it.skip)("unpacks with Info-ZIP unzip under the Chinese names", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "files-zip-"));
    try {
      fs.writeFileSync(path.join(dir, "t.zip"), zip);
      const r = spawnSync("unzip", ["-q", "t.zip", "-d", "out"], { cwd: dir, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(
        ["readme.txt", "图片", "报告.docx", "报告.pdf"].sort()
      );
      expect(fs.readdirSync(path.join(dir, "out", "图片"))).toEqual(["图1 隐患排查现场.jpg"]);
      const mode = fs.statSync(path.join(dir, "out", "报告.docx")).mode & 0o777;
      expect(mode & 0o444).toBe(0o444); // readable by all (umask may clear write bits)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
