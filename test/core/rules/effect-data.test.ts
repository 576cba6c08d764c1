import { asRole, para } from "../../fixtures/model-builders";
import { effectData, effectFigures } from "../../../src/core/rules/effect-data";
import { P, reportSpecs, ruleTester, withPara, zh } from "../helpers";

const specs = reportSpecs();
/** `n` 字 of text without figures or comparison words (the shared filler contains 提升). */
const plain = (n: number) =>
  "保险机构组织专家深入企业现场服务".repeat(Math.ceil(n / 16)).slice(0, n);
const effect = (text: string) => withPara(specs, P.effectText, para(text, asRole("body")));

ruleTester(effectData, {
  valid: [
    { name: "the default report (three figures)", doc: specs },
    {
      name: "count, percentage, amount and a comparison",
      doc: effect(`排查隐患1,200处，整改率98.5%，节约费用35万元，事故同比下降30%。${zh(50)}`),
    },
    {
      name: "no 实施效果 part: body-length reports it",
      doc: specs.slice(0, P.effect),
    },
    {
      name: "百分之 and full-width digits count",
      doc: effect(`覆盖企业１２０家，整改率百分之九十五，赔付率下降到20%。${zh(20)}`),
    },
  ],
  invalid: [
    {
      name: "no figures at all",
      doc: effect(plain(300)),
      errors: [
        {
          messageId: "tooFewFigures",
          paragraph: P.effect,
          severity: "warning",
          data: { count: 0, min: 3, found: "无", foundEn: "none" },
          fix: null,
        },
      ],
    },
    {
      name: "dates, years, ordinals and standard codes are not figures",
      doc: effect(
        `2023年3月至2023-10-31期间，依据ISO45001和AQ9010开展5G巡检，效果明显提升。${zh(30)}`
      ),
      errors: [
        {
          messageId: "tooFewFigures",
          paragraph: P.effect,
          data: { count: 0, found: "前后对比" },
        },
      ],
    },
    {
      name: "the same figure twice is one figure",
      doc: effect(`整改率98%，复查整改率98%，节约10万元。${plain(30)}`),
      errors: [
        {
          messageId: "tooFewFigures",
          data: { count: 2, found: "百分比、金额" },
          paragraph: P.effect,
        },
      ],
    },
  ],
});

describe("effectFigures", () => {
  it.each([
    ["排查120处", [["120", "count"]]],
    ["整改率98.5%", [["98.5%", "percent"]]],
    ["节约35 万元", [["35万元", "amount"]]],
    ["共1,000元", [["1,000元", "amount"]]],
    ["百分之三十", [["百分之三十", "percent"]]],
    ["2023年3月15日", []],
    ["2023-10-31", []],
    ["ISO45001", []],
    ["1.建立制度", []],
    ["5G网络", []],
  ] as [string, [string, string][]][])("%s", (text, figures) => {
    expect(effectFigures(text).map((f) => [f.text, f.kind])).toEqual(figures);
  });
});
