import { asRole, para } from "../../fixtures/model-builders";
import { PROFILE_2023 } from "../../../src/core/profile";
import { findFirstPerson, firstPerson } from "../../../src/core/rules/first-person";
import { P, body, reportSpecs, ruleTester, withPara, zh } from "../helpers";

const specs = reportSpecs();
const at = (i: number, text: string) => withPara(specs, i, para(text, asRole("body")));
const bg = (text: string) => at(P.backgroundText, text);

ruleTester(firstPerson, {
  valid: [
    { name: "third person", doc: specs },
    {
      name: "in 附件 (not report text)",
      doc: [
        ...specs,
        para("附件", asRole("attachmentHeading")),
        para("我单位荣誉证书", asRole("attachment")),
      ],
    },
  ],
  invalid: [
    {
      name: "我们 in the body",
      doc: bg(`${zh(3)}我们${zh(5)}`),
      errors: [
        {
          messageId: "firstPerson",
          paragraph: P.backgroundText,
          span: [3, 5],
          severity: "error",
          data: { word: "我们" },
          fix: null,
        },
      ],
    },
    {
      name: "several words in one paragraph, longest match (我公司 not 我司)",
      doc: bg("本公司和我单位以及我公司、我司"),
      errors: [
        {
          messageId: "firstPerson",
          span: [0, 3],
          data: { word: "本公司" },
          paragraph: P.backgroundText,
        },
        {
          messageId: "firstPerson",
          span: [4, 7],
          data: { word: "我单位" },
          paragraph: P.backgroundText,
        },
        {
          messageId: "firstPerson",
          span: [9, 12],
          data: { word: "我公司" },
          paragraph: P.backgroundText,
        },
        {
          messageId: "firstPerson",
          span: [13, 15],
          data: { word: "我司" },
          paragraph: P.backgroundText,
        },
      ],
    },
    {
      name: "after a closed quotation",
      doc: bg("“我们”之后我们"),
      errors: [
        { messageId: "quoted", span: [1, 3], severity: "info", paragraph: P.backgroundText },
        { messageId: "firstPerson", span: [6, 8], severity: "error", paragraph: P.backgroundText },
      ],
    },
    {
      name: "inside “…”: at most info",
      doc: bg(`该公司负责人表示：“我们要把安全放在首位。”${zh(20)}`),
      errors: [
        {
          paragraph: P.backgroundText,
          messageId: "quoted",
          span: [10, 12],
          severity: "info",
          data: { word: "我们" },
        },
      ],
    },
    {
      name: "inside 「…」 and 『…』: at most info",
      doc: bg(`「我司」与『本单位』${zh(10)}`),
      errors: [
        { paragraph: P.backgroundText, messageId: "quoted", span: [1, 3], severity: "info" },
        { paragraph: P.backgroundText, messageId: "quoted", span: [6, 9], severity: "info" },
      ],
    },
    {
      name: "quotation not closed runs to the paragraph's end",
      doc: bg(`他说：“我们一定做好${zh(10)}`),
      errors: [
        { paragraph: P.backgroundText, messageId: "quoted", span: [4, 6], severity: "info" },
      ],
    },
    {
      name: "a Q&A answer: at most info",
      doc: bg(`答：我们每月到企业开展一次安全体检。${zh(10)}`),
      errors: [
        {
          paragraph: P.backgroundText,
          messageId: "quoted",
          span: [2, 4],
          severity: "info",
          data: { word: "我们" },
        },
      ],
    },
    {
      name: "本人 as the writer's pronoun",
      doc: bg(`本人作为项目负责人，${zh(10)}`),
      errors: [
        {
          paragraph: P.backgroundText,
          messageId: "firstPerson",
          span: [0, 2],
          severity: "error",
          data: { word: "本人" },
        },
      ],
    },
    {
      name: "in 单位简介 and in a heading",
      doc: withPara(
        withPara(specs, P.intro, para(`我单位${zh(300)}`, asRole("unitIntro"))),
        P.h2a,
        para("（一）我们的做法", asRole("heading2"))
      ),
      errors: [
        { messageId: "firstPerson", paragraph: P.intro, span: [0, 3] },
        { messageId: "firstPerson", paragraph: P.h2a, span: [3, 5] },
      ],
    },
  ],
});

describe("本人: first person only as the writer's pronoun", () => {
  const words = PROFILE_2023.firstPersonWords;
  it.each([
    ["经本人签字确认后存档", []],
    ["整改通知书由驾驶员本人签收", []],
    ["本人签名", []],
    ["须由本人填写", []],
    ["本人负责该项目的组织实施", [[0, 2]]],
    ["项目启动后，本人牵头编制方案", [[6, 8]]],
  ] as [string, [number, number][]][])("%s", (text, spans) =>
    expect(findFirstPerson(text, words)).toEqual(spans)
  );
});

describe("findFirstPerson", () => {
  const words = PROFILE_2023.firstPersonWords;
  it.each([
    ["", []],
    ["我们", [[0, 2]]],
    ["“我们”", []],
    ["「『我们』」我们", [[6, 8]]],
    ["自我", []],
  ] as [string, [number, number][]][])("%s", (text, spans) =>
    expect(findFirstPerson(text, words)).toEqual(spans)
  );
  it("ignores empty words", () => expect(findFirstPerson("abc", [""])).toEqual([]));
  it("body helper builds plain text", () => expect(body(3).text).toBe(zh(3)));
});
