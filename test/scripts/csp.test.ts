/**
 * @fileoverview The pages' Content-Security-Policy as webpack.config.js uses it: every HTML page is
 * built with the policy of scripts/csp.js as its template parameter; the development server sends
 * the policy and `Access-Control-Allow-Origin: *`, a production `webpack serve` only the policy,
 * and a production build has no server at all (static files set no header). The built pages
 * themselves are checked in test/e2e/csp.e2e.test.ts.
 */
jest.mock(
  "office-addin-dev-certs",
  () => ({
    getHttpsServerOptions: () => Promise.reject(new Error("no certificates in tests")),
  }),
  { virtual: true }
);

interface HtmlPlugin {
  userOptions?: {
    filename?: string;
    templateParameters?: { csp?: string } | ((compilation: unknown) => { csp?: string });
  };
}
interface Config {
  plugins: HtmlPlugin[];
  devServer?: { headers?: Record<string, string> };
}

const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<Config>;
const { PANE_CSP } = require("../../scripts/csp") as { PANE_CSP: string };

beforeAll(() => {
  jest.spyOn(console, "warn").mockImplementation(() => {});
});

describe("webpack.config.js and the policy", () => {
  it("builds every page with the policy", async () => {
    const config = await makeConfig({}, { mode: "production" });
    const pages = config.plugins
      .map((p) => p.userOptions)
      .filter((o): o is NonNullable<HtmlPlugin["userOptions"]> => !!o?.filename?.endsWith(".html"));
    expect(pages.map((o) => o.filename).sort()).toEqual([
      "commands.html",
      "support.html",
      "taskpane.html",
    ]);
    // taskpane.html's parameters are computed from the compilation (the polyfills bundle's name).
    const compilation = {
      namedChunks: new Map([["polyfills", { files: new Set(["polyfills.0a1b2c3d.js"]) }]]),
    };
    for (const o of pages) {
      const params =
        typeof o.templateParameters === "function"
          ? o.templateParameters(compilation)
          : o.templateParameters;
      expect([o.filename, params?.csp]).toEqual([o.filename, PANE_CSP]);
    }
  });

  it("sends Access-Control-Allow-Origin: * from the development server only", async () => {
    const dev = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(dev.devServer?.headers).toEqual({
      "Access-Control-Allow-Origin": "*",
      "Content-Security-Policy": PANE_CSP,
    });
    const prodServe = await makeConfig({ WEBPACK_SERVE: true }, { mode: "production" });
    expect(prodServe.devServer?.headers).toEqual({ "Content-Security-Policy": PANE_CSP });
    const build = await makeConfig({}, { mode: "production" });
    expect(build.devServer).toBeUndefined();
  });
});
