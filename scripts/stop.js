#!/usr/bin/env node
/** `npm stop`: end the sideload session (office-addin-debugging) where it was started; else just say how. */
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const root = path.resolve(__dirname, "..");
let hasDebugging = true;
try {
  require.resolve("office-addin-debugging/package.json", { paths: [root] });
} catch {
  hasDebugging = false;
}
if ((process.platform === "win32" || process.platform === "darwin") && hasDebugging) {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", path.join(root, "manifest.xml")], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 0);
}
console.log("没有由 npm start 旁加载的 Word 会话需要结束；开发服务器请在其终端按 Ctrl+C 停止。");
