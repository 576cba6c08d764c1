/**
 * @fileoverview Starting a download from the task pane: a Blob URL and a click on an
 * `<a download>`. Where the host's webview is known to drop such downloads (Office on Mac and
 * iPad run the pane in WKWebView, which ignores `download` and Blob navigations without telling
 * the page), nothing is attempted and the pane offers the CLI instead; elsewhere (Office on the
 * web, Windows' WebView2) the browser's download starts. A click that throws is a failure the
 * pane reports the same way. Layer: taskpane (DOM).
 */
import type { Capabilities } from "../../core/gateway";

/** Outcome of `startDownload`. */
export type DownloadOutcome = "started" | "unavailable" | "failed";

/** True when the host's webview is known to ignore downloads started by the page. */
export function downloadsBlocked(host: Capabilities["host"]): boolean {
  return host === "Mac" || host === "iOS";
}

/**
 * Starts downloading `bytes` as `fileName`. "unavailable" on hosts that block downloads (see the
 * file header) and where the DOM lacks Blob URLs; "failed" when creating or clicking the link
 * threw. The Blob URL is revoked a minute later (long enough for the browser to read it).
 */
export function startDownload(
  bytes: Uint8Array,
  fileName: string,
  contentType: string,
  host: Capabilities["host"],
  doc: Document = document
): DownloadOutcome {
  if (downloadsBlocked(host)) return "unavailable";
  const view = doc.defaultView;
  const urls = view?.URL;
  if (!view || !urls || typeof urls.createObjectURL !== "function") return "unavailable";
  let url: string | null = null;
  try {
    // Copy into a fresh ArrayBuffer-backed view: a Blob part must not be a shared buffer.
    const blob = new view.Blob([bytes.slice()], { type: contentType });
    url = urls.createObjectURL(blob);
    const a = doc.createElement("a");
    a.href = url;
    a.download = fileName;
    a.rel = "noopener";
    a.style.display = "none";
    doc.body.appendChild(a);
    a.click();
    a.remove();
  } catch {
    if (url) urls.revokeObjectURL(url);
    return "failed";
  }
  const done = url;
  view.setTimeout(() => urls.revokeObjectURL(done), 60_000);
  return "started";
}
