/**
 * @fileoverview The "errors" namespace of the message catalogs: the texts of OoxmlError and
 * GatewayError. Every entry exists in zh-CN and en-US with the same placeholders, zh-CN is
 * Chinese and en-US has no Chinese; every key the source uses is in the catalogs, every entry is
 * used, and every OoxmlError / GatewayError code has its texts — so `--lang en-US` and an English
 * Word get English errors everywhere.
 */
import * as fs from "fs";
import * as path from "path";
import { GatewayError, type GatewayErrorCode } from "../../src/core/gateway";
import { hasMessage, placeholders, renderText, t } from "../../src/core/messages";
import { errors as en } from "../../src/core/messages/en-US/errors";
import { errors as zh } from "../../src/core/messages/zh-CN/errors";
import { OoxmlError } from "../../src/ooxml/errors";

const CJK = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Every .ts/.tsx file under src. */
function sources(dir = path.join(__dirname, "../../src")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

const GATEWAY_CODES: GatewayErrorCode[] = [
  "unsupportedHost",
  "readFailed",
  "ooxmlUnreadable",
  "documentTooLarge",
  "writeFailed",
  "notEmpty",
  "targetNotFound",
  "cancelled",
  "unknown",
];

describe("errors catalog", () => {
  it("has the same entries and placeholders in zh-CN and en-US; zh-CN Chinese, en-US English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, zhText] of Object.entries(zh)) {
      const enText = (en as Record<string, string>)[key]!;
      expect([key, placeholders(enText).sort()]).toEqual([key, placeholders(zhText).sort()]);
      expect([key, CJK.test(zhText)]).toEqual([key, true]);
      expect([key, CJK.test(enText)]).toEqual([key, false]);
      // plain words for writers: no requirement ids in user text
      expect([key, /\bR\d+\b/.test(zhText + enText)]).toEqual([key, false]);
    }
  });

  it("holds every key the source uses, and the source uses every entry", () => {
    const used = new Set<string>();
    let dynamicWhat = false;
    for (const file of sources()) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/"(errors\.[A-Za-z0-9.]+)"/g)) used.add(m[1]!);
      if (text.includes("`errors.gateway.what.${code}`")) dynamicWhat = true;
    }
    expect(dynamicWhat).toBe(true);
    for (const code of GATEWAY_CODES) used.add(`errors.gateway.what.${code}`);
    for (const id of used) {
      expect([id, hasMessage(id, "zh-CN"), hasMessage(id, "en-US")]).toEqual([id, true, true]);
    }
    const unused = Object.keys(zh)
      .map((k) => `errors.${k}`)
      .filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it("gives every GatewayError code a text in both locales", () => {
    for (const code of GATEWAY_CODES) {
      const id = `errors.gateway.what.${code}` as const;
      expect([code, hasMessage(id, "zh-CN"), hasMessage(id, "en-US")]).toEqual([code, true, true]);
    }
  });

  it("OoxmlError and GatewayError render their catalog text in the asked locale", () => {
    const o = new OoxmlError("tooLarge", {
      id: "errors.ooxml.tooManyParagraphs",
      data: { part: "/word/document.xml", limit: 50000 },
    });
    expect(o.message).toBe(t(o.text.id, o.text.data));
    expect(o.message).toContain("超过 50000 段");
    expect(o.textIn("en-US")).toContain("has more than 50000");
    expect(CJK.test(o.textIn("en-US"))).toBe(false);

    const g = new GatewayError("readFailed", [
      { id: "errors.gateway.what.readFailed" },
      { id: "errors.gateway.step.readParagraphs" },
      { id: "errors.gateway.advice.retry" },
    ]);
    expect(g.message).toBe(
      "读取文档失败。（读取段落时出错）请重试；若反复出现，请保存文档并重新打开 Word。"
    );
    expect(g.textIn("en-US")).toBe(
      "Reading the document failed. (while reading the paragraphs) Try again; if it keeps happening, save the document and reopen Word."
    );
    expect(renderText(g.text!, "en-US")).toBe(g.textIn("en-US"));
    // a plain technical string has no catalog text and renders as itself
    expect(new GatewayError("readFailed", "boom").textIn("en-US")).toBe("boom");
  });
});
