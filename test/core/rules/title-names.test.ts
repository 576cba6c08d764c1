import { asRole, para } from "../../../src/core/builders";
import { titleNames, unitShortForms, findNames } from "../../../src/core/rules/title-names";
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
          severity: "warning",
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
      expect(out[i].length).toBeLessThanOrEqual(out[i - 1].length);
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
