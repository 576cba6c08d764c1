/**
 * Rules declare when they apply (`meta.appliesTo`, issue 8): the checklist reads the declaration,
 * not a list of rule ids — a new rule is 不适用 where its part is missing without touching
 * checklist.ts.
 */
import { buildDocument, para } from "../fixtures/model-builders";
import { ruleApplicability } from "../../src/core/checklist";
import { classify } from "../../src/core/classify";
import { PROFILE_2023 } from "../../src/core/profile";
import type { Rule, RuleAppliesTo } from "../../src/core/rule";
import { allRules } from "../../src/core/rules";
import { reportDoc } from "./helpers";

function ruleApplying(appliesTo: RuleAppliesTo | undefined): Rule {
  return Object.freeze({
    meta: {
      id: "made-up-rule",
      titleId: "rules.made-up-rule.title",
      category: "counts",
      requirementIds: ["R7"],
      defaultSeverity: "warning",
      messageIds: [],
      ...(appliesTo ? { appliesTo } : {}),
    },
    check: () => undefined,
  }) as Rule;
}

const withoutPractice = () =>
  buildDocument([
    para("某市安责险服务实践"),
    para("——某某保险股份有限公司某市分公司"),
    para("一、实施背景"),
    para("企业开展隐患排查治理。"),
    para("三、实施效果"),
    para("事故率下降。"),
  ]);

describe("meta.appliesTo", () => {
  it.each<[RuleAppliesTo | undefined, string | null, string | null]>([
    [undefined, null, null],
    ["report", null, null],
    ["practice", null, "checklist.notApplicable.noPractice"],
    ["effect", null, null],
    ["unitIntro", null, "checklist.notApplicable.noUnitIntro"],
    ["title", null, null],
    ["form", "checklist.notApplicable.noForm", "checklist.notApplicable.noForm"],
  ])(
    "a rule declaring %s: full report → %s, no 主要做法/单位简介 → %s",
    (appliesTo, full, partial) => {
      const rule = ruleApplying(appliesTo);
      expect(ruleApplicability(rule, classify(reportDoc(), PROFILE_2023), PROFILE_2023)).toBe(full);
      expect(ruleApplicability(rule, classify(withoutPractice(), PROFILE_2023), PROFILE_2023)).toBe(
        partial
      );
    }
  );

  it("the built-in rules declare it: every 申报书 rule 'form', the part rules their part", () => {
    const declared = Object.fromEntries(
      allRules.map((r) => [r.meta.id, r.meta.appliesTo ?? "report"])
    );
    for (const r of allRules)
      if (r.meta.category === "form") expect(declared[r.meta.id]).toBe("form");
    expect(declared["title-length"]).toBe("title");
    expect(declared["practice-share"]).toBe("practice");
    expect(declared["picture-resolution"]).toBe("pictures");
    expect(declared["role-format"]).toBe("formattedText");
    expect(declared["report-structure"]).toBe("report");
  });
});
