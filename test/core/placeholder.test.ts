/**
 * Template placeholders are 未填写 (issue 9): recognised by the profile's brackets, counted as 0 字,
 * never passed by a rule that judges content, and shown as "unfilled" in the checklist.
 */
import { analyze } from "../../src/core/analyze";
import type { CountStatus } from "../../src/core/checklist";
import { classify, sectionWordCounts } from "../../src/core/classify";
import { isPlaceholderText, isUnfilled } from "../../src/core/placeholder";
import { PROFILE_2023, type Profile } from "../../src/core/profile";
import { templateParagraphs } from "../../src/ooxml/template";
import { asRole, buildDocument, para, type ParaSpec } from "../fixtures/model-builders";

const P = PROFILE_2023.placeholder;

describe("isPlaceholderText", () => {
  const cases: [string, boolean][] = [
    ["【在此输入案例题目，20字以内】", true],
    ["  【在此输入案例题目】\u3000", true],
    ["——【申报单位全称】", true],
    ["—【申报单位全称】", true],
    ["（一）【二级标题】", true],
    ["(一)【二级标题】", true],
    ["1.【三级标题】", true],
    ["1．【三级标题】", true],
    ["2.【客户感谢信（可选）】", true],
    ["①【要点】", true],
    ["【一】【二】", true],
    // the writer's text
    ["", false],
    ["安责险服务创新实践", false],
    ["【典型做法】一是建立隐患台账", false],
    ["建立台账【见附件】", false],
    ["——某某保险股份有限公司某分公司", false],
    ["一、实施背景", false],
    ["【未闭合的括号", false],
    ["【外【内】】", false],
    ["【】x", false],
  ];
  it.each(cases)("%j → %s", (text, expected) => {
    expect(isPlaceholderText(text, P)).toBe(expected);
  });

  it("uses the profile's brackets, not a hard-coded 【】", () => {
    const square = { open: "[", close: "]" };
    expect(isPlaceholderText("[在此输入题目]", square)).toBe(true);
    expect(isPlaceholderText("【在此输入题目】", square)).toBe(false);
  });

  it("is linear: a 200 000-character line of brackets is answered at once", () => {
    const t0 = Date.now();
    expect(isPlaceholderText("【".repeat(100_000) + "】".repeat(100_000), P)).toBe(false);
    expect(isPlaceholderText("【a】".repeat(70_000), P)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

/** The template's paragraphs as a document, each with the style of its role. */
function templateDoc(profile: Profile = PROFILE_2023, edit?: (p: ParaSpec[]) => void) {
  const paras = templateParagraphs(profile).map((p) => para(p.text, asRole(p.role, profile)));
  edit?.(paras);
  return buildDocument(paras);
}

describe("the fresh template is 未填写, not content", () => {
  const analysis = analyze(templateDoc());
  const status = (id: string): CountStatus | undefined =>
    analysis.checklist.counts.find((c) => c.id === id)?.status;

  it("marks exactly the placeholder paragraphs", () => {
    const marked = analysis.classified.paragraphs
      .filter((p) => p.placeholder === true)
      .map((p) => analysis.classified.doc.paragraphs[p.index]!.text);
    const expected = templateParagraphs(PROFILE_2023)
      .map((p) => p.text)
      .filter((t) => t.includes("【"));
    expect(marked).toEqual(expected);
    expect(marked).toContain("——【申报单位全称】");
  });

  it("counts placeholders as 0 字: 题目 0, 单位简介 0, parts hold only their headings", () => {
    const counts = sectionWordCounts(analysis.classified);
    expect(counts.title).toBe(0);
    expect(counts.unitIntro).toBe(0);
    // "一、实施背景": the heading is the writer's text (4 字 + the numbering label 一、 typed, 1 字 + 1)
    expect(counts.background).toBeLessThan(10);
    expect(analysis.checklist.counts.find((c) => c.id === "title")!.value).toBe(0);
  });

  it.each([
    ["title", "unfilled"],
    ["unitIntro", "unfilled"],
    ["body", "unfilled"],
    ["background", "unfilled"],
    ["practice", "unfilled"],
    ["practiceShare", "unfilled"],
    ["effect", "unfilled"],
  ] as [string, CountStatus][])("count %s is %s", (id, expected) => {
    expect(status(id)).toBe(expected);
  });

  it.each([
    ["title-length", "checklist.notApplicable.titleUnfilled"],
    ["title-names", "checklist.notApplicable.titleUnfilled"],
    ["unit-line", "checklist.notApplicable.unitLineUnfilled"],
    ["unit-intro-length", "checklist.notApplicable.unitIntroUnfilled"],
    ["body-length", "checklist.notApplicable.bodyUnfilled"],
    ["practice-share", "checklist.notApplicable.practiceUnfilled"],
    ["effect-data", "checklist.notApplicable.effectUnfilled"],
  ])("rule %s does not pass a placeholder: 未填写 (%s), no finding", (ruleId, reason) => {
    const g = analysis.checklist.groups.find((x) => x.ruleId === ruleId)!;
    expect(g.status).toBe("notApplicable");
    expect(g.notApplicableId).toBe(reason);
    expect(g.findings).toEqual([]);
  });

  it("judges no placeholder text: no first-person finding on the template's 不用“我们”", () => {
    const fp = analysis.checklist.groups.find((x) => x.ruleId === "first-person")!;
    expect(fp.findings).toEqual([]);
  });
});

describe("a part the writer filled is counted and judged again", () => {
  it("a written title is counted and checked; the rest stays 未填写", () => {
    const long = "关于某市建筑施工企业开展安全生产责任保险事故预防服务的创新实践案例";
    const a = analyze(
      templateDoc(PROFILE_2023, (p) => {
        p[0] = para(long, asRole("title"));
      })
    );
    const title = a.checklist.counts.find((c) => c.id === "title")!;
    expect(title.status).toBe("high");
    expect(title.value).toBeGreaterThan(20);
    const g = a.checklist.groups.find((x) => x.ruleId === "title-length")!;
    expect(g.status).toBe("failed");
    expect(a.checklist.counts.find((c) => c.id === "unitIntro")!.status).toBe("unfilled");
  });

  it("a brand name typed over the unit line's placeholder is judged (notFullName)", () => {
    const a = analyze(
      templateDoc(PROFILE_2023, (p) => {
        p[1] = para("——平安产险", asRole("unitLine"));
      })
    );
    const g = a.checklist.groups.find((x) => x.ruleId === "unit-line")!;
    expect(g.status).toBe("failed");
    expect(g.findings.map((f) => f.messageId)).toEqual(["notFullName"]);
  });

  it("a wrong dash before the placeholder is still reported", () => {
    const a = analyze(
      templateDoc(PROFILE_2023, (p) => {
        p[1] = para("—【申报单位全称】", asRole("unitLine"));
      })
    );
    const g = a.checklist.groups.find((x) => x.ruleId === "unit-line")!;
    expect(g.findings.map((f) => f.messageId)).toEqual(["wrongDash"]);
    expect(g.status).toBe("failed");
  });

  it("one written body paragraph makes 正文 filled: counted, and short is an error again", () => {
    const a = analyze(
      templateDoc(PROFILE_2023, (p) => {
        const i = p.findIndex((x) => x.text.startsWith("【简要描述"));
        p[i] = para("某市建筑施工企业多，高处坠落事故多发，亟需前移风险识别。", asRole("body"));
      })
    );
    const body = a.checklist.counts.find((c) => c.id === "body")!;
    expect(body.status).toBe("low");
    expect(a.checklist.counts.find((c) => c.id === "background")!.status).toBe("ok");
    expect(a.checklist.counts.find((c) => c.id === "practice")!.status).toBe("unfilled");
    const g = a.checklist.groups.find((x) => x.ruleId === "body-length")!;
    expect(g.findings.map((f) => f.messageId)).toEqual(["tooShort"]);
  });

  it("【…】 inside the writer's text is text: counted in full", () => {
    const doc = buildDocument([para("【典型做法】一是建立隐患台账", asRole("title"))]);
    const c = classify(doc, PROFILE_2023);
    expect(c.paragraphs[0]!.placeholder).toBeUndefined();
    expect(isUnfilled(c, "title")).toBe(false);
    expect(sectionWordCounts(c).title).toBeGreaterThan(10);
  });

  it("follows the profile: other brackets, other placeholders", () => {
    const square: Profile = { ...PROFILE_2023, placeholder: { open: "[", close: "]" } };
    const a = analyze(templateDoc(square), square);
    expect(a.checklist.counts.find((c) => c.id === "title")!.status).toBe("unfilled");
    // the same template under the 2023 brackets: "[…]" is text
    const b = analyze(templateDoc(square), PROFILE_2023);
    expect(b.checklist.counts.find((c) => c.id === "title")!.status).not.toBe("unfilled");
  });
});
