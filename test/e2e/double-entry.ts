/**
 * @fileoverview Browser entry of the Word double for the e2e test. It is served in place of
 * Microsoft's office.js, so it must define `Office`, `Word` and `OfficeExtension` synchronously
 * (the pane's bundle runs right after it). The document is fetched from `/e2e/<doc>.docx`
 * (`?doc=` in the page's query string, default `draft`, or `messy` on the demo page of `npm run demo`);
 * `Office.onReady` resolves once it is loaded. The host and requirement sets come from the page's
 * query string (`?host=Web&sets=-WordApiDesktop%201.3`), or a host profile (`?profile=mac`);
 * `?roundTrip=ms,msPerMB` makes each sync take real time. The double is exposed as
 * `window.__double` for the test to inspect the document's OOXML and the selection.
 */
import {
  createWordDouble,
  type HostProfileName,
  type SetName,
  type WordDouble,
} from "../word-double";

type Host = "Windows" | "Mac" | "Web";

declare global {
  interface Window {
    __double?: WordDouble;
    __doubleReady: Promise<WordDouble>;
  }
}

const params = new URLSearchParams(window.location.search);
const host = (params.get("host") as Host | null) ?? undefined;
const sets: Partial<Record<SetName, boolean>> | undefined = params.get("sets") ? {} : undefined;
for (const s of (params.get("sets") ?? "").split(",").filter(Boolean)) {
  sets![s.slice(1) as SetName] = s.startsWith("+");
}
// `?profile=web` (added by the harness under WORD_HOST): a host profile of the double, unless the
// page states its host or sets itself (then exactly those).
const profile =
  host || sets ? undefined : ((params.get("profile") as HostProfileName | null) ?? undefined);

// `?roundTrip=30,400`: every sync takes 30 ms + 400 ms per MB moved, as a round trip to Word.
const rtParam = (params.get("roundTrip") ?? "").split(",").map(Number);
const roundTrip =
  rtParam.length === 2 && rtParam.every((x) => Number.isFinite(x) && x >= 0)
    ? { msPerSync: rtParam[0]!, msPerMB: rtParam[1]! }
    : undefined;

const docName =
  params.get("doc") ?? (window.location.pathname.endsWith("/demo.html") ? "messy" : "draft");
window.__doubleReady = fetch(`/e2e/${encodeURIComponent(docName)}.docx`)
  .then((r) => {
    if (!r.ok) throw new Error(`${docName}.docx: HTTP ${r.status}`);
    return r.arrayBuffer();
  })
  .then((buf) => {
    const d = createWordDouble({
      docx: new Uint8Array(buf),
      host,
      sets,
      profile,
      ...(roundTrip ? { roundTrip } : {}),
    });
    window.__double = d;
    return d;
  });

// Forward every property to the double once it exists; until then only onReady is needed.
function lazy<T extends object>(pick: (d: WordDouble) => T, early: Partial<T> = {}): T {
  return new Proxy(early as T, {
    get(target, prop) {
      const d = window.__double;
      if (d) return Reflect.get(pick(d), prop);
      return Reflect.get(target, prop);
    },
  });
}

const officeEarly = {
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    return window.__doubleReady.then((d) => d.Office.onReady(cb as never));
  },
} as unknown as Partial<typeof Office>;

const w = window as unknown as Record<string, unknown>;
w.Office = lazy((d) => d.Office as object, officeEarly as object);
w.Word = lazy((d) => d.Word as object);
w.OfficeExtension = lazy((d) => d.OfficeExtension as object);
