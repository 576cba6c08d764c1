import {
  buildChecklist,
  countStatus,
  progressToward,
  type CountItem,
} from "../../src/core/checklist";
import { lint } from "../../src/core/engine";
import { PROFILE_2023 } from "../../src/core/profile";
import { allRules } from "../../src/core/rules";
import { classified, P, reportDoc, reportSpecs, withPara, type ReportSizes } from "./helpers";
import { asRole, para } from "../fixtures/model-builders";

/** Ids of the 申报书 rules (category "form"). */
const FORM_RULES = allRules.filter((r) => r.meta.category === "form").map((r) => r.meta.id);

function counts(sizes: ReportSizes, specs = reportSpecs(sizes)): Record<string, CountItem> {
  const c = classified(reportDoc(specs));
  const list = buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023);
  return Object.fromEntries(list.counts.map((i) => [i.id, i]));
}

describe("buildChecklist counts", () => {
  it.each([
    [299, "low", 299 / 300],
    [300, "ok", 1],
    [400, "ok", 1],
    [401, "high", 1],
  ] as const)("单位简介 %d 字 → %s", (intro, status, progress) => {
    const item = counts({ intro }).unitIntro;
    expect(item).toMatchObject({
      value: intro,
      status,
      min: 300,
      max: 400,
      unit: "字",
      requirementIds: ["R5"],
      labelId: "checklist.count.unitIntro",
    });
    expect(item!.progress).toBeCloseTo(progress, 6);
  });

  it("practice share 69.9 % is low, 70 % is ok", () => {
    const low = counts({ practice: 2097, background: 503 });
    expect(low.practiceShare).toMatchObject({ value: 69.9, unit: "%", min: 70, status: "low" });
    expect(low.practiceShare!.progress).toBeCloseTo(0.699 / 0.7, 6);
    const ok = counts({});
    expect(ok.practiceShare).toMatchObject({ value: 70, status: "ok", progress: 1 });
  });

  it("69.96 % shows 69.9 and is low (never rounded up to a passing 70)", () => {
    expect(counts({ practice: 2099, background: 501 }).practiceShare).toMatchObject({
      value: 69.9,
      status: "low",
    });
  });

  it("body, practice, background, effect and title", () => {
    const c = counts({});
    expect(c.body).toMatchObject({ value: 3000, min: 3000, status: "ok", progress: 1 });
    expect(c.practice).toMatchObject({ value: 2100, min: 2000, status: "ok" });
    expect(c.background).toMatchObject({ value: 500, status: "ok", progress: 1 });
    expect(c.effect).toMatchObject({ value: 400, status: "ok" });
    expect(c.title).toMatchObject({ value: 13, max: 20, status: "ok", progress: 13 / 20 });
    const short = counts({ background: 499 });
    expect(short.body).toMatchObject({ value: 2999, status: "low" });
    expect(short.body!.progress).toBeCloseTo(2999 / 3000, 6);
  });

  it("a long title is high; missing parts are missing with progress 0", () => {
    const specs = withPara(reportSpecs(), P.title, para("题".repeat(21), asRole("title"))).slice(
      0,
      P.effect
    );
    const c = counts({}, specs);
    expect(c.title).toMatchObject({ value: 21, status: "high", progress: 1 });
    expect(c.effect).toMatchObject({ status: "missing", progress: 0 });
    const noBody = counts({}, reportSpecs().slice(0, P.background));
    expect(noBody.body).toMatchObject({ status: "missing", value: 0 });
    expect(noBody.practiceShare).toMatchObject({ status: "missing" });
  });
});

describe("buildChecklist groups and summary", () => {
  it("has one group per rule, passing ones included", () => {
    const c = classified();
    const list = buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023);
    expect(list.groups.map((g) => g.ruleId)).toEqual(allRules.map((r) => r.meta.id));
    expect(list.groups.every((g) => g.worstSeverity === null && g.findings.length === 0)).toBe(
      true
    );
    expect(list.groups[0]!.title).toBe("报告结构与顺序");
    // no 申报书 in the report: the form rules do not apply, every other rule passes
    expect(list.summary).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
      rulesPassed: allRules.length - FORM_RULES.length,
      rulesNotApplicable: FORM_RULES.length,
      rulesTotal: allRules.length,
    });
    expect(list.documentKind).toBe("report");
  });

  it("counts severities, worst severity, ignored findings and en-US titles", () => {
    const specs = withPara(
      reportSpecs(),
      P.backgroundText,
      para("我们「我司」我们" + "题".repeat(486), asRole("body"))
    );
    const c = classified(reportDoc(specs, { pictures: [] }));
    const first = lint(c, PROFILE_2023);
    const fp = first.findings.filter((f) => f.ruleId === "first-person");
    expect(fp.map((f) => f.severity)).toEqual(["error", "info", "error"]); // 「我司」 is quoted
    const result = lint(c, PROFILE_2023, { ignoredFindingIds: [fp[0]!.id] });
    const list = buildChecklist(c, result, PROFILE_2023, { locale: "en-US" });
    const g = list.groups.find((x) => x.ruleId === "first-person")!;
    expect(g).toMatchObject({
      worstSeverity: "error",
      ignoredCount: 1,
      title: "Third person",
      category: "person",
      requirementIds: ["R10"],
    });
    expect(g.findings).toHaveLength(2);
    const pics = list.groups.find((x) => x.ruleId === "picture-count")!;
    expect(pics.worstSeverity).toBe("error");
    expect(list.summary).toMatchObject({
      errors: 2,
      warnings: 0,
      infos: 1,
      rulesPassed: allRules.length - 2 - FORM_RULES.length - 1, // picture-resolution: no picture
      rulesNotApplicable: FORM_RULES.length + 1,
    });
  });

  it("puts a crashed rule's finding into that rule's group", () => {
    const c = classified();
    const boom = {
      ...allRules[0]!,
      check: () => {
        throw new Error("x");
      },
    };
    const rules = [boom, ...allRules.slice(1)];
    const result = lint(c, PROFILE_2023, { rules });
    const list = buildChecklist(c, result, PROFILE_2023, { rules });
    expect(list.groups[0]!.findings.map((f) => f.ruleId)).toEqual(["rule-crashed"]);
    expect(list.groups[0]!.worstSeverity).toBe("error");
  });
});

describe("count helpers", () => {
  it.each([
    [5, {}, "ok", 1],
    [5, { min: 10 }, "low", 0.5],
    [15, { min: 10, max: 12 }, "high", 1],
    [10, { max: 20 }, "ok", 0.5],
  ] as const)("%d in %j", (v, b, status, progress) => {
    expect(countStatus(v, b)).toBe(status);
    expect(progressToward(v, b)).toBeCloseTo(progress, 6);
  });
});

describe("buildChecklist tallies and hand items (R12, R21, kind H)", () => {
  it("counts figures, tables and photos of the report", () => {
    const specs = [
      ...reportSpecs(),
      para("图1 现场检查", asRole("body")),
      para("表1 隐患统计", asRole("body")),
      para("类别", { ...asRole("body"), tableDepth: 1 }),
    ];
    const c = classified(specs);
    const list = buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023);
    expect(list.tallies.map((x) => [x.id, x.value, x.requirementIds])).toEqual([
      ["figures", 2, ["R12"]],
      ["tables", 1, ["R12"]],
      ["pictures", 2, ["R21"]],
    ]);
  });
  it("carries the profile's bound and the status of each tally", () => {
    const c = classified([
      ...reportSpecs(),
      para("图1 现场检查", asRole("body")),
      para("图2 培训现场", asRole("body")),
    ]);
    const tight = {
      ...PROFILE_2023,
      figureTableMax: { ...PROFILE_2023.figureTableMax, figures: 1 },
      pictures: { ...PROFILE_2023.pictures, minCount: 3 },
    };
    const list = buildChecklist(c, lint(c, tight), tight);
    expect(list.tallies.map((x) => [x.id, x.value, x.min, x.max, x.status])).toEqual([
      ["figures", 2, undefined, 1, "high"],
      ["tables", 0, undefined, tight.figureTableMax.tables, "ok"],
      ["pictures", 2, 3, undefined, "low"],
    ]);
    const ok = buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023);
    expect(ok.tallies.map((x) => x.status)).toEqual(["ok", "ok", "ok"]);
  });
  it("lists the hand items with labels in the locale", () => {
    const c = classified();
    const zhList = buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023);
    const enList = buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023, { locale: "en-US" });
    expect(zhList.hand.find((h) => h.id === "compliance")?.label).toContain("AQ 9010-2019");
    expect(enList.hand.find((h) => h.id === "truth")?.label).toMatch(/^Truthful/);
    expect(new Set(zhList.hand.flatMap((h) => h.requirementIds))).toEqual(
      new Set(["R5", "R8", "R9", "R12", "R20", "R23", "R24", "R25", "R26"])
    );
  });
});
