/**
 * @fileoverview `--profile <file.json>`: a second (fictional) notice is a data file, not a code
 * change. The same document checked with the built-in profile and with
 * test/fixtures/profile-2024.json gives different bounds and findings exactly where the data
 * differ; `format --profile` writes the second profile's fonts; `new --print-profile` prints a
 * profile that loads back; a bad profile file is refused with a Chinese message naming the field
 * (exit 2), before any document is read or written.
 */
import * as fs from "fs";
import * as path from "path";
import type { FileReport } from "../../src/cli/check-report";
import { loadProfile, profileJson, validateProfile } from "../../src/cli/profile";
import { makeContext } from "../../src/cli/context";
import { PROFILE_2023, type Profile } from "../../src/core/profile";
import { parseDocx } from "../../src/ooxml/parse";
import { cleanupTempDirs, compliantDocx, listFiles, put, run, tempDir } from "./helpers";
import { firstItems } from "../fixtures/items";

jest.setTimeout(90_000);
afterAll(cleanupTempDirs);

const FIXTURE = path.resolve(__dirname, "..", "fixtures", "profile-2024.json");
const P24 = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as Profile;

interface JsonOut {
  profile: string;
  files: FileReport[];
}

/** A folder with the compliant sample and a copy of the 2024 profile. */
function setup(): string {
  const dir = tempDir();
  put(dir, "报告.docx", compliantDocx());
  fs.copyFileSync(FIXTURE, path.join(dir, "2024.json"));
  return dir;
}

const ctx = () =>
  makeContext({ stdout: { write: () => true }, stderr: { write: () => true }, cwd: "/" });

/** Every message of `validateProfile` for a profile changed by `mutate` (or "" when valid). */
function problemOf(mutate: (p: Record<string, unknown>) => void): string {
  const p = JSON.parse(JSON.stringify(PROFILE_2023)) as Record<string, unknown>;
  mutate(p);
  try {
    validateProfile(p, "x.json", ctx());
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

describe("the 2024 fixture profile", () => {
  it("differs from the built-in one only in the data the fictional notice changes", () => {
    const changed = (Object.keys(PROFILE_2023) as (keyof Profile)[]).filter(
      (k) => JSON.stringify(PROFILE_2023[k]) !== JSON.stringify(P24[k])
    );
    expect(changed.sort()).toEqual(
      ["bounds", "deadline", "figureTableMax", "form", "id", "name", "roles", "source"].sort()
    );
    expect(P24.bounds.title).toEqual({ max: 25 });
    expect(P24.bounds.unitIntro).toEqual({ min: 200, max: 300 });
    expect(P24.bounds.body).toEqual({ min: 4000 });
    expect(P24.bounds.practiceShare).toEqual({ min: 0.6 });
    expect(P24.roles.heading1.eastAsia).toBe("方正小标宋简体");
    expect(P24.deadline).not.toBe(PROFILE_2023.deadline);
    expect(P24.name).not.toContain("2023");
    // it passes the loader's checks
    expect(loadProfile(FIXTURE, ctx())).toEqual(P24);
  });
});

describe("package with --profile", () => {
  it("its caution counts the errors of the same profile as check", async () => {
    const dir = setup();
    const a = await run(["package", "报告.docx", "--no-pdf"], dir);
    expect(a.code).toBe(0);
    expect(a.stdout).not.toContain("个错误未改正");
    const b = await run(
      ["package", "报告.docx", "--no-pdf", "--force", "--profile", "2024.json"],
      dir
    );
    expect(b.code).toBe(0);
    const check = JSON.parse(
      (await run(["check", "报告.docx", "--json", "--profile", "2024.json"], dir)).stdout
    ) as JsonOut;
    const errors = firstItems(check.files, 1)[0].verdict.errors;
    expect(errors).toBeGreaterThan(0);
    expect(b.stdout).toContain(`注意：报告还有 ${errors} 个错误未改正`);
  });
});

describe("check with two profiles: same document, no code change", () => {
  it("bounds and findings differ exactly where the data differ", async () => {
    const dir = setup();
    const a = await run(["check", "报告.docx", "--json"], dir);
    const b = await run(["check", "报告.docx", "--json", "--profile", "2024.json"], dir);
    expect(a.code).toBe(0);
    expect(b.code).toBe(1);
    const ja = JSON.parse(a.stdout) as JsonOut;
    const jb = JSON.parse(b.stdout) as JsonOut;
    expect(ja.profile).toBe(PROFILE_2023.id);
    expect(jb.profile).toBe(P24.id);
    const [ra] = firstItems(ja.files, 1);
    const [rb] = firstItems(jb.files, 1);

    // counts: the same values, the 2024 bounds
    expect(rb.counts.map((c) => c.value)).toEqual(ra.counts.map((c) => c.value));
    const bound = (r: FileReport, id: string) => {
      const c = r.counts.find((x) => x.id === id);
      return { min: c?.min, max: c?.max, status: c?.status };
    };
    expect(bound(ra, "title")).toEqual({ min: undefined, max: 20, status: "ok" });
    expect(bound(rb, "title")).toEqual({ min: undefined, max: 25, status: "ok" });
    expect(bound(ra, "unitIntro")).toEqual({ min: 300, max: 400, status: "ok" });
    expect(bound(rb, "unitIntro")).toEqual({ min: 200, max: 300, status: "high" });
    expect(bound(ra, "body")).toEqual({ min: 3000, max: undefined, status: "ok" });
    expect(bound(rb, "body")).toEqual({ min: 4000, max: undefined, status: "low" });
    expect(bound(ra, "practiceShare").min).toBe(70);
    expect(bound(rb, "practiceShare")).toEqual({ min: 60, max: undefined, status: "ok" });
    expect(bound(rb, "practice")).toEqual(bound(ra, "practice"));

    // tallies: the same numbers, figureTableMax from the profile
    expect(rb.tallies.map((x) => x.value)).toEqual(ra.tallies.map((x) => x.value));
    expect(ra.tallies.find((x) => x.id === "figures")).toMatchObject({ max: 10, status: "ok" });
    expect(rb.tallies.find((x) => x.id === "figures")).toMatchObject({ max: 1, status: "high" });
    expect(rb.tallies.find((x) => x.id === "tables")).toMatchObject({ max: 5, status: "ok" });
    expect(rb.tallies.find((x) => x.id === "pictures")).toEqual(
      ra.tallies.find((x) => x.id === "pictures")
    );

    // findings: none under 2023; under 2024 exactly the changed data
    expect(ra.findings).toEqual([]);
    const kinds = rb.findings.map((f) => f.id.split("@")[0]).sort();
    const headings = rb.findings.filter((f) => f.ruleId === "role-format");
    expect(new Set(headings.map((f) => f.paragraph)).size).toBe(3); // 一、二、三
    expect(kinds).toEqual(
      [
        "body-length/tooShort",
        "figure-table-count/tooManyFigures",
        "unit-intro-length/tooLong",
        ...Array<string>(3).fill("role-format/fontWrong"),
        ...Array<string>(3).fill("role-format/sizeWrong"),
      ].sort()
    );
    expect(headings.every((f) => f.requirementIds.includes("R17"))).toBe(true);
    expect(headings.some((f) => f.message.includes("方正小标宋简体"))).toBe(true);
  });

  it("the text report names the profile and shows its bounds; the global option works before the command", async () => {
    const dir = setup();
    const a = await run(["check", "报告.docx"], dir);
    const b = await run(["--profile", "2024.json", "check", "报告.docx"], dir);
    expect(a.stdout.split("\n")[0]).toBe(`依据：${PROFILE_2023.name}`);
    expect(b.stdout.split("\n")[0]).toBe(`依据：${P24.name}`);
    expect(a.stdout).toMatch(/单位简介\s+\d+ 字\s+要求 300–400 字\s+符合/);
    expect(b.stdout).toMatch(/单位简介\s+\d+ 字\s+要求 200–300 字\s+超出/);
    expect(b.stdout).toMatch(/正文\s+\d+ 字\s+要求不少于 4000 字\s+不足/);
    expect(b.stdout).toMatch(/图\s+2 张\s+不宜超过 1 张\s+过多/);
  });

  it("the HTML page names the profile", async () => {
    const dir = setup();
    const r = await run(["check", "报告.docx", "--profile", "2024.json", "--html", "r.html"], dir);
    expect(r.code).toBe(1);
    const html = fs.readFileSync(path.join(dir, "r.html"), "utf8");
    expect(html).toContain(`依据：${P24.name}`);
    expect(html).toContain("不宜超过 1 张");
  });
});

describe("format / new with --profile", () => {
  it("format writes the second profile's heading font and size", async () => {
    const dir = setup();
    const a = await run(["format", "报告.docx", "-o", "a.docx"], dir);
    const b = await run(["format", "报告.docx", "-o", "b.docx", "--profile", "2024.json"], dir);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const heading1 = (file: string) => {
      const doc = parseDocx(fs.readFileSync(path.join(dir, file)));
      const h = doc.paragraphs.find((p) => p.text === "一、实施背景");
      if (!h) throw new Error("no heading");
      return h.runs.find((r) => r.text.trim() !== "")?.format;
    };
    expect(heading1("a.docx")).toMatchObject({ eastAsia: "黑体", sz: 30 });
    expect(heading1("b.docx")).toMatchObject({ eastAsia: "方正小标宋简体", sz: 32 });
    // the formatted file passes the 2024 check on fonts
    const c = await run(["check", "b.docx", "--json", "--profile", "2024.json"], dir);
    const [rb] = firstItems((JSON.parse(c.stdout) as JsonOut).files, 1);
    expect(rb.findings.filter((f) => f.ruleId === "role-format")).toEqual([]);
  });

  it("new --form uses the second profile's form title", async () => {
    const dir = setup();
    const r = await run(["new", "--form", "-o", "form.docx", "--profile", "2024.json"], dir);
    expect(r.code).toBe(0);
    const doc = parseDocx(fs.readFileSync(path.join(dir, "form.docx")));
    expect(doc.paragraphs.map((p) => p.text)).toContain(P24.form.title);
  });
});

describe("new --print-profile", () => {
  it("prints the built-in profile as JSON, writes no file, and the output loads back with --profile", async () => {
    const dir = tempDir();
    const r = await run(["new", "--print-profile"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(listFiles(dir)).toEqual([]);
    expect(JSON.parse(r.stdout)).toEqual(PROFILE_2023);
    fs.writeFileSync(path.join(dir, "p.json"), r.stdout);
    put(dir, "报告.docx", compliantDocx());
    const c = await run(["check", "报告.docx", "--profile", "p.json", "--json"], dir);
    expect(c.code).toBe(0);
    expect((JSON.parse(c.stdout) as JsonOut).profile).toBe(PROFILE_2023.id);
  });

  it("prints the --profile file's profile", async () => {
    const dir = setup();
    const r = await run(["new", "--print-profile", "--profile", "2024.json"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(P24);
    expect(r.stdout).toBe(profileJson(P24));
  });
});

describe("a bad profile file", () => {
  it("is refused with exit 2 and a Chinese message naming the field; nothing is written", async () => {
    const dir = setup();
    const bad = JSON.parse(JSON.stringify(P24)) as Record<string, Record<string, unknown>>;
    (bad.roles!.heading1 as Record<string, unknown>).sz = "三号";
    fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(bad));
    for (const args of [
      ["check", "报告.docx", "--json"],
      ["format", "报告.docx", "-o", "out.docx"],
      ["fix", "报告.docx", "-o", "out.docx"],
      ["new", "-o", "new.docx"],
      ["ignore", "报告.docx", "--rule", "first-person"],
    ]) {
      const r = await run([...args, "--profile", "bad.json"], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("配置文件“bad.json”有误：字段 roles.heading1.sz 应为数字");
    }
    expect(listFiles(dir).sort()).toEqual(["2024.json", "bad.json", "报告.docx"].sort());
  });

  it("a missing file, invalid JSON and a UTF-8 BOM", async () => {
    const dir = setup();
    const missing = await run(["check", "报告.docx", "--profile", "nope.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到文件或文件夹：nope.json");
    fs.writeFileSync(path.join(dir, "broken.json"), '{\n  "id": "x",\n  "name": \n}');
    const broken = await run(["check", "报告.docx", "--profile", "broken.json"], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/配置文件“broken\.json”不是有效的 JSON/);
    const bom = `\ufeff${fs.readFileSync(FIXTURE, "utf8")}`;
    fs.writeFileSync(path.join(dir, "bom.json"), bom);
    const ok = await run(["check", "报告.docx", "--profile", "bom.json", "--json"], dir);
    expect((JSON.parse(ok.stdout) as JsonOut).profile).toBe(P24.id);
  });

  it("names the field for each kind of mistake", () => {
    expect(problemOf(() => undefined)).toBe("");
    expect(problemOf((p) => delete (p.roles as Record<string, unknown>).heading3)).toContain(
      "字段 roles.heading3 缺少（必填）"
    );
    expect(problemOf((p) => delete p.form)).toContain("字段 form 缺少");
    expect(problemOf((p) => delete p.deadline)).toContain("字段 deadline 缺少");
    expect(problemOf((p) => (p.deadline = "2024/9/30"))).toContain(
      "字段 deadline 应为日期，格式为 YYYY-MM-DD"
    );
    expect(
      problemOf((p) => ((p.bounds as Record<string, unknown>).body = { min: "4000" }))
    ).toContain("字段 bounds.body.min 应为数字");
    expect(
      problemOf((p) => ((p.bounds as Record<string, unknown>).practiceShare = { min: 60 }))
    ).toContain("字段 bounds.practiceShare.min 应在 0 到 1 之间（比例写成小数");
    expect(
      problemOf((p) => ((p.bounds as Record<string, unknown>).unitIntro = { min: 400, max: 300 }))
    ).toContain("字段 bounds.unitIntro 的 min 大于 max");
    expect(problemOf((p) => ((p.bounds as Record<string, unknown>).title = { mx: 25 }))).toContain(
      "字段 bounds.title.mx 不是配置中的字段"
    );
    expect(
      problemOf(
        (p) => ((p.roles as Record<string, Record<string, unknown>>).body!.alignment = "middle")
      )
    ).toContain('字段 roles.body.alignment 应为以下之一："left", "center"');
    expect(
      problemOf((p) => ((p.roles as Record<string, Record<string, unknown>>).body!.bold = "false"))
    ).toContain("字段 roles.body.bold 应为 true 或 false");
    expect(problemOf((p) => (p.firstPersonWords = "我们"))).toContain(
      "字段 firstPersonWords 应为列表"
    );
    expect(
      problemOf((p) => ((p.headingLevels as Record<string, unknown>[])[1]!.level = 4))
    ).toContain("字段 headingLevels[1].level 应为以下之一：1, 2, 3");
    expect(
      problemOf((p) => ((p.fontAliases as Record<string, unknown>)["宋体"] = "SimSun"))
    ).toContain('字段 fontAliases["宋体"] 应为列表');
    expect(
      problemOf(
        (p) => ((p.form as Record<string, Record<string, unknown>[]>).fields![0]!.key = "caseTitle")
      )
    ).toContain("字段 form.fields[0].key 应为以下之一");
    expect(problemOf((p) => (p.pictures = { minCount: 2.5, minDpi: 300 }))).toContain(
      "字段 pictures.minCount 应为整数"
    );
  });

  it("a JSON value that is not an object", () => {
    expect(() => validateProfile([1, 2], "x.json", ctx())).toThrow(/配置文件“x\.json”有误/);
  });
});
