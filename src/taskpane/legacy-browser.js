/*
 * IE 11 (Office 2016/2019 on Windows before 10 1903) cannot run the pane (React 18, Fluent UI v9,
 * ES2017 bundle): say so instead of a blank pane. Loaded by taskpane.html, deferred (it runs once
 * #container is parsed, before the bundle), as a file (the page's Content-Security-Policy allows no
 * inline script), copied to dist/ as it is.
 * ES5 only (scripts/check-bundle-syntax.js holds it to ES5); document.documentMode exists only in
 * IE. Layer: taskpane (runs before and without the bundle).
 */
(function () {
  if (!document.documentMode) return;
  var container = document.getElementById("container");
  var p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.style.cssText = "margin:16px;font:14px/1.6 'Microsoft YaHei',SimSun,sans-serif;color:#a4262c";
  p.appendChild(
    document.createTextNode(
      "此版本 Office 使用的浏览器内核过旧（Internet Explorer），案例报告助手无法运行。请升级到 Windows 10 1903 及以上并使用 Office 2019 及以上版本，或使用 Microsoft 365 / Word 网页版。"
    )
  );
  container.innerHTML = "";
  container.appendChild(p);
})();
