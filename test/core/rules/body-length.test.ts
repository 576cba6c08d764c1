import { bodyLength } from "../../../src/core/rules/body-length";
import { P, reportSpecs, ruleTester } from "../helpers";

const specs = reportSpecs();

ruleTester(bodyLength, {
  valid: [
    { name: "3000 字 with three parts", doc: specs },
    { name: "3001 字", doc: reportSpecs({ background: 501 }) },
  ],
  invalid: [
    {
      name: "2999 字",
      doc: reportSpecs({ background: 499 }),
      errors: [
        { messageId: "tooShort", paragraph: P.background, data: { count: 2999, min: 3000 } },
      ],
    },
    {
      name: "no 实施效果 part (and so too short)",
      doc: specs.slice(0, P.effect),
      errors: [
        { messageId: "tooShort", paragraph: P.background, data: { count: 2600 } },
        { messageId: "missingPart", paragraph: P.background, data: { part: "实施效果" } },
      ],
    },
    {
      name: "no 正文 at all",
      doc: specs.slice(0, P.background),
      errors: [
        { messageId: "tooShort", data: { count: 0 } },
        { messageId: "missingPart", data: { part: "实施背景" } },
        { messageId: "missingPart", data: { part: "主要做法" } },
        { messageId: "missingPart", data: { part: "实施效果" } },
      ],
    },
  ],
});
