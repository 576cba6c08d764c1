/**
 * @fileoverview Names of Word editions and of the features that depend on them, en-US (the
 * "hosts" namespace; zh-CN is the first locale). Layer: core (data only).
 */
import type { hosts as zh } from "../zh-CN/hosts";

/** Edition and feature names in English. */
export const hosts: Record<keyof typeof zh, string> = {
  "edition.win-m365": "Microsoft 365 on Windows",
  "edition.win-m365.short": "M365 Windows",
  "edition.win-m365.note":
    "Page setup and East Asian font APIs from version 2507 (build 19029.20208)",
  "edition.mac-m365": "Microsoft 365 on Mac",
  "edition.mac-m365.short": "M365 Mac",
  "edition.mac-m365.note":
    "16.99.2 or later; paragraph ids may move after an insertion (known issue), text checks back it up",
  "edition.web": "Word on the web",
  "edition.web.short": "Web",
  "edition.web.note": "The web has no WordApiDesktop set at all",
  "edition.win-2024": "Office LTSC 2024 (Windows)",
  "edition.win-2024.short": "LTSC 2024",
  "edition.win-2024.note":
    "Reports WordApi 1.6, but paragraph ids are null without a Microsoft 365 subscription",
  "edition.win-2021": "Office LTSC 2021 (Windows)",
  "edition.win-2021.short": "LTSC 2021",
  "edition.win-2021.note": "Up to WordApi 1.3",
  "edition.win-2019": "Office 2019 (Windows)",
  "edition.win-2019.short": "Office 2019",
  "edition.win-2019.note":
    "Up to WordApi 1.3; needs Windows 10 1903 or later (EdgeHTML); older systems use Internet Explorer and cannot run it",
  "edition.win-2016": "Office 2016 or older (Windows)",
  "edition.win-2016.short": "Office 2016",
  "edition.win-2016.note": "WordApi 1.1 only: the add-in says the version is too old",

  "feature.run": "Insert the template, format in one click, check counts and format",
  "feature.run.without": "Cannot run (the pane asks to upgrade)",
  "feature.styleRepair": "Repair styles of the same name already in the document",
  "feature.styleRepair.without": "Existing styles are left; manual steps are given",
  "feature.liveEvents": "Re-check right after an edit (paragraph events)",
  "feature.liveEvents.without": "Compares the document every few seconds, re-checks on a change",
  "feature.paragraphIds": "Find the paragraph of a finding by its id",
  "feature.paragraphIds.without": "Finds paragraphs by position and text",
  "feature.pageSetup": "Set the page to A4 portrait",
  "feature.pageSetup.without": "The template carries A4; manual steps for existing documents",
  "feature.eastAsiaFont": "Repair the Chinese (East Asian) font directly",
  "feature.eastAsiaFont.without": "Sets the Chinese font through style definitions",

  "platform.Windows": "Windows",
  "platform.Mac": "Mac",
  "platform.Web": "the web",
  "platform.iOS": "iPad",
  "platform.Unknown": "an unknown platform",

  yes: "Yes",
  no: "No",
  unknown: "Unknown",
};
