/**
 * @fileoverview Names of Word editions and of the features that depend on them, zh-CN: the
 * "hosts" namespace (entry "feature.pageSetup" is looked up as "hosts.feature.pageSetup"). Used
 * by the pane's 关于 area and the edition table of docs/deploy.md (src/core/hosts.ts).
 * Layer: core (data only).
 */

/** Edition and feature names in Simplified Chinese. */
export const hosts = {
  "edition.win-m365": "Windows 版 Microsoft 365",
  "edition.win-m365.short": "M365 Windows",
  "edition.win-m365.note": "版本 2507（内部版本 19029.20208）及以上才有页面设置与东亚字体接口",
  "edition.mac-m365": "Mac 版 Microsoft 365",
  "edition.mac-m365.short": "M365 Mac",
  "edition.mac-m365.note": "16.99.2 及以上；段落插入后编号可能变动（已知问题），以文字核对兜底",
  "edition.web": "Word 网页版",
  "edition.web.short": "网页版",
  "edition.web.note": "网页版没有任何 WordApiDesktop 接口",
  "edition.win-2024": "Office LTSC 2024（Windows）",
  "edition.win-2024.short": "LTSC 2024",
  "edition.win-2024.note": "报告支持 WordApi 1.6，但没有 Microsoft 365 订阅时段落编号为空",
  "edition.win-2021": "Office LTSC 2021（Windows）",
  "edition.win-2021.short": "LTSC 2021",
  "edition.win-2021.note": "最高 WordApi 1.3",
  "edition.win-2019": "Office 2019（Windows）",
  "edition.win-2019.short": "Office 2019",
  "edition.win-2019.note":
    "最高 WordApi 1.3；需 Windows 10 1903 及以上（EdgeHTML 内核），更早的系统使用 IE 内核，无法运行",
  "edition.win-2016": "Office 2016 及更早（Windows）",
  "edition.win-2016.short": "Office 2016",
  "edition.win-2016.note": "只有 WordApi 1.1，加载项会提示版本过旧",

  "feature.run": "插入模板、一键排版、检查字数与格式",
  "feature.run.without": "无法运行（任务窗格提示升级）",
  "feature.styleRepair": "修复文档里已有的同名样式",
  "feature.styleRepair.without": "已有样式不改，只给出手动步骤",
  "feature.liveEvents": "编辑后即时复查（段落事件）",
  "feature.liveEvents.without": "每隔几秒比对一次文档，有变化再复查",
  "feature.paragraphIds": "按段落编号找到问题所在的段落",
  "feature.paragraphIds.without": "按段落位置和文字定位",
  "feature.pageSetup": "自动设为 A4 纵向",
  "feature.pageSetup.without": "模板自带 A4；已有文档给出手动步骤",
  "feature.eastAsiaFont": "直接修复中文字体（东亚字体）",
  "feature.eastAsiaFont.without": "通过样式定义设置中文字体",

  "platform.Windows": "Windows",
  "platform.Mac": "Mac",
  "platform.Web": "网页版",
  "platform.iOS": "iPad",
  "platform.Unknown": "未知平台",

  yes: "有",
  no: "无",
  unknown: "未知",
} as const;

/** Full message keys of the "hosts" namespace, e.g. "hosts.feature.pageSetup". */
export type HostsMessageId = `hosts.${keyof typeof hosts}`;
