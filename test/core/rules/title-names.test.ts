import { asRole, para } from "../../fixtures/model-builders";
import {
  branchShortForm,
  declaredShortNames,
  titleNames,
  unitShortForms,
  findNames,
} from "../../../src/core/rules/title-names";
import { P, lintWith, reportSpecs, ruleTester, withPara } from "../helpers";

const specs = reportSpecs();
const title = (text: string, unit = "——中国平安财产保险股份有限公司浙江分公司") =>
  withPara(
    withPara(specs, P.title, para(text, asRole("title"))),
    P.unitLine,
    para(unit, asRole("unitLine"))
  );

ruleTester(titleNames, {
  valid: [
    { name: "the default report", doc: specs },
    { name: "title without the unit's name", doc: title("安责险事故预防服务创新实践") },
    {
      name: "generic words of the name are not a short form",
      doc: title("构建安全技术服务新模式", "——杭州市安全技术服务有限公司"),
    },
    { name: "no unit line: nothing to compare", doc: specs.filter((_, i) => i !== P.unitLine) },
  ],
  invalid: [
    {
      name: "the full name",
      doc: title("中国平安财产保险股份有限公司浙江分公司的预防服务"),
      errors: [
        {
          messageId: "unitName",
          paragraph: P.title,
          span: [0, 19],
          severity: "error",
          data: { name: "中国平安财产保险股份有限公司浙江分公司" },
          fix: null,
        },
      ],
    },
    {
      name: "the brand short form",
      doc: title("平安护航企业安全"),
      errors: [{ messageId: "unitName", paragraph: P.title, span: [0, 2], data: { name: "平安" } }],
    },
    {
      name: "the name without suffix and region",
      doc: title("平安财产保险的风险减量实践"),
      errors: [
        { messageId: "unitName", paragraph: P.title, span: [0, 6], data: { name: "平安财产保险" } },
      ],
    },
  ],
});

describe("title-names with creator names", () => {
  it("reports a creator's name from LintOptions.creatorNames", () => {
    const r = lintWith(titleNames, title("张伟团队的隐患排查实践"), {
      creatorNames: ["张伟", "李"],
    });
    expect(r.findings.map((f) => [f.messageId, f.data.name, f.target])).toEqual([
      ["creatorName", "张伟", expect.objectContaining({ span: [0, 2] })],
    ]);
  });
  it("says nothing without names", () => {
    expect(lintWith(titleNames, title("张伟团队的隐患排查实践")).findings).toEqual([]);
  });
});

describe("unitShortForms", () => {
  it.each([
    [
      "中国平安财产保险股份有限公司浙江分公司",
      [
        "中国平安财产保险股份有限公司浙江分公司",
        "中国平安财产保险股份有限公司",
        "中国平安财产保险股份有限公司浙江",
        "平安财产保险股份有限公司浙江",
        "中国平安财产保险",
        "平安财产保险",
        "浙江分公司",
        "平安",
      ],
    ],
    [
      "浙江省安信安全技术服务有限公司",
      ["浙江省安信安全技术服务有限公司", "浙江省安信安全技术服务", "安信安全技术服务", "安信"],
    ],
    [
      "杭州市西湖区安信科技有限公司（盖章）",
      ["杭州市西湖区安信科技有限公司", "杭州市西湖区安信科技", "安信科技", "安信"],
    ],
    ["杭州市安全技术服务有限公司", ["杭州市安全技术服务有限公司", "杭州市安全技术服务"]],
    ["华东市场服务有限公司", ["华东市场服务有限公司", "华东市场服务", "华东市场"]],
    ["  ", []],
  ])("%s", (name, forms) => {
    expect(new Set(unitShortForms(name))).toEqual(new Set(forms));
    const out = unitShortForms(name);
    for (let i = 1; i < out.length; i++)
      expect(out[i]!.length).toBeLessThanOrEqual(out[i - 1]!.length);
  });
});

describe("findNames", () => {
  it("longest first, non-overlapping, case-insensitive", () => {
    expect(findNames("Ping An平安平安财险", ["平安", "平安财险", "ping an"])).toEqual([
      { span: [0, 7], name: "Ping An" },
      { span: [7, 9], name: "平安" },
      { span: [9, 13], name: "平安财险" },
    ]);
  });
});

describe("title-names: a branch's own name and declared short names (R3)", () => {
  const unit = "——某某财产保险股份有限公司某市分公司";
  it("the branch's own name in the title is an error", () => {
    const r = lintWith(titleNames, title("某市分公司隐患闭环管理实践", unit));
    expect(r.findings.map((f) => [f.messageId, f.severity, f.data.name])).toEqual([
      ["unitName", "error", "某市分公司"],
    ]);
  });

  it.each([
    ["某某财产保险股份有限公司某市分公司", "某市分公司"],
    ["中国平安财产保险股份有限公司浙江分公司", "浙江分公司"],
    ["中国人民财产保险股份有限公司杭州市分公司", "杭州市分公司"],
    ["中国人寿保险股份有限公司杭州市西湖区支公司", "杭州市西湖区支公司"],
    ["某某保险股份有限公司某市中心支公司", "某市中心支公司"],
    ["某某集团某某营业部", "某某营业部"],
    ["某某有限公司分公司", null],
    ["某某有限公司", null],
  ])("branchShortForm(%s) = %s", (name, form) => {
    expect(branchShortForm(name)).toBe(form);
    if (form !== null) expect(unitShortForms(name)).toContain(form);
  });

  it("invents no abbreviation", () => {
    expect(unitShortForms("中国平安财产保险股份有限公司浙江分公司")).not.toContain("平安财险");
    expect(unitShortForms("中国人民财产保险股份有限公司杭州市分公司")).not.toContain("人保财险");
  });

  it.each([
    ["某某保险股份有限公司某市分公司（以下简称“某市分公司”）成立于2005年", ["某市分公司"]],
    ["某某保险股份有限公司某市分公司(以下简称某市分公司)成立于2005年", ["某市分公司"]],
    ["中国人民财产保险股份有限公司，简称“人保财险”，是……", ["人保财险"]],
    ["中国人民财产保险股份有限公司（简称：「人保财险」）", ["人保财险"]],
    ["安全生产责任保险（以下简称“安责险”）是……", []],
    ["简称“人保财险”", []],
    ["某某科技有限公司（以下简称“公司”）", []],
    ["某某科技有限公司（以下简称“本公司”）", []],
  ])("declaredShortNames(%s)", (text, names) => {
    expect(declaredShortNames(text)).toEqual(names);
  });

  it("a short name declared in 单位简介 or 正文 is the unit's name", () => {
    const intro = "中国人民财产保险股份有限公司杭州市分公司（以下简称“人保杭州”）成立于1949年。";
    const base = title("人保杭州隐患闭环管理实践", "——中国人民财产保险股份有限公司杭州市分公司");
    expect(lintWith(titleNames, base).findings).toEqual([]);
    const inIntro = withPara(base, P.intro, para(intro, asRole("unitIntro")));
    expect(lintWith(titleNames, inIntro).findings.map((f) => f.data.name)).toEqual(["人保杭州"]);
    const inBody = withPara(
      base,
      P.effectText,
      para(`中国人民财产保险股份有限公司（简称“人保杭州”）的做法。`, asRole("body"))
    );
    expect(lintWith(titleNames, inBody).findings.map((f) => f.data.name)).toEqual(["人保杭州"]);
  });
});
