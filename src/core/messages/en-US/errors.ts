/**
 * @fileoverview Why a document could not be read or changed, en-US (the "errors" namespace; zh-CN
 * is the first locale). Same entries as `../zh-CN/errors.ts`, which the type enforces.
 * Layer: core (data only).
 */
import type { ErrorsEntry } from "../zh-CN/errors";

/** Error texts in US English, keyed by entry (without the "errors." prefix). */
export const errors: Record<ErrorsEntry, string> = {
  "ooxml.notZip.empty":
    "This file is not a .docx (a Word 2007 or later document): it is empty. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.notZip.pdf":
    "This file is not a .docx (a Word 2007 or later document): it is a PDF file. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.notZip.rtf":
    "This file is not a .docx (a Word 2007 or later document): it is an RTF file. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.notZip.flatOpc":
    "This file is not a .docx (a Word 2007 or later document): it is a Word XML document (flat OPC), not a .docx package. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.notZip.xml":
    "This file is not a .docx (a Word 2007 or later document): it is an XML or HTML file. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.notZip.unknown":
    "This file is not a .docx (a Word 2007 or later document): its format is unknown. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.passwordProtected":
    "This file has an opening password (an encrypted .docx) and cannot be read. Open it in Word, choose File → Info → Protect Document → Encrypt with Password, clear the password, save, and try again.",
  "ooxml.legacyDoc":
    "This is an old Word 97-2003 document (.doc), which cannot be read directly. Open it in Word or WPS, save it as “Word Document (*.docx)” and try again.",
  "ooxml.oleFile":
    "This is an OLE compound file (an old .doc or an encrypted .docx) and cannot be read. If it is a .doc, save it as .docx in Word or WPS; if it has an opening password, remove the password and save it again.",
  "ooxml.truncated":
    "The file is incomplete or damaged (the package is cut short or fails its checksum). Download or copy the file again; if Word can open it, save it as .docx and try again.",
  "ooxml.zipBomb":
    "The file is too large when unpacked or compressed suspiciously well (possibly a “zip bomb”), so reading stopped. If this is a normal document, delete or compress its large pictures and try again.",
  "ooxml.unsafePath":
    "The file contains unsafe paths (absolute paths, backslashes or “..”) and may be malicious, so it was not read. Check where the file came from; if it is a normal document, open it in Word, save it as .docx and try again.",
  "ooxml.duplicateEntry":
    "The file contains two parts with the same name and may have been tampered with, so it was not read. Check where the file came from; if it is a normal document, open it in Word, save it as .docx and try again.",
  "ooxml.encryptedEntry":
    "Parts of the package are encrypted and cannot be read. Open the file in Word, save it as an unencrypted .docx and try again.",
  "ooxml.compressionMethod":
    "The file uses a compression method that is not supported. Open it in Word, save it as .docx and try again.",
  "ooxml.openDocument":
    "This is an OpenDocument file (the .odt format of LibreOffice, WPS and others), not a Word document. Open it in LibreOffice, WPS or Word, save it as a Word document (.docx) and try again.",
  "ooxml.missingContentTypes":
    "The package has no [Content_Types].xml and is not a valid Word document. Open it in Word (with “Open and Repair” if needed), save it as .docx and try again.",
  "ooxml.noDocumentPart":
    "The file has no Word document part (word/document.xml); it may not be a Word document, or it is damaged. Open it in Word, save it as .docx and try again.",
  "ooxml.emptyDocumentPart":
    "The file's Word document part (word/document.xml) is empty; the file may be damaged. Open it in Word (with “Open and Repair” if needed), save it as .docx and try again.",
  "ooxml.noBody":
    "The file has no Word document body; it may not be a Word document, or it is damaged. Open it in Word, save it as .docx and try again.",
  "ooxml.strictOoxml":
    "This document is in “Strict Open XML” format, which cannot be read. In Word, choose Save As with the type “Word Document (*.docx)” and try again.",
  "ooxml.notWordDocument":
    "This is not a Word document (its main part is of type {contentType}). Make sure the file is a .docx saved by Word or WPS.",
  "ooxml.binaryPart":
    "Part {part} of the file is not XML and cannot be read. Open the file in Word, save it as .docx and try again.",
  "ooxml.badBase64":
    "Binary data embedded in the file (base64) is damaged. Open the file in Word, save it as .docx and try again.",
  "ooxml.badXml":
    "The XML of the file ({part}) is malformed; the file may be damaged. Open it in Word (with “Open and Repair” if needed), save it as .docx and try again.",
  "ooxml.unsafeXml":
    "The XML of the file ({part}) contains DOCTYPE/ENTITY declarations, which are not read for safety. Open it in Word, save it as a new .docx and try again.",
  "ooxml.forbiddenCharacter":
    "The XML of the file ({part}) contains control characters that XML does not allow; the file may be damaged or tampered with. Open it in Word (with “Open and Repair” if needed), save it as .docx and try again.",
  "ooxml.tooDeep":
    "The document is nested too deeply (more than {limit} levels) to be read. Check where the file came from; if it is a normal document, reduce the nesting of tables or text boxes in Word, save it as .docx and try again.",
  "ooxml.tooManyParagraphs":
    "The document has too many paragraphs ({part} has more than {limit}); it may be damaged or built to harm, so reading stopped. If it is a normal document, delete the many empty paragraphs in Word, save it as .docx and try again.",
  "ooxml.tooManyElements":
    "The document has too much content ({part} has more than {limit} XML elements); it may be damaged or built to harm, so reading stopped. If it is a normal document, split it into smaller documents and try again.",
  "ooxml.badStyles":
    "The file's styles part (word/styles.xml) is damaged, so the formatting styles cannot be written. Open it in Word (with “Open and Repair” if needed), save it as .docx and try again.",
  "ooxml.partName": "Internal error: a part name must start with /.",
  "ooxml.flatOpc.unsafeXml":
    "The Word XML document contains DOCTYPE/ENTITY declarations, which are not read for safety. Open it in Word, save it as .docx and try again.",
  "ooxml.flatOpc.badXml":
    "The Word XML document (flat OPC) is malformed or incomplete. Open it in Word, save it as .docx and try again.",
  "ooxml.flatOpc.unsafePartName":
    "The Word XML document contains an unsafe part name, so it was not read. Open it in Word, save it as .docx and try again.",
  "ooxml.flatOpc.duplicatePart":
    "The Word XML document contains two parts with the same name, so it was not read. Open it in Word, save it as .docx and try again.",

  "gateway.what.unsupportedHost": "This version of Word is not supported.",
  "gateway.what.readFailed": "Reading the document failed.",
  "gateway.what.ooxmlUnreadable": "The document content Word returned could not be read.",
  "gateway.what.documentTooLarge": "The document is too large.",
  "gateway.what.writeFailed": "Changing the document failed.",
  "gateway.what.notEmpty": "The document is not empty.",
  "gateway.what.targetNotFound": "The place to go to was not found.",
  "gateway.what.cancelled": "The operation was cancelled.",
  "gateway.what.notRestorable": "Cannot restore.",
  "gateway.what.unknown": "An unknown error occurred.",

  "gateway.step.readDocument": "(while reading the paragraphs and the document's formatting)",
  "gateway.step.readParagraphs": "(while reading the paragraphs)",
  "gateway.step.readFormatting": "(while reading the document's formatting)",
  "gateway.step.readChanged": "(while reading the changed paragraphs)",
  "gateway.step.readPictures": "(while reading the document's pictures)",
  "gateway.step.readBeforeEdit":
    "(while reading the document before changing it; the document was not changed)",
  "gateway.step.writeFormatting": "(while writing the formatting)",
  "gateway.step.writeFormattingTextNotWritten":
    "(while writing the formatting; some text fixes were not found in the document and those words were not changed)",
  "gateway.step.checkEmpty": "(while checking whether the document is empty)",
  "gateway.step.insertTemplate": "(while inserting the template)",
  "gateway.step.locate": "(while finding the text)",
  "gateway.step.readDecisions": "(while reading the saved “ignore” and “checked” choices)",
  "gateway.step.saveDecisions": "(while saving the “ignore” and “checked” choices)",
  "gateway.step.readWrittenParagraphs": "(while reading the paragraphs after formatting)",
  "gateway.step.restore": " (while restoring)",
  "gateway.step.readWrittenFormatting":
    "(while reading the paragraphs' formatting after formatting)",
  "gateway.step.loadPart":
    "(while downloading this part of the add-in; the document was not changed)",

  "gateway.advice.busy":
    "Word cannot finish the operation right now (the document may be too large, or Word is busy). Save the document and try again in a moment; if it keeps happening, close other add-ins and try again.",
  "gateway.advice.invalidArgument":
    "Word refused the request's arguments. Update Office and try again; if it still fails, save the document as .docx and try again.",
  "gateway.advice.itemNotFound":
    "The paragraph or style to work on is no longer in the document (it may have been changed or deleted). Check again and retry.",
  "gateway.advice.accessDenied":
    "The document is read-only or protected and cannot be changed. Turn off “Restrict Editing” or save an editable copy and try again.",
  "gateway.advice.notAllowed":
    "Word does not allow this right now (for example while a comment or the header is being edited). Go back to the body text and try again.",
  "gateway.advice.apiNotFound":
    "This version of Word does not support this feature. Use Office 2019 or later, or Microsoft 365.",
  "gateway.advice.payloadTooLarge":
    "The document is too large to read or write at once. Split the document and check again.",
  "gateway.advice.invalidRequestContext":
    "The add-in's internal state is no longer valid. Close and reopen the task pane and try again.",
  "gateway.advice.notImplemented":
    "This Word platform does not implement this feature. Use Word on Windows or Mac.",
  "gateway.advice.searchString":
    "The text to find is too long or contains special characters, so it cannot be searched for. Find it by hand.",
  "gateway.advice.notLoaded":
    "The add-in failed while reading the document (internal error). Check again; if it keeps happening, please report it.",
  "gateway.advice.insertOoxmlRefused":
    "This Word (for example Word on the web opened from third-party storage) does not let add-ins write formatted content, so this step wrote nothing. Open the document in Word for the desktop, or in Word on the web from OneDrive / SharePoint, and try again.",
  "gateway.advice.payloadFailed":
    "The document has too much content (for example many or large pictures) for Word to read or write at once. Save it and check or format it with the command-line tool case-report, or compress the large pictures and try again.",
  "gateway.advice.retryLater":
    "Try again later; if it keeps happening, save the document and reopen Word.",
  "gateway.advice.retry": "Try again; if it keeps happening, save the document and reopen Word.",
  "gateway.advice.loadPart":
    "This part of the add-in is downloaded when first used. Check the network connection and try again; if it keeps happening, close and reopen the task pane.",
  "gateway.unmodified": "The document was not changed.",
  "gateway.partial":
    "Word may have made some of the changes (which paragraphs changed cannot be known): click “Check again” to see the document as it is now before deciding whether to retry.",

  "gateway.tooOld":
    "This version of Word is too old to run Case Report Assistant. Use Office 2019 or later (Windows / Mac), Microsoft 365, or Word on the web.",
  "gateway.notWord": "Case Report Assistant works only in Word.",
  "gateway.writeTimeout":
    "Word did not finish the changes within {seconds} seconds. They may still be running or be partly done (which paragraphs changed cannot be known): wait a moment, click “Check again” to see the document as it is now, then decide whether to retry.",
  "gateway.readTimeout":
    "Word did not return the document within {seconds} seconds; the document may be too large to check live. Click “Check again” later; if it still happens, save the document and check it with the command-line tool: case-report check.",
  "gateway.verifyTimeout": "Word did not return the document in time for the verification.",
  "gateway.notEmpty":
    "The document already has content. Inserting the template replaces all of it: confirm first, or create a new blank document.",
  "gateway.formPresent":
    "The document already holds an application form, so it was not inserted again. To insert it again, choose to replace all content, or create a new blank document.",
  "gateway.stale":
    "This paragraph was changed or deleted after the check and cannot be found. Check again, then click it.",
  "gateway.spanNotFound":
    "Paragraph {paragraph} is selected, but the words to go to were not found in it (they may have changed since the check, or hold a page break or another mark that cannot be searched). Look in that paragraph; if it changed, check again.",
  "gateway.pageTarget":
    "A page setup problem has no place in the text. Check the paper size and orientation on the Layout tab.",
  "gateway.stateUnsupported":
    "This version of Word cannot save the “ignore” and “checked” choices in the document. Use Office 2019 or later, Microsoft 365, or Word on the web.",
  "gateway.restore.expired":
    "This restore point has expired: another change was made since, and only the latest change can be restored. The document was not changed.",
  "gateway.restore.changed":
    "Paragraph(s) {paragraphs} were edited after that change. To avoid overwriting those edits nothing was restored. Please change these paragraphs by hand in Word.",
  "gateway.restore.countChanged":
    "Paragraphs were added or deleted after that change, so the paragraphs to restore cannot be identified; nothing was restored. Please make the change by hand in Word.",
  "gateway.restore.tooLarge":
    "The change touches too much content (about {kb} KB) to keep a copy of it; it cannot be restored afterwards.",
  "gateway.restore.pictures":
    "The document contains pictures, so its content cannot be kept before the template replaces it; inserting the template cannot be restored afterwards.",
  "gateway.restore.notKeepable":
    "Paragraph(s) {paragraphs} contain pictures, comments, footnotes or bookmarks/fields spanning paragraphs, so they cannot be kept as they are; this change cannot be restored afterwards.",
  "gateway.restore.notMatched":
    "Some paragraphs do not match the check (for example with Track Changes on), so they cannot be kept as they are; this change cannot be restored afterwards.",
  "gateway.restore.tracking":
    "Track Changes is on: restoring now would record these paragraphs as whole-paragraph deletions and insertions, so nothing was restored. Turn off Track Changes on the Review tab, then click Restore again (the restore point is kept).",
  "gateway.restore.nothingChanged": "The document was not changed.",
  "gateway.badReplaceRange":
    "Internal error: the range to replace is invalid. Check again and retry; if it keeps happening, please report it.",
};
