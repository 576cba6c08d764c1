/**
 * @fileoverview Task-pane strings, en-US (second locale): the "ui" namespace of the messages
 * module. Same entries as `../zh-CN/ui.ts`, which the type enforces. Layer: core (data only).
 */
import type { UiEntry } from "../zh-CN/ui";

/** Task-pane messages in US English, keyed by entry (without the "ui." prefix). */
export const ui: Record<UiEntry, string> = {
  "app.title": "Case Report Assistant",
  listSeparator: ", ",

  "tools.heading": "Template and formatting",
  "template.heading": "Template",
  "template.hint":
    "Inserts the skeleton — title, unit line, unit introduction, the three parts of the body and attachments — with the prescribed styles.",
  "template.insertReport": "Insert case-report template",
  "template.insertForm": "Insert application-form template",
  "template.inserting": "Inserting the template…",
  "template.done": "Template inserted ({paragraphs} paragraph(s)).",
  "template.confirm.title": "Replace the document's content?",
  "template.confirm.body":
    "This document is not empty. Inserting the template replaces all of its content; Undo may not bring it back, so save a copy first if you need it.",
  "template.confirm.replace": "Replace with template",
  "template.confirm.cancel": "Cancel",
  "template.confirmForm.title": "Insert the application form?",
  "template.confirmForm.body":
    "This document is not empty. The form can be appended at the end (on a new page, nothing else changes) or replace all of the content (Undo may not bring it back: save a copy first if you need it).",
  "template.confirmForm.append": "Append at the end",
  "template.confirmForm.replace": "Replace all content",
  "template.confirmForm.cancel": "Cancel",
  "template.formPresent.title": "Application form not inserted",

  "page.applied": "Page set to A4 portrait.",
  "page.alreadyOk": "The page is already A4 portrait.",
  "page.unsupported":
    "This version of Word cannot set the paper size. Set it by hand: Layout → Size → A4, Orientation → Portrait.",

  "format.heading": "Formatting",
  "format.hint":
    "Gives every paragraph the prescribed style of its role and sets A4 portrait. Only formatting changes, never the words.",
  "format.run": "Format in one click",
  "format.notReportAsk":
    "This does not look like a case report (no unit line, no unit introduction, no background, practice or effect part). Formatting gives it a case report's format. Format anyway?",
  "format.notReportConfirm": "Format anyway",
  "format.notReportCancel": "Cancel",
  "format.running": "Formatting…",
  "format.reading": "Reading the document…",
  "format.writing": "Formatting {count} paragraph(s)…",
  "format.applied": "Styled {applied} paragraph(s).",
  "format.nothingToDo": "Formatting already meets the requirements; nothing to change.",
  "format.stylesRepaired": "Styles repaired: {names}.",
  "format.stylesNotRepaired":
    "These styles cannot be repaired on this version of Word: {names}. In the Styles pane, right-click each style → Modify: under Format → Font set the Asian font, the size and bold; under Format → Paragraph set Line spacing to “Exactly” with the points the checklist gives; then select Check again.",
  "format.textUnchanged": "Verified: the text is unchanged.",
  "format.textChanged":
    "The text differs from before formatting: check the changed paragraphs and correct them by hand if needed.",
  "format.skippedStale":
    "{count} paragraph(s) changed after the check and were skipped: format again.",
  "format.unverified":
    "{count} paragraph(s) still differ from the required format; see the checklist.",
  "notDone.generic": "One step could not be done automatically ({id}); see the checklist.",
  "notDone.restoreNumbering":
    "After restoring, automatically numbered paragraphs could not be confirmed to be back in their list; their numbers may start over. Check them, and if a number is wrong right-click it and choose Continue Numbering.",
  "notDone.numberingMayRestart":
    "After formatting, automatically numbered paragraphs could not be confirmed to be still in their list; their numbers may start over. Check them, and if a number is wrong right-click it and choose Continue Numbering.",
  "notDone.restoreTrackingUnknown":
    "This version of Word cannot say whether Track Changes is on: if it is, the restored paragraphs were recorded as revisions; review and accept them on the Review tab.",
  "notDone.restoreLastStyle":
    "The last paragraph's style may not have been restored; please check it.",
  "notDone.restoreKeptPageSetup":
    "The page setup (paper size, orientation) was not restored: change it back on the Layout tab if needed.",
  "notDone.restoreKeptStyles":
    "Style definitions repaired by formatting were not restored (the paragraphs have their former styles and formatting again).",
  "notDone.manualPageSetup":
    "This version of Word cannot set the paper size. Set it by hand: Layout → Size → A4, Orientation → Portrait.",
  "notDone.replaceTextNotLocated":
    "Some text changes were not made: the words to change were not found in the document (they may have changed since the check, or hold a page break, line break or another mark that cannot be searched or written automatically). Those places were left as they were and the other changes were made: click “Check again”, then fix them.",
  "notDone.replaceTextNotLocatedIn":
    "Text changes in paragraph {paragraphs} were not made: the words to change were not found in the document (they may have changed since the check, or hold a page break, line break or another mark that cannot be searched or written automatically). Those places were left as they were and the other changes were made: click “Check again”, then fix them.",
  "notDone.paragraphListJoiner": ", ",
  "notDone.trackChangesStylesOnly":
    "Track Changes is on: so that whole paragraphs are not recorded as deleted and re-inserted, only the styles were applied; manual fonts, sizes and spacing were not cleared and no text was changed. Turn off Track Changes (Review tab), then format again.",
  "notDone.verifyFailed":
    "The document could not be re-read to verify the result: select Check again.",
  "notDone.paragraphKeptDirectFormatting":
    "Some paragraphs contain footnotes, endnotes, comments or objects that cannot be written back with the paragraph. To keep them, these paragraphs were not rewritten (at most their style was applied), so manual fonts, sizes, bold, alignment or line spacing may remain: locate them from the checklist, select their text (not the footnote number) and press Ctrl+Space to clear manual character formatting; if the alignment or line spacing still differs, change it under Home → Paragraph as the checklist says, then select Check again.",
  "notDone.paragraphKeptStructure":
    "Some paragraphs end a section, hold a bookmark or field that spans paragraphs (a table of contents, for example), or hold pictures or other objects. Rewriting them would change the section, cut the bookmark or field, or send the pictures back whole, so only their style was applied and manual fonts, sizes, bold, alignment, indents or line spacing may remain: locate them from the checklist, select their text and press Ctrl+Space to clear manual character formatting; if the alignment, indent or line spacing still differs, change it under Home → Paragraph as the checklist says, then select Check again.",

  "check.heading": "Checklist",
  "check.checking": "Checking…",
  "check.recheck": "Check again",
  "check.checkingParagraphs": "Checking {count} paragraph(s)…",
  "check.readingParts": "Checking {count} paragraph(s) (read {read} of {total})…",
  "check.firstCheck": "Reading and checking the document; the results appear here shortly.",
  "check.summary": "{passed} / {total} checks pass",
  "check.summaryUnfilled": "{count} to check once filled in",
  "check.summaryNotApplicable": "{count} more not applicable",
  "check.summaryLabel": "Checks",
  "check.summaryDetail": "{errors} errors, {warnings} warnings, {infos} notes",
  "check.provisional": "A first count from the text; reading the formatting…",
  "check.provisionalHint":
    "Once automatic numbering and heading styles are read, the counts may still change; the check results follow.",
  "check.provisionalHintNumbered":
    "{count} paragraphs are numbered automatically: once the numbering and heading styles are read, the counts may still change; the check results follow.",
  "check.countsHeading": "Word counts",
  "check.findingsHeading": "To fix",
  "check.passedHeading": "Passed",
  "check.allPassed": "Every check passes.",
  "check.groupLabel": "{title}: {count} problems",
  "check.findingLabel": "{severity}: {message}. Press Enter to go to it in the document.",
  "check.ignore": "Ignore",
  "check.ignoreLabel": "Ignore this: {message}",
  "check.ignored": "Ignored 1 problem.",
  "check.ignoredCount": "{count} ignored",
  "check.restoreIgnored": "Restore ignored problems ({count})",
  "check.showMore": "Show more ({count} more)",
  "check.passedMark": "✓",
  "check.crashed": "These checks failed to run; results are incomplete: {rules}.",
  "check.fix": "Fix",
  "check.fixLabel": "Fix this: {message}",
  "check.fixAll": "Fix all ({count})",
  "check.fixAllLabel": "Fix all {count} problems of “{title}”",
  "check.ignoreRule": "Ignore this check",
  "check.ignoreRuleLabel": "Ignore this check: {title}",
  "check.ruleIgnored": "Check “{title}” ignored.",
  "check.ruleRestored": "Check “{title}” restored.",
  "check.findingsRestored": "Ignored problems restored.",
  "check.ignoredRulesHeading": "Ignored checks",
  "check.ignoredRulesHint":
    "These checks do not count as passed and are saved with the document; Restore checks again.",
  "check.ignoredRuleFindings": "{count} problems hidden",
  "check.restoreRule": "Restore",
  "check.restoreRuleLabel": "Restore check: {title}",
  "check.formFindingsHeading": "Application form: to fix",
  "check.decisionsLoading": "Reading the ignores and ticks saved in the document…",
  "check.saving": "Saving to the document…",
  "check.unfilledHeading": "Not filled in ({count})",
  "check.unfilledHint":
    "The template's prompts (【…】) are not yet replaced by your text and count 0 characters; these checks run once you fill them in.",
  "check.notApplicableHeading": "Not applicable ({count})",
  "check.notApplicableHint":
    "This document has nothing these checks look at; they are not counted as passed.",
  "check.notApplicableMark": "not applicable",
  "check.place.paragraph": "paragraph {paragraph}",
  "check.place.section": "section {section}",
  "check.place.document": "whole document",
  "check.fixChange": "“{before}” → “{after}”",
  "check.details": "Details",
  "check.hideDetails": "Hide",
  "check.detailsLabel": "Details: {message}",
  "check.hideDetailsLabel": "Hide: {message}",
  "check.clause": "Per the notice, {where}: “{text}”",
  "check.verdict.errors": "{count} errors",
  "check.verdict.warnings": "{count} warnings",
  "check.verdict.infos": "{count} notes",
  "check.verdict.none": "No problems found",
  "check.verdictLabel": "Result",
  "check.next": "Next",
  "check.previous": "Previous",
  "check.position": "{index} of {total}",
  "check.positionNone": "{total} in all",
  "check.navLabel": "Go through the problems (Alt+↓ next, Alt+↑ previous)",
  "check.format.heading": "Formatting",
  "check.format.role": "{role}: {paragraphs} paragraph(s) not formatted as required: {properties}",
  "check.format.property.font": "font",
  "check.format.property.size": "size",
  "check.format.property.bold": "bold",
  "check.format.property.alignment": "alignment",
  "check.format.property.spacing": "line spacing",
  "check.format.otherRoles": "{roles}: {paragraphs} paragraph(s) not formatted as required",
  "check.format.hint": "“Format all” fixes all of these at once and never changes the words.",
  "check.format.list": "Paragraph by paragraph ({count})",
  "check.ignoreRuleConfirm":
    "Ignore all {count} problems of “{title}”? This check stops until you restore it.",
  "check.ignoreRuleYes": "Ignore this check",
  "check.ignoreRuleNo": "Cancel",
  "check.ruleIgnoredHere": "Check “{title}” ignored.",
  "check.passedToggle": "Checks passed ({count})",
  "check.noReportHint":
    "Insert the template, or write in this order: title → ——full unit name → 单位简介 → 一、实施背景 ….",

  "restore.offer.format": "Not happy with it? Restore the document as it was before formatting.",
  "restore.offer.template": "Not happy with it? Restore the content as it was before the template.",
  "restore.offer.fix": "Not happy with it? Restore the text as it was before the fix.",
  "restore.run": "Restore",
  "restore.runLabel": "Restore the document as it was before this change",
  "restore.undoFix": "Undo fix",
  "restore.undoFixLabel": "Undo this fix and put the former text back",
  "restore.declined": "This change cannot be restored (the reason was given before it was made).",
  "restore.restoring": "Restoring…",
  "restore.done": "{count} paragraph(s) restored.",
  "restore.doneTemplate": "The content before the template was restored ({count} paragraph(s)).",
  "restore.doneFix": "Fix undone: the former text is back.",
  "restore.unverified":
    "Restored, but a check found the text not quite as before: click Re-check and review it.",
  "restore.proceed.format": "Format anyway (cannot be restored)",
  "restore.proceed.fix": "Fix anyway (cannot be undone)",
  "restore.proceed.template": "Replace anyway (cannot be restored)",
  "restore.cannotKeep.title": "This change could not be restored afterwards",
  "fix.applying": "Fixing…",
  "fix.confirm.title": "Confirm text changes",
  "fix.confirm.body":
    "These {count} changes alter the words of the document. Check each one, then confirm (afterwards, Restore in this pane changes them back; Word's Undo may not take all of them back):",
  "fix.confirm.change": "“{before}” → “{after}”",
  "fix.confirm.changeLabel": "Change “{before}” to “{after}”",
  "fix.confirm.conflicts":
    "{count} more overlap the changes above and are left this time; check again to fix them.",
  "fix.confirm.apply": "Make the changes",
  "fix.confirm.cancel": "Cancel",
  "fix.applied": "Fixed {applied}.",
  "fix.skippedStale":
    "{count} skipped: their paragraphs changed after the check. Check again, then fix.",
  "fix.conflicts": "{count} not made: they overlap other changes. Check again to fix them.",
  "fix.unverified":
    "{count} paragraph(s) still differ from the profile after fixing; see the checklist.",

  "decisions.damaged":
    "{count} saved record(s) of ignores, ticks or structure corrections in this document are damaged and cannot be read; they are not applied. The add-in leaves them as they are and saves new records separately.",
  "decisions.loadFailed.title": "Could not read the ignores and ticks saved in the document",
  "decisions.loadFailed.body":
    "Ignoring and hand checks are off so that nothing saved is overwritten. Retry; if it still fails, close and reopen the document.",
  "decisions.writeFailed.title": "Could not save to the document",
  "decisions.writeFailed.body":
    "The last ignore or tick was not saved; the pane shows what the document holds again. Try once more; if the document is read-only, save it as an editable .docx first.",

  "hand.heading": "Checks by hand",
  "hand.hint":
    "These cannot be checked automatically: confirm each and tick it. Ticks are saved with the document.",
  "hand.progress": "{checked} / {total} confirmed",

  "tally.heading": "Figures, tables and photos",
  "tally.hint.figures": "{value}, not too many (at most {max})",
  "tally.hint.tables": "{value}, not too many (at most {max})",
  "tally.hint.pictures": "{value}, at least {min} required",

  "form.heading": "Application form",
  "form.category.label": "Case category",
  "form.category.hint":
    "Choose one: it is ticked in the form and the other categories are unticked.",
  "form.category.several": "The form ticks {count} categories ({names}): choose only one.",
  "form.category.none": "No case category is ticked in the form yet.",
  "form.category.noBoxes":
    "The form's categories have no boxes and cannot be ticked here: edit them in the document.",
  "form.category.applying": "Ticking…",
  "form.category.done": "“{name}” ticked.",
  "form.category.stale":
    "The form changed after the check, nothing was ticked: check again, then choose.",

  "export.heading": "Submission package",
  "export.hint":
    "Zips the report (.docx and PDF) and every picture (named by its caption, PNG charts converted to JPG) as “{zip}”, for submission.",
  "export.run": "Export submission package",
  "export.running": "Exporting the submission package…",
  "export.none":
    "Nothing to export: the document has no pictures, and this Word cannot give the document to add-ins.",
  "export.started":
    "Download of “{zip}” started ({count} files), into this computer's Downloads folder.",
  "export.unavailable":
    "This version of Word cannot download files from the task pane. Save the .docx and the PDF with File → Save As, and each picture with right-click → Save as Picture, named by its caption; with the command-line tool, case-report package document.docx makes the whole package at once.",
  "export.failed":
    "Could not start the download. Save the .docx and the PDF with File → Save As, and each picture with right-click → Save as Picture, named by its caption; with the command-line tool, case-report package document.docx makes the whole package at once.",
  "export.hasErrors":
    "The report still has {count} errors: correct them before submitting (see Check above).",
  "export.notReport":
    "This document does not look like a case report: the submission is a case report written to the notice.",
  "export.files": "Files in the zip ({count}):",
  "export.report.unsupported":
    "Word on the web does not give the document to add-ins, so the zip has no .docx or PDF: use File → Save As → Download a Copy and Download as PDF, or save and run case-report package.",
  "export.report.failed":
    "Word could not export the .docx, so the zip lacks the report file: save the document and add the .docx.",
  "export.pdf.failed":
    "Word could not export the PDF, so the zip has none: use File → Save As → PDF and add it.",
  "export.converted":
    "{count} PNG picture(s) converted to JPG (the notice asks for charts as JPG files).",
  "export.notJpg":
    "{count} picture(s) are not JPG ({names}) and were added as stored: save them as JPG and replace them.",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",

  "count.title": "Title",
  "count.unitIntro": "Unit introduction",
  "count.body": "Body",
  "count.practice": "Main practices",
  "count.practiceShare": "Main practices share of body",
  "count.effect": "Results",
  "count.background": "Background",
  "count.hint.min": "{value}{unit}, at least {min}{unit} required",
  "count.hint.max": "{value}{unit}, at most {max}{unit} allowed",
  "count.hint.range": "{value}{unit}, {min}–{max}{unit} required",
  "count.hint.none": "{value}{unit}",
  "count.hint.missing": "Part not found",
  "count.hint.notYetFound": "Not found yet; confirmed once the formatting is read",
  "count.status.ok": "OK",
  "count.status.low": "Too short",
  "count.status.high": "Too long",
  "count.status.unfilled": "Not filled in",
  "count.hint.unfilled": "Not filled in",
  "count.status.missing": "Missing",
  "unit.char": " 字",
  "unit.percent": "%",

  "error.unsupportedHost.title": "This version of Word is not supported",
  "error.unsupportedHost.body": "Use Word from Office 2019 or later, or Microsoft 365.",
  "error.readFailed.title": "Could not read the document",
  "error.readFailed.body":
    "Try again in a moment. If editing is restricted or the file is in compatibility mode, save it as .docx first.",
  "error.ooxmlUnreadable.title": "Could not parse the document",
  "error.ooxmlUnreadable.body": "Save the document as .docx and try again.",
  "error.documentTooLarge.title": "The document is too large to check live",
  "error.documentTooLarge.body":
    "Remove content you do not need (large pictures) and try again, or check the .docx with the case-report check command.",
  "error.writeFailed.title": "The change did not complete",
  "error.writeFailed.body": "The document was not changed; try again.",
  "error.writeFailed.partial":
    "The document may have been changed in part: check again to see its state, then retry",
  "error.notEmpty.title": "The document is not empty",
  "error.notEmpty.body": "Confirm the replacement, or create a blank document first.",
  "error.targetNotFound.title": "That place no longer exists",
  "error.targetNotFound.body": "The text there has changed; check again",
  "error.notRestorable.title": "Cannot restore",
  "error.notRestorable.body": "The document was not changed.",
  "error.cancelled.title": "Cancelled",
  "error.cancelled.body": "Try again.",
  "error.unknown.title": "Something went wrong",
  "error.unknown.body": "Try again; if it persists, close and reopen the task pane.",
  "error.retry": "Retry",
  "error.recheck": "Check again",
  "error.dismiss": "Dismiss",

  "boot.notWord.title": "Open this in Word",
  "boot.notWord.body":
    "Case Report Assistant is a Word add-in: open a document in Word and start it from the Home tab.",
  "boot.loadFailed.title": "The add-in could not start",
  "boot.loadFailed.body":
    "Office's library loaded, but Word did not finish starting the add-in. Close and reopen the task pane; if it happens again, restart Word.",
  "boot.officeJsMissing.title": "Office's library could not be loaded",
  "boot.officeJsMissing.body":
    "The task pane first loads Office's library (office.js) from Microsoft's servers, and this computer could not: the network may be down, or an intranet, proxy or firewall blocks that address.",
  "boot.officeJsMissing.allow":
    "Ask IT to allow this address (office.js and the other files in the same folder), then close and reopen the task pane:",
  "boot.unsupportedHost.title": "This version of Word is too old for Case Report Assistant",
  "boot.unsupportedHost.body":
    "Case Report Assistant needs Word with WordApi {minimum}: Office 2019, Office LTSC 2021 / 2024, Microsoft 365 or Word on the web. Upgrade Office, or use Word on the web in a browser.",
  "boot.detected": "Detected: Office {version} on {platform}",
  "boot.version": "Case Report Assistant {version}",

  // About
  "structure.heading": "Structure",
  "structure.hint":
    "The title, parts and headings as the add-in reads them. Click a line to select it in the document; when a paragraph is read wrong, give it its role with Role: the change is saved in the document and the checklist and one-click formatting follow it.",
  "structure.show": "Show structure",
  "structure.loading": "Loading the structure…",
  "part.failed": "This part of the pane could not be downloaded",
  "part.advice":
    "This part of the add-in is downloaded when first used, and the download failed; the document was not changed. Check the network connection and click Retry; if it keeps happening, close and reopen the task pane.",
  "part.retry": "Retry",
  "structure.hide": "Hide structure",
  "structure.empty": "No title, part or heading found yet.",
  "structure.words": "{words} chars",
  "structure.corrected": "corrected",
  "structure.roleButton": "Role",
  "structure.roleButtonLabel": "Change the role of “{text}” (now: {role})",
  "structure.goTo": "Select in the document: {text}",
  "structure.auto": "Read automatically",
  "structure.allParagraphs": "Show every paragraph (to set any paragraph's role)",
  "structure.headingsOnly": "Show parts and headings only",
  "structure.roleSet": "“{text}” is now {role}.",
  "structure.roleCleared": "“{text}” is read automatically again.",
  "structure.locked": "Reading the saved decisions; roles can be changed in a moment.",
  "structure.role.title": "Title",
  "structure.role.unitLine": "Unit name",
  "structure.role.unitIntroHeading": "Unit intro heading",
  "structure.role.unitIntro": "Unit introduction",
  "structure.role.heading1": "Heading 1",
  "structure.role.heading2": "Heading 2",
  "structure.role.heading3": "Heading 3",
  "structure.role.heading4": "Heading 4",
  "structure.role.body": "Body text",
  "structure.role.caption": "Caption",
  "structure.role.picture": "Picture",
  "structure.role.tableText": "Table",
  "structure.role.formField": "Application form",
  "structure.role.attachmentHeading": "Attachment heading",
  "structure.role.attachment": "Attachment",
  "structure.role.toc": "Table of contents",
  "structure.role.empty": "Empty",
  "structure.role.other": "Leave alone",

  "about.heading": "About",
  "about.version": "Case Report Assistant version {version}",
  "about.host": "This Word: {host}",
  "about.sets": "Requirement sets",
  "about.features": "Features on this Word",
  "about.available": "available",
  "about.unavailable": "not available",
  "about.unknown": "depends on the subscription",
  "about.depends": " (with a Microsoft 365 subscription; otherwise {without})",
  "about.without": " ({without})",
};
