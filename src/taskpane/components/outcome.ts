/**
 * @fileoverview Texts shared by the outcomes of template insertion and one-click formatting:
 * page setup (applied, already A4 portrait, or the manual steps) and things the host could not
 * do (`notDone` message ids of the gateway). Layer: taskpane.
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
