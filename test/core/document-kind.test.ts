/**
 * Issue 8: documents that are not case reports — a thesis, a grant application (NSFC-like), a
 * technical manual, a bid file — are judged "notReport" (no rule runs, every rule 不适用); every
 * draft of the labelled set and a draft being started stay "report". Our own fixtures here; the
 * real ones of ../shared/corpus/files when present.
 */
import * as fs from "fs";
import * as path from "path";
import { analyze } from "../../src/core/analyze";
import { buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { PROFILE_2023 } from "../../src/core/profile";
import { parseDocx, parseFlatOpc } from "../../src/ooxml/parse";
import { parsePackage } from "../../src/ooxml/parse";
import { labelledDrafts } from "../fixtures/labelled/drafts";
import { draftPackage } from "../fixtures/labelled/build";

const LONG =
  "本研究针对复杂工况下的数据采集问题，提出了一种基于多源信息融合的方法，并在三个公开数据集上进行了验证，结果表明该方法在精度和效率方面均优于现有方法。";

const thesis: ParaSpec[] = [
  para("基于多源信息融合的工业数据采集方法研究"),
  para("摘  要"),
  para(LONG),
  para("关键词：信息融合；数据采集"),
  para("Abstract"),
  para("This thesis studies data acquisition under complex conditions."),
  para("第一章 绪论"),
  para("1.1 研究背景"),
  para(LONG),
  para("1.2 研究内容"),
  para(LONG),
  para("第二章 相关工作"),
  para(LONG),
  para("参考文献"),
  para("[1] 张某. 数据采集方法[J]. 某某学报, 2020."),
  para("致  谢"),
  para(LONG),
];

const grant: ParaSpec[] = [
  para("国家自然科学基金申请书"),
  para("项目名称：复杂工况数据采集方法研究"),
  para("申请人：某某"),
  para("依托单位：某某大学"),
  para("一、立项依据与研究内容"),
  para("（一）项目的立项依据"),
  para(LONG),
  para("（二）研究内容、研究目标"),
  para(LONG),
  para("二、研究基础与工作条件"),
  para(LONG),
  para("三、经费预算说明"),
  para(LONG),
];

const manual: ParaSpec[] = [
  para("消息提醒服务使用说明书"),
  para("一、产品概述"),
  para(LONG),
  para("二、系统要求"),
  para(LONG),
  para("三、安装说明"),
  para(LONG),
  para("四、操作步骤"),
  para(LONG),
  para("五、故障排除"),
  para(LONG),
];

const bid: ParaSpec[] = [
  para("某某项目招标文件"),
  para("第一章 投标人须知"),
  para(LONG),
  para("第二章 评标办法"),
  para(LONG),
  para("第三章 合同条款"),
  para(LONG),
  para("第四章 技术规格"),
  para(LONG),
];

/** A notice template a program fills (FreeMarker fields), short and without numbered parts. */
const generated: ParaSpec[] = [
  para("存根"),
  para("编号：${nnumber}"),
  para("离职人员：${nname}"),
  para("离职通知"),
  para("${npost}："),
  para("因${nreason}，${nname}同志离开工作岗位。"),
  para("特此通知。"),
];

describe("documentKind: not a case report", () => {
  const table: [string, ParaSpec[]][] = [
    ["thesis", thesis],
    ["grant application", grant],
    ["technical manual", manual],
    ["bid file", bid],
    ["generated notice template", generated],
  ];
  it.each(table)("%s → notReport, no finding, every rule 不适用", (_n, specs) => {
    const a = analyze(buildDocument(specs), PROFILE_2023);
    expect(a.checklist.documentKind).toBe("notReport");
    expect(a.lint.findings).toEqual([]);
    expect(a.checklist.groups.every((g) => g.status === "notApplicable")).toBe(true);
    expect(a.checklist.groups[0]!.notApplicableId).toBe("checklist.notApplicable.notReport");
  });

  it.each(labelledDrafts().map((d) => [d.name, d] as const))(
    "labelled draft %s stays a report",
    (_n, d) => {
      const doc = parsePackage(draftPackage(d), "docx");
      expect(analyze(doc, PROFILE_2023).checklist.documentKind).toBe("report");
    }
  );

  it("a draft being started (a title and a few lines) stays a report", () => {
    const a = analyze(buildDocument([para("危货运输风险减量服务"), para(LONG), para(LONG)]));
    expect(a.checklist.documentKind).toBe("report");
  });

  it("a 'thesis' that names the report's parts is a report", () => {
    const specs = [...thesis.slice(0, 4), para("一、实施背景"), para(LONG), para("参考文献")];
    expect(analyze(buildDocument(specs)).checklist.documentKind).toBe("report");
  });
});

const CORPUS = process.env.CORPUS_DIR ?? "/work/shared/corpus/files";
const corpusFiles = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .filter((f) => /^(thesis|nsfc|wps-nsfc|wps-gdnsf|gxnsf|tech|ftl)-/.test(f))
  : [];

(corpusFiles.length > 0 ? describe : describe.skip)(
  "../shared/corpus: thesis, NSFC, technical",
  () => {
    it.each(corpusFiles.map((f) => [f]))("%s is not a case report", (f) => {
      const bytes = fs.readFileSync(path.join(CORPUS, f));
      const doc = f.endsWith(".xml") ? parseFlatOpc(bytes.toString("utf8")) : parseDocx(bytes);
      expect(analyze(doc, PROFILE_2023).checklist.documentKind).toBe("notReport");
    });
  }
);
