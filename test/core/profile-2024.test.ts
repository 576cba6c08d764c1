/**
 * A second, fictional profile ("2024": title ≤ 25, 单位简介 200–300, 正文 ≥ 4000, 主要做法 ≥ 60 %,
 * deadline 2024-09-30, headings in other fonts, other word lists) made from PROFILE_2023 as data
 * only. The same documents give different findings under the two profiles, which proves that the
 * rules read bounds, fonts, sizes, word lists and the deadline from the profile (requirements.md
 * §D), with no code change.
 */
import { analyze } from "../../src/core/analyze";
import { asRole, para, type ParaSpec } from "../fixtures/model-builders";
import type { Finding } from "../../src/core/findings";
import { PROFILE_2023, type Profile } from "../../src/core/profile";
import { formDoc } from "./form-helpers";
import { P, reportDoc, reportSpecs, withPara, zh } from "./helpers";

const P24: Profile = {
  ...PROFILE_2023,
  id: "case-report-2024-test",
  name: "2024年（虚构）案例报告",
  roles: {
    ...PROFILE_2023.roles,
    heading1: { ...PROFILE_2023.roles.heading1, eastAsia: "方正小标宋简体", sz: 32, zihao: "三号" },
    heading2: { ...PROFILE_2023.roles.heading2, eastAsia: "仿宋_GB2312", bold: false },
  },
  bounds: {
    ...PROFILE_2023.bounds,
    title: { max: 25 },
    unitIntro: { min: 200, max: 300 },
    body: { min: 4000 },
    practiceShare: { min: 0.6 },
  },
  sectionKeywords: { ...PROFILE_2023.sectionKeywords, effect: ["取得成效", "实施效果"] },
  firstPersonWords: [...PROFILE_2023.firstPersonWords, "笔者"],
  deadline: "2024-09-30",
  effectData: { ...PROFILE_2023.effectData, minFigures: 5 },
  figureTableMax: { figures: 1, tables: 1 },
};

const ids = (doc: ReturnType<typeof reportDoc>, profile: Profile): string[] =>
  analyze(doc, profile).lint.findings.map((f: Finding) => `${f.ruleId}/${f.messageId}`);
const doc = (specs: ParaSpec[]) => reportDoc(specs);

describe("a second profile changes the findings, not the code", () => {
  it("the compliant 2023 report: body too short and the fonts of headings under 2024", () => {
    const d = reportDoc();
    expect(ids(d, PROFILE_2023)).toEqual([]);
    const f24 = analyze(d, P24).lint.findings;
    expect(f24.find((f) => f.messageId === "tooShort")?.data).toMatchObject({
      count: 3000,
      min: 4000,
    });
    const h1 = f24.filter((f) => f.ruleId === "role-format" && f.target.kind === "paragraph");
    expect(h1.map((f) => f.data.required)).toEqual(
      expect.arrayContaining(["方正小标宋简体", "三号 16pt", "仿宋_GB2312"])
    );
    expect(f24.some((f) => f.messageId === "boldUnexpected")).toBe(true); // 2024 H2 not bold
    expect(f24.some((f) => f.ruleId === "effect-data")).toBe(true); // 3 figures < 5
    expect(f24.some((f) => f.messageId === "tooManyFigures")).toBe(true); // 2 photos > 1
  });

  it("title bound: 22 字 is too long in 2023 and fine in 2024", () => {
    const d = doc(withPara(reportSpecs(), P.title, para(zh(22), asRole("title"))));
    expect(ids(d, PROFILE_2023)).toContain("title-length/tooLong");
    expect(ids(d, P24)).not.toContain("title-length/tooLong");
  });

  it("单位简介 bounds: 250 字 is short in 2023 and fine in 2024; 350 the other way round", () => {
    const short = doc(reportSpecs({ intro: 250 }));
    expect(ids(short, PROFILE_2023)).toContain("unit-intro-length/tooShort");
    expect(ids(short, P24)).not.toContain("unit-intro-length/tooShort");
    const long = doc(reportSpecs({ intro: 350 }));
    expect(ids(long, PROFILE_2023)).not.toContain("unit-intro-length/tooLong");
    expect(ids(long, P24)).toContain("unit-intro-length/tooLong");
  });

  it("practice share: 65 % is low in 2023 and enough in 2024", () => {
    const d = doc(reportSpecs({ practice: 2600, background: 1000, effect: 400 }));
    expect(ids(d, PROFILE_2023)).toContain("practice-share/shareTooLow");
    expect(ids(d, P24)).not.toContain("practice-share/shareTooLow");
  });

  it("word lists: 笔者 is first person only in 2024; the missing part is named from the keywords", () => {
    const d = doc(
      withPara(reportSpecs(), P.backgroundText, para(`笔者${zh(494)}`, asRole("body")))
    );
    expect(ids(d, PROFILE_2023)).not.toContain("first-person/firstPerson");
    expect(ids(d, P24)).toContain("first-person/firstPerson");
    const noEffect = doc(reportSpecs().slice(0, P.effect));
    const missing = analyze(noEffect, P24).lint.findings.find((f) => f.messageId === "missingPart");
    expect(missing?.data.part).toBe("取得成效");
  });

  it("deadline: 2024-09-15 is late under 2023 and on time under 2024 (deadline 2024-09-30)", () => {
    const late = (date: string, p: Profile) =>
      analyze(formDoc({ submissionDate: date }), p)
        .lint.findings.filter((f) => f.ruleId === "form-date")
        .map((f) => f.messageId);
    expect(late("2024年9月15日", PROFILE_2023)).toEqual(["afterDeadline"]);
    expect(late("2024年9月15日", P24)).toEqual([]);
    expect(late("2024年10月8日", P24)).toEqual(["afterDeadline"]);
  });
});
