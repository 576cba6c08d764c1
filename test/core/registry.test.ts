import * as fs from "fs";
import * as path from "path";
import { isRequirementId, RULE_CRASHED_ID } from "../../src/core/engine";
import { LOCALES, lookup, placeholders } from "../../src/core/messages";
import { RULE_CATEGORIES, ruleMessageKey } from "../../src/core/rule";
import { allRules, ruleById } from "../../src/core/rules";

const RULES_DIR = path.join(__dirname, "../../src/core/rules");
const TESTS_DIR = path.join(__dirname, "rules");

describe("rule registry", () => {
  it("ids are unique kebab-case", () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("every rule file is registered, and its file name is the rule's id", () => {
    const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(
      allRules.map((r) => r.meta.id).sort()
    );
    for (const file of files) {
      const mod = require(path.join(RULES_DIR, file)) as Record<string, unknown>;
      const id = file.replace(/\.ts$/, "");
      expect(Object.values(mod)).toContain(ruleById(id));
    }
  });

  it("every rule has a test file", () => {
    for (const r of allRules)
      expect(fs.existsSync(path.join(TESTS_DIR, `${r.meta.id}.test.ts`))).toBe(true);
  });

  it.each(allRules.map((r) => [r.meta.id, r] as const))(
    "%s: declarations are complete",
    (_id, r) => {
      expect(RULE_CATEGORIES).toContain(r.meta.category);
      expect(["error", "warning", "info"]).toContain(r.meta.defaultSeverity);
      expect(r.meta.requirementIds.length).toBeGreaterThan(0);
      for (const req of r.meta.requirementIds) expect(isRequirementId(req)).toBe(true);
      expect(r.meta.titleId).toBe(ruleMessageKey(r.meta.id, "title"));
      expect(r.meta.messageIds.length).toBeGreaterThan(0);
      expect(new Set(r.meta.messageIds).size).toBe(r.meta.messageIds.length);
      for (const locale of LOCALES) {
        expect(lookup(r.meta.titleId, locale)).toBeTruthy();
        for (const m of r.meta.messageIds) {
          expect(m).toMatch(/^[a-z][A-Za-z]*$/);
          expect(lookup(ruleMessageKey(r.meta.id, m), locale)).toBeTruthy();
        }
      }
    }
  );

  it("every zh-CN finding message says what to do (请 … or 应 …)", () => {
    for (const r of allRules) {
      for (const m of r.meta.messageIds) {
        expect(lookup(ruleMessageKey(r.meta.id, m), "zh-CN")).toMatch(/请|应/);
      }
    }
  });

  it("the rule-crashed pseudo-rule has its strings", () => {
    for (const locale of LOCALES) {
      expect(
        placeholders(lookup(ruleMessageKey(RULE_CRASHED_ID, "crashed"), locale)!).sort()
      ).toEqual(["error", "rule"]);
      expect(lookup(ruleMessageKey(RULE_CRASHED_ID, "title"), locale)).toBeTruthy();
    }
  });
});
