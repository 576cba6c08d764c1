/**
 * @fileoverview The production manifest: where the add-in is served from (`ADDIN_PROD_URL`), the
 * manifest `<Version>` derived from package.json, and the rewrite of manifest.xml's dev URLs
 * (https://localhost:3000/) to that base. Used by webpack.config.js when it copies manifest.xml
 * into dist/, by scripts/validate-manifest.js and by the tests, so the rule is written once.
 * Plain CommonJS: webpack's config and `node` load it without a compile step.
 */
"use strict";

/** The base URL every URL of manifest.xml in the repository uses (the dev server). */
const URL_DEV = "https://localhost:3000/";

/** Host names that only reach the machine itself: never in a manifest for other people. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The production base URL from `ADDIN_PROD_URL` (or webpack's `--env ADDIN_PROD_URL=…`), with a
 * trailing slash: every file of dist/ is served under it.
 * @param {string | undefined} raw the variable's value
 * @returns {string | null} the base URL, or null when the variable is not set (or blank)
 * @throws Error with a message that says what to set when the value is not an https:// URL of a
 *   host others can reach (no localhost), or carries a query or fragment
 */
function prodBase(raw) {
  if (raw === undefined || raw.trim() === "") return null;
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(
      `ADDIN_PROD_URL=${raw} 不是网址。请写成 https://主机/路径/，例如 https://addin.example.org/case-report/ 。`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PROD_URL 必须以 https:// 开头（Office 只从 HTTPS 加载加载项）：${raw}`);
  }
  if (LOOPBACK.test(url.hostname)) {
    throw new Error(
      `ADDIN_PROD_URL 指向本机（${url.hostname}），别人的 Word 打不开。请写部署用的 HTTPS 地址。`
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PROD_URL 不能带 ? 或 # 部分：${raw}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest `<Version>` of a package.json version: four parts "major.minor.patch.0", each of
 * 1–5 digits as the manifest schema's Version type requires ([MS-OWEMXML] 2.3.8).
 * @param {string} semver package.json's "version", e.g. "0.1.0"
 * @returns {string} e.g. "0.1.0.0"
 * @throws Error when the version is not plain major.minor.patch (a pre-release such as
 *   "1.0.0-beta.1" has no four-part equivalent that Office would order correctly)
 */
function manifestVersion(semver) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(semver).trim());
  if (!m) {
    throw new Error(
      `package.json 的 version "${semver}" 不能写进清单：清单版本只能是数字（如 1.2.3 → 1.2.3.0），每段不超过 5 位。`
    );
  }
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

/**
 * Rewrites a manifest written for the dev server: every `https://localhost:3000/…` URL to the
 * same path under `base`, the bare dev origin (AppDomain) to base's origin, and `<Version>` to
 * `version`; the comments written for developers (which talk about the dev server) are replaced
 * by one that says where and from what version the file was built.
 * @param {string} xml manifest.xml as text
 * @param {string} base production base URL with a trailing slash (from {@link prodBase})
 * @param {string} [version] four-part manifest version; left as it is when omitted
 * @returns {string} the production manifest
 */
function rewriteManifest(xml, base, version) {
  const origin = new URL(base).origin;
  let out = xml.replace(/<!--[\s\S]*?-->\s*/g, "");
  out = out.replace(
    /(<\?xml[^>]*\?>\s*)/,
    `$1<!-- 案例报告助手${version ? ` ${version}` : ""}: built by \`npm run build\` for ${base} -->\n`
  );
  out = out.split(URL_DEV).join(base).split(URL_DEV.slice(0, -1)).join(origin);
  if (version !== undefined) {
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  return out;
}

module.exports = { URL_DEV, LOOPBACK, prodBase, manifestVersion, rewriteManifest };

/**
 * `node scripts/manifest.js --sync-version`: writes package.json's version (four-part) into
 * manifest.xml's `<Version>`. Run by npm's `version` lifecycle script, so `npm version minor`
 * bumps both together (Office updates an installed add-in only when the manifest version grows).
 */
if (require.main === module && process.argv.includes("--sync-version")) {
  const fs = require("fs");
  const path = require("path");
  const root = path.resolve(__dirname, "..");
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const file = path.join(root, "manifest.xml");
  const version = manifestVersion(pkg.version);
  const xml = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`));
  process.stdout.write(`manifest.xml <Version>${version}</Version>\n`);
}
