import {
  HEADING_PART_MAX_WORDS,
  labelToMarker,
  parseChineseNumeral,
  parseHeadingMarker,
  splitHeadingBody,
  toChineseNumeral,
  type MarkerIssue,
  type MarkerKind,
} from "../../src/core/numbering";
import { autoNumber } from "../fixtures/model-builders";

describe("parseChineseNumeral", () => {
  const valid: [string, number][] = [
    ["〇", 0],
    ["零", 0],
    ["一", 1],
    ["五", 5],
    ["九", 9],
    ["十", 10],
    ["十一", 11],
    ["十九", 19],
    ["二十", 20],
    ["二十一", 21],
    ["五十五", 55],
    ["九十九", 99],
  ];
  it.each(valid)("%s → %i", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  const invalid = [
    "",
    "两",
    "一十",
    "十十",
    "二二",
    "十零",
    "百",
    "一百零",
    "一百十",
    "二十一二",
    "1",
    "一、",
    " 一",
    "零十",
  ];
  it.each(invalid)("%j → null", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  it("round-trips with toChineseNumeral for 0–9999", () => {
    for (let n = 0; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});

describe("toChineseNumeral", () => {
  const table: [number, string][] = [
    [0, "零"],
    [1, "一"],
    [10, "十"],
    [12, "十二"],
    [20, "二十"],
    [47, "四十七"],
    [99, "九十九"],
    [100, "一百"],
    [103, "一百零三"],
    [110, "一百一十"],
    [1005, "一千零五"],
    [1010, "一千零一十"],
    [9999, "九千九百九十九"],
  ];
  it.each(table)("%i → %s", (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
  });
  it.each([-1, 10000, 1.5, NaN])("%p throws RangeError", (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});

describe("parseHeadingMarker — markers", () => {
  type Row = [string, number, string, number, MarkerKind, MarkerIssue[], number];
  // text, level, marker, ordinal, kind, issues, end
  const table: Row[] = [
    ["一、实施背景", 1, "一、", 1, "chinese", [], 2],
    ["十二、其他", 1, "十二、", 12, "chinese", [], 3],
    ["（一）组织保障", 2, "（一）", 1, "parenChinese", [], 3],
    ["（十）", 2, "（十）", 10, "parenChinese", [], 3],
    ["1.建立制度", 3, "1.", 1, "arabic", [], 2],
    ["12. 建立制度", 3, "12.", 12, "arabic", [], 4],
    ["（1）细化措施", 4, "（1）", 1, "parenArabic", [], 3],
    ["(2)细化措施", 4, "(2)", 2, "parenArabic", [], 3],
    ["3)细化措施", 4, "3)", 3, "closeParenArabic", [], 2],
    ["①第一项", 4, "①", 1, "circled", [], 1],
    ["⑳末项", 4, "⑳", 20, "circled", [], 1],
    ["⑴第一项", 4, "⑴", 1, "parenDigitChar", [], 1],
    ["㈡第二项", 2, "㈡", 2, "parenIdeographChar", [], 1],
    // wrong forms, mapped to the intended level
    ["（一）、组织保障", 2, "（一）、", 1, "parenChinese", ["bracketWithPunct"], 4],
    ["(一)组织保障", 2, "(一)", 1, "parenChinese", ["halfWidthBracket"], 3],
    ["（一)组织保障", 2, "（一)", 1, "parenChinese", ["mixedBracket"], 3],
    ["(一）组织保障", 2, "(一）", 1, "parenChinese", ["mixedBracket"], 3],
    ["一）组织保障", 2, "一）", 1, "parenChinese", ["missingOpenBracket"], 2],
    ["1、建立制度", 3, "1、", 1, "arabic", ["arabicWithComma"], 2],
    ["2，建立制度", 3, "2，", 2, "arabic", ["arabicWithComma"], 2],
    ["3,建立制度", 3, "3,", 3, "arabic", ["arabicWithComma"], 2],
    ["1．建立制度", 3, "1．", 1, "arabic", ["fullWidthStop"], 2],
    ["一.实施背景", 1, "一.", 1, "chinese", ["chineseWithStop"], 2],
    ["二．主要做法", 1, "二．", 2, "chinese", ["chineseWithStop"], 2],
    ["（1）、细化措施", 4, "（1）、", 1, "parenArabic", ["bracketWithPunct"], 4],
    ["①、第一项", 4, "①、", 1, "circled", ["bracketWithPunct"], 2],
    ["１.建立制度", 3, "１.", 1, "arabic", ["fullWidthDigit"], 2],
    ["（２）细化", 4, "（２）", 2, "parenArabic", ["fullWidthDigit"], 3],
  ];
  it.each(table)("%j → level %i, %j", (text, level, marker, ordinal, kind, issues, end) => {
    const m = parseHeadingMarker(text);
    expect(m).not.toBeNull();
    expect(m).toMatchObject({ level, marker, ordinal, kind, start: 0, end });
    expect([...(m?.markerIssues ?? [])].sort()).toEqual([...issues].sort());
  });

  it("skips leading spaces (incl. U+3000) and the spaces after the marker", () => {
    const text = "\u3000\u3000一、\u3000实施背景";
    const m = parseHeadingMarker(text);
    expect(m).toMatchObject({ level: 1, marker: "一、", start: 2, end: 5 });
    expect(text.slice(m?.end)).toBe("实施背景");
  });

  it("accepts a marker alone", () => {
    expect(parseHeadingMarker("1.")).toMatchObject({ level: 3, end: 2 });
    expect(parseHeadingMarker("（三）")).toMatchObject({ level: 2, ordinal: 3 });
  });
});

describe("parseHeadingMarker — not markers", () => {
  const table: [string, string][] = [
    ["decimal amount", "1.5万元保费"],
    ["pi", "3.14"],
    ["multi-level decimal", "1.2.3"],
    ["year", "2023年以来，企业……"],
    ["year list with 、", "2023、2024年连续两年"],
    ["three-digit ordinal", "100.建立"],
    ["thousands separator", "1,000元"],
    ["一是", "一是加强领导"],
    ["一方面", "一方面，企业……"],
    ["三年来", "三年来，企业……"],
    ["第一，", "第一，要加强领导"],
    ["第一章 alone", "第一章"],
    ["decimal quantity with space", "1.5 万元保费"],
    ["decimal percentage", "2.5%的企业"],
    ["number then unit after a space", "12 月份完成"],
    ["bare number without space", "1实施背景"],
    ["dash run (unit line)", "——某某保险股份有限公司"],
    ["两", "两、主要做法"],
    ["invalid numeral", "一二、做法"],
    ["zero", "零、做法"],
    ["zero digit", "0.做法"],
    ["bracketed year", "（2023）第1号"],
    ["unclosed bracket", "（一组织"],
    ["bracketed word", "（注）本表"],
    ["plain text", "实施背景"],
    ["empty", ""],
    ["only spaces", "\u3000 "],
    ["Chinese numeral then comma", "一，二，三"],
    ["Latin letter ordinal", "A.概述"],
  ];
  it.each(table)("%s: %j → null", (_name, text) => {
    expect(parseHeadingMarker(text)).toBeNull();
  });
});

describe("splitHeadingBody (facts §6 case 10)", () => {
  const table: [string, string, string | undefined][] = [
    ["heading + body", "（一）建立隐患台账。企业每月组织一次排查。", "（一）建立隐患台账。"],
    ["split at ：", "1.组织保障：成立领导小组，明确职责。", "1.组织保障："],
    ["split at ；", "（二）强化培训；每季度组织一次演练。", "（二）强化培训；"],
    ["split at ！", "（三）抓好落实！企业逐级签订责任书。", "（三）抓好落实！"],
    ["half-width ; counts", "（四）强化培训;每季度组织一次演练。", "（四）强化培训;"],
    ["level-1 heading alone", "一、实施背景", undefined],
    ["heading ending with its only mark", "（一）建立隐患台账。", undefined],
    ["only spaces after the mark", "（一）建立隐患台账。\u3000 ", undefined],
    ["comma does not end the heading", "（一）加强领导，落实责任", undefined],
    ["half-width colon (8:30) is not an end", "1.每天8:30召开调度会", undefined],
  ];
  it.each(table)("%s: %j", (_name, text, head) => {
    const m = parseHeadingMarker(text);
    expect(m).not.toBeNull();
    if (m === null) return;
    const end = splitHeadingBody(text, m);
    expect(end === undefined ? undefined : text.slice(0, end)).toBe(head);
  });

  it("refuses a heading part longer than HEADING_PART_MAX_WORDS 字", () => {
    const shortHead = "甲".repeat(HEADING_PART_MAX_WORDS);
    const longHead = "甲".repeat(HEADING_PART_MAX_WORDS + 1);
    const ok = `（一）${shortHead}。正文继续。`;
    const tooLong = `（一）${longHead}。正文继续。`;
    expect(splitHeadingBody(ok, { end: 3 })).toBe(3 + HEADING_PART_MAX_WORDS + 1);
    expect(splitHeadingBody(tooLong, { end: 3 })).toBeUndefined();
  });

  it("works from offset 0 for automatically numbered paragraphs", () => {
    expect(splitHeadingBody("建立隐患台账。企业每月排查。", { end: 0 })).toBe(7);
  });
});

describe("labelToMarker (facts §6 case 9)", () => {
  const table: [string, string, string, number | null, MarkerIssue[]][] = [
    // label, numFmt, ..., level, issues
    ["一、", "chineseCounting", "chinese", 1, []],
    ["（一）", "chineseCounting", "parenChinese", 2, []],
    ["1.", "decimal", "arabic", 3, []],
    ["(1)", "decimal", "parenArabic", 4, []],
    ["①", "decimalEnclosedCircle", "circled", 4, []],
    ["1、", "decimal", "arabic", 3, ["arabicWithComma"]],
    ["一", "chineseCounting", "chinese", 1, ["missingPunct"]],
    ["3", "decimal", "arabic", 3, ["missingPunct"]],
    [" 二、 ", "chineseCounting", "chinese", 1, []],
  ];
  it.each(table)("%j (%s) → %s level %p", (label, numFmt, kind, level, issues) => {
    const m = labelToMarker(autoNumber(label, 0, numFmt));
    expect(m).toMatchObject({ kind, level, markerIssues: issues, marker: label.trim() });
  });

  const none: [string, string][] = [
    ["", "decimal"],
    ["一、", "none"],
    ["•", "bullet"],
    ["第一章", "chineseCounting"],
    ["A.", "upperLetter"],
    ["2023", "decimal"],
  ];
  it.each(none)("%j (%s) → null", (label, numFmt) => {
    expect(labelToMarker(autoNumber(label, 0, numFmt))).toBeNull();
  });
});

/** Issue 8: numbering schemes beyond the notice's and typos of its markers. */
describe("parseHeadingMarker — other schemes and marker typos (issue 8)", () => {
  const table: [string, number, number, string, MarkerKind, MarkerIssue[]][] = [
    // text, level, ordinal, marker, kind, issues
    ["1 实施背景", 1, 1, "1 ", "decimal", ["decimalNumbering"]],
    ["2.1 驾驶员风险档案", 2, 1, "2.1 ", "decimal", ["decimalNumbering"]],
    ["3.2安全培训", 2, 2, "3.2", "decimal", ["decimalNumbering"]],
    ["2.1.3 检查项目", 3, 3, "2.1.3 ", "decimal", ["decimalNumbering"]],
    ["1.1.1.2 细目", 4, 2, "1.1.1.2 ", "decimal", ["decimalNumbering"]],
    ["2.1. 出车体检", 2, 1, "2.1. ", "decimal", ["decimalNumbering"]],
    ["１.２ 出车体检", 2, 2, "１.２ ", "decimal", ["decimalNumbering", "fullWidthDigit"]],
    ["1.2 “一车一检”", 2, 2, "1.2 ", "decimal", ["decimalNumbering"]],
    ["第一章 实施背景", 1, 1, "第一章 ", "chapter", ["chapterNumbering"]],
    ["第二部分 主要做法", 1, 2, "第二部分 ", "chapter", ["chapterNumbering"]],
    ["第三节 出车体检", 2, 3, "第三节 ", "chapter", ["chapterNumbering"]],
    ["第2章、总体要求", 1, 2, "第2章、", "chapter", ["chapterNumbering"]],
    ["—、实施背景", 1, 1, "—、", "chinese", ["dashForOne"]],
    ["─、总体要求", 1, 1, "─、", "chinese", ["dashForOne"]],
    ["-、总体要求", 1, 1, "-、", "chinese", ["dashForOne"]],
    ["— 、总体要求", 1, 1, "— 、", "chinese", ["dashForOne"]],
    ["一，总体要求", 1, 1, "一，", "chinese", ["chineseWithComma"]],
    ["一. 总体要求", 1, 1, "一.", "chinese", ["chineseWithStop"]],
    ["六 、工作分工", 1, 6, "六 、", "chinese", ["spaceInMarker"]],
    ["3 .建立台账", 3, 3, "3 .", "arabic", ["spaceInMarker"]],
  ];
  it.each(table)(
    "%j → level %i, ordinal %i, marker %j",
    (text, level, ordinal, marker, kind, issues) => {
      const m = parseHeadingMarker(text);
      expect(m).not.toBeNull();
      expect(m).toMatchObject({ level, ordinal, marker, kind });
      expect([...(m?.markerIssues ?? [])].sort()).toEqual([...issues].sort());
    }
  );
});
