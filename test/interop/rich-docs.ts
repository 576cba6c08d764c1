/**
 * @fileoverview Generated documents for the "nothing lost" tests (issue 3): a case report whose
 * paragraphs carry everything a real Word document can hold, in the places where one-click
 * formatting touches them. `draft-docx.ts` writes the package scaffolding (settings, font table,
 * numbering, theme, docProps); the body and the extra parts are hand-written XML because
 * draft-docx.ts has no notion of them:
 *
 * - tables nested two deep, a picture in a cell; pictures inline and anchored (`wp:anchor`), one
 *   picture part shared by two drawings, a VML picture (`v:imagedata`);
 * - automatic numbering (`w:numPr`, chineseCounting "%1、" and decimal "%1.");
 * - text boxes: `wps:txbx` in `mc:AlternateContent` with its VML `v:textbox` fallback;
 * - footnotes and endnotes (with Word's separator notes), comments (`commentRangeStart/End`,
 *   `commentReference`, comments.xml);
 * - fields: `w:fldSimple` PAGE, a TOC-like `w:fldSimple`, a complex HYPERLINK field
 *   (`w:fldChar` + `w:instrText`), a TOC complex field spanning paragraphs with nested PAGEREF
 *   fields, an external `w:hyperlink`;
 * - tracked changes: `w:ins`/`w:del` runs, `w:moveFrom`/`w:moveTo`, a tracked paragraph mark,
 *   `w:rPrChange`/`w:pPrChange`;
 * - bookmarks (one spanning the point where a heading is split from its body text), content
 *   controls (`w:sdt` inline and block level);
 * - a header (with a picture) and a footer (with a PAGE field inside a text box, as WPS writes).
 *
 * Headings are typed ("一、", "（一）…。" followed by body text in the same paragraph), the title
 * and body carry pasted direct formatting, so `case-report format` really restyles these
 * paragraphs (the tests check that it did). Test-only.
 */
import { buildPackage, makePng } from "../fixtures/draft-docx";
import { writeDocx } from "../../src/ooxml/zip";

const NS = [
  `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`,
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
  `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`,
  `xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"`,
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`,
  `xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`,
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
  `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`,
  `xmlns:v="urn:schemas-microsoft-com:vml"`,
  `xmlns:o="urn:schemas-microsoft-com:office:office"`,
  `xmlns:w10="urn:schemas-microsoft-com:office:word"`,
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`,
  `mc:Ignorable="w14 wp14"`,
].join(" ");

const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const DATE = `w:date="2023-09-01T08:00:00Z"`;

/** Pasted direct formatting (等线 / Calibri 五号): what formatting must clear. */
const PASTED = `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="等线"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>`;
const PASTED_B = `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="等线"/><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>`;
const PPR_PASTED = `<w:spacing w:after="160" w:line="360" w:lineRule="auto"/><w:ind w:firstLineChars="200" w:firstLine="420"/><w:jc w:val="both"/>`;

function t(text: string): string {
  const sp = /^\s|\s$/.test(text) ? ` xml:space="preserve"` : "";
  return `<w:t${sp}>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t>`;
}
const run = (text: string, rPr = PASTED): string => `<w:r>${rPr}${t(text)}</w:r>`;
const para = (content: string, pPr = PPR_PASTED): string =>
  `<w:p><w:pPr>${pPr}</w:pPr>${content}</w:p>`;

function drawing(
  kind: "inline" | "anchor",
  rid: string,
  id: number,
  cx = 1828800,
  cy = 1371600
): string {
  const graphic =
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    (kind === "anchor" ? `<wp:wrapSquare wrapText="bothSides"/>` : "") +
    `<wp:docPr id="${id}" name="图片 ${id}" descr="现场照片 ${id}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="image${id}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic>`;
  if (kind === "inline") {
    return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">${graphic}</wp:inline></w:drawing></w:r>`;
  }
  return (
    `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    graphic.replace(`<wp:docPr`, `<wp:docPr`) +
    `</wp:anchor></w:drawing></w:r>`
  );
}

/** A text box: DrawingML `wps:txbx` in `mc:Choice`, VML `v:textbox` in `mc:Fallback`, same paragraphs. */
function textBox(id: number, paragraphs: string[]): string {
  const inner = paragraphs.map((p) => `<w:p>${run(p, "")}</w:p>`).join("");
  return (
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
    `<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="2360930" cy="723900"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>` +
    `<wp:docPr id="${id}" name="文本框 ${id}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>` +
    `<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="723900"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="文本框${id}" o:spid="_x0000_s10${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:57pt;z-index:251660288" stroked="t">` +
    `<v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

const field = (instr: string, result: string, rPr = PASTED): string =>
  `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>${run(result, rPr)}<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;

/** TOC entry: hyperlink to a bookmark with a nested PAGEREF field. */
const tocEntry = (text: string, bookmark: string, page: number): string =>
  `<w:hyperlink w:anchor="${bookmark}" w:history="1">${run(text, "")}<w:r><w:tab/></w:r>${field(`PAGEREF ${bookmark} \\h`, String(page), "")}</w:hyperlink>`;

function table(depth: number, pictureRid: string | null): string {
  const cellP = (text: string): string => `<w:p>${run(text, "")}</w:p>`;
  const cell = (content: string): string =>
    `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const grid = `<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>`;
  const tblPr = `<w:tblPr><w:tblW w:w="4000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>`;
  const inner = depth > 1 ? table(depth - 1, null) + `<w:p/>` : cellP(`第${depth}层表格内容`);
  const pic = pictureRid
    ? `<w:p>${drawing("inline", pictureRid, 40 + depth, 914400, 685800)}</w:p>`
    : "";
  return (
    `<w:tbl>${tblPr}${grid}` +
    `<w:tr>${cell(cellP("指标"))}${cell(cellP("整改前后对比（单位：项）"))}</w:tr>` +
    `<w:tr>${cell(inner)}${cell(cellP("隐患 128 项，整改率 100%") + pic)}</w:tr>` +
    `</w:tbl>`
  );
}

/** Options of {@link richDocx}. */
export interface RichOptions {
  /** Styles part: Word's plain defaults, or none at all (formatting then creates one). */
  styles?: "plain" | "none";
}

/** The body XML of the rich report (rIds: img1/img2 pictures, hl1 hyperlink, hdr1/ftr1). */
function bodyXml(): string {
  const title = para(
    `<w:bookmarkStart w:id="10" w:name="_Toc_title"/>${run("化工园区安全生产责任保险事故预防服务案例", PASTED_B)}<w:bookmarkEnd w:id="10"/>`,
    `<w:jc w:val="center"/>`
  );
  const unit = para(run("——某某财产保险股份有限公司江苏分公司"), `<w:jc w:val="right"/>`);
  const toc =
    `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>` +
    `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${tocEntry("一、实施背景", "_Toc_bg", 1)}</w:p>` +
    `<w:p>${tocEntry("二、主要做法", "_Toc_practice", 2)}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
    `</w:sdtContent></w:sdt>`;
  const heading1 = para(
    `<w:bookmarkStart w:id="11" w:name="_Toc_bg"/><w:commentRangeStart w:id="0"/>${run("一、", PASTED_B)}` +
      `<w:ins w:id="101" w:author="审阅人" ${DATE}>${run("实施", PASTED_B)}</w:ins>${run("背景", PASTED_B)}` +
      `<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r><w:bookmarkEnd w:id="11"/>`,
    `<w:keepNext/><w:spacing w:before="240" w:after="120"/>`
  );
  const body1 = para(
    run("园区内共有危险化学品企业") +
      `<w:r>${PASTED}<w:t>46</w:t></w:r>` +
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>` +
      run("家，") +
      `<w:del w:id="102" w:author="审阅人" ${DATE}><w:r>${PASTED}<w:delText>其中</w:delText></w:r></w:del>` +
      `<w:ins w:id="103" w:author="审阅人" ${DATE}>${run("重大危险源企业")}</w:ins>` +
      run("占比较高。详见第") +
      `<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">${run("1")}</w:fldSimple>` +
      run("页及") +
      field(`HYPERLINK "https://www.mem.gov.cn/" \\o "应急管理部"`, "应急管理部网站") +
      run("和") +
      `<w:hyperlink r:id="hl1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>${t("国家标准全文公开系统")}</w:r></w:hyperlink>` +
      `<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>` +
      run("。风险等级") +
      `<w:sdt><w:sdtPr><w:alias w:val="风险等级"/><w:tag w:val="risk-level"/><w:id w:val="-1001"/></w:sdtPr><w:sdtContent>${run("较大")}</w:sdtContent></w:sdt>` +
      run("，符号") +
      `<w:r>${PASTED}<w:sym w:font="Wingdings" w:char="F0FC"/><w:noBreakHyphen/><w:tab/></w:r>` +
      run("结束。") +
      textBox(20, ["文本框：园区应急", "值班电话 24 小时"]) +
      drawing("inline", "img1", 21) +
      drawing("anchor", "img2", 22) +
      `<w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:60pt;height:45pt"><v:imagedata r:id="img1" o:title="现场"/></v:shape></w:pict></w:r>`
  );
  // a level-2 heading sharing its paragraph with body text; marks on both sides of the split
  const heading2 = para(
    `<w:bookmarkStart w:id="12" w:name="span_split"/>${run("（一）建立隐患")}<w:commentRangeStart w:id="1"/>${run("台账。企业每月")}` +
      `<w:bookmarkEnd w:id="12"/><w:r>${PASTED}<w:t>开展</w:t><w:footnoteReference w:id="2"/><w:t>排查，</w:t></w:r>` +
      `<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>` +
      `<w:moveFrom w:id="104" w:author="审阅人" ${DATE}>${run("原有位置")}</w:moveFrom>` +
      run("隐患整改闭环率达到百分之百。") +
      `<w:moveTo w:id="105" w:author="审阅人" ${DATE}>${run("新位置")}</w:moveTo>`,
    `${PPR_PASTED}<w:rPr><w:ins w:id="106" w:author="审阅人" ${DATE}/></w:rPr>`
  );
  const practice = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>${PPR_PASTED}</w:pPr><w:bookmarkStart w:id="13" w:name="_Toc_practice"/>${run("主要做法", PASTED_B)}<w:bookmarkEnd w:id="13"/></w:p>`;
  const items = ["开展风险辨识评估。", "组织专家现场检查。", "督促企业整改落实。"]
    .map(
      (s) =>
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>${PPR_PASTED}</w:pPr>${run(s)}</w:p>`
    )
    .join("");
  const changed = para(
    `<w:r><w:rPr><w:rFonts w:eastAsia="等线"/><w:sz w:val="21"/><w:rPrChange w:id="107" w:author="审阅人" ${DATE}><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrChange></w:rPr>${t("通过保险机构、专家和企业三方协同，服务覆盖园区全部企业，")}</w:r>` +
      `<w:r>${PASTED}<w:t xml:space="preserve">  两个空格  </w:t><w:br/><w:t>换行后文字。</w:t></w:r>`,
    `${PPR_PASTED}<w:pPrChange w:id="108" w:author="审阅人" ${DATE}><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>`
  );
  const blockSdt =
    `<w:sdt><w:sdtPr><w:alias w:val="成效"/><w:tag w:val="effect"/><w:id w:val="-1002"/></w:sdtPr><w:sdtContent>` +
    para(run("三、", PASTED_B) + run("服务成效", PASTED_B)) +
    para(run("一年来共发现隐患 128 项，整改 128 项，事故起数同比下降 30%。")) +
    `</w:sdtContent></w:sdt>`;
  const sect =
    `<w:sectPr><w:headerReference w:type="default" r:id="hdr1"/><w:footerReference w:type="default" r:id="ftr1"/>` +
    `<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  return (
    title +
    unit +
    toc +
    heading1 +
    body1 +
    heading2 +
    table(2, "img2") +
    `<w:p/>` +
    practice +
    items +
    changed +
    blockSdt +
    sect
  );
}

const notesXml = (kind: "footnote" | "endnote", texts: string[]): string => {
  const root = kind === "footnote" ? "footnotes" : "endnotes";
  const ref = kind === "footnote" ? "FootnoteReference" : "EndnoteReference";
  const refEl = kind === "footnote" ? "footnoteRef" : "endnoteRef";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${NS}>` +
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>` +
    texts
      .map(
        (s, i) =>
          `<w:${kind} w:id="${i + 1}"><w:p><w:r><w:rPr><w:rStyle w:val="${ref}"/></w:rPr><w:${refEl}/></w:r>${run(` ${s}`, "")}</w:p></w:${kind}>`
      )
      .join("") +
    `</w:${root}>`
  );
};

const commentsXml = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${NS}>` +
  `<w:comment w:id="0" w:author="审阅人" w:initials="SY" ${DATE}><w:p>${run("标题建议补充“实施”二字。", "")}</w:p></w:comment>` +
  `<w:comment w:id="1" w:author="审阅人" w:initials="SY" ${DATE}><w:p>${run("请补充台账样表。", "")}</w:p><w:p>${field("PAGE", "2", "")}</w:p></w:comment>` +
  `</w:comments>`;

const headerXml = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}><w:p>${run("安全生产责任保险事故预防服务案例", "")}${drawing("inline", "hdrImg", 60, 457200, 228600)}</w:p></w:hdr>`;

const footerXml = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}><w:p>${run("第 ", "")}<w:fldSimple w:instr=" PAGE ">${run("1", "")}</w:fldSimple>${run(" 页", "")}</w:p>` +
  `<w:p>${textBox(70, ["页脚文本框"]).replace("文本框：", "")}</w:p></w:ftr>`;

const rels = (list: Array<[string, string, string, boolean?]>): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  list
    .map(
      ([id, type, target, ext]) =>
        `<Relationship Id="${id}" Type="${REL}${type}" Target="${target}"${ext ? ` TargetMode="External"` : ""}/>`
    )
    .join("") +
  `</Relationships>`;

/**
 * The rich case report as .docx bytes (see the file header). Deterministic.
 */
export function richDocx(options: RichOptions = {}): Uint8Array {
  const pkg = buildPackage({
    blocks: [{ text: "占位" }],
    styles: options.styles === "none" ? { kind: "none" } : { kind: "plain" },
    numbering: [
      {
        numId: 1,
        levels: [
          { numFmt: "chineseCounting", lvlText: "%1、", start: 2 },
          { numFmt: "decimal", lvlText: "%2." },
        ],
      },
    ],
  });
  const put = (name: string, contentType: string, data: string | Uint8Array): void => {
    pkg.parts.set(name, { name, contentType, data });
  };
  put(
    "/word/document.xml",
    `${CT}document.main+xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${bodyXml()}</w:body></w:document>`
  );
  put(
    "/word/footnotes.xml",
    `${CT}footnotes+xml`,
    notesXml("footnote", ["数据来源：园区管委会 2022 年统计。", "排查依据 GB/T 33000—2016。"])
  );
  put(
    "/word/endnotes.xml",
    `${CT}endnotes+xml`,
    notesXml("endnote", ["网址访问于 2023 年 9 月。"])
  );
  put("/word/comments.xml", `${CT}comments+xml`, commentsXml());
  put("/word/header1.xml", `${CT}header+xml`, headerXml());
  put("/word/footer1.xml", `${CT}footer+xml`, footerXml());
  put(
    "/word/media/photo1.png",
    "image/png",
    makePng(40, 30, (x, y) => [x * 6, y * 8, 120])
  );
  put(
    "/word/media/photo2.png",
    "image/png",
    makePng(30, 40, (x, y) => [200, x * 8, y * 6])
  );
  put("/word/media/logo.png", "image/png", makePng(16, 8, [0, 90, 160]));
  put(
    "/word/_rels/header1.xml.rels",
    "application/vnd.openxmlformats-package.relationships+xml",
    rels([["hdrImg", "image", "media/logo.png"]])
  );
  const docRels = pkg.parts.get("/word/_rels/document.xml.rels");
  if (!docRels || typeof docRels.data !== "string") throw new Error("richDocx: no document rels");
  const extra = rels([
    ["img1", "image", "media/photo1.png"],
    ["img2", "image", "media/photo2.png"],
    ["hl1", "hyperlink", "https://openstd.samr.gov.cn/", true],
    ["fn1", "footnotes", "footnotes.xml"],
    ["en1", "endnotes", "endnotes.xml"],
    ["cm1", "comments", "comments.xml"],
    ["hdr1", "header", "header1.xml"],
    ["ftr1", "footer", "footer1.xml"],
  ]);
  const inner = extra.slice(extra.indexOf("<Relationship "), extra.lastIndexOf("</Relationships>"));
  docRels.data = docRels.data.replace("</Relationships>", `${inner}</Relationships>`);
  return writeDocx(pkg);
}

/**
 * Headings numbered through their styles, as Word's multi-level heading lists are (the SJTU
 * thesis template of the corpus): heading 1 carries only a numId (its level is the abstractNum
 * level whose `w:pStyle` names it; so does heading 2, at level 1), heading 3 carries numId and ilvl, and "附录标题3" is
 * based on heading 3 with only a numId of its own, so its level (2) is inherited along basedOn.
 * Labels: 1 / 1.1 / 1.1.1 / 1.1.2 / 2. Formatting gives these paragraphs our styles (without
 * numbering), so it must write each paragraph's numbering directly, at the level the paragraph
 * had.
 */
export function styleNumberedDocx(): Uint8Array {
  const style = (id: string, name: string, numPr: string, basedOn?: string): string =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ""}` +
    `<w:pPr><w:keepNext/>${numPr ? `<w:numPr>${numPr}</w:numPr>` : ""}</w:pPr><w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="28"/></w:rPr></w:style>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>` +
    style("1", "heading 1", `<w:numId w:val="7"/>`) +
    style("20", "heading 2", `<w:numId w:val="7"/>`) +
    style("30", "heading 3", `<w:ilvl w:val="2"/><w:numId w:val="7"/>`) +
    style("3", "附录标题3", `<w:numId w:val="7"/>`, "30") +
    `</w:styles>`;
  const lvl = (i: number, text: string): string =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>${i < 2 ? `<w:pStyle w:val="${i === 0 ? "1" : "20"}"/>` : ""}` +
    `<w:suff w:val="space"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  const numbering =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>${lvl(0, "%1")}${lvl(1, "%1.%2")}${lvl(2, "%1.%2.%3")}</w:abstractNum>` +
    `<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
  const pkg = buildPackage({
    styles: { kind: "xml", xml: styles },
    numbering: [{ numId: 7, levels: [{ numFmt: "decimal", lvlText: "%1" }] }],
    blocks: [
      { text: "化工园区安全生产责任保险事故预防服务案例", jc: "center" },
      { text: "实施背景", pStyle: "1" },
      { text: "园区内共有危险化学品企业 46 家，风险等级较高，需要保险机构提供事故预防服务。" },
      { text: "主要做法", pStyle: "20" },
      { text: "风险辨识", pStyle: "30" },
      { text: "保险机构组织专家对园区企业开展风险辨识评估，形成风险清单。" },
      { text: "隐患整改", pStyle: "3" },
      { text: "督促企业落实整改措施，隐患整改闭环率达到百分之百。" },
      { text: "服务成效", pStyle: "1" },
    ],
  });
  pkg.parts.set("/word/numbering.xml", {
    name: "/word/numbering.xml",
    contentType: `${CT}numbering+xml`,
    data: numbering,
  });
  return writeDocx(pkg);
}
