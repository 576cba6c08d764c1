/**
 * @fileoverview Issue 3, "proof that it is right": LibreOffice, an independent OOXML consumer,
 * reads the .docx files we write and we compare what it understood with the 2023 profile
 * (R13–R19). Three inputs: the template (`templateDocx`), every draft fixture formatted the way
 * the CLI formats it (plus two drafts built here), and a PDF/PNG rendering of the template kept in
 * test-results/interop/ for a person to look at.
 *
 * All conversions happen in two soffice invocations (one to .fodt, one to .pdf) in `beforeAll`.
 * Without LibreOffice the suite is skipped with a message; with REQUIRE_INTEROP=1 it fails.
 * Run: `npm run test:interop` (= `jest -c jest.interop.config.js`).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { FormattedRole } from "../../src/core/profile";
import { PROFILE_2023 } from "../../src/core/profile";
import { main as cliMain } from "../../src/cli/main";
import { buildDocx } from "../fixtures/draft-docx";
import { FORMATTED_ROLES } from "../../src/ooxml/styles";
import { templateDocx, templateParagraphs } from "../../src/ooxml/template";
import { allDrafts } from "../fixtures/drafts";
import { noStylesDraft, pastedDraft } from "./drafts";
import {
  convert,
  findSoffice,
  interopRequired,
  type LoDocument,
  type LoParagraph,
  pdfPageCount,
  pdfToPng,
  readFodt,
  REQUIRE_ENV,
  which,
} from "./lo";
import {
  compareParagraph,
  type Formatted,
  formatDocx,
  MM_TOLERANCE,
  prescribed,
  written,
} from "./pipeline";

const P = PROFILE_2023;
const ROOT = resolve(__dirname, "../..");
const ARTEFACTS = join(ROOT, "test-results", "interop");
const FIXTURES = join(ROOT, "test", "fixtures");

const soffice = findSoffice();
const pdftoppm = which("pdftoppm");
const required = interopRequired();

/** Drafts known to be wrong before formatting: LibreOffice must see the difference (negative control). */
const KNOWN_WRONG = [
  "draft-unstyled",
  "draft-wrong-fonts",
  "draft-multiple-spacing",
  "built-pasted",
  "built-no-styles",
];

let inputsMemo: Array<{ name: string; bytes: Uint8Array }> | null = null;

/** The inputs to format: committed fixtures when present (else built from drafts.ts), plus ours. */
function draftInputs(): Array<{ name: string; bytes: Uint8Array }> {
  if (inputsMemo) return inputsMemo;
  const out: Array<{ name: string; bytes: Uint8Array }> = [];
  inputsMemo = out;
  const files = existsSync(FIXTURES)
    ? readdirSync(FIXTURES).filter((f) => /^(draft-.*|compliant)\.docx$/.test(f))
    : [];
  if (files.length > 0) {
    for (const f of files.sort()) {
      out.push({
        name: f.replace(/\.docx$/, ""),
        bytes: new Uint8Array(readFileSync(join(FIXTURES, f))),
      });
    }
  } else {
    for (const [f, d] of Object.entries(allDrafts(P))) {
      out.push({ name: f.replace(/\.docx$/, ""), bytes: buildDocx(d.spec) });
    }
  }
  out.push({ name: "built-pasted", bytes: buildDocx(pastedDraft()) });
  out.push({ name: "built-no-styles", bytes: buildDocx(noStylesDraft(P)) });
  return out;
}

interface DraftCase {
  name: string;
  formatted: Formatted;
  before: LoDocument;
  after: LoDocument;
  /** The same input formatted by the CLI (`case-report format in -o out`). */
  cli: { code: number; log: string; after: LoDocument };
}

/** Runs the CLI in-process (`main(argv, io)`), as bin/case-report.js does. */
async function runCli(argv: string[], cwd: string): Promise<{ code: number; log: string }> {
  let log = "";
  const sink = { write: (chunk: string) => (log += chunk) };
  const code = await cliMain(argv, { stdout: sink, stderr: sink, cwd });
  return { code, log };
}

/** What LibreOffice read, without the names of its automatic styles (P1, P2 … vary freely). */
function looks(doc: LoDocument): unknown {
  return {
    paragraphs: doc.paragraphs.map(({ styleName: _s, ...rest }) => rest),
    pages: doc.pages,
    images: doc.images,
    tables: doc.tables,
  };
}

function fmtLine(p: LoParagraph): string {
  const lh = p.para.lineHeight;
  const line =
    lh === null
      ? "∅"
      : lh.rule === "proportional"
        ? `${lh.percent}%`
        : `${lh.rule} ${lh.pt.toFixed(2)} pt`;
  return line;
}

/** Markdown table of what LibreOffice read for the first template paragraph of each role. */
function readbackTable(doc: LoDocument, roles: FormattedRole[]): string {
  const rows = [
    "| role | LibreOffice style | Asian font | size | weight | alignment | line height | Latin font | first-line indent | outline |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  const seen = new Set<FormattedRole>();
  roles.forEach((role, i) => {
    if (seen.has(role)) return;
    seen.add(role);
    const p = doc.paragraphs[i]!;
    rows.push(
      `| ${role} | ${p.namedStyle} | ${p.props.fontAsian} | ${p.props.sizeAsian} pt | ` +
        `${p.props.boldAsian ? "bold" : "normal"} | ${p.para.alignment} | ${fmtLine(p)} | ` +
        `${p.props.fontLatin} | ${(p.para.textIndentPt ?? 0).toFixed(2)} pt | ${p.outlineLevel ?? "–"} |`
    );
  });
  return rows.join("\n") + "\n";
}

if (!soffice && !required) {
  console.warn(
    "[interop] SKIPPED: LibreOffice (soffice) is not on PATH. Install it with\n" +
      "  apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk\n" +
      `or set ${REQUIRE_ENV}=1 to make its absence a failure.`
  );
}

const suite = soffice || required ? describe : describe.skip;

suite(
  soffice ? "LibreOffice reads our OOXML" : "LibreOffice reads our OOXML (SKIPPED: no soffice)",
  () => {
    let work = "";
    let setupError: Error | null = null;
    let template: LoDocument | null = null;
    let templatePdf = "";
    const drafts: DraftCase[] = [];
    let formattedPdf = "";
    let cliTemplate: { code: number; log: string; doc: LoDocument | null } | null = null;

    beforeAll(async () => {
      if (!soffice) {
        setupError = new Error(`${REQUIRE_ENV}=1 but LibreOffice (soffice) is not on PATH`);
        return;
      }
      work = mkdtempSync(join(tmpdir(), "interop-"));
      // Fresh artefacts: nothing left over from an earlier run can pass for this one's.
      rmSync(ARTEFACTS, { recursive: true, force: true });
      mkdirSync(ARTEFACTS, { recursive: true });
      try {
        const templatePath = join(work, "template.docx");
        writeFileSync(templatePath, templateDocx(P));
        const inputs = draftInputs();
        const formatted = new Map<string, Formatted>();
        const before: string[] = [];
        const after: string[] = [];
        const viaCli: string[] = [];
        const cliRuns: Array<{ code: number; log: string }> = [];
        for (const d of inputs) {
          const f = formatDocx(d.bytes, P);
          formatted.set(d.name, f);
          const a = join(work, `${d.name}.in.docx`);
          const b = join(work, `${d.name}.out.docx`);
          const c = join(work, `${d.name}.cli.docx`);
          writeFileSync(a, d.bytes);
          writeFileSync(b, f.bytes);
          cliRuns.push(await runCli(["format", a, "-o", c], work));
          before.push(a);
          after.push(b);
          viaCli.push(c);
        }
        const cliNew = join(work, "cli-template.docx");
        const newRun = await runCli(["new", "-o", cliNew], work);
        const cliOutputs = [...viaCli, cliNew].filter(existsSync);
        // One soffice run for every .fodt, one for the PDFs.
        const fodts = await convert(
          [templatePath, ...before, ...after, ...cliOutputs],
          "fodt",
          work
        );
        const cliFodt = (docx: string): LoDocument | null => {
          const i = cliOutputs.indexOf(docx);
          return i < 0 ? null : readFodt(fodts[1 + 2 * inputs.length + i]!);
        };
        cliTemplate = { ...newRun, doc: cliFodt(cliNew) };
        const pdfs = await convert(
          [templatePath, join(work, "draft-unstyled.out.docx")].filter(existsSync),
          "pdf",
          work
        );
        template = readFodt(fodts[0]!);
        templatePdf = pdfs[0]!;
        formattedPdf = pdfs[1] ?? "";
        inputs.forEach((d, i) => {
          drafts.push({
            name: d.name,
            formatted: formatted.get(d.name) as Formatted,
            before: readFodt(fodts[1 + i]!),
            after: readFodt(fodts[1 + inputs.length + i]!),
            cli: { ...cliRuns[i]!, after: cliFodt(viaCli[i]!) as LoDocument },
          });
        });
        for (const f of [
          templatePath,
          fodts[0]!,
          ...pdfs,
          ...after,
          ...fodts.slice(1 + inputs.length),
        ]) {
          copyFileSync(f, join(ARTEFACTS, f.slice(work.length + 1)));
        }
      } catch (e) {
        setupError = e instanceof Error ? e : new Error(String(e));
      }
    }, 600_000);

    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    const ready = (): void => {
      if (setupError) throw setupError;
    };

    describe("template (templateDocx)", () => {
      const roles = templateParagraphs(P).map((p) => p.role);

      it("has one LibreOffice paragraph per template paragraph, same text, every role present", () => {
        ready();
        const doc = template as LoDocument;
        expect(doc.paragraphs.map((p) => p.text)).toEqual(templateParagraphs(P).map((p) => p.text));
        expect(new Set(roles)).toEqual(new Set(FORMATTED_ROLES));
        writeFileSync(join(ARTEFACTS, "template-readback.md"), readbackTable(doc, roles));
      });

      it.each(FORMATTED_ROLES.map((r) => [r]))(
        "%s: named style, Asian font, size, weight, alignment, exact line height, indent, outline level",
        (role) => {
          ready();
          const doc = template as LoDocument;
          const style = P.roles[role];
          const paras = doc.paragraphs.filter((_, i) => roles[i] === role);
          expect(paras.length).toBeGreaterThan(0);
          for (const p of paras) {
            expect(p.namedStyle).toBe(style.styleName);
            // What the notice prescribes and everything else our style writes.
            expect(compareParagraph(p, prescribed(P, role))).toEqual([]);
            expect(compareParagraph(p, written(P, role))).toEqual([]);
            expect(p.outlineLevel).toBe(
              style.outlineLevel === null ? null : style.outlineLevel + 1
            );
          }
        }
      );

      it("`case-report new` writes a template LibreOffice reads exactly like templateDocx", () => {
        ready();
        const run = cliTemplate as { code: number; log: string; doc: LoDocument | null };
        expect({ code: run.code, log: run.code === 0 ? "" : run.log }).toEqual({
          code: 0,
          log: "",
        });
        expect(run.doc).not.toBeNull();
        expect(looks(run.doc as LoDocument)).toEqual(looks(template as LoDocument));
      });

      it("page is A4 portrait (210 × 297 mm ± 0.5)", () => {
        ready();
        const doc = template as LoDocument;
        expect(doc.pages.length).toBeGreaterThan(0);
        for (const page of doc.pages) {
          expect(page.orientation).toBe("portrait");
          expect(Math.abs((page.widthMm ?? 0) - 210)).toBeLessThanOrEqual(MM_TOLERANCE);
          expect(Math.abs((page.heightMm ?? 0) - 297)).toBeLessThanOrEqual(MM_TOLERANCE);
        }
      });
    });

    describe("formatted drafts (parseDocx → analyze → planFormatting → applyEdits → writeDocx)", () => {
      const names = draftInputs().map((d) => d.name);
      const get = (name: string): DraftCase => {
        ready();
        const d = drafts.find((x) => x.name === name);
        if (!d) throw new Error(`no draft ${name}`);
        return d;
      };

      it.each(names.map((n) => [n]))(
        "%s: LibreOffice converts the output (exit 0, non-empty)",
        (name) => {
          const d = get(name);
          const out = join(ARTEFACTS, `${name}.out.fodt`);
          expect(statSync(out).size).toBeGreaterThan(1000);
          expect(d.after.paragraphs.length).toBeGreaterThan(0);
        }
      );

      it.each(names.map((n) => [n]))(
        "%s: same paragraphs and text as LibreOffice reads from the input; pictures and tables kept",
        (name) => {
          const d = get(name);
          // Our reader and LibreOffice agree on the paragraphs (so our roles index LibreOffice's).
          expect(d.before.paragraphs.map((p) => p.text)).toEqual(
            d.formatted.expected.map((e) => e.text)
          );
          expect(d.after.paragraphs.map((p) => p.text)).toEqual(
            d.before.paragraphs.map((p) => p.text)
          );
          expect(d.after.paragraphs.map((p) => p.inTable)).toEqual(
            d.before.paragraphs.map((p) => p.inTable)
          );
          expect(d.after.imageFrames).toBe(d.before.imageFrames);
          expect(d.after.images).toBe(d.before.images);
          expect(d.after.tables).toBe(d.before.tables);
        }
      );

      it.each(names.map((n) => [n]))(
        "%s: every paragraph has the profile's formatting for its role (R14–R19), page A4 portrait (R13)",
        (name) => {
          const d = get(name);
          const mismatches: string[] = [];
          let checked = 0;
          d.formatted.expected.forEach((e, i) => {
            if (e.role === null) return;
            checked++;
            const p = d.after.paragraphs[i]!;
            if (e.headingEnd === undefined) {
              mismatches.push(...compareParagraph(p, written(P, e.role)));
              if (p.namedStyle !== P.roles[e.role].styleName) {
                mismatches.push(`¶${i}: style ${p.namedStyle}, want ${P.roles[e.role].styleName}`);
              }
            } else {
              mismatches.push(
                ...compareParagraph(p, prescribed(P, e.role), e.headingEnd, prescribed(P, "body"))
              );
            }
          });
          expect(checked).toBeGreaterThan(10);
          expect(mismatches).toEqual([]);
          for (const page of d.after.pages) {
            expect(page.orientation).toBe("portrait");
            expect(Math.abs((page.widthMm ?? 0) - 210)).toBeLessThanOrEqual(MM_TOLERANCE);
            expect(Math.abs((page.heightMm ?? 0) - 297)).toBeLessThanOrEqual(MM_TOLERANCE);
          }
        }
      );

      it.each(names.map((n) => [n]))(
        "%s: paragraphs the plan left alone already read right in the input; known-wrong inputs read wrong",
        (name) => {
          const d = get(name);
          const touched = new Set(
            d.formatted.edits.flatMap((e) => (e.op === "setRole" ? [e.target.index] : []))
          );
          const untouchedWrong: string[] = [];
          let inputWrong = 0;
          d.formatted.expected.forEach((e, i) => {
            if (e.role === null) return;
            const p = d.before.paragraphs[i]!;
            const m =
              e.headingEnd === undefined
                ? compareParagraph(p, prescribed(P, e.role))
                : compareParagraph(p, prescribed(P, e.role), e.headingEnd, prescribed(P, "body"));
            if (m.length > 0) inputWrong++;
            if (!touched.has(i)) untouchedWrong.push(...m);
          });
          expect(untouchedWrong).toEqual([]);
          if (KNOWN_WRONG.includes(name)) expect(inputWrong).toBeGreaterThan(0);
          else expect(d.formatted.edits.filter((e) => e.op === "setRole")).toEqual([]);
        }
      );

      it.each(names.map((n) => [n]))(
        "%s: `case-report format in -o out` succeeds and LibreOffice reads its output like the library path's",
        (name) => {
          const d = get(name);
          expect({ code: d.cli.code, log: d.cli.code === 0 ? "" : d.cli.log }).toEqual({
            code: 0,
            log: "",
          });
          expect(d.cli.after).not.toBeNull();
          expect(looks(d.cli.after)).toEqual(looks(d.after));
        }
      );

      it("the unstyled draft's US Letter page reads as Letter before and A4 after", () => {
        const d = get("draft-unstyled");
        expect(Math.round(d.before.pages[0]!.widthMm ?? 0)).toBe(216);
        expect(Math.round(d.before.pages[0]!.heightMm ?? 0)).toBe(279);
        expect(Math.round(d.after.pages[0]!.widthMm ?? 0)).toBe(210);
      });

      it("the pasted draft: landscape Letter before, portrait A4 after; heading split keeps its body text in 宋体", () => {
        const d = get("built-pasted");
        expect(d.before.pages[0]!.orientation).toBe("landscape");
        expect(d.after.pages[0]!.orientation).toBe("portrait");
        const split = d.formatted.expected.find((e) => e.headingEnd !== undefined);
        expect(split).toBeDefined();
        const p = d.after.paragraphs[split?.index ?? -1]!;
        const body = p.runs.filter((r) => r.start >= (split?.headingEnd ?? 0));
        expect(body.length).toBeGreaterThan(0);
        for (const r of body) expect(r.props.fontAsian).toBe(P.roles.body.eastAsia);
        expect(p.runs[0]!.props.fontAsian).toBe(P.roles[split?.role ?? "body"].eastAsia);
      });
    });

    describe("rendering artefact", () => {
      const requirePoppler = (): boolean => {
        if (pdftoppm) return true;
        if (required)
          throw new Error(`${REQUIRE_ENV}=1 but pdftoppm (poppler-utils) is not on PATH`);
        console.warn("[interop] rendering skipped: pdftoppm (poppler-utils) is not on PATH");
        return false;
      };

      it("the template renders to a PDF with pages and PNGs a person can look at", () => {
        ready();
        expect(statSync(templatePdf).size).toBeGreaterThan(5000);
        const pages = pdfPageCount(templatePdf);
        if (pages !== null) expect(pages).toBeGreaterThanOrEqual(1);
        if (!requirePoppler()) return;
        const pngs = pdfToPng(templatePdf, join(work, "template-page"), 60, 1, 2);
        expect(pngs.length).toBeGreaterThanOrEqual(1);
        pngs.forEach((png, i) => {
          const bytes = readFileSync(png);
          expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
          // IHDR: an A4 portrait page at 60 dpi is 496 × 702 px (± rounding).
          const width = bytes.readUInt32BE(16);
          const height = bytes.readUInt32BE(20);
          expect(Math.abs(width - (210 / 25.4) * 60)).toBeLessThanOrEqual(2);
          expect(Math.abs(height - (297 / 25.4) * 60)).toBeLessThanOrEqual(2);
          // A blank page at 60 dpi compresses to ≈ 2.5 kB; page 1 is full of text.
          expect(bytes.length).toBeGreaterThan(i === 0 ? 20_000 : 4_000);
          copyFileSync(png, join(ARTEFACTS, `template-page-${i + 1}.png`));
        });
        expect(existsSync(join(ARTEFACTS, "template-page-1.png"))).toBe(true);
      });

      it("a formatted draft renders too (kept as formatted-unstyled-page-1.png)", () => {
        ready();
        if (!formattedPdf) throw new Error("draft-unstyled was not among the inputs");
        expect(statSync(formattedPdf).size).toBeGreaterThan(5000);
        if (!requirePoppler()) return;
        const pngs = pdfToPng(formattedPdf, join(work, "formatted-unstyled-page"), 60, 1, 1);
        expect(pngs.length).toBe(1);
        copyFileSync(pngs[0]!, join(ARTEFACTS, "formatted-unstyled-page-1.png"));
      });
    });
  }
);
