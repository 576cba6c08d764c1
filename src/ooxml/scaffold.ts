/**
 * @fileoverview The parts every .docx we write carries besides its body: content and
 * relationship types, page setup (A4, Chinese Word's margins, \`w:sectPr\`), the \`w:document\`
 * namespaces, and the settings, font table, document properties and relationships parts. Used
 * by the template (\`./template.ts\`), the 申报书 (\`./form.ts\`) and the paragraph packages of
 * 一键排版 (\`src/word/applyEdits.ts\`). Deterministic: fixed dates, so equal input gives equal
 * bytes. Layer: ooxml (pure; no Node APIs).
 */
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
/** Relationship type of a theme part. */
export const REL_THEME = `${REL_BASE}theme`;
/** Relationship type of an image part. */
export const REL_IMAGE = `${REL_BASE}image`;
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
// Settings, font table, document properties, relationships

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

/** The fixed creation date written to docProps (reproducible bytes). */
export const FIXED_CREATED = "2023-09-01T08:00:00Z";
