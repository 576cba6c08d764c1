/**
 * @fileoverview LibreOffice harness for the interop tests (issue 3): finds `soffice`, converts a
 * batch of documents in ONE headless invocation with a private profile and a timeout, and reads
 * a flat ODT (.fodt) back into paragraphs with the EFFECTIVE properties LibreOffice understood —
 * automatic style → named paragraph style → its parent chain → default style, then span styles
 * for runs — plus the page layout of the master pages in use. Test-only code (Node I/O allowed).
 *
 * Nothing here knows our OOXML: it only reads what LibreOffice wrote, so a test comparing its
 * results with the profile is an independent check of the .docx we produce.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { basename, delimiter, extname, join, resolve } from "path";
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";

// ---------------------------------------------------------------------------------------------
// Finding the tools

/** Environment variable that turns a missing LibreOffice into a failure instead of a skip. */
export const REQUIRE_ENV = "REQUIRE_INTEROP";

/** The first executable named `name` on PATH, or null. */
export function which(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Path of the LibreOffice binary: `$SOFFICE` when set and present, else `soffice` or
 * `libreoffice` on PATH; null when none.
 */
export function findSoffice(): string | null {
  const env = process.env.SOFFICE;
  if (env && existsSync(env)) return env;
  return which("soffice") ?? which("libreoffice");
}

/** True when the environment demands the interop tests run (CI). */
export function interopRequired(): boolean {
  const v = process.env[REQUIRE_ENV];
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

// ---------------------------------------------------------------------------------------------
// Converting

/** Options of {@link convert}. */
export interface ConvertOptions {
  /** Kill the whole soffice process group after this many ms (default 180 000). */
  timeoutMs?: number;
  /** Binary to run (default {@link findSoffice}). */
  soffice?: string;
}

/** Result details of the last conversion, for artefacts and error messages. */
export interface ConvertLog {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Thrown when a conversion times out, fails, or leaves an output missing or empty. */
export class ConvertError extends Error {
  constructor(
    message: string,
    readonly log: ConvertLog
  ) {
    super(
      `${message}\n--- soffice stdout ---\n${log.stdout}\n--- soffice stderr ---\n${log.stderr}`
    );
    this.name = "ConvertError";
  }
}

const FILTERS: Record<"fodt" | "pdf", string> = {
  fodt: "fodt",
  pdf: "pdf:writer_pdf_Export",
};

/** The last conversion's log (exit code, output, duration); null before the first one. */
export let lastConvertLog: ConvertLog | null = null;

/**
 * Converts `files` to `format` into `outDir` with ONE soffice invocation: `--headless
 * --norestore --nolockcheck --convert-to`, a fresh private profile
 * (`-env:UserInstallation=file:///tmp/…`, removed afterwards), and a timeout after which the
 * whole process group (soffice's shell wrapper and soffice.bin) is killed.
 * @param files - input documents; their base names must be distinct (one output per name).
 * @returns the output paths, in the order of `files`.
 * @throws ConvertError on timeout, a non-zero exit, or an output that is missing or empty (the
 *   way LibreOffice reports a document it could not load is to write nothing).
 */
export async function convert(
  files: string[],
  format: "fodt" | "pdf",
  outDir: string,
  options: ConvertOptions = {}
): Promise<string[]> {
  if (files.length === 0) return [];
  const soffice = options.soffice ?? findSoffice();
  if (!soffice) throw new Error("convert: LibreOffice (soffice) is not installed");
  const stems = files.map((f) => basename(f, extname(f)));
  const dup = stems.find((s, i) => stems.indexOf(s) !== i);
  if (dup !== undefined) throw new Error(`convert: two inputs would both write ${dup}.${format}`);
  for (const f of files) if (!existsSync(f)) throw new Error(`convert: no such input ${f}`);
  const outputs = stems.map((s) => resolve(outDir, `${s}.${format}`));
  for (const o of outputs) rmSync(o, { force: true });

  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--nodefault",
    "--nologo",
    "--convert-to",
    FILTERS[format],
    "--outdir",
    resolve(outDir),
    ...files.map((f) => resolve(f)),
  ];
  const timeoutMs = options.timeoutMs ?? 180_000;
  const started = Date.now();
  try {
    const log = await new Promise<ConvertLog>((done, fail) => {
      const child = spawn(soffice, args, {
        detached: true, // own process group, so a timeout can kill soffice.bin too
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        fail(e);
      });
      child.on("close", (exitCode, signal) => {
        clearTimeout(timer);
        const result: ConvertLog = { exitCode, signal, stdout, stderr, ms: Date.now() - started };
        lastConvertLog = result;
        if (timedOut) fail(new ConvertError(`soffice timed out after ${timeoutMs} ms`, result));
        else done(result);
      });
    });
    if (log.exitCode !== 0) {
      throw new ConvertError(`soffice exited with ${log.exitCode ?? log.signal}`, log);
    }
    const bad = outputs.filter((o) => !existsSync(o) || statSync(o).size === 0);
    if (bad.length > 0) {
      throw new ConvertError(`soffice wrote no (or an empty) output for: ${bad.join(", ")}`, log);
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Renders pages `first`..`last` of a PDF to PNG with poppler's `pdftoppm -r <dpi> -png`.
 * @param prefix - output prefix; pdftoppm appends "-1.png" (or "-01.png" for ≥ 10 pages).
 * @returns the PNG paths written, in page order.
 * @throws Error when pdftoppm is missing or fails.
 */
export function pdfToPng(pdf: string, prefix: string, dpi = 60, first = 1, last = 2): string[] {
  const bin = which("pdftoppm");
  if (!bin) throw new Error("pdfToPng: pdftoppm (poppler-utils) is not installed");
  const r = spawnSync(
    bin,
    ["-r", String(dpi), "-png", "-f", String(first), "-l", String(last), pdf, prefix],
    { encoding: "utf8", timeout: 60_000 }
  );
  if (r.status !== 0) throw new Error(`pdftoppm failed (${r.status}): ${r.stderr}`);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const candidates = [`${prefix}-${n}.png`, `${prefix}-${String(n).padStart(2, "0")}.png`];
    const hit = candidates.find((c) => existsSync(c));
    if (hit) out.push(hit);
  }
  return out;
}

/** Page count of a PDF from poppler's `pdfinfo`, or null when pdfinfo is not installed. */
export function pdfPageCount(pdf: string): number | null {
  const bin = which("pdfinfo");
  if (!bin) return null;
  const r = spawnSync(bin, [pdf], { encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0) throw new Error(`pdfinfo failed (${r.status}): ${r.stderr}`);
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  if (!m) throw new Error(`pdfinfo printed no page count:\n${r.stdout}`);
  return Number(m[1]);
}

// ---------------------------------------------------------------------------------------------
// Units

const PT_PER: Record<string, number> = {
  pt: 1,
  in: 72,
  cm: 72 / 2.54,
  mm: 72 / 25.4,
  pc: 12,
  px: 0.75,
};

/**
 * A length as written in ODF ("0.361in", "26pt", "0.9173cm", "4mm") in points.
 * @returns points, or null when `v` is not a length (a percentage, "normal", empty).
 */
export function lengthToPt(v: string | null | undefined): number | null {
  if (!v) return null;
  const m = /^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(pt|in|cm|mm|pc|px)\s*$/.exec(v);
  if (!m) return null;
  return Number(m[1]) * PT_PER[m[2]!]!;
}

/** A length in millimetres (see {@link lengthToPt}). */
export function lengthToMm(v: string | null | undefined): number | null {
  const pt = lengthToPt(v);
  return pt === null ? null : (pt * 25.4) / 72;
}

// ---------------------------------------------------------------------------------------------
// The model read back

/** Line spacing as LibreOffice holds it. */
export type LoLineHeight =
  | { rule: "exact"; pt: number }
  | { rule: "atLeast"; pt: number }
  | { rule: "proportional"; percent: number }
  | { rule: "leading"; pt: number };

/** Alignment in OOXML terms (`w:jc`): ODF start/left → left, end/right → right, justify → both. */
export type LoAlignment = "left" | "center" | "right" | "both" | "distribute";

/** Effective character properties. */
export interface LoTextProps {
  /** East Asian font family (`style:font-name-asian` → `svg:font-family`), quotes removed. */
  fontAsian: string | null;
  /** East Asian font size in pt. */
  sizeAsian: number | null;
  /** True when `style:font-weight-asian` is bold (or ≥ 600). */
  boldAsian: boolean;
  /** Western font family. */
  fontLatin: string | null;
  /** Western font size in pt (`fo:font-size`). */
  sizeLatin: number | null;
  boldLatin: boolean;
}

/** Effective paragraph properties. */
export interface LoParaProps {
  alignment: LoAlignment | null;
  lineHeight: LoLineHeight | null;
  /** `fo:text-indent` in pt (first-line indent). */
  textIndentPt: number | null;
  marginTopPt: number | null;
  marginBottomPt: number | null;
}

/** A stretch of text with its effective character properties. */
export interface LoRun {
  text: string;
  /** Offset of the run in the paragraph text. */
  start: number;
  props: LoTextProps;
}

/** One paragraph (text:p or text:h) as LibreOffice read it. */
export interface LoParagraph {
  /** Position among all paragraphs of the body, in document order. */
  index: number;
  /** "p" or "h" (LibreOffice writes text:h for paragraphs with an outline level). */
  kind: "p" | "h";
  text: string;
  /** `text:style-name` as written (often an automatic style "P1"). */
  styleName: string | null;
  /** Display name of the named paragraph style reached from it (e.g. "案例-正文"). */
  namedStyle: string | null;
  /** `text:outline-level` of a text:h. */
  outlineLevel: number | null;
  /** True inside a table cell. */
  inTable: boolean;
  /** True inside a text frame / text box (draw:frame > draw:text-box). */
  inFrame: boolean;
  /** The paragraph's own effective character properties (its mark, and text outside spans). */
  props: LoTextProps;
  para: LoParaProps;
  /** Every text stretch, including text directly in the paragraph; empty texts are dropped. */
  runs: LoRun[];
}

/** Page layout of a master page in use. */
export interface LoPage {
  masterPage: string;
  widthMm: number | null;
  heightMm: number | null;
  orientation: string | null;
}

/** What {@link readFodt} returns. */
export interface LoDocument {
  paragraphs: LoParagraph[];
  /** Master pages used by the body (the first paragraph's, then any later page break's), in order. */
  pages: LoPage[];
  /** draw:frame elements holding a draw:image (pictures). */
  imageFrames: number;
  /** draw:image elements. */
  images: number;
  /** table:table elements (nested ones included). */
  tables: number;
  /** Font face name → family (office:font-face-decls). */
  fontFaces: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Reading a flat ODT

/** ODF namespaces. */
export const NS = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  draw: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  svg: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
} as const;

const ELEMENT = 1;
const TEXT = 3;

function kids(el: Element): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT) out.push(n as Element);
  }
  return out;
}

/** True when `n` is the element `ns`:`local` (a plain boolean: `n` is usually an Element already). */
function is(n: Node | null, ns: string, local: string): boolean {
  return !!n && n.nodeType === ELEMENT && n.namespaceURI === ns && n.localName === local;
}

function child(el: Element | null, ns: string, local: string): Element | null {
  if (!el) return null;
  return kids(el).find((c) => is(c, ns, local)) ?? null;
}

function at(el: Element | null, ns: string, local: string): string | null {
  if (!el || !el.hasAttributeNS(ns, local)) return null;
  return el.getAttributeNS(ns, local);
}

function countDescendants(el: Element, ns: string, local: string): number {
  let n = 0;
  const walk = (e: Element): void => {
    for (const c of kids(e)) {
      if (is(c, ns, local)) n++;
      walk(c);
    }
  };
  walk(el);
  return n;
}

/** "'Times New Roman'" → "Times New Roman"; the first family of a list. */
function unquoteFamily(v: string): string {
  const first = v.split(",")[0]!.trim();
  return first.replace(/^(['"])(.*)\1$/, "$2");
}

/** One style:style (or default-style) of one family, with its parent's name. */
interface StyleNode {
  name: string;
  displayName: string;
  parent: string | null;
  textProps: Element | null;
  paraProps: Element | null;
  masterPage: string | null;
  automatic: boolean;
}

type Weight = "bold" | "normal";

interface PartialText {
  fontAsian?: string;
  sizeAsian?: string;
  weightAsian?: Weight;
  fontLatin?: string;
  sizeLatin?: string;
  weightLatin?: Weight;
}

function weightOf(v: string | null): Weight | undefined {
  if (v === null) return undefined;
  if (v === "bold") return "bold";
  if (v === "normal") return "normal";
  const n = Number(v);
  return Number.isFinite(n) ? (n >= 600 ? "bold" : "normal") : undefined;
}

/** Size: a length, or a percentage of the inherited size. */
function resolveSize(v: string | undefined, inherited: number | null): number | null {
  if (v === undefined) return inherited;
  const pct = /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(v);
  if (pct) return inherited === null ? null : (inherited * Number(pct[1])) / 100;
  return lengthToPt(v);
}

class StyleSheet {
  readonly fontFaces = new Map<string, string>();
  private readonly paragraph = new Map<string, StyleNode>();
  private readonly text = new Map<string, StyleNode>();
  private readonly defaults = new Map<string, StyleNode>();
  private readonly pageLayouts = new Map<string, Element>();
  private readonly masterPages = new Map<string, string>();

  constructor(root: Element) {
    const decls = child(root, NS.office, "font-face-decls");
    for (const f of decls ? kids(decls) : []) {
      if (!is(f, NS.style, "font-face")) continue;
      const name = at(f, NS.style, "name");
      const fam = at(f, NS.svg, "font-family");
      if (name !== null) this.fontFaces.set(name, unquoteFamily(fam ?? name));
    }
    for (const [container, automatic] of [
      [child(root, NS.office, "styles"), false],
      [child(root, NS.office, "automatic-styles"), true],
    ] as const) {
      for (const s of container ? kids(container) : []) {
        if (is(s, NS.style, "page-layout")) {
          const name = at(s, NS.style, "name");
          const props = child(s, NS.style, "page-layout-properties");
          if (name !== null && props) this.pageLayouts.set(name, props);
          continue;
        }
        const isDefault = is(s, NS.style, "default-style");
        if (!isDefault && !is(s, NS.style, "style")) continue;
        const family = at(s, NS.style, "family");
        const node: StyleNode = {
          name: at(s, NS.style, "name") ?? "",
          displayName: at(s, NS.style, "display-name") ?? at(s, NS.style, "name") ?? "",
          parent: at(s, NS.style, "parent-style-name"),
          textProps: child(s, NS.style, "text-properties"),
          paraProps: child(s, NS.style, "paragraph-properties"),
          masterPage: at(s, NS.style, "master-page-name"),
          automatic,
        };
        if (isDefault) {
          if (family !== null) this.defaults.set(family, node);
        } else if (family === "paragraph") {
          this.paragraph.set(node.name, node);
        } else if (family === "text") {
          this.text.set(node.name, node);
        }
      }
    }
    const masters = child(root, NS.office, "master-styles");
    for (const m of masters ? kids(masters) : []) {
      if (!is(m, NS.style, "master-page")) continue;
      const name = at(m, NS.style, "name");
      const layout = at(m, NS.style, "page-layout-name");
      if (name !== null && layout !== null) this.masterPages.set(name, layout);
    }
  }

  /** The style chain of a paragraph style, nearest first, ending with the default style. */
  paragraphChain(name: string | null): StyleNode[] {
    return this.chain(this.paragraph, name, "paragraph");
  }

  /** The chain of a span's text style (text family), nearest first, without the default. */
  textChain(name: string | null): StyleNode[] {
    return this.chain(this.text, name, null);
  }

  private chain(map: Map<string, StyleNode>, name: string | null, family: string | null) {
    const out: StyleNode[] = [];
    const seen = new Set<string>();
    let n = name;
    while (n !== null && !seen.has(n)) {
      seen.add(n);
      const s = map.get(n);
      if (!s) break;
      out.push(s);
      n = s.parent;
    }
    const d = family === null ? undefined : this.defaults.get(family);
    if (d) out.push(d);
    return out;
  }

  /** First named (non-automatic) style of a chain: what the writer sees in the style list. */
  namedStyle(chain: StyleNode[]): string | null {
    return chain.find((s) => !s.automatic && s.name !== "")?.displayName ?? null;
  }

  masterPageOf(chain: StyleNode[]): string | null {
    for (const s of chain) if (s.masterPage !== null) return s.masterPage;
    return null;
  }

  /** Character properties set along a chain, nearest wins. */
  partialText(chain: StyleNode[]): PartialText {
    const out: PartialText = {};
    for (const s of chain) {
      const t = s.textProps;
      if (!t) continue;
      const fontAsian = at(t, NS.style, "font-name-asian") ?? null;
      if (out.fontAsian === undefined) {
        if (fontAsian !== null) out.fontAsian = this.fontFaces.get(fontAsian) ?? fontAsian;
        else {
          const fam = at(t, NS.style, "font-family-asian");
          if (fam !== null) out.fontAsian = unquoteFamily(fam);
        }
      }
      if (out.fontLatin === undefined) {
        const fn = at(t, NS.style, "font-name");
        if (fn !== null) out.fontLatin = this.fontFaces.get(fn) ?? fn;
        else {
          const fam = at(t, NS.fo, "font-family");
          if (fam !== null) out.fontLatin = unquoteFamily(fam);
        }
      }
      out.sizeAsian ??= at(t, NS.style, "font-size-asian") ?? undefined;
      out.sizeLatin ??= at(t, NS.fo, "font-size") ?? undefined;
      out.weightAsian ??= weightOf(at(t, NS.style, "font-weight-asian"));
      out.weightLatin ??= weightOf(at(t, NS.fo, "font-weight"));
    }
    return out;
  }

  /**
   * Resolves character properties: percentages are taken relative to what the rest of the
   * chain (and then `base`) gives.
   */
  textProps(chain: StyleNode[], base: LoTextProps | null): LoTextProps {
    // Resolve from the far end so a percentage applies to its parent's absolute size.
    let cur: LoTextProps = base ?? {
      fontAsian: null,
      sizeAsian: null,
      boldAsian: false,
      fontLatin: null,
      sizeLatin: null,
      boldLatin: false,
    };
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = this.partialText([chain[i]!]);
      cur = {
        fontAsian: p.fontAsian ?? cur.fontAsian,
        sizeAsian: resolveSize(p.sizeAsian, cur.sizeAsian),
        boldAsian: p.weightAsian === undefined ? cur.boldAsian : p.weightAsian === "bold",
        fontLatin: p.fontLatin ?? cur.fontLatin,
        sizeLatin: resolveSize(p.sizeLatin, cur.sizeLatin),
        boldLatin: p.weightLatin === undefined ? cur.boldLatin : p.weightLatin === "bold",
      };
    }
    return cur;
  }

  /** Resolves paragraph properties along a chain, nearest wins. */
  paraProps(chain: StyleNode[]): LoParaProps {
    const out: LoParaProps = {
      alignment: null,
      lineHeight: null,
      textIndentPt: null,
      marginTopPt: null,
      marginBottomPt: null,
    };
    let alignSet = false;
    for (const s of chain) {
      const p = s.paraProps;
      if (!p) continue;
      if (!alignSet) {
        const a = at(p, NS.fo, "text-align");
        if (a !== null) {
          alignSet = true;
          const last = at(p, NS.fo, "text-align-last");
          out.alignment =
            a === "center"
              ? "center"
              : a === "justify"
                ? last === "justify"
                  ? "distribute"
                  : "both"
                : a === "end" || a === "right"
                  ? "right"
                  : "left";
        }
      }
      if (out.lineHeight === null) {
        const lh = at(p, NS.fo, "line-height");
        const least = at(p, NS.style, "line-height-at-least");
        const leading = at(p, NS.style, "line-spacing");
        if (lh !== null) {
          const pct = /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(lh);
          if (pct) out.lineHeight = { rule: "proportional", percent: Number(pct[1]) };
          else if (lh === "normal") out.lineHeight = { rule: "proportional", percent: 100 };
          else {
            const pt = lengthToPt(lh);
            if (pt !== null) out.lineHeight = { rule: "exact", pt };
          }
        } else if (least !== null) {
          const pt = lengthToPt(least);
          if (pt !== null) out.lineHeight = { rule: "atLeast", pt };
        } else if (leading !== null) {
          const pt = lengthToPt(leading);
          if (pt !== null) out.lineHeight = { rule: "leading", pt };
        }
      }
      out.textIndentPt ??= lengthToPt(at(p, NS.fo, "text-indent"));
      out.marginTopPt ??= lengthToPt(at(p, NS.fo, "margin-top"));
      out.marginBottomPt ??= lengthToPt(at(p, NS.fo, "margin-bottom"));
    }
    return out;
  }

  page(masterPage: string): LoPage {
    const layout = this.masterPages.get(masterPage);
    const props = layout === undefined ? undefined : this.pageLayouts.get(layout);
    return {
      masterPage,
      widthMm: props ? lengthToMm(at(props, NS.fo, "page-width")) : null,
      heightMm: props ? lengthToMm(at(props, NS.fo, "page-height")) : null,
      orientation: props ? at(props, NS.style, "print-orientation") : null,
    };
  }
}

/**
 * Reads a flat ODT file (see {@link parseFodt}).
 * @throws Error when the file is not a flat ODT text document.
 */
export function readFodt(path: string): LoDocument {
  return parseFodt(readFileSync(path, "utf8"));
}

/**
 * Parses flat ODT text: every text:p / text:h of office:body/office:text in document order
 * (inside lists, sections and table cells too; paragraphs in text boxes are marked `inFrame`),
 * with its text (text:s → spaces, text:tab → "\t", text:line-break → "\n"; notes, annotations
 * and list labels left out) and its effective properties; the master pages used; counts of
 * pictures and tables.
 * @throws Error when the XML is malformed or not an office:document with office:text.
 */
export function parseFodt(xml: string): LoDocument {
  if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) throw new Error("parseFodt: DOCTYPE/ENTITY not allowed");
  const dom = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") throw new Error(`parseFodt: ${level}: ${msg}`);
    },
  }).parseFromString(xml, "text/xml");
  const root = dom.documentElement;
  if (!root || !is(root, NS.office, "document")) {
    throw new Error("parseFodt: not a flat ODT (no office:document root)");
  }
  const sheet = new StyleSheet(root);
  const body = child(child(root, NS.office, "body"), NS.office, "text");
  if (!body) throw new Error("parseFodt: no office:body/office:text");

  const paragraphs: LoParagraph[] = [];
  const masterPages: string[] = [];

  const readParagraph = (p: Element, inTable: boolean, inFrame: boolean): void => {
    const styleName = at(p, NS.text, "style-name");
    const chain = sheet.paragraphChain(styleName);
    const props = sheet.textProps(chain, null);
    const runs: LoRun[] = [];
    let text = "";
    const push = (s: string, rp: LoTextProps): void => {
      if (s === "") return;
      const last = runs[runs.length - 1];
      if (last && sameText(last.props, rp)) last.text += s;
      else runs.push({ text: s, start: text.length, props: rp });
      text += s;
    };
    const walk = (el: Element, rp: LoTextProps): void => {
      for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === TEXT) {
          push(n.nodeValue ?? "", rp);
          continue;
        }
        if (n.nodeType !== ELEMENT) continue;
        const e = n as Element;
        if (e.namespaceURI === NS.text) {
          switch (e.localName) {
            case "s":
              push(" ".repeat(Number(at(e, NS.text, "c") ?? "1")), rp);
              continue;
            case "tab":
              push("\t", rp);
              continue;
            case "line-break":
              push("\n", rp);
              continue;
            case "span": {
              const sc = sheet.textChain(at(e, NS.text, "style-name"));
              walk(e, sheet.textProps(sc, rp));
              continue;
            }
            case "note":
            case "number":
            case "bookmark-ref":
            case "soft-page-break":
              continue;
            default:
              walk(e, rp); // text:a, text:ruby-base, fields: their visible text
              continue;
          }
        }
        if (e.namespaceURI === NS.draw || e.namespaceURI === NS.office) continue; // frames, annotations
        walk(e, rp);
      }
    };
    walk(p, props);
    const level = at(p, NS.text, "outline-level");
    const mp = sheet.masterPageOf(chain);
    if (mp !== null && !inTable && !inFrame) masterPages.push(mp);
    else if (paragraphs.length === 0 && !inFrame) masterPages.push("Standard");
    paragraphs.push({
      index: paragraphs.length,
      kind: p.localName === "h" ? "h" : "p",
      text,
      styleName,
      namedStyle: sheet.namedStyle(chain),
      outlineLevel: level === null ? null : Number(level),
      inTable,
      inFrame,
      props,
      para: sheet.paraProps(chain),
      runs,
    });
    // Paragraphs inside text boxes anchored here come after their anchor paragraph.
    for (const tb of descendantsIn(p, NS.draw, "text-box")) visit(tb, inTable, true);
  };

  const visit = (el: Element, inTable: boolean, inFrame: boolean): void => {
    for (const c of kids(el)) {
      if (is(c, NS.text, "p") || is(c, NS.text, "h")) readParagraph(c, inTable, inFrame);
      else if (c.namespaceURI === NS.table && c.localName === "table-cell") visit(c, true, inFrame);
      else if (is(c, NS.text, "tracked-changes") || is(c, NS.text, "sequence-decls")) continue;
      else if (is(c, NS.draw, "frame")) {
        const tb = child(c, NS.draw, "text-box");
        if (tb) visit(tb, inTable, true);
      } else visit(c, inTable, inFrame);
    }
  };
  visit(body, false, false);
  if (masterPages.length === 0) masterPages.push("Standard");

  const frames = descendantsIn(body, NS.draw, "frame");
  return {
    paragraphs,
    pages: masterPages.map((m) => sheet.page(m)),
    imageFrames: frames.filter((f) => child(f, NS.draw, "image") !== null).length,
    images: countDescendants(body, NS.draw, "image"),
    tables: countDescendants(body, NS.table, "table"),
    fontFaces: sheet.fontFaces,
  };
}

function descendantsIn(el: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const c of kids(e)) {
      if (is(c, ns, local)) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

function sameText(a: LoTextProps, b: LoTextProps): boolean {
  return (
    a.fontAsian === b.fontAsian &&
    a.sizeAsian === b.sizeAsian &&
    a.boldAsian === b.boldAsian &&
    a.fontLatin === b.fontLatin &&
    a.sizeLatin === b.sizeLatin &&
    a.boldLatin === b.boldLatin
  );
}
