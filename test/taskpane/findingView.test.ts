/**
 * @fileoverview How the pane shows findings (src/taskpane/lib/findingView.ts), pure: the
 * headline and the explanation, document order for 上一个/下一个 (a paragraph's formatting
 * findings one stop), the per-role formatting summary and the verdict's counts.
 */
import { buildDocument, para } from "../fixtures/model-builders";
import type { Finding, Severity } from "../../src/core/findings";
import {
  inDocumentOrder,
  navigationOrder,
  placeOf,
  splitMessage,
  summariseFormatting,
  verdictCounts,
} from "../../src/taskpane/lib/findingView";
import { finding } from "./fixtures";

const doc = buildDocument(Array.from({ length: 6 }, (_, i) => para(`第${i}段，有一些文字。`)));

/** A role-format finding on paragraph `index`, about `messageId`, for `role`. */
function formatFinding(
  index: number,
  messageId: string,
  role: string,
  severity: Severity = "error"
) {
  const f = finding(doc, index, "role-format", severity, `${role}格式不符。`, messageId.length);
  return { ...f, id: `role-format/${messageId}@${index}`, messageId, data: { role } } as Finding;
}

describe("splitMessage", () => {
  it("splits at the first sentence end; the rest is the explanation", () => {
    expect(splitMessage("“我们”是第一人称。请改用单位简称。")).toEqual({
      headline: "“我们”是第一人称。",
      detail: "请改用单位简称。",
    });
    expect(splitMessage("只有一句。")).toEqual({ headline: "只有一句。", detail: "" });
    expect(splitMessage("First sentence. Then more.")).toEqual({
      headline: "First sentence.",
      detail: "Then more.",
    });
    // Across a line break too (no s flag: the bundle targets ES2017).
    expect(splitMessage("第一句。\n第二句。").detail).toBe("第二句。");
  });
});

describe("document order", () => {
  it("orders by paragraph and offset; a paragraph's formatting findings are one stop", () => {
    const a = finding(doc, 3, "punctuation", "warning", "b");
    const b = finding(doc, 1, "first-person", "error", "a");
    const f1 = formatFinding(1, "fontWrong", "正文");
    const f2 = formatFinding(1, "spacingWrong", "正文");
    const f3 = formatFinding(2, "sizeWrong", "正文");
    expect(inDocumentOrder([a, f2, b, f1, f3]).map((f) => f.id)).toEqual([
      f2.id,
      b.id,
      f1.id,
      f3.id,
      a.id,
    ]);
    expect(navigationOrder([a, f1, f2, b, f3]).map((f) => f.id)).toEqual([
      f1.id,
      b.id,
      f3.id,
      a.id,
    ]);
  });

  it("gives 第N段 (1-based) and the quote of a paragraph finding", () => {
    const place = placeOf(finding(doc, 2, "r", "info", "x"), doc.paragraphs);
    expect(place.paragraph).toBe(3);
    expect(place.quote?.quote).toContain("第2段");
  });
});

describe("formatting summary and verdict", () => {
  const findings = [
    formatFinding(1, "fontWrong", "正文"),
    formatFinding(1, "spacingWrong", "正文"),
    formatFinding(2, "fontTheme", "正文", "warning"),
    formatFinding(0, "sizeWrong", "题目"),
    finding(doc, 4, "first-person", "error", "我们"),
    finding(doc, 5, "punctuation", "warning", "半角"),
  ];

  it("summarises per role: paragraphs, attributes in a fixed order, worst severity", () => {
    expect(
      summariseFormatting(findings).map(({ role, paragraphs, properties, worst }) => ({
        role,
        paragraphs,
        properties,
        worst,
      }))
    ).toEqual([
      { role: "题目", paragraphs: 1, properties: ["size"], worst: "error" },
      { role: "正文", paragraphs: 2, properties: ["font", "spacing"], worst: "error" },
    ]);
  });

  it("counts each role of the summary once, every other finding once", () => {
    expect(verdictCounts(findings)).toEqual({ error: 3, warning: 1, info: 0 });
  });
});
