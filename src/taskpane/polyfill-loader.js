/*
 * Loads the EdgeHTML 18 polyfills (src/polyfills/edge18.ts, its own bundle) only in a webview that
 * lacks one of the built-ins they supply, so WebView2, Chromium and Safari never fetch them
 * (issue 9: the first load's size). A parser-blocking script of taskpane.html, before the pane's
 * deferred scripts: what it writes with document.write is parsed and run in order, before them.
 * The bundle's file name (content-hashed) comes from the tag's data-polyfills attribute, filled
 * in by the build. Every built-in edge18.ts installs is tested here (test/build/polyfill-loader
 * .test.ts holds the two lists together). ES5 only (scripts/check-bundle-syntax.js); IE 11 is
 * left to legacy-browser.js. Layer: taskpane (runs before and without the bundle).
 */
(function () {
  var script = document.currentScript;
  var src = script && script.getAttribute("data-polyfills");
  if (!src || document.documentMode) return;
  var w = window;
  var A = Array.prototype;
  var S = String.prototype;
  function canConstructDOMRect() {
    try {
      new w.DOMRect(0, 0, 0, 0);
      return true;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (e) {
      return false;
    }
  }
  var missing =
    typeof Object.fromEntries !== "function" ||
    typeof A.flat !== "function" ||
    typeof A.flatMap !== "function" ||
    typeof S.matchAll !== "function" ||
    typeof S.trimStart !== "function" ||
    typeof S.trimEnd !== "function" ||
    typeof w.globalThis !== "object" ||
    typeof w.TextDecoder !== "function" ||
    typeof w.WeakRef !== "function" ||
    typeof w.DOMRect !== "function" ||
    !canConstructDOMRect() ||
    (w.Event && typeof w.Event.prototype.composedPath !== "function") ||
    (w.Node && !("isConnected" in w.Node.prototype));
  if (missing) document.write('<script src="' + src + '"></script>');
})();
