/**
 * @fileoverview The add-in scaffold: manifest.xml (schema element order of OfficeApp, Word host,
 * WordApi 1.3 requirement, localised strings, every resource URL on the dev server and every
 * icon it names present as a PNG of the right size) and the production URL rewrite of
 * webpack.config.js.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is well-formed with OfficeApp children in schema order", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const app = doc.documentElement;
    expect(app.localName).toBe("OfficeApp");
    const order = Array.from(app.children)
      .filter((e) => e.namespaceURI === OFFICE || e.localName === "VersionOverrides")
      .map((e) => e.localName);
    expect(order).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  it("targets Word with WordApi 1.3, zh-CN first with an en-US override", () => {
    const one = (name: string) => doc.getElementsByTagNameNS(OFFICE, name)[0];
    expect(one("Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one("DefaultLocale").textContent).toBe("zh-CN");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("案例报告助手");
    expect(
      one("DisplayName").getElementsByTagNameNS(OFFICE, "Override")[0].getAttribute("Locale")
    ).toBe("en-US");
    expect(one("Host").getAttribute("Name")).toBe("Document");
    expect(one("Sets").getAttribute("DefaultMinVersion")).toBe("1.3");
    const set = one("Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["WordApi", "1.3"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    expect(one("SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html"
    );
  });

  it("has a ShowTaskpane button on TabHome with 16/32/80 icons and Chinese strings", () => {
    const tab = xml.match(/<OfficeTab id="([^"]+)"/);
    expect(tab?.[1]).toBe("TabHome");
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    const images = Array.from(doc.getElementsByTagNameNS(BT, "Image")).filter((e) =>
      e.getAttribute("id")
    );
    expect(images.map((e) => e.getAttribute("id"))).toEqual([
      "Icon.16x16",
      "Icon.32x32",
      "Icon.80x80",
    ]);
    const strings = Array.from(doc.getElementsByTagNameNS(BT, "String"));
    for (const s of strings) {
      expect(s.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      expect(s.getElementsByTagNameNS(BT, "Override")[0]?.getAttribute("Locale")).toBe("en-US");
    }
    // Every resid used is defined.
    const defined = new Set(
      Array.from(doc.querySelectorAll("[id]")).map((e) => e.getAttribute("id"))
    );
    for (const m of xml.matchAll(/resid="([^"]+)"/g)) expect(defined.has(m[1])).toBe(true);
  });

  it("points every URL at the dev server and every icon exists with its size", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https:[^"<]+)/g)].map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith("https://localhost:3000")).toBe(true);
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)) {
      const size = Number(m[1]);
      expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
  });
});

describe("webpack manifest rewrite", () => {
  it("rewrites URLs to the production base and the AppDomain to its origin", () => {
    const { rewriteManifest } = require(path.join(root, "webpack.config.js")) as {
      rewriteManifest: (xml: string, base: string) => string;
    };
    const out = rewriteManifest(xml, "https://addin.example.cn/crs/");
    expect(out).not.toMatch(/https:\/\/localhost/);
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://addin.example.cn/crs/taskpane.html"/>'
    );
    expect(out).toContain("<AppDomain>https://addin.example.cn</AppDomain>");
    expect(out).toContain("https://addin.example.cn/crs/assets/icon-80.png");
  });
});
