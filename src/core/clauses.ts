/**
 * @fileoverview The notice's own words behind each requirement, for the pane's 详情 and the CLI
 * (issue 9: "explanation and the notice's clause on demand"). A small table: requirement id
 * (R1–R31 and R33 of shared/spec/requirements.md; R32, the 申报书 matching the report, and R34, the
 * counting rule, are our reading, not a sentence of the notice) → where it stands in the 2023 notice (中国企联业字〔2023〕17号,
 * its 附件一 申报书 and 附件二 撰写说明) and the sentence it says there, quoted from
 * shared/seed/notice-2023.md (cut to the part that matters, never reworded). Requirement ids are
 * keys only: what a writer reads is the notice's place and sentence, never an R-number.
 *
 * Only the 2023 notice is here; a later notice (another profile) would bring its own table.
 * Layer: core (pure, data only — light enough for the pane's first load).
 */

/** One clause of the notice: where it stands and what it says. */
export interface NoticeClause {
  /** The place in the notice as a writer would cite it: "附件二 三（一）" in an annex, "正文 四（二）3" in the notice itself. */
  where: string;
  /** The notice's sentence, quoted (cut with "……" where a long sentence was shortened). */
  text: string;
}

const SIZE_2023 =
  "文章标题为黑体小二号字居中，申报单位全称为楷体-GB2312 小三号字居中；单位简介部分为楷体-GB2312 " +
  "小四号字，行间距为固定值 22 磅；一级标题为黑体小三号字，二级、三级标题为楷体-GB2312 小三号字加粗，" +
  "正文为宋体小三号字，行间距为固定值 26 磅。";

/** The 2023 notice's clauses by requirement id (R1–R31, R33). */
export const NOTICE_CLAUSES_2023: Readonly<Record<string, NoticeClause>> = Object.freeze({
  R1: { where: "附件二 三", text: "案例报告由题目、简介、正文、附件组成，其中正文为核心内容。" },
  R2: {
    where: "附件二 三（一）",
    text: "题目（20字以内）。题目用一句话概括，应鲜明地反映出案例的核心内容和特色。",
  },
  R3: { where: "附件二 三（一）", text: "题目中不要出现申报单位名称、案例参与人姓名等。" },
  R4: {
    where: "附件二 三（一）",
    text: "案例题目后为单位名称（全称）。示例：——××××有限责任公司",
  },
  R5: {
    where: "附件二 三（二）",
    text:
      "单位简介（300~400字）。简要反映单位的总体状况，包括单位所属行业、地区、产权性质、成立时间、" +
      "主要业务、规模、效益、行业地位及所获社会荣誉等。",
  },
  R6: {
    where: "附件二 三（三）",
    text: "正文（不少于 3000 字）。正文由事故预防服务案例的实施背景、主要做法和实施效果三大部分组成。",
  },
  R7: {
    where: "附件二 三（三）2",
    text: "主要做法（不少于 2000 字）。本部分作为核心内容，文字量占正文总字数的比例不宜低于 70%。",
  },
  R8: {
    where: "附件二 三（三）3",
    text:
      "实施效果。以定量与定性相结合的方式展示案例的实际效益，如管理效益、经济效益和社会效益等。" +
      "……应尽可能提供相关参数和指标数据。",
  },
  R9: {
    where: "附件二 三（四）",
    text: "鼓励申报单位提供与案例相关的获奖证书、专利证书、鉴定证书及其他证明材料的复印件，作为申报材料附件。",
  },
  R10: {
    where: "附件二 四（二）",
    text: "案例以第三人称阐述，一般采用单位简称，不要以“我们”“我单位”“我司”等简称。",
  },
  R11: {
    where: "附件二 四（三）",
    text: "案例正文的层次不宜过多，尽量不要超过三级，具体用“一、（一）、1”样式表示。",
  },
  R12: {
    where: "附件二 四（三）",
    text: "案例中应辅以必要的实例、数据和图表，图、表不宜过多。",
  },
  R13: { where: "附件二 四（四）", text: "案例报告（word 格式）须采用 A4 幅面纵向编辑。" },
  R14: { where: "附件二 四（四）", text: SIZE_2023 },
  R15: { where: "附件二 四（四）", text: SIZE_2023 },
  R16: { where: "附件二 四（四）", text: SIZE_2023 },
  R17: { where: "附件二 四（四）", text: SIZE_2023 },
  R18: { where: "附件二 四（四）", text: SIZE_2023 },
  R19: { where: "附件二 四（四）", text: SIZE_2023 },
  R20: {
    where: "附件二 四（一）",
    text: "案例报告行文要求实事求是、观点正确、主题突出、内容充实、层次清晰、表达完整、文理通顺、标点规范。",
  },
  R21: {
    where: "附件二 五（一）",
    text: "至少提供 2 张相关工作场景的电子版照片，文件名为照片的简要说明。",
  },
  R22: { where: "附件二 五（二）", text: "案例报告中所提供照片的分辨率不低于 300dpi。" },
  R23: {
    where: "附件二 五（三）",
    text: "申报报告中的图表如果是图片形式，需单独提供一张 JPG 格式的图片，文件名为图片的简要说明。",
  },
  R24: {
    where: "附件二 二（二）",
    text: "严格保护有关主体的行政机密、商业秘密和个人隐私。",
  },
  R25: {
    where: "正文 四（二）3",
    text:
      "将纸质版案例申报书和案例报告各一份寄送至我会指定地址，须加盖公章；同时将电子版" +
      "（word格式和PDF格式各一份）发送至指定邮箱。",
  },
  R26: {
    where: "附件二 二",
    text:
      "案例报告具体应符合以下五项原则：（一）真实性。……（二）合规性。……（三）先进性。……" +
      "（四）可推广性。……（五）实效性。……",
  },
  R27: { where: "正文 四（二）1", text: "申报单位须填写案例申报书（具体要求详见附件一）。" },
  R28: {
    where: "附件一 注1",
    text: "“案例实施周期”是指案例开始时间和结束时间，应具体到月份，例如：XXXX 年 XX 月—XXXX 年 XX 月。",
  },
  R29: {
    where: "附件一 注2",
    text:
      "“案例简介”要求精炼概括案例实施的基本过程，包括：背景、主要做法和特点、成果与成效等；" +
      "字数在 800 字以内。",
  },
  R30: { where: "附件一 注4", text: "主要创造人不超过 2 人，参与创造人不超过 4 人。" },
  R31: {
    where: "附件一",
    text: "案例类别：□组织实施管理类 □工具技术产品类 □政策制度标准类 □专项攻关提升类 □其他，请具体说明：",
  },
  R33: {
    where: "正文 七",
    text: "申报截止日期：2023年10月31日。",
  },
});

/**
 * The notice's clauses behind `requirementIds` (a finding's or a rule's), in order, each clause
 * once (R14–R19 share one sentence). Ids without a sentence of the notice (R32, R34) are left out.
 */
export function noticeClauses(
  requirementIds: readonly string[],
  table: Readonly<Record<string, NoticeClause>> = NOTICE_CLAUSES_2023
): NoticeClause[] {
  const out: NoticeClause[] = [];
  for (const id of requirementIds) {
    const c = table[id];
    if (c && !out.some((x) => x.where === c.where && x.text === c.text)) out.push(c);
  }
  return out;
}
