/**
 * A stand-alone 申报书 (the file `case-report new --form` writes, or a builder document of only
 * the form) is not checked as a report. Regression: before, `check` on it reported 缺少题目,
 * 正文 0 字, 0 张图片 … from the report rules.
 */
import { analyze } from "../../src/core/analyze";
import { FORM_ONLY, isFormOnly } from "../../src/core/checklist";
import { classify } from "../../src/core/classify";
import { lint } from "../../src/core/engine";
import { PROFILE_2023 } from "../../src/core/profile";
import { allRules } from "../../src/core/rules";
import { lookup } from "../../src/core/messages";
import { formDocx } from "../../src/ooxml/form";
import { parseDocx } from "../../src/ooxml/parse";
import { fillTemplate, formDoc, reportWithForm, VALID_FILL } from "./form-helpers";
import { reportDoc } from "./helpers";

const FORM_RULES = allRules.filter((r) => r.meta.category === "form").map((r) => r.meta.id);
const REPORT_RULES = allRules.filter((r) => r.meta.category !== "form").map((r) => r.meta.id);

describe("a document holding only the 申报书", () => {
  it("a filled-in form: no findings at all, report rules notApplicable (formOnly)", () => {
    const a = analyze(formDoc());
    expect(a.checklist.documentKind).toBe("noReport");
    expect(a.lint.findings).toEqual([]);
    expect(a.lint.ruleIds).toEqual(allRules.map((r) => r.meta.id));
    for (const g of a.checklist.groups) {
      if (FORM_RULES.includes(g.ruleId)) expect(g.status).toBe("passed");
      else expect(g).toMatchObject({ status: "notApplicable", notApplicableId: FORM_ONLY });
    }
    expect(a.checklist.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    expect(a.checklist.summary.rulesNotApplicable).toBe(REPORT_RULES.length);
  });

  it("the template of `case-report new --form`: only form-* findings", () => {
    const doc = parseDocx(formDocx(PROFILE_2023));
    const c = classify(doc, PROFILE_2023);
    expect(isFormOnly(c, PROFILE_2023)).toBe(true);
    const a = analyze(doc);
    expect(a.lint.findings.length).toBeGreaterThan(0); // the empty fields
    expect(a.lint.findings.every((f) => FORM_RULES.includes(f.ruleId))).toBe(true);
    const messages = a.lint.findings.map((f) => f.message).join("\n");
    expect(messages).not.toMatch(/题目|正文|图片|照片/);
    for (const id of REPORT_RULES) {
      const g = a.checklist.groups.find((x) => x.ruleId === id)!;
      expect(g).toMatchObject({
        status: "notApplicable",
        notApplicableId: FORM_ONLY,
        findings: [],
      });
    }
  });

  it("the filled-in template: form problems are still found", () => {
    const doc = fillTemplate(parseDocx(formDocx(PROFILE_2023)), {
      ...VALID_FILL,
      submissionDate: "2023年11月5日",
    });
    const a = analyze(doc);
    // No box is ticked in the template: form-category says so too.
    expect(a.lint.findings.map((f) => `${f.ruleId}/${f.messageId}`).sort()).toEqual([
      "form-category/noneTicked",
      "form-date/afterDeadline",
    ]);
  });

  it("a report, or a report with its form, is still checked as a report", () => {
    expect(isFormOnly(classify(reportDoc(), PROFILE_2023), PROFILE_2023)).toBe(false);
    expect(isFormOnly(classify(reportWithForm(), PROFILE_2023), PROFILE_2023)).toBe(false);
    const a = analyze(reportWithForm({ caseName: "" }));
    expect(a.checklist.groups.some((g) => g.notApplicableId === FORM_ONLY)).toBe(false);
  });

  it("lint's notApplicable option: listed in ruleIds, not run", () => {
    const c = classify(reportDoc(), PROFILE_2023);
    const crashing = {
      ...allRules[0]!,
      check: () => {
        throw new Error("ran");
      },
    };
    const r = lint(c, PROFILE_2023, { rules: [crashing], notApplicable: [crashing.meta.id] });
    expect(r).toEqual({ findings: [], ignored: [], crashed: [], ruleIds: [crashing.meta.id] });
  });

  it("the reason has zh-CN and en-US labels", () => {
    expect(lookup(FORM_ONLY, "zh-CN")).toMatch(/申报书/);
    expect(lookup(FORM_ONLY, "en-US")).toBeTruthy();
  });
});
