/**
 * @fileoverview OOXML → ReportDocument (src/core/model.ts): reads a .docx, a flat-OPC string
 * (Word's `getOoxml()`) or an {@link OpcPackage} and produces the model with formatting
 * RESOLVED (run → character style → paragraph style → basedOn chain → docDefaults → theme
 * fonts), numbering labels computed, pictures with extents and pixel sizes, sections, tables,
 * text-box and note text, settings and saved statistics. Layer: ooxml (pure; Node and browser).
 * Requirements: R12, R13, R14–R19, R21, R22, R34.
 *
 * Paragraph order is that of Word's `body.paragraphs`: body `w:p` and table-cell `w:p` at any
 * depth, through `w:sdt`, `w:customXml`, `w:smartTag`, `w:ins`/`w:moveTo` and, in
 * `mc:AlternateContent`, the first `mc:Choice` whose `Requires` namespaces we understand, else
 * the `mc:Fallback` (see `mcSelect` in parse-xml.ts; the same rule for text, pictures and text
 * boxes). Text boxes are separate stories: their text goes to `textBoxText`, not
 * to paragraphs (and their tables are not counted). Footnote/endnote text goes to `noteText`.
 *
 * Paragraph text follows Word's `Paragraph.text`: `w:t`; `w:tab`/`w:ptab` → "\t"; a line break
 * (`w:br` without type or textWrapping, `w:cr`) → "\v" (U+000B, as Word gives it); a page break
 * (`w:br w:type="page"`) → "\f"; a column break → "\u000E"; `w:noBreakHyphen` → "-";
 * `w:sym` → the character of `w:char` (as stored, Symbol-font code points included); field
 * codes (`w:instrText` and everything between fldChar begin and separate, nested fields too)
 * are excluded, field results included; deleted text (`w:del`, `w:delText`, `w:moveFrom`) is
 * excluded; `w:softHyphen`, note reference marks and math are not text.
 *
 * All parts except the main document are optional (flat OPC from `getOoxml()` carries only
 * what is in use). ISO Strict documents are read by mapping their namespaces to Transitional
 * ones and accepting universal measures ("12pt").
 */
import { imageSize } from "image-size";
import type {
  DirectFormatting,
  Picture,
  ReportDocument,
  ReportParagraph,
  Run,
  SavedStatistics,
  Section,
} from "../core/model";
import { OoxmlError } from "./errors";
import { NumberingState, type NumberingCounters } from "./numbering";
import {
  checkMainContentType,
  findPart,
  getXmlPart,
  isXmlContentType,
  partHead,
  mainDocumentPart,
  readFlatOpc,
  relatedPart,
  relationships,
  type FlatOpcOptions,
  type OpcPackage,
  type Relationship,
} from "./package";
import { readDocx, type PackageLimits } from "./zip";
import { la, lchild, lchildren, ltext, mcSelect, parseLite, tooDeep, type LEl } from "./parse-xml";
import {
  StyleResolver,
  onOff,
  readParaProps,
  readRunProps,
  scriptOfLang,
  twips,
  type RunProps,
} from "./resolve";
import { A, MC, PIC, R, V, W, W_STRICT, WP } from "./xml-names";

/** Strict → Transitional namespace URIs (ISO/IEC 29500-1 Strict vs Transitional). */
const STRICT_NS: ReadonlyArray<[string, string]> = [
  [W_STRICT, W],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", R],
  ["http://purl.oclc.org/ooxml/drawingml/main", A],
  ["http://purl.oclc.org/ooxml/drawingml/picture", PIC],
  ["http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", WP],
  [
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  ],
];

const EMU_PER_PT = 12700;
const EMU_PER_UNIT: Record<string, number> = {
  pt: EMU_PER_PT,
  in: 914400,
  cm: 360000,
  mm: 36000,
  px: 9525,
  pc: 152400,
  emu: 1,
};

/** Parses a CSS length of a VML style ("120pt", "2in", "3.5cm", "100px", "120") to EMU. */
function cssToEmu(v: string | undefined): number {
  if (!v) return 0;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  if (!m) return 0;
  const [, value = "", unit = ""] = m;
  return Math.round(parseFloat(value) * (EMU_PER_UNIT[unit.toLowerCase() || "px"] ?? EMU_PER_PT));
}

function cssStyle(style: string | null): Map<string, string> {
  const m = new Map<string, string>();
  for (const decl of (style ?? "").split(";")) {
    const i = decl.indexOf(":");
    if (i > 0) m.set(decl.slice(0, i).trim().toLowerCase(), decl.slice(i + 1).trim());
  }
  return m;
}

function intOrNull(s: string | null): number | null {
  if (s === null) return null;
  const n = parseInt(s.trim(), 10);
  return Number.isFinite(n) ? n : null;
}

/**
 * Deepest table nesting read (a table in a cell of a table …). Real reports nest tables a few
 * levels at most; a deeper file is hostile or broken, and walking it would only risk the call
 * stack (the XML reader's element-depth limit, MAX_ELEMENT_DEPTH in parse-xml.ts, bounds every
 * other recursion).
 */
export const MAX_TABLE_DEPTH = 200;

const PPR_EXCLUDED = new Set(["pStyle", "numPr", "rPr", "sectPr", "pPrChange"]);

/** A story being read: the main document (formatting, numbering, sections) or a sub-story (text only). */
interface Story {
  main: boolean;
  /** Open complex fields: true while in the field code part. */
  fields: boolean[];
  /** Instruction text (`w:instrText`) of each open field, parallel to `fields` (main story only). */
  instr?: string[];
  /** Sub-story paragraph texts. */
  texts: string[];
}

/** The per-paragraph accumulation. */
interface ParaCtx {
  text: string;
  runs: Run[];
  directRun: Set<string>;
  pStyleId: string | null;
  /** Index of the body paragraph that holds this content (for pictures in text boxes). */
  bodyIndex: number;
  /** True once text of a TOC field's result was read into this paragraph. */
  toc?: boolean;
}

/** A field instruction that builds a table of contents (`TOC \o "1-3" …`). */
const TOC_INSTR = /^\s*TOC\b/i;

/** True while the text read is the result of a TOC field (an open field past its separator). */
function inTocResult(story: Story): boolean {
  const instr = story.instr ?? [];
  for (const [i, text] of instr.entries()) {
    if (story.fields[i] === false && TOC_INSTR.test(text)) return true;
  }
  return false;
}

/** True for a "Table of Contents" content control (`w:sdtPr/w:docPartObj/w:docPartGallery`). */
function isTocSdt(sdt: LEl): boolean {
  const pr = lchild(sdt, W, "sdtPr");
  const gallery = la(lchild(lchild(pr, W, "docPartObj"), W, "docPartGallery"), W, "val");
  return gallery !== null && /table of contents/i.test(gallery);
}

function relByType(rels: Relationship[], suffix: string): Relationship | undefined {
  return rels.find((r) => r.targetMode === undefined && r.type.endsWith(`/${suffix}`));
}

/** Reads a whole document. One instance per parse. */
class Reader {
  readonly paragraphs: ReportParagraph[] = [];
  readonly pictures: Picture[] = [];
  readonly sections: Section[] = [];
  readonly textBoxText: string[] = [];
  tableCount = 0;
  private readonly pixelCache = new Map<string, { w: number | null; h: number | null }>();

  constructor(
    private readonly pkg: OpcPackage,
    private readonly mainRels: Map<string, Relationship>,
    private readonly styles: StyleResolver,
    private readonly numbering: NumberingState
  ) {}

  /** Depth of "Table of Contents" content controls (`w:docPartGallery`) being walked. */
  private tocSdt = 0;

  /** Walks block-level content (body, cell, sdtContent …). `depth` is the table nesting level. */
  block(el: LEl, depth: number, story: Story): void {
    for (const k of el.kids) {
      if (typeof k === "string") continue;
      if (k.ns === W) {
        switch (k.name) {
          case "p":
            this.paragraph(k, depth, story);
            break;
          case "tbl":
            if (depth >= MAX_TABLE_DEPTH)
              throw tooDeep("word/document.xml", MAX_TABLE_DEPTH, "table");
            if (story.main) this.tableCount++;
            this.block(k, depth + 1, story);
            break;
          case "tr":
          case "tc":
          case "customXml":
          case "smartTag":
          case "ins":
          case "moveTo":
          case "sdtContent":
            this.block(k, depth, story);
            break;
          case "sdt": {
            const c = lchild(k, W, "sdtContent");
            const toc = isTocSdt(k);
            if (toc) this.tocSdt++;
            if (c) this.block(c, depth, story);
            if (toc) this.tocSdt--;
            break;
          }
        }
      } else if (k.ns === MC && k.name === "AlternateContent") {
        const branch = mcSelect(k);
        if (branch) this.block(branch, depth, story);
      }
    }
  }

  private paragraph(p: LEl, depth: number, story: Story): void {
    const pPr = lchild(p, W, "pPr");
    const index = this.paragraphs.length;
    if (!story.main) {
      const ctx: ParaCtx = {
        text: "",
        runs: [],
        directRun: new Set(),
        pStyleId: null,
        bodyIndex: Math.max(0, index - 1),
      };
      this.inline(p, ctx, story);
      story.texts.push(ctx.text);
      return;
    }
    const pStyleRaw = la(lchild(pPr, W, "pStyle"), W, "val");
    const styleDef = this.styles.paragraphStyle(pStyleRaw);
    const pStyleId = styleDef?.id ?? null;
    const directPara = readParaProps(pPr);
    const resolved = this.styles.paraFormat(pStyleId, directPara);
    const directParagraph: string[] = [];
    for (const c of lchildren(pPr)) {
      if (c.ns === W && !PPR_EXCLUDED.has(c.name) && !directParagraph.includes(c.name)) {
        directParagraph.push(c.name);
      }
    }
    const ctx: ParaCtx = { text: "", runs: [], directRun: new Set(), pStyleId, bodyIndex: index };
    // reserve the index before the content (pictures refer to it)
    this.inline(p, ctx, story);
    let numbering = null;
    if (resolved.numId !== null) {
      const ilvl =
        resolved.ilvl ??
        (resolved.numFromStyle && pStyleId !== null
          ? this.numbering.levelOfStyle(resolved.numId, pStyleId)
          : null) ??
        0;
      numbering = this.numbering.next(resolved.numId, ilvl);
      if (numbering !== null && resolved.numFromStyle)
        numbering = { ...numbering, fromStyle: true as const };
    }
    const direct: DirectFormatting = { paragraph: directParagraph, run: [...ctx.directRun] };
    this.paragraphs.push({
      index,
      text: ctx.text,
      runs: ctx.runs,
      numbering,
      styleId: pStyleRaw ?? pStyleId,
      styleName: styleDef?.name ?? null,
      outlineLevel: resolved.outlineLevel,
      alignment: resolved.alignment,
      spacing: resolved.spacing,
      tableDepth: depth,
      direct,
      ...(resolved.keepNext ? { keepNext: true } : {}),
      ...(ctx.toc === true || this.tocSdt > 0 ? { toc: true } : {}),
    });
    const sectPr = lchild(pPr, W, "sectPr");
    if (sectPr) this.sections.push(this.section(sectPr, index));
  }

  /** Walks paragraph content (runs and their containers). */
  private inline(el: LEl, ctx: ParaCtx, story: Story): void {
    for (const k of el.kids) {
      if (typeof k === "string") continue;
      if (k.ns === W) {
        switch (k.name) {
          case "r":
            this.run(k, ctx, story);
            break;
          case "hyperlink":
          case "smartTag":
          case "customXml":
          case "ins":
          case "moveTo":
          case "fldSimple":
          case "dir":
          case "bdo":
          case "sdtContent":
            this.inline(k, ctx, story);
            break;
          case "sdt": {
            const c = lchild(k, W, "sdtContent");
            if (c) this.inline(c, ctx, story);
            break;
          }
        }
      } else if (k.ns === MC && k.name === "AlternateContent") {
        const branch = mcSelect(k);
        if (branch) this.inline(branch, ctx, story);
      }
    }
  }

  private run(r: LEl, ctx: ParaCtx, story: Story): void {
    let text = "";
    const visible = (): boolean => story.fields.every((inCode) => !inCode);
    const content = (el: LEl): void => {
      for (const k of el.kids) {
        if (typeof k === "string") continue;
        if (k.ns === MC && k.name === "AlternateContent") {
          const branch = mcSelect(k);
          if (branch) content(branch);
          continue;
        }
        if (k.ns !== W) continue;
        switch (k.name) {
          case "t":
            if (visible()) text += ltext(k);
            break;
          case "tab":
          case "ptab":
            if (visible()) text += "\t";
            break;
          case "br": {
            if (!visible()) break;
            const type = la(k, W, "type");
            text += type === "page" ? "\f" : type === "column" ? "\u000e" : "\v";
            break;
          }
          case "cr":
            if (visible()) text += "\v";
            break;
          case "noBreakHyphen":
            if (visible()) text += "-";
            break;
          case "sym": {
            const ch = la(k, W, "char");
            const code = ch !== null ? parseInt(ch, 16) : NaN;
            if (visible() && Number.isFinite(code)) text += String.fromCharCode(code);
            break;
          }
          case "fldChar": {
            const t = la(k, W, "fldCharType");
            if (t === "begin") {
              story.fields.push(true);
              story.instr?.push("");
            } else if (t === "separate") {
              if (story.fields.length) story.fields[story.fields.length - 1] = false;
            } else if (t === "end") {
              story.fields.pop();
              story.instr?.pop();
            }
            break;
          }
          case "instrText": {
            const instr = story.instr;
            if (instr !== undefined && instr.length > 0) instr[instr.length - 1] += ltext(k);
            break;
          }
          case "drawing":
            this.drawing(k, ctx);
            break;
          case "pict":
            this.vml(k, ctx);
            break;
        }
      }
    };
    content(r);
    if (text !== "" && story.instr !== undefined && inTocResult(story)) ctx.toc = true;
    if (text === "" || !story.main) {
      ctx.text += text;
      return;
    }
    const rPr = lchild(r, W, "rPr");
    let direct: RunProps | null = null;
    let rStyle: string | null = null;
    if (rPr) {
      for (const c of lchildren(rPr)) {
        if (c.ns !== W || c.name === "rPrChange") continue;
        ctx.directRun.add(c.name);
        if (c.name === "rStyle") rStyle = la(c, W, "val");
      }
      direct = readRunProps(rPr);
    }
    const rStyleDef = rStyle !== null ? this.styles.styles.get(rStyle) : undefined;
    const charStyle =
      rStyleDef && rStyleDef.type === "character" ? rStyleDef.id : this.styles.defaultCharStyle;
    ctx.runs.push({
      text,
      start: ctx.text.length,
      format: this.styles.runFormat(ctx.pStyleId, charStyle, direct),
    });
    ctx.text += text;
  }

  /** Text-box content: every outermost `w:txbxContent` below `el` → textBoxText (one entry per non-empty paragraph). */
  private textBoxes(el: LEl, ctx: ParaCtx): void {
    for (const k of el.kids) {
      if (typeof k === "string") continue;
      if (k.ns === W && k.name === "txbxContent") {
        const sub: Story = { main: false, fields: [], texts: [] };
        this.subBlock(k, sub, ctx.bodyIndex);
        for (const t of sub.texts) if (t.trim() !== "") this.textBoxText.push(t);
      } else if (k.ns === MC && k.name === "AlternateContent") {
        const branch = mcSelect(k);
        if (branch) this.textBoxes(branch, ctx);
      } else if (!(k.ns === MC && k.name === "Fallback")) {
        this.textBoxes(k, ctx);
      }
    }
  }

  /** Reads a sub-story (text box, note) whose pictures belong to body paragraph `bodyIndex`. */
  subBlock(el: LEl, sub: Story, bodyIndex: number): void {
    const saved = this.subBodyIndex;
    this.subBodyIndex = bodyIndex;
    this.block(el, 0, sub);
    this.subBodyIndex = saved;
  }
  private subBodyIndex = -1;

  private pictureParagraph(ctx: ParaCtx): number {
    return this.subBodyIndex >= 0 ? this.subBodyIndex : ctx.bodyIndex;
  }

  private drawing(d: LEl, ctx: ParaCtx): void {
    for (const holder of lchildren(d, WP)) {
      if (holder.name !== "inline" && holder.name !== "anchor") continue;
      const inline = holder.name === "inline";
      const extent = lchild(holder, WP, "extent");
      const docPr = lchild(holder, WP, "docPr");
      const graphicData = lchild(lchild(holder, A, "graphic"), A, "graphicData");
      const pics: LEl[] = [];
      if (graphicData) collectPics(graphicData, pics);
      for (const pic of pics) {
        let cx = intOrNull(la(extent, "", "cx")) ?? 0;
        let cy = intOrNull(la(extent, "", "cy")) ?? 0;
        let name = la(docPr, "", "name");
        let description = la(docPr, "", "descr");
        if (pics.length > 1) {
          const ext = lchild(lchild(lchild(pic, PIC, "spPr"), A, "xfrm"), A, "ext");
          cx = intOrNull(la(ext, "", "cx")) ?? cx;
          cy = intOrNull(la(ext, "", "cy")) ?? cy;
          const cNvPr = lchild(lchild(pic, PIC, "nvPicPr"), PIC, "cNvPr");
          name = la(cNvPr, "", "name") ?? name;
          description = la(cNvPr, "", "descr") ?? description;
        }
        const blip = lchild(lchild(pic, PIC, "blipFill"), A, "blip");
        this.addPicture(ctx, inline, cx, cy, la(blip, R, "embed"), name, description);
      }
      if (graphicData) this.textBoxes(graphicData, ctx);
    }
  }

  private vml(pict: LEl, ctx: ParaCtx): void {
    const visit = (el: LEl): void => {
      for (const k of el.kids) {
        if (typeof k === "string") continue;
        if (k.ns === W && k.name === "txbxContent") continue; // handled by textBoxes
        if (k.ns === V && k.name !== "imagedata") {
          const img = lchild(k, V, "imagedata");
          if (img) {
            const css = cssStyle(la(k, "", "style"));
            const inline = (css.get("position") ?? "static") !== "absolute";
            this.addPicture(
              ctx,
              inline,
              cssToEmu(css.get("width")),
              cssToEmu(css.get("height")),
              la(img, R, "id") ?? la(img, R, "pict"),
              la(k, "", "id"),
              la(k, "", "alt") ?? la(img, "", "title")
            );
          }
          visit(k);
        }
      }
    };
    visit(pict);
    this.textBoxes(pict, ctx);
  }

  private addPicture(
    ctx: ParaCtx,
    inline: boolean,
    cx: number,
    cy: number,
    relId: string | null,
    name: string | null,
    description: string | null
  ): void {
    const rel = relId !== null ? this.mainRels.get(relId) : undefined;
    const part = rel && rel.targetMode === undefined ? findPart(this.pkg, rel.target) : undefined;
    let px = { w: null as number | null, h: null as number | null };
    if (part) {
      const hit = this.pixelCache.get(part.name);
      if (hit) px = hit;
      else {
        if (!isXmlContentType(part.contentType)) {
          // the header holds the pixel size: 64 KiB covers PNG, GIF, BMP and a JPEG's EXIF
          // before its frame header; only an unusual file needs the whole picture inflated
          for (const head of [() => partHead(part, 64 * 1024), () => part.data]) {
            try {
              const bytes = head();
              if (typeof bytes === "string") break;
              const s = imageSize(bytes);
              px = { w: s.width ?? null, h: s.height ?? null };
              break;
            } catch {
              // EMF/WMF or unreadable: unknown pixel size (or try the whole picture)
            }
          }
        }
        this.pixelCache.set(part.name, px);
      }
    }
    this.pictures.push({
      index: this.pictures.length,
      paragraphIndex: this.pictureParagraph(ctx),
      inline,
      cx,
      cy,
      pixelWidth: px.w,
      pixelHeight: px.h,
      part: part ? part.name : null,
      contentType: part ? part.contentType : null,
      name,
      description,
    });
  }

  /** A Section from a `w:sectPr` ending at paragraph `lastParagraphIndex`. */
  section(sectPr: LEl, lastParagraphIndex: number): Section {
    const pgSz = lchild(sectPr, W, "pgSz");
    const w = twips(la(pgSz, W, "w"));
    const h = twips(la(pgSz, W, "h"));
    const orient = la(pgSz, W, "orient");
    return {
      pageWidth: w,
      pageHeight: h,
      orientation:
        orient === "landscape" || (orient === null && w !== null && h !== null && w > h)
          ? "landscape"
          : "portrait",
      lastParagraphIndex,
    };
  }
}

/** `pic:pic` elements below a graphicData (groups, canvases), not inside text boxes. */
function collectPics(el: LEl, out: LEl[]): void {
  for (const k of el.kids) {
    if (typeof k === "string") continue;
    if (k.ns === PIC && k.name === "pic") out.push(k);
    else if (k.ns === W && k.name === "txbxContent") continue;
    else if (k.ns === MC && k.name === "Fallback") continue;
    else if (k.ns === MC && k.name === "AlternateContent") {
      const branch = mcSelect(k);
      if (branch) collectPics(branch, out);
    } else collectPics(k, out);
  }
}

function readStatistics(app: LEl): SavedStatistics {
  const val = (name: string): string | null => {
    for (const k of app.kids) if (typeof k !== "string" && k.name === name) return ltext(k).trim();
    return null;
  };
  const num = (name: string): number | null => {
    const v = val(name);
    return v !== null && /^\d+$/.test(v) ? parseInt(v, 10) : null;
  };
  return {
    application: val("Application"),
    appVersion: val("AppVersion"),
    words: num("Words"),
    characters: num("Characters"),
    charactersWithSpaces: num("CharactersWithSpaces"),
    pages: num("Pages"),
    paragraphs: num("Paragraphs"),
  };
}

/**
 * Style resolvers of one read in parts, by the XML of the styles and theme parts they were built
 * from (and the theme script): see {@link parsePackage}'s `styleCache`.
 */
export type StyleCache = Map<string, StyleResolver>;

/**
 * Builds the ReportDocument of a package.
 * @param pkg the package (from {@link readDocx} or {@link readFlatOpc})
 * @param source recorded in `ReportDocument.source`
 * @param options `numbering`: running counters to continue (the next chunk of a document read in
 *   parts, see `parseFlatOpcChunks`); default a fresh start. `styleCache`: style resolvers
 *   already built, by their parts' XML, shared by the chunks of one read: every `getOoxml()`
 *   package repeats the document's styles and theme parts (tens of KB each in Word's), so each
 *   distinct pair is parsed once
 * @returns the model; paragraphs in Word's `body.paragraphs` order with resolved formatting
 * @throws OoxmlError "missingDocument" (no main part), "unsupported" (main part declared as
 *   something other than a Word document, or nesting deeper than MAX_ELEMENT_DEPTH elements /
 *   MAX_TABLE_DEPTH tables), "badXml"/"unsafeXml" (malformed or unsafe XML in any part that is
 *   read), "strictOoxml" (a Strict main document whose body we cannot find)
 */
export function parsePackage(
  pkg: OpcPackage,
  source: "docx" | "flatOpc",
  options: { numbering?: NumberingCounters; styleCache?: StyleCache } = {}
): ReportDocument {
  const mainName = mainDocumentPart(pkg);
  checkMainContentType(pkg, mainName);
  const mainXml = getXmlPart(pkg, mainName) ?? "";
  const strict = mainXml.includes(W_STRICT);
  const load = (name: string | undefined): LEl | null => {
    if (name === undefined) return null;
    let xml = getXmlPart(pkg, name);
    if (xml === null || xml.trim() === "") return null;
    if (strict) for (const [s, t] of STRICT_NS) xml = xml.split(s).join(t);
    return parseLite(xml, name);
  };
  const rels = relationships(pkg, mainName);
  const relMap = new Map(rels.map((r) => [r.id, r]));
  const target = (suffix: string, fallback: string): string | undefined =>
    relatedPart(pkg, mainName, suffix, fallback);

  const docRoot = load(mainName);
  if (!docRoot) {
    throw new OoxmlError(
      "missingDocument",
      { id: "errors.ooxml.emptyDocumentPart" },
      `${mainName}: empty main document part`
    );
  }
  const body = lchild(docRoot, W, "body");
  if (!body) {
    throw new OoxmlError(
      strict ? "strictOoxml" : "missingDocument",
      { id: strict ? "errors.ooxml.strictOoxml" : "errors.ooxml.noBody" },
      `${mainName}: no w:body (root ${docRoot.ns} ${docRoot.name})`
    );
  }
  const settings = load(target("settings", "/word/settings.xml"));
  const script = scriptOfLang(la(lchild(settings, W, "themeFontLang"), W, "eastAsia"));
  const subdocs = lchild(settings, W, "doNotIncludeSubdocsInStats");
  const stylesName = target("styles", "/word/styles.xml");
  const themeName = target("theme", "/word/theme/theme1.xml");
  const newResolver = (): StyleResolver =>
    new StyleResolver(load(stylesName), load(themeName), script);
  let styles: StyleResolver;
  if (options.styleCache) {
    // The same styles, theme and script give the same resolver (its caches included).
    const part = (name: string | undefined): string =>
      name === undefined ? "" : (getXmlPart(pkg, name) ?? "");
    const key = `${strict ? 1 : 0}${script}\u0000${part(stylesName)}\u0000${part(themeName)}`;
    const cached = options.styleCache.get(key);
    styles = cached ?? newResolver();
    if (!cached) options.styleCache.set(key, styles);
  } else {
    styles = newResolver();
  }
  const numbering = new NumberingState(
    load(target("numbering", "/word/numbering.xml")),
    (id) => styles.styles.get(id)?.para.numId ?? null,
    options.numbering
  );
  const reader = new Reader(pkg, relMap, styles, numbering);
  const mainStory: Story = { main: true, fields: [], instr: [], texts: [] };
  reader.block(body, 0, mainStory);
  const finalSect = lchild(body, W, "sectPr");
  if (finalSect) {
    reader.sections.push(reader.section(finalSect, Math.max(0, reader.paragraphs.length - 1)));
  }

  const noteText: string[] = [];
  const bodyPictureCount = reader.pictures.length;
  for (const [suffix, fallback, el] of [
    ["footnotes", "/word/footnotes.xml", "footnote"],
    ["endnotes", "/word/endnotes.xml", "endnote"],
  ] as const) {
    const root = load(target(suffix, fallback));
    for (const note of lchildren(root, W, el)) {
      const type = la(note, W, "type");
      if (type !== null && type !== "normal") continue;
      const sub = { main: false, fields: [] as boolean[], texts: [] as string[] };
      reader.subBlock(note, sub, 0);
      for (const t of sub.texts) if (t.trim() !== "") noteText.push(t);
    }
  }
  // pictures inside notes are not body pictures
  const pictures = reader.pictures.slice(0, bodyPictureCount);

  const pkgRels = relationships(pkg, "/");
  let appName =
    relByType(pkgRels, "extended-properties")?.target ??
    (findPart(pkg, "/docProps/app.xml") ? "/docProps/app.xml" : undefined);
  if (appName !== undefined && findPart(pkg, appName)?.name === mainName) appName = undefined;
  const app = load(appName);

  return {
    paragraphs: reader.paragraphs,
    pictures,
    tableCount: reader.tableCount,
    sections: reader.sections,
    styles: styles.styleInfos(),
    textBoxText: reader.textBoxText,
    noteText,
    includeSubdocsInStats: !(subdocs && onOff(la(subdocs, W, "val"))),
    savedStatistics: app ? readStatistics(app) : null,
    source,
  };
}

/**
 * Reads a .docx (or .dotx/.docm) file into the model.
 * @param bytes the file
 * @param limits zip-bomb limits (see PackageLimits)
 * @throws OoxmlError (see readDocx and parsePackage)
 */
export function parseDocx(bytes: Uint8Array, limits?: Partial<PackageLimits>): ReportDocument {
  return parsePackage(readDocx(bytes, limits), "docx");
}

/**
 * Reads a flat-OPC string (Word's `getOoxml()`, or a "Word XML 文档" save) into the model.
 * @param options `binaryHeadBytes` (e.g. {@link IMAGE_HEAD_BYTES}): decode only the head of each
 *   image — the model needs pixel sizes only (the live checklist passes it)
 * @throws OoxmlError (see readFlatOpc and parsePackage)
 */
export function parseFlatOpc(xml: string, options: FlatOpcOptions = {}): ReportDocument {
  return parsePackage(readFlatOpc(xml, options), "flatOpc");
}

/**
 * Bytes of an image part decoded to read its pixel size: PNG's IHDR is in the first 33 bytes;
 * a JPEG's SOF follows its APP segments (EXIF ≤ 64 KiB each, a thumbnail included), so 256 KiB
 * covers camera files with EXIF and an ICC profile; beyond it the size stays unknown (null), as
 * for EMF/WMF.
 */
export const IMAGE_HEAD_BYTES = 256 * 1024;
