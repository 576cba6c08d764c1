/**
 * Rule status (failed / passed / notApplicable), the notApplicable reasons, the summary's rule
 * counts and the document kind (empty / noReport / report) of the checklist. Regression: before,
 * rules with nothing to check (form rules without a 申报书, count rules without their part,
 * role-format on an empty or table-only document) read ✓ 已通过.
 */
import {
  buildChecklist,
  documentKindOf,
  groupStatus,
  ruleApplicability,
  summarizeGroups,
  type Checklist,
  type RuleGroup,
} from "../../src/core/checklist";
import { asRole, buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { classify } from "../../src/core/classify";
import { lint } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings";
import type { ReportDocument } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import { allRules } from "../../src/core/rules";
import { lookup } from "../../src/core/messages";
import { formDoc, reportWithForm } from "./form-helpers";
import { P, picture, reportDoc, reportSpecs } from "./helpers";

const FORM_RULES = allRules.filter((r) => r.meta.category === "form").map((r) => r.meta.id);

function checklistOf(doc: ReportDocument | ParaSpec[]): Checklist {
  const d = Array.isArray(doc) ? buildDocument(doc) : doc;
  const c = classify(d, PROFILE_2023);
  return buildChecklist(c, lint(c, PROFILE_2023), PROFILE_2023);
}

function statusOf(list: Checklist): Record<string, RuleGroup["status"]> {
  return Object.fromEntries(list.groups.map((g) => [g.ruleId, g.status]));
}

/** The rules whose group reads ✓ — status "passed". */
function passed(list: Checklist): string[] {
  return list.groups.filter((g) => g.status === "passed").map((g) => g.ruleId);
}

describe("rule status", () => {
  it("form rules are notApplicable without a 申报书, with their reason", () => {
    const list = checklistOf(reportDoc());
    for (const id of FORM_RULES) {
      const g = list.groups.find((x) => x.ruleId === id)!;
      expect(g).toMatchObject({
        status: "notApplicable",
        notApplicableId: "checklist.notApplicable.noForm",
      });
    }
    const others = list.groups.filter((g) => !FORM_RULES.includes(g.ruleId));
    expect(others.every((g) => g.status === "passed" && g.notApplicableId === undefined)).toBe(
      true
    );
  });

  it("form rules apply when the document has a 申报书", () => {
    const list = checklistOf(reportWithForm());
    for (const id of FORM_RULES) expect(statusOf(list)[id]).toBe("passed");
    const bad = checklistOf(reportWithForm({ caseName: "" }));
    expect(statusOf(bad)["form-required-fields"]).toBe("failed");
    expect(bad.documentKind).toBe("report");
  });

  it("an empty document: nothing reads ✓, documentKind empty", () => {
    for (const doc of [buildDocument([]), buildDocument([para(""), para("\u3000 ")])]) {
      const list = checklistOf(doc);
      expect(list.documentKind).toBe("empty");
      expect(passed(list)).toEqual([]);
      const s = statusOf(list);
      for (const id of ["title-length", "unit-intro-length", "practice-share", "role-format"]) {
        expect(s[id]).toBe("notApplicable");
      }
      // the rules that report the missing parts still fail
      expect(s["report-structure"]).toBe("failed");
      expect(s["body-length"]).toBe("failed");
      expect(list.groups.find((g) => g.ruleId === "first-person")?.notApplicableId).toBe(
        "checklist.notApplicable.emptyDocument"
      );
      expect(list.summary.rulesPassed).toBe(0);
      expect(list.summary.rulesNotApplicable).toBe(
        list.groups.filter((g) => g.status === "notApplicable").length
      );
      expect(list.summary.rulesTotal).toBe(allRules.length);
    }
  });

  it("a table-only document: documentKind noReport, count and format rules notApplicable", () => {
    const cells = ["项目", "数量", "隐患 12 项", "整改率98%"];
    const list = checklistOf(cells.map((t) => para(t, { tableDepth: 1 })));
    expect(list.documentKind).toBe("noReport");
    const s = statusOf(list);
    expect(s["title-length"]).toBe("notApplicable");
    expect(s["unit-intro-length"]).toBe("notApplicable");
    expect(s["practice-share"]).toBe("notApplicable");
    expect(s["role-format"]).toBe("notApplicable");
    expect(s["effect-data"]).toBe("notApplicable");
    for (const id of FORM_RULES) expect(s[id]).toBe("notApplicable");
    expect(s["report-structure"]).toBe("failed");
    expect(list.groups.find((g) => g.ruleId === "role-format")?.notApplicableId).toBe(
      "checklist.notApplicable.noFormattedText"
    );
    // every count reads "missing"
    expect(list.counts.every((c) => c.status === "missing")).toBe(true);
  });

  it("a document of only a 申报书 is noReport; its form rules apply", () => {
    const list = checklistOf(formDoc());
    expect(list.documentKind).toBe("noReport");
    for (const id of FORM_RULES) expect(statusOf(list)[id]).not.toBe("notApplicable");
  });

  it("a count rule is notApplicable when its part is missing", () => {
    const noPractice = reportSpecs().slice(0, P.practice); // title … 实施背景
    const s = statusOf(checklistOf(reportDoc(noPractice, { pictures: [] })));
    expect(s["practice-share"]).toBe("notApplicable");
    expect(s["effect-data"]).toBe("notApplicable");
    expect(s["picture-resolution"]).toBe("notApplicable");
    expect(s["unit-intro-length"]).toBe("passed");
    expect(s["title-length"]).toBe("passed");
    expect(s["body-length"]).toBe("failed"); // it reports the missing parts
    const noIntro = reportSpecs().filter((_, i) => i !== P.introHeading && i !== P.intro);
    const t = statusOf(checklistOf(reportDoc(noIntro)));
    expect(t["unit-intro-length"]).toBe("notApplicable");
    expect(t["report-structure"]).toBe("failed");
  });

  it("a rule with only notes passes; a rule with a finding is never notApplicable", () => {
    const info = { severity: "info" } as Finding;
    const warning = { severity: "warning" } as Finding;
    expect(groupStatus([], true)).toBe("passed");
    expect(groupStatus([], false)).toBe("notApplicable");
    expect(groupStatus([info], true)).toBe("passed");
    expect(groupStatus([info], false)).toBe("passed");
    expect(groupStatus([warning], false)).toBe("failed");
  });

  it("ruleApplicability names the reason; unknown rules apply", () => {
    const c = classify(reportDoc(), PROFILE_2023);
    const form = allRules.find((r) => r.meta.id === "form-date")!;
    expect(ruleApplicability(form, c, PROFILE_2023)).toBe("checklist.notApplicable.noForm");
    const custom = { ...allRules[0]!, meta: { ...allRules[0]!.meta, id: "x-custom" } };
    expect(ruleApplicability(custom, classify(buildDocument([]), PROFILE_2023), PROFILE_2023)).toBe(
      "checklist.notApplicable.emptyDocument"
    );
    expect(ruleApplicability(custom, c, PROFILE_2023)).toBeNull();
  });

  it("summarizeGroups agrees with buildChecklist's summary", () => {
    for (const doc of [reportDoc(), buildDocument([]), reportWithForm({ caseName: "" })]) {
      const list = checklistOf(doc);
      expect(summarizeGroups(list.groups)).toEqual(list.summary);
    }
  });

  it("has zh-CN and en-US labels for statuses, reasons and document kinds", () => {
    const keys = [
      "checklist.status.failed",
      "checklist.status.passed",
      "checklist.status.notApplicable",
      "checklist.documentKind.empty",
      "checklist.documentKind.noReport",
      ...[
        "emptyDocument",
        "noForm",
        "noTitle",
        "noUnitIntro",
        "noPractice",
        "noEffect",
        "noFormattedText",
        "noPictures",
      ].map((r) => `checklist.notApplicable.${r}`),
    ];
    for (const k of keys) {
      expect(lookup(k, "zh-CN")).toBeTruthy();
      expect(lookup(k, "en-US")).toBeTruthy();
    }
    expect(lookup("checklist.documentKind.empty", "zh-CN")).toBe("文档为空，请先插入模板");
    expect(lookup("checklist.documentKind.noReport", "zh-CN")).toBe("未识别到案例报告结构");
  });
});

describe("documentKindOf", () => {
  it("reads text boxes as text, pictures alone as empty", () => {
    const blank = buildDocument([para("")]);
    expect(documentKindOf(classify(blank, PROFILE_2023), PROFILE_2023)).toBe("empty");
    const photo = buildDocument([para("")], { pictures: [picture(0)] });
    expect(documentKindOf(classify(photo, PROFILE_2023), PROFILE_2023)).toBe("empty");
    const boxed = { ...blank, textBoxText: ["单位简介……"] };
    expect(documentKindOf(classify(boxed, PROFILE_2023), PROFILE_2023)).toBe("noReport");
    expect(
      documentKindOf(
        classify(buildDocument([para("随便写的一段话", asRole("body"))]), PROFILE_2023),
        PROFILE_2023
      )
    ).toBe(
      "report" // a first paragraph is taken as the 题目
    );
  });
});
