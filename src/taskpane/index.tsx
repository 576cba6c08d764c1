/**
 * @fileoverview Bootstrap of the task pane (the yo office pattern): `bootOffice()` (src/word waits
 * for `Office.onReady` once), then render under a `FluentProvider` whose theme follows Office's.
 * Outside Word, or in a Word below WordApi 1.3, an error state says what to use instead. The
 * composition root: the only pane file that imports src/word, to inject the Word gateway into the
 * App; it never touches `Office` itself.
 * Layer: taskpane (bootstrap).
 */
import {
  FluentProvider,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { bootOffice, OFFICE_JS_URL, type OfficeDiagnostics } from "../word/boot";
import { WORD_API_MINIMUM } from "../word/capabilities";
import { App } from "./App";
import type { BootErrorKind } from "./components/BootError";
import { createTranslator, I18nProvider, localeFor, type Locale } from "./i18n";
import { t as translate } from "../core/messages";
import { markFirst } from "./lib/marks";
import { ensureResizeObserver } from "./resizeObserver";

markFirst("bundle");
void ensureResizeObserver(window);

/** Relative luminance (0–1) of a "#rrggbb" colour, or null when it is not one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const channel = (h: string | undefined): number => {
    const c = parseInt(h ?? "", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** webDarkTheme when Office's theme has a dark body background, else webLightTheme. */
function themeFor(bodyBackgroundColor: string | undefined): Theme {
  const l = bodyBackgroundColor ? luminance(bodyBackgroundColor) : null;
  return l !== null && l < 0.2 ? webDarkTheme : webLightTheme;
}

function render(content: (locale: Locale) => ReactNode, theme: Theme, locale: Locale): void {
  const container = document.getElementById("container");
  if (!container) return;
  const i18n = { locale, t: createTranslator(locale) };
  createRoot(container).render(
    <FluentProvider theme={theme} lang={locale}>
      <I18nProvider value={i18n}>{content(locale)}</I18nProvider>
    </FluentProvider>
  );
}

/**
 * The page shown when the pane cannot start (no Office, not Word, a host too old): a chunk of its
 * own ("boot-error"), fetched only then (issue 9: the first load). Should that download fail too,
 * the container says in plain text what to do.
 */
function renderError(
  kind: BootErrorKind,
  diagnostics: OfficeDiagnostics | undefined,
  theme: Theme,
  locale: Locale
): void {
  import(/* webpackChunkName: "boot-error" */ "./components/BootError").then(
    ({ BootError }) =>
      render(
        () => (
          <BootError
            kind={kind}
            officeJsUrl={OFFICE_JS_URL}
            minimum={WORD_API_MINIMUM}
            diagnostics={diagnostics}
          />
        ),
        theme,
        locale
      ),
    () => {
      const container = document.getElementById("container");
      if (container)
        container.textContent = translate("errors.gateway.advice.loadPart", {}, locale);
    }
  );
}

/**
 * Loads the catalogs of `locale` that the first load leaves out (en-US: a chunk of its own, so
 * the default zh-CN pane does not download English). Never rejects: without the chunk the pane
 * shows zh-CN text, which `t` falls back to.
 */
async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== "en-US") return;
  await import(/* webpackChunkName: "messages-en-US" */ "../core/messages/pane-en-US").catch(
    () => undefined
  );
}

void bootOffice().then(async (boot) => {
  markFirst("office-ready");
  const locale = localeFor(boot.displayLanguage ?? navigator.language);
  await loadLocale(locale);
  const theme = themeFor(boot.bodyBackgroundColor);
  if (boot.status !== "ready") {
    renderError(boot.status, boot.diagnostics, theme, locale);
    return;
  }
  const gateway = boot.gateway;
  render((l) => <App gateway={gateway} locale={l} />, theme, locale);
  markFirst("rendered");
});
