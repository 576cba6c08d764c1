/**
 * @fileoverview Command-line strings, en-US (the second locale): the "cli" namespace of the
 * messages module, with the same entries and placeholders as `../zh-CN/cli.ts`. Layer: core
 * (data only).
 */
import type { CliEntry } from "../zh-CN/cli";

/** CLI messages in English, keyed by entry (without the "cli." prefix). */
export const cli: Record<CliEntry, string> = {
  "program.description":
    "Case Report Assistant (command line): check and format a case report .docx against a notice's requirements (default: {profile}; another profile with --profile), or write the official template.",
  "program.helpAfter": `
Examples:
  case-report check report.docx                    check one file: word counts per part and findings
  case-report check reports/ --html results.html   check a folder (recursively), also save one HTML page
  case-report check reports/ --json > results.json machine-readable JSON
  case-report format report.docx -o formatted.docx one-click formatting (as in the Word add-in) to a new file
  case-report new -o case-report.docx              write the official case-report template
  case-report fix report.docx -o fixed.docx --yes  apply automatic fixes (text changes listed; applied with --yes)
  case-report export-images report.docx -o pictures.zip  export every picture named by its caption (R23)
  case-report ignore report.docx --rule picture-resolution  record an ignore in the document (as the Word add-in does)

Exit status: 0 all passed; 1 findings of error severity, or not a case report; 2 a file could not be read or written, or bad arguments.
Details of a command: case-report help <command>, or case-report <command> --help.`,
  "option.version": "show the version",
  "option.help": "show help",
  "option.lang": "language of messages: zh-CN (default) or en-US",
  "command.help": "show help for a command",
  "help.usage": "Usage:",
  "help.options": "Options:",
  "help.globalOptions": "Global options:",
  "help.arguments": "Arguments:",
  "help.commands": "Commands:",
  "usage.program": "[options] <command>",
  "usage.check": "[options] <files or folders...>",
  "usage.format": "<input> (-o <output> | --in-place) [options]",
  "usage.new": "[-o <output>] [options]",
  "check.summary": "check word counts, structure and formatting of case reports",
  "format.summary": "one-click formatting (formatting only, never the words)",
  "new.summary": "write the official case-report template",

  "check.description":
    "Check case reports: the word counts of title, unit introduction, body, main practice (and its share of the body) and effects against their bounds, and every finding with its place (paragraph, quote) and advice.",
  "check.arg.inputs": ".docx files or folders to check (one or more)",
  "check.option.json": "print the result as JSON (format below) instead of the text report",
  "check.option.html": "also save one self-contained HTML page (readable offline)",
  "check.htmlIsDocument":
    "--html takes the name of the HTML page to write, and “{file}” is a document. Write: case-report check {file} --html report.html",
  "check.option.hand":
    "list each item to confirm by hand, with its id, in the text report (by default only how many are confirmed)",
  "check.option.progress":
    'show progress "[i/n] file" on standard error (shown by default for batches in a terminal)',
  "check.helpAfter": `
Files checked:
  .docx (Word document), .docm (macro-enabled document), .dotx (Word template).
  A .docm is only read, macros never run, and the report says it contains macros; a .dotx is checked like a document.
  A Word "XML Document" (.xml) can be named directly; to format or fix it, save it as .docx first.
  Folders are searched recursively for these three kinds (Word's ~$*.docx lock files are skipped);
  legacy .doc and encrypted files cannot be read: save them as .docx in Word or WPS first.
  Files are read, checked and reported one at a time; a batch is never held in memory at once.

Places: "paragraph N" counts Word's paragraphs from 1 (paragraphs in tables included);
  the quote is at most 20 characters of the text around the finding.

JSON (--json, version 1):
  { "version": 1, "tool": "case-report", "profile": "…",
    "files": [ { "file": "path", "ok": true/false, "kind": "docx|docm|dotx|other", "macros": false,
                 "error": { "code": "notZip", "message": "…" } (only when unreadable),
                 "counts": [ { "id", "label", "value", "unit", "min", "max", "status": "ok|low|high|missing|unfilled" } ],
                 "tallies": [ { "id": "figures|tables|pictures", "label", "value", "min" (photos), "max" (figures, tables), "status": "ok|low|high" } ],
                 "findings": [ { "id", "ruleId", "requirementIds", "severity", "message",
                                 "target": "paragraph|document|section|picture",
                                 "paragraph": 1-based or null, "span": [start, end] or null, "quote": text or null } ],
                 "documentKind": "report|empty|noReport|notReport" (empty document; no case-report structure recognised; not a case report, not checked),
                 "rules": [ { "ruleId", "title", "requirementIds",
                              "status": "pass|info|warning|error|notApplicable" (info: passed with notes;
                              notApplicable: nothing to check in this document, not counted as passed),
                              "reason": why not applicable (notApplicable only),
                              "unfilled": true (only when the part still holds the template's 【…】 prompts: not filled in) } ],
                 "summary": { "errors", "warnings", "infos", "rulesPassed", "rulesNotApplicable", "rulesTotal" } (every finding counted),
                 "formatting": [ { "role", "paragraphs", "paragraphNumbers", "properties": ["font|size|bold|alignment|spacing"], "severity" } ]
                               (formatting findings per paragraph role, the lines the text and HTML reports show),
                 "verdict": { "errors", "warnings", "infos" } (counted as the Word add-in counts: one per role's
                               formatting; the text and HTML reports use these counts),
                 "ignored": [ …like findings… ] (findings the writer ignored; not in the verdict),
                 "ignoredRules": [ { "ruleId", "title" } ] (checks the writer ignored; not run),
                 "hand": [ { "id", "label", "requirementIds", "checked": true/false } ] } ],
    "summary": { "files", "passed", "failed", "unreadable", "notReport" } }
  (passed counts the files without errors, documents that are not case reports included;
  notReport is how many of them are not case reports)
  Within one version, fields are only added, never removed or changed.

Exit status: 0 all passed; 1 at least one file has findings of error severity or is not a case report; 2 at least one file could not be read (the others are still reported).

Examples:
  case-report check report.docx
  case-report check a.docx b.docx reports/ --html results.html
  case-report check reports/ --json --progress > results.json`,

  "format.description":
    "One-click formatting, as in the Word add-in: the prescribed style for each paragraph's role (title, unit line, unit introduction, headings, body) and an A4 portrait page. Changes formatting only, never the words.",
  "format.arg.input": "the .docx/.docm/.dotx file to format",
  "format.option.output": "output file (must differ from the input)",
  "format.option.inPlace":
    'rewrite the input file: first back it up as "<name>.bak.docx" (or .bak1.docx, .bak2.docx … when a backup exists: an older backup is never overwritten), then replace it atomically',
  "format.option.keepMacros": "keep the macros of a .docm (by default macros are removed)",
  "format.option.dryRun": "only show what would change; write nothing",
  "format.helpAfter": `
Safety:
  · The result is read back before writing and every paragraph's text compared with the original; any difference refuses the write (exit 2).
  · Output goes to a temporary file in the same folder, then is renamed; on failure the temporary file is deleted, never a half-written output.
  · The input is never overwritten unless --in-place (which backs it up as <name>.bak.docx first).
  · Macros of a .docm are removed by default (with their relationships and content types) and the output says so; --keep-macros keeps them.

Exit status: 0 done; 2 unreadable input, text check failed, or output not writable.

Examples:
  case-report format report.docx -o formatted.docx
  case-report format report.docx --in-place
  case-report format report.docm -o report.docx                 (macros removed)
  case-report format report.docm -o formatted.docm --keep-macros`,

  "new.description":
    "Write the official case-report template (title, unit line, unit introduction, the three body parts, attachments; prescribed styles; A4 portrait).",
  "new.option.output": 'output file, default "案例报告.docx"',
  "new.option.form": "write the application form (申报书, 附件一) instead of the report template",
  "new.option.force": "overwrite the output file if it exists",
  "new.helpAfter": `
Exit status: 0 done; 2 not writable, file exists (without --force), or the application form template is not available yet.

Examples:
  case-report new
  case-report new -o my-case-report.docx`,

  "usage.unknownOption": "Unknown option: {name}. See --help for the options.",
  "usage.unknownCommand":
    "Unknown command: {name}. Commands: check, format, fix, new, export-images, ignore; see --help.",
  "usage.missingArgument": "Missing argument: {name}. See --help for usage.",
  "usage.arg.input": "input file",
  "usage.arg.inputs": "files or folders",
  "usage.optionMissingArgument": "Option {name} needs a value. See --help for usage.",
  "usage.excessArguments": "Too many arguments. See --help for usage.",
  "usage.invalidArgument": "Invalid argument: {detail}",
  "usage.badLang": 'Unsupported language "{value}"; use zh-CN or en-US.',
  "usage.other": "Bad command line: {detail}. See --help for usage.",
  "usage.noCommand":
    "Give a command: check, format, fix, new, export-images or ignore. See --help.",

  "file.notFound": "File or folder not found: {path}. Check the path and name.",
  "file.noDocuments": 'No .docx, .docm or .dotx files in folder "{path}" (or its subfolders).',
  "file.legacySkipped":
    "Skipped {count} legacy .doc/.wps or .odt file(s) (e.g. {example}): save them as .docx in Word, WPS or LibreOffice, then check again.",
  "file.xmlSkipped":
    "Skipped {count} .xml file(s) (e.g. {example}): name a Word XML document directly to check it.",
  "file.nothingToCheck": "Nothing to check.",
  "file.isDirectory": '"{path}" is a folder, not a file.',
  "file.notRegular":
    '"{path}" is not a regular file (a device, pipe or socket): it cannot be read or written. Name a Word document or an ordinary file.',
  "file.outputIsInput":
    'The output "{path}" is one of the files being read; writing it would overwrite it. Choose another output name.',
  "file.tooLarge":
    "File too large ({size} MB, limit {max} MB); not read. Remove or compress large pictures and try again.",
  "file.readFailed": 'Cannot read "{path}": {reason}',
  "file.writeFailed": 'Cannot write "{path}": {reason}',
  "file.outputDirMissing":
    "Output folder does not exist: {dir}. Create it first or choose another output path.",
  "file.outputIsDirectory": 'Output path "{path}" is a folder; give a file name (e.g. {example}).',
  "file.exists":
    'File "{path}" already exists. Choose another name, or add --force to overwrite it.',
  "fsReason.ENOENT": "no such file or folder",
  "fsReason.EACCES": "permission denied",
  "fsReason.EPERM": "permission denied",
  "fsReason.EISDIR": "it is a folder",
  "fsReason.ENOTDIR": "a part of the path is not a folder",
  "fsReason.ENOSPC": "disk full",
  "fsReason.EROFS": "read-only disk",
  "fsReason.EBUSY": "the file is in use by another program (close it in Word first)",
  "fsReason.EMFILE": "too many open files",
  "fsReason.other": "system error {code}",
  "internal.error":
    "Internal error while processing this file ({detail}). Other files are not affected; please report this with the file.",

  "progress.item": "[{index}/{total}] {file}",
  "check.fileHeading": "== {file} ==",
  "check.unreadable": "Unreadable: {message}",
  "check.macros":
    "Note: this file contains macros (a VBA project). This tool only reads the text and never runs macros; save as .docx for submission.",
  "check.template": "This file is a Word template (.dotx); checked like a document.",
  "check.countsHeading": "Word counts:",
  "check.findingsHeading": "Findings ({counts}):",
  "check.formatRole": "  [{severity}] {summary} ({places})",
  "check.formatHint":
    "  (case-report format fixes all of the formatting above at once and never changes the words; --html or --json lists it paragraph by paragraph.)",
  "check.paragraphs": "para. {list}",
  "check.paragraphsMore": "para. {list} and more",
  "check.count.errors": "{count} errors",
  "check.count.warnings": "{count} warnings",
  "check.count.infos": "{count} notes",
  "check.count.none": "no findings",
  "check.noFindings": "No findings.",
  "check.documentKind.empty":
    "Note: the document is empty. Insert the template first (case-report new writes the case-report template).",
  "check.documentKind.noReport":
    "Note: no case-report structure recognised. Insert the template, or write in this order: title → ——full unit name → 单位简介 → 一、实施背景 ….",
  "check.documentKind.notReport":
    "This does not look like a case report (no unit line, no unit introduction, no background, practice or effect part; it reads like a thesis, a grant form, a bid file or a manual), so it is not checked as one. If it is a case report, follow the template's structure.",
  "format.notReport":
    "{input} does not look like a case report (no unit line, no unit introduction, no background, practice or effect part); formatting would give it a case report's format. Nothing was written. To format it anyway, add --force.",
  "format.option.force": "format as a case report even when the document does not look like one",
  "check.rulesSummary": "Checks: {list}.",
  "check.rulesPassed": "{passed} / {total} pass",
  "check.rulesUnfilled": "{count} to check once filled in",
  "check.rulesNotApplicable": "{count} more not applicable",
  "check.unfilledHeading":
    "Not filled in ({count}: the template's 【…】 prompts are not yet replaced by your text and are not counted; these checks run once they are):",
  "check.unfilledRule": "  [not filled in] {title}",
  "check.notApplicableHeading":
    "Not applicable ({count}; nothing to check in this document, not counted as passed):",
  "check.notApplicableRule": "  [not applicable] {title}",
  "check.notApplicableRuleReason": "  [not applicable] {title}: {reason}",
  "check.finding": "  [{severity}] {place}: {message}",
  "check.verdict.pass": "Result: passed (no errors).",
  "check.verdict.passWithWarnings": "Result: passed (no errors; review {warnings} warnings).",
  "check.verdict.fail": "Result: failed ({errors} errors).",
  "check.verdict.empty": "Result: failed (the document is empty).",
  "check.batchSummaryNotReport":
    "Checked {files} files: {passed} passed, {failed} failed, {notReport} not case reports (not checked as one), {unreadable} unreadable.",
  "check.batchSummary":
    "Checked {files} files: {passed} passed, {failed} failed, {unreadable} unreadable.",
  "check.htmlWritten": "HTML report saved: {path}",

  "place.document": "Whole document",
  "place.paragraph": "Paragraph {paragraph}",
  "place.paragraphQuote": 'Paragraph {paragraph} "{quote}"',
  "place.section": "Section {section}",
  "place.picture": "Picture {picture} (paragraph {paragraph})",

  "count.requirement.min": "at least {min}{unit}",
  "count.requirement.max": "at most {max}{unit}",
  "count.requirement.range": "{min}–{max}{unit}",
  "count.requirement.none": "no bound",
  "count.value": "{value}{unit}",
  "count.status.ok": "ok",
  "count.status.low": "too short",
  "count.status.high": "too long",
  "count.status.unfilled": "not filled in",
  "count.status.missing": "part missing",
  "unit.char": " chars",
  "unit.percent": "%",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "note",

  "html.title": "Case report check results",
  "html.generated": "{count} files · generated {time} · against: {profile}",
  "html.summaryHeading": "Summary",
  "html.col.file": "File",
  "html.col.result": "Result",
  "html.col.errors": "Errors",
  "html.col.warnings": "Warnings",
  "html.col.infos": "Notes",
  "html.col.body": "Body",
  "html.col.practiceShare": "Practice share",
  "html.col.item": "Part",
  "html.col.value": "Count",
  "html.col.requirement": "Required",
  "html.col.status": "Status",
  "html.col.place": "Place",
  "html.col.message": "Finding and advice",
  "html.result.pass": "passed",
  "html.result.fail": "failed",
  "html.result.unreadable": "unreadable",
  "html.result.notReport": "not a case report",
  "html.result.empty": "empty document",
  "html.countsHeading": "Word counts",
  "html.rulesHeading": "Checks",
  "html.rulePassed": "passed",
  "html.ruleNotApplicable": "not applicable",
  "html.ruleNotApplicableReason": "not applicable: {reason}",
  "html.notApplicableHeading": "Not applicable ({count}; not counted as passed)",
  "html.unfilledHeading": "Not filled in ({count}; checked once filled in)",
  "html.unfilledHint":
    "The template's 【…】 prompts are not yet replaced by your text and are not counted; these checks run once they are.",
  "html.ruleUnfilled": "not filled in",
  "html.ruleFindings": "{count} findings",
  "html.formatHint":
    "case-report format fixes all of this formatting at once and never changes the words.",
  "html.backToTop": "Back to summary",

  // Profile file (--profile) and tallies
  "option.profile":
    "profile file (JSON) with a notice's requirements, instead of the built-in profile; print the built-in one with case-report new --print-profile, save and edit it",
  "new.option.printProfile":
    "print the profile in use (built-in, or the --profile file) as JSON on stdout; write no file",
  "check.profileLine": "Profile: {profile}",
  "check.talliesHeading": "Figures, tables and photos:",
  "check.notWordXml":
    '"{path}" is not a Word XML document. Readable: .docx, .docm, .dotx and Word\'s "XML Document" (.xml); please open it in Word or WPS and save it as .docx.',
  "tally.value.figures": "{value}",
  "tally.value.tables": "{value}",
  "tally.value.pictures": "{value}",
  "tally.max.figures": "at most {max}",
  "tally.max.tables": "at most {max}",
  "tally.max.pictures": "at most {max}",
  "tally.min.figures": "at least {min}",
  "tally.min.tables": "at least {min}",
  "tally.min.pictures": "at least {min}",
  "tally.status.ok": "OK",
  "tally.status.low": "too few",
  "tally.status.high": "too many",
  "html.talliesHeading": "Figures, tables and photos",
  "profile.badField":
    'Profile file "{path}" is invalid: field {field} {problem}. Please correct it (case-report new --print-profile prints the built-in profile for reference).',
  "profile.badJson":
    'Profile file "{path}" is not valid JSON{place}: {detail}. Check brackets, commas and double quotes.',
  "profile.jsonPlace": " (line {line}, column {column})",
  "profile.problem.missing": "is missing (required)",
  "profile.problem.unknown": "is not a profile field (a typo?)",
  "profile.problem.string": "must be text (in double quotes)",
  "profile.problem.empty": "must not be empty",
  "profile.problem.pattern": "has the wrong format",
  "profile.problem.styleId": "may contain only ASCII letters, digits, _ and - (no spaces)",
  "profile.problem.char": "must be one character (e.g. 【)",
  "profile.problem.date": "must be a date YYYY-MM-DD (e.g. 2024-09-30)",
  "profile.problem.number": "must be a number (without quotes)",
  "profile.problem.integer": "must be a whole number",
  "profile.problem.atLeast": "must be at least {min}",
  "profile.problem.range": "must be between {min} and {max}",
  "profile.problem.shareHint": "must be between 0 and 1 (a share as a decimal: 60% is 0.6)",
  "profile.problem.boolean": "must be true or false (without quotes)",
  "profile.problem.enum": "must be one of: {list}",
  "profile.problem.array": "must be a list (in square brackets)",
  "profile.problem.minItems": "needs at least {min} items",
  "profile.problem.object": "must be an object (in curly braces)",
  "profile.problem.minAboveMax": "has min greater than max",

  "format.needOutput":
    "Give an output file with -o (e.g. -o {example}), or add --in-place to rewrite the input (backed up first).",
  "format.outputAndInPlace":
    "--in-place and -o cannot be used together: --in-place rewrites the input itself.",
  "format.sameAsInput":
    "The output is the input file ({path}). To protect the original, choose another output name, or add --in-place (backs up to <name>.bak.docx first).",
  "format.textChanged":
    'Text check failed: paragraph {paragraph} differs from the original (was "{before}", now "{after}"). Nothing was written. Please report this with the file.',
  "format.paragraphCountChanged":
    "Text check failed: the paragraph count changed from {before} to {after}. Nothing was written. Please report this with the file.",
  "format.done": "Formatted: {input} → {output}",
  "format.dryRunDone": "Dry run (nothing written): {input}",
  "format.inPlaceDone": "Formatted in place: {input} (original backed up as {backup})",
  "format.noBackupName":
    "the backup names <name>.bak.docx to <name>.bak999.docx are all taken; please remove old backups first",
  "format.roles": "  Styles applied: {list} ({count} paragraph(s))",
  "format.roleItem": "{role} {count}",
  "format.noRoles": "  Every paragraph already has the right style.",
  "format.pageSet": "  Page: set to {paper} portrait.",
  "format.pageOk": "  Page: already {paper} portrait.",
  "format.pageUnknown":
    "  Page: the document has no page setup; not changed (Word uses its default paper). Check Layout → Size is {paper} and Orientation is portrait.",
  "format.strict":
    'This document is Strict Open XML and cannot be formatted yet (it can be checked). Save it in Word as "Word Document (*.docx)" and format again.',
  "format.skippedStale": "  Skipped {count} (paragraph changed since the check).",
  "format.skippedOverlap": "  Skipped {count} (overlapping another change of the same paragraph).",
  "format.textVerified": "  Verified: the text of all {count} paragraph(s) is unchanged.",
  "format.macrosDropped":
    "  Macros removed (VBA project, {parts} parts); the output has no macros. To keep them, add --keep-macros and use a .docm name.",
  "format.macrosKept": "  Macros kept (--keep-macros).",
  "format.macrosKeptDocx":
    "  Note: the output contains macros but is not named .docm; Word will refuse to open it. Rename it to .docm.",
  "format.after":
    "  After formatting: {counts} (content findings need manual edits; see case-report check).",
  "format.afterClean": "  After formatting: no findings.",
  "format.afterNotReport":
    "  After formatting: the file does not look like a case report, so it was not checked against the report's requirements.",

  "role.title": "title",
  "role.unitLine": "unit line",
  "role.unitIntroHeading": "unit introduction heading",
  "role.unitIntro": "unit introduction",
  "role.heading1": "level-1 heading",
  "role.heading2": "level-2 heading",
  "role.heading3": "level-3 heading",
  "role.body": "body text",
  "role.attachmentHeading": "attachment heading",
  "role.attachment": "attachment",

  "new.done":
    "Case-report template written: {path} (title, unit line, unit introduction, three body parts, attachments; prescribed styles; A4 portrait).",
  "new.formDone":
    "Application form (申报书, 附件一) written: {path} (every field of the form, the five category boxes, notes 1–4).",
  // The writer's decisions (saved in the document: ignores, hand checks)
  "check.ignoredHeading":
    "Ignored {count} (chosen by the writer in Word or with case-report ignore; not in the verdict):",
  "check.ignoredFinding": "  [ignored] {place}: {message}",
  "check.ignoredRules": "Checks ignored ({count}, not run): {list}",
  "check.handHeading":
    "To confirm by hand ({checked}/{total} confirmed; tick them in the Word add-in or record with case-report ignore --hand):",
  "check.handItem": "  {mark} {label} ({id})",
  "check.handCollapsed":
    "To confirm by hand: {checked}/{total} confirmed. Add --hand to list them; tick them in the Word add-in or record with case-report ignore --hand.",
  "check.handAllDone":
    "To confirm by hand: all confirmed ({total}/{total}). Add --hand to list them.",
  "html.ignoredHeading": "Ignored ({count})",
  "html.handHeading": "To confirm by hand ({checked}/{total} confirmed)",
  "html.handList": "List them ({total})",

  // Submission package (R23, R25)
  "usage.package": "<input> [-o <zip>]",
  "package.summary":
    "build the submission package: the report .docx, its PDF and the pictures as JPG named by caption",
  "package.description":
    "Builds the submission package: the report file (.docx), the report as PDF and every picture (named by its caption; PNG charts converted to JPG) in one .zip. The PDF is printed by LibreOffice; without LibreOffice the zip has no PDF and the output says how to add it.",
  "package.arg.input": "the report's .docx file",
  "package.option.output": 'the .zip to write (default "<name>-提交材料.zip")',
  "package.option.noPdf": "leave the PDF out (do not run LibreOffice)",
  "package.option.force": "replace the output when it exists",
  "package.helpAfter": `
What the zip holds:
  · the report file, byte for byte;
  · the report as PDF (needs LibreOffice: https://www.libreoffice.org/ — soffice on PATH, or its path in the SOFFICE environment variable);
  · 图片/: one file per picture, named by its caption (as export-images names them); JPGs as stored, PNGs converted to JPG declaring their resolution in the document.

Exit status: 0 done; 2 unreadable, output exists (without --force) or cannot be written.

Examples:
  case-report package report.docx
  case-report package report.docx -o submission.zip`,
  "package.printing": "Printing the PDF with LibreOffice (this may take a minute)…",
  "package.done": "Submission package written: {input} → {output}",
  "package.item": "  {name}",
  "package.pdfSkipped": "  No PDF (--no-pdf).",
  "package.pdf.missing":
    "  The zip has no PDF: LibreOffice was not found. Install LibreOffice (or set SOFFICE to the path of soffice) and run again, or save as PDF in Word and add it to the zip.",
  "package.pdf.timeout":
    "  The zip has no PDF: LibreOffice did not finish in time. Close other LibreOffice windows and try again, or save as PDF in Word and add it to the zip.",
  "package.pdf.failed":
    "  The zip has no PDF: LibreOffice could not convert the file. Save as PDF in Word and add it to the zip.",
  "package.converted":
    "  {count} PNG picture(s) converted to JPG (the notice asks for charts as separate JPG files).",
  "package.notJpg":
    "  Note: {count} picture(s) are neither JPG nor PNG ({names}) and were added as stored; save them as JPG and replace them.",
  "package.charts":
    "  Note: the document has {count} Word chart(s) (not pictures, cannot be exported): right-click each chart in Word → Save as Picture, as JPG named by a short description, and add it to the zip.",
  "package.noPictures":
    "  Note: the document has no pictures; the notice asks for at least 2 photos of the work.",
  "package.pdfFonts":
    "  Note: this computer has no {fonts}: the PDF shows that text in a similar font, not the one the notice asks for. Save as PDF in Word on a computer with these fonts and replace the PDF in the zip.",
  "package.hasErrors":
    "  Note: the report still has {count} errors (see case-report check {input}); correct them before submitting, then make the package again.",
  "package.notReport":
    "  Note: this document does not look like a case report; the submission is a case report written to the notice.",
  // Export pictures (R23)
  "usage.exportImages": "<input> [-o <archive> | -d <folder>]",
  "exportImages.summary": "export every picture as a file named by its caption (R23)",
  "exportImages.description":
    'Export pictures: every picture of the report as a file named by its caption (e.g. "图1 隐患排查现场.jpg"), in one .zip archive or in a folder, to submit with the report. Pictures without a caption are named by their alt text or "图片N".',
  "exportImages.arg.input": "the .docx/.docm/.dotx file to export pictures from",
  "exportImages.option.output": 'the .zip file to write (default "<name>-图片.zip")',
  "exportImages.option.dir":
    "write into this folder instead (its last level is created if missing)",
  "exportImages.option.force": "overwrite existing output files",
  "exportImages.helpAfter": `
Naming:
  · caption: the picture's own paragraph, or the nearest paragraph after (or before) it that starts with "图1", "图 2" …;
  · without a caption, the picture's alt text, else "图片N";
  · characters Windows/Mac forbid (\\ / : * ? " < > |) become full-width, at most 80 characters, duplicates get " (2)".
  Pictures keep the format stored in the document (PNG stays PNG); to convert PNG charts to the JPG the notice asks for, and zip them with the report and its PDF, use case-report package.

Exit status: 0 done (also when the document has no pictures: nothing is written); 2 unreadable, output exists (without --force) or could not be written.

Examples:
  case-report export-images report.docx -o pictures.zip
  case-report export-images report.docx -d pictures`,
  "exportImages.outputAndDir": "Use either -o (an archive) or -d (a folder), not both.",
  "exportImages.none": "{input} has no pictures to export; nothing was written.",
  "exportImages.zipDone": "Exported {count} pictures: {input} → {output}",
  "exportImages.dirDone": "Exported {count} pictures into the folder {output} (from {input})",
  "exportImages.item": "  {name}",
  "exportImages.skipped":
    "  Skipped {count} pictures (linked to outside files, or their image data is missing): embed them in Word, then export again.",
  "exportImages.notJpg":
    "  Note: {count} pictures are not JPG and were exported in their own format; the notice asks for charts as JPG files: save them as JPG.",
  "exportImages.exists":
    'The folder "{dir}" already has a file "{name}". To avoid overwriting it, choose another folder or add --force.',

  // Fix
  "usage.fix": "<input> -o <output> [options]",
  "fix.summary": "apply the automatic fixes of the check (text changes need --yes)",
  "fix.description":
    "Fix: apply the fixes of the check's findings (formatting such as styles and page, and text such as punctuation and dashes) and save a new file. Formatting fixes are applied; fixes that change words are listed and applied only with --yes. Findings and checks the writer ignored are not fixed.",
  "fix.arg.input": "the .docx/.docm/.dotx file to fix",
  "fix.option.output": "output file (must differ from the input)",
  "fix.option.rule":
    "fix only the findings of these checks (rule ids, e.g. --rule punctuation role-format)",
  "fix.option.yes": "also apply the fixes that change words (without it they are only listed)",
  "fix.option.keepMacros": "keep the macros of a .docm (removed by default)",
  "fix.helpAfter": `
Safety:
  · Fixes that change words (e.g. half-width punctuation to full-width) are listed as "before → after"; without --yes they are not applied and the exit status is still 0.
  · Before writing, the result is read back and every paragraph compared: apart from the planned text changes, the text must equal the original, else nothing is written (exit status 2).
  · Written to a temporary file, then renamed; the input is never overwritten.
  · Ignores saved in the document are honoured.

Exit status: 0 done (including text changes listed but not applied); 2 unreadable, verification failed, bad arguments or could not be written.

Examples:
  case-report fix report.docx -o report-fixed.docx
  case-report fix report.docx -o report-fixed.docx --yes
  case-report fix report.docx -o report-fixed.docx --rule punctuation --yes`,
  "fix.needOutput": "Give the output file with -o (e.g. -o {example}).",
  "fix.sameAsInput":
    "The output is the input file ({path}). To protect it, choose another output name.",
  "fix.unknownRule": 'Unknown check "{id}". Checks with automatic fixes: {list}.',
  "fix.nothing": "{input}: nothing to fix automatically; nothing was written.",
  "fix.nothingApplied": "{input}: no change was applied; nothing was written.",
  "fix.done": "Fixed: {input} → {output}",
  "fix.formatApplied": "  Formatting fixes: {count}.",
  "fix.textApplied": "  Text changes applied ({count}):",
  "fix.textPending":
    "  These {count} text changes were NOT applied (check them, then run again with --yes):",
  "fix.textItem": '    paragraph {paragraph}: "{before}" → "{after}"',
  "fix.skippedOverlap":
    "  Skipped {count} (overlapping another change in the same paragraph; run fix again to continue).",
  "fix.skippedStale": "  Skipped {count} (the paragraph changed).",
  "fix.textVerified":
    "  Verified: apart from the text changes above, the text of all {count} paragraph(s) is unchanged.",
  "fix.after": "  Re-check: {counts} (fix the rest by hand; see case-report check).",
  "fix.afterClean": "  Re-check: no findings.",
  "fix.afterNotReport":
    "  Re-check: the file does not look like a case report, so it was not checked against the report's requirements.",

  // Ignore (record the writer's decisions in the document)
  "usage.ignore": "<file> [options]",
  "ignore.summary":
    'record "ignore" and "confirmed by hand" in the document (as the Word add-in does)',
  "ignore.description":
    "Record the writer's decisions: ignore a finding (--finding) or a whole check (--rule), or mark an item to confirm by hand as confirmed (--hand), saved in the document where the Word add-in saves them; check and the add-in then honour them. Without options, lists the decisions saved in the document.",
  "ignore.arg.input": "the .docx/.docm/.dotx file",
  "ignore.option.finding":
    "ignore this finding (its id: findings[].id of case-report check --json)",
  "ignore.option.rule":
    "ignore this check for the whole document; its id or name, e.g. first-person",
  "ignore.option.hand": "mark this item to confirm by hand as confirmed (id or name)",
  "ignore.option.undo": "undo: stop ignoring, or unmark as confirmed",
  "ignore.option.output": "write to another file (default: rewrite the input atomically)",
  "ignore.helpAfter": `
Items to confirm by hand: {handIds}

Safety: only the custom XML part holding the decisions changes; the result is read back and every paragraph and the saved decisions compared before writing; written to a temporary file, then renamed.

Exit status: 0 done; 2 unreadable, invalid id or could not be written.

Examples:
  case-report ignore report.docx
  case-report ignore report.docx --finding "first-person/firstPerson@h1a2b3c4d:3-5"
  case-report ignore report.docx --rule picture-resolution
  case-report ignore report.docx --hand truth privacy
  case-report ignore report.docx --rule picture-resolution --undo`,
  "ignore.unknownFinding":
    'The document has no finding with id "{id}". See the ids with case-report check {input} --json (ids may change when the document changes).',
  "ignore.unknownRule": 'Unknown check "{id}". Checks: {list}.',
  "ignore.unknownHand": 'Unknown item to confirm by hand "{id}". Items: {list}.',
  "ignore.notSaved": '  "{id}" was not recorded; nothing to undo.',
  "ignore.done": "Updated the decisions saved in {output}.",
  "ignore.unchanged": "The decisions saved in {input} did not change; nothing was written.",
  "ignore.current": "Decisions saved in {input}:",
  "ignore.summaryFindings": "  findings ignored: {count}{list}",
  "ignore.summaryRules": "  checks ignored: {count}{list}",
  "ignore.summaryHand": "  confirmed by hand: {count}/{total}{list}",
  "ignore.verifyFailed":
    "Verification failed: the file to write is not as expected ({detail}). To protect the original, nothing was written. Please report this with the file.",
  "ignore.summaryRoles": "  role corrections: {count}{list}",
  "state.preserved":
    "Note: {count} saved decisions are not known to this version (perhaps from a newer one); kept as they are, not applied.",
  "state.unreadable":
    'Note: {count} parts holding the saved decisions are damaged and cannot be read; their "ignore", "confirmed" and role corrections are not applied.',
  "state.unreadableRefused":
    "{count} parts holding the saved decisions are damaged and cannot be read. So as not to lose what they hold, nothing was written. To give them up, run again with --force.",
  // role (the writer's role corrections)
  "usage.role": "<file> [--paragraph <number> (--role <role> | --clear)]",
  "role.summary":
    "correct the role of a paragraph (e.g. make a line a level-1 heading), saved in the document (as the Word add-in does)",
  "role.description":
    "When a paragraph is read wrong (a heading read as body text …), give it its role: title, unitLine, unitIntro, heading1–heading3, body, caption or other (leave alone). The correction is saved in the document where the Word add-in's Structure view saves it and follows its paragraph by content; check, format, fix, outline and the add-in then use the corrected structure. Paragraph numbers are outline's and check --json's. Without options, lists the saved corrections.",
  "role.arg.input": "the .docx/.docm/.dotx file",
  "role.option.paragraph": "paragraph number (from 1; see case-report outline)",
  "role.option.role":
    "role (id or name): title, unitLine, unitIntro, heading1–heading3, body, caption, other (leave alone)",
  "role.option.clear": "remove this paragraph's correction (read it automatically again)",
  "role.option.force":
    "when a part holding the decisions is damaged, give up what cannot be read and write",
  "role.helpAfter": `
Safety: only the custom XML part holding the decisions changes; the result is read back and every paragraph and the saved decisions compared before writing; written to a temporary file, then renamed.

Exit status: 0 done; 2 unreadable, invalid paragraph number or role, or could not be written.

Examples:
  case-report outline report.docx
  case-report role report.docx --paragraph 12 --role heading1
  case-report role report.docx --paragraph 12 --clear
  case-report role report.docx`,
  "role.needRole": "Give a role with --role, or --clear to remove the correction. Roles: {list}.",
  "role.needParagraph":
    "Give a paragraph number with --paragraph (see case-report outline {input}).",
  "role.both": "Use --role or --clear, not both.",
  "role.unknownRole": 'Unknown role "{role}". Roles: {list}.',
  "role.badParagraph":
    'Invalid paragraph number "{value}": the document has {count} paragraph(s); give a whole number from 1 to {count} (see case-report outline {input}).',
  "role.notCorrectable":
    "Paragraph {paragraph} is {what}; its role cannot be set. Choose a paragraph with text, outside tables and the application form (see case-report outline {input}).",
  "role.what.empty": "empty",
  "role.name.other": "leave alone",
  "role.what.table": "in a table",
  "role.what.form": "in the application form",
  "role.notSaved": "  Paragraph {paragraph} had no correction; nothing to remove.",
  "role.current": "Role corrections saved in {input}:",
  "role.none": "  (none)",
  "role.item": '  paragraph {paragraph} → {role}: "{quote}"',
  "role.itemGone": "  {key} → {role} (its paragraph changed or was deleted; no longer applied)",
  "role.now": 'Paragraph {paragraph} now reads as: {role} ({section}) "{quote}"',
  // outline
  "usage.outline": "[--json] <files or folders...>",
  "outline.summary": "Show how the document is read: each paragraph's role, heading level and part",
  "outline.description":
    "Lists every paragraph (table cells included) in document order with the role it is read as (title, unit line, unit introduction, level 1–3 headings, body text, caption, table of contents …), its heading level and its part. Paragraph numbers are those of check --json. check, format and the Word add-in all act on this reading.",
  "outline.arg.inputs": ".docx/.docm/.dotx/.xml files or folders to outline",
  "outline.option.json": "machine-readable JSON output",
  "outline.helpAfter": `
Examples:
  case-report outline report.docx
  case-report outline report.docx --json > outline.json`,
  "outline.kind.report": "case report",
  "outline.kind.empty": "empty document",
  "outline.kind.noReport": "no case-report structure recognised",
  "outline.kind.notReport": "this is not a case report",
  "outline.role.title": "title",
  "outline.role.unitLine": "unit line",
  "outline.role.unitIntroHeading": "intro heading",
  "outline.role.unitIntro": "unit intro",
  "outline.role.heading1": "heading 1",
  "outline.role.heading2": "heading 2",
  "outline.role.heading3": "heading 3",
  "outline.role.heading4": "heading 4",
  "outline.role.body": "body",
  "outline.role.caption": "caption",
  "outline.role.picture": "picture",
  "outline.role.tableText": "table",
  "outline.role.formField": "form",
  "outline.role.attachmentHeading": "attachment heading",
  "outline.role.attachment": "attachment",
  "outline.role.toc": "contents",
  "outline.role.empty": "empty",
  "outline.corrected": "  (corrected)",
  "outline.role.other": "other",
  "outline.section.front": "front",
  "outline.section.unitIntro": "unit intro",
  "outline.section.background": "background",
  "outline.section.practice": "practice",
  "outline.section.effect": "effect",
  "outline.section.bodyOther": "other body",
  "outline.section.attachment": "attachment",
  "outline.section.form": "form",
  "outline.section.none": "—",
};
