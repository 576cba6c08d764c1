/**
 * @fileoverview docs/deploy.md and the code agree: its edition table is what
 * scripts/gen-deploy-table.ts renders from src/core/hosts.ts (the data of the pane's 关于 area),
 * and for every edition the Word gateway, run against the Word double switched to that edition's
 * requirement sets, detects exactly those sets, starts or refuses as the table says, and sets the
 * page to A4 only where the table says 自动设为 A4 纵向. The guide has the four install paths and
 * the README links it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { HOST_FEATURES, WORD_EDITIONS, hostFeatures, type WordEdition } from "../../src/core/hosts";
import { lookup } from "../../src/core/messages";
import { bootOffice } from "../../src/word/boot";
import { detectCapabilities } from "../../src/word/capabilities";
import { createWordGateway } from "../../src/word/gateway";
import type { SetName } from "../word-double";
import { docOf, setup } from "../word/helpers";
import { DEPLOY_DOC, deployMarkdown, renderEditionTable } from "../../scripts/gen-deploy-table";

const root = path.join(__dirname, "..", "..");

/** The double's switches for an edition's requirement sets. */
function doubleSets(e: WordEdition): Partial<Record<SetName, boolean>> {
  return {
    "WordApi 1.3": e.sets.wordApi13,
    "WordApi 1.4": e.sets.wordApi14,
    "WordApi 1.5": e.sets.wordApi15,
    "WordApi 1.6": e.sets.wordApi16,
    "WordApiDesktop 1.3": e.sets.wordApiDesktop13,
  };
}

/** A one-paragraph document on US Letter, so that setting A4 is visible. */
const LETTER = docOf([""]).replace(
  '<w:pgSz w:w="11906" w:h="16838"/>',
  '<w:pgSz w:w="12240" w:h="15840"/>'
);

describe("docs/deploy.md", () => {
  const doc = fs.readFileSync(DEPLOY_DOC, "utf8");

  it("carries the edition table as generated from src/core/hosts.ts (npm run deploy-table)", () => {
    expect(doc).toBe(deployMarkdown(doc));
    expect(renderEditionTable()).toContain("WordApiDesktop 1.3");
  });

  it("has the four install paths, the hosts IT must allow, and the README links it", () => {
    for (const heading of [
      "### A. Microsoft 365 管理中心集中部署",
      "### B. Windows 共享文件夹",
      "### C. Word 网页版上传",
      "### D. Mac 的 wef 文件夹",
    ]) {
      expect(doc).toContain(heading);
    }
    expect(doc).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toContain("docs/deploy.md");
  });

  it("names every edition and feature in both locales", () => {
    for (const e of WORD_EDITIONS) {
      for (const k of ["", ".short", ".note"]) {
        expect(lookup(`hosts.edition.${e.id}${k}`, "zh-CN")).toBeTruthy();
        expect(lookup(`hosts.edition.${e.id}${k}`, "en-US")).toBeTruthy();
      }
    }
    for (const f of HOST_FEATURES) {
      for (const k of ["", ".without"]) {
        expect(lookup(`hosts.feature.${f.id}${k}`, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
        expect(lookup(`hosts.feature.${f.id}${k}`, "en-US")).toBeTruthy();
      }
    }
  });
});

describe.each(WORD_EDITIONS.map((e) => [e.id, e] as const))("edition %s", (_id, edition) => {
  const table = Object.fromEntries(
    hostFeatures({ sets: edition.sets, idsUsable: edition.idsUsable }).map((f) => [
      f.id,
      f.available,
    ])
  );

  it("the pane starts exactly where the table says the add-in runs", async () => {
    const d = setup({
      flatOpc: LETTER,
      host: edition.host === "Web" ? "Web" : edition.host === "Mac" ? "Mac" : "Windows",
      sets: doubleSets(edition),
    });
    try {
      const boot = await bootOffice();
      expect(boot.status).toBe(table.run ? "ready" : "unsupportedHost");
    } finally {
      d.restore();
    }
  });

  if (!edition.sets.wordApi13) return;

  it("detects the edition's requirement sets, and sets A4 only where the table says so", async () => {
    const d = setup({
      flatOpc: LETTER,
      host: edition.host === "Web" ? "Web" : edition.host === "Mac" ? "Mac" : "Windows",
      sets: doubleSets(edition),
    });
    try {
      const { host: _host, ...sets } = detectCapabilities();
      expect(sets).toEqual(edition.sets);
      const res = await createWordGateway().insertTemplate("report", { replace: false });
      expect(res.page).toBe(table.pageSetup ? "applied" : "unsupported");
    } finally {
      d.restore();
    }
  });
});
