/**
 * @fileoverview The pane's access to the messages module: a translator bound to one locale,
 * a React context carrying it, and the locale from Office's display language. Every string the
 * pane shows comes from the "ui" namespace (`src/core/messages/<locale>/ui.ts`), the "hosts"
 * namespace (Word editions and features, shared with docs/deploy.md) or, for findings, is already
 * rendered by the rules. Layer: taskpane.
 */
import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, t as translate, type Locale, type MessageData } from "../core/messages";
import type { HostsMessageId } from "../core/messages/zh-CN/hosts";
import type { UiMessageId } from "../core/messages/zh-CN/ui";

/** Renders a pane message. */
export type Translate = (id: UiMessageId | HostsMessageId, data?: MessageData) => string;

/** A translator for `locale` (zh-CN fallback for a missing entry). */
export function createTranslator(locale: Locale): Translate {
  return (id, data) => translate(id, data, locale);
}

/**
 * The locale for Office's display language (`Office.context.displayLanguage`, e.g. "zh-CN",
 * "en-US", "zh-TW"): English UI for English, Chinese otherwise (the product is for Chinese
 * writers and the notice is Chinese).
 */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  if (displayLanguage && /^en(-|$)/i.test(displayLanguage)) return "en-US";
  return DEFAULT_LOCALE;
}

/** Locale and translator of the pane. */
export interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({
  locale: DEFAULT_LOCALE,
  t: createTranslator(DEFAULT_LOCALE),
});

/** Provides the pane's locale to its components. */
export const I18nProvider = I18nContext.Provider;

/** The pane's locale and translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

export type { Locale, UiMessageId };
