/**
 * @fileoverview toGatewayError: Office.js error codes → gateway codes with Chinese messages that
 * say what to do; hostInfo: Office.context with the diagnostics fallback.
 */
import { toGatewayError } from "../../src/word/errors";
import { hostInfo } from "../../src/word/hostInfo";
import { GatewayError } from "../../src/core/gateway";
import { OoxmlError } from "../../src/ooxml/errors";
import { OfficeErrorDouble } from "../word-double";
import { setup } from "./helpers";

describe("toGatewayError", () => {
  it.each([
    ["GeneralException", "writeFailed", "writeFailed", /内容太多.*case-report/],
    ["AccessDenied", "writeFailed", "writeFailed", /只读|受保护/],
    ["InvalidArgument", "readFailed", "readFailed", /参数/],
    ["ItemNotFound", "targetNotFound", "targetNotFound", /找不到/],
    ["ApiNotFound", "readFailed", "unsupportedHost", /Office 2019/],
    ["RequestPayloadSizeLimitExceeded", "readFailed", "documentTooLarge", /拆分/],
  ])("%s during %s → %s with advice", (officeCode, code, expected, advice) => {
    const g = toGatewayError(
      new OfficeErrorDouble(officeCode, "boom", "Body.getOoxml"),
      code as "readFailed"
    );
    expect(g).toBeInstanceOf(GatewayError);
    expect(g.code).toBe(expected);
    expect(g.officeCode).toBe(officeCode);
    expect(g.message).toMatch(advice);
    expect(g.debugInfo).toContain("Body.getOoxml");
  });

  it("says that part may have been written (re-check, no undo promise) only when partial", () => {
    const e = new OfficeErrorDouble("GeneralException", "x");
    expect(toGatewayError(e, "writeFailed", { partial: true })).toMatchObject({
      partial: true,
      message: expect.stringMatching(/部分修改.*重新检查/),
    });
    expect(toGatewayError(e, "writeFailed").message).not.toMatch(/部分修改/);
  });

  it("names what happened: a host refusing insertOoxml (WOPI, office-js#4640); a failure elsewhere", () => {
    const refused = toGatewayError(
      new OfficeErrorDouble(
        "NotAllowed",
        "The action isn't supported by Word in a browser.",
        "Body.insertOoxml"
      ),
      "writeFailed"
    );
    expect(refused.message).toMatch(/没有写入.*Word 桌面版/);
    const busy = toGatewayError(
      new OfficeErrorDouble("GeneralException", "x", "Paragraph.select"),
      "unknown"
    );
    expect(busy.message).toMatch(/稍候再试/);
  });

  it("passes GatewayErrors through, maps OoxmlError to ooxmlUnreadable, wraps anything else", () => {
    const g = new GatewayError("notEmpty", "x");
    expect(toGatewayError(g, "writeFailed")).toBe(g);
    const o = toGatewayError(
      new OoxmlError("badXml", { id: "errors.ooxml.badXml", data: { part: "/p.xml" } }, "detail"),
      "readFailed",
      { context: "errors.gateway.step.readParagraphs" }
    );
    expect(o).toMatchObject({ code: "ooxmlUnreadable", debugInfo: "detail" });
    expect(o.message).toBe(
      "无法解析 Word 返回的文档内容。（读取段落时出错）文件中的 XML（/p.xml）格式错误，文件可能已损坏。请用 Word 打开（必要时选择“打开并修复”）后另存为 .docx 再试。"
    );
    expect(o.textIn("en-US")).toBe(
      "The document content Word returned could not be read. (while reading the paragraphs) The XML of the file (/p.xml) is malformed; the file may be damaged. Open it in Word (with “Open and Repair” if needed), save it as .docx and try again."
    );
    const u = toGatewayError(new TypeError("x is undefined"), "readFailed");
    expect(u).toMatchObject({ code: "readFailed", debugInfo: "x is undefined" });
    expect(u.message).toMatch(/读取文档失败/);
  });
});

describe("hostInfo", () => {
  it("reads Office.context.host/platform (the double, as Word on Mac)", () => {
    const d = setup({ host: "Mac" });
    try {
      expect(hostInfo()).toEqual({
        host: "WORD",
        platform: "MAC",
        version: "16.0.19029.20208",
        source: "context",
      });
    } finally {
      d.restore();
    }
  });

  it("falls back to Office.context.diagnostics where context.host is missing", () => {
    const g = globalThis as Record<string, unknown>;
    const prev = g.Office;
    g.Office = {
      context: { diagnostics: { host: "Word", platform: "OfficeOnline", version: "16.0.1" } },
    };
    try {
      expect(hostInfo()).toEqual({
        host: "WORD",
        platform: "OFFICE_ONLINE",
        version: "16.0.1",
        source: "diagnostics",
      });
    } finally {
      g.Office = prev;
    }
  });

  it("without Office says WEB / none", () => {
    const g = globalThis as Record<string, unknown>;
    const prev = g.Office;
    delete g.Office;
    try {
      expect(hostInfo()).toEqual({ host: "WEB", platform: null, version: null, source: "none" });
    } finally {
      g.Office = prev;
    }
  });
});
