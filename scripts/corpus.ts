/**
 * `npm run corpus -- <folder|file>…` — runs the whole check on real documents (.docx, .dotx,
 * flat-OPC .xml) and prints, per file: paragraphs, roles and heading levels found, our 字数 and
 * non-space character count beside the `<Words>`/`<Characters>` figures saved in docProps/app.xml
 * (and which application saved them), and the findings by rule. Never part of `npm test`.
 *
 * Word's saved statistics are estimates, not its 字数 (../shared/corpus/SOURCES.md); WPS's look
 * like real counts, so the WPS rows are the calibration references (R34).
 *
 * For every WPS row the script also prints the difference split into words / characters /
 * spaces, the figures of the things a counter might include or leave out (automatic numbering
 * labels with their suffix, text boxes, footnotes/endnotes — none of which we count here, see
 * count.ts), and whether the difference is explained (CALIBRATION below, worked out by reading
 * the XML; README "字数 calibration" has the table and the reasoning).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocx, parseFlatOpc } from "../src/ooxml/parse";
import { analyze } from "../src/core/analyze";
import { addStats, documentStats, emptyStats, wordStats, type WordStats } from "../src/core/count";
import type { ReportDocument } from "../src/core/model";

/**
 * What we found about each WPS-saved difference (README "字数 calibration"). `explained`:
 * "yes" = cause shown in the XML; "candidate" = the only causes the XML allows are listed, WPS
 * itself is needed to tell which; "no" = not understood.
 */
const CALIBRATION: Record<string, { explained: "yes" | "candidate" | "no"; why: string }> = {
  "wps-gdnsf-regional-young.docx": {
    explained: "candidate",
    why:
      "WPS has 4 words and 4 characters fewer, no spaces difference: 4 single-character items. The body has " +
      "no text box, note, field, hidden text or tracked change (the footer's PAGE text box is not body text); " +
      "LibreOffice reads exactly our text. Candidates: the four book-title marks 《》《》 (the only ones in the " +
      "WPS pair), or the 4 characters of the auto-numbered heading 立论依据. The saved Lines 0 / Paragraphs 0 " +
      "show WPS did not recompute its layout statistics on that save, so stale figures are possible too.",
  },
  "wps-nsfc-general-2025.docx": {
    explained: "candidate",
    why:
      "WPS has 1 word, 2 characters and 1 space more: exactly one automatic label 'N.' with its space suffix " +
      "(three paragraphs carry labels 3. 4. 5., w:suff=space; we count no label, as Word). Counting all three " +
      "would give +3/+6/+3, so WPS counted at most one: stale statistics (saved Paragraphs 4, Lines 16 for 19 " +
      "non-empty paragraphs on 3 pages are not real counts) are the likelier reading. No text box, note, " +
      "field, hidden text or tracked change in the file.",
  },
};

/** Statistics of the automatic numbering labels (the tab or space after a label is not in the model, so not included). */
function labelStats(doc: ReportDocument): { count: number; stats: WordStats } {
  const stats = emptyStats();
  let count = 0;
  for (const p of doc.paragraphs) {
    if (!p.numbering || p.numbering.label === "") continue;
    count++;
    addStats(stats, wordStats(p.numbering.label));
  }
  return { count, stats };
}

function sumStats(texts: readonly string[]): WordStats {
  const s = emptyStats();
  for (const t of texts) addStats(s, wordStats(t));
  return s;
}

const fmt = (s: WordStats): string =>
  `字数 ${s.words} / 字符 ${s.charsNoSpaces} / 含空格 ${s.charsWithSpaces}`;

function files(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const st = fs.statSync(a);
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(a).sort()) {
        if (/\.(docx|dotx|docm|xml)$/i.test(f)) out.push(path.join(a, f));
      }
    } else out.push(a);
  }
  return out;
}

function load(file: string): ReportDocument {
  const bytes = fs.readFileSync(file);
  if (/\.xml$/i.test(file)) return parseFlatOpc(bytes.toString("utf8"));
  return parseDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function pct(a: number, b: number | null): string {
  if (b === null || b === 0) return "—";
  const d = ((a - b) / b) * 100;
  return `${d >= 0 ? "+" : ""}${d.toFixed(1)}%`;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error(
      "用法: npm run corpus -- <文件夹或文件>…   例如 npm run corpus -- ../shared/corpus/files"
    );
    process.exit(2);
  }
  let failures = 0;
  const rows: string[] = [];
  const explained: Array<[string, string]> = [];
  for (const file of files(args)) {
    const name = path.basename(file);
    try {
      const t0 = performance.now();
      const doc = load(file);
      const analysis = analyze(doc);
      const ms = performance.now() - t0;
      const stats = documentStats(doc);
      const roles = new Map<string, number>();
      const levels = new Map<number, number>();
      for (const p of analysis.classified.paragraphs) {
        roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
        if (p.heading) levels.set(p.heading.level, (levels.get(p.heading.level) ?? 0) + 1);
      }
      const byRule = new Map<string, number>();
      for (const f of analysis.lint.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const saved = doc.savedStatistics;
      const app = saved?.application ?? "（无 app.xml）";
      const isWps = /^WPS/i.test(app);
      console.log(`\n== ${name}  (${ms.toFixed(0)} ms)`);
      console.log(
        `   段落 ${doc.paragraphs.length}，表格 ${doc.tableCount}，图片 ${doc.pictures.length}，节 ${doc.sections.length}`
      );
      console.log(`   角色: ${[...roles].map(([r, n]) => `${r} ${n}`).join("，")}`);
      console.log(
        `   标题级别: ${
          [...levels]
            .sort((a, b) => a[0] - b[0])
            .map(([l, n]) => `${l}级 ${n}`)
            .join("，") || "无"
        }`
      );
      console.log(
        `   字数 ${stats.words}（中文字符 ${stats.cjk} + 非中文单词 ${stats.nonCjkWords}），字符数(不计空格) ${stats.charsNoSpaces}，字符数(计空格) ${stats.charsWithSpaces}`
      );
      console.log(
        `   app.xml [${app}]: Words ${saved?.words ?? "—"} (${pct(stats.words, saved?.words ?? null)})，Characters ${saved?.characters ?? "—"} (${pct(stats.charsNoSpaces, saved?.characters ?? null)})${isWps ? "  ← WPS：可作校准参考" : "  ← Word 保存值为估计值，不作校准"}`
      );
      if (isWps && saved) {
        const dw = (saved.words ?? 0) - stats.words;
        const dc = (saved.characters ?? 0) - stats.charsNoSpaces;
        const ds =
          (saved.charactersWithSpaces ?? 0) -
          (saved.characters ?? 0) -
          (stats.charsWithSpaces - stats.charsNoSpaces);
        const labels = labelStats(doc);
        console.log(
          `   WPS − 我们: 字数 ${dw >= 0 ? "+" : ""}${dw}，字符 ${dc >= 0 ? "+" : ""}${dc}，空格 ${ds >= 0 ? "+" : ""}${ds}`
        );
        console.log(
          `   可能的来源（均未计入我们的字数）: 自动编号 ${labels.count} 个（${fmt(labels.stats)}，不含编号后的空格/制表符）；` +
            `文本框（${fmt(sumStats(doc.textBoxText))}）；脚注/尾注（${fmt(sumStats(doc.noteText))}）；` +
            `settings 包括文本框等: ${doc.includeSubdocsInStats ? "是" : "否 (doNotIncludeSubdocsInStats)"}`
        );
        const c = CALIBRATION[name];
        const label = c
          ? { yes: "已解释", candidate: "部分解释（候选原因）", no: "未解释" }[c.explained]
          : "未分析";
        console.log(
          `   差异解释: ${dw === 0 && dc === 0 ? "无差异" : label}${c ? ` — ${c.why}` : ""}`
        );
        explained.push([name, dw === 0 && dc === 0 ? "无差异" : label]);
      }
      console.log(
        `   发现: ${[...byRule].map(([r, n]) => `${r} ${n}`).join("，") || "无"}${analysis.lint.crashed.length ? `  规则崩溃: ${analysis.lint.crashed.join(",")}` : ""}`
      );
      rows.push(
        [
          name,
          app.slice(0, 24),
          doc.paragraphs.length,
          stats.words,
          saved?.words ?? "—",
          pct(stats.words, saved?.words ?? null),
          stats.charsNoSpaces,
          saved?.characters ?? "—",
          pct(stats.charsNoSpaces, saved?.characters ?? null),
        ].join("\t")
      );
    } catch (e) {
      failures++;
      console.log(`\n== ${name}\n   读取失败: ${(e as Error).message}`);
      rows.push([name, "ERROR", (e as Error).message].join("\t"));
    }
  }
  console.log(
    "\n文件\t保存程序\t段落\t我们的字数\tapp Words\t差\t我们的字符数(不计空格)\tapp Characters\t差"
  );
  for (const r of rows) console.log(r);
  console.log(
    "\nWPS 校准差异: " + (explained.map(([n, e]) => `${n} ${e}`).join("；") || "无 WPS 文件")
  );
  console.log(`\n${rows.length - failures} 个文件检查完成，${failures} 个失败。`);
  process.exit(failures > 0 ? 1 : 0);
}

main();
