/**
 * @fileoverview OOXML namespace URIs, DOM node type numbers and XML text escaping: the names the
 * read path needs without a DOM (the task pane's first load, issue 9, carries no xmldom: the
 * reader is `./parse-xml`). `./xml` re-exports all of it beside its xmldom parsing and
 * serialising. Layer: ooxml (pure).
 */

/** WordprocessingML main namespace (Transitional). */
export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** Office document relationships namespace (`r:id`, `r:embed`). */
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** WordprocessingDrawing (`wp:inline`, `wp:anchor`, `wp:extent`, `wp:docPr`). */
export const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/** DrawingML main (`a:blip`, `a:graphic`, theme `a:minorFont`). */
export const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
/** DrawingML picture (`pic:pic`). */
export const PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
/** Markup compatibility (`mc:AlternateContent`, `mc:Choice`, `mc:Fallback`). */
export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/** VML (`v:shape`, `v:imagedata`, `v:textbox`). */
export const V = "urn:schemas-microsoft-com:vml";
/** Word 2010 shapes (`wps:txbx`). */
export const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
/** Flat-OPC package namespace (`pkg:package`, `pkg:part`). */
export const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
/** OPC relationships part namespace. */
export const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
/** OPC content types namespace (`[Content_Types].xml`). */
export const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
/** WordprocessingML main namespace of ISO/IEC 29500 Strict. */
export const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/** Node type numbers (DOM). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Escapes text for an XML attribute value or text node (`& < > "`). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"
  );
}
