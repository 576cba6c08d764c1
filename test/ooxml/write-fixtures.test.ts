/**
 * @fileoverview The fixture documents (test/fixtures/*.docx): the files on disk are exactly what
 * scripts/make-fixtures.ts writes (regenerate with `npm run fixtures` after changing the
 * generator), the sample report has the sizes it promises (R2, R5–R8), and each fixture makes
 * the checker report what test/fixtures/README.md lists.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/core/classify";
import { countWords } from "../../src/core/count";
import { lint } from "../../src/core/engine";
import { PROFILE_2023 } from "../../src/core/profile";
import { buildDocx } from "../fixtures/draft-docx";
import { parseDocx } from "../../src/ooxml/parse";
import { templateDocx } from "../../src/ooxml/template";
import { allDrafts, sampleLines } from "../fixtures/drafts";
import { SAMPLE } from "../fixtures/sample-content";

const P = PROFILE_2023;
const DIR = join(__dirname, "..", "fixtures");
const drafts = allDrafts(P);

describe("sample report sizes", () => {
  const count = (texts: string[]): number => texts.reduce((n, t) => n + countWords(t), 0);
  const lines = sampleLines();
  const section = (from: string, to: string): string[] => {
    const a = lines.findIndex((l) => l.text === from);
    const b = lines.findIndex((l) => l.text === to);
    return lines
      .slice(a, b)
      .filter((l) => l.role !== "caption")
      .map((l) => l.text);
  };
  const background = section(SAMPLE.background.heading, SAMPLE.practice.heading);
  const practice = section(SAMPLE.practice.heading, SAMPLE.effect.heading);
  const effect = section(SAMPLE.effect.heading, SAMPLE.attachmentHeading);

  it("meets the 2023 bounds with margin", () => {
    expect(countWords(SAMPLE.title)).toBeLessThanOrEqual(20);
    expect(count(SAMPLE.unitIntro)).toBeGreaterThanOrEqual(320);
    expect(count(SAMPLE.unitIntro)).toBeLessThanOrEqual(380);
    expect(count(background)).toBeGreaterThan(400);
    expect(count(practice)).toBeGreaterThanOrEqual(2400);
    expect(count(effect)).toBeGreaterThan(400);
    const body = count(background) + count(practice) + count(effect);
    expect(body).toBeGreaterThanOrEqual(3000);
    expect(count(practice) / body).toBeGreaterThanOrEqual(0.72);
  });

  it("is written in the third person with the unit's short name", () => {
    const all = lines.map((l) => l.text).join("\n");
    for (const w of P.firstPersonWords) expect(all).not.toContain(w);
    expect(all).toContain(SAMPLE.unitShortName);
    expect(SAMPLE.title).not.toContain(SAMPLE.unitShortName);
    expect(effect.join("")).toMatch(/\d+(\.\d+)?%/);
  });
});

describe("fixture files", () => {
  it.each([...Object.keys(drafts), "template.docx"])("%s is what the generator writes", (name) => {
    const expected = name === "template.docx" ? templateDocx(P) : buildDocx(drafts[name]!.spec);
    const onDisk = readFileSync(join(DIR, name));
    expect(Buffer.from(expected).equals(onDisk)).toBe(true);
  });

  /** ruleId/messageId → count, as listed in test/fixtures/README.md. */
  const EXPECTED: Record<string, Record<string, number>> = {
    "compliant.docx": {},
    "draft-first-person.docx": { "first-person/firstPerson": 3 },
    "draft-level4.docx": { "heading-levels/tooDeep": 1 },
    "draft-short-practice.docx": {
      "body-length/tooShort": 1,
      "practice-share/tooShort": 1,
      "practice-share/shareTooLow": 1,
    },
    "draft-multiple-spacing.docx": { "role-format/spacingWrong": 21 },
  };

  it.each(Object.entries(EXPECTED))("%s produces exactly its findings", (name, expected) => {
    const doc = parseDocx(readFileSync(join(DIR, name)));
    const got: Record<string, number> = {};
    for (const f of lint(classify(doc, P), P).findings) {
      const k = `${f.ruleId}/${f.messageId}`;
      got[k] = (got[k] ?? 0) + 1;
    }
    expect(got).toEqual(expected);
  });

  it("draft-wrong-fonts.docx: wrong fonts are errors, 楷体 for 楷体_GB2312 a look-alike warning", () => {
    const doc = parseDocx(readFileSync(join(DIR, "draft-wrong-fonts.docx")));
    const findings = lint(classify(doc, P), P).findings;
    const kinds = new Set(findings.map((f) => `${f.ruleId}/${f.messageId}/${f.severity}`));
    // The writer typed the marks “”—… without the East Asian hint over a Latin font: they render
    // in Times New Roman (facts §6 case 1), a finding of its own.
    expect([...kinds].sort()).toEqual([
      "cjk-marks-font/latinFont/warning",
      "role-format/fontLookAlike/warning",
      "role-format/fontWrong/error",
    ]);
    const reqs = new Set(findings.flatMap((f) => f.requirementIds));
    for (const r of ["R14", "R15", "R16", "R17", "R18", "R19"]) expect(reqs).toContain(r);
  });

  it("draft-unstyled.docx: page, theme fonts, sizes, spacing, bold and a low-dpi photo", () => {
    const doc = parseDocx(readFileSync(join(DIR, "draft-unstyled.docx")));
    const findings = lint(classify(doc, P), P).findings;
    const kinds = new Set(findings.map((f) => `${f.ruleId}/${f.messageId}`));
    for (const k of [
      "page-setup/wrongSize",
      "role-format/fontTheme",
      "role-format/sizeWrong",
      "role-format/spacingWrong",
      "role-format/boldMissing",
      "picture-resolution/lowDpi",
    ]) {
      expect(kinds).toContain(k);
    }
    // the automatic numbers are seen as headings: no structure findings
    expect(
      findings.filter((f) => f.ruleId === "report-structure" || f.ruleId === "heading-levels")
    ).toEqual([]);
  });
});
