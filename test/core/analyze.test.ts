import { analyze } from "../../src/core/analyze";
import * as core from "../../src/core";
import { P, reportDoc, reportSpecs, withPara } from "./helpers";
import { asRole, para } from "../fixtures/model-builders";

describe("analyze", () => {
  it("classifies, lints, builds the checklist and counts the document", () => {
    const a = analyze(reportDoc());
    expect(a.lint.findings).toEqual([]);
    expect(a.classified.paragraphs[P.title]!.role).toBe("title");
    // every rule passes except the 申报书 rules, which do not apply (no form in the document)
    const { rulesPassed, rulesNotApplicable, rulesTotal } = a.checklist.summary;
    expect(rulesPassed + (rulesNotApplicable ?? 0)).toBe(rulesTotal);
    const notApplicable = a.checklist.groups.filter((g) => g.status === "notApplicable");
    expect(notApplicable.length).toBeGreaterThan(0);
    expect(notApplicable.every((g) => g.category === "form")).toBe(true);
    expect(a.checklist.groups.every((g) => g.status !== "failed")).toBe(true);
    // title 13 + unit line 16 (2 dashes + 14) + 单位简介 heading 4 + intro 350 + 正文 3000.
    expect(a.stats.words).toBe(
      a.checklist.counts.find((c) => c.id === "body")!.value + 350 + 4 + 13 + 16
    );
  });

  it("passes locale and ignores through", () => {
    const doc = reportDoc(withPara(reportSpecs(), P.backgroundText, para("我们", asRole("body"))));
    const first = analyze(doc, undefined, { locale: "en-US" });
    const f = first.lint.findings.find((x) => x.ruleId === "first-person")!;
    expect(f.message).toMatch(/third person/);
    expect(first.checklist.groups[0]!.title).toBe("Report structure and order");
    const second = analyze(doc, undefined, { ignoredFindingIds: [f.id] });
    expect(second.lint.ignored.map((x) => x.id)).toEqual([f.id]);
  });

  it("the core index exposes the public API", () => {
    for (const name of [
      "analyze",
      "lint",
      "buildChecklist",
      "planFormatting",
      "planFixes",
      "classify",
      "countWords",
      "allRules",
      "format",
      "t",
      "matchFont",
      "zihaoName",
      "PROFILE_2023",
      "parseHeadingMarker",
    ]) {
      expect(typeof (core as Record<string, unknown>)[name]).not.toBe("undefined");
    }
  });
});
