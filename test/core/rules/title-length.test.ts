import { asRole, para } from "../../fixtures/model-builders";
import { sentenceCount, titleLength } from "../../../src/core/rules/title-length";
import { P, reportSpecs, ruleTester, withPara, zh } from "../helpers";

const specs = reportSpecs();
const title = (text: string) => withPara(specs, P.title, para(text, asRole("title")));

ruleTester(titleLength, {
  valid: [
    { name: "13 字", doc: specs },
    { name: "exactly 20 字", doc: title(zh(20)) },
    { name: "20 字 with Latin words counted as one each", doc: title(`2023年${zh(18)}`) },
    { name: "one sentence ending with 。", doc: title("安责险服务创新实践。") },
    { name: "no title at all (report-structure reports it)", doc: specs.slice(P.introHeading) },
  ],
  invalid: [
    {
      name: "21 字",
      doc: title(zh(21)),
      errors: [
        { messageId: "tooLong", paragraph: P.title, data: { count: 21, max: 20 }, fix: null },
      ],
    },
    {
      name: "2023年 (2 字) + 19 字 = 21",
      doc: title(`2023年${zh(19)}`),
      errors: [{ messageId: "tooLong", paragraph: P.title, data: { count: 21 } }],
    },
    {
      name: "two sentences",
      doc: title("安全第一。预防为主"),
      errors: [{ messageId: "multipleSentences", paragraph: P.title, data: { count: 2 } }],
    },
    {
      name: "too long and a question plus a statement",
      doc: title(`${zh(12)}？${zh(10)}`),
      errors: [
        { messageId: "tooLong", paragraph: P.title, data: { count: 23 } },
        { messageId: "multipleSentences", paragraph: P.title, data: { count: 2 } },
      ],
    },
  ],
});

describe("sentenceCount", () => {
  it.each([
    ["安全第一", 1],
    ["安全第一。", 1],
    ["安全第一！预防为主。", 2],
    ["“安全第一！”", 1],
    ["", 0],
    ["a? b! c", 3],
  ])("%s → %d", (text, n) => expect(sentenceCount(text)).toBe(n));
});
