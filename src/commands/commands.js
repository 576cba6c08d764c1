/*
 * The manifest's FunctionFile script. The only ribbon button is ShowTaskpane, so no command
 * functions are registered; Office still requires the page and Office.onReady. A file, not an
 * inline script, under the page's Content-Security-Policy (scripts/csp.js); copied to dist/ as it
 * is; ES5 (scripts/check-bundle-syntax.js).
 */
/* global Office */
Office.onReady(function () {});
