/**
 * @fileoverview Where a paragraph of the live model came from (issue 7): the main part of one
 * package Word returned, kept as text with its relationships and numbering part, so that 一键排版
 * rewrites paragraphs from the read the checklist already made. Reading needs only this (no DOM:
 * the task pane's first load carries no xmldom, issue 9); the write path parses the part with
 * `sourceParagraphs` of `./paragraphPackage`. Layer: ooxml (pure).
 */
import {
  type OpcPackage,
  type Relationship,
  getXmlPart,
  mainDocumentPart,
  relatedPart,
  relationships,
} from "./package";

/**
 * The main part of one package Word returned (a whole body, a range of paragraphs, one
 * paragraph), kept by the live checklist so that 一键排版 rewrites paragraphs from the read it
 * already made (no second `getOoxml`). Holds the XML text only.
 */
export class SourcePart {
  constructor(
    /** The `w:document` XML. */
    readonly mainXml: string,
    /** Its name in the package (for error messages). */
    readonly partName: string,
    /** The main part's relationships. */
    readonly rels: readonly Relationship[],
    /** The package's numbering part, or null. */
    readonly numberingXml: string | null
  ) {}
}

/** Where one model paragraph came from: the `k`-th paragraph of a part. */
export interface ParagraphSource {
  part: SourcePart;
  k: number;
}

/**
 * The source part of a package Word returned. Cheap: keeps strings, parses nothing but the
 * relationships part.
 * @throws OoxmlError as `relationships` when the relationships part is malformed
 */
export function sourcePartOf(pkg: OpcPackage): SourcePart {
  const main = mainDocumentPart(pkg);
  const numbering = relatedPart(pkg, main, "numbering");
  return new SourcePart(
    getXmlPart(pkg, main) ?? "",
    main,
    relationships(pkg, main),
    numbering === undefined ? null : getXmlPart(pkg, numbering)
  );
}
