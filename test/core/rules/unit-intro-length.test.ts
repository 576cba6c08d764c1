import { unitIntroLength } from "../../../src/core/rules/unit-intro-length";
import { P, reportSpecs, ruleTester } from "../helpers";

ruleTester(unitIntroLength, {
  valid: [
    { name: "300 字 (lower bound)", doc: reportSpecs({ intro: 300 }) },
    { name: "400 字 (upper bound)", doc: reportSpecs({ intro: 400 }) },
    // The heading line 单位简介 (4 字) is not counted: 298 + 4 would pass if it were.
    {
      name: "no 单位简介 at all (report-structure reports it)",
      doc: reportSpecs().filter((_, i) => i !== P.introHeading && i !== P.intro),
    },
  ],
  invalid: [
    {
      name: "299 字",
      doc: reportSpecs({ intro: 299 }),
      errors: [
        {
          messageId: "tooShort",
          paragraph: P.introHeading,
          data: { count: 299, min: 300, max: 400 },
        },
      ],
    },
    {
      name: "298 字 + 4-字 heading (heading excluded)",
      doc: reportSpecs({ intro: 298 }),
      errors: [{ messageId: "tooShort", data: { count: 298 }, paragraph: P.introHeading }],
    },
    {
      name: "401 字",
      doc: reportSpecs({ intro: 401 }),
      errors: [{ messageId: "tooLong", paragraph: P.introHeading, data: { count: 401, max: 400 } }],
    },
  ],
});
