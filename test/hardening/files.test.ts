/**
 * The writer's files (issue 10, defects 1, 6 and 7), as kinds: no command writes over one of its
 * inputs; writes go through symbolic links; long names work; backups and outputs appear whole or
 * not at all; our stale temporary files are cleaned; devices and FIFOs are refused; no control
 * or bidi-override character reaches the terminal or the HTML page.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanStaleTemps, tempPathFor, writeNewFile } from "../../src/cli/files";
import { readDocx, writeDocx } from "../../src/ooxml/zip";
import {
  cleanupTempDirs,
  compliantDocx,
  listFiles,
  put,
  run,
  tempDir,
  unstyledDocx,
} from "../cli/helpers";

afterAll(cleanupTempDirs);

const sha = (f: string): string => fs.readFileSync(f).toString("base64");

describe("no writing command writes over one of its inputs", () => {
  it("check --html naming the document (directly, through a link, a hard link, a folder)", async () => {
    const dir = tempDir();
    const doc = put(dir, "报告.docx", compliantDocx());
    fs.symlinkSync(doc, path.join(dir, "link.docx"));
    fs.linkSync(doc, path.join(dir, "hard.docx"));
    const before = sha(doc);
    for (const args of [
      ["check", "报告.docx", "--html", "报告.docx"],
      ["check", "报告.docx", "--html", "link.docx"],
      ["check", "link.docx", "--html", "./sub/../报告.docx"],
      ["check", "报告.docx", "--html", "hard.docx"],
      ["check", ".", "--html", "报告.docx"],
    ]) {
      fs.mkdirSync(path.join(dir, "sub"), { recursive: true });
      const r = await run(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/就是要读取的文件/);
      expect(sha(doc)).toBe(before);
    }
  });

  it("every -o naming the --profile file is refused before anything runs", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    const newProfile = await run(["new", "--print-profile"], dir);
    const profile = put(dir, "p.json", newProfile.stdout);
    const before = sha(profile);
    for (const args of [
      ["--profile", "p.json", "new", "-o", "p.json", "--force"],
      ["--profile", "p.json", "format", "报告.docx", "-o", "p.json"],
      ["--profile", "p.json", "fix", "报告.docx", "--yes", "-o", "p.json"],
      ["--profile", "p.json", "check", "报告.docx", "--html", "p.json"],
      ["--profile", "p.json", "ignore", "报告.docx", "--rule", "punctuation", "-o", "p.json"],
      ["export-images", "报告.docx", "-o", "报告.docx", "--force"],
    ]) {
      const r = await run(args, dir);
      expect(r.code).toBe(2);
      expect(sha(profile)).toBe(before);
    }
  });
});

describe("files", () => {
  it("format --in-place on a symbolic link writes through to its target", async () => {
    const dir = tempDir();
    const real = put(dir, "real/报告.docx", unstyledDocx());
    const link = path.join(dir, "link.docx");
    fs.symlinkSync(path.relative(dir, real), link);
    const before = sha(real);
    const r = await run(["format", "link.docx", "--in-place"], dir);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha(real)).not.toBe(before);
    expect(listFiles(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a name of 240 bytes is formatted in place; nothing but the document and its backup remain", async () => {
    const dir = tempDir();
    const name = `${"案".repeat(78)}.docx`; // 234 + 5 bytes
    expect(Buffer.byteLength(name)).toBeGreaterThanOrEqual(234);
    put(dir, name, unstyledDocx());
    const r = await run(["format", name, "--in-place"], dir);
    expect(r.code).toBe(0);
    const files = listFiles(dir);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files).toContain(name);
    expect(files.length).toBe(2); // the document and one backup
  });

  it("temporary names stay short whatever the target's name", () => {
    const target = path.join("/x", `${"案".repeat(84)}.docx`);
    expect(Buffer.byteLength(path.basename(tempPathFor(target)))).toBeLessThan(40);
  });

  it("a backup is written through a temporary file and a link: whole or absent, never replaced", () => {
    const dir = tempDir();
    const target = path.join(dir, "a.bak.docx");
    writeNewFile(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(() => writeNewFile(target, new Uint8Array([9]))).toThrow(/EEXIST/);
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(listFiles(dir)).toEqual(["a.bak.docx"]);
  });

  it("our stale temporary files are cleaned when the folder is written again; others are not", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    // a pid that does not run (pid_max is at most 2^22)
    put(dir, ".case-report-4194305-deadbeef.tmp", "x".repeat(1000));
    put(dir, ".报告.docx.4194305-0badf00d.tmp", "x");
    put(dir, ".mine.tmp", "keep");
    put(dir, `.case-report-${process.pid}-00000000.tmp`, "own, live");
    const r = await run(["format", "报告.docx", "-o", "out.docx"], dir);
    expect(r.code).toBe(0);
    expect(listFiles(dir)).toEqual(
      [".mine.tmp", `.case-report-${process.pid}-00000000.tmp`, "out.docx", "报告.docx"].sort()
    );
    // an old file of a live pid is stale too (pids are reused)
    const old = put(dir, `.case-report-1-11111111.tmp`, "x");
    fs.utimesSync(old, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(cleanStaleTemps(dir)).toContain(".case-report-1-11111111.tmp");
  });

  it("devices and FIFOs are refused at once, as inputs and as outputs", async () => {
    const dir = tempDir();
    put(dir, "报告.docx", unstyledDocx());
    const fifo = path.join(dir, "pipe.docx");
    execFileSync("mkfifo", [fifo]);
    const t = Date.now();
    for (const args of [
      ["check", "/dev/zero"],
      ["check", "pipe.docx"],
      ["format", "/dev/zero", "-o", "x.docx"],
      ["format", "报告.docx", "-o", "/dev/null"],
      ["check", "报告.docx", "--html", "pipe.docx"],
    ]) {
      const r = await run(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr + r.stdout).toMatch(/不是普通文件/);
    }
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("no control or bidi-override character reaches the terminal or the HTML page", () => {
  // eslint-disable-next-line no-control-regex
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it("from a file name and from the document's text", async () => {
    const dir = tempDir();
    const pkg = readDocx(compliantDocx());
    const doc = pkg.parts.get("/word/document.xml")!;
    doc.data = (doc.data as string).replace(/(<w:t[^>]*>)([^<]{2})/, "$1$2\u202Eevil\u2066");
    const name = "a\u001b]0;title\u0007\u202E.docx";
    put(dir, name, writeDocx(pkg));
    const text = await run(["check", name], dir);
    const json = await run(["check", name, "--json"], dir);
    const html = await run(["check", name, "--html", "r.html"], dir);
    for (const r of [text, json, html]) expect(r.stdout + r.stderr).not.toMatch(UNSAFE);
    expect(text.stdout).toMatch(/a\]0;title/);
    expect(fs.readFileSync(path.join(dir, "r.html"), "utf8")).not.toMatch(UNSAFE);
  });
});
