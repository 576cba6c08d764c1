/**
 * @fileoverview The Content-Security-Policy of the add-in's pages (dist/taskpane.html,
 * commands.html, support.html): the one definition, written by webpack.config.js as the first
 * element of each page's head (`<meta http-equiv="Content-Security-Policy">`, so it covers
 * office.js and everything after it) and sent by the development server as a header;
 * test/e2e/csp.e2e.test.ts loads the built pane under it and fails on any violation.
 *
 * What it allows and why:
 * - `script-src 'self' https://appsforoffice.microsoft.com`: our own files, and office.js with
 *   the host scripts it loads from its own folder (word-web-16.00.js, office_strings.js …).
 *   No `'unsafe-inline'` (the pages have no inline script: the IE notice and the commands page's
 *   `Office.onReady` are files) and no `'unsafe-eval'`.
 * - `object-src 'none'`: no plug-ins; `base-uri 'self'`: no `<base>` pointing elsewhere.
 * Left open, on purpose: styles (Fluent UI's Griffel inserts rules at run time, and office.js
 * applies inline styles — office-js#1687), connections, frames and images — office.js talks to
 * its host and telemetry endpoints that Microsoft does not list (office-js#1005 is still open),
 * and a policy that blocks them would break the pane in a real Word in ways no test here sees.
 * `frame-ancestors` cannot be set in a meta tag; Word embeds the pane, so it is not set.
 */
"use strict";

/** The origin office.js is loaded from (src/taskpane/taskpane.html, src/commands/commands.html). */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** The policy, as one header value. */
const PANE_CSP = [
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/**
 * Headers of the development server (`npm start`): the same policy, and
 * `Access-Control-Allow-Origin: *` so that Office's sideloading can fetch the manifest and icons
 * from https://localhost:3000. Development only: the production build is static files and sets no
 * header; whoever hosts it decides its headers (docs/deploy.md).
 */
function devServerHeaders() {
  return { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": PANE_CSP };
}

module.exports = { OFFICE_JS_ORIGIN, PANE_CSP, devServerHeaders };
