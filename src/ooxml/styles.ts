/**
 * @fileoverview Paragraph style definitions of a profile as WordprocessingML: one `w:style` per
 * formatted role, a complete styles part, and a merge of our styles into a document's existing
 * styles part. All fonts, sizes, alignments and spacings come from the profile (R14–R19); this
 * module only knows how to spell them in OOXML.
 *
 * Our styles are self-contained: they have no `w:basedOn`, so a document's tampered "Normal" or
 * its docDefaults cannot change them, and they set spacing before/after to 0 explicitly because
 * Word's default docDefaults add 8 pt after every paragraph. Layer: ooxml (pure; runs in Node
 * and in the browser bundle).
 */
import type { LineSpacing } from "../core/model";
import type { FormattedRole, Profile, RoleStyle } from "../core/profile";
import { W, escapeXml } from "./xml-names";
import { OoxmlError } from "./errors";

/** Every formatted role, in the order the report uses them (R1). */
export const FORMATTED_ROLES: readonly FormattedRole[] = [
  "title",
  "unitLine",
  "unitIntroHeading",
  "unitIntro",
  "heading1",
  "heading2",
  "heading3",
  "body",
  "attachmentHeading",
  "attachment",
];

/**
 * The style Word switches to when the writer presses Enter at the end of a paragraph of the role
 * (`w:next`): the report's natural reading order, so typing into the template keeps the styles.
 */
const NEXT_ROLE: Record<FormattedRole, FormattedRole> = {
  title: "unitLine",
  unitLine: "unitIntroHeading",
  unitIntroHeading: "unitIntro",
  unitIntro: "unitIntro",
  heading1: "body",
  heading2: "body",
  heading3: "body",
  body: "body",
  attachmentHeading: "attachment",
  attachment: "attachment",
};

/**
 * First-line indent in twips for an indent given in hundredths of a character at a font size in
 * half-points: chars/100 × (sz/2 pt) × 20 twips/pt. Word writes both `w:firstLineChars` (which
 * wins) and this `w:firstLine` fallback for readers that ignore the character unit.
 * @param firstLineChars - hundredths of a character (200 = two characters).
 * @param sz - font size in half-points (30 = 15 pt).
 * @returns twips, rounded (200 chars at 小三 → 600).
 */
export function firstLineTwips(firstLineChars: number, sz: number): number {
  return Math.round((firstLineChars * sz) / 10);
}

/**
 * `w:spacing` for a line spacing, with before/after forced to 0.
 * @param spacing - `line` in twips for exact/atLeast, 240ths of a line for auto; the rule is
 *   written as `exact`, `atLeast` or `auto` (never Word-invalid `exactly`).
 */
export function spacingXml(spacing: LineSpacing): string {
  return `<w:spacing w:before="0" w:after="0" w:line="${spacing.line}" w:lineRule="${spacing.lineRule}"/>`;
}

/**
 * `w:rFonts` naming the Latin font in the ascii, hAnsi and cs slots and the East Asian font in the
 * eastAsia slot, with `w:hint="eastAsia"` so that “ ” — … in Chinese text use the East Asian font
 * (MS-OI29500 §2.1.87).
 */
export function rFontsXml(eastAsia: string, latin: string): string {
  const l = escapeXml(latin);
  return (
    `<w:rFonts w:ascii="${l}" w:hAnsi="${l}" w:eastAsia="${escapeXml(eastAsia)}" w:cs="${l}"` +
    ` w:hint="eastAsia"/>`
  );
}

/**
 * Run properties of a role, children only (no `w:rPr` wrapper), in schema order:
 * rFonts, b, bCs, sz, szCs. Bold is written only when the role is bold.
 * @param style - the role style; `sz` in half-points.
 */
export function roleRunPropsXml(style: RoleStyle): string {
  const bold = style.bold ? "<w:b/><w:bCs/>" : "";
  return (
    rFontsXml(style.eastAsia, style.latin) +
    bold +
    `<w:sz w:val="${style.sz}"/><w:szCs w:val="${style.sz}"/>`
  );
}

/**
 * Paragraph properties of a role, children only, in schema order: spacing, ind, jc, outlineLvl.
 * The indent is `w:firstLineChars` (hundredths of a character) plus `w:firstLine` in twips;
 * a role without indent writes `w:firstLineChars="0" w:firstLine="0"` so no inherited indent leaks in.
 */
export function rolePPrXml(style: RoleStyle): string {
  const ind =
    `<w:ind w:left="0" w:right="0" w:firstLineChars="${style.firstLineChars}"` +
    ` w:firstLine="${firstLineTwips(style.firstLineChars, style.sz)}"/>`;
  const outline =
    style.outlineLevel === null ? "" : `<w:outlineLvl w:val="${style.outlineLevel}"/>`;
  return spacingXml(style.styleSpacing) + ind + `<w:jc w:val="${style.styleAlignment}"/>` + outline;
}

/**
 * One paragraph style for a role of the profile (R14–R19):
 * `<w:style w:type="paragraph" w:customStyle="1" w:styleId=…>` with `w:name`, `w:next`,
 * `w:qFormat`, a `w:pPr` (jc, exact spacing in twips, first-line indent, outline level for
 * headings) and a `w:rPr` (all four font slots + eastAsia hint, bold, size in half-points).
 * No `w:basedOn`: the style does not depend on the document's Normal.
 * @param role - the formatted role.
 * @param profile - the profile whose `roles[role]` is written.
 * @param styleId - override of the style id (used when the document already holds our style
 *   under another id, see {@link mergeStylesPart}); defaults to the profile's.
 * @returns the `w:style` element as a string (prefix `w:`, namespace declared by the caller).
 */
export function styleXml(role: FormattedRole, profile: Profile, styleId?: string): string {
  const style = profile.roles[role];
  const next = profile.roles[NEXT_ROLE[role]].styleId;
  const id = styleId ?? style.styleId;
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${escapeXml(id)}">` +
    `<w:name w:val="${escapeXml(style.styleName)}"/>` +
    `<w:next w:val="${escapeXml(next === style.styleId ? id : next)}"/>` +
    `<w:uiPriority w:val="${10 + FORMATTED_ROLES.indexOf(role)}"/>` +
    `<w:qFormat/>` +
    `<w:pPr>${rolePPrXml(style)}</w:pPr>` +
    `<w:rPr>${roleRunPropsXml(style)}</w:rPr>` +
    `</w:style>`
  );
}

/**
 * The `w:docDefaults` and `Normal` of a styles part we write: the body role's fonts and size,
 * single spacing, justified. Tables and any paragraph that has no role style fall back to these.
 */
function defaultsXml(profile: Profile): string {
  const body = profile.roles.body;
  const lang = `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`;
  const rPr =
    `<w:rPr>${rFontsXml(body.eastAsia, body.latin)}<w:kern w:val="2"/>` +
    `<w:sz w:val="${body.sz}"/><w:szCs w:val="${body.sz}"/>${lang}</w:rPr>`;
  return (
    `<w:docDefaults><w:rPrDefault>${rPr}</w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>` +
    `</w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>` +
    `<w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">` +
    `<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>` +
    `<w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>` +
    `<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>` +
    `<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>` +
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`
  );
}

/**
 * A complete styles part (`/word/styles.xml`) for a new document: XML declaration, `w:styles`
 * with docDefaults (body fonts and size), Normal, the default character/table/numbering styles
 * and one paragraph style per formatted role of the profile.
 * @param profile - source of every font, size and spacing.
 * @returns the part's XML text (UTF-8 when encoded).
 */
export function stylesPartXml(profile: Profile): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:styles xmlns:w="${W}">` +
    defaultsXml(profile) +
    FORMATTED_ROLES.map((r) => styleXml(r, profile)).join("") +
    `</w:styles>`
  );
}

/** Result of {@link mergeStylesPart}. */
export interface StylesMerge {
  /** The new styles part text. */
  xml: string;
  /** Style ids whose definitions were replaced by ours. */
  replaced: string[];
  /** Style ids that were added. */
  added: string[];
  /**
   * The style id that now carries each role's style. Equal to the profile's id unless the
   * document held our style (same `w:name`) under another id, e.g. after Word re-saved it;
   * that id is kept so paragraphs already referring to it stay styled.
   */
  styleIds: Record<FormattedRole, string>;
}

/** One top-level `w:style` element found in a styles part, with its position in the text. */
interface StyleSpan {
  start: number;
  end: number;
  styleId: string | null;
  name: string | null;
  type: string | null;
}

function attrOf(tag: string, prefix: string, local: string): string | null {
  const re = new RegExp(`\\s${prefix}:${local}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? decodeXmlAttr(m[2] ?? m[3] ?? "") : null;
}

function decodeXmlAttr(v: string): string {
  return v.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The refusal of a styles part that cannot be merged into (not a `w:styles` part, or damaged). */
function badStyles(detail: string): OoxmlError {
  return new OoxmlError("badXml", { id: "errors.ooxml.badStyles" }, `mergeStylesPart: ${detail}`);
}

/** The prefix bound to the WordprocessingML namespace on the root element (usually "w"). */
function wordPrefix(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?styles\b[^>]*>/.exec(xml);
  if (!root) throw badStyles("no w:styles root element");
  const decl = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${W.replace(/[.]/g, "\\.")}["']`);
  const m = decl.exec(root[0]);
  const prefix = m?.[1];
  if (prefix === undefined) throw badStyles("the styles root does not declare the w: namespace");
  return prefix;
}

function scanStyles(xml: string, prefix: string): StyleSpan[] {
  const spans: StyleSpan[] = [];
  const open = new RegExp(`<${prefix}:style\\b[^>]*?(/?)>`, "g");
  const close = `</${prefix}:style>`;
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml)) !== null) {
    const start = m.index;
    let end: number;
    if (m[1] === "/") {
      end = open.lastIndex;
    } else {
      const c = xml.indexOf(close, open.lastIndex);
      if (c < 0) throw badStyles("unterminated w:style element");
      end = c + close.length;
    }
    const inner = xml.slice(start, end);
    const nameTag = new RegExp(`<${prefix}:name\\b[^>]*>`).exec(inner);
    spans.push({
      start,
      end,
      styleId: attrOf(m[0], prefix, "styleId"),
      type: attrOf(m[0], prefix, "type"),
      name: nameTag ? attrOf(nameTag[0], prefix, "val") : null,
    });
    open.lastIndex = end;
  }
  return spans;
}

/**
 * Puts the profile's role styles into an existing styles part, keeping everything else as it
 * was, byte for byte: the text outside the replaced `w:style` elements is not re-serialised.
 *
 * A role's style is found by `w:styleId` (the profile's id) or else by `w:name` (a paragraph style
 * with the profile's style name under another id, as Word may write after re-saving). A found
 * style's element is replaced by ours, keeping its id; a missing one is appended before
 * `</w:styles>`. Foreign styles, docDefaults, latentStyles and unknown elements are untouched.
 *
 * @param existingStylesXml - the styles part text (any prefix bound to the w: namespace).
 * @param profile - the profile whose role styles are merged in.
 * @returns the new text, the replaced and added ids, and the id carrying each role's style.
 * @throws OoxmlError "badXml" when the text has no `w:styles` root, no w: namespace declaration,
 *   or an unterminated `w:style` element.
 */
export function mergeStylesPart(existingStylesXml: string, profile: Profile): StylesMerge {
  const xml = existingStylesXml;
  const prefix = wordPrefix(xml);
  const spans = scanStyles(xml, prefix);
  const replacements: { span: StyleSpan; text: string }[] = [];
  const appended: string[] = [];
  const replaced: string[] = [];
  const added: string[] = [];
  const styleIds = {} as Record<FormattedRole, string>;
  const used = new Set<StyleSpan>();
  for (const role of FORMATTED_ROLES) {
    const style = profile.roles[role];
    const found =
      spans.find((s) => s.styleId === style.styleId && !used.has(s)) ??
      spans.find(
        (s) => s.name === style.styleName && (s.type ?? "paragraph") === "paragraph" && !used.has(s)
      );
    if (found) {
      used.add(found);
      const id = found.styleId ?? style.styleId;
      styleIds[role] = id;
      replaced.push(id);
      replacements.push({ span: found, text: withPrefix(styleXml(role, profile, id), prefix) });
    } else {
      styleIds[role] = style.styleId;
      added.push(style.styleId);
      appended.push(withPrefix(styleXml(role, profile), prefix));
    }
  }
  // Roles whose `w:next` names a profile id that ended up under another id.
  const fixNext = (text: string): string => {
    let out = text;
    for (const role of FORMATTED_ROLES) {
      const from = profile.roles[role].styleId;
      const to = styleIds[role];
      if (from !== to) {
        out = out
          .split(`:next ${prefix}:val="${escapeXml(from)}"`)
          .join(`:next ${prefix}:val="${escapeXml(to)}"`);
      }
    }
    return out;
  };
  replacements.sort((a, b) => b.span.start - a.span.start);
  let out = xml;
  for (const r of replacements) {
    out = out.slice(0, r.span.start) + fixNext(r.text) + out.slice(r.span.end);
  }
  if (appended.length > 0) {
    const closeTag = `</${prefix}:styles>`;
    const at = out.lastIndexOf(closeTag);
    if (at < 0) {
      // A self-closing empty root: <w:styles …/>.
      const selfClose = new RegExp(`<${prefix}:styles\\b([^>]*?)\\s*/>`).exec(out);
      if (!selfClose) throw badStyles("no closing w:styles tag");
      const opened = selfClose[0].replace(/\s*\/>$/, ">");
      out =
        out.slice(0, selfClose.index) +
        opened +
        appended.map(fixNext).join("") +
        closeTag +
        out.slice(selfClose.index + selfClose[0].length);
    } else {
      out = out.slice(0, at) + appended.map(fixNext).join("") + out.slice(at);
    }
  }
  return { xml: out, replaced, added, styleIds };
}

/** Rewrites our `w:`-prefixed markup for a styles part that binds the namespace to another prefix. */
function withPrefix(markup: string, prefix: string): string {
  if (prefix === "w") return markup;
  return markup.replace(/(<\/?|\s)w:/g, `$1${prefix}:`);
}
