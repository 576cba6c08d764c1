import {
  format,
  hasMessage,
  lookup,
  placeholders,
  registerMessages,
  t,
} from "../../src/core/messages";

describe("messages", () => {
  it("format fills {name} placeholders and leaves others", () => {
    expect(format("{a} 与 {b}", { a: 1, b: "二" })).toBe("1 与 二");
    expect(format("{a} {missing}", { a: "x" })).toBe("x {missing}");
    expect(format("{ not a placeholder } {}", {})).toBe("{ not a placeholder } {}");
    expect(format("{a}{a}", { a: 0 })).toBe("00");
  });

  it("placeholders lists each name once in order", () => {
    expect(placeholders("{b} {a} {b}")).toEqual(["b", "a"]);
    expect(placeholders("none")).toEqual([]);
  });

  it("looks up by namespace prefix in each locale", () => {
    expect(lookup("rules.title-length.tooLong", "zh-CN")).toContain("{count}");
    expect(lookup("rules.title-length.tooLong", "en-US")).toContain("{count}");
    expect(lookup("checklist.count.body", "zh-CN")).toBe("正文");
    expect(lookup("nonamespace", "zh-CN")).toBeUndefined();
    expect(lookup("rules.nope", "zh-CN")).toBeUndefined();
    expect(hasMessage("rules.toString", "zh-CN")).toBe(false);
  });

  it("t renders, falls back to zh-CN, then to the key", () => {
    expect(t("rules.title-length.tooLong", { count: 21, max: 20 })).toBe(
      "题目 21 字，超过 20 字。请精简到 20 字以内。"
    );
    const off = registerMessages("zh-CN", "demo", { only: "仅{x}" });
    try {
      expect(t("demo.only", { x: "中文" }, "en-US")).toBe("仅中文");
    } finally {
      off();
    }
    expect(t("demo.only")).toBe("demo.only");
  });

  it("registered catalogs take precedence and can be removed", () => {
    const before = lookup("checklist.count.body", "en-US");
    const off = registerMessages("en-US", "checklist", { "count.body": "Main text" });
    expect(lookup("checklist.count.body", "en-US")).toBe("Main text");
    off();
    expect(lookup("checklist.count.body", "en-US")).toBe(before);
  });
});
