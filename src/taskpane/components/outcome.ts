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

const NOT_DONE: Record<string, UiMessageId> = {
  pageSetup: "ui.notDone.pageSetup",
  eastAsiaFont: "ui.notDone.eastAsiaFont",
};

/**
 * The manual steps for a `notDone` id of the gateway. Known ids have their own message; an id
 * that is itself a message key of the catalogs is rendered as is; anything else gets the generic
 * line naming the id.
 */
export function notDoneText(t: Translate, id: string): string {
  const known = NOT_DONE[id];
  if (known) return t(known);
  if (id.startsWith("ui.")) {
    const text = t(id as UiMessageId);
    if (text !== id) return text;
  }
  return t("ui.notDone.generic", { id });
}
