/**
 * Every rule is linear in the text (issue 10, defect 3; case "one long run of Latin letters").
 *
 * How we know: for each shape of text that makes a backtracking pattern or a per-position scan
 * quadratic (one long run without the character that ends a match, alternations of two
 * classes, long runs of spaces, nested brackets, many matches …), the whole analysis (every
 * rule) is run on the shape at n and at 4n characters, in one paragraph of the 正文. Linear work
 * grows 4×, quadratic 16×: the test asserts the CPU time grows less than 9× (best of three, so a
 * busy machine does not decide). Before the fix the first shape took 3 s at 25 000 and 56 s at
 * 100 000 characters. The argument per pattern is in the rules' comments (punctuation.ts
 * PROTECTED, privacy.ts EMAIL, first-person.ts firstPersonPattern).
 */
import { analyze } from "../../src/core/analyze";
import { PROFILE_2023 } from "../../src/core/profile";
import { asRole, para } from "../fixtures/model-builders";
import { P, reportDoc, reportSpecs, withPara } from "../core/helpers";

const N = 10_000;

const SHAPES: Array<[string, (n: number) => string]> = [
  ["Latin letters without space", (n) => "a".repeat(n)],
  ["letters and digits alternating", (n) => "a1".repeat(n / 2)],
  ["many @ without a domain", (n) => "a@".repeat(n / 2)],
  ["a long dotted domain", (n) => `x@${"b.".repeat(n / 2)}`],
  ["a long run of spaces between marks", (n) => `安${" ".repeat(n)},安`],
  ["commas between ideographs", (n) => "安,".repeat(n / 2)],
  ["nested brackets", (n) => `${"(".repeat(n / 2)}安${")".repeat(n / 2)}`],
  ["repeated 简称", (n) => "简称".repeat(n / 2)],
  ["Chinese numerals without 年", (n) => "一".repeat(n)],
  ["underscores", (n) => "_".repeat(n)],
  ["mobile numbers", (n) => "13812345678 ".repeat(Math.ceil(n / 12))],
  ["English words", (n) => "word ".repeat(n / 5)],
  ["first-person words", (n) => "我们我司本公司".repeat(Math.ceil(n / 7))],
  ["dashes and dots", (n) => "安—安...".repeat(Math.ceil(n / 6))],
];

/** CPU time (ms) of analyzing the sample report with `text` as one body paragraph; best of 3. */
function cpuMs(text: string): number {
  const specs = withPara(reportSpecs(), P.practiceText, para(text, asRole("body")));
  const doc = reportDoc(specs);
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = process.cpuUsage();
    analyze(doc, PROFILE_2023);
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe("every rule is linear in the text", () => {
  for (const [label, make] of SHAPES) {
    it(`${label}: 4× the text costs < 9× the time`, () => {
      cpuMs(make(1000)); // warm up the rules' code
      const small = cpuMs(make(N));
      const large = cpuMs(make(4 * N));
      // a floor of 5 ms keeps timer noise on tiny figures from deciding
      expect(large / Math.max(small, 5)).toBeLessThan(9);
    });
  }
});
