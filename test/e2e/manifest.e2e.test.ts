/**
 * @fileoverview The production build as deployed: `npm run test:e2e` builds with
 * `--env ADDIN_PROD_URL=https://addin.example.org/case-report/`; dist/manifest.xml must have no
 * localhost anywhere, every URL under that prefix (the AppDomain on its origin), every page and
 * icon it names present in dist/ (icons at their declared sizes), `<Version>` from package.json,
 * and pass every rule of scripts/validate-manifest.js.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DIST, ROOT } from "./harness";

/** Keep in step with the `test:e2e` script of package.json. */
const PROD = "https://addin.example.org/case-report/";

const { validateManifest } = require(path.join(ROOT, "scripts", "validate-manifest.js")) as {
  validateManifest: (
    xml: string,
    options: Record<string, unknown>
  ) => { problems: string[]; urls: string[]; icons: { file: string; size: number }[] };
};
const { manifestVersion } = require(path.join(ROOT, "scripts", "manifest.js")) as {
  manifestVersion: (v: string) => string;
};

describe("dist/manifest.xml of the production build", () => {
  const file = path.join(DIST, "manifest.xml");
  const xml = fs.readFileSync(file, "utf8");
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };

  it("has no localhost and every URL under the production prefix", () => {
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const urls = [...xml.matchAll(/(?:DefaultValue="|Value="|<AppDomain>)(https?:[^"<]+)/g)].map(
      (m) => m[1]!
    );
    expect(urls.length).toBeGreaterThanOrEqual(11);
    for (const u of urls) {
      expect(u === "https://addin.example.org" || u.startsWith(PROD)).toBe(true);
    }
  });

  it("names only files that are in dist/, icons at their sizes, the version of package.json", () => {
    const r = validateManifest(xml, {
      mode: "production",
      base: PROD,
      filesDir: DIST,
      version: manifestVersion(pkg.version),
    });
    expect(r.problems).toEqual([]);
    expect(r.icons.map((i) => path.basename(i.file)).sort()).toEqual([
      "icon-16.png",
      "icon-32.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
    for (const page of ["taskpane.html", "commands.html", "support.html"]) {
      expect(fs.existsSync(path.join(DIST, page))).toBe(true);
      expect(xml).toContain(`${PROD}${page}`);
    }
    expect(xml).toContain(`<Version>${manifestVersion(pkg.version)}</Version>`);
  });
});
