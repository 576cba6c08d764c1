#!/usr/bin/env node
/**
 * `npm start`: serve the add-in on https://localhost:3000 and sideload it into Word where Word
 * exists (Windows, macOS: through office-addin-debugging, the `yo office` tool). Where it does
 * not (Linux, CI), serve the add-in and print the steps to sideload manifest.xml into Word on
 * the web by hand.
 */
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");

function has(mod) {
  try {
    require.resolve(mod, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function run(cmd, args) {
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && has("office-addin-debugging/package.json")) {
  console.log("案例报告助手：启动开发服务器并旁加载到 Word 桌面版 (office-addin-debugging)…");
  run("npx", ["office-addin-debugging", "start", manifest, "desktop", "--app", "word"]);
} else {
  const why = desktop
    ? "未安装 office-addin-debugging（可选依赖），无法自动旁加载。"
    : "本机没有 Word 桌面版（" + process.platform + "），无法自动旁加载。";
  console.log(
    [
      "案例报告助手：" + why,
      "正在 https://localhost:3000 提供加载项。在 Word 网页版中手动旁加载：",
      "  1. 打开 https://www.office.com ，新建或打开一个 Word 文档；",
      "  2. 开始 → 加载项 → 更多设置 → 上传我的加载项；",
      "  3. 选择本项目的 manifest.xml，然后点击“开始”选项卡上的“案例报告助手”。",
      "浏览器须信任 localhost 证书：首次请打开 https://localhost:3000/taskpane.html 并接受证书。",
      "按 Ctrl+C 停止。",
    ].join("\n")
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
