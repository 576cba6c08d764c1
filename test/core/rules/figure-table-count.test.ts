import { asRole, para } from "../../fixtures/model-builders";
import { classify } from "../../../src/core/classify";
import { PROFILE_2023 } from "../../../src/core/profile";
import { figureTableCount, figureTableCounts } from "../../../src/core/rules/figure-table-count";
import { P, picture, reportDoc, reportSpecs, ruleTester } from "../helpers";

const specs = reportSpecs();
/** The report with `n` figure captions and `t` one-row tables appended to 实施效果. */
function withFiguresAndTables(n: number, t: number, extraPictures = 0) {
  const extra = [
    ...Array.from({ length: n }, (_, i) => para(`图${i + 1} 现场检查`, asRole("body"))),
    ...Array.from({ length: t }, (_, i) => [
      para(`表${i + 1} 隐患统计`, asRole("body")),
      para("隐患类别", { ...asRole("body"), tableDepth: 1 }),
      para("", asRole("body")),
    ]).flat(),
  ];
  const all = [...specs, ...extra];
  const pics = [picture(P.pic1), picture(P.pic2)];
  for (let i = 0; i < extraPictures; i++) pics.push(picture(P.pic1));
  return reportDoc(all, { pictures: pics });
}

ruleTester(figureTableCount, {
  valid: [
    { name: "two photos, no tables", doc: specs },
    { name: "ten figures and ten tables", doc: withFiguresAndTables(10, 10) },
  ],
  invalid: [
    {
      name: "eleven figure captions",
      doc: withFiguresAndTables(11, 0),
      errors: [
        { messageId: "tooManyFigures", severity: "info", data: { count: 11, max: 10 }, fix: null },
      ],
    },
    {
      name: "eleven pictures without captions, and eleven tables",
      doc: withFiguresAndTables(0, 11, 9),
      errors: [
        { messageId: "tooManyFigures", data: { count: 11 } },
        { messageId: "tooManyTables", data: { count: 11, max: 10 } },
      ],
    },
  ],
});

describe("figureTableCounts", () => {
  it("a picture with its caption is one figure; a table with its caption is one table", () => {
    const c = classify(withFiguresAndTables(2, 3), PROFILE_2023);
    expect(figureTableCounts(c, PROFILE_2023)).toEqual({ figures: 2, tables: 3 });
  });
  it("the 申报书 form table and 附件 are not counted", () => {
    const doc = reportDoc([
      ...specs,
      para("附件", asRole("attachmentHeading")),
      para("图1 获奖证书", asRole("attachment")),
      para("表1 荣誉", asRole("attachment")),
      para("x", { ...asRole("attachment"), tableDepth: 1 }),
      para("", asRole("attachment")),
      para("案例名称", { tableDepth: 1 }),
      para("某案例", { tableDepth: 1 }),
    ]);
    expect(figureTableCounts(classify(doc, PROFILE_2023), PROFILE_2023)).toEqual({
      figures: 2,
      tables: 0,
    });
  });
});
