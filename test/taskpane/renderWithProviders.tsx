/**
 * @fileoverview RTL helpers for the pane: render under FluentProvider and the pane's I18n
 * provider, with the browser APIs Fluent needs and jsdom lacks (ResizeObserver,
 * IntersectionObserver, matchMedia) stubbed once.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  configure,
  fireEvent,
  render,
  screen,
  within,
  type RenderOptions,
  type RenderResult,
} from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { createTranslator, I18nProvider, type Locale } from "../../src/taskpane/i18n";

// Six engineers share two cores: give async queries room before they fail.
configure({ asyncUtilTimeout: 5000 });

// Fluent's AccordionPanel passes `inert={true}` during its collapse motion, which React 18
// warns about (upstream; React 19 accepts it). Keep that one warning out of the test output so
// real console errors stand out.
const consoleError = console.error.bind(console);
jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  const [format, ...rest] = args;
  if (
    typeof format === "string" &&
    format.includes("non-boolean attribute") &&
    rest.includes("inert")
  ) {
    return;
  }
  consoleError(...args);
});

class NoopObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

const g = globalThis as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = NoopObserver;
if (!g.IntersectionObserver) g.IntersectionObserver = NoopObserver;
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

/** Options of `renderWithProviders`. */
export interface ProviderOptions extends Omit<RenderOptions, "wrapper"> {
  locale?: Locale;
}

/** The providers the pane runs under. */
export function Providers({
  children,
  locale = "zh-CN",
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider value={{ locale, t: createTranslator(locale) }}>{children}</I18nProvider>
    </FluentProvider>
  );
}

/** Renders `ui` as the pane would be rendered. */
export function renderWithProviders(ui: ReactElement, options: ProviderOptions = {}): RenderResult {
  const { locale, ...rest } = options;
  return render(ui, {
    wrapper: ({ children }) => <Providers locale={locale}>{children}</Providers>,
    ...rest,
  });
}

/** Opens an accordion header button unless it is open already (the first failing group starts open). */
export function expand(header: HTMLElement): void {
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

/**
 * Waits for the parts of the pane below the first screen (模板与排版 … 关于): they render once the
 * first checklist has been painted (`useAfterFirstCheck`, issue 9).
 */
export async function belowFold(): Promise<void> {
  await screen.findByRole("heading", { name: /^(关于|About)$/ }, { timeout: 10000 });
}

/** Opens the collapsed 模板与排版 area of the pane. */
export function openTools(): void {
  expand(screen.getByRole("button", { name: "模板与排版" }));
}

/** Opens the collapsed 人工核对 list. */
export function openHand(): void {
  expand(screen.getByRole("button", { name: /^人工核对/ }));
}

/** The checklist group of `ruleId` (its AccordionItem: header and, when open, its findings). */
export function groupItem(ruleId: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-rule-id="${ruleId}"]`);
  if (!el) throw new Error(`no checklist group ${ruleId}`);
  return el;
}

/** Opens the collapsed list of passing rules and returns it. */
export function openPassed(): HTMLElement {
  const box = screen.getByTestId("passed");
  const header = within(box).getByRole("button", { name: /^已通过的检查项/ });
  expand(header);
  return box;
}
