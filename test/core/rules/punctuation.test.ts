import { asRole, para } from "../../fixtures/model-builders";
import { refOf } from "../../../src/core/model";
import { findPunctuationIssues, punctuation } from "../../../src/core/rules/punctuation";
import { P, reportDoc, reportSpecs, ruleTester, withPara } from "../helpers";

const specs = reportSpecs();
const bg = (text: string) => withPara(specs, P.backgroundText, para(text, asRole("body")));

/** Applies the issues' replacements to `text` (right to left), as the fixes would. */
function fixed(text: string): string {
  const edits = findPunctuationIssues(text).flatMap((i) =>
    i.second
      ? [
          { span: [i.span[0], i.span[0] + 1], text: i.replacement },
          { span: i.second.span, text: i.second.replacement },
        ]
      : [{ span: i.span, text: i.replacement }]
  );
  let out = text;
  for (const e of edits.sort((a, b) => b.span[0]! - a.span[0]!)) {
    out = out.slice(0, e.span[0]) + e.text + out.slice(e.span[1]);
  }
  return out;
}

describe("findPunctuationIssues: expected fixes", () => {
  it.each([
    ["企业,保险机构;专家:现场", "企业，保险机构；专家：现场"],
    ["服务效果明显.", "服务效果明显。"],
    ["是否有效?确实有效!", "是否有效？确实有效！"],
    ["覆盖率达95%,较上年提高", "覆盖率达95%，较上年提高"],
    ["联系电话:请见附件", "联系电话：请见附件"],
    ["开展培训(含线上)活动", "开展培训（含线上）活动"],
    ["开展培训（含线上)活动", "开展培训（含线上）活动"],
    ["开展培训(含线上）活动", "开展培训（含线上）活动"],
    ["隐患、风险...等", "隐患、风险……等"],
    ["隐患、风险。。。等", "隐患、风险……等"],
    ["隐患、风险…等", "隐患、风险……等"],
    ["隐患、风险………等", "隐患、风险……等"],
    ["这就是关键--预防", "这就是关键——预防"],
    ["这就是关键――预防", "这就是关键——预防"],
    ["这就是关键－－预防", "这就是关键——预防"],
    ["这就是关键———预防", "这就是关键——预防"],
    ["2023年3月-2023年10月", "2023年3月—2023年10月"],
    ["3月~5月开展检查", "3月—5月开展检查"],
    ["3月～5月开展检查", "3月—5月开展检查"],
    ["2016-2020年", "2016—2020年"],
    ["2023年3月——2023年10月", "2023年3月—2023年10月"],
    ["完成了。。下一步", "完成了。下一步"],
    ["企业，，保险", "企业，保险"],
    ["太好了！！", "太好了！"],
  ])("%s → %s", (text, out) => expect(fixed(text)).toBe(out));
});

describe("findPunctuationIssues: left alone", () => {
  it.each([
    "圆周率3.14，金额1,000元，时间8:00，比例尺1:500",
    "日期2023-10-31，电话0571-88886666",
    "访问https://www.example.com/a,b.html了解详情",
    "邮箱safety.team@example.com.cn可以联系",
    "执行命令`a,b;c:d.`即可",
    "引用原文 This is a test, really. 之后",
    "依据(AQ 9010-2019)执行，共(1)项",
    "（一）建立机制，规范运行。",
    "这是破折号——正确写法，省略号……也正确",
    "北京—上海，形成“服务—评价—改进”的循环",
    "2023年3月—2023年10月",
    "25～30 g 的数值范围",
    "English only, with commas. And stops!",
  ])("%s", (text) => expect(findPunctuationIssues(text)).toEqual([]));
  it("a typed heading marker belongs to heading-levels", () => {
    expect(findPunctuationIssues("(一)建立机制")).toEqual([]);
    expect(findPunctuationIssues("一.建立机制")).toEqual([]);
  });
  it("a single — between long phrases is an ambiguous dash, offered as ——", () => {
    expect(findPunctuationIssues("这就是事故预防的关键—事前排查")).toEqual([
      { kind: "dashSingle", span: [10, 11], found: "—", replacement: "——" },
    ]);
  });
});

const halfComma = reportDoc(bg("企业,保险机构"));
const mixed = reportDoc(bg("培训（含线上)活动"));
const pair = reportDoc(bg("培训(含线上)活动"));
const ref = (d: typeof halfComma) => refOf(d.paragraphs[P.backgroundText]!);

ruleTester(punctuation, {
  valid: [
    { name: "the default report", doc: specs },
    {
      name: "the unit line's dash is unit-line's business",
      doc: withPara(specs, P.unitLine, para("--某某保险股份有限公司", asRole("unitLine"))),
    },
    {
      name: "the 申报书 form table is skipped",
      doc: [
        ...specs,
        para("推荐单位联系人", { tableDepth: 1 }),
        para("电话:0571-8888888,手机:13800000000", { tableDepth: 1 }),
      ],
    },
  ],
  invalid: [
    {
      name: "half-width comma",
      doc: halfComma,
      errors: [
        {
          messageId: "halfWidth",
          paragraph: P.backgroundText,
          span: [2, 3],
          severity: "warning",
          data: { found: ",", replacement: "，" },
          fix: [{ op: "replaceText", target: ref(halfComma), span: [2, 3], text: "，" }],
        },
      ],
    },
    {
      name: "mixed bracket widths",
      doc: mixed,
      errors: [
        {
          messageId: "mixedBracket",
          span: [6, 7],
          paragraph: P.backgroundText,
          fix: [{ op: "replaceText", target: ref(mixed), span: [6, 7], text: "）" }],
        },
      ],
    },
    {
      name: "half-width pair round Chinese: one finding, two edits",
      doc: pair,
      errors: [
        {
          messageId: "halfWidthBracket",
          span: [2, 7],
          paragraph: P.backgroundText,
          fix: [
            { op: "replaceText", target: ref(pair), span: [2, 3], text: "（" },
            { op: "replaceText", target: ref(pair), span: [6, 7], text: "）" },
          ],
        },
      ],
    },
    {
      name: "single dash is info; date range is a warning",
      doc: bg("预防的关键—事前排查，3月~5月"),
      errors: [
        { messageId: "dashSingle", severity: "info", span: [5, 6], paragraph: P.backgroundText },
        {
          messageId: "dateRange",
          severity: "warning",
          span: [13, 14],
          data: { found: "~", replacement: "—" },
          paragraph: P.backgroundText,
        },
      ],
    },
    {
      name: "in the title and in 单位简介 too",
      doc: withPara(
        withPara(specs, P.title, para("安责险服务,创新实践", asRole("title"))),
        P.intro,
        para("公司成立于2001年.", asRole("unitIntro"))
      ),
      errors: [
        { messageId: "halfWidth", paragraph: P.title, span: [5, 6] },
        { messageId: "halfWidth", paragraph: P.intro, span: [10, 11] },
      ],
    },
  ],
});
