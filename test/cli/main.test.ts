/**
 * @fileoverview The program around the commands: `new` (the template file, no overwrite without
 * --force, `--form` writes the 申报书), `--help` / `--version` / `help <command>`, command-line
 * errors in Chinese with exit 2, `--lang en-US`, the message catalogs (same keys and
 * placeholders in both locales), and the bin launcher run as a real process.
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { cli as enCli } from "../../src/core/messages/en-US/cli";
import { cli as zhCli } from "../../src/core/messages/zh-CN/cli";
import { placeholders, t } from "../../src/core/messages";
import { parseDocx } from "../../src/ooxml/parse";
import { templateDocx } from "../../src/ooxml/template";
import { classify } from "../../src/core/classify";
import { readForm } from "../../src/core/form";
import { PROFILE_2023 } from "../../src/core/profile";
import { cleanupTempDirs, hasChinese, listFiles, put, run, tempDir } from "./helpers";

jest.setTimeout(60_000);
afterAll(cleanupTempDirs);

describe("new", () => {
  it("writes the official template as 案例报告.docx by default", async () => {
    const dir = tempDir();
    const r = await run(["new"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已生成案例报告模板：案例报告.docx");
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "案例报告.docx")));
    expect(Buffer.compare(bytes, templateDocx(PROFILE_2023))).toBe(0);
    const textsOf = parseDocx(bytes).paragraphs.map((p) => p.text);
    expect(textsOf).toContain("单位简介");
    expect(textsOf.some((x) => x.startsWith("——"))).toBe(true);
    expect(listFiles(dir)).toEqual(["案例报告.docx"]);
  });

  it("-o names the file; an existing file is kept unless --force", async () => {
    const dir = tempDir();
    put(dir, "我的.docx", "mine");
    const r = await run(["new", "-o", "我的.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "文件“我的.docx”已存在。为防止覆盖，请换一个文件名，或加 --force 覆盖。"
    );
    expect(fs.readFileSync(path.join(dir, "我的.docx"), "utf8")).toBe("mine");
    const f = await run(["new", "-o", "我的.docx", "--force"], dir);
    expect(f.code).toBe(0);
    expect(
      parseDocx(new Uint8Array(fs.readFileSync(path.join(dir, "我的.docx")))).paragraphs.length
    ).toBeGreaterThan(5);
    expect(listFiles(dir)).toEqual(["我的.docx"]);
  });

  it("refuses a missing output folder", async () => {
    const dir = tempDir();
    const r = await run(["new", "-o", "无/模板.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件夹不存在：无");
    expect(listFiles(dir)).toEqual([]);
  });

  it("--form writes the 申报书 (附件一): a document whose form the checker reads back", async () => {
    const dir = tempDir();
    const r = await run(["new", "--form", "-o", "申报书.docx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已生成申报书（附件一）：申报书.docx");
    expect(listFiles(dir)).toEqual(["申报书.docx"]);
    const doc = parseDocx(new Uint8Array(fs.readFileSync(path.join(dir, "申报书.docx"))));
    const form = readForm(classify(doc, PROFILE_2023), PROFILE_2023);
    expect(form).not.toBeNull();
    expect(form!.categories.length).toBe(5);
  });
});

describe("help, version and command-line errors", () => {
  it("--help explains every command with examples and exit statuses, in Chinese", async () => {
    const r = await run(["--help"], "/");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("用法： case-report [选项] <命令>");
    for (const s of [
      "check",
      "format",
      "new",
      "示例：",
      "退出状态：0 全部通过；1",
      "--version",
      "--lang",
    ]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:/);
  });

  it.each([
    [
      "check",
      [
        "--json",
        "--html <file>",
        "--progress",
        ".docm 只读取文字，从不运行宏",
        '"version": 1',
        "退出状态：0 全部通过；1 至少一个文件",
      ],
    ],
    [
      "format",
      ["-o, --output <file>", "--in-place", "--keep-macros", "--dry-run", ".bak", "示例："],
    ],
    ["new", ["-o, --output <file>", "--form", "--force", "示例："]],
  ])("%s --help lists every option", async (command, expected) => {
    const r = await run([command, "--help"], "/");
    expect(r.code).toBe(0);
    for (const s of expected) expect(r.stdout).toContain(s);
    const viaHelp = await run(["help", command], "/");
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(r.stdout);
  });

  it("--version prints the package version", async () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")
    ) as { version: string };
    const r = await run(["--version"], "/");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [[], "请指定命令：check、format、fix、new、export-images 或 ignore"],
    [["frobnicate"], "未知命令：frobnicate"],
    [["check"], "缺少参数：文件或文件夹"],
    [["format"], "缺少参数：输入文件"],
    [["check", "--bogus", "a.docx"], "未知选项：--bogus"],
    [["format", "a.docx", "-o"], "选项 -o, --output <file> 需要一个值"],
    [["format", "a.docx", "b.docx"], "参数过多"],
    [["--lang", "fr", "check", "a.docx"], "不支持的语言“fr”"],
  ])("%j exits 2 with a Chinese message", async (args, message) => {
    const r = await run(args, "/");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/^error:/m);
  });

  it("--lang en-US switches the CLI's own messages", async () => {
    const dir = tempDir();
    const r = await run(["--lang", "en-US", "check", "missing.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Unreadable: File or folder not found: missing.docx");
    const h = await run(["--lang=en-US", "--help"], dir);
    expect(h.stdout).toContain("Exit status: 0 all passed");
  });
});

describe("messages", () => {
  it("zh-CN and en-US have the same entries and placeholders, and zh-CN is Chinese", () => {
    expect(Object.keys(enCli).sort()).toEqual(Object.keys(zhCli).sort());
    for (const [key, zh] of Object.entries(zhCli)) {
      const en = (enCli as Record<string, string>)[key]!;
      expect([key, placeholders(en).sort()]).toEqual([key, placeholders(zh).sort()]);
    }
    for (const key of Object.keys(zhCli).filter((k) =>
      /^(file|format|new|usage|check)\./.test(k)
    )) {
      const text = (zhCli as Record<string, string>)[key]!;
      // every message is Chinese (or at least Chinese punctuation around placeholders)
      const chinese = hasChinese(text) || /[\u3000-\u303f\uff00-\uffef]/.test(text);
      // layouts with no words: "== file ==", "  ✓ label"
      if (key !== "check.fileHeading" && key !== "check.handItem")
        expect([key, chinese]).toEqual([key, true]);
    }
  });

  it("are reachable through the messages module under the cli namespace", () => {
    expect(t("cli.new.formDone", { path: "x" })).toBe(zhCli["new.formDone"].replace("{path}", "x"));
    expect(t("cli.format.done", { input: "a", output: "b" }, "en-US")).toBe("Formatted: a → b");
  });
});

describe("bin/case-report.js", () => {
  const bin = path.join(__dirname, "..", "..", "bin", "case-report.js");
  const built = path.join(__dirname, "..", "..", "build", "cli", "main.js");

  beforeAll(() => {
    // npm ci builds it (prepare); a worktree that skipped it, or built it before builds were
    // named (the first line's id, which the code cache needs), builds here, as npm run build:cli
    if (
      !fs.existsSync(built) ||
      !fs.readFileSync(built, "utf8").startsWith("// case-report build ")
    ) {
      const r = spawnSync(
        process.execPath,
        [path.join(__dirname, "..", "..", "scripts", "build-cli.js")],
        {
          encoding: "utf8",
        }
      );
      expect(r.status).toBe(0);
    }
  }, 120_000);

  it("runs the compiled CLI (build/cli/main.js, made by npm ci's prepare) and passes the exit status through", () => {
    expect(fs.existsSync(built)).toBe(true);
    const dir = tempDir();
    put(dir, "坏.docx", "not a zip");
    const version = spawnSync(process.execPath, [bin, "--version"], { cwd: dir, encoding: "utf8" });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const bad = spawnSync(process.execPath, [bin, "check", "坏.docx"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain("无法读取：该文件不是 .docx");
  });

  it("writes V8's code cache named by its build: a cache named for another build, or damaged, is replaced", () => {
    const cache = `${built}.cache`;
    const id = /^\/\/ case-report build ([0-9a-f]{64})\n/.exec(fs.readFileSync(built, "utf8"))?.[1];
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const idOf = (): string => fs.readFileSync(cache).subarray(0, 65).toString("latin1");
    const primed = fs.existsSync(cache) ? fs.readFileSync(cache) : null; // the build's, put back
    try {
      // another build's cache (V8 checks only the source's length, so the id must)
      fs.writeFileSync(
        cache,
        Buffer.concat([Buffer.from(`${"0".repeat(64)}\n`), Buffer.alloc(4096, 7)])
      );
      const dir = tempDir();
      const first = spawnSync(process.execPath, [bin, "--version"], { cwd: dir, encoding: "utf8" });
      expect(first.status).toBe(0);
      expect(first.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      expect(idOf()).toBe(`${id}\n`);
      const size = fs.statSync(cache).size;
      expect(size).toBeGreaterThan(100_000); // bytecode of the bundle, not a stub
      // a cache V8 cannot read (same id, damaged data) is rejected by V8 and written again
      fs.writeFileSync(cache, Buffer.concat([Buffer.from(`${id}\n`), Buffer.alloc(4096, 7)]));
      const again = spawnSync(process.execPath, [bin, "--version"], { cwd: dir, encoding: "utf8" });
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(first.stdout);
      expect(fs.statSync(cache).size).toBeGreaterThan(100_000);
    } finally {
      if (primed !== null) fs.writeFileSync(cache, primed);
    }
  });
});
