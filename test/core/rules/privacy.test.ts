import { asRole, para } from "../../fixtures/model-builders";
import {
  findPersonalData,
  isValidIdNumber15,
  isValidIdNumber18,
  luhnValid,
  maskValue,
  privacy,
} from "../../../src/core/rules/privacy";
import { P, reportSpecs, ruleTester, withPara } from "../helpers";

/** Check digits computed by hand with ISO 7064 MOD 11-2 and Luhn for these fixtures. */
const ID18 = "330106199003071236";
const ID18X = "11010519491231002X";
const CARD19 = "6222021001123456789";
const CARD16 = "6228480012345671";

const specs = reportSpecs();
const bg = (text: string) => withPara(specs, P.backgroundText, para(text, asRole("body")));

ruleTester(privacy, {
  valid: [
    { name: "the default report", doc: specs },
    {
      name: "numbers that are not personal data",
      doc: bg("投入资金12000000元，编号AQ9010-2019，订单号A13812345678，共330106199003071235项"),
    },
    {
      name: "the 申报书 contact row is the form's business",
      doc: [
        ...specs,
        para("推荐单位联系人", { tableDepth: 1 }),
        para("13812345678", { tableDepth: 1 }),
        para("zhang@example.com", { tableDepth: 1 }),
      ],
    },
  ],
  invalid: [
    {
      name: "mobile with separators, landline, e-mail",
      doc: bg("联系人手机138-1234-5678，电话0571-88886666，邮箱zhang.san@example.com。"),
      errors: [
        {
          messageId: "mobile",
          paragraph: P.backgroundText,
          span: [5, 18],
          severity: "warning",
          data: { value: "138-****-5678" },
          fix: null,
        },
        { messageId: "landline", paragraph: P.backgroundText, span: [21, 34] },
        {
          messageId: "email",
          paragraph: P.backgroundText,
          span: [37, 58],
          data: { value: "z***@example.com" },
        },
      ],
    },
    {
      name: "ID numbers (18 with X, 15 old) and a bank card",
      doc: bg(`身份证${ID18X}，旧证330106900307123，卡号${CARD19}`),
      errors: [
        { messageId: "idNumber", paragraph: P.backgroundText, span: [3, 21] },
        { messageId: "idNumber", paragraph: P.backgroundText, span: [24, 39] },
        { messageId: "bankCard", paragraph: P.backgroundText, span: [42, 61] },
      ],
    },
    {
      name: "in 单位简介 too",
      doc: withPara(
        specs,
        P.intro,
        para(`负责人电话13912345678${"公".repeat(300)}`, asRole("unitIntro"))
      ),
      errors: [{ messageId: "mobile", paragraph: P.intro, span: [5, 16] }],
    },
  ],
});

describe("privacy helpers", () => {
  it("ID check characters", () => {
    expect(isValidIdNumber18(ID18)).toBe(true);
    expect(isValidIdNumber18(ID18X)).toBe(true);
    expect(isValidIdNumber18(ID18X.toLowerCase())).toBe(true);
    expect(isValidIdNumber18("330106199003071235")).toBe(false); // wrong check digit
    expect(isValidIdNumber18("330106199013071236")).toBe(false); // month 13
    expect(isValidIdNumber15("330106900307123")).toBe(true);
    expect(isValidIdNumber15("330106901307123")).toBe(false);
  });
  it("Luhn", () => {
    expect(luhnValid(CARD16)).toBe(true);
    expect(luhnValid(CARD19)).toBe(true);
    expect(luhnValid("6228480012345672")).toBe(false);
    expect(luhnValid("12a4")).toBe(false);
  });
  it("bank card in groups of four; an invalid Luhn number is not a card", () => {
    expect(findPersonalData("卡号6228 4800 1234 5671").map((d) => d.kind)).toEqual(["bankCard"]);
    expect(findPersonalData("卡号6228 4800 1234 5672")).toEqual([]);
  });
  it("full-width digits and +86", () => {
    expect(findPersonalData("手机＋86 13812345678").map((d) => d.kind)).toEqual(["mobile"]);
    // A full-width hyphen between area code and number (and before an extension).
    expect(findPersonalData("电话0571－87654321。").map((d) => [d.kind, d.span])).toEqual([
      ["landline", [2, 15]],
    ]);
    expect(
      findPersonalData("电话０５７１－８７６５４３２１－８０１").map((d) => [d.kind, d.span])
    ).toEqual([["landline", [2, 19]]]);
    expect(findPersonalData("手机１３８１２３４５６７８").map((d) => [d.kind, d.span])).toEqual([
      ["mobile", [2, 13]],
    ]);
  });
  it("masks", () => {
    expect(maskValue("mobile", "13812345678")).toBe("138****5678");
    expect(maskValue("email", "a@b.cn")).toBe("a***@b.cn");
    expect(maskValue("landline", "123456")).toBe("******");
  });
});
