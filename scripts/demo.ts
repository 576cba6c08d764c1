/**
 * `npm run demo` — the production task pane in any browser, without Word: serves dist/ (built by
 * `npm run build` first, as the npm script does) at http://localhost:3000/demo.html, where the
 * page is dist/taskpane.html with Microsoft's office.js replaced by the strict Word double
 * (test/word-double, bundled for the browser with esbuild as the e2e test does). The document is
 * a zh-CN sample chosen by `?doc=empty|template|messy|long` (test/e2e/samples.ts; default messy);
 * `&host=Web` and `&sets=-WordApiDesktop%201.3` pick the kind of Word as in the e2e test.
 * Everything the pane writes goes to the double's in-memory document and is lost on reload.
 * `PORT=3001 npm run demo` for another port. Stop with Ctrl+C.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, OFFICE_JS_URL, bundleDouble, serve } from "../test/e2e/harness";
import { SAMPLE_NAMES, sampleDocx, type SampleName } from "../test/e2e/samples";

/** Where the demo page loads the double from, in place of office.js. */
export const DOUBLE_PATH = "/demo/office-double.js";

/** dist/taskpane.html with the office.js script pointed at the double. */
export function demoHtml(taskpaneHtml: string): string {
  if (!taskpaneHtml.includes(OFFICE_JS_URL)) {
    throw new Error(`dist/taskpane.html does not load ${OFFICE_JS_URL}: cannot put the double in.`);
  }
  return taskpaneHtml
    .split(OFFICE_JS_URL)
    .join(DOUBLE_PATH)
    .replace("<title>案例报告助手</title>", "<title>案例报告助手（演示，无需 Word）</title>");
}

async function main(): Promise<void> {
  const pane = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(pane)) {
    console.error("dist/taskpane.html 不存在：请先运行 npm run build（npm run demo 会先构建）。");
    process.exit(2);
  }
  const html = demoHtml(fs.readFileSync(pane, "utf8"));
  const doubleJs = await bundleDouble();
  const docs = new Map<string, Uint8Array>();
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "localhost";
  const server = await serve(
    (rel) => {
      if (rel === "/" || rel === "/demo.html" || rel === "/taskpane.html") return html;
      // A browser tab asks for one (a 404 in the console otherwise); in Word the pane has none.
      if (rel === "/favicon.ico") return fs.readFileSync(path.join(DIST, "assets", "icon-32.png"));
      if (rel === DOUBLE_PATH) return doubleJs;
      const [, sample] = /^\/e2e\/([a-z]+)\.docx$/.exec(rel) ?? [];
      if (sample !== undefined && (SAMPLE_NAMES as readonly string[]).includes(sample)) {
        const name = sample as SampleName;
        let bytes = docs.get(name);
        if (!bytes) docs.set(name, (bytes = sampleDocx(name)));
        return bytes;
      }
      return undefined;
    },
    { port, host }
  ).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "EADDRINUSE") {
      console.error(`端口 ${port} 已被占用：用 PORT=3001 npm run demo 换一个端口。`);
      process.exit(2);
    }
    throw e;
  });
  console.log(`案例报告助手演示（Word 由测试替身代替，改动只在内存中）：`);
  for (const name of SAMPLE_NAMES) console.log(`  ${server.url}/demo.html?doc=${name}`);
  console.log("按 Ctrl+C 停止。");
}

if (require.main === module) {
  void main();
}
