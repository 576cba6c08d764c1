/**
 * @fileoverview readForm / locateForm (R27–R33): the template written by `formDocx`, parsed and
 * filled in, read back field by field; the notice's own layout (label lines, one-line category
 * cell); what is not a form; the classification of a report with its form (the form never
 * changes the report's roles or counts); the date, period and label parsers.
 */
import { analyze } from "../../src/core/analyze";
import { buildDocument, para } from "../fixtures/model-builders";
import { classify, sectionWordCounts } from "../../src/core/classify";
import {
  isBlankValue,
  locateForm,
  normalizeLabel,
  parsePeriod,
  parseSubmissionDate,
  readForm,
} from "../../src/core/form";
import { PROFILE_2023 } from "../../src/core/profile";
import type { Rule } from "../../src/core/rule";
import { formDocx, formParagraphs } from "../../src/ooxml/form";
import { parseDocx } from "../../src/ooxml/parse";
import { fillTemplate, formSpecs, reportWithForm, VALID_FILL } from "./form-helpers";
import { P, picture, reportDoc, reportSpecs } from "./helpers";

const template = parseDocx(formDocx(PROFILE_2023));

describe("readForm on the template", () => {
  it("finds every field of 附件一, all empty, and the five unticked categories", () => {
    const form = locateForm(template)!;
    expect(form).not.toBeNull();
    expect(form.first).toBe(0);
    expect(form.last).toBe(template.paragraphs.length - 1);
    expect(form.titleIndex).toBe(0);
    expect(form.table).toBe(true);
    expect(Object.keys(form.fields).sort()).toEqual(
      PROFILE_2023.form.fields.map((f) => f.key).sort()
    );
    for (const f of Object.values(form.fields)) {
      if (f.key !== "category") expect(f.empty).toBe(true);
      expect(f.parts.length).toBeGreaterThan(0);
    }
    expect(form.categories.map((c) => [c.name, c.ticked, c.box?.span])).toEqual(
      PROFILE_2023.form.categories.map((c) => [c, false, [0, 1]])
    );
    expect(form.otherExplanation?.text).toBe("");
    expect(form.creatorNames).toEqual([]);
  });

  it("reads the values written into the parsed template, with their places", () => {
    const filled = fillTemplate(template, {
      caseName: "安责险事故预防服务创新实践",
      submissionDate: "2023年10月20日",
      period: "2023年3月—2023年10月",
      mainCreators: "张三、李四",
      participants: "王五 赵六",
      email: "liuqi@example.cn",
    });
    const c = classify(filled, PROFILE_2023);
    const form = readForm(c)!;
    expect(form).toBe(c.form);
    expect(form.fields.caseName!.text).toBe("安责险事故预防服务创新实践");
    const cell = form.fields.caseName!.parts[0]!;
    expect(filled.paragraphs[cell.paragraph.index]!.text).toBe("安责险事故预防服务创新实践");
    expect(cell.span).toEqual([0, 13]);
    expect(form.fields.period!.empty).toBe(false);
    expect(form.fields.email!.text).toBe("liuqi@example.cn");
    expect(form.fields.summary!.empty).toBe(true);
    expect(form.mainCreators).toEqual(["张三", "李四"]);
    expect(form.participants).toEqual(["王五", "赵六"]);
    expect(form.creatorNames).toEqual(["张三", "李四", "王五", "赵六"]);
  });

  it("classifies every paragraph of the form as formField in section form", () => {
    const c = classify(template, PROFILE_2023);
    expect(new Set(c.paragraphs.map((p) => p.role))).toEqual(new Set(["formField"]));
    expect(c.sections).toEqual([{ id: "form", headingIndex: null, first: 0, last: 47 }]);
  });
});

describe("a report with its form", () => {
  const report = classify(reportDoc(), PROFILE_2023);
  const counts = sectionWordCounts(report);

  it("form after the report: the report's roles and counts are unchanged", () => {
    const doc = reportWithForm();
    const c = classify(doc, PROFILE_2023);
    const n = reportSpecs().length;
    expect(c.paragraphs.slice(0, n).map((p) => [p.role, p.section])).toEqual(
      report.paragraphs.map((p) => [p.role, p.section])
    );
    expect(c.paragraphs.slice(n + 1).every((p) => p.role === "formField")).toBe(true);
    expect(sectionWordCounts(c)).toMatchObject({ ...counts, form: expect.any(Number) });
    expect(sectionWordCounts(c).form).toBeGreaterThan(600);
  });

  it("form before the report: the form's title does not become the report's title", () => {
    const specs = [...formSpecs(), para(""), ...reportSpecs()];
    const at = formSpecs().length + 1;
    const pictures = [picture(at + P.pic1), picture(at + P.pic2)];
    const c = classify(buildDocument(specs, { tableCount: 1, pictures }), PROFILE_2023);
    expect(c.paragraphs[0]!.role).toBe("formField");
    expect(c.paragraphs[at]!.role).toBe("title");
    expect(c.paragraphs[at + 1]!.role).toBe("unitLine");
    expect(c.paragraphs.slice(at).map((p) => p.role)).toEqual(report.paragraphs.map((p) => p.role));
    expect(sectionWordCounts(c).body).toBe(counts.body);
  });
});

describe("other layouts", () => {
  it("the notice's layout: label lines outside a table, one-line category cell", () => {
    const doc = buildDocument(
      [
        para("附件一："),
        para("2023 年全国安全生产责任保险事故预防服务案例申报书"),
        para("案例名称：安责险事故预防服务创新实践"),
        para("申报单位全称： 某某保险股份有限公司某分公司"),
        para("推荐单位或推荐专家： _____"),
        para("报送时间： 2023年10月20日"),
        para("案例类别", { tableDepth: 1 }),
        para(
          "☐组织实施管理类 ☑工具技术产品类 ☐政策制度标准类 ☐专项攻关提升类 ☐其他，请具体说明：",
          {
            tableDepth: 1,
          }
        ),
        para("案例实施周期¹", { tableDepth: 1 }),
        para("2023年3月—2023年10月", { tableDepth: 1 }),
        para("案例简介²", { tableDepth: 1 }),
        para("简介正文。", { tableDepth: 1 }),
        para("推荐单位/推荐专家意见:"),
        para("注:"),
        para("1. “案例实施周期”是指案例开始时间和结束时间。"),
        para("2. “案例简介”要求精炼概括。"),
        para("以下是报告正文"),
      ],
      { tableCount: 1 }
    );
    const form = locateForm(doc)!;
    expect(form.first).toBe(0);
    expect(form.titleIndex).toBe(1);
    expect(form.last).toBe(15);
    expect(form.table).toBe(true);
    expect(form.fields.caseName!.text).toBe("安责险事故预防服务创新实践");
    expect(form.fields.caseName!.parts[0]!.span).toEqual([5, 18]);
    expect(form.fields.applicant!.text).toBe("某某保险股份有限公司某分公司");
    expect(form.fields.recommender!.empty).toBe(true);
    expect(form.fields.submissionDate!.text).toBe("2023年10月20日");
    expect(form.fields.period!.text).toBe("2023年3月—2023年10月");
    expect(form.categories.filter((c) => c.ticked).map((c) => c.name)).toEqual(["工具技术产品类"]);
    expect(form.fields.recommendOpinion!.empty).toBe(true);
  });

  it("a report without form labels has no form", () => {
    expect(locateForm(reportDoc())).toBeNull();
    expect(classify(reportDoc(), PROFILE_2023).form).toBeNull();
  });

  it("a contact table alone is not the form", () => {
    const cells = ["联系人", "刘七", "职务", "经理", "手机", "13800000000", "电子邮箱", "a@b.cn"];
    const doc = buildDocument([...reportSpecs(), ...cells.map((t) => para(t, { tableDepth: 1 }))]);
    expect(locateForm(doc)).toBeNull();
  });

  it("a second table far away does not join the form", () => {
    const specs = [...formSpecs(VALID_FILL), ...reportSpecs(), para("职务", { tableDepth: 1 })];
    const form = locateForm(buildDocument(specs))!;
    expect(form.last).toBe(formParagraphs(PROFILE_2023).length - 1);
  });
});

describe("parsers", () => {
  it.each([
    ["案例实施周期¹", "案例实施周期"],
    ["案例实施周期 1：", "案例实施周期"],
    ["案例简介（注2）", "案例简介"],
    ["* 案例名称 :", "案例名称"],
    ["推荐单位／推荐专家意见", "推荐单位/推荐专家意见"],
    ["主要创造人④", "主要创造人"],
  ])("normalizeLabel(%j) = %j", (text, label) => expect(normalizeLabel(text)).toBe(label));

  it.each([
    ["", true],
    ["  ____ ", true],
    ["______年____月____日", true],
    ["【案例名称】", true],
    ["2023年__月__日", false],
    ["无", false],
  ])("isBlankValue(%j) = %j", (text, blank) => expect(isBlankValue(text)).toBe(blank));

  it("parsePeriod", () => {
    expect(parsePeriod("2023 年 3 月 — 2023 年 10 月")).toMatchObject({
      kind: "ok",
      separator: "—",
      normalized: "2023年3月—2023年10月",
      leadingZero: false,
      endBeforeStart: false,
    });
    expect(parsePeriod("2023-03-2023-10")).toMatchObject({
      kind: "ok",
      separator: "-",
      numeric: true,
      leadingZero: true,
      normalized: "2023年3月—2023年10月",
    });
    expect(parsePeriod("2023-2024").kind).toBe("missingMonth");
    expect(parsePeriod("2023年3月到今").kind).toBe("noEnd");
  });

  it("parseSubmissionDate", () => {
    expect(parseSubmissionDate("２０２３年１０月２０日")).toMatchObject({
      kind: "ok",
      iso: "2023-10-20",
      normalized: "2023年10月20日",
    });
    expect(parseSubmissionDate("2023/10/5")).toMatchObject({ kind: "ok", iso: "2023-10-05" });
    expect(parseSubmissionDate("2023年2月29日").kind).toBe("invalid");
    expect(parseSubmissionDate("2024年2月29日").kind).toBe("ok");
    expect(parseSubmissionDate("____年__月__日").kind).toBe("blank");
  });
});

describe("analyze passes the form's creators to the rules (R3)", () => {
  /** A rule that records the creator names it was given. */
  function probe(seen: string[][]): Rule {
    return {
      meta: {
        id: "title-length",
        titleId: "rules.title-length.title",
        category: "counts",
        requirementIds: ["R3"],
        defaultSeverity: "info",
        messageIds: ["tooLong"],
      },
      check: (ctx) => void seen.push([...(ctx.creatorNames ?? [])]),
    };
  }

  it("from the form in the document, unless the caller gives names", () => {
    const seen: string[][] = [];
    const a = analyze(reportWithForm({ participants: "王五、赵六、钱七" }), PROFILE_2023, {
      rules: [probe(seen)],
    });
    expect(a.classified.form!.creatorNames).toEqual(["张三", "李四", "王五", "赵六", "钱七"]);
    analyze(reportWithForm(), PROFILE_2023, { rules: [probe(seen)], creatorNames: ["周九"] });
    analyze(reportDoc(), PROFILE_2023, { rules: [probe(seen)] });
    expect(seen).toEqual([["张三", "李四", "王五", "赵六", "钱七"], ["周九"], []]);
  });
});
