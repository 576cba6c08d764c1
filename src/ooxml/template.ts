/**
 * @fileoverview The 案例报告 template (R1): the report skeleton as data, as a document part, as
 * the flat-OPC package `insertOoxml` takes, and as a complete .docx for the CLI `new` command.
 * Every template paragraph carries only the `w:pStyle` of its role — no direct formatting — so
 * the profile's styles (R14–R19) decide how it looks and one-click formatting has nothing to undo.
 * Placeholders are written in the profile's brackets (`profile.placeholder`, 【】) and say what to
 * write and how much (R2, R5–R9, R21–R22); the checker reads them as 未填写 (core/placeholder.ts).
 *
 * Only the case report ("report") exists here; the 申报书 form (R27–R33) is a separate template
 * that a later change adds next to this one. Layer: ooxml (pure).
 */
import type { FormattedRole, Profile } from "../core/profile";
import {
  CT_APP,
  CT_CORE,
  CT_DOCUMENT,
  CT_FONT_TABLE,
  CT_SETTINGS,
  CT_STYLES,
  DOCUMENT_NAMESPACES,
  FIXED_CREATED,
  REL_APP,
  REL_CORE,
  REL_FONT_TABLE,
  REL_SETTINGS,
  REL_STYLES,
  appPropsXml,
  corePropsXml,
  fontTableXml,
  relsXml,
  sectPrXml,
  settingsXml,
} from "./scaffold";
import { type OpcPackage, RELS_CONTENT_TYPE, REL_OFFICE_DOCUMENT, writeFlatOpc } from "./package";
import { writeDocx } from "./zip";
import { stylesPartXml } from "./styles";
import { escapeXml } from "./xml";
import { itemAt } from "../core/item-at";

/** One paragraph of the template: its text and the role whose style it carries. */
export interface TemplateParagraph {
  text: string;
  role: FormattedRole;
}

const DIGITS = "零一二三四五六七八九";

/**
 * Chinese numeral for 1–99 as used in heading ordinals (一, 十, 十二, 二十一).
 * @throws RangeError outside 1–99.
 */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseOrdinal: ${n}`);
  if (n < 10) return DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : DIGITS[tens]) + "十" + (ones === 0 ? "" : DIGITS[ones]);
}

/**
 * The heading marker of the profile for a level and ordinal: level 1 → "一、", level 2 → "（一）",
 * level 3 → "1." with the 2023 profile (R11).
 * @param level - 1-based heading level present in `profile.headingLevels`.
 * @throws RangeError when the profile has no such level.
 */
export function headingMarker(profile: Profile, level: number, ordinal: number): string {
  const spec = profile.headingLevels.find((h) => h.level === level);
  if (!spec) throw new RangeError(`headingMarker: profile has no level ${level}`);
  const num = spec.ordinal === "chinese" ? chineseOrdinal(ordinal) : String(ordinal);
  return spec.prefix + num + spec.suffix;
}

/**
 * The report skeleton in R1 order: 题目 → "——单位全称" → 单位简介 (heading + text) →
 * 一、实施背景 → 二、主要做法 (with an example level-2 and level-3 heading) → 三、实施效果 → 附件.
 * Part names come from the profile's section keywords, bounds from `profile.bounds`, the dash
 * from `profile.unitLineDash`.
 * @returns the paragraphs with their roles (no trailing empty paragraph).
 */
export function templateParagraphs(profile: Profile): TemplateParagraph[] {
  const b = profile.bounds;
  const kw = profile.sectionKeywords;
  const h1 = (n: number, name: string): TemplateParagraph => ({
    text: headingMarker(profile, 1, n) + name,
    role: "heading1",
  });
  const range = (min?: number, max?: number): string =>
    min !== undefined && max !== undefined
      ? `${min}～${max}字`
      : min !== undefined
        ? `不少于${min}字`
        : `${max}字以内`;
  const share = Math.round((b.practiceShare.min ?? 0) * 100);
  /** A placeholder in the profile's brackets (【…】): 未填写 until the writer replaces it. */
  const ph = (text: string): string => profile.placeholder.open + text + profile.placeholder.close;
  return [
    { role: "title", text: ph(`在此输入案例题目，${range(undefined, b.title.max)}`) },
    { role: "unitLine", text: `${profile.unitLineDash}${ph("申报单位全称")}` },
    { role: "unitIntroHeading", text: itemAt(kw.unitIntro, 0) },
    {
      role: "unitIntro",
      text: ph(
        `${range(b.unitIntro.min, b.unitIntro.max)}。简要介绍单位的总体情况：所属行业、所在地区、产权性质、` +
          `成立时间、主要业务、规模、效益、行业地位及所获社会荣誉等。`
      ),
    },
    h1(1, itemAt(kw.background, 0)),
    {
      role: "body",
      text: ph("简要描述案例实施的背景与起因：面临的安全风险和问题，开展事故预防服务的出发点。"),
    },
    h1(2, itemAt(kw.practice, 0)),
    {
      role: "body",
      text: ph(
        `本部分是核心内容，${range(b.practice.min)}，占正文字数的${share}%以上。详细介绍具体实践过程、` +
          `面临的问题和难点以及解决方式；正文以第三人称、单位简称叙述，不用“我们”“我单位”“我司”等称谓；` +
          `配必要的实例、数据和图表，提供不少于${profile.pictures.minCount}张工作场景照片，` +
          `分辨率不低于${profile.pictures.minDpi}dpi。`
      ),
    },
    { role: "heading2", text: headingMarker(profile, 2, 1) + ph("二级标题") },
    { role: "body", text: ph("二级标题下的正文。") },
    { role: "heading3", text: headingMarker(profile, 3, 1) + ph("三级标题") },
    {
      role: "body",
      text: ph("三级标题下的正文。层次不超过三级，依次用“一、”“（一）”“1.”。"),
    },
    h1(3, itemAt(kw.effect, 0)),
    {
      role: "body",
      text: ph(
        "以定量与定性相结合的方式展示实际效益（管理效益、经济效益、社会效益），突出事前预防功能和" +
          "对投保企业风险减量的促进作用，尽可能给出参数和指标数据，如隐患整改率、事故起数和赔付率的变化。"
      ),
    },
    { role: "attachmentHeading", text: itemAt(kw.attachment, 0) },
    { role: "attachment", text: "1." + ph("获奖证书、专利证书、鉴定证书的复印件（可选）") },
    {
      role: "attachment",
      text: "2." + ph("客户感谢信、有关部门表扬信、主流媒体报道等证明材料（可选）"),
    },
  ];
}

/** `w:p` with only a `w:pStyle` (an empty `w:p` when `styleId` is null) and one plain run. */
function styledParagraphXml(text: string, styleId: string | null): string {
  const ppr = styleId === null ? "" : `<w:pPr><w:pStyle w:val="${escapeXml(styleId)}"/></w:pPr>`;
  const run = text === "" ? "" : `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p>${ppr}${run}</w:p>`;
}

function bodyXml(profile: Profile, trailingEmpty: boolean, withSectPr: boolean): string {
  const paras = templateParagraphs(profile)
    .map((p) => styledParagraphXml(p.text, profile.roles[p.role].styleId))
    .join("");
  // The trailing empty paragraph carries the body style: after insertOoxml it can be deleted or
  // typed into without losing the style of the last real paragraph (officejs-facts §11 row 6).
  const tail = trailingEmpty ? styledParagraphXml("", profile.roles.body.styleId) : "";
  const sect = withSectPr ? sectPrXml(profile.page) : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document ${DOCUMENT_NAMESPACES}><w:body>${paras}${tail}${sect}</w:body></w:document>`
  );
}

/**
 * The template's main document part: the {@link templateParagraphs} as `w:p` with only
 * `w:pStyle`, then the body-level `w:sectPr`: page size from `profile.page` (A4 portrait = 11906
 * × 16838 twips, `w:orient` only when landscape) and Chinese Word's default margins (上下 2.54 cm,
 * 左右 3.17 cm; the notice prescribes none, see `DEFAULT_MARGINS`).
 * @returns the document.xml text.
 */
export function templateDocumentXml(profile: Profile): string {
  return bodyXml(profile, false, true);
}

function flatOpc(profile: Profile, documentXml: string): string {
  const pkg: OpcPackage = { parts: new Map() };
  const put = (name: string, contentType: string, data: string): void => {
    pkg.parts.set(name, { name, contentType, data });
  };
  put(
    "/_rels/.rels",
    RELS_CONTENT_TYPE,
    relsXml([["rId1", REL_OFFICE_DOCUMENT, "word/document.xml"]])
  );
  put("/word/document.xml", CT_DOCUMENT, documentXml);
  put(
    "/word/_rels/document.xml.rels",
    RELS_CONTENT_TYPE,
    relsXml([["rId1", REL_STYLES, "styles.xml"]])
  );
  put("/word/styles.xml", CT_STYLES, stylesPartXml(profile));
  return writeFlatOpc(pkg);
}

/**
 * The template as a flat-OPC package for `range.insertOoxml(…)` (WordApi 1.1, every host):
 * /_rels/.rels, /word/document.xml, /word/_rels/document.xml.rels and /word/styles.xml — without
 * the styles part Word ignores `w:pStyle` (officejs-facts §3 item 7). The body ends with an empty
 * body-style paragraph so the last real paragraph keeps its style (§11 rows 5–6), and carries no
 * `w:sectPr`: inserted section properties are ignored without a section break (§3 item 9), so the
 * page size is set by the gateway or reported by the checker instead.
 * Styles that already exist in the target document keep their resident definition (§3 item 8).
 * @returns the flat-OPC text.
 */
export function templateFlatOpc(profile: Profile): string {
  return flatOpc(profile, bodyXml(profile, true, false));
}

/**
 * A flat-OPC package holding only our styles and a single empty paragraph: what the add-in
 * inserts to define the profile's styles in a document before applying them by name.
 * @returns the flat-OPC text.
 */
export function stylesOnlyFlatOpc(profile: Profile): string {
  const doc =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document ${DOCUMENT_NAMESPACES}><w:body><w:p/></w:body></w:document>`;
  return flatOpc(profile, doc);
}

/**
 * The template as a complete .docx: content types, package and document relationships, the
 * document ({@link templateDocumentXml}), our styles, settings, a font table (every font of the
 * profile; 楷体_GB2312 with altName 楷体 so Word substitutes it on systems without the GB2312
 * font), and docProps core/app with a fixed date (reproducible bytes). Used by the CLI `new`.
 * @returns the .docx bytes.
 */
export function templateDocx(profile: Profile): Uint8Array {
  return profileDocx(profile, templateDocumentXml(profile), { title: profile.name });
}

/**
 * A complete .docx around a `document.xml`: package and document relationships, our styles part
 * (stylesPartXml), settings, a font table naming `options.fonts` first and then every role's
 * fonts, and docProps (title `options.title`, fixed dates so the bytes are reproducible). Shared
 * by the report template and the 申报书 (form.ts).
 * @param documentXml - the whole `w:document` part
 */
export function profileDocx(
  profile: Profile,
  documentXml: string,
  options: { title: string; fonts?: string[] }
): Uint8Array {
  const pkg: OpcPackage = { parts: new Map() };
  const put = (name: string, contentType: string, data: string): void => {
    pkg.parts.set(name, { name, contentType, data });
  };
  const fonts: string[] = [...(options.fonts ?? [])];
  for (const r of Object.values(profile.roles)) fonts.push(r.eastAsia, r.latin);
  put(
    "/_rels/.rels",
    RELS_CONTENT_TYPE,
    relsXml([
      ["rId1", REL_OFFICE_DOCUMENT, "word/document.xml"],
      ["rId2", REL_CORE, "docProps/core.xml"],
      ["rId3", REL_APP, "docProps/app.xml"],
    ])
  );
  put("/word/document.xml", CT_DOCUMENT, documentXml);
  put(
    "/word/_rels/document.xml.rels",
    RELS_CONTENT_TYPE,
    relsXml([
      ["rId1", REL_STYLES, "styles.xml"],
      ["rId2", REL_SETTINGS, "settings.xml"],
      ["rId3", REL_FONT_TABLE, "fontTable.xml"],
    ])
  );
  put("/word/styles.xml", CT_STYLES, stylesPartXml(profile));
  put("/word/settings.xml", CT_SETTINGS, settingsXml());
  put("/word/fontTable.xml", CT_FONT_TABLE, fontTableXml(fonts));
  put("/docProps/core.xml", CT_CORE, corePropsXml(options.title, "案例报告助手", FIXED_CREATED));
  put("/docProps/app.xml", CT_APP, appPropsXml());
  return writeDocx(pkg);
}
