/**
 * @fileoverview Rule and checklist strings, en-US (second locale): the same keys as
 * `../zh-CN/rules.ts`. Chinese terms of the notice (题目, 单位简介, 主要做法 …) stay in Chinese
 * where they name parts of the report. Layer: core (data only).
 */
import type { checklist as zhChecklist, rules as zhRules } from "../zh-CN/rules";

/** Rule titles and finding messages in English; same keys as zh-CN. */
export const rules: Record<keyof typeof zhRules, string> = {
  "report-structure.title": "Report structure and order",
  "report-structure.missingPart":
    "The part “{part}” is missing. Add it: 题目 → ——unit name → 单位简介 → body (实施背景, 主要做法, 实施效果) → 附件.",
  "report-structure.outOfOrder":
    "“{part}” is out of place. Move it after “{after}” (order: title, unit line, 单位简介, 实施背景, 主要做法, 实施效果, 附件).",

  "unit-line.title": "Unit name line",
  "unit-line.missing": "There is no unit line under the title. Add a line “{dash}full unit name”.",
  "unit-line.wrongDash":
    "“{found}” before the unit name is not the Chinese dash. Replace it with “{dash}” (two U+2014).",
  "unit-line.missingDash": "The unit name has no dash before it. Start the line with “{dash}”.",
  "unit-line.notFullName":
    "“{name}” does not look like the unit's full legal name, which usually ends in 公司, 分公司, 中心支公司, 研究院, 协会 …: write the registered full name, not a short or brand name.",
  "unit-line.missingName":
    "There is no unit name after the dash. Write the full name after “{dash}”.",

  "title-length.title": "Title length",
  "title-length.tooLong":
    "The title has {count} 字, more than {max}. Shorten it to {max} 字 or fewer.",
  "title-length.multipleSentences":
    "The title has {count} sentences. It must be one sentence: remove or merge the others.",

  "unit-intro-length.title": "Unit introduction length",
  "unit-intro-length.tooShort":
    "The unit introduction has {count} 字, fewer than {min} ({min}–{max} required, heading excluded). Add industry, region, ownership, founding year, business, scale, results, standing and honours.",
  "unit-intro-length.tooLong":
    "The unit introduction has {count} 字, more than {max} ({min}–{max} required, heading excluded). Cut it to {max} 字.",

  "body-length.title": "Body length and its three parts",
  "body-length.tooShort":
    "The body has {count} 字, fewer than {min}. Expand the background, practice and effect parts.",
  "body-length.missingPart":
    "The body has no “{part}” part. Add it as a level-1 heading (实施背景, 主要做法, 实施效果).",

  "practice-share.title": "Share of the main practice",
  "practice-share.tooShort":
    "主要做法 has {practice} 字, fewer than {min} ({share}% of the body's {body} 字). Expand the practice part.",
  "practice-share.shareTooLow":
    "主要做法 has {practice} 字, {share}% of the body's {body} 字, below {minShare}%. Expand it or shorten the background and effect parts.",

  "first-person.title": "Third person",
  "first-person.quoted":
    "“{word}” in a quotation or an answer is first person. Keep it if it is someone's own words; in narration use the unit's short name.",
  "first-person.firstPerson":
    "“{word}” is first person. The notice asks for narration in the third person: use the unit's short name.",

  "heading-levels.title": "Heading levels and numbers",
  "heading-levels.tooDeep":
    "Heading “{name}” is level {level}, deeper than {max}. Merge it into the level above or make it body text.",
  "heading-levels.wrongMarker":
    "Level-{level} heading number “{marker}” has the wrong form; use “{expected}”.",
  "heading-levels.missingMarker":
    "This level-{level} heading has no number. Number it like “{example}”.",
  "heading-levels.ordinalRepeated":
    "Heading number “{marker}” repeats the previous heading of its level. Renumber in order.",
  "heading-levels.ordinalSkipped":
    "Heading number “{marker}” is out of sequence; “{expected}” was expected here.",
  "heading-levels.orphan":
    "Level-{level} heading “{name}” has no level-{parent} heading above it. Move it under one.",

  "role-format.title": "Fonts, sizes and line spacing",
  "role-format.fontWrong":
    "The {roleEn} uses the East Asian font “{found}”; “{required}” is required. Use one-click formatting or set the font.",
  "role-format.fontLookAlike":
    "The {roleEn} uses “{found}”, which looks like but is not the required “{required}”. Set the font to {required}. Windows after XP does not ship 楷体_GB2312 or 仿宋_GB2312: without the font Word shows a substitute, but a file that names “{required}” is right.",
  "role-format.fontMissing":
    "The {roleEn} has no East Asian font set; “{required}” is required. Use one-click formatting.",
  "role-format.fontTheme":
    "The {roleEn}'s East Asian font comes from the theme (“{found}”), not set as “{required}”. Use one-click formatting.",
  "role-format.fontThemeUnnamed":
    "The {roleEn}'s East Asian font comes from the theme, not set directly to “{required}”; it changes with the theme or the computer. Use one-click formatting.",
  "role-format.sizeWrong": "The {roleEn} is {found}; {required} is required.",
  "role-format.boldMissing": "The {roleEn} must be bold.",
  "role-format.boldUnexpected": "The {roleEn} must not be bold.",
  "role-format.alignmentWrong": "The {roleEn} is {foundEn}; it must be {requiredEn}.",
  "role-format.spacingWrong":
    "The {roleEn} has line spacing {foundEn}; {requiredEn} is required (an exact value: multiple or at-least spacing does not count even at the same points).",

  "page-setup.title": "Page A4 portrait",
  "page-setup.wrongSize":
    "Section {section} is {width} × {height} mm; {paper} portrait ({requiredWidth} × {requiredHeight} mm) is required. Use one-click formatting or Layout → Size → {paper}.",
  "page-setup.wrongOrientation":
    "Section {section} is landscape; {paper} portrait is required. Use one-click formatting or Layout → Orientation → Portrait.",
  "page-setup.unknownSize":
    "Section {section} has no paper size set and may not print as {paper}. Use one-click formatting.",

  "picture-count.title": "Number of work photos",
  "picture-count.tooFew":
    "The report has {count} pictures, fewer than {min}. Insert at least {min} photos of work scenes.",

  "picture-resolution.title": "Photo resolution",
  "picture-resolution.lowDpi":
    "Picture {picture} ({name}) is about {dpi} dpi ({pixelWidth} px shown {widthCm} cm wide), below {min} dpi. Use a sharper original or show it smaller. Word compresses pictures to 220 ppi on save by default: tick File → Options → Advanced → “Do not compress images in file”, then insert the original again.",
  "picture-resolution.notEmbedded":
    "Picture {picture} ({name}) is not stored in the document (linked to a file outside it, or lost): it will not show in the submitted document, and its resolution cannot be checked. Delete it and insert it again with Insert → Pictures (without “Link to File”).",
  "picture-resolution.notCheckable":
    "Picture {picture} ({name}): its pixel size could not be read, so its resolution is not checkable. Make sure the original is at least 300 dpi.",

  "title-names.title": "No unit or personal names in the title",
  "title-names.unitName":
    "The title contains the unit's name “{name}” (full name: {unit}). The title must not name the applicant unit; describe the case instead.",
  "title-names.creatorName":
    "The title contains the name of a case participant, “{name}”. Remove it.",

  "effect-data.title": "Figures in the effect part",
  "effect-data.tooFewFigures":
    "The effect part has only {count} figures (found: {foundEn}), fewer than {min}. Reviewers look for quantitative results: counts (120 hazards found), percentages (98 % fixed), amounts (350,000 yuan saved) and before/after comparisons (down 30 % year on year, accidents from 12 to 3).",

  "punctuation.title": "Punctuation",
  "punctuation.halfWidth":
    "Half-width “{found}” in Chinese text; use the full-width “{replacement}”.",
  "punctuation.halfWidthBracket":
    "Half-width brackets “{found}” round Chinese text; use full-width brackets {replacement}.",
  "punctuation.mixedBracket":
    "Mixed bracket widths (“{found}”); use the full-width “{replacement}”.",
  "punctuation.ellipsis": "Ellipsis “{found}” is not standard; use “{replacement}” (two “…”).",
  "punctuation.dash": "Dash “{found}” is not the Chinese 破折号; use “{replacement}” (two U+2014).",
  "punctuation.dashSingle":
    "A single “—” here. If it is a 破折号, write “{replacement}”; if it marks a range (北京—上海), ignore this.",
  "punctuation.dateRange":
    "Date range written with “{found}”; GB/T 15834 uses the one-em dash “{replacement}” (2023年3月—2023年10月).",
  "punctuation.doubled": "Repeated punctuation “{found}”; use one “{replacement}”.",

  "figure-table-count.title": "Number of figures and tables",
  "figure-table-count.tooManyFigures":
    "The report has {count} figures, more than {max}. The notice asks for few figures and tables: keep the ones that matter.",
  "figure-table-count.tooManyTables":
    "The report has {count} tables, more than {max}. The notice asks for few figures and tables: merge or drop some.",

  "privacy.title": "Personal data",
  "privacy.mobile":
    "A mobile number ({value}) in the report. Remove or mask it to protect privacy.",
  "privacy.landline":
    "A telephone number ({value}) in the report. Remove or mask it unless needed.",
  "privacy.idNumber": "An ID card number ({value}) in the report. Remove it to protect privacy.",
  "privacy.email": "An e-mail address ({value}) in the report. Remove or mask it unless needed.",
  "privacy.bankCard": "A bank card number ({value}) in the report. Remove it.",

  "cjk-marks-font.title": "Font of Chinese punctuation",
  "cjk-marks-font.latinFont":
    "“{marks}” will be drawn in the Latin font {fontEn} (these marks are not marked as Chinese text), so it looks unlike Chinese punctuation. Use one-click formatting, or select the marks and set their Latin font to the Chinese font.",

  "form-required-fields.title": "Application form: required fields",
  "form-required-fields.empty": "The form's “{label}” is empty. Fill it in.",
  "form-required-fields.missingField":
    "The form has no “{label}” row. Use the form of Annex 1, add the row and fill it in.",
  "form-required-fields.selfApplication":
    "“{label}” is empty: a self-application may leave it and the recommendation empty. If a recommending unit or expert submits the case, name them; they write the opinion and stamp or sign the paper copy.",
  "form-required-fields.opinionMissing":
    "A recommending unit or expert is named ({recommender}) but “{label}” is empty. Have them write the opinion, and stamp or sign the paper copy.",

  "form-period.title": "Implementation period",
  "form-period.unparseable":
    "The period “{found}” is not a start and end month. Write it like “{example}”.",
  "form-period.noEnd":
    "The period “{found}” has no end. Give start and end month, e.g. “{example}”; for a running case, the month of submission.",
  "form-period.missingMonth":
    "The period “{found}” does not give the months. Write it like “{example}”.",
  "form-period.invalidMonth":
    "A month in the period “{found}” is not 1–12. Correct it, e.g. “{example}”.",
  "form-period.wrongSeparator":
    "“{separator}” in the period should be the one-em dash “—” (U+2014 once). Change it to “{normalized}”.",
  "form-period.numericDate": "Write the period “{found}” with 年 and 月: “{normalized}”.",
  "form-period.endBeforeStart": "The period “{found}” ends before it starts. Correct the months.",

  "form-summary-length.title": "Case summary length",
  "form-summary-length.tooLong":
    "The form's case summary has {count} 字, more than {max}. Cut it to {max} 字: background, main practice and features, results.",

  "form-creators.title": "Number of creators",
  "form-creators.tooManyMain":
    "{count} main creators ({names}), more than {max}. Keep {max}; list the others as participating creators.",
  "form-creators.tooManyParticipants":
    "{count} participating creators ({names}), more than {max}. Cut the list to {max}.",
  "form-creators.listedTwice":
    "“{name}” is both a main and a participating creator. Keep the name in one list only.",

  "form-category.title": "Case category",
  "form-category.noneTicked":
    "No case category is ticked. Tick one of {categories} (replace ☐ with {box}).",
  "form-category.multipleTicked":
    "{count} categories are ticked ({names}). Tick only the one that fits best.",
  "form-category.otherUnexplained":
    "“{other}” is ticked without an explanation. Write it after “请具体说明”.",
  "form-category.explanationUnticked":
    "There is an explanation “{text}” after “{other}”, but “{other}” is not ticked. Tick it or delete the explanation.",

  "form-consistency.title": "Form matches the report",
  "form-consistency.caseNameDiffers":
    "The form's case name “{form}” differs from the report title “{report}”. Make them the same.",
  "form-consistency.applicantDiffers":
    "The form's applicant “{form}” differs from the unit name under the report title “{report}”. Use the same full name.",

  "form-date.title": "Submission date",
  "form-date.unparseable":
    "The submission date “{found}” is not a date. Write it like “2023年10月20日”.",
  "form-date.incomplete":
    "The submission date “{found}” is incomplete. Give year (four digits), month and day, no later than {deadline}.",
  "form-date.invalid": "The submission date “{found}” is not a real date. Correct it.",
  "form-date.afterDeadline":
    "The submission date {date} is after the deadline {deadline}. Submit before the deadline and give the real date.",

  "rule-crashed.title": "Checker error",
  "rule-crashed.crashed":
    "The check “{rule}” failed ({error}) and its results are not shown. Other checks are unaffected; please report this.",
};

/** Checklist labels in English; same keys as zh-CN. */
export const checklist: Record<keyof typeof zhChecklist, string> = {
  "count.title": "Title",
  "count.unitIntro": "Unit introduction",
  "count.body": "Body",
  "count.practice": "Main practice",
  "count.practiceShare": "Practice share of body",
  "count.effect": "Effect",
  "count.background": "Background",
  "tally.figures": "Figures",
  "tally.tables": "Tables",
  "tally.pictures": "Photos",
  "hand.unitIntroContent":
    "The unit introduction names industry, region, ownership, founding year, business, scale, results, standing and honours",
  "hand.effectQualitative":
    "The effect part combines figures with a qualitative account of management, economic and social benefits",
  "hand.attachments":
    "Attachments (optional): copies of awards, patents, appraisals, letters of thanks",
  "hand.figuresNecessary":
    "Examples, data and charts where needed, but not too many figures and tables",
  "hand.wording":
    "Factual, correct, focused, complete, clearly structured and fluent, with standard punctuation",
  "hand.photoFiles":
    "Each work photo also supplied as a file named by its description; charts given as images also as JPG files named by description",
  "hand.privacy":
    "Administrative and business secrets and personal data (names, phone and ID numbers) are protected",
  "hand.wordAndPdf": "Electronic copies in Word and PDF sent to the given address",
  "hand.stampedCopy":
    "One stamped paper copy each of the form and the report, posted before the deadline",
  "hand.truth":
    "Truthful: concrete process and practice, backed by data, nothing invented or exaggerated",
  "hand.compliance":
    "Compliant with the Work Safety Law, the Insurance Law, the liability-insurance measures and AQ 9010-2019",
  "hand.advanced":
    "Advanced: leads the direction of prevention services, or innovates in organisation, governance or tools, or is sustainable",
  "hand.promotable": "Transferable: representative of its setting and easy to copy elsewhere",
  "hand.effective":
    "Effective: problem-driven, reduces the insured firms' risk, valued by them, backed by data",
  "category.structure": "Structure",
  "category.counts": "Word counts",
  "category.person": "Person",
  "category.headings": "Headings",
  "category.format": "Formatting",
  "category.page": "Page",
  "category.pictures": "Pictures",
  "category.form": "Application form",
  "status.failed": "Failed",
  "status.passed": "Passed",
  "status.notApplicable": "Not applicable",
  "notApplicable.emptyDocument": "The document is empty: nothing to check",
  "notApplicable.noForm": "The document has no application form",
  "notApplicable.noTitle": "No title found",
  "notApplicable.noUnitIntro": "No unit introduction found",
  "notApplicable.noPractice": "No main-practice part found",
  "notApplicable.noEffect": "No results part found",
  "notApplicable.titleUnfilled": "Title not filled in yet",
  "notApplicable.unitLineUnfilled": "Unit name not filled in yet",
  "notApplicable.unitIntroUnfilled": "Unit introduction not filled in yet",
  "notApplicable.bodyUnfilled": "Main text not filled in yet",
  "notApplicable.practiceUnfilled": "Main practice not filled in yet",
  "notApplicable.effectUnfilled": "Results not filled in yet",
  "notApplicable.noFormattedText": "No paragraph to format found",
  "notApplicable.noPictures": "The report has no pictures",
  "notApplicable.formOnly": "The document holds only the application form, no case report",
  "notApplicable.notReport": "This is not a case report; not checked as one",
  "documentKind.empty": "The document is empty. Insert the template first",
  "documentKind.noReport": "No case-report structure recognised",
  "documentKind.notReport":
    "This does not look like a case report (no unit line, no unit introduction, no background, practice or effect part), so it is not checked as one",
};
