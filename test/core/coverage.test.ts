import * as fs from "fs";
import * as path from "path";
import {
  coverageProblems,
  REQUIREMENT_SOURCES,
  requirementCoverage,
  type RequirementHome,
} from "../../scripts/requirements-coverage";
import { PROFILE_2023 } from "../../src/core/profile";
import type { Rule } from "../../src/core/rule";
import { allRules } from "../../src/core/rules";
import { formParagraphs } from "../../src/ooxml/form";
import { templateParagraphs } from "../../src/ooxml/template";
import { requirementsMarkdown, REQUIREMENTS_DOC } from "../../scripts/gen-requirements";

const homes = requirementCoverage();
const home = (id: string): RequirementHome => homes.find((h) => h.id === id)!;

describe("requirement coverage", () => {
  it("every R1–R34 has a home (or a written reason) and every claimed kind is served", () => {
    expect(coverageProblems(homes)).toEqual([]);
  });

  it("rule ids come from the registry, not from typing", () => {
    for (const r of allRules) {
      for (const req of r.meta.requirementIds) expect(home(req).rules).toContain(r.meta.id);
    }
    expect(home("R3").rules).toEqual(["title-names"]);
    expect(home("R24").rules).toEqual(["privacy"]);
    for (const n of [27, 28, 29, 30, 31, 32, 33]) {
      expect(home(`R${n}`).rules.every((id) => id.startsWith("form-"))).toBe(true);
      expect(home(`R${n}`).rules.length).toBeGreaterThan(0);
    }
    expect(home("R34").modules).toEqual(["src/core/count.ts"]);
  });

  it("template parts exist in the templates", () => {
    const roles = new Set(templateParagraphs(PROFILE_2023).map((p) => p.role as string));
    for (const h of homes) {
      for (const part of h.templateParts ?? []) {
        if (part === "form") expect(formParagraphs(PROFILE_2023).length).toBeGreaterThan(0);
        else expect(roles.has(part)).toBe(true);
      }
    }
  });

  it("modules named exist", () => {
    for (const h of homes) {
      for (const m of h.modules ?? []) {
        expect(fs.existsSync(path.join(__dirname, "../..", m))).toBe(true);
      }
    }
  });

  it("R23 (picture export) names the CLI command, the pane's export and the shared code", () => {
    expect(home("R23").rules).toEqual([]);
    const modules = home("R23").modules ?? [];
    expect(modules).toEqual(
      expect.arrayContaining([
        "src/cli/export-images.ts",
        "src/taskpane/components/ExportSection.tsx",
        "src/word/exportPictures.ts",
        "src/ooxml/picture-files.ts",
        "src/ooxml/submission.ts",
        "src/cli/submission.ts",
      ])
    );
    for (const m of modules) expect(fs.existsSync(path.join(__dirname, "../..", m))).toBe(true);
    // PNG charts are converted to JPG now (case-report package, the pane's 导出提交材料)
    expect(home("R23").notYet).toBeUndefined();
    // The package kind is served by modules; without them it needs a reason again.
    const bare = homes.map((h) => (h.id === "R23" ? { ...h, modules: [], notYet: undefined } : h));
    expect(coverageProblems(bare)).toEqual([
      'R23: kind "package" has no home and no notYet reason',
    ]);
  });

  it("no notYet reason claims that something which exists is missing", () => {
    // R25: the PDF is written by case-report package and the pane (where Word gives one);
    // R29: the checklist has no 案例简介 count.
    expect(home("R25").notYet).toBeUndefined();
    for (const m of home("R25").modules ?? [])
      expect(fs.existsSync(path.join(__dirname, "../..", m))).toBe(true);
    expect(home("R29").counts).toEqual([]);
    for (const h of homes) if (h.notYet) expect(h.notYet).not.toMatch(/no export/);
  });

  it("fails when a requirement loses its home", () => {
    const stripped = homes.map((h) =>
      h.id === "R22" ? { ...h, rules: [], profileFields: [] } : h
    );
    expect(coverageProblems(stripped)).toEqual([
      "R22 has no home and no notYet reason",
      'R22: kind "check" has no home and no notYet reason',
    ]);
    expect(coverageProblems(homes.filter((h) => h.id !== "R5"))).toEqual(["R5 appears 0 times"]);
  });

  it("fails when a rule names an unknown requirement", () => {
    const bogus: Rule = {
      ...allRules[0]!,
      meta: { ...allRules[0]!.meta, requirementIds: ["R35"] },
    };
    expect(coverageProblems(homes, [bogus])).toEqual(["rule report-structure names unknown R35"]);
  });

  it("lists R1–R34 in order", () => {
    expect(REQUIREMENT_SOURCES.map((r) => r.id)).toEqual(
      Array.from({ length: 34 }, (_, i) => `R${i + 1}`)
    );
  });

  it("docs/requirements.md is what scripts/gen-requirements.ts writes (run it to update)", () => {
    expect(fs.readFileSync(REQUIREMENTS_DOC, "utf8")).toBe(requirementsMarkdown());
  });
});
