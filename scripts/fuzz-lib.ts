/**
 * @fileoverview The mutation fuzzer's parts (issue 10): seeded mutations of our own generated
 * documents, and the classification of what `check` and `format` answered. Used by
 * `scripts/fuzz.ts` (`npm run fuzz -- N`, child processes with a watchdog for hangs and a heap
 * limit for memory) and by a fixed-seed sample in `npm test` (test/hardening/fuzz.test.ts).
 *
 * A mutation works on the zip's entries (not on compressed bytes, which would only test the
 * inflater): it picks an XML entry and deletes, duplicates or inserts text — markup fragments,
 * character references XML forbids or normalises, control and bidi characters, long runs
 * without spaces, thousands of empty paragraphs — or it removes or empties an entry, points a
 * relationship elsewhere, or damages the zip itself (bytes flipped, cut short). One to four
 * mutations per input.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { main } from "../src/cli/main";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx } from "../test/fixtures/draft-docx";
import { compliantDraft, firstPersonDraft, unstyledDraft } from "../test/fixtures/drafts";

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let fixtureCache: Uint8Array[] | null = null;

/** The documents mutated: the compliant sample, the unstyled paste, the first-person draft. */
export function fuzzFixtures(): Uint8Array[] {
  fixtureCache ??= [compliantDraft, unstyledDraft, firstPersonDraft].map((d) =>
    buildDocx(d(PROFILE_2023).spec)
  );
  return fixtureCache;
}

/** Text fragments inserted into XML parts. */
const FRAGMENTS: readonly string[] = [
  "&#13;",
  "&#x1b;",
  "&#0;",
  "&#xFFFE;",
  "&#xD800;",
  "\u0001",
  "\u001b]0;title\u0007",
  "\u202E",
  "\u2066",
  "\r\n",
  "<w:p/>",
  "</w:p>",
  "<w:p>",
  "<w:r><w:t>我们</w:t></w:r>",
  "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
  "]]>",
  "<![CDATA[x]]>",
  "<!DOCTYPE x>",
  "<?pi x?>",
  "<!-- c -->",
  "&amp;",
  "&bogus;",
  '"',
  "'",
  "<",
  ">",
  "&",
  "😀",
  "（（（",
  "，，，",
  'xmlns:w="urn:x"',
  'w:val="999999999999"',
  '<w:sectPr><w:pgSz w:w="0" w:h="-1"/></w:sectPr>',
  '<w:rPrChange w:id="1" w:author="a"><w:rPr/></w:rPrChange>',
  '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="zz"><w:p/></mc:Choice></mc:AlternateContent>',
];

/** Generators of long or repeated text (bounded so one input stays small on disk). */
const LONG: ReadonlyArray<(r: () => number) => string> = [
  (r) => "a".repeat(1000 + Math.floor(r() * 200_000)),
  (r) => "a1".repeat(500 + Math.floor(r() * 50_000)),
  (r) => "<w:p/>".repeat(1000 + Math.floor(r() * 400_000)),
  (r) => "<w:r/>".repeat(1000 + Math.floor(r() * 700_000)),
  (r) => "<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(100 + Math.floor(r() * 20_000)),
  (r) => " ".repeat(1000 + Math.floor(r() * 100_000)),
  (r) => "<w:tbl><w:tr><w:tc>".repeat(10 + Math.floor(r() * 400)),
  (r) => "(".repeat(1000 + Math.floor(r() * 20_000)),
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/**
 * One mutated document: fixture and mutations chosen by `seed` alone (the same seed gives the
 * same bytes).
 * @returns the bytes and a short description of the mutations (for a report of a failure)
 */
export function mutate(seed: number): { bytes: Uint8Array; what: string[] } {
  const r = prng(seed);
  const base = pick(r, fuzzFixtures());
  const entries = unzipSync(base);
  const what: string[] = [];
  const names = Object.keys(entries);
  const xmlNames = names.filter((n) => /\.(xml|rels)$/i.test(n));
  const count = 1 + Math.floor(r() * 4);
  let damageZip: ((z: Uint8Array) => Uint8Array) | null = null;
  for (let k = 0; k < count; k++) {
    const kind = Math.floor(r() * 10);
    const name = r() < 0.6 ? "word/document.xml" : pick(r, xmlNames);
    const data = entries[name];
    if (data === undefined) continue;
    const text = strFromU8(data);
    const at = Math.floor(r() * (text.length + 1));
    if (kind <= 2) {
      const frag = pick(r, FRAGMENTS);
      entries[name] = strToU8(text.slice(0, at) + frag + text.slice(at));
      what.push(`insert ${JSON.stringify(frag)} in ${name}@${at}`);
    } else if (kind === 3) {
      const long = pick(r, LONG)(r);
      entries[name] = strToU8(text.slice(0, at) + long + text.slice(at));
      what.push(`insert ${long.length} chars in ${name}@${at}`);
    } else if (kind === 4) {
      const len = Math.floor(r() * 200);
      entries[name] = strToU8(text.slice(0, at) + text.slice(at + len));
      what.push(`delete ${len} in ${name}@${at}`);
    } else if (kind === 5) {
      const len = Math.floor(r() * 400);
      const piece = text.slice(at, at + len);
      entries[name] = strToU8(text.slice(0, at) + piece + piece + text.slice(at + len));
      what.push(`duplicate ${len} in ${name}@${at}`);
    } else if (kind === 6) {
      if (r() < 0.5) {
        entries[name] = new Uint8Array(0);
        what.push(`empty ${name}`);
      } else {
        delete entries[name];
        what.push(`remove ${name}`);
      }
    } else if (kind === 7) {
      const rels = "word/_rels/document.xml.rels";
      const relsData = entries[rels];
      if (relsData) {
        const targets = [
          "document.xml",
          "styles.xml",
          "missing.xml",
          "../../x.xml",
          "/word/document.xml",
          "",
        ];
        const t = pick(r, targets);
        let n = 0;
        const pickN = Math.floor(r() * 6);
        entries[rels] = strToU8(
          strFromU8(relsData).replace(/Target="[^"]*"/g, (m) =>
            n++ === pickN ? `Target="${t}"` : m
          )
        );
        what.push(`retarget relationship ${pickN} to ${JSON.stringify(t)}`);
      }
    } else if (kind === 8) {
      // swap two attribute values' digits: odd numbers where numbers are expected
      entries[name] = strToU8(
        text.replace(/="(\d+)"/g, (m, d: string) => (r() < 0.05 ? `="${d}${d}${d}"` : m))
      );
      what.push(`inflate numbers in ${name}`);
    } else {
      const mode = Math.floor(r() * 2);
      damageZip = (z) => {
        const out = z.slice();
        if (mode === 0) {
          for (let q = 0; q < 1 + Math.floor(r() * 8); q++) {
            const p = Math.floor(r() * out.length);
            out[p] = (out[p] ?? 0) ^ (1 << Math.floor(r() * 8));
          }
          return out;
        }
        return out.slice(0, Math.floor(r() * out.length));
      };
      what.push(mode === 0 ? "flip zip bytes" : "cut zip short");
    }
  }
  const z: Zippable = {};
  for (const [k, v] of Object.entries(entries)) z[k] = v;
  let bytes: Uint8Array = zipSync(z);
  if (damageZip) bytes = damageZip(bytes);
  return { bytes, what };
}

/** What one run answered, as the fuzzer counts it. */
export type Outcome = "ok" | "refused" | "internal";

/** The outcome of one CLI run: exit 0/1 ok; exit 2 with a clean message refused; else internal. */
export function outcomeOf(code: number, output: string): Outcome {
  if (/内部错误|internal error/i.test(output) || /\n\s+at .+:\d+:\d+/.test(output))
    return "internal";
  if (code === 0 || code === 1) return "ok";
  if (code === 2) return "refused";
  return "internal";
}

/** The worse of two outcomes (internal > refused > ok). */
export function worse(a: Outcome, b: Outcome): Outcome {
  const rank = { ok: 0, refused: 1, internal: 2 } as const;
  return rank[a] >= rank[b] ? a : b;
}

/**
 * Runs `check` and `format -o` on one input in this process (captured streams, a fresh temporary
 * folder removed afterwards).
 * @returns the worse outcome of the two and their output (for a report)
 */
export async function runOne(bytes: Uint8Array): Promise<{ outcome: Outcome; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-fuzz-"));
  try {
    const file = path.join(dir, "报告.docx");
    fs.writeFileSync(file, bytes);
    let outcome: Outcome = "ok";
    let output = "";
    for (const args of [
      ["check", file],
      ["format", file, "-o", path.join(dir, "out.docx")],
    ]) {
      let text = "";
      const sink = { write: (s: string) => ((text += s), true) };
      const code = await main(args, { stdout: sink, stderr: sink, cwd: dir });
      outcome = worse(outcome, outcomeOf(code, text));
      output += `$ ${args[0]} → ${code}\n${text.slice(0, 2000)}\n`;
    }
    return { outcome, output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
