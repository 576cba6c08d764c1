/**
 * @fileoverview Inserts the case-report template (styles + skeleton, from
 * `src/ooxml/template`) into the open document with `body.insertOoxml`, never overwriting a
 * non-empty document without the user's confirmation, and sets A4 portrait through
 * `pageSetup` where the host has it (WordApiDesktop 1.3; elsewhere the pane shows manual steps,
 * officejs-facts §4). Layer: word.
 */
import {
  GatewayError,
  type Capabilities,
  type InsertTemplateResult,
  type TemplateKind,
} from "../core/gateway";
import type { Profile } from "../core/profile";
import { templateFlatOpc } from "../ooxml/template";
import { toGatewayError } from "./errors";
import { queueEmptyProbe } from "./readDocument";

/** Message id (messages module) of the manual page-setup steps (布局 → 纸张大小 A4, 纸张方向 纵向). */
export const MANUAL_PAGE_SETUP = "manualPageSetup";

/** Message shown when the document is not empty and the user did not confirm replacing it. */
export const NOT_EMPTY_MESSAGE =
  "当前文档已有内容。插入模板会替换全部内容：请确认后再插入，或新建一个空白文档。";

/**
 * Inserts the template.
 *
 * Sync 1: the emptiness probe (body text, tables, pictures) and, with WordApiDesktop 1.3, the
 * first section's `pageSetup.paperSize/orientation`. Non-empty and `replace` false →
 * GatewayError "notEmpty" with nothing written. Sync 2: `body.insertOoxml(template, "Replace")`
 * (an empty document is replaced too, so no stray empty paragraph is left after the template,
 * office-js-docs#874), the page setup writes, and the count of inserted paragraphs.
 * The template's `w:sectPr` is ignored by Word (facts §3 fact 9), so A4 is set by the API or
 * reported.
 * Round trips: 2. Requires: WordApi 1.3; page setup with WordApiDesktop 1.3.
 * @param kind only "report" exists (the 申报书 form is a separate template, not yet available)
 * @returns paragraphs inserted; page "applied" | "alreadyOk" | "unsupported"; notDone message ids
 * @throws GatewayError "notEmpty" (nothing written); "readFailed" when sync 1 fails;
 *   "writeFailed" (partial: true) when sync 2 fails; "unknown" for kind "form"
 */
export async function insertTemplate(
  context: Word.RequestContext,
  caps: Capabilities,
  profile: Profile,
  kind: TemplateKind,
  options: { replace: boolean }
): Promise<InsertTemplateResult> {
  if (kind !== "report") {
    throw new GatewayError("unknown", "申报书模板尚未提供，请先使用案例报告模板。");
  }
  const empty = queueEmptyProbe(context);
  let page: Word.PageSetup | null = null;
  if (caps.wordApiDesktop13) {
    page = context.document.sections.getFirst().pageSetup;
    page.load("paperSize,orientation");
  }
  try {
    await context.sync();
  } catch (e) {
    throw toGatewayError(e, "readFailed", { context: "（检查文档是否为空时出错）" });
  }
  if (!empty() && !options.replace) {
    throw new GatewayError("notEmpty", NOT_EMPTY_MESSAGE);
  }
  const range = context.document.body.insertOoxml(templateFlatOpc(profile), "Replace");
  const inserted = range.paragraphs.load("$none");
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
    throw toGatewayError(e, "writeFailed", { partial: true, context: "（插入模板时出错）" });
  }
  return { paragraphs: inserted.items.length, page: pageResult, notDone };
}
