/**
 * @fileoverview User-facing strings: one catalog per namespace and locale (zh-CN first, en-US
 * second), looked up by a dotted key whose first segment names the namespace, e.g.
 * "rules.title-length.tooLong" → namespace "rules", entry "title-length.tooLong". Templates use
 * `{name}` placeholders filled by `format`. Layer: core (pure).
 *
 * Namespaces: rules, checklist, ui (the pane), cli, hosts (Word editions), errors (OoxmlError and
 * GatewayError texts; errors carry {@link MessageRef}s and are rendered by whoever shows them,
 * in the reader's locale).
 *
 * Adding a namespace (for example `errors.ts` next to `rules.ts` in each locale folder): export
 * a `MessageCatalog` from `zh-CN/<ns>.ts` and `en-US/<ns>.ts`; add the zh-CN one to `CATALOGS`
 * below when the task pane uses it (else to `./all`), and the en-US one to `./pane-en-US` (pane)
 * or `./all` (CLI only); keys are then "<ns>.<entry>". `registerMessages` adds a catalog at run
 * time instead (tests, plug-ins). What is not loaded falls back to zh-CN, then to the key.
 */
import { errors as zhErrors } from "./zh-CN/errors";
import { hosts as zhHosts } from "./zh-CN/hosts";
import * as zhRules from "./zh-CN/rules";
import { ui as zhUi } from "./zh-CN/ui";

/** Locales with a full catalog. zh-CN is the default and the fallback. */
export type Locale = "zh-CN" | "en-US";

/** Every supported locale, default first. */
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** The default locale. */
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Entries of one namespace: entry key (without the namespace prefix) → template. */
export type MessageCatalog = Readonly<Record<string, string>>;

/** Values for `{placeholders}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * The catalogs loaded so far. Built in: what the task pane needs in its default locale (zh-CN
 * rules, checklist, ui, hosts, errors) — the first load stays small (issue 9: pane JS ≤ 250 KB gzipped).
 * The CLI's catalogs and the en-US catalogs are added by `./all` (the CLI, scripts, tests) or, in
 * the pane, by `./pane-en-US` when Word's display language is English (a chunk of its own).
 */
const CATALOGS: Record<Locale, Record<string, MessageCatalog>> = {
  "zh-CN": {
    rules: zhRules.rules,
    checklist: zhRules.checklist,
    ui: zhUi,
    hosts: zhHosts,
    errors: zhErrors,
  },
  "en-US": {},
};

/**
 * Adds built-in catalogs of `locale` (namespace → entries), e.g. when a locale's chunk has
 * loaded. Unlike {@link registerMessages} they do not take precedence over what is registered.
 */
export function addCatalogs(locale: Locale, catalogs: Record<string, MessageCatalog>): void {
  Object.assign(CATALOGS[locale], catalogs);
}

/**
 * The locales whose rule messages are loaded (zh-CN always; en-US once `./pane-en-US` or `./all`
 * has run). The rule engine validates a report's message in each of them.
 */
export function loadedLocales(): Locale[] {
  return LOCALES.filter((l) => CATALOGS[l].rules !== undefined);
}

const registered: { locale: Locale; namespace: string; catalog: MessageCatalog }[] = [];

/**
 * Adds a catalog for `namespace` in `locale` at run time; its entries take precedence over
 * the built-in ones. Returns a function that removes it again.
 */
export function registerMessages(
  locale: Locale,
  namespace: string,
  catalog: MessageCatalog
): () => void {
  const entry = { locale, namespace, catalog };
  registered.push(entry);
  return () => {
    const i = registered.indexOf(entry);
    if (i >= 0) registered.splice(i, 1);
  };
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Splits "ns.rest" into [ns, rest]; a key without a dot has no namespace. */
function splitKey(key: string): [string, string] | null {
  const dot = key.indexOf(".");
  return dot <= 0 ? null : [key.slice(0, dot), key.slice(dot + 1)];
}

/** The template for `key` in `locale` exactly (no fallback), or undefined. */
export function lookup(key: string, locale: Locale): string | undefined {
  const parts = splitKey(key);
  if (!parts) return undefined;
  const [ns, rest] = parts;
  for (const r of registered.slice().reverse()) {
    if (r.locale === locale && r.namespace === ns && has(r.catalog, rest)) {
      return r.catalog[rest];
    }
  }
  const catalog = CATALOGS[locale][ns];
  return catalog && has(catalog, rest) ? catalog[rest] : undefined;
}

/** True when `key` has a template in `locale`. */
export function hasMessage(key: string, locale: Locale): boolean {
  return lookup(key, locale) !== undefined;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Names of the `{placeholders}` of a template, in order of first appearance, without repeats. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The separator of an inline list as `locale` writes it: the enumeration comma 「、」 in Chinese,
 * ", " in English (the catalogs' "ui.listSeparator", which the pane uses through its translator).
 */
export function listSeparator(locale: Locale = DEFAULT_LOCALE): string {
  return t("ui.listSeparator", {}, locale);
}

/**
 * Fills `{name}` placeholders from `data`. A placeholder without a value is left as written
 * (the rule engine rejects such reports before they get here). Braces that do not enclose an
 * identifier are literal text.
 */
export function format(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    has(data, name) ? String(data[name]) : whole
  );
}

/**
 * Renders message `key` in `locale`, falling back to zh-CN and then to the key itself (so a
 * missing string shows up visibly instead of as an empty label).
 */
export function t(key: string, data: MessageData = {}, locale: Locale = DEFAULT_LOCALE): string {
  const template = lookup(key, locale) ?? lookup(key, DEFAULT_LOCALE);
  return template === undefined ? key : format(template, data);
}

/**
 * A message not yet rendered: its key and placeholder values. Errors carry these instead of a
 * finished string, so that whoever shows the error renders it in the reader's locale.
 */
export interface MessageRef<Id extends string = string> {
  id: Id;
  data?: MessageData;
}

/** How sentences of one message are joined: Chinese needs no space after "。", English does. */
const SENTENCE_JOINER: Record<Locale, string> = { "zh-CN": "", "en-US": " " };

/** Renders a message made of parts (what failed, where, what to do) in `locale`. */
export function renderText(parts: readonly MessageRef[], locale: Locale = DEFAULT_LOCALE): string {
  return parts.map((p) => t(p.id, p.data, locale)).join(SENTENCE_JOINER[locale]);
}

export type { ErrorMessageId } from "./zh-CN/errors";
