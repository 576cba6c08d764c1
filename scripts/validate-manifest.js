#!/usr/bin/env node
/**
 * @fileoverview Checks an add-in manifest without the network (`npm run validate`): the
 * structure Microsoft's manifest schema requires, and what this add-in needs to install.
 *
 * Why not Microsoft's tools: `office-addin-manifest validate` ships no schema; it POSTs the file
 * to an online validation service (Office-Addin-Scripts, packages/office-addin-manifest/src/
 * validate.ts). The XSDs are published in the open specification [MS-OWEMXML] §5 ("Full XML
 * Schema": appforoffice/1.1 §5.2, officeappbasictypes/1.0 §5.6, taskpaneappversionoverrides
 * §5.7), whose notice allows redistributing its schemas; but only fragments of those pages could
 * be read from this project's sources, so the rules below are taken from them by hand, each
 * naming its section:
 *
 * - OfficeApp's children in schema order, required ones present (§2.2.1 OfficeApp + the
 *   TaskPaneApp extension: Id, AlternateId?, Version, ProviderName, DefaultLocale, DisplayName,
 *   Description, IconUrl?, HighResolutionIconUrl?, SupportUrl?, AppDomains?, Hosts?,
 *   Requirements?, DefaultSettings, Permissions, Dictionary?, VersionOverrides?); likewise inside
 *   VersionOverrides, the Word host's DesktopFormFactor and Resources.
 * - Id a UUID; Version 1–4 dotted numbers of ≤ 5 digits (and equal to package.json's, four-part);
 *   DefaultLocale and every Override Locale a culture name; ShortString ≤ 125, LongString ≤ 250
 *   characters, URLs ≤ 2048; resource ids ≤ 32 characters, unique, every resid defined.
 * - This add-in: xsi:type TaskPaneApp, Host "Document" (Word), Permissions ReadWriteDocument
 *   (the pane reads and rewrites the whole document), WordApi with the minimum the pane checks at
 *   start (src/word/boot.ts).
 * - Every URL https. For production: none on a loopback host, every URL under one base (the
 *   directory of SourceLocation, or the expected base given), AppDomain equal to its origin, and
 *   every URL's file present in the folder to deploy. For the repository's manifest: every URL on
 *   the dev server https://localhost:3000/.
 * - Every icon a readable image (image-size reads its header) of the size it is declared at:
 *   IconUrl 32 × 32 and HighResolutionIconUrl 64 × 64 for a task pane add-in (learn.microsoft.com
 *   manifest reference, IconUrl / HighResolutionIconUrl), each bt:Image at the `size` of every
 *   Icon that references it.
 *
 * Usage: `node scripts/validate-manifest.js [manifest.xml …]` — without arguments, manifest.xml
 * (dev rules, icons from assets/) and dist/manifest.xml (production rules, files from dist/).
 * `ADDIN_PROD_URL` (or `--base URL`) also requires dist/manifest.xml to use exactly that base.
 * Exit status 0 when every manifest passes, 1 otherwise.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { imageSize } = require("image-size");
const { URL_DEV, LOOPBACK, manifestVersion, prodBase } = require("./manifest");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** The WordApi minimum of the pane (src/word/boot.ts checks the same; a test keeps them equal). */
const WORD_API_MINIMUM = "1.3";

/** [MS-OWEMXML] simple types (OfficeAppBasicTypes / OfficeAppManifest 1.1). */
const PATTERN = {
  UUID: /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/,
  Version: /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/,
  ShortVersion: /^[0-9]{1,5}\.[0-9]{1,5}$/,
  CultureName:
    /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/,
};
const MAX = { short: 125, long: 250, url: 2048, resid: 32 };

/**
 * Schema sequences: [namespace key, local name, minOccurs, maxOccurs]. OfficeApp = the abstract
 * OfficeApp type followed by the TaskPaneApp extension ([MS-OWEMXML] §2.2.1, §5.2).
 */
const SEQUENCES = {
  OfficeApp: [
    ["app", "Id", 1, 1],
    ["app", "AlternateId", 0, 1],
    ["app", "Version", 1, 1],
    ["app", "ProviderName", 1, 1],
    ["app", "DefaultLocale", 1, 1],
    ["app", "DisplayName", 1, 1],
    ["app", "Description", 1, 1],
    ["app", "IconUrl", 0, 1],
    ["app", "HighResolutionIconUrl", 0, 1],
    ["app", "SupportUrl", 0, 1],
    ["app", "AppDomains", 0, 1],
    ["app", "Hosts", 0, 1],
    ["app", "Requirements", 0, 1],
    ["app", "DefaultSettings", 1, 1],
    ["app", "Permissions", 1, 1],
    ["app", "Dictionary", 0, 1],
    ["ov", "VersionOverrides", 0, 1],
  ],
  // taskpaneappversionoverrides VersionOverridesV1_0 (§5.7).
  VersionOverrides: [
    ["ov", "Description", 0, 1],
    ["ov", "Requirements", 0, 1],
    ["ov", "Hosts", 1, 1],
    ["ov", "Resources", 0, 1],
    ["ov", "WebApplicationInfo", 0, 1],
    ["ov", "EquivalentAddins", 0, 1],
  ],
  DesktopFormFactor: [
    ["ov", "GetStarted", 0, 1],
    ["ov", "FunctionFile", 1, 1],
    ["ov", "ExtensionPoint", 1, Infinity],
  ],
  // bt:Resources (§5.6).
  Resources: [
    ["bt", "Images", 0, 1],
    ["bt", "Urls", 0, 1],
    ["bt", "ShortStrings", 0, 1],
    ["bt", "LongStrings", 0, 1],
  ],
};

function elements(parent) {
  const out = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n);
  return out;
}

function descendants(root, ns, name) {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

/** Checks `parent`'s element children against a schema sequence; pushes problems. */
function checkSequence(parent, sequence, label, problems) {
  const counts = sequence.map(() => 0);
  let at = 0;
  for (const child of elements(parent)) {
    const i = sequence.findIndex(
      ([ns, name]) => NS[ns] === child.namespaceURI && name === child.localName
    );
    if (i < 0) {
      problems.push(`${label}：不认识的元素 <${child.tagName}>（架构里没有它）`);
      continue;
    }
    if (i < at) {
      const expected = sequence.map(([, name]) => name).join(", ");
      problems.push(`${label}：<${child.localName}> 的位置不对，架构要求的顺序是 ${expected}`);
    }
    at = Math.max(at, i);
    counts[i] += 1;
    if (counts[i] > sequence[i][3])
      problems.push(`${label}：<${child.localName}> 出现了 ${counts[i]} 次`);
  }
  sequence.forEach(([, name, min], i) => {
    if (counts[i] < min) problems.push(`${label}：缺少必需的 <${name}>`);
  });
}

function textOf(el) {
  return el ? (el.textContent || "").trim() : "";
}

/** Checks a locale-aware setting (DefaultValue + Override Locale/Value) against a length limit. */
function checkSetting(el, max, label, problems) {
  const value = el.getAttribute("DefaultValue");
  if (!value) problems.push(`${label}：缺少 DefaultValue`);
  else if (value.length > max) problems.push(`${label}：${value.length} 个字符，超过 ${max}`);
  for (const o of elements(el)) {
    const loc = o.getAttribute("Locale") || "";
    if (!PATTERN.CultureName.test(loc))
      problems.push(`${label}：Override 的 Locale "${loc}" 不是语言代码`);
    const v = o.getAttribute("Value") || "";
    if (!v || v.length > max) problems.push(`${label}（${loc}）：Value 为空或超过 ${max} 个字符`);
  }
}

/**
 * Validates a manifest's text.
 * @param {string} xml the manifest
 * @param {{ mode: "dev" | "production", base?: string, filesDir?: string, version?: string,
 *   minWordApi?: string }} options `mode` dev: every URL on https://localhost:3000/; production:
 *   every URL under `base` (default: SourceLocation's directory), none on a loopback host.
 *   `filesDir`: the folder a URL's path (relative to the base) resolves in — icons are read from
 *   it (both modes), pages must exist in it (production). `version`: the expected `<Version>`.
 * @returns {{ problems: string[], base: string | null, urls: string[],
 *   icons: { url: string, file: string, size: number }[] }} no problems means valid
 */
function validateManifest(xml, options) {
  const problems = [];
  const result = { problems, base: null, urls: [], icons: [] };
  const parseErrors = [];
  let doc = null;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") parseErrors.push(String(msg).split("\n")[0]);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    parseErrors.push(String((e && e.message) || e).split("\n")[0]); // xmldom throws on fatal errors
  }
  if (parseErrors.length > 0 || !doc || !doc.documentElement) {
    problems.push(`不是格式正确的 XML：${parseErrors[0] || "无法解析"}`);
    return result;
  }
  if (options.mode === "production" && /localhost|127\.0\.0\.1/i.test(xml)) {
    problems.push("生产清单里仍出现 localhost / 127.0.0.1（开发服务器的地址）");
  }
  const app = doc.documentElement;
  if (app.namespaceURI !== NS.app || app.localName !== "OfficeApp") {
    problems.push(`根元素应是 ${NS.app} 命名空间里的 <OfficeApp>，实际是 <${app.tagName}>`);
    return result;
  }
  if (app.getAttributeNS(NS.xsi, "type") !== "TaskPaneApp") {
    problems.push('OfficeApp 的 xsi:type 应是 "TaskPaneApp"（任务窗格加载项）');
  }
  checkSequence(app, SEQUENCES.OfficeApp, "OfficeApp", problems);
  const child = (name) =>
    elements(app).find((e) => e.namespaceURI === NS.app && e.localName === name);

  // Identity and version.
  const id = textOf(child("Id"));
  if (!PATTERN.UUID.test(id)) problems.push(`Id "${id}" 不是 GUID`);
  const version = textOf(child("Version"));
  if (!PATTERN.Version.test(version))
    problems.push(`Version "${version}" 不是 1–4 段数字（每段不超过 5 位）`);
  if (options.version !== undefined && version !== options.version) {
    problems.push(`Version 是 ${version}，应与 package.json 一致：${options.version}`);
  }
  const provider = textOf(child("ProviderName"));
  if (!provider || provider.length > MAX.short) problems.push("ProviderName 为空或超过 125 个字符");
  const locale = textOf(child("DefaultLocale"));
  if (!PATTERN.CultureName.test(locale)) problems.push(`DefaultLocale "${locale}" 不是语言代码`);
  if (child("DisplayName")) checkSetting(child("DisplayName"), MAX.short, "DisplayName", problems);
  if (child("Description")) checkSetting(child("Description"), MAX.long, "Description", problems);

  // Word, permissions, requirement sets.
  const hosts = descendants(app, NS.app, "Host").map((h) => h.getAttribute("Name"));
  if (hosts.length !== 1 || hosts[0] !== "Document") {
    problems.push(`Hosts 应只有 Word（Host Name="Document"），实际：${hosts.join(", ") || "无"}`);
  }
  const permissions = textOf(child("Permissions"));
  if (permissions !== "ReadWriteDocument") {
    problems.push(`Permissions 应是 ReadWriteDocument（读写整篇文档），实际是 "${permissions}"`);
  }
  const sets = child("Requirements")
    ? descendants(child("Requirements"), NS.app, "Sets")[0]
    : undefined;
  const defaultMin = sets ? sets.getAttribute("DefaultMinVersion") || "1.1" : "1.1";
  if (sets && !PATTERN.ShortVersion.test(defaultMin))
    problems.push(`Sets DefaultMinVersion "${defaultMin}" 格式不对`);
  const wordApi = sets
    ? descendants(sets, NS.app, "Set").find((s) => s.getAttribute("Name") === "WordApi")
    : undefined;
  const wantMin = options.minWordApi || WORD_API_MINIMUM;
  if (!wordApi) {
    problems.push(
      `Requirements 里没有声明 WordApi（应为 <Set Name="WordApi" MinVersion="${wantMin}"/>）`
    );
  } else {
    const min = wordApi.getAttribute("MinVersion") || defaultMin;
    if (!PATTERN.ShortVersion.test(min)) problems.push(`WordApi MinVersion "${min}" 格式不对`);
    else if (min !== wantMin)
      problems.push(`WordApi MinVersion 是 ${min}，任务窗格按 ${wantMin} 检查，两者应一致`);
  }

  // VersionOverrides: order, resource ids, strings.
  const overrides = elements(app).find(
    (e) => e.namespaceURI === NS.ov && e.localName === "VersionOverrides"
  );
  const resources = new Map(); // id → { kind, el }
  if (overrides) {
    if (overrides.getAttributeNS(NS.xsi, "type") !== "VersionOverridesV1_0") {
      problems.push('VersionOverrides 的 xsi:type 应是 "VersionOverridesV1_0"');
    }
    checkSequence(overrides, SEQUENCES.VersionOverrides, "VersionOverrides", problems);
    for (const dff of descendants(overrides, NS.ov, "DesktopFormFactor")) {
      checkSequence(dff, SEQUENCES.DesktopFormFactor, "DesktopFormFactor", problems);
    }
    const res = elements(overrides).find((e) => e.localName === "Resources");
    if (res) {
      checkSequence(res, SEQUENCES.Resources, "Resources", problems);
      const kinds = [
        ["Images", "Image", MAX.url],
        ["Urls", "Url", MAX.url],
        ["ShortStrings", "String", MAX.short],
        ["LongStrings", "String", MAX.long],
      ];
      for (const [group, item, max] of kinds) {
        for (const g of descendants(res, NS.bt, group)) {
          for (const el of elements(g).filter((e) => e.localName === item)) {
            const rid = el.getAttribute("id") || "";
            if (!rid || rid.length > MAX.resid)
              problems.push(`资源 id "${rid}" 为空或超过 ${MAX.resid} 个字符`);
            if (resources.has(rid)) problems.push(`资源 id "${rid}" 重复`);
            resources.set(rid, { kind: group, el });
            checkSetting(el, max, `资源 ${rid}`, problems);
          }
        }
      }
    }
    for (const el of Array.from(overrides.getElementsByTagName("*"))) {
      const rid = el.getAttribute("resid");
      if (rid === null || rid === "") continue;
      if (rid.length > MAX.resid) problems.push(`resid "${rid}" 超过 ${MAX.resid} 个字符`);
      if (!resources.has(rid)) problems.push(`<${el.localName} resid="${rid}"> 引用的资源没有定义`);
    }
  }

  // Every URL.
  const urlEntries = []; // { where, url, kind: "page" | "image" | "domain" }
  const settingUrls = (el, where, kind) => {
    if (!el) return;
    if (el.getAttribute("DefaultValue"))
      urlEntries.push({ where, url: el.getAttribute("DefaultValue"), kind });
    for (const o of elements(el))
      if (o.getAttribute("Value")) urlEntries.push({ where, url: o.getAttribute("Value"), kind });
  };
  settingUrls(child("IconUrl"), "IconUrl", "image");
  settingUrls(child("HighResolutionIconUrl"), "HighResolutionIconUrl", "image");
  settingUrls(child("SupportUrl"), "SupportUrl", "page");
  for (const s of descendants(app, NS.app, "SourceLocation"))
    settingUrls(s, "SourceLocation", "page");
  for (const [rid, { kind, el }] of resources) {
    if (kind === "Images") settingUrls(el, `bt:Image ${rid}`, "image");
    if (kind === "Urls") settingUrls(el, `bt:Url ${rid}`, "page");
  }
  for (const d of descendants(app, NS.app, "AppDomain"))
    urlEntries.push({ where: "AppDomain", url: textOf(d), kind: "domain" });
  result.urls = urlEntries.map((e) => e.url);

  const source = descendants(app, NS.app, "SourceLocation")[0];
  const sourceUrl = source ? source.getAttribute("DefaultValue") || "" : "";
  let base = null;
  if (options.mode === "dev") base = URL_DEV;
  else if (options.base) base = options.base;
  else if (/^https:\/\/[^?#]+\/[^/?#]*$/.test(sourceUrl)) base = sourceUrl.replace(/[^/]*$/, "");
  result.base = base;
  if (options.mode === "production" && !base)
    problems.push("无法确定部署地址：SourceLocation 不是 https 网址");

  for (const { where, url, kind } of urlEntries) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}："${url}" 不是网址`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where}：${url} 不是 https`);
    if (url.length > MAX.url) problems.push(`${where}：网址超过 ${MAX.url} 个字符`);
    if (options.mode === "production" && LOOPBACK.test(parsed.hostname)) {
      problems.push(`${where}：${url} 指向本机（${parsed.hostname}），只能用于开发`);
    }
    if (!base) continue;
    if (kind === "domain") {
      if (url.replace(/\/$/, "") !== new URL(base).origin) {
        problems.push(`AppDomain ${url} 应是部署地址的源 ${new URL(base).origin}`);
      }
      continue;
    }
    if (!url.startsWith(base)) {
      problems.push(`${where}：${url} 不在部署地址 ${base} 之下`);
      continue;
    }
    if (!options.filesDir) continue;
    const rel = decodeURIComponent(parsed.pathname.slice(new URL(base).pathname.length));
    const file = path.join(options.filesDir, ...rel.split("/"));
    const needed = kind === "image" || options.mode === "production";
    if (needed && !(fs.existsSync(file) && fs.statSync(file).isFile())) {
      problems.push(
        `${where}：${url} 对应的文件 ${path.relative(process.cwd(), file) || file} 不存在`
      );
    }
  }

  // Icons at their declared sizes.
  const declared = []; // { where, url, size }
  const iconSize = { IconUrl: 32, HighResolutionIconUrl: 64 };
  for (const name of Object.keys(iconSize)) {
    const el = child(name);
    if (el && el.getAttribute("DefaultValue"))
      declared.push({ where: name, url: el.getAttribute("DefaultValue"), size: iconSize[name] });
  }
  if (overrides) {
    const sizesOf = new Map();
    for (const img of descendants(overrides, NS.bt, "Image")) {
      const rid = img.getAttribute("resid");
      if (!rid) continue;
      const size = Number(img.getAttribute("size"));
      if (!Number.isInteger(size) || size <= 0) {
        problems.push(`<bt:Image resid="${rid}"> 的 size "${img.getAttribute("size")}" 不是正整数`);
        continue;
      }
      if (!sizesOf.has(rid)) sizesOf.set(rid, new Set());
      sizesOf.get(rid).add(size);
    }
    for (const [rid, sizes] of sizesOf) {
      if (sizes.size > 1)
        problems.push(`图标资源 ${rid} 被按 ${[...sizes].join(" 和 ")} 两种尺寸引用`);
      const res = resources.get(rid);
      if (res && res.kind === "Images" && res.el.getAttribute("DefaultValue")) {
        declared.push({
          where: `bt:Image ${rid}`,
          url: res.el.getAttribute("DefaultValue"),
          size: [...sizes][0],
        });
      }
    }
  }
  for (const { where, url, size } of declared) {
    if (!base || !options.filesDir || !url.startsWith(base)) continue;
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    const file = path.join(options.filesDir, ...rel.split("/"));
    if (!fs.existsSync(file)) continue; // reported above
    let dims;
    try {
      dims = imageSize(fs.readFileSync(file));
    } catch (e) {
      problems.push(`${where}：${file} 不是可读的图片（${e.message}）`);
      continue;
    }
    result.icons.push({ url, file, size, width: dims.width, height: dims.height });
    if (dims.width !== size || dims.height !== size) {
      problems.push(
        `${where}：${path.basename(file)} 是 ${dims.width}×${dims.height}，声明的是 ${size}×${size}`
      );
    }
  }
  return result;
}

/** The four-part version of the package.json beside this script. */
function packageManifestVersion(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  return manifestVersion(pkg.version);
}

/**
 * Command line: validates the given manifests (or manifest.xml and dist/manifest.xml) and prints
 * one line per manifest and one per problem. Returns the exit status.
 */
function main(argv, out = process.stdout, err = process.stderr) {
  const root = path.resolve(__dirname, "..");
  const args = [...argv];
  let expectedBase = null;
  const b = args.indexOf("--base");
  try {
    if (b >= 0) {
      expectedBase = prodBase(args[b + 1]);
      args.splice(b, 2);
    } else {
      expectedBase = prodBase(process.env.ADDIN_PROD_URL);
    }
  } catch (e) {
    err.write(`${e.message}\n`);
    return 1;
  }
  const version = packageManifestVersion(root);
  const targets =
    args.length > 0
      ? args.map((a) => path.resolve(a))
      : [path.join(root, "manifest.xml"), path.join(root, "dist", "manifest.xml")];
  let failed = 0;
  for (const file of targets) {
    const rel = path.relative(process.cwd(), file) || file;
    const dev = path.resolve(file) === path.join(root, "manifest.xml");
    if (!fs.existsSync(file)) {
      err.write(
        dev || args.length > 0
          ? `✗ ${rel}：文件不存在\n`
          : `✗ ${rel} 不存在：先运行 ADDIN_PROD_URL=https://你的主机/路径/ npm run build（没有 ADDIN_PROD_URL 时构建不生成清单）\n`
      );
      failed += 1;
      continue;
    }
    const xml = fs.readFileSync(file, "utf8");
    const options = dev
      ? { mode: "dev", filesDir: root, version }
      : {
          mode: "production",
          filesDir: path.dirname(file),
          version,
          ...(expectedBase ? { base: expectedBase } : {}),
        };
    const { problems, base, urls, icons } = validateManifest(xml, options);
    if (problems.length === 0) {
      out.write(
        `✓ ${rel}（${dev ? "开发" : "生产"}，${urls.length} 个网址都在 ${base} 之下，${icons.length} 个图标尺寸正确，Version ${version}）\n`
      );
    } else {
      failed += 1;
      err.write(`✗ ${rel}：${problems.length} 个问题\n`);
      for (const p of problems) err.write(`  - ${p}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}

module.exports = { validateManifest, packageManifestVersion, main, WORD_API_MINIMUM, SEQUENCES };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
