/**
 * @fileoverview webpack 5 configuration of the task pane, on the yo office
 * (Office-Addin-TaskPane-React) conventions: an async config; HTML pages from templates that load
 * office.js from Microsoft's CDN before the bundle; assets and manifest*.xml copied to dist/ — in
 * production only when `ADDIN_PROD_URL` is set, with every dev URL rewritten to it, `<Version>`
 * from package.json, and the result validated (scripts/manifest.js, scripts/validate-manifest.js);
 * an HTTPS dev server on port 3000 come from office-addin-dev-certs — asked for only by
 * `webpack serve`, so `npm run build` needs no certificates and works when that optional package is absent.
 *
 * Targets every webview that runs a WordApi 1.3 add-in except IE 11: WebView2 / Edge Chromium,
 * Safari WKWebView, and EdgeHTML 18 (Office 2019 volume licensed on Windows 10 ≥ 1903). So the
 * emitted JavaScript is ES2017: ts-loader lowers our code, esbuild-loader lowers node_modules
 * (Fluent UI v9 ships ES2020 and some ES2022), webpack's own runtime is generated for ES2017, and
 * src/polyfills/edge18.ts (an entry of its own, loaded by src/taskpane/polyfill-loader.js only where a
 * built-in is missing) adds the built-ins EdgeHTML 18 lacks. IE 11 gets a
 * message from an ES5 script (src/taskpane/legacy-browser.js) instead of a blank pane. `npm run
 * test:e2e` checks the syntax level of dist/*.js (scripts/check-bundle-syntax.js). Sizes per asset:
 * `node scripts/bundle-size.js` after a build.
 *
 * Every page gets the Content-Security-Policy of scripts/csp.js as its first meta tag (template
 * parameter `csp`), and has no inline script: the ES5 scripts are copied files. The development
 * server sends the same policy as a header, with `Access-Control-Allow-Origin: *` — development
 * only (`webpack serve` in development mode); the production build sets no header.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

/**
 * What the emitted JavaScript must parse and run in: EdgeHTML 18 (no ?., ??, class fields, object
 * spread, async iteration, ES2018 regex syntax). "es2017" bounds the syntax; "edge18" adds esbuild's
 * knowledge of that engine. Keep in step with ECMA_VERSION in scripts/check-bundle-syntax.js.
 */
const ESBUILD_TARGET = ["es2017", "edge18"];

const { BannerPlugin, Compilation } = require("webpack");
const { manifestVersion, prodBase, rewriteManifest } = require("./scripts/manifest");
const { validateManifest } = require("./scripts/validate-manifest");
const { PANE_CSP, devServerHeaders } = require("./scripts/csp");
const pkg = require("./package.json");

/**
 * Griffel's build-time transform (production): every `makeStyles` / `makeResetStyles` of the
 * task pane (imported from @fluentui/react-components) becomes the `__styles` / `__resetStyles`
 * call Fluent UI's own packages ship — its atomic class names and CSS rules computed here, so the
 * pane does not resolve them (style objects → hashes → CSS through stylis) on the page's thread
 * before the first checklist (issue 9). The extraction loader below then moves those rules, and
 * Fluent UI's, into the page's stylesheet. Runs on ts-loader's output (ES2017 JavaScript), so Babel parses plain JavaScript; files without
 * either call are passed through untouched (the loader's own check).
 */
const GRIFFEL_AOT = {
  loader: "@griffel/webpack-loader",
  options: {
    modules: [
      {
        moduleSource: "@fluentui/react-components",
        importName: "makeStyles",
        resetImportName: "makeResetStyles",
      },
    ],
  },
};

/** V8's magic comment asking for every function of a script to be compiled eagerly. */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad";
/** After terser (PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE), before SourceMapDevToolPlugin (DEV_TOOLING). */
const COMPILE_HINT_STAGE = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 50;

/**
 * The production base URL: `ADDIN_PROD_URL` from the environment, or `--env ADDIN_PROD_URL=…`
 * (which also works in Windows' cmd). Null when neither is set: the bundle is built and the
 * manifest withheld (see ManifestPlugin) — a manifest that points at localhost or a placeholder
 * host must never reach an IT department.
 */
function prodUrl(env) {
  return prodBase(env.ADDIN_PROD_URL ?? process.env.ADDIN_PROD_URL);
}

/**
 * Production only: without a base URL, says (as a webpack warning) that dist/manifest.xml was not
 * written and how to get it; with one, checks the emitted dist/manifest.xml with
 * scripts/validate-manifest.js (every URL under the base, every page and icon present in dist/
 * at its size, the schema's structure) and fails the build on any problem. `demo`: the build of
 * `npm run demo` (`--env demo`), which serves the pane without Word and needs no manifest: no
 * warning then.
 */
class ManifestPlugin {
  constructor(base, { demo = false } = {}) {
    this.base = base;
    this.demo = demo;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ManifestPlugin", (compilation) => {
      const { WebpackError } = compiler.webpack;
      if (!this.base && this.demo) return;
      if (!this.base) {
        compilation.warnings.push(
          new WebpackError(
            "未设置 ADDIN_PROD_URL：dist/ 里的任务窗格已构建，但没有生成 manifest.xml（清单必须写明加载项部署的 HTTPS 地址）。" +
              "部署用：ADDIN_PROD_URL=https://你的主机/路径/ npm run build（或 npm run build -- --env ADDIN_PROD_URL=https://你的主机/路径/）。\n" +
              "ADDIN_PROD_URL is not set: the pane was built but dist/manifest.xml was not written. " +
              "Set ADDIN_PROD_URL=https://your.host/path/ to build a deployable manifest."
          )
        );
        return;
      }
      const out = compilation.outputOptions.path;
      for (const name of Object.keys(compilation.assets).filter((n) =>
        /^manifest.*\.xml$/.test(n)
      )) {
        const xml = require("fs").readFileSync(path.join(out, name), "utf8");
        const { problems } = validateManifest(xml, {
          mode: "production",
          base: this.base,
          filesDir: out,
          version: manifestVersion(pkg.version),
        });
        for (const p of problems) compilation.errors.push(new WebpackError(`dist/${name}: ${p}`));
      }
    });
  }
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs (an optional dependency: it may
 * be missing on Linux). Without it, webpack-dev-server's self-signed certificate is used, which
 * Office will not trust until it is accepted by hand.
 */
async function devHttpsServer() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    console.warn(
      "[webpack] office-addin-dev-certs is not installed: serving with a self-signed certificate. " +
        "Install it (npm i -D office-addin-dev-certs) and run `npx office-addin-dev-certs install`."
    );
    return { type: "https" };
  }
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    // Installing the CA needs sudo on Linux (and an interactive prompt on macOS): when it fails,
    // still serve, with a self-signed certificate the writer accepts once in the browser.
    console.warn(
      "[webpack] The Office add-in development certificate could not be installed (" +
        String((e && e.message) || e).split("\n")[0] +
        "): serving with a self-signed certificate. Open https://localhost:3000/taskpane.html once " +
        "and accept it, or run `npx office-addin-dev-certs install` with administrator rights."
    );
    return { type: "https" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const base = dev ? null : prodUrl(env);

  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: "source-map",
    // webpack's runtime and module wrappers: ES2017 (no ?. or globalThis in the runtime).
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // EdgeHTML 18's missing built-ins: a bundle of their own, fetched and run before the pane's
      // only where one is missing (src/taskpane/polyfill-loader.js; src/polyfills/edge18.ts).
      polyfills: "./src/polyfills/edge18.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        ...(dev
          ? []
          : [
              {
                // Production: every Griffel rule (ours after GRIFFEL_AOT, Fluent UI's shipped
                // already transformed) leaves the JavaScript for one stylesheet the page links
                // (griffel.[hash].css, in taskpane.html's head tags; Griffel sorts its rules).
                // The pane no longer computes and inserts ~500 rules while it first renders
                // (issue 9: 7 ms less main-thread CPU to the first checklist, median of 12 paired
                // loads); the page looks the same (full-page screenshots byte-identical). Runs
                // after the other loaders ("post").
                test: /\.(m?js|tsx?)$/,
                include: [path.resolve(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
                enforce: "post",
                use: { loader: GriffelCSSExtractionPlugin.loader },
              },
              { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
            ]),
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader, then Griffel's (production; it acts only on files
          // that call makeStyles / makeResetStyles, all in src/taskpane).
          use: [
            ...(dev ? [] : [GRIFFEL_AOT]),
            {
              loader: "ts-loader",
              options: {
                // Types are checked by `npm run typecheck`; the build only transpiles (isolatedModules).
                transpileOnly: true,
                // ES modules so webpack can tree-shake Fluent UI and the icons; ES2017 syntax for
                // EdgeHTML 18 (TypeScript lowers ?., ??, class fields… with exact source maps).
                compilerOptions: { module: "es2020", target: "es2017", sourceMap: true },
              },
            },
          ],
        },
        {
          // Dependencies ship ES2020+ (Fluent UI v9, Griffel, tabster, fflate…): lower their syntax
          // to ES2017 too. esbuild only transforms syntax; built-ins come from the polyfill entry.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          use: {
            loader: "esbuild-loader",
            options: { loader: "js", target: ESBUILD_TARGET },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            // The pane's initial chunks only: the ResizeObserver polyfill stays in its own async
            // chunk, fetched only by webviews without ResizeObserver, and core-js stays in the
            // polyfills bundle, fetched only by EdgeHTML 18.
            chunks: (chunk) => chunk.name === "taskpane",
          },
          // xmldom and our DOM helpers: only the write, export and saved-state chunks parse XML
          // into a DOM (the first load reads with src/ooxml/parse-xml.ts); one chunk they share.
          xml: {
            test: /[\\/]node_modules[\\/]@xmldom[\\/]|[\\/]src[\\/]ooxml[\\/]xml\.ts$/,
            name: "xml",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    performance: {
      // React + Fluent UI v9 minified is ~450 KiB; the pane is loaded once per session from a
      // local or CDN origin. Warn when the whole entry grows past what that justifies. The ES2017
      // lowering and the EdgeHTML 18 polyfills add ~80 KiB (~20 KiB gzip) to the entry.
      hints: dev ? false : "warning",
      maxAssetSize: 800 * 1024,
      maxEntrypointSize: 1100 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    plugins: [
      ...(dev
        ? []
        : [
            // Griffel sorts its rules itself (its plugin); the chunks' import order does not matter.
            new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", ignoreOrder: true }),
            new GriffelCSSExtractionPlugin(),
          ]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        // The template places the deferred bundle tags itself, before office.js (see there).
        inject: false,
        // `polyfills`: the polyfills bundle's file name, for polyfill-loader.js's data-polyfills.
        // `htmlWebpackPlugin.tags`: the bundle's tags, placed by the template.
        templateParameters: (compilation, assets, assetTags, options) => {
          const chunk = compilation.namedChunks.get("polyfills");
          const file = chunk ? [...chunk.files].find((f) => f.endsWith(".js")) : undefined;
          if (!file) throw new Error("webpack: the polyfills entry emitted no .js file");
          return {
            csp: PANE_CSP,
            polyfills: file,
            htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          };
        },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: [],
        templateParameters: { csp: PANE_CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
        templateParameters: { csp: PANE_CSP },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // ES5 scripts of the pages, as they are (not bundled: they must run where the bundle
          // cannot, and a page's policy allows no inline script).
          { from: "src/taskpane/legacy-browser.js", to: "legacy-browser.js" },
          { from: "src/taskpane/polyfill-loader.js", to: "polyfill-loader.js" },
          { from: "src/commands/commands.js", to: "commands.js" },
          // Development: manifest.xml as it is (dev server URLs). Production: only with a base
          // URL, rewritten to it, <Version> from package.json.
          ...(dev || base
            ? [
                {
                  from: "manifest*.xml",
                  to: "[name][ext]",
                  transform(content) {
                    if (dev) return content;
                    return rewriteManifest(content.toString(), base, manifestVersion(pkg.version));
                  },
                },
              ]
            : []),
        ],
      }),
      ...(dev ? [] : [new ManifestPlugin(base, { demo: Boolean(env.demo) })]),
      // V8's explicit compile hint (Chromium ≥ 136, so WebView2): the first line of the pane's
      // first-load scripts. Every function of the file is compiled eagerly while the script
      // streams in, on V8's background thread, instead of lazily on the page's thread the first
      // time each module and component runs (issue 9: the first checklist). Other engines read a
      // comment. After minification (terser would drop it), before the source maps are made (the
      // maps account for the extra line). Lazy chunks keep lazy compilation: most of their code
      // never runs in a session.
      new BannerPlugin({
        banner: COMPILE_HINT,
        raw: true,
        entryOnly: true,
        test: /^(vendor|taskpane)\.([0-9a-f]{8}\.)?js$/,
        stage: COMPILE_HINT_STAGE,
      }),
    ],
    devServer: serving
      ? {
          hot: true,
          // The CSP, and Access-Control-Allow-Origin: * for sideloading — development only.
          headers: dev ? devServerHeaders() : { "Content-Security-Policy": PANE_CSP },
          server: await devHttpsServer(),
          port: Number(process.env.npm_package_config_dev_server_port) || 3000,
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.COMPILE_HINT = COMPILE_HINT;
