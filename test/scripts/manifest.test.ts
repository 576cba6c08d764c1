/**
 * @fileoverview The manifest, checked without the network: manifest.xml (dev server URLs) and the
 * production manifest that `ADDIN_PROD_URL=… npm run build` writes (the same rewrite function
 * webpack.config.js calls), validated by scripts/validate-manifest.js — schema order, GUID and
 * version, ReadWriteDocument, the WordApi minimum the pane checks, HTTPS everywhere, every URL
 * under the production base and none on localhost, every icon present at its declared size — and
 * each rule shown able to fail. The production build itself is checked over dist/ by
 * `npm run test:e2e` (test/e2e/manifest.e2e.test.ts).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { WORD_API_MINIMUM } from "../../src/word/capabilities";

const root = path.join(__dirname, "..", "..");
const { manifestVersion, prodBase, rewriteManifest } = require(
  path.join(root, "scripts", "manifest.js")
) as {
  manifestVersion: (v: string) => string;
  prodBase: (raw: string | undefined) => string | null;
  rewriteManifest: (xml: string, base: string, version?: string) => string;
};
type Result = {
  problems: string[];
  base: string | null;
  urls: string[];
  icons: { url: string; file: string; size: number; width: number; height: number }[];
};
const validator = require(path.join(root, "scripts", "validate-manifest.js")) as {
  validateManifest: (xml: string, options: Record<string, unknown>) => Result;
  WORD_API_MINIMUM: string;
  main: (
    argv: string[],
    out: { write(s: string): void },
    err: { write(s: string): void }
  ) => number;
};
const { validateManifest } = validator;

const PROD = "https://addin.example.org/case-report/";
const devXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const pkgVersion = (
  JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    version: string;
  }
).version;
const version = manifestVersion(pkgVersion);
const prodXml = rewriteManifest(devXml, PROD, version);

/** A folder laid out as dist/ is: assets/*.png and the three pages. */
function fakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-dist-"));
  fs.mkdirSync(path.join(dir, "assets"));
  for (const f of fs.readdirSync(path.join(root, "assets"))) {
    fs.copyFileSync(path.join(root, "assets", f), path.join(dir, "assets", f));
  }
  for (const page of ["taskpane.html", "commands.html", "support.html"]) {
    fs.writeFileSync(path.join(dir, page), "<!doctype html>");
  }
  return dir;
}

const dist = fakeDist();
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

function prod(xml: string, extra: Record<string, unknown> = {}): string[] {
  return validateManifest(xml, {
    mode: "production",
    base: PROD,
    filesDir: dist,
    version,
    ...extra,
  }).problems;
}

describe("manifest.xml in the repository", () => {
  const r = validateManifest(devXml, { mode: "dev", filesDir: root, version });

  it("passes every rule, with every URL on the dev server and every icon at its size", () => {
    expect(r.problems).toEqual([]);
    expect(r.urls.length).toBeGreaterThanOrEqual(11);
    for (const u of r.urls) expect(u.startsWith("https://localhost:3000")).toBe(true);
    expect(r.icons.map((i) => [path.basename(i.file), i.size, i.width, i.height])).toEqual(
      expect.arrayContaining([
        ["icon-32.png", 32, 32, 32],
        ["icon-64.png", 64, 64, 64],
        ["icon-16.png", 16, 16, 16],
        ["icon-80.png", 80, 80, 80],
      ])
    );
  });

  it("carries package.json's version in four parts and the WordApi minimum the pane checks", () => {
    expect(devXml).toContain(`<Version>${version}</Version>`);
    expect(validator.WORD_API_MINIMUM).toBe(WORD_API_MINIMUM);
    expect(devXml).toContain(`<Set Name="WordApi" MinVersion="${WORD_API_MINIMUM}"/>`);
  });

  it("has a ShowTaskpane button on TabHome and Chinese strings, each with an en-US override", () => {
    expect(devXml).toMatch(/<OfficeTab id="TabHome">/);
    expect(devXml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(devXml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    const strings = [
      ...devXml.matchAll(
        /<bt:String id="[^"]+" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US"/g
      ),
    ];
    expect(strings.length).toBe(5);
    for (const m of strings) expect(m[1]).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the production manifest (ADDIN_PROD_URL)", () => {
  it("puts every URL under the production base, the AppDomain on its origin, no localhost", () => {
    const r = validateManifest(prodXml, {
      mode: "production",
      base: PROD,
      filesDir: dist,
      version,
    });
    expect(r.problems).toEqual([]);
    expect(prodXml).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(r.urls.length).toBe(11);
    for (const u of r.urls) {
      if (u.endsWith(".org")) expect(u).toBe("https://addin.example.org");
      else expect(u.startsWith(PROD)).toBe(true);
    }
    expect(prodXml).toContain(`<SourceLocation DefaultValue="${PROD}taskpane.html"/>`);
    expect(prodXml).toContain(`<bt:Url id="Commands.Url" DefaultValue="${PROD}commands.html"/>`);
    expect(prodXml).toContain(`<SupportUrl DefaultValue="${PROD}support.html"/>`);
    expect(r.icons).toHaveLength(5);
  });

  it("infers the base from SourceLocation when none is given", () => {
    const r = validateManifest(prodXml, { mode: "production", filesDir: dist, version });
    expect(r.problems).toEqual([]);
    expect(r.base).toBe(PROD);
  });

  it("prodBase: https only, never a loopback host, no query; adds the trailing slash", () => {
    expect(prodBase(undefined)).toBeNull();
    expect(prodBase("  ")).toBeNull();
    expect(prodBase("https://addin.example.org/crs")).toBe("https://addin.example.org/crs/");
    expect(() => prodBase("http://addin.example.org/")).toThrow(/https/);
    expect(() => prodBase("https://localhost:3000/")).toThrow(/本机/);
    expect(() => prodBase("https://127.0.0.1/")).toThrow(/本机/);
    expect(() => prodBase("https://a.example.org/?x=1")).toThrow(/\?/);
    expect(() => prodBase("addin.example.org")).toThrow(/不是网址/);
  });

  it("manifestVersion: package.json's major.minor.patch as four parts; pre-releases refused", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("12.3.45")).toBe("12.3.45.0");
    expect(() => manifestVersion("1.0.0-beta.1")).toThrow(/数字/);
    expect(() => manifestVersion("100000.0.0")).toThrow();
  });
});

describe("each rule can fail", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    ["schema order", (x) => x.replace(/<Id>[^<]*<\/Id>/, ""), /缺少必需的 <Id>/],
    [
      "elements out of order",
      (x) =>
        x
          .replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "")
          .replace(
            "<DefaultSettings>",
            "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>"
          ),
      /<DefaultSettings> 的位置不对/,
    ],
    [
      "missing Permissions",
      (x) => x.replace(/<Permissions>[^<]*<\/Permissions>/, ""),
      /缺少必需的 <Permissions>/,
    ],
    [
      "weaker permission",
      (x) => x.replace(">ReadWriteDocument<", ">ReadDocument<"),
      /ReadWriteDocument/,
    ],
    ["bad GUID", (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"), /不是 GUID/],
    [
      "bad version",
      (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>"),
      /Version/,
    ],
    [
      "version behind package.json",
      (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>0.0.9.0</Version>"),
      /package\.json/,
    ],
    [
      "no WordApi",
      (x) => x.replace(/<Set Name="WordApi"[^>]*\/>/, '<Set Name="ExcelApi" MinVersion="1.3"/>'),
      /没有声明 WordApi/,
    ],
    [
      "other WordApi minimum",
      (x) => x.replace('Name="WordApi" MinVersion="1.3"', 'Name="WordApi" MinVersion="1.6"'),
      /1\.6/,
    ],
    [
      "not Word",
      (x) => x.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>'),
      /Document/,
    ],
    [
      "undefined resid",
      (x) => x.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'),
      /没有定义/,
    ],
    [
      "long resid",
      (x) => x.split("Icon.16x16").join("Icon.16x16.abcdefghijklmnopqrstuvwxyz"),
      /32/,
    ],
    [
      "http URL",
      (x) => x.replace(`${PROD}support.html`, "http://addin.example.org/case-report/support.html"),
      /不是 https/,
    ],
    [
      "localhost left",
      (x) => x.replace(`${PROD}taskpane.html`, "https://localhost:3000/taskpane.html"),
      /localhost|本机/,
    ],
    [
      "another host",
      (x) => x.replace(`${PROD}commands.html`, "https://cdn.example.com/commands.html"),
      /不在部署地址/,
    ],
    [
      "AppDomain elsewhere",
      (x) =>
        x.replace(
          "<AppDomain>https://addin.example.org</AppDomain>",
          "<AppDomain>https://other.example.org</AppDomain>"
        ),
      /AppDomain/,
    ],
    ["missing page", (x) => x.split("support.html").join("help.html"), /help\.html 不存在/],
    [
      "missing icon",
      (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81\.png 不存在/,
    ],
    [
      "icon at the wrong size",
      (x) =>
        x.replace(
          `${PROD}assets/icon-32.png"/>\n  <HighRes`,
          `${PROD}assets/icon-16.png"/>\n  <HighRes`
        ),
      /16×16，声明的是 32×32/,
    ],
    [
      "same image at two sizes",
      (x) =>
        x.replace(
          '<bt:Image size="80" resid="Icon.80x80"/>',
          '<bt:Image size="80" resid="Icon.32x32"/>'
        ),
      /两种尺寸/,
    ],
    [
      "too long a name",
      (x) =>
        x.replace(
          'DisplayName DefaultValue="案例报告助手"',
          `DisplayName DefaultValue="${"长".repeat(126)}"`
        ),
      /125/,
    ],
    ["not XML", (x) => x.replace("</OfficeApp>", ""), /XML/],
  ];
  it.each(cases)("%s", (_name, mutate, expected) => {
    const xml = mutate(prodXml);
    expect(xml).not.toBe(prodXml);
    const problems = prod(xml);
    expect(problems.join("\n")).toMatch(expected);
  });

  it("an unknown element is reported", () => {
    expect(prod(prodXml.replace("<Hosts>", "<Widget/><Hosts>")).join("\n")).toMatch(
      /不认识的元素 <Widget>/
    );
  });
});

describe("npm run validate (scripts/validate-manifest.js)", () => {
  function run(args: string[]): { code: number; out: string; err: string } {
    let out = "";
    let err = "";
    const code = validator.main(
      args,
      { write: (s) => void (out += s) },
      { write: (s) => void (err += s) }
    );
    return { code, out, err };
  }

  it("passes a good production manifest in its folder and refuses a broken one, naming the problem", () => {
    fs.writeFileSync(path.join(dist, "manifest.xml"), prodXml);
    const ok = run([path.join(dist, "manifest.xml"), "--base", PROD]);
    expect(ok.err).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(
      /✓ .*manifest\.xml（生产，11 个网址都在 https:\/\/addin\.example\.org\/case-report\/ 之下，5 个图标尺寸正确/
    );
    fs.writeFileSync(
      path.join(dist, "manifest.xml"),
      prodXml.replace(">ReadWriteDocument<", ">Restricted<")
    );
    const bad = run([path.join(dist, "manifest.xml")]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Permissions 应是 ReadWriteDocument/);
  });

  it("says how to build the production manifest when it is missing", () => {
    const bad = run([path.join(dist, "nothing", "manifest.xml")]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/不存在/);
  });
});

describe("webpack.config.js in production", () => {
  type Plugin = {
    constructor: { name: string };
    patterns?: { from: string }[];
    base?: string | null;
  };
  async function plugins(env: Record<string, string>): Promise<Plugin[]> {
    const config = require(path.join(root, "webpack.config.js")) as (
      env: Record<string, string>,
      argv: Record<string, string>
    ) => Promise<{ plugins: Plugin[] }>;
    const saved = process.env.ADDIN_PROD_URL;
    delete process.env.ADDIN_PROD_URL;
    try {
      return (await config(env, { mode: "production" })).plugins;
    } finally {
      if (saved !== undefined) process.env.ADDIN_PROD_URL = saved;
    }
  }
  const copied = (ps: Plugin[]) =>
    ps.find((p) => p.constructor.name === "CopyPlugin")?.patterns?.map((p) => p.from) ?? [];

  it("withholds the manifest without ADDIN_PROD_URL (the pane is still built) and warns", async () => {
    const ps = await plugins({});
    expect(copied(ps)).toEqual([
      "assets/*.png",
      "src/taskpane/legacy-browser.js",
      "src/taskpane/polyfill-loader.js",
      "src/commands/commands.js",
    ]);
    expect(ps.find((p) => p.constructor.name === "ManifestPlugin")?.base).toBeNull();
  });

  it("copies and validates the manifest with --env ADDIN_PROD_URL", async () => {
    const ps = await plugins({ ADDIN_PROD_URL: PROD });
    expect(copied(ps)).toEqual([
      "assets/*.png",
      "src/taskpane/legacy-browser.js",
      "src/taskpane/polyfill-loader.js",
      "src/commands/commands.js",
      "manifest*.xml",
    ]);
    expect(ps.find((p) => p.constructor.name === "ManifestPlugin")?.base).toBe(PROD);
  });

  it("refuses a localhost or http ADDIN_PROD_URL", async () => {
    await expect(plugins({ ADDIN_PROD_URL: "https://localhost:3000/" })).rejects.toThrow(/本机/);
    await expect(plugins({ ADDIN_PROD_URL: "http://addin.example.org/" })).rejects.toThrow(/https/);
  });
});
