import { percentDown, practiceShare, shareAtLeast } from "../../../src/core/rules/practice-share";
import { P, reportSpecs, ruleTester } from "../helpers";

ruleTester(practiceShare, {
  valid: [
    { name: "2100 of 3000 = exactly 70 %", doc: reportSpecs() },
    {
      name: "2400 of 3000 = 80 %",
      doc: reportSpecs({ practice: 2400, background: 300, effect: 300 }),
    },
    {
      name: "no 主要做法 part (body-length reports it)",
      doc: reportSpecs().slice(0, P.practice),
    },
  ],
  invalid: [
    {
      name: "2097 of 3000 = 69.9 %",
      doc: reportSpecs({ practice: 2097, background: 503 }),
      errors: [
        {
          messageId: "shareTooLow",
          paragraph: P.practice,
          data: { practice: 2097, body: 3000, share: 69.9, minShare: 70 },
        },
      ],
    },
    {
      // 69.966 % must not be shown rounded up to 70.0 %.
      name: "2099 of 3000 = 69.96 % shown as 69.9",
      doc: reportSpecs({ practice: 2099, background: 501 }),
      errors: [{ messageId: "shareTooLow", data: { share: 69.9 }, paragraph: P.practice }],
    },
    {
      name: "1999 字 but 70.2 % of 2849",
      doc: reportSpecs({ practice: 1999, background: 450, effect: 400 }),
      errors: [
        {
          messageId: "tooShort",
          paragraph: P.practice,
          data: { practice: 1999, min: 2000, body: 2849 },
        },
      ],
    },
    {
      name: "short and a small share",
      doc: reportSpecs({ practice: 1500, background: 1000, effect: 1000 }),
      errors: [
        { messageId: "tooShort", paragraph: P.practice, data: { practice: 1500 } },
        { messageId: "shareTooLow", paragraph: P.practice, data: { share: 42.8 } },
      ],
    },
  ],
});

describe("share helpers", () => {
  it.each([
    [2100, 3000, true],
    [2099, 3000, false],
    [7, 10, true],
    [0, 1, false],
  ])("shareAtLeast(%d, %d, 0.7) = %s", (a, b, ok) => expect(shareAtLeast(a, b, 0.7)).toBe(ok));
  it.each([
    [0.7, 70],
    [0.69966, 69.9],
    [0.4285, 42.8],
    [1, 100],
  ])("percentDown(%d) = %d", (s, p) => expect(percentDown(s)).toBe(p));
});
