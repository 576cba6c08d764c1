import {
  addStats,
  countWords,
  documentStats,
  emptyStats,
  paragraphStats,
  wordStats,
  wordsExceed,
} from "../../src/core/count";
import { autoNumber, buildDocument, para } from "../fixtures/model-builders";

describe("countWords — the required table (R34, facts §2.2, §6 case 16)", () => {
  const table: [string, number][] = [
    ["使用 Adobe Photoshop 打开图片，效果良好。", 14],
    ["2023年12月", 4],
    ["Hello、World。", 4],
    ["ＡＢＣＤＥ", 5],
    ["１２３４５", 5],
    ["中文测试", 4],
    ["Hello 世界", 3],
    ["東京2024オリンピック", 9],
    ["「こんにちは」", 7],
    ["①②③④⑤", 1],
    ["👍👎👏", 1],
    ["foo\u200Bbar", 1],
    ["使用 Adobe Photoshop 打开图片", 8],
    ["GB/T 9704-2012", 2],
    ["2023年3月", 4],
  ];
  it.each(table)("%j → %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("countWords — edge cases", () => {
  const table: [string, string, number][] = [
    ["empty string", "", 0],
    ["only spaces, tab, NBSP, U+3000", " \t\u00a0\u3000\u3000 ", 0],
    ["indent typed with U+3000 (facts §6 case 8)", "\u3000\u3000正文", 2],
    ["decimal number is one word", "3.14", 1],
    ["decimal with unit", "增长12.5%，达到1.5万元", 9],
    ["number with thousands separator", "保费1,000,000元", 4],
    ["URL is one word", "访问https://example.com/a?b=1获取", 5],
    ["e-mail between CJK", "联系zhang.san@example.cn即可", 5],
    ["full-width brackets and comma", "（一）加强领导，落实责任。", 13],
    ["half-width punctuation alone between spaces", "a , b", 3],
    ["half-width punctuation stuck to Latin", "Hello, World!", 2],
    ["half-width brackets around a Chinese numeral", "(一)", 3],
    ["full-width stop after digit", "1．建立制度", 6],
    ["Hangul syllables", "안녕하세요", 5],
    ["Kangxi radicals", "⼀⼆⼃", 3],
    ["enclosed CJK and CJK compatibility", "㈱㍻", 2],
    ["CJK Ext B (astral) ideographs", "𠀀𠀁𪚥", 3],
    ["emoji inside Latin word", "Hello👍World", 1],
    ["emoji after CJK", "好👍", 2],
    ["variation selector does not split", "A\ufe0fB", 1],
    ["BOM does not count", "\ufeffHello", 1],
    ["ZWJ is a word character", "foo\u200dbar", 1],
    ["line separator counts and splits", "a\u2028b", 3],
    ["paragraph separator counts", "a\u2029b", 3],
    ["newline splits like a paragraph mark", "abc\ndef", 2],
    ["manual line break \\v splits", "abc\u000bdef", 2],
    ["lone high surrogate is a word character", "\ud800x", 1],
    ["Word's non-breaking hyphen joins", "e\u001email", 1],
    ["Word's optional hyphen is transparent", "inter\u001fnational", 1],
    ["circled numbers after CJK", "步骤①②", 3],
    ["ideographic space splits Latin words", "ABC\u3000DEF", 2],
  ];
  it.each(table)("%s: %j → %i", (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("countWords — ambiguous marks “ ” ‘ ’ — … · (facts §2.3)", () => {
  const table: [string, string, boolean | undefined, number][] = [
    ["quotes next to Han count 1 each", "他说“预防为主”。", undefined, 9],
    ["破折号 between Han", "风险——隐患", undefined, 6],
    ["一字线 between Han", "风险—隐患", undefined, 5],
    ["省略号 after Han, run reaches the end", "等等……", undefined, 4],
    ["single ellipsis after Han", "等等…", undefined, 3],
    ["date range: — touches 月", "2023年3月—2024年6月", undefined, 9],
    ["quotes round Latin, no Han: one word", "“Hello”", undefined, 1],
    ["dash between Latin letters joins", "A—B", undefined, 1],
    ["middle dot in a foreign name between Han", "约翰·史密斯", undefined, 6],
    ["middle dot between Latin", "A·B", undefined, 1],
    ["apostrophe-like ’ inside Latin", "don’t", undefined, 1],
    ["hint: quotes round Latin count East Asian", "“Hello”", true, 3],
    ["hint: dash between Latin", "A—B", true, 3],
    ["hint false keeps the adjacency rule", "他说“Hi”", false, 4],
    ["adjacency through ZWSP", "中\u200b“", undefined, 2],
    ["quote before Latin after space: joins the word", "他 “Hi”。", undefined, 4],
  ];
  it.each(table)("%s: %j (hint %p) → %i", (_name, text, hint, expected) => {
    const options = hint === undefined ? undefined : { eastAsiaHint: hint };
    expect(countWords(text, options)).toBe(expected);
  });
});

/** A small deterministic PRNG (mulberry32) for property tests. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  "安",
  "全",
  "，",
  "。",
  "a",
  "B",
  "7",
  ".",
  " ",
  "\u3000",
  "“",
  "—",
  "…",
  "①",
  "𠀀",
  "-",
];

function randomText(next: () => number, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

describe("countWords — properties", () => {
  const next = rng(20231031);
  const samples = Array.from({ length: 200 }, () => randomText(next, 1 + Math.floor(next() * 30)));

  it("words = cjk + nonCjkWords, and characters add up", () => {
    for (const s of samples) {
      const st = wordStats(s);
      expect(st.words).toBe(st.cjk + st.nonCjkWords);
      expect(st.words).toBe(countWords(s));
      expect(st.charsWithSpaces).toBeGreaterThanOrEqual(st.charsNoSpaces);
      expect(st.charsNoSpaces).toBeGreaterThanOrEqual(st.words);
    }
  });

  it("a paragraph break between two texts makes the counts add", () => {
    for (let i = 0; i + 1 < samples.length; i += 2) {
      const a = samples[i]!;
      const b = samples[i + 1]!;
      expect(countWords(`${a}\n${b}`)).toBe(countWords(a) + countWords(b));
    }
  });

  it("wordsExceed(s, max) is exactly countWords(s) > max, for every max around the count", () => {
    for (const s of samples) {
      const n = countWords(s);
      for (const max of [0, 1, n - 2, n - 1, n, n + 1, n + 5]) {
        if (max < 0) continue;
        expect([s, max, wordsExceed(s, max)]).toEqual([s, max, n > max]);
      }
    }
    // ambiguous marks decided by what follows them: “ after a Latin word, before a Han character
    expect(countWords("ab “字")).toBe(3);
    expect(wordsExceed("ab “字", 2)).toBe(true);
    expect(wordsExceed("ab “字", 3)).toBe(false);
  });

  it("spaces between Han characters change nothing", () => {
    for (const s of ["安全生产责任保险", "事故预防服务案例"]) {
      expect(countWords(Array.from(s).join(" "))).toBe(countWords(s));
    }
  });

  it("counts Han characters one by one in a very long string, linearly", () => {
    const long = "安全生产，责任保险。".repeat(30000); // 300 000 字
    const started = Date.now();
    expect(countWords(long)).toBe(300000);
    // A hang guard (quadratic would take minutes); timings are npm run bench's.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(countWords("word ".repeat(50000))).toBe(50000);
  });
});

describe("wordStats", () => {
  const table: [string, ReturnType<typeof wordStats>][] = [
    [
      "使用 Adobe Photoshop 打开图片",
      { words: 8, cjk: 6, nonCjkWords: 2, charsNoSpaces: 20, charsWithSpaces: 23 },
    ],
    ["", { words: 0, cjk: 0, nonCjkWords: 0, charsNoSpaces: 0, charsWithSpaces: 0 }],
    [
      "\u3000\u3000正文",
      { words: 2, cjk: 2, nonCjkWords: 0, charsNoSpaces: 2, charsWithSpaces: 4 },
    ],
    ["foo\u200bbar", { words: 1, cjk: 0, nonCjkWords: 1, charsNoSpaces: 6, charsWithSpaces: 6 }],
    ["foo\u200dbar", { words: 1, cjk: 0, nonCjkWords: 1, charsNoSpaces: 7, charsWithSpaces: 7 }],
    ["a\u2028b", { words: 3, cjk: 0, nonCjkWords: 3, charsNoSpaces: 3, charsWithSpaces: 3 }],
    ["𠀀 ab", { words: 2, cjk: 1, nonCjkWords: 1, charsNoSpaces: 3, charsWithSpaces: 4 }],
    ["a\nb", { words: 2, cjk: 0, nonCjkWords: 2, charsNoSpaces: 2, charsWithSpaces: 2 }],
  ];
  it.each(table)("%j", (text, expected) => {
    expect(wordStats(text)).toEqual(expected);
  });

  it("passes the hint on", () => {
    expect(wordStats("“Hi”", { eastAsiaHint: true })).toMatchObject({ cjk: 2, nonCjkWords: 1 });
    expect(wordStats("“Hi”")).toMatchObject({ cjk: 0, nonCjkWords: 1 });
  });

  it("addStats sums field by field", () => {
    const total = addStats(addStats(emptyStats(), wordStats("中文 ab")), wordStats("cd 文"));
    expect(total).toEqual(wordStats("中文 ab\ncd 文"));
  });
});

describe("paragraphStats — run-level East Asian hint", () => {
  it("counts a hinted mark as East Asian and an unhinted one as Latin", () => {
    const runs = (hint: "eastAsia" | null) => [
      { text: "Hello" },
      { text: "“", format: { hint } },
      { text: "World" },
    ];
    const plain = buildDocument([para("", { runs: runs(null) })]).paragraphs[0]!;
    const hinted = buildDocument([para("", { runs: runs("eastAsia") })]).paragraphs[0]!;
    expect(plain.text).toBe("Hello“World");
    expect(paragraphStats(plain).words).toBe(1);
    expect(paragraphStats(hinted)).toMatchObject({ words: 3, cjk: 1, nonCjkWords: 2 });
  });

  it("applies the hint only inside the hinted runs", () => {
    const p = buildDocument([
      para("", {
        runs: [
          { text: "A—B", format: { hint: "eastAsia" } },
          { text: " " },
          { text: "C—D" },
          { text: "E…", format: { hint: "eastAsia" } },
        ],
      }),
    ]).paragraphs[0]!;
    // A, —, B | C—DE (one word) + … (hinted)
    expect(paragraphStats(p)).toMatchObject({ words: 5, cjk: 2, nonCjkWords: 3 });
  });

  it("counts again when the paragraph's text or runs are replaced (the second asking is remembered)", () => {
    const p = buildDocument([para("安全生产")]).paragraphs[0]!;
    const first = paragraphStats(p);
    expect(first.words).toBe(4);
    first.words = 99; // a caller's copy: changing it changes nothing remembered
    expect(paragraphStats(p).words).toBe(4);
    p.text = "安全 ok";
    expect(paragraphStats(p).words).toBe(3);
    const q = buildDocument([para("A—B")]).paragraphs[0]!;
    expect(paragraphStats(q).words).toBe(1);
    q.runs = buildDocument([
      para("", { runs: [{ text: "A—B", format: { hint: "eastAsia" } }] }),
    ]).paragraphs[0]!.runs;
    expect(paragraphStats(q)).toMatchObject({ words: 3, cjk: 1 });
  });

  it("equals wordStats of the text when no run is hinted", () => {
    const text = "他说“预防为主”——A·B…";
    const p = buildDocument([para(text)]).paragraphs[0]!;
    expect(paragraphStats(p)).toEqual(wordStats(text));
  });
});

describe("documentStats (facts §2.4)", () => {
  const paras = [
    para("安责险服务创新"), // 7
    para("实施背景", { numbering: autoNumber("一、", 0, "chineseCounting") }), // 4, label not counted
    para("表格 cell", { tableDepth: 1 }), // 3
    para("Word 2023"), // 2
  ];

  it("counts body and table paragraphs, not numbering labels", () => {
    const doc = buildDocument(paras, { includeSubdocsInStats: false, textBoxText: ["文本框"] });
    expect(documentStats(doc).words).toBe(16);
  });

  it("adds text boxes and notes only when includeSubdocsInStats", () => {
    const options = { textBoxText: ["文本框"], noteText: ["脚注 note"] };
    const without = buildDocument(paras, { ...options, includeSubdocsInStats: false });
    const withSubdocs = buildDocument(paras, { ...options, includeSubdocsInStats: true });
    expect(documentStats(withSubdocs).words - documentStats(without).words).toBe(6);
    expect(documentStats(withSubdocs).charsNoSpaces - documentStats(without).charsNoSpaces).toBe(9);
  });

  it("counts an empty document as zero", () => {
    expect(documentStats(buildDocument([]))).toEqual(emptyStats());
  });

  it("does not join words across paragraphs", () => {
    const doc = buildDocument([para("abc"), para("def")]);
    expect(documentStats(doc).words).toBe(2);
  });
});
