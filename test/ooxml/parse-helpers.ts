/**
 * @fileoverview Test helpers for the OOXML reader tests: minimal but valid WordprocessingML
 * packages built from XML strings, and a tiny real PNG made with fflate's zlib.
 */
import { zlibSync } from "fflate";
import type { OpcPackage, OpcPart } from "../../src/ooxml/package";

export const NS_DECL =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'mc:Ignorable="w14"';

export const CT_MAIN =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
export const CT_STYLES =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
export const CT_NUMBERING =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
export const CT_THEME = "application/vnd.openxmlformats-officedocument.theme+xml";
export const CT_SETTINGS =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
export const CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
export const CT_FOOTNOTES =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
export const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Extra parts of a test package, with the document relationship type of each (when it has one). */
export interface PkgSpec {
  /** `w:body` inner XML. */
  body: string;
  /** `w:styles` inner XML; omitted → no styles part. */
  styles?: string;
  /** `w:numbering` inner XML. */
  numbering?: string;
  /** Full theme XML. */
  theme?: string;
  /** `w:settings` inner XML. */
  settings?: string;
  /** Full app.xml. */
  app?: string;
  /** `w:footnotes` inner XML. */
  footnotes?: string;
  /** Images: relationship id → [part name, content type, bytes]. */
  images?: Record<string, [string, string, Uint8Array]>;
}

/** Builds an OpcPackage (not zipped) from a spec. */
export function buildPkg(spec: PkgSpec): OpcPackage {
  const parts = new Map<string, OpcPart>();
  const add = (name: string, contentType: string, data: string | Uint8Array): void => {
    parts.set(name, { name, contentType, data });
  };
  add(
    "/_rels/.rels",
    CT_RELS,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>${spec.app ? `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` : ""}</Relationships>`
  );
  add(
    "/word/document.xml",
    CT_MAIN,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS_DECL}><w:body>${spec.body}</w:body></w:document>`
  );
  const rels: string[] = [];
  if (spec.styles !== undefined) {
    add("/word/styles.xml", CT_STYLES, `<w:styles ${NS_DECL}>${spec.styles}</w:styles>`);
    rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (spec.numbering !== undefined) {
    add(
      "/word/numbering.xml",
      CT_NUMBERING,
      `<w:numbering ${NS_DECL}>${spec.numbering}</w:numbering>`
    );
    rels.push(`<Relationship Id="rIdN" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  if (spec.theme !== undefined) {
    add("/word/theme/theme1.xml", CT_THEME, spec.theme);
    rels.push(`<Relationship Id="rIdT" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
  }
  if (spec.settings !== undefined) {
    add("/word/settings.xml", CT_SETTINGS, `<w:settings ${NS_DECL}>${spec.settings}</w:settings>`);
    rels.push(`<Relationship Id="rIdG" Type="${REL}/settings" Target="settings.xml"/>`);
  }
  if (spec.footnotes !== undefined) {
    add(
      "/word/footnotes.xml",
      CT_FOOTNOTES,
      `<w:footnotes ${NS_DECL}>${spec.footnotes}</w:footnotes>`
    );
    rels.push(`<Relationship Id="rIdF" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  for (const [id, [name, ct, bytes]] of Object.entries(spec.images ?? {})) {
    add(name, ct, bytes);
    rels.push(
      `<Relationship Id="${id}" Type="${REL}/image" Target="${name.replace(/^\/word\//, "")}"/>`
    );
  }
  if (spec.app !== undefined) add("/docProps/app.xml", CT_APP, spec.app);
  add(
    "/word/_rels/document.xml.rels",
    CT_RELS,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  );
  return { parts };
}

/** A paragraph with plain runs. */
export function p(text: string, pPr = "", rPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i]!;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A real, decodable RGB PNG of `width` × `height` pixels (IDAT made with fflate's zlib). */
export function makePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (1 + width * 3) + 1 + x * 3] = (x * 255) / width;
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlibSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const total = parts.reduce((n, a) => n + a.length, 0);
  const png = new Uint8Array(total);
  let o = 0;
  for (const a of parts) {
    png.set(a, o);
    o += a.length;
  }
  return png;
}

/** Theme XML with the given minor fonts (Latin, East Asian, and a "Hans" script font). */
export function themeXml(minorLatin: string, minorEa: string, hans = "等线", majorEa = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">` +
    `<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface="${majorEa}"/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${minorLatin}"/><a:ea typeface="${minorEa}"/><a:cs typeface=""/><a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="${hans}"/></a:minorFont>` +
    `</a:fontScheme></a:themeElements></a:theme>`
  );
}
