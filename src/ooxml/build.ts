/**
 * @fileoverview A small .docx writer for arbitrary drafts: paragraphs with text and optional
 * direct formatting, auto-numbered paragraphs (with a numbering part it writes), tables (nested
 * too), inline PNG pictures, a page size and a choice of styles part. It writes documents "as a
 * writer would produce them" — typed in Word without styles, pasted from elsewhere, or formatted
 * with our styles — for fixtures and tests, and it provides the package scaffolding (settings,
 * font table, document properties, theme) that the template's .docx shares.
 *
 * Output is deterministic: fixed part order (by {@link writeDocx}), fixed zip timestamps and
 * fixed dates in `docProps/core.xml`, so equal specs give equal bytes. Layer: ooxml (pure; no
 * Node APIs — Uint8Array and fflate only).
 */
import { zlibSync } from "fflate";
import type { LineSpacing, Alignment } from "../core/model";
import type { Profile } from "../core/profile";
import { type OpcPackage, RELS_CONTENT_TYPE, REL_OFFICE_DOCUMENT, writeDocx } from "./package";
import { stylesPartXml } from "./styles";
import { A, PIC, R, W, WP, escapeXml } from "./xml";

// ---------------------------------------------------------------------------------------------
// Content types and relationship types

/** Content type of the main document part. */
export const CT_DOCUMENT =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
/** Content type of the styles part. */
export const CT_STYLES =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
/** Content type of the settings part. */
export const CT_SETTINGS =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
/** Content type of the font table part. */
export const CT_FONT_TABLE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
/** Content type of the numbering part. */
export const CT_NUMBERING =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
/** Content type of a theme part. */
export const CT_THEME = "application/vnd.openxmlformats-officedocument.theme+xml";
/** Content type of `docProps/core.xml`. */
export const CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
/** Content type of `docProps/app.xml`. */
export const CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
/** Relationship type of the styles part. */
export const REL_STYLES = `${REL_BASE}styles`;
/** Relationship type of the numbering part. */
export const REL_NUMBERING = `${REL_BASE}numbering`;
/** Relationship type of the settings part. */
export const REL_SETTINGS = `${REL_BASE}settings`;
/** Relationship type of the font table part. */
export const REL_FONT_TABLE = `${REL_BASE}fontTable`;
const REL_THEME = `${REL_BASE}theme`;
const REL_IMAGE = `${REL_BASE}image`;
/** Relationship type of docProps/app.xml. */
export const REL_APP = `${REL_BASE}extended-properties`;
/** Relationship type of docProps/core.xml. */
export const REL_CORE =
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** EMU per inch (914 400) and per centimetre (360 000): picture extents are in EMU. */
export const EMU_PER_INCH = 914400;
export const EMU_PER_CM = 360000;

/**
 * Page margins in twips. The notice prescribes none; we use the margins of a new Word document in
 * Chinese Word (上下 2.54 cm = 1440, 左右 3.17 cm = 1800, 页眉 1.5 cm = 851, 页脚 1.75 cm = 992),
 * so the template looks like what a writer already knows.
 */
export const DEFAULT_MARGINS = {
  top: 1440,
  right: 1800,
  bottom: 1440,
  left: 1800,
  header: 851,
  footer: 992,
  gutter: 0,
} as const;

/** Page setup of a section: size in twips (A4 = 11906 × 16838), optional margins in twips. */
export interface PageSpec {
  width: number;
  height: number;
  orientation?: "portrait" | "landscape";
  margins?: Partial<Record<keyof typeof DEFAULT_MARGINS, number>>;
}

/**
 * The body-level `w:sectPr` of a page: `w:pgSz` (with `w:orient="landscape"` only when
 * landscape), `w:pgMar`, `w:cols` and `w:docGrid` with Chinese Word's default line pitch (312,
 * no grid type: exact line spacing is never snapped).
 * @param page - size in twips; margins default to {@link DEFAULT_MARGINS}.
 */
export function sectPrXml(page: PageSpec): string {
  const m = { ...DEFAULT_MARGINS, ...page.margins };
  const orient = page.orientation === "landscape" ? ` w:orient="landscape"` : "";
  return (
    `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"${orient}/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}"` +
    ` w:header="${m.header}" w:footer="${m.footer}" w:gutter="${m.gutter}"/>` +
    `<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>`
  );
}

/** Namespace declarations of the `w:document` root we write. */
export const DOCUMENT_NAMESPACES = `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:pic="${PIC}"`;

// ---------------------------------------------------------------------------------------------
// The draft spec

/**
 * Direct run formatting of a draft. Sizes in half-points (`w:sz`, 小三 = 30). A font slot left
 * undefined is not written; `eastAsiaTheme`/`asciiTheme` write theme references (e.g.
 * "minorEastAsia"), which override explicit names (facts §6 case 3).
 */
export interface DraftFont {
  eastAsia?: string;
  ascii?: string;
  /** Defaults to `ascii` when that is given. */
  hAnsi?: string;
  eastAsiaTheme?: string;
  asciiTheme?: string;
  hint?: "eastAsia" | "default" | "cs";
  sz?: number;
  bold?: boolean;
  italic?: boolean;
  /** Hex colour, e.g. "C00000". */
  color?: string;
  underline?: boolean;
}

/** A run of text; "\t" becomes `w:tab`, "\n" becomes `w:br`. */
export interface DraftRun {
  text: string;
  font?: DraftFont;
}

/** An inline picture: PNG bytes and the displayed size in EMU (914 400 per inch). */
export interface DraftPicture {
  /** PNG bytes, or JPEG bytes (recognised by their SOI marker FF D8: stored as imageN.jpeg). */
  png: Uint8Array;
  cx: number;
  cy: number;
  /** `wp:docPr/@name`; defaults to "图片 N". */
  name?: string;
  /** `wp:docPr/@descr` (alt text). */
  description?: string;
}

/** A paragraph of a draft. */
export interface DraftParagraph {
  type?: "paragraph";
  /** The text as one run (ignored when `runs` is given). */
  text?: string;
  runs?: DraftRun[];
  /** Direct formatting of every run without its own `font`, and of the paragraph mark. */
  font?: DraftFont;
  /** `w:pStyle` (a style id). */
  pStyle?: string;
  jc?: Alignment;
  /** `w:spacing`: `line` in twips (exact/atLeast) or 240ths of a line (auto); before/after in twips. */
  spacing?: LineSpacing & { before?: number; after?: number };
  /** First-line indent in hundredths of a character (`w:firstLineChars`). */
  firstLineChars?: number;
  /** `w:outlineLvl`, 0-based. */
  outlineLevel?: number;
  /** Automatic numbering: a `numId` of {@link DraftSpec.numbering} and a 0-based level. */
  numbering?: { numId: number; ilvl: number };
  /** Pictures, each in its own run after the text. */
  pictures?: DraftPicture[];
}

/** A table: rows of cells, each cell a list of blocks (paragraphs or nested tables). */
export interface DraftTable {
  type: "table";
  rows: DraftBlock[][][];
}

/** A block of the body. */
export type DraftBlock = DraftParagraph | DraftTable;

/** One level of a numbering definition, e.g. `{ numFmt: "chineseCounting", lvlText: "%1、" }`. */
export interface DraftNumberingLevel {
  /** `w:numFmt`: "chineseCounting" (一), "decimal" (1), "ideographTraditional" (甲), "none" … */
  numFmt: string;
  /** `w:lvlText`, e.g. "%1、", "（%2）", "%3.". */
  lvlText: string;
  /** `w:start`, default 1. */
  start?: number;
}

/** A numbering definition: one `w:abstractNum` and one `w:num` with this id. */
export interface DraftNumbering {
  numId: number;
  levels: DraftNumberingLevel[];
}

/**
 * The styles part of a draft:
 * - `profile`: our styles ({@link stylesPartXml});
 * - `plain`: what a new document of Word 2016+ carries — docDefaults with theme fonts
 *   (minorHAnsi / minorEastAsia → Calibri / 等线 through the theme part, which is then written),
 *   五号 (sz 21), Normal justified;
 * - `xml`: the given styles part text as is (e.g. a document's own built-in heading styles);
 * - `none`: no styles part at all (as some WPS exports).
 */
export type DraftStyles =
  | { kind: "profile"; profile: Profile }
  | { kind: "plain" }
  | { kind: "xml"; xml: string }
  | { kind: "none" };

/** Everything {@link buildDocx} writes. */
export interface DraftSpec {
  blocks: DraftBlock[];
  /** Page size of the one section; default A4 portrait (11906 × 16838 twips). */
  page?: PageSpec;
  /** Default `{ kind: "plain" }`. */
  styles?: DraftStyles;
  numbering?: DraftNumbering[];
  /** Write the theme part even when the styles are not `plain`. */
  theme?: boolean;
  /** `dc:title` and `dc:creator` of docProps/core.xml. */
  title?: string;
  creator?: string;
  /** ISO timestamp for dcterms:created/modified; default "2023-09-01T08:00:00Z" (fixed, for reproducible bytes). */
  created?: string;
}

// ---------------------------------------------------------------------------------------------
// Shared scaffolding (also used by the template)

/** Font metadata written to the font table for fonts Chinese documents use (altName = substitute). */
const FONT_INFO: Record<
  string,
  { altName?: string; panose: string; charset: string; family: string; pitch: string }
> = {
  宋体: {
    altName: "SimSun",
    panose: "02010600030101010101",
    charset: "86",
    family: "auto",
    pitch: "variable",
  },
  黑体: {
    altName: "SimHei",
    panose: "02010609060101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  楷体_GB2312: {
    altName: "楷体",
    panose: "02010609030101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  楷体: {
    altName: "KaiTi",
    panose: "02010609060101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  仿宋_GB2312: {
    altName: "仿宋",
    panose: "02010609030101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  微软雅黑: {
    altName: "Microsoft YaHei",
    panose: "020B0503020204020204",
    charset: "86",
    family: "swiss",
    pitch: "variable",
  },
  等线: {
    altName: "DengXian",
    panose: "02010600030101010101",
    charset: "86",
    family: "auto",
    pitch: "variable",
  },
  "Times New Roman": {
    panose: "02020603050405020304",
    charset: "00",
    family: "roman",
    pitch: "variable",
  },
  Calibri: { panose: "020F0502020204030204", charset: "00", family: "swiss", pitch: "variable" },
};

/**
 * A font table part listing `fonts` (deduplicated, in the given order), with `w:altName` for the
 * Chinese fonts Word substitutes (楷体_GB2312 → 楷体, 宋体 → SimSun …), panose, charset, family
 * and pitch where known.
 * @param fonts - font names as they appear in `w:rFonts`.
 */
export function fontTableXml(fonts: string[]): string {
  const seen = new Set<string>();
  let body = "";
  for (const f of fonts) {
    if (!f || seen.has(f)) continue;
    seen.add(f);
    const info = FONT_INFO[f];
    body += `<w:font w:name="${escapeXml(f)}">`;
    if (info) {
      if (info.altName) body += `<w:altName w:val="${escapeXml(info.altName)}"/>`;
      body +=
        `<w:panose1 w:val="${info.panose}"/><w:charset w:val="${info.charset}"/>` +
        `<w:family w:val="${info.family}"/><w:pitch w:val="${info.pitch}"/>`;
    }
    body += `</w:font>`;
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${body}</w:fonts>`;
}

/** A settings part: 100 % zoom, default tab 420 twips (2 characters of 五号), 标点压缩, Word 2013+ compatibility. */
export function settingsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}">` +
    `<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>` +
    `<w:drawingGridVerticalSpacing w:val="156"/>` +
    `<w:characterSpacingControl w:val="compressPunctuation"/>` +
    `<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>` +
    `<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>` +
    `<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
    `</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`
  );
}

/**
 * `docProps/core.xml` with fixed dates.
 * @param created - ISO 8601 UTC timestamp used for created and modified.
 */
export function corePropsXml(title: string, creator: string, created: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
    ` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

/** `docProps/app.xml` naming this product as the application; no statistics (we never estimate Word's). */
export function appPropsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
    ` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>案例报告助手</Application><DocSecurity>0</DocSecurity>` +
    `<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>` +
    `<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>` +
    `<AppVersion>1.0000</AppVersion></Properties>`
  );
}

/** A relationships part from [id, type, target] triples. */
export function relsXml(rels: Array<[string, string, string]>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PR_NS}">` +
    rels
      .map(
        ([id, type, target]) =>
          `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`
      )
      .join("") +
    `</Relationships>`
  );
}

/**
 * A theme part with the fonts of a default Office theme in a Chinese-language install:
 * major/minor Latin "Calibri Light"/"Calibri", East Asian script Hans "等线 Light"/"等线".
 * Colour and format schemes are the minimum a consumer needs.
 */
export function themeXml(): string {
  const clr = (n: string, v: string): string => `<a:${n}><a:srgbClr val="${v}"/></a:${n}>`;
  const fill = `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`;
  const line = `<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<a:theme xmlns:a="${A}" name="Office 主题"><a:themeElements>` +
    `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>` +
    `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
    clr("dk2", "44546A") +
    clr("lt2", "E7E6E6") +
    clr("accent1", "4472C4") +
    clr("accent2", "ED7D31") +
    clr("accent3", "A5A5A5") +
    clr("accent4", "FFC000") +
    clr("accent5", "5B9BD5") +
    clr("accent6", "70AD47") +
    clr("hlink", "0563C1") +
    clr("folHlink", "954F72") +
    `</a:clrScheme><a:fontScheme name="Office">` +
    `<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/>` +
    `<a:font script="Hans" typeface="等线 Light"/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>` +
    `<a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line}${line}${line}</a:lnStyleLst>` +
    `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>` +
    `</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
    `<a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}

/** Styles of a new Word 2016+ document (theme fonts in docDefaults, 五号, Normal justified). */
export function plainStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"` +
    ` w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>` +
    `<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault/></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>` +
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>` +
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/>` +
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style></w:styles>`
  );
}

// ---------------------------------------------------------------------------------------------
// PNG

let crcTable: Uint32Array | null = null;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A truecolour PNG (8-bit RGB, no interlace) of `width` × `height` pixels.
 * @param fill - one colour [r, g, b] (0–255), or a function of the pixel (x, y) giving it.
 * @param dpi - when given, a `pHYs` chunk declaring this resolution (the header value only:
 *   checkers must compute the effective dpi from the displayed size, R22).
 * @returns the PNG file bytes.
 * @throws RangeError for a non-positive or non-integer size.
 */
export function makePng(
  width: number,
  height: number,
  fill: [number, number, number] | ((x: number, y: number) => [number, number, number]),
  dpi?: number
): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`makePng: bad size ${width}×${height}`);
  }
  const stride = 1 + width * 3;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride; // filter byte 0 (None)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = typeof fill === "function" ? fill(x, y) : fill;
      const o = row + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunks = [pngChunk("IHDR", ihdr)];
  if (dpi !== undefined) {
    const phys = new Uint8Array(9);
    const pv = new DataView(phys.buffer);
    const ppm = Math.round(dpi / 0.0254);
    pv.setUint32(0, ppm);
    pv.setUint32(4, ppm);
    phys[8] = 1;
    chunks.push(pngChunk("pHYs", phys));
  }
  chunks.push(pngChunk("IDAT", zlibSync(raw, { level: 6 })), pngChunk("IEND", new Uint8Array(0)));
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const total = 8 + chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  out.set(sig, 0);
  let p = 8;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Body XML

/** `w:rPr` children of a draft font, in schema order; "" when nothing is set. */
export function draftRunPropsXml(f: DraftFont | undefined): string {
  if (!f) return "";
  let s = "";
  const fonts: string[] = [];
  if (f.asciiTheme) fonts.push(`w:asciiTheme="${escapeXml(f.asciiTheme)}"`);
  if (f.ascii) fonts.push(`w:ascii="${escapeXml(f.ascii)}"`);
  const hAnsi = f.hAnsi ?? f.ascii;
  if (hAnsi) fonts.push(`w:hAnsi="${escapeXml(hAnsi)}"`);
  if (f.eastAsia) fonts.push(`w:eastAsia="${escapeXml(f.eastAsia)}"`);
  if (f.eastAsiaTheme) fonts.push(`w:eastAsiaTheme="${escapeXml(f.eastAsiaTheme)}"`);
  if (f.hint) fonts.push(`w:hint="${f.hint}"`);
  if (fonts.length > 0) s += `<w:rFonts ${fonts.join(" ")}/>`;
  if (f.bold !== undefined) s += f.bold ? `<w:b/><w:bCs/>` : `<w:b w:val="0"/><w:bCs w:val="0"/>`;
  if (f.italic) s += `<w:i/><w:iCs/>`;
  if (f.color) s += `<w:color w:val="${escapeXml(f.color)}"/>`;
  if (f.sz !== undefined) s += `<w:sz w:val="${f.sz}"/><w:szCs w:val="${f.sz}"/>`;
  if (f.underline) s += `<w:u w:val="single"/>`;
  return s;
}

/** Run content for text: `w:t` pieces, `w:tab` for "\t", `w:br` for "\n". */
export function textContentXml(text: string): string {
  let s = "";
  for (const piece of text.split(/([\t\n])/)) {
    if (piece === "") continue;
    if (piece === "\t") s += "<w:tab/>";
    else if (piece === "\n") s += "<w:br/>";
    else {
      const space = /^\s|\s$/.test(piece) ? ` xml:space="preserve"` : "";
      s += `<w:t${space}>${escapeXml(piece)}</w:t>`;
    }
  }
  return s;
}

interface BuildContext {
  images: Array<{ rid: string; name: string; png: Uint8Array }>;
  nextDocPr: number;
  textWidth: number;
  fonts: string[];
}

function noteFonts(ctx: BuildContext, f: DraftFont | undefined): void {
  if (!f) return;
  for (const n of [f.eastAsia, f.ascii, f.hAnsi]) if (n) ctx.fonts.push(n);
}

function pictureRunXml(pic: DraftPicture, ctx: BuildContext): string {
  const n = ctx.images.length + 1;
  const rid = `rIdImg${n}`;
  const file = `image${n}.${isJpeg(pic.png) ? "jpeg" : "png"}`;
  ctx.images.push({ rid, name: file, png: pic.png });
  const id = ctx.nextDocPr++;
  const name = escapeXml(pic.name ?? `图片 ${id}`);
  const descr = pic.description ? ` descr="${escapeXml(pic.description)}"` : "";
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${pic.cx}" cy="${pic.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${name}"${descr}/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="${PIC}"><pic:pic><pic:nvPicPr>` +
    `<pic:cNvPr id="0" name="${file}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${pic.cx}" cy="${pic.cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>` +
    `</a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** True for JPEG bytes (SOI marker FF D8 FF). */
function isJpeg(b: Uint8Array): boolean {
  return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

/** `w:p` of a draft paragraph. */
function paragraphXml(p: DraftParagraph, ctx: BuildContext): string {
  let ppr = "";
  if (p.pStyle) ppr += `<w:pStyle w:val="${escapeXml(p.pStyle)}"/>`;
  if (p.numbering) {
    ppr += `<w:numPr><w:ilvl w:val="${p.numbering.ilvl}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  }
  if (p.spacing) {
    const s = p.spacing;
    const ba =
      (s.before !== undefined ? ` w:before="${s.before}"` : "") +
      (s.after !== undefined ? ` w:after="${s.after}"` : "");
    ppr += `<w:spacing${ba} w:line="${s.line}" w:lineRule="${s.lineRule}"/>`;
  }
  if (p.firstLineChars !== undefined) {
    const sz = p.font?.sz ?? 21;
    ppr += `<w:ind w:firstLineChars="${p.firstLineChars}" w:firstLine="${Math.round((p.firstLineChars * sz) / 10)}"/>`;
  }
  if (p.jc) ppr += `<w:jc w:val="${p.jc}"/>`;
  if (p.outlineLevel !== undefined) ppr += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  const markRpr = draftRunPropsXml(p.font);
  if (markRpr) ppr += `<w:rPr>${markRpr}</w:rPr>`;
  noteFonts(ctx, p.font);
  let runs = "";
  const list: DraftRun[] =
    p.runs ?? (p.text !== undefined && p.text !== "" ? [{ text: p.text }] : []);
  for (const r of list) {
    const f = r.font ?? p.font;
    noteFonts(ctx, f);
    const rpr = draftRunPropsXml(f);
    runs += `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}${textContentXml(r.text)}</w:r>`;
  }
  for (const pic of p.pictures ?? []) runs += pictureRunXml(pic, ctx);
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}${runs}</w:p>`;
}

const BORDER = `w:val="single" w:sz="4" w:space="0" w:color="auto"`;

function tableXml(t: DraftTable, ctx: BuildContext, width: number): string {
  const cols = Math.max(1, ...t.rows.map((r) => r.length));
  const colW = Math.floor(width / cols);
  let s =
    `<w:tbl><w:tblPr><w:tblW w:w="${colW * cols}" w:type="dxa"/><w:tblBorders>` +
    ["top", "left", "bottom", "right", "insideH", "insideV"]
      .map((b) => `<w:${b} ${BORDER}/>`)
      .join("") +
    `</w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"` +
    ` w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>` +
    `<w:gridCol w:w="${colW}"/>`.repeat(cols) +
    `</w:tblGrid>`;
  for (const row of t.rows) {
    s += `<w:tr>`;
    for (const cell of row) {
      s += `<w:tc><w:tcPr><w:tcW w:w="${colW}" w:type="dxa"/></w:tcPr>`;
      s += blocksXml(cell, ctx, colW - 216);
      const last = cell[cell.length - 1];
      if (!last || last.type === "table") s += `<w:p/>`;
      s += `</w:tc>`;
    }
    s += `</w:tr>`;
  }
  return `${s}</w:tbl>`;
}

function blocksXml(blocks: DraftBlock[], ctx: BuildContext, width: number): string {
  return blocks
    .map((b) => (b.type === "table" ? tableXml(b, ctx, width) : paragraphXml(b, ctx)))
    .join("");
}

/** A numbering part for the definitions (one abstractNum per num, ids 0-based in order). */
export function numberingXml(defs: DraftNumbering[]): string {
  let abs = "";
  let nums = "";
  defs.forEach((d, i) => {
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="multilevel"/>`;
    d.levels.forEach((lv, ilvl) => {
      abs +=
        `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${lv.start ?? 1}"/><w:numFmt w:val="${escapeXml(lv.numFmt)}"/>` +
        `<w:suff w:val="nothing"/><w:lvlText w:val="${escapeXml(lv.lvlText)}"/><w:lvlJc w:val="left"/>` +
        `<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>`;
    });
    abs += `</w:abstractNum>`;
    nums += `<w:num w:numId="${d.numId}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abs}${nums}</w:numbering>`;
}

/**
 * The main document part of a draft (and the images and fonts it uses).
 * @returns the document.xml text, the image parts to add (relationship id, file name under
 *   /word/media/, bytes) and every font name written in run properties.
 */
export function draftDocumentXml(spec: DraftSpec): {
  xml: string;
  images: Array<{ rid: string; name: string; png: Uint8Array }>;
  fonts: string[];
} {
  const page: PageSpec = spec.page ?? { width: 11906, height: 16838 };
  const m = { ...DEFAULT_MARGINS, ...page.margins };
  const landscape = page.orientation === "landscape";
  const pageW = landscape ? Math.max(page.width, page.height) : page.width;
  const ctx: BuildContext = {
    images: [],
    nextDocPr: 1,
    textWidth: pageW - m.left - m.right,
    fonts: [],
  };
  const body = blocksXml(spec.blocks, ctx, ctx.textWidth);
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document ${DOCUMENT_NAMESPACES}><w:body>${body}${sectPrXml(page)}</w:body></w:document>`;
  return { xml, images: ctx.images, fonts: ctx.fonts };
}

/**
 * The package of a draft: content is written as {@link draftDocumentXml}; styles per
 * {@link DraftStyles}; numbering when `spec.numbering` is given; theme when the styles are
 * `plain` or `spec.theme`; settings, font table (fonts of the styles and runs, plus Times New
 * Roman), docProps core/app; PNG media as /word/media/imageN.png.
 * @returns a package ready for {@link writeDocx} or `writeFlatOpc`.
 */
export function buildPackage(spec: DraftSpec): OpcPackage {
  const parts: OpcPackage["parts"] = new Map();
  const put = (name: string, contentType: string, data: string | Uint8Array): void => {
    parts.set(name, { name, contentType, data });
  };
  const doc = draftDocumentXml(spec);
  const styles = spec.styles ?? { kind: "plain" };
  const docRels: Array<[string, string, string]> = [];
  const fonts: string[] = [...doc.fonts];
  if (styles.kind !== "none") {
    const xml =
      styles.kind === "profile"
        ? stylesPartXml(styles.profile)
        : styles.kind === "plain"
          ? plainStylesXml()
          : styles.xml;
    put("/word/styles.xml", CT_STYLES, xml);
    docRels.push(["rId1", REL_STYLES, "styles.xml"]);
    if (styles.kind === "profile") {
      for (const r of Object.values(styles.profile.roles)) fonts.push(r.eastAsia, r.latin);
    }
    if (styles.kind === "plain") fonts.push("等线", "Calibri");
  }
  put("/word/settings.xml", CT_SETTINGS, settingsXml());
  docRels.push(["rId2", REL_SETTINGS, "settings.xml"]);
  fonts.push("Times New Roman");
  put("/word/fontTable.xml", CT_FONT_TABLE, fontTableXml(fonts));
  docRels.push(["rId3", REL_FONT_TABLE, "fontTable.xml"]);
  if (spec.numbering && spec.numbering.length > 0) {
    put("/word/numbering.xml", CT_NUMBERING, numberingXml(spec.numbering));
    docRels.push(["rId4", REL_NUMBERING, "numbering.xml"]);
  }
  if (styles.kind === "plain" || spec.theme) {
    put("/word/theme/theme1.xml", CT_THEME, themeXml());
    docRels.push(["rId5", REL_THEME, "theme/theme1.xml"]);
  }
  for (const img of doc.images) {
    put(`/word/media/${img.name}`, isJpeg(img.png) ? "image/jpeg" : "image/png", img.png);
    docRels.push([img.rid, REL_IMAGE, `media/${img.name}`]);
  }
  put("/word/document.xml", CT_DOCUMENT, doc.xml);
  put("/word/_rels/document.xml.rels", RELS_CONTENT_TYPE, relsXml(docRels));
  put(
    "/docProps/core.xml",
    CT_CORE,
    corePropsXml(spec.title ?? "", spec.creator ?? "案例报告助手", spec.created ?? FIXED_CREATED)
  );
  put("/docProps/app.xml", CT_APP, appPropsXml());
  put(
    "/_rels/.rels",
    RELS_CONTENT_TYPE,
    relsXml([
      ["rId1", REL_OFFICE_DOCUMENT, "word/document.xml"],
      ["rId2", REL_CORE, "docProps/core.xml"],
      ["rId3", REL_APP, "docProps/app.xml"],
    ])
  );
  return { parts };
}

/** The fixed creation date written to docProps (reproducible bytes). */
export const FIXED_CREATED = "2023-09-01T08:00:00Z";

/**
 * Writes a draft as .docx bytes (see {@link buildPackage}); deterministic.
 * @throws RangeError from {@link makePng} never (pictures are given as bytes); OoxmlError
 *   "unsafePath" from writeDocx only for internal part-name bugs.
 */
export function buildDocx(spec: DraftSpec): Uint8Array {
  return writeDocx(buildPackage(spec));
}
