/**
 * @fileoverview Named points of the pane's first load on the browser's performance timeline
 * (`performance.mark("case-report:<name>")`), read by `npm run bench` (scripts/bench-pane.ts) to
 * say where the time to the first checklist goes: `bundle` (our modules are evaluated and the entry starts),
 * `office-ready` (`Office.onReady` resolved), `rendered` (the pane's first render was asked for),
 * `read` (the first read of the document returned), `analyzed` (its analysis finished). Costs
 * nothing a writer notices; does nothing where the User Timing API is missing. Layer: taskpane.
 */

/** Marks `case-report:<name>` once (later calls with the same name are ignored). */
export function markFirst(
  name: "bundle" | "office-ready" | "rendered" | "read" | "analyzed"
): void {
  const perf = typeof performance === "undefined" ? undefined : performance;
  if (!perf || typeof perf.mark !== "function" || typeof perf.getEntriesByName !== "function") {
    return;
  }
  const full = `case-report:${name}`;
  if (perf.getEntriesByName(full, "mark").length > 0) return;
  perf.mark(full);
}
