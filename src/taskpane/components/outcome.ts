/**
 * @fileoverview Texts shared by the outcomes of template insertion and one-click formatting:
 * page setup (applied, already A4 portrait, or the manual steps) and things the host could not
 * do (`notDone` message ids of the gateway), and how to read an `ApplyEditsResult`: `verified`
 * first (a failed re-read observed nothing), the page apart from the paragraph count.
 * Layer: taskpane.
 */
import type { ApplyEditsResult } from "../../core/gateway";
import type { Translate, UiMessageId } from "../i18n";

/** The line about page setup, or null when page setup was not requested. */
export function pageText(t: Translate, page: ApplyEditsResult["page"]): string | null {
  switch (page) {
    case "applied":
      return t("ui.page.applied");
    case "alreadyOk":
      return t("ui.page.alreadyOk");
    case "unsupported":
      return t("ui.page.unsupported");
    case "notRequested":
      return null;
  }
}

/** The `notDone` id whose steps duplicate the "page unsupported" line. */
export const MANUAL_PAGE_SETUP_ID = "manualPageSetup";

/**
 * The manual steps for a `notDone` id of the gateway: the entry "ui.notDone.<id>" when the
 * messages module has one, else a generic line naming the id.
 */
export function notDoneText(t: Translate, id: string): string {
  const key = `ui.notDone.${id}` as UiMessageId;
  const text = t(key);
  return text !== key ? text : t("ui.notDone.generic", { id });
}

/** The `notDone` id of text fixes whose words were not found (`ApplyEditsResult.textNotLocated`). */
export const TEXT_NOT_LOCATED_ID = "replaceTextNotLocated";

/** The `notDone` id of a failed verifying re-read (`ApplyEditsResult.verified === false`). */
export const VERIFY_FAILED_ID = "verifyFailed";

/**
 * False only when the verifying re-read failed (`verified: false`); a missing `verified` is read
 * as true (gateways written before the field always verified or threw). When false, nothing was
 * observed: `textUnchanged` and `unverified` mean nothing, and the pane shows only
 * {@link verifyFailedText}.
 */
export function isVerified(result: ApplyEditsResult): boolean {
  return result.verified !== false;
}

/** 排版后未能重新读取文档核对结果：请单击“重新检查”。 */
export function verifyFailedText(t: Translate): string {
  return notDoneText(t, VERIFY_FAILED_ID);
}

/**
 * True when a write did something: a paragraph edit applied, or the page set up (`applied`
 * counts paragraph edits only; a page-setup-only fix reports itself in `page`).
 */
export function didApply(result: ApplyEditsResult): boolean {
  return result.applied > 0 || result.page === "applied";
}

/** A line of an outcome message; `attention` lines turn the bar from success to warning. */
export interface OutcomeLine {
  text: string;
  attention: boolean;
}

/**
 * The manual-step lines of `result.notDone` (each id once). The page's manual steps are left out
 * when the page line already says them (`page: "unsupported"`), and `verifyFailed` is left out
 * because a failed re-read is shown on its own ({@link isVerified}); text fixes not located name
 * their paragraphs (第 N 段) when the result lists them.
 */
export function notDoneLines(t: Translate, result: ApplyEditsResult): OutcomeLine[] {
  const lines: OutcomeLine[] = [];
  for (const id of new Set(result.notDone)) {
    if (result.page === "unsupported" && id === MANUAL_PAGE_SETUP_ID) continue;
    if (id === VERIFY_FAILED_ID) continue;
    if (id === TEXT_NOT_LOCATED_ID && result.textNotLocated && result.textNotLocated.length > 0) {
      // Name the paragraphs (第 3、7 段) the way the writer counts them: from 1.
      const paragraphs = result.textNotLocated
        .map((i) => String(i + 1))
        .join(t("ui.notDone.paragraphListJoiner"));
      lines.push({
        text: t("ui.notDone.replaceTextNotLocatedIn", { paragraphs }),
        attention: true,
      });
      continue;
    }
    lines.push({ text: notDoneText(t, id), attention: true });
  }
  return lines;
}
