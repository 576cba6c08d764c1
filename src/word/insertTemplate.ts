/**
 * @fileoverview Inserts a template into the open document with `body.insertOoxml`: the
 * case-report template (styles + skeleton, from `src/ooxml/template`) or the 申报书 form (附件一,
 * from `src/ooxml/form`, R27), never overwriting a non-empty document without the user's
 * confirmation, and sets A4 portrait through `pageSetup` where the host has it (WordApiDesktop
 * 1.3; elsewhere the pane shows manual steps, officejs-facts §4). Layer: word.
 *
 * Behaviour by kind, document state and `replace`:
 *
 * | kind   | document  | replace | what happens                                                  |
 * |--------|-----------|---------|---------------------------------------------------------------|
 * | report | empty     | any     | the template replaces the body                                |
 * | report | non-empty | false   | GatewayError "notEmpty", nothing written                      |
 * | any    | non-empty | true    | the template replaces the whole body (the pane asked first)   |
 * | form   | empty     | any     | the form replaces the body                                    |
 * | form   | non-empty | false   | the form is APPENDED at the end, starting on a new page       |
 * |        |           |         | (`w:pageBreakBefore` on its title); nothing existing changes  |
 * | form   | has form  | false   | GatewayError "notEmpty" (`FORM_PRESENT_MESSAGE`), nothing     |
 * |        |           |         | written: a second form is never appended (office-js-docs#874) |
 *
 * So for the form the pane asks first ("追加到文末 / 替换全部内容 / 取消") and calls with
 * `replace: false` to append or `replace: true` to replace. A report and its form in one
 * document let `form-consistency` compare 案例名称 with the 题目 (R32).
 */
import {
  GatewayError,
  type Capabilities,
  type InsertTemplateResult,
  type RestoreMode,
  type TemplateKind,
} from "../core/gateway";
import type { Profile } from "../core/profile";
import { formFlatOpc } from "../ooxml/form";
import { templateFlatOpc } from "../ooxml/template";
import { parseFlatOpc } from "../ooxml/parse";
import { toGatewayError } from "./errors";
import { normalizeText, queueEmptyProbe } from "./readDocument";
import { type KeptBody, queueBodyCapture, queueBodyLists, requireKept } from "./restore";
import type { ErrorMessageId, MessageRef } from "../core/messages";

/** Message id (messages module) of the manual page-setup steps (布局 → 纸张大小 A4, 纸张方向 纵向). */
export const MANUAL_PAGE_SETUP = "manualPageSetup";

/** Message shown when the document is not empty and the user did not confirm replacing it. */
export const NOT_EMPTY_MESSAGE: readonly MessageRef<ErrorMessageId>[] = [
  { id: "errors.gateway.notEmpty" },
];

/** Message when appending the form to a document that already holds one. */
export const FORM_PRESENT_MESSAGE: readonly MessageRef<ErrorMessageId>[] = [
  { id: "errors.gateway.formPresent" },
];

/** True when the body text holds the form's title (whitespace ignored): the form is there. */
function hasForm(bodyText: string, profile: Profile): boolean {
  const ws = /[\s\u3000]/g;
  return bodyText.replace(ws, "").includes(profile.form.title.replace(ws, ""));
}

/** The style name of a package's last body paragraph (null when it has none). */
function lastParagraphStyle(flatOpc: string): string | null {
  const paras = parseFlatOpc(flatOpc).paragraphs;
  return paras[paras.length - 1]?.styleName ?? null;
}

/**
 * Inserts the template (see the table in the file header).
 *
 * Sync 1: the emptiness probe (body text, tables, pictures) and, with WordApiDesktop 1.3, the
 * first section's `pageSetup.paperSize/orientation`. Non-empty and `replace` false →
 * GatewayError "notEmpty" with nothing written. Sync 2: `body.insertOoxml(template, "Replace")`
 * (an empty document is replaced too, so no stray empty paragraph is left after the template,
 * office-js-docs#874), the page setup writes, and the count of inserted paragraphs.
 * The template's `w:sectPr` is ignored by Word (facts §3 fact 9), so A4 is set by the API or
 * reported.
 * For kind "form" into a non-empty document without `replace`, sync 2 appends the form with
 * `body.insertOoxml(form, "End")` instead (title with `w:pageBreakBefore`), unless the body text
 * read in sync 1 already holds the form's title.
 * Replacing a non-empty body keeps a restore point (`./restore`, unless `restore` is "none"):
 * one more sync between 1 and 2 reads the body's OOXML and paragraph texts — not when the body
 * has pictures (`noRestore` says why) — and sync 2 also reads the paragraph texts after.
 * Round trips: 2, 3 when a restore point is read (1 when refused). Requires: WordApi 1.3; page
 * setup with WordApiDesktop 1.3.
 * @param kind "report" (附件二 skeleton) or "form" (附件一 申报书)
 * @param options `replace`: see the table; `restore`: "required" refuses (GatewayError
 *   "notRestorable", nothing written) when no restore point can be kept
 * @returns the result — paragraphs inserted; page "applied" | "alreadyOk" | "unsupported";
 *   notDone message ids; `noRestore` — and the restore point kept (null when none)
 * @throws GatewayError "notEmpty" (nothing written: a non-empty document for the report, a
 *   document already holding the form for the form); "readFailed" when sync 1 fails;
 *   "writeFailed" (partial: true) when sync 2 fails; "notRestorable" (nothing written) as said
 */
export async function insertTemplate(
  context: Word.RequestContext,
  caps: Capabilities,
  profile: Profile,
  kind: TemplateKind,
  options: { replace: boolean; restore?: RestoreMode }
): Promise<TemplateWrite> {
  const empty = queueEmptyProbe(context);
  const pictures = context.document.body.inlinePictures.load("$none");
  let page: Word.PageSetup | null = null;
  if (caps.wordApiDesktop13) {
    page = context.document.sections.getFirst().pageSetup;
    page.load("paperSize,orientation");
  }
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.checkEmpty" });
  }
  const body = context.document.body;
  const restore = options.restore ?? "ifPossible";
  const isEmpty = empty();
  // The restore point of a replaced non-empty body: its OOXML, unless it holds pictures (their
  // base64 would be kept whole) or exceeds the bound — then "required" refuses, nothing written.
  let kept: Omit<KeptBody, "after"> | null = null;
  let noRestore: readonly MessageRef<ErrorMessageId>[] | undefined;
  if (!isEmpty && options.replace && restore !== "none") {
    if (pictures.items.length > 0) noRestore = [{ id: "errors.gateway.restore.pictures" }];
    else {
      const capture = queueBodyCapture(context);
      try {
        await context.sync();
      } catch (e) {
        throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.checkEmpty" });
      }
      const c = capture();
      if ("why" in c) noRestore = c.why;
      else {
        const { paragraphs, ...body } = c;
        // The numbered paragraphs' lists, read before the template replaces them: what 恢复
        // puts them back into and checks (one more read, only when the body has lists).
        const readLists = queueBodyLists(paragraphs);
        if (readLists !== null) {
          try {
            await context.sync();
          } catch (e) {
            throw toGatewayError(e, "readFailed", { context: "errors.gateway.step.checkEmpty" });
          }
        }
        kept = { kind: "template", ...body, lists: readLists?.() ?? [] };
      }
    }
    requireKept(restore, noRestore);
  }
  let range: Word.Range;
  let ooxml: string;
  if (isEmpty || options.replace) {
    ooxml = kind === "form" ? formFlatOpc(profile) : templateFlatOpc(profile);
    range = body.insertOoxml(ooxml, "Replace");
  } else if (kind === "form") {
    if (hasForm(body.text, profile)) throw new GatewayError("notEmpty", FORM_PRESENT_MESSAGE);
    ooxml = formFlatOpc(profile, { pageBreakBefore: true });
    range = body.insertOoxml(ooxml, "End");
  } else {
    throw new GatewayError("notEmpty", NOT_EMPTY_MESSAGE);
  }
  // office-js#2914: the last paragraph of an inserted package loses its style — set it again.
  const lastStyle = lastParagraphStyle(ooxml);
  if (lastStyle) range.paragraphs.getLast().style = lastStyle;
  const inserted = range.paragraphs.load("$none");
  const afterTexts = kept ? body.paragraphs.load("items/text") : null;
  let pageResult: InsertTemplateResult["page"] = "unsupported";
  const notDone: string[] = [];
  if (page) {
    if (page.paperSize === "A4" && page.orientation === "Portrait") {
      pageResult = "alreadyOk";
    } else {
      const all = context.document.pageSetup;
      all.orientation = "Portrait";
      all.paperSize = "A4";
      pageResult = "applied";
    }
  } else {
    notDone.push(MANUAL_PAGE_SETUP);
  }
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "writeFailed", {
      partial: true,
      context: "errors.gateway.step.insertTemplate",
    });
  }
  const result: InsertTemplateResult = {
    paragraphs: inserted.items.length,
    page: pageResult,
    notDone,
  };
  if (noRestore) result.noRestore = noRestore;
  return {
    result,
    kept:
      kept && afterTexts
        ? { ...kept, after: afterTexts.items.map((p) => normalizeText(p.text)) }
        : null,
  };
}

/** What {@link insertTemplate} did, and the restore point it kept (null when none). */
export interface TemplateWrite {
  result: InsertTemplateResult;
  kept: KeptBody | null;
}
