/**
 * @fileoverview Keyboard focus never falls to `<body>` (issue 9): when the focused control of the
 * pane goes away — a button disabled while its action runs, a finding row removed once fixed, an
 * outcome replaced by the next one, a dialog closed — focus moves to where the action was, instead
 * of to the top of the page where a keyboard or screen-reader user has to start over. Layer:
 * taskpane.
 *
 * Where it goes, first that applies:
 * 1. the control itself, when it is still there and enabled (a dialog closed over its trigger:
 *    Fluent's Dialog restores focus only to a `DialogTrigger`, which the pane's dialogs have not);
 * 2. in the nearest place the control was in (`data-focus-place`, closest first) that still
 *    stands: the first message shown there (`data-focus-outcome`: a progress line, the outcome of
 *    the action, its error), else the place itself.
 * Places and outcomes carry `tabIndex={-1}`: focusable by the keeper, not Tab stops. Focus the
 * writer moved away (a click outside any control, another window, Word's document) is theirs: a
 * pointer press on no control forgets the control, and nothing is done while focus is anywhere
 * but `<body>`.
 */
import { useEffect, type RefObject } from "react";

/** Attribute of an element focus may be moved to when a control inside it goes away. */
export const FOCUS_PLACE = "data-focus-place";
/** Attribute of a message that takes the focus in its place (progress, outcome, error). */
export const FOCUS_OUTCOME = "data-focus-outcome";

/** The props that make an element a place of {@link useFocusKeeper}. */
export const focusPlaceProps = { [FOCUS_PLACE]: "", tabIndex: -1 } as const;
/** The props that make an element an outcome of {@link useFocusKeeper}. */
export const focusOutcomeProps = { [FOCUS_OUTCOME]: "", tabIndex: -1 } as const;

const CONTROL = "button, a[href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

function gone(el: HTMLElement): boolean {
  return !el.isConnected || el.matches(":disabled") || el.closest("[hidden], [inert]") !== null;
}

/**
 * Watches the pane under `root` and moves focus back into it when the focused control goes away
 * (see the file comment). Listens to focus and pointer events on the document and observes DOM
 * changes under `document.body` (dialogs are portals outside `root`); all removed on unmount.
 */
export function useFocusKeeper(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const pane = root.current;
    if (!pane) return;
    let last: HTMLElement | null = null;
    let places: HTMLElement[] = [];

    const remember = (el: HTMLElement): void => {
      last = el;
      places = [];
      for (let p = el.parentElement; p && pane.contains(p); p = p.parentElement) {
        if (p.hasAttribute(FOCUS_PLACE)) places.push(p);
      }
    };
    const onFocusIn = (e: FocusEvent): void => {
      const el = e.target;
      if (!(el instanceof HTMLElement) || !pane.contains(el)) return;
      if (el.hasAttribute(FOCUS_PLACE) || el.hasAttribute(FOCUS_OUTCOME)) return;
      remember(el);
    };
    const onPointerDown = (e: PointerEvent): void => {
      const el = e.target;
      if (!(el instanceof Element) || !pane.contains(el)) return; // a dialog's: keep the trigger
      const control = el.closest<HTMLElement>(CONTROL);
      // A press on a control is an action there (Safari does not focus a pressed button); on no
      // control, the writer moves focus away.
      if (control && pane.contains(control)) remember(control);
      else last = null;
    };
    const restore = (): void => {
      const active = document.activeElement;
      if (last === null || (active !== null && active !== document.body)) return;
      if (!gone(last)) {
        last.focus();
        return;
      }
      const place = places.find((p) => !gone(p));
      if (!place) return;
      const outcome = place.querySelector<HTMLElement>(`[${FOCUS_OUTCOME}]`);
      (outcome ?? place).focus();
    };
    // Chromium moves focus off a disabled or removed control when it next updates the page, not
    // at once: look again after that.
    const later = (): void => {
      requestAnimationFrame(() => setTimeout(restore, 0));
    };
    const check = (): void => {
      if (last === null || (!gone(last) && document.activeElement !== document.body)) return;
      restore();
      later();
    };
    // Focus leaving for no element (not a Tab to the next control, which names it): look once the
    // page has settled — during the event itself `<body>` is active on every move.
    const onFocusOut = (e: FocusEvent): void => {
      if (e.relatedTarget === null) later();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["disabled", "hidden", "inert"],
    });
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("pointerdown", onPointerDown, true);
    };
  }, [root]);
}
