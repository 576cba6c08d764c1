/**
 * @fileoverview Reading paragraphs from their own `getOoxml()` packages (issue 7, the incremental
 * live checklist): each package is parsed like a whole document (the same reader, so formatting
 * resolves the same way through the styles part the package carries), images decoded only as far
 * as their header. Layer: ooxml (pure).
 */
import type { ReportDocument } from "../core/model";
import type { ReadParagraph } from "../core/splice";
import { hasBodySectPr } from "./chunks";
import { readFlatOpc } from "./package";
import { sourcePartOf, type SourcePart } from "./sourcePart";
import { IMAGE_HEAD_BYTES, parsePackage } from "./parse";

/** What one paragraph package held. */
export interface ParagraphPackageRead {
  /** Its paragraphs (Word may add an empty one after the last, office-js-docs#874). */
  paragraphs: ReadParagraph[];
  /**
   * True when a paragraph of the package ends a section (`w:pPr/w:sectPr`; that paragraph's
   * `section` is the section as read).
   */
  sectionBreak: boolean;
  /** Tables in the package. */
  tables: number;
  /** The package's main part: paragraph `i` of `paragraphs` is its `i`-th paragraph. */
  source: SourcePart;
  /** The styles the package carries (Word's getOoxml gives those in use, with their chains). */
  styles: ReportDocument["styles"];
}

/**
 * Parses the flat-OPC package of one paragraph (`Paragraph.getOoxml()`).
 * @throws OoxmlError as parseFlatOpc
 */
export function readParagraphPackage(flatOpc: string): ParagraphPackageRead {
  const pkg = readFlatOpc(flatOpc, { binaryHeadBytes: IMAGE_HEAD_BYTES });
  const doc = parsePackage(pkg, "flatOpc");
  const source = sourcePartOf(pkg);
  const main = source.mainXml;
  // The body's own sectPr comes with every package; any other one is a paragraph's.
  const sectPrs = (main.match(/<(?:[\w.-]+:)?sectPr\b/g) ?? []).length;
  const bodySect = hasBodySectPr(main);
  // The sections its paragraphs end (all but the last, which is the body's sectPr).
  const ends = new Map(doc.sections.slice(0, -1).map((s) => [s.lastParagraphIndex, s]));
  return {
    paragraphs: doc.paragraphs.map((paragraph) => {
      const section = ends.get(paragraph.index);
      const pictures = doc.pictures.filter((x) => x.paragraphIndex === paragraph.index);
      return section ? { paragraph, pictures, section } : { paragraph, pictures };
    }),
    sectionBreak: sectPrs > (bodySect ? 1 : 0),
    tables: doc.tableCount,
    source,
    styles: doc.styles,
  };
}
