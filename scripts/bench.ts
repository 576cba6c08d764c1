/**
 * `npm run bench` — first the live checklist's lines of issue 7 (`./bench-live.ts`: bytes and
 * ms per keystroke, idle full reads), then, for generated reports of about 10 000, 100 000 and
 * 300 000 字: the `context.sync()` calls of a WHOLE read and the median times of its parts,
 * measured against the strict Word double.
 *
 * A whole read is what the pane does at open, after a write and on 重新检查:
 * `gateway.readDocument({ fresh: true })` (the paragraph batch, then the OOXML in parts of at
 * most CHUNK_BYTES estimated per sync, each photo alone — src/word/liveRead.ts) then `analyze()`
 * (classify, rules, checklist). Its syncs grow with the size (1 + the parts): bounded by
 * 2 + ⌈OOXML without photos ÷ CHUNK_BYTES⌉ + photos, checked here. A re-check after an edit
 * reads only the changed paragraphs (1–2 syncs, `bench-live`). The double's own work
 * (serialising its OOXML, as Word would) is inside the readDocument figure; the parse and
 * analyze figures are our code alone. Figures are wall-clock on this machine: compare runs on
 * the same machine only.
 *
 * Then, after that table (issue 3, "speed"):
 * - `case-report check --json` over a folder of 100 generated reports of about 10 000 字 each, run
 *   as the user runs it — a child process (`node -r tsx/cjs`, as bin/case-report.js), JSON to
 *   /dev/null — giving documents per second and the child's peak resident memory
 *   (`process.resourceUsage().maxRSS`, read in the child when the command ends). The same for a
 *   folder of ONE such report, printed beside it: check streams file by file, so peak memory for
 *   100 documents must stay near that of 1 (not ~100×; both include node + tsx + our modules).
 * - the time of `case-report format` (in-process `main`, input and output files) on one document
 *   of about 300 000 字 with headings, tables and pictures.
 * `BENCH_SKIP_RECHECK=1` skips the first table (e.g. while src/word is being changed);
 * `BENCH_SKIP_FORMAT=1` skips 一键排版's `format-bytes` line (`./bench-format.ts`);
 * `BENCH_SKIP_PANE=1` the pane's `first-checklist-ms` and `pane-js-gzip` lines (`./bench-pane.ts`).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main as cliMain } from "../src/cli/main";
import { analyze } from "../src/core/analyze";
import { PROFILE_2023 } from "../src/core/profile";
import { buildDocx, type DraftBlock, type DraftParagraph } from "../test/fixtures/draft-docx";
import { parseFlatOpc } from "../src/ooxml/parse";
import { createWordGateway } from "../src/word/gateway";
import { CHUNK_BYTES } from "../src/word/liveRead";
import { createWordDouble, installGlobals } from "../test/word-double";
import { photoPng } from "../test/fixtures/drafts";
import { generateReport, noisePhoto as photo } from "./bench-report";
import { benchLive } from "./bench-live";
import { benchAnalyze } from "./bench-analyze";
import { benchCli } from "./bench-cli";
import { benchFormat } from "./bench-format";
import { benchPane } from "./bench-pane";
import { median } from "./median";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Work-scene photos per document (R21 asks for ≥ 2); `BENCH_PHOTOS=0` for text only. */
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 2);

/** A report of at least `target` 字 with {@link PHOTOS} noise photos. */
function generate(target: number): { paragraphs: DraftParagraph[]; words: number } {
  return generateReport(
    target,
    Array.from({ length: PHOTOS }, (_, i) => photo(i + 1))
  );
}

/** One row of the whole-read table: its cells, the syncs cell, and whether syncs went over budget. */
interface ReadRow {
  cells: string[];
  syncs: string;
  over: boolean;
}

async function benchOne(target: number): Promise<ReadRow> {
  const { paragraphs, words } = generate(target);
  const docx = buildDocx({
    blocks: paragraphs,
    styles: { kind: "profile", profile: PROFILE_2023 },
  });
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
      const doc = await gateway.readDocument({ fresh: true });
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
    const textBytes = new TextEncoder().encode(
      ooxml.replace(/<pkg:binaryData>[^<]*</g, "<")
    ).length;
    const bound = 2 + Math.ceil(textBytes / CHUNK_BYTES) + PHOTOS;
    const over = maxSyncs > bound;
    const syncsCell = `${maxSyncs}${over ? ` (OVER BUDGET ${bound})` : ` (≤ ${bound})`}`;
    const cells = [
      `${target.toLocaleString("en-US")}`,
      `${words.toLocaleString("en-US")}`,
      `${paragraphs.length}`,
      `${(new TextEncoder().encode(ooxml).length / 1024 / 1024).toFixed(1)} MB`,
      syncsCell,
      `${median(tRead).toFixed(0)} ms`,
      `${median(tParse).toFixed(0)} ms`,
      `${median(tAnalyze).toFixed(0)} ms`,
      `${(median(tRead) + median(tAnalyze)).toFixed(0)} ms`,
      `${findings} (${byRule})`,
    ];
    return { cells, syncs: syncsCell, over };
  } finally {
    restore();
  }
}

async function recheckTable(): Promise<void> {
  const header = [
    "target 字",
    "字数",
    "paragraphs",
    "flat-OPC",
    "syncs/whole read",
    "readDocument (double incl.)",
    "parse (ours)",
    "analyze (ours)",
    "whole read total",
    "findings",
  ];
  console.log(
    `# whole read against the Word double — median of ${RUNS} runs after 1 warm-up, ${PHOTOS} photos per document, node ${process.version}`
  );
  console.log(header.join(" | "));
  const rows: ReadRow[] = [];
  for (const target of [10_000, 100_000, 300_000]) {
    const row = await benchOne(target);
    rows.push(row);
    console.log(row.cells.join(" | "));
  }
  const over = rows.filter((r) => r.over);
  console.log(
    `\nsyncs per whole read: ${rows.map((r) => r.syncs).join(", ")} — ${over.length === 0 ? "within 2 + parts of CHUNK_BYTES + photos" : "BUDGET VIOLATED"}`
  );
  if (over.length > 0) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// Batch check and format (issue 3)

const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const ROOT = path.resolve(__dirname, "..");

/** A ~10 000 字 report, its title numbered so the files differ. */
function batchDocument(n: number, base: DraftParagraph[]): Uint8Array {
  const blocks = base.map((p, i) => (i === 0 ? { ...p, text: `${p.text}（${n + 1}）` } : p));
  return buildDocx({ blocks, styles: { kind: "profile", profile: PROFILE_2023 } });
}

interface ChildResult {
  code: number;
  /** Duration of `main` inside the child (after node, tsx and our modules are loaded). */
  ms: number;
  /** Wall time of the whole child process, start-up included, seen from the parent. */
  wallMs: number;
  maxRssMb: number;
}

/**
 * Runs `case-report check <folder> --json` in a child node (tsx's require hook, as
 * bin/case-report.js), stdout to /dev/null; the child reports its own duration and peak RSS.
 */
function checkInChild(folder: string): ChildResult {
  const code = [
    `require("tsx/cjs");`,
    `const { main } = require(${JSON.stringify(path.join(ROOT, "src/cli/main"))});`,
    `const t0 = performance.now();`,
    `main(["check", ${JSON.stringify(folder)}, "--json"], { stdout: process.stdout, stderr: { write() {} }, cwd: process.cwd() })`,
    `  .then((c) => process.stderr.write("BENCH " + JSON.stringify({ code: c, ms: performance.now() - t0, maxRSS: process.resourceUsage().maxRSS }) + "\\n"));`,
  ].join("\n");
  const devNull = fs.openSync("/dev/null", "w");
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["-e", code], {
      cwd: ROOT,
      stdio: ["ignore", devNull, "pipe"],
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    const wallMs = performance.now() - t0;
    const line = (r.stderr ?? "").split("\n").find((l) => l.startsWith("BENCH "));
    if (!line) throw new Error(`check child failed (status ${r.status}): ${r.stderr}`);
    const j = JSON.parse(line.slice(6)) as { code: number; ms: number; maxRSS: number };
    return { code: j.code, ms: j.ms, wallMs, maxRssMb: j.maxRSS / 1024 }; // maxRSS is in KiB
  } finally {
    fs.closeSync(devNull);
  }
}

/** A ~300 000 字 report: the generated text plus a 3 × 4 table and a photo every 40 paragraphs. */
function bigDocument(): { bytes: Uint8Array; words: number; tables: number; pictures: number } {
  const { paragraphs, words } = generate(300_000);
  const blocks: DraftBlock[] = [];
  let tables = 0;
  let pictures = 0;
  const photo = photoPng(1);
  paragraphs.forEach((p, i) => {
    blocks.push(p);
    if (i > 0 && i % 40 === 0) {
      const cell = (t: string): DraftParagraph[] => [{ text: t }];
      blocks.push({
        type: "table",
        rows: [
          [cell("指标"), cell("服务前"), cell("服务后"), cell("变化")],
          [cell("隐患数"), cell("128"), cell("12"), cell("-90.6%")],
          [cell("事故起数"), cell("5"), cell("1"), cell("-80%")],
        ],
      });
      blocks.push({ text: "", pictures: [{ png: photo, cx: 5040000, cy: 3360000 }] });
      blocks.push({ text: `图${++pictures}\u3000现场检查照片` });
      tables++;
    }
  });
  const bytes = buildDocx({ blocks, styles: { kind: "plain" } });
  return { bytes, words, tables, pictures };
}

async function batchAndFormat(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "case-report-bench-"));
  try {
    const { paragraphs, words } = generate(10_000);
    const one = path.join(tmp, "one");
    const many = path.join(tmp, "many");
    fs.mkdirSync(one);
    fs.mkdirSync(many);
    let bytes = 0;
    for (let i = 0; i < BATCH; i++) {
      const doc = batchDocument(i, paragraphs);
      bytes += doc.length;
      fs.writeFileSync(path.join(many, `report-${String(i + 1).padStart(3, "0")}.docx`), doc);
      if (i === 0) fs.writeFileSync(path.join(one, "report-001.docx"), doc);
    }
    console.log(
      `\n# case-report check --json (child process, JSON to /dev/null), reports of ${words.toLocaleString("en-US")} 字 (${(bytes / BATCH / 1024).toFixed(0)} KB each)`
    );
    console.log(
      "documents | exit | check time (in child) | documents/s | process wall time (start-up incl.) | peak RSS (maxRSS)"
    );
    const r1 = checkInChild(one);
    const rN = checkInChild(many);
    for (const [n, r] of [
      [1, r1],
      [BATCH, rN],
    ] as const) {
      console.log(
        `${n} | ${r.code} | ${(r.ms / 1000).toFixed(2)} s | ${((n * 1000) / r.ms).toFixed(1)} | ${(r.wallMs / 1000).toFixed(2)} s | ${r.maxRssMb.toFixed(0)} MB`
      );
    }
    const ratio = rN.maxRssMb / r1.maxRssMb;
    console.log(
      `peak RSS ${BATCH} documents ÷ 1 document = ${ratio.toFixed(2)}× — ${ratio < 3 ? "streaming: memory does not grow with the number of files" : "MEMORY GROWS WITH THE NUMBER OF FILES"}`
    );
    if (ratio >= 3) process.exitCode = 1;

    const big = bigDocument();
    const input = path.join(tmp, "big.docx");
    const output = path.join(tmp, "big-排版.docx");
    fs.writeFileSync(input, big.bytes);
    let log = "";
    const sink = { write: (s: string) => (log += s) };
    const t0 = performance.now();
    const code = await cliMain(["format", input, "-o", output], {
      stdout: sink,
      stderr: sink,
      cwd: tmp,
    });
    const ms = performance.now() - t0;
    console.log(
      `\n# case-report format (in-process main), one document: ${big.words.toLocaleString("en-US")} 字, ${big.tables} tables, ${big.pictures} pictures, ${(big.bytes.length / 1024 / 1024).toFixed(1)} MB`
    );
    console.log(
      `exit ${code} | ${(ms / 1000).toFixed(2)} s | output ${code === 0 ? `${(fs.statSync(output).size / 1024 / 1024).toFixed(1)} MB — ${log.split("\n")[1]?.trim() ?? ""}` : log.trim()}`
    );
    if (code !== 0) process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  benchAnalyze();
  benchCli();
  if (process.env.BENCH_SKIP_LIVE !== "1") await benchLive();
  if (process.env.BENCH_SKIP_FORMAT !== "1") await benchFormat();
  if (process.env.BENCH_SKIP_PANE !== "1") await benchPane();
  if (process.env.BENCH_SKIP_RECHECK !== "1") await recheckTable();
  await batchAndFormat();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
