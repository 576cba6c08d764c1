/**
 * @fileoverview The 申报书 template (附件一, R27): the form as data (`formParagraphs`), as the
 * main document part's body (`formBodyXml`), as the flat-OPC package `insertOoxml` takes
 * (`formFlatOpc`) and as a complete .docx for `case-report new --form` (`formDocx`). Every
 * label, category and note comes from `profile.form`; this module only lays them out.
 *
 * Layout: the title (黑体 小二, centred — the look the notice gives the report's title, R14; the
 * notice prescribes none for the form), then one bordered table whose first column holds the
 * labels (bold, centred) and whose other five grid columns hold the value, except the contact
 * rows, which hold three label/value pairs each (推荐单位联系人 | … | 所属部门 | … | 职务 | …).
 * Labels that a note explains carry its number as a superscript (案例实施周期¹), as the notice
 * prints them. 报送时间 holds the blank date "______年____月____日"; 案例类别 holds one paragraph
 * per category, each starting with an empty box ☐ (U+2610) as plain text — robust in Word, WPS
 * and LibreOffice, and toggled by replacing that one character (☐ ↔ ☑). The notes 注1–注4
 * follow the table. Every run carries its fonts and size directly (no styles needed, so the form
 * looks the same inserted into any document), each table cell has exactly one paragraph except
 * the category cell, and value cells are empty paragraphs whose mark carries the cell font so
 * typed text gets it. Layer: ooxml (pure).
 */
import { formNoteTexts } from "../core/form";
import type { FormFieldKey, FormFieldSpec, Profile } from "../core/profile";
import {
  CT_DOCUMENT,
  CT_STYLES,
  DEFAULT_MARGINS,
  DOCUMENT_NAMESPACES,
  REL_STYLES,
  relsXml,
  sectPrXml,
} from "./scaffold";
import { type OpcPackage, RELS_CONTENT_TYPE, REL_OFFICE_DOCUMENT, writeFlatOpc } from "./package";
import { rFontsXml, stylesPartXml } from "./styles";
import { profileDocx } from "./template";
import { escapeXml } from "./xml";
import { itemAt } from "../core/item-at";

/** Font of the box characters ☐ ☑ (U+2610/2611 are not in 宋体; Windows has Segoe UI Symbol, others substitute). */
export const BOX_FONT = "Segoe UI Symbol";

/** Width of the label column in twips (7 characters of 小四 plus cell margins). */
export const LABEL_WIDTH = 2000;

/** What a paragraph of the form is. */
export type FormParagraphPart = "title" | "label" | "value" | "notesHeading" | "note";

/** One paragraph of the form, in Word's paragraph order (table cells row by row). */
export interface FormParagraph {
  text: string;
  part: FormParagraphPart;
  /** The field of a label or value paragraph. */
  key?: FormFieldKey;
}

/** Options of the form's XML. */
export interface FormXmlOptions {
  /** Put `w:pageBreakBefore` on the title: the form starts a new page after existing content. */
  pageBreakBefore?: boolean;
}

/** The rows of the table: one field per row, contact pairs grouped `pairsPerRow` to a row. */
function formRows(profile: Profile): FormFieldSpec[][] {
  const rows: FormFieldSpec[][] = [];
  let pairs: FormFieldSpec[] = [];
  for (const f of profile.form.fields) {
    if (f.layout === "pair") {
      pairs.push(f);
      if (pairs.length === profile.form.pairsPerRow) {
        rows.push(pairs);
        pairs = [];
      }
    } else {
      if (pairs.length > 0) rows.push(pairs);
      pairs = [];
      rows.push([f]);
    }
  }
  if (pairs.length > 0) rows.push(pairs);
  return rows;
}

/** The value paragraphs of a one-field row as text. */
function valueTexts(profile: Profile, f: FormFieldSpec): string[] {
  const form = profile.form;
  if (f.layout === "date") return [form.dateBlank];
  if (f.layout === "category") {
    return form.categories.map(
      (c) => form.boxEmpty + c + (c === form.otherCategory ? `，${form.otherPrompt}` : "")
    );
  }
  return [""];
}

/** The label as text: the label plus the note number (a superscript in the document). */
function labelText(f: FormFieldSpec): string {
  return f.note === null ? f.label : `${f.label}${f.note}`;
}

/**
 * The form's paragraphs in Word's order: the title, then per table row its label and value
 * paragraphs (category: one per choice; contact rows: label, value, label, value …), then the
 * notes heading and the notes (注1–注N from `formNoteTexts`, numbered "1." …). Label texts include
 * the note number (案例实施周期1: the superscript is text in Word too).
 */
export function formParagraphs(profile: Profile): FormParagraph[] {
  const out: FormParagraph[] = [{ text: profile.form.title, part: "title" }];
  for (const row of formRows(profile)) {
    for (const f of row) {
      out.push({ text: labelText(f), part: "label", key: f.key });
      for (const v of row.length === 1 ? valueTexts(profile, f) : [""]) {
        out.push({ text: v, part: "value", key: f.key });
      }
    }
  }
  out.push({ text: profile.form.notesHeading, part: "notesHeading" });
  formNoteTexts(profile).forEach((t, i) => out.push({ text: `${i + 1}.${t}`, part: "note" }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// XML

interface RunLook {
  eastAsia: string;
  latin: string;
  sz: number;
  bold?: boolean;
  superscript?: boolean;
}

function rPr(look: RunLook): string {
  return (
    `<w:rPr>${rFontsXml(look.eastAsia, look.latin)}` +
    (look.bold ? `<w:b/><w:bCs/>` : "") +
    (look.superscript ? `<w:vertAlign w:val="superscript"/>` : "") +
    `<w:sz w:val="${look.sz}"/><w:szCs w:val="${look.sz}"/></w:rPr>`
  );
}

function run(text: string, look: RunLook): string {
  return text === ""
    ? ""
    : `<w:r>${rPr(look)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph: `pPr` children (without rPr), the mark's look, and runs. */
function para(pPr: string, mark: RunLook, runs: string): string {
  return `<w:p><w:pPr>${pPr}${rPr(mark)}</w:pPr>${runs}</w:p>`;
}

const CELL_SPACING = `<w:spacing w:before="60" w:after="60" w:line="360" w:lineRule="auto"/>`;
const NO_INDENT = `<w:ind w:left="0" w:right="0" w:firstLine="0"/>`;

function cell(width: number, span: number, content: string, vCenter = true): string {
  const grid = span > 1 ? `<w:gridSpan w:val="${span}"/>` : "";
  const v = vCenter ? `<w:vAlign w:val="center"/>` : "";
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${grid}${v}</w:tcPr>${content}</w:tc>`;
}

/** Text width of the profile's page with the default margins, in twips. */
function textWidth(profile: Profile): number {
  return profile.page.width - DEFAULT_MARGINS.left - DEFAULT_MARGINS.right;
}

function tableXml(profile: Profile): string {
  const form = profile.form;
  const s = form.style;
  const cellLook: RunLook = { eastAsia: s.cellEastAsia, latin: s.latin, sz: s.cellSz };
  const labelLook: RunLook = { ...cellLook, bold: s.labelBold };
  const boxLook: RunLook = { eastAsia: BOX_FONT, latin: BOX_FONT, sz: s.cellSz };
  const cols = 2 * form.pairsPerRow;
  const total = textWidth(profile);
  const rest = total - LABEL_WIDTH;
  const colW = Math.floor(rest / (cols - 1));
  // the last column takes what the even split leaves over
  const widths = [
    LABEL_WIDTH,
    ...Array.from({ length: cols - 1 }, (_, k) =>
      k === cols - 2 ? rest - colW * (cols - 2) : colW
    ),
  ];
  const sum = (from: number, to: number): number =>
    widths.slice(from, to).reduce((a, b) => a + b, 0);

  const labelPara = (f: FormFieldSpec): string =>
    para(
      `${CELL_SPACING}${NO_INDENT}<w:jc w:val="center"/>`,
      labelLook,
      run(f.label, labelLook) +
        (f.note === null ? "" : run(String(f.note), { ...labelLook, superscript: true }))
    );
  const valuePara = (text: string): string => {
    const pPr = `${CELL_SPACING}${NO_INDENT}<w:jc w:val="left"/>`;
    if (text.startsWith(form.boxEmpty)) {
      return para(pPr, cellLook, run(form.boxEmpty, boxLook) + run(text.slice(1), cellLook));
    }
    return para(pPr, cellLook, run(text, cellLook));
  };

  const border = `w:val="single" w:sz="6" w:space="0" w:color="auto"`;
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>` +
    ["top", "left", "bottom", "right", "insideH", "insideV"]
      .map((b) => `<w:${b} ${border}/>`)
      .join("") +
    `</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"` +
    ` w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>` +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("") +
    `</w:tblGrid>`;
  for (const row of formRows(profile)) {
    const height = Math.max(...row.map((f) => f.minHeight));
    const trPr =
      height > 0 ? `<w:trPr><w:trHeight w:val="${height}" w:hRule="atLeast"/></w:trPr>` : "";
    xml += `<w:tr>${trPr}`;
    const [only, ...others] = row;
    if (only !== undefined && others.length === 0) {
      const tall = only.layout === "tall";
      xml += cell(LABEL_WIDTH, 1, labelPara(only));
      xml += cell(sum(1, cols), cols - 1, valueTexts(profile, only).map(valuePara).join(""), !tall);
    } else {
      row.forEach((f, k) => {
        xml += cell(itemAt(widths, 2 * k), 1, labelPara(f));
        xml += cell(itemAt(widths, 2 * k + 1), 1, valuePara(""));
      });
      for (let k = row.length; k < form.pairsPerRow; k++) {
        xml += cell(sum(2 * k, 2 * k + 2), 2, valuePara(""));
      }
    }
    xml += `</w:tr>`;
  }
  return `${xml}</w:tbl>`;
}

/**
 * The form's block content (`w:p` and `w:tbl` elements, no `w:body`): title, table, notes
 * heading and notes — in the order of {@link formParagraphs}.
 */
export function formBlocksXml(profile: Profile, options: FormXmlOptions = {}): string {
  const s = profile.form.style;
  const titleLook: RunLook = { eastAsia: s.titleEastAsia, latin: s.latin, sz: s.titleSz };
  const noteLook: RunLook = { eastAsia: s.cellEastAsia, latin: s.latin, sz: s.noteSz };
  const pageBreak = options.pageBreakBefore ? `<w:pageBreakBefore/>` : "";
  const title = para(
    `${pageBreak}<w:spacing w:before="0" w:after="360" w:line="240" w:lineRule="auto"/>` +
      `${NO_INDENT}<w:jc w:val="center"/>`,
    titleLook,
    run(profile.form.title, titleLook)
  );
  const noteP = (text: string, first: boolean): string =>
    para(
      `<w:spacing w:before="${first ? 120 : 0}" w:after="0" w:line="300" w:lineRule="auto"/>` +
        `${NO_INDENT}<w:jc w:val="both"/>`,
      noteLook,
      run(text, noteLook)
    );
  const notes =
    noteP(profile.form.notesHeading, true) +
    formNoteTexts(profile)
      .map((t, i) => noteP(`${i + 1}.${t}`, false))
      .join("");
  return title + tableXml(profile) + notes;
}

/**
 * The form as a main document part: `w:document` with the {@link formBlocksXml} and, when
 * `withSectPr`, the page of the profile (A4 portrait, Chinese Word's default margins).
 * @returns the document.xml text.
 */
export function formBodyXml(
  profile: Profile,
  withSectPr = true,
  options: FormXmlOptions = {}
): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document ${DOCUMENT_NAMESPACES}><w:body>${formBlocksXml(profile, options)}` +
    (withSectPr ? "" : `<w:p/>`) +
    (withSectPr ? sectPrXml(profile.page) : "") +
    `</w:body></w:document>`
  );
}

/**
 * The form as a flat-OPC package for `body.insertOoxml(…)` (WordApi 1.1): /_rels/.rels,
 * /word/document.xml (form blocks, then one empty paragraph so the last note keeps its
 * properties, officejs-facts §11 rows 5–6; no `w:sectPr`, which Word ignores, §3 item 9),
 * /word/_rels/document.xml.rels and /word/styles.xml (the profile's styles; the form itself uses
 * direct formatting only, so a document's resident styles cannot change it, §3 item 8).
 * @param options - `pageBreakBefore` when appending after existing content.
 * @returns the flat-OPC text.
 */
export function formFlatOpc(profile: Profile, options: FormXmlOptions = {}): string {
  const pkg: OpcPackage = { parts: new Map() };
  const put = (name: string, contentType: string, data: string): void => {
    pkg.parts.set(name, { name, contentType, data });
  };
  put(
    "/_rels/.rels",
    RELS_CONTENT_TYPE,
    relsXml([["rId1", REL_OFFICE_DOCUMENT, "word/document.xml"]])
  );
  put("/word/document.xml", CT_DOCUMENT, formBodyXml(profile, false, options));
  put(
    "/word/_rels/document.xml.rels",
    RELS_CONTENT_TYPE,
    relsXml([["rId1", REL_STYLES, "styles.xml"]])
  );
  put("/word/styles.xml", CT_STYLES, stylesPartXml(profile));
  return writeFlatOpc(pkg);
}

/**
 * The form as a complete .docx (the scaffolding of `templateDocx`: content types, package and
 * document relationships, styles, settings, a font table with the form's fonts and the box
 * font, docProps with a fixed date — reproducible bytes). Used by `case-report new --form`.
 * @returns the .docx bytes.
 */
export function formDocx(profile: Profile): Uint8Array {
  const s = profile.form.style;
  return profileDocx(profile, formBodyXml(profile, true), {
    title: profile.form.title,
    fonts: [s.titleEastAsia, s.cellEastAsia, s.latin, BOX_FONT],
  });
}
