/**
 * `npm run bench` — prints, for generated reports of about 10 000, 100 000 and 300 000 字:
 * the `context.sync()` calls per live re-check (must be ≤ 2 and not grow with size) and the
 * median times of the re-check's parts, measured against the strict Word double.
 *
 * A re-check is what the pane does after an edit: `gateway.readDocument()` (one batch:
 * body.paragraphs + body.getOoxml()) then `analyze()` (classify, rules, checklist). The double's
 * own work (serialising its OOXML, as Word would) is inside the readDocument figure; the parse and
 * analyze figures are our code alone. Figures are wall-clock on this machine: compare runs on the
 * same machine only.
 */
import { countWords } from "../src/core/count";
import { analyze } from "../src/core/analyze";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx, type DraftParagraph } from "../src/ooxml/build";
import { parseFlatOpc } from "../src/ooxml/parse";
import { createWordGateway } from "../src/word/gateway";
import { createWordDouble, installGlobals } from "../test/word-double";
import { SAMPLE } from "../test/fixtures/sample-content";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A report of at least `target` 字: the sample's front matter, then 主要做法 parts repeated. */
function generate(target: number): { paragraphs: DraftParagraph[]; words: number } {
  const ps: DraftParagraph[] = [];
  let words = 0;
  const add = (text: string, pStyle: string): void => {
    ps.push({ text, pStyle });
    words += countWords(text);
  };
  const r = PROFILE_2023.roles;
  add(SAMPLE.title, r.title.styleId);
  add("——" + SAMPLE.unitFullName, r.unitLine.styleId);
  add(SAMPLE.unitIntroHeading, r.unitIntroHeading.styleId);
  for (const t of SAMPLE.unitIntro) add(t, r.unitIntro.styleId);
  add(SAMPLE.background.heading, r.heading1.styleId);
  for (const t of SAMPLE.background.paragraphs) add(t, r.body.styleId);
  add(SAMPLE.practice.heading, r.heading1.styleId);
  const effectWords = SAMPLE.effect.paragraphs.reduce((n, t) => n + countWords(t), 0);
  while (words + effectWords < target) {
    for (const part of SAMPLE.practice.parts) {
      add(part.heading, r.heading2.styleId);
      for (const t of part.paragraphs) add(t, r.body.styleId);
      for (const sub of part.parts ?? []) {
        add(sub.heading, r.heading3.styleId);
        for (const t of sub.paragraphs) add(t, r.body.styleId);
      }
      if (words + effectWords >= target) break;
    }
  }
  add(SAMPLE.effect.heading, r.heading1.styleId);
  for (const t of SAMPLE.effect.paragraphs) add(t, r.body.styleId);
  return { paragraphs: ps, words };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function benchOne(target: number): Promise<string[]> {
  const { paragraphs, words } = generate(target);
  const docx = buildDocx({ blocks: paragraphs, styles: { kind: "profile", profile: PROFILE_2023 } });
  const double = createWordDouble({ docx, host: "Windows" });
  const restore = installGlobals(double);
  try {
    const gateway = createWordGateway({ profile: PROFILE_2023 });
    const syncs: number[] = [];
    const tRead: number[] = [];
    const tAnalyze: number[] = [];
    const tParse: number[] = [];
    let findings = 0;
    let byRule = "";
    const ooxml = double.documentOoxml();
    for (let i = 0; i <= RUNS; i++) {
      double.resetStats();
      const t0 = performance.now();
      const doc = await gateway.readDocument();
      const t1 = performance.now();
      const a = analyze(doc, PROFILE_2023);
      const t2 = performance.now();
      const t3 = performance.now();
      parseFlatOpc(ooxml);
      const t4 = performance.now();
      if (i === 0) continue; // warm-up
      syncs.push(double.stats.syncCount);
      tRead.push(t1 - t0);
      tAnalyze.push(t2 - t1);
      tParse.push(t4 - t3);
      findings = a.lint.findings.length;
      byRule = [...new Set(a.lint.findings.map((f) => f.ruleId))].join(",");
    }
    const maxSyncs = Math.max(...syncs);
    return [
      `${target.toLocaleString("en-US")}`,
      `${words.toLocaleString("en-US")}`,
      `${paragraphs.length}`,
      `${(new TextEncoder().encode(ooxml).length / 1024 / 1024).toFixed(1)} MB`,
      `${maxSyncs}${maxSyncs <= 2 ? "" : " (OVER BUDGET)"}`,
      `${median(tRead).toFixed(0)} ms`,
      `${median(tParse).toFixed(0)} ms`,
      `${median(tAnalyze).toFixed(0)} ms`,
      `${(median(tRead) + median(tAnalyze)).toFixed(0)} ms`,
      `${findings} (${byRule})`,
    ];
  } finally {
    restore();
  }
}

async function main(): Promise<void> {
  const header = [
    "target 字",
    "字数",
    "paragraphs",
    "flat-OPC",
    "syncs/re-check",
    "readDocument (double incl.)",
    "parse (ours)",
    "analyze (ours)",
    "re-check total",
    "findings",
  ];
  console.log(`# live re-check against the Word double — median of ${RUNS} runs after 1 warm-up, node ${process.version}`);
  console.log(header.join(" | "));
  const rows: string[][] = [];
  for (const target of [10_000, 100_000, 300_000]) {
    const row = await benchOne(target);
    rows.push(row);
    console.log(row.join(" | "));
  }
  const syncs = rows.map((r) => parseInt(r[4], 10));
  const flat = syncs.every((s) => s === syncs[0]);
  console.log(`\nsyncs per re-check: ${syncs.join(", ")} — ${flat && syncs[0] <= 2 ? "≤ 2 and independent of size" : "BUDGET VIOLATED"}`);
  if (!flat || syncs[0] > 2) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
