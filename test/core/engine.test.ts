import { lint, findingId, isRequirementId, RULE_CRASHED_ID } from "../../src/core/engine";
import type { Edit, Target } from "../../src/core/findings";
import { registerMessages } from "../../src/core/messages";
import { refOf, textHash } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import { RuleReportError, type ReportDescriptor, type Rule } from "../../src/core/rule";
import { allRules } from "../../src/core/rules";
import { P, classified, picture, reportDoc, reportSpecs, withPara } from "./helpers";
import { asRole, para } from "../fixtures/model-builders";

const c = classified();
const doc = c.doc;
const ref = (i: number) => refOf(doc.paragraphs[i]!);
/** The id part of paragraph `i` of `doc`: "h" + its text hash. */
const h = (i: number, d = doc) => `h${textHash(d.paragraphs[i]!.text)}`;

/** A test rule reporting `descriptors` (or running `body`) under id "fake-rule". */
function fake(
  descriptors: ReportDescriptor[] | (() => void),
  meta: Partial<Rule["meta"]> = {}
): Rule {
  return {
    meta: {
      id: "fake-rule",
      titleId: "rules.fake-rule.title",
      category: "structure",
      requirementIds: ["R1"],
      defaultSeverity: "error",
      messageIds: ["plain", "withData"],
      ...meta,
    },
    check(ctx) {
      if (typeof descriptors === "function") descriptors();
      else descriptors.forEach((d) => ctx.report(d));
    },
  };
}

const cleanup: (() => void)[] = [];
beforeAll(() => {
  cleanup.push(
    registerMessages("zh-CN", "rules", {
      "fake-rule.title": "测试",
      "fake-rule.plain": "问题",
      "fake-rule.withData": "{count} 个问题",
      "fake-rule.zhOnly": "仅中文",
    }),
    registerMessages("en-US", "rules", {
      "fake-rule.title": "Test",
      "fake-rule.plain": "Problem",
      "fake-rule.withData": "{count} problems in {where}",
    })
  );
});
afterAll(() => cleanup.forEach((f) => f()));

const P0: Target = { kind: "paragraph", paragraph: ref(P.backgroundText) };

describe("lint: report validation throws naming the rule", () => {
  const stale = { ...ref(P.backgroundText), textHash: "00000000" };
  const len = doc.paragraphs[P.backgroundText]!.text.length;
  const cases: [string, ReportDescriptor, Partial<Rule["meta"]>, RegExp][] = [
    [
      "undeclared messageId",
      { messageId: "nope", target: P0 },
      {},
      /messageId "nope" is not declared/,
    ],
    [
      "no en-US string",
      { messageId: "zhOnly", target: P0 },
      { messageIds: ["zhOnly"] },
      /has no en-US string/,
    ],
    [
      "missing placeholder (en-US only)",
      { messageId: "withData", data: { count: 1 }, target: P0 },
      {},
      /needs data.where/,
    ],
    [
      "non-finite data",
      { messageId: "withData", data: { count: NaN, where: "x" }, target: P0 },
      {},
      /data.count/,
    ],
    [
      "paragraph out of range",
      {
        messageId: "plain",
        target: { kind: "paragraph", paragraph: { index: 999, textHash: "x" } },
      },
      {},
      /out of range/,
    ],
    [
      "stale textHash",
      { messageId: "plain", target: { kind: "paragraph", paragraph: stale } },
      {},
      /textHash/,
    ],
    [
      "span past the end",
      { messageId: "plain", target: { ...P0, span: [0, len + 1] } },
      {},
      /span/,
    ],
    ["inverted span", { messageId: "plain", target: { ...P0, span: [3, 2] } }, {}, /span/],
    [
      "picture out of range",
      { messageId: "plain", target: { kind: "picture", picture: 9, paragraph: ref(P.pic1) } },
      {},
      /picture 9/,
    ],
    [
      "picture in another paragraph",
      { messageId: "plain", target: { kind: "picture", picture: 0, paragraph: ref(P.pic2) } },
      {},
      /not in paragraph/,
    ],
    [
      "section out of range",
      { messageId: "plain", target: { kind: "section", section: 3 } },
      {},
      /section 3/,
    ],
    [
      "bad severity",
      { messageId: "plain", target: P0, severity: "fatal" as never },
      {},
      /severity/,
    ],
    ["bad requirement id", { messageId: "plain", target: P0, requirementIds: ["R35"] }, {}, /R35/],
    [
      "fix without fixable",
      {
        messageId: "plain",
        target: P0,
        fix: [{ op: "setRole", target: ref(P.backgroundText), role: "body" }],
      },
      {},
      /meta.fixable is not declared/,
    ],
    [
      "replaceText from a format-fixable rule",
      {
        messageId: "plain",
        target: P0,
        fix: [{ op: "replaceText", target: ref(P.backgroundText), span: [0, 1], text: "x" }],
      },
      { fixable: "format" },
      /replaceText needs meta.fixable "text"/,
    ],
    [
      "replaceText span outside the text",
      {
        messageId: "plain",
        target: P0,
        fix: [{ op: "replaceText", target: ref(P.backgroundText), span: [0, len + 5], text: "x" }],
      },
      { fixable: "text" },
      /fix\[0\]: span/,
    ],
    [
      "setRole with an unknown role",
      {
        messageId: "plain",
        target: P0,
        fix: [{ op: "setRole", target: ref(P.backgroundText), role: "footer" as never }],
      },
      { fixable: "format" },
      /role "footer"/,
    ],
    [
      "setRole headingEnd past the text",
      {
        messageId: "plain",
        target: P0,
        fix: [{ op: "setRole", target: ref(P.backgroundText), role: "body", headingEnd: len + 1 }],
      },
      { fixable: "format" },
      /headingEnd/,
    ],
    ["empty fix", { messageId: "plain", target: P0, fix: [] }, { fixable: "format" }, /non-empty/],
    [
      "unknown edit op",
      { messageId: "plain", target: P0, fix: [{ op: "delete" } as unknown as Edit] },
      { fixable: "text" },
      /unknown op/,
    ],
  ];
  it.each(cases)("%s", (_name, d, meta, pattern) => {
    const run = () => lint(c, PROFILE_2023, { rules: [fake([d], meta)] });
    expect(run).toThrow(RuleReportError);
    expect(run).toThrow(/^Rule "fake-rule": /);
    expect(run).toThrow(pattern);
  });

  it("accepts a valid report with every kind of fix", () => {
    const text = doc.paragraphs[P.backgroundText]!.text;
    const r = lint(c, PROFILE_2023, {
      rules: [
        fake(
          [
            {
              messageId: "withData",
              data: { count: 2, where: "x" },
              target: { ...P0, span: [0, text.length] },
              severity: "warning",
              requirementIds: ["R34"],
              fix: [
                { op: "setRole", target: ref(P.backgroundText), role: "body", headingEnd: 1 },
                { op: "setPage", width: 11906, height: 16838, orientation: "portrait" },
                { op: "replaceText", target: ref(P.backgroundText), span: [0, 0], text: "x" },
              ],
            },
          ],
          { fixable: "text" }
        ),
      ],
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      ruleId: "fake-rule",
      severity: "warning",
      requirementIds: ["R34"],
      message: "2 个问题",
      id: `fake-rule/withData@${h(P.backgroundText)}:0-${text.length}`,
    });
    expect(r.findings[0]!.fix).toHaveLength(3);
  });
});

describe("lint: crashes, ignores, disabled rules, order, locale", () => {
  it("a rule that throws becomes one rule-crashed finding; others still run", () => {
    const crashing = fake(() => {
      throw new TypeError("boom");
    });
    const r = lint(c, PROFILE_2023, { rules: [crashing, ...allRules] });
    expect(r.crashed).toEqual(["fake-rule"]);
    const crash = r.findings.filter((f) => f.ruleId === RULE_CRASHED_ID);
    expect(crash).toHaveLength(1);
    expect(crash[0]).toMatchObject({
      severity: "error",
      data: { rule: "fake-rule", error: "boom" },
      target: { kind: "document" },
    });
    expect(crash[0]!.message).toContain("boom");
    expect(r.ruleIds).toEqual(["fake-rule", ...allRules.map((x) => x.meta.id)]);
  });

  it("findings reported before a crash are discarded", () => {
    const rule: Rule = {
      ...fake([]),
      check(ctx) {
        ctx.report({ messageId: "plain", target: P0 });
        throw new Error("late");
      },
    };
    const r = lint(c, PROFILE_2023, { rules: [rule] });
    expect(r.findings.map((f) => f.ruleId)).toEqual([RULE_CRASHED_ID]);
  });

  it("ignoredFindingIds move findings to ignored", () => {
    const rule = fake([
      { messageId: "plain", target: P0 },
      { messageId: "plain", target: { kind: "document" } },
    ]);
    const id = findingId("fake-rule", "plain", P0);
    const r = lint(c, PROFILE_2023, { rules: [rule], ignoredFindingIds: [id] });
    expect(r.ignored.map((f) => f.id)).toEqual([id]);
    expect(r.findings.map((f) => f.id)).toEqual(["fake-rule/plain@doc"]);
  });

  it("disabled rules do not run", () => {
    const bad = reportDoc(
      withPara(
        reportSpecs(),
        P.title,
        para("x".repeat(5) + "我们" + "题".repeat(30), asRole("title"))
      )
    );
    const all = lint(classified(bad), PROFILE_2023);
    expect(all.findings.some((f) => f.ruleId === "title-length")).toBe(true);
    const r = lint(classified(bad), PROFILE_2023, { disabled: ["title-length", "no-such-rule"] });
    expect(r.findings.some((f) => f.ruleId === "title-length")).toBe(false);
    expect(r.findings.some((f) => f.ruleId === "first-person")).toBe(true);
    expect(r.ruleIds).not.toContain("title-length");
  });

  it("sorts document targets first, then by paragraph and span; duplicate ids get #n", () => {
    const rule = fake([
      {
        messageId: "plain",
        target: { kind: "paragraph", paragraph: ref(P.effectText), span: [4, 5] },
      },
      {
        messageId: "plain",
        target: { kind: "paragraph", paragraph: ref(P.effectText), span: [1, 2] },
      },
      { messageId: "plain", target: { kind: "paragraph", paragraph: ref(P.title) } },
      { messageId: "plain", target: { kind: "document" } },
      { messageId: "plain", target: { kind: "document" } },
      { messageId: "plain", target: { kind: "picture", picture: 0, paragraph: ref(P.pic1) } },
    ]);
    const r = lint(c, PROFILE_2023, { rules: [rule] });
    expect(r.findings.map((f) => f.id)).toEqual([
      "fake-rule/plain@doc",
      "fake-rule/plain@doc#2",
      `fake-rule/plain@${h(P.title)}`,
      "fake-rule/plain@pic0",
      `fake-rule/plain@${h(P.effectText)}:1-2`,
      `fake-rule/plain@${h(P.effectText)}:4-5`,
    ]);
  });

  it("ids are stable across runs", () => {
    const bad = reportDoc(
      withPara(reportSpecs(), P.backgroundText, para("我们我司", asRole("body")))
    );
    const a = lint(classified(bad), PROFILE_2023).findings.map((f) => f.id);
    const b = lint(classified(bad), PROFILE_2023).findings.map((f) => f.id);
    expect(a).toEqual(b);
    expect(a).toContain(`first-person/firstPerson@${h(P.backgroundText, bad)}:0-2`);
  });

  it("an ignore follows its paragraph when one is inserted above, and lapses when it is edited", () => {
    // 我们 in 实施背景 and, later, 我们 in 实施效果: two first-person findings.
    const specs = withPara(
      withPara(reportSpecs(), P.backgroundText, para("我们开展了排查。", asRole("body"))),
      P.effectText,
      para("企业隐患整改率100%。", asRole("body"))
    );
    const before = lint(classified(reportDoc(specs)), PROFILE_2023);
    const ignoredFinding = before.findings.find((f) => f.ruleId === "first-person")!;
    expect(ignoredFinding.target).toMatchObject({ paragraph: { index: P.backgroundText } });
    const ignoredFindingIds = [ignoredFinding.id];

    // Insert a paragraph with 我们 just above: it now sits at the old index of the ignored one.
    const inserted = [
      ...specs.slice(0, P.backgroundText),
      para("我们在此补充说明。", asRole("body")),
      ...specs.slice(P.backgroundText),
    ];
    const docAfter = reportDoc(inserted, {
      pictures: [picture(P.pic1 + 1), picture(P.pic2 + 1)],
    });
    const after = lint(classified(docAfter), PROFILE_2023, { ignoredFindingIds });
    const fp = (list: typeof after.findings) =>
      list.filter((f) => f.ruleId === "first-person").map((f) => f.target);
    // The same finding is still ignored, now one paragraph lower …
    expect(fp(after.ignored)).toEqual([
      expect.objectContaining({
        paragraph: expect.objectContaining({ index: P.backgroundText + 1 }),
      }),
    ]);
    expect(after.ignored.map((f) => f.id)).toEqual(ignoredFindingIds);
    // … and the new 我们 at the old index (same span) is NOT ignored.
    expect(fp(after.findings)).toEqual([
      expect.objectContaining({
        paragraph: expect.objectContaining({ index: P.backgroundText }),
        span: [0, 2],
      }),
    ]);

    // Editing the ignored paragraph's text: the ignore no longer applies (it lapses).
    const edited = withPara(
      inserted,
      P.backgroundText + 1,
      para("我们开展了专项排查。", asRole("body"))
    );
    const docEdited = reportDoc(edited, { pictures: [picture(P.pic1 + 1), picture(P.pic2 + 1)] });
    const third = lint(classified(docEdited), PROFILE_2023, { ignoredFindingIds });
    expect(third.ignored).toEqual([]);
    expect(fp(third.findings)).toHaveLength(2);
  });

  it("paragraph ids name the paragraph's text hash, not its index", () => {
    const target: Target = { kind: "paragraph", paragraph: ref(P.title), span: [1, 3] };
    expect(findingId("r", "m", target)).toBe(`r/m@h${textHash(doc.paragraphs[P.title]!.text)}:1-3`);
    expect(findingId("r", "m", { kind: "paragraph", paragraph: ref(P.title) })).toMatch(
      /^r\/m@h[0-9a-f]{8}$/
    );
    expect(findingId("r", "m", { kind: "picture", picture: 0, paragraph: ref(P.pic1) })).toBe(
      "r/m@pic0"
    );
    expect(findingId("r", "m", { kind: "section", section: 0 })).toBe("r/m@s0");
    expect(findingId("r", "m", { kind: "document" })).toBe("r/m@doc");
  });

  it("renders en-US messages on request", () => {
    const bad = reportDoc(withPara(reportSpecs(), P.backgroundText, para("我们", asRole("body"))));
    const r = lint(classified(bad), PROFILE_2023, { locale: "en-US" });
    const f = r.findings.find((x) => x.ruleId === "first-person");
    expect(f?.message).toMatch(/third person/);
  });

  it("duplicate rule ids throw", () => {
    expect(() => lint(c, PROFILE_2023, { rules: [fake([]), fake([])] })).toThrow(
      /Duplicate rule id "fake-rule"/
    );
  });

  it("the compliant report gives no finding from any rule", () => {
    const r = lint(c, PROFILE_2023);
    expect(r.findings.map((f) => f.message)).toEqual([]);
    expect(r.crashed).toEqual([]);
  });
});

describe("isRequirementId", () => {
  it.each([
    ["R1", true],
    ["R34", true],
    ["R35", false],
    ["R0", false],
    ["R01", false],
    ["r1", false],
  ])("%s → %s", (id, ok) => expect(isRequirementId(id)).toBe(ok));
});
