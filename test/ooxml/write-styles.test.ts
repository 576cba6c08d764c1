/**
 * @fileoverview Tests of src/ooxml/styles.ts: each role's style carries the profile's fonts,
 * size, bold, alignment and exact spacing (R14–R19); the styles part is well-formed; merging
 * replaces and adds our styles and keeps everything else byte for byte.
 */
import { PROFILE_2023 } from "../../src/core/profile";
import {
  FORMATTED_ROLES,
  firstLineTwips,
  mergeStylesPart,
  styleXml,
  stylesPartXml,
} from "../../src/ooxml/styles";
import { type Element, W, attrW, childW, childrenNS, parseXml } from "../../src/ooxml/xml";
import { OoxmlError } from "../../src/ooxml/errors";

const P = PROFILE_2023;

function parseStyle(xml: string): Element {
  const doc = parseXml(`<w:styles xmlns:w="${W}">${xml}</w:styles>`);
  return childrenNS(doc.documentElement as Element, W, "style")[0]!;
}

function stylesById(xml: string): Map<string, Element> {
  const doc = parseXml(xml);
  const m = new Map<string, Element>();
  for (const s of childrenNS(doc.documentElement as Element, W, "style")) {
    m.set(attrW(s, "styleId") ?? "", s);
  }
  return m;
}

describe("styleXml", () => {
  it.each(FORMATTED_ROLES.map((r) => [r]))("writes the profile's formatting for %s", (role) => {
    const spec = P.roles[role];
    const s = parseStyle(styleXml(role, P));
    expect(attrW(s, "type")).toBe("paragraph");
    expect(attrW(s, "customStyle")).toBe("1");
    expect(attrW(s, "styleId")).toBe(spec.styleId);
    expect(attrW(childW(s, "name"), "val")).toBe(spec.styleName);
    expect(childW(s, "basedOn")).toBeNull();
    expect(childW(s, "qFormat")).not.toBeNull();

    const pPr = childW(s, "pPr");
    expect(attrW(childW(pPr, "jc"), "val")).toBe(spec.styleAlignment);
    const spacing = childW(pPr, "spacing");
    expect(attrW(spacing, "line")).toBe(String(spec.styleSpacing.line));
    expect(attrW(spacing, "lineRule")).toBe("exact");
    expect(attrW(spacing, "before")).toBe("0");
    expect(attrW(spacing, "after")).toBe("0");
    const ind = childW(pPr, "ind");
    expect(attrW(ind, "firstLineChars")).toBe(String(spec.firstLineChars));
    expect(attrW(ind, "firstLine")).toBe(String((spec.firstLineChars / 100) * (spec.sz / 2) * 20));
    const outline = childW(pPr, "outlineLvl");
    if (spec.outlineLevel === null) expect(outline).toBeNull();
    else expect(attrW(outline, "val")).toBe(String(spec.outlineLevel));

    const rPr = childW(s, "rPr");
    const fonts = childW(rPr, "rFonts");
    expect(attrW(fonts, "eastAsia")).toBe(spec.eastAsia);
    expect(attrW(fonts, "ascii")).toBe(spec.latin);
    expect(attrW(fonts, "hAnsi")).toBe(spec.latin);
    expect(attrW(fonts, "cs")).toBe(spec.latin);
    expect(attrW(fonts, "hint")).toBe("eastAsia");
    expect(attrW(childW(rPr, "sz"), "val")).toBe(String(spec.sz));
    expect(attrW(childW(rPr, "szCs"), "val")).toBe(String(spec.sz));
    expect(childW(rPr, "b") !== null).toBe(spec.bold);
    expect(childW(rPr, "bCs") !== null).toBe(spec.bold);
  });

  it("spells the notice's values: 黑体 小二 centred title, 楷体_GB2312 小四 exact 22 pt intro, 宋体 小三 exact 26 pt body", () => {
    const title = parseStyle(styleXml("title", P));
    expect(attrW(childW(childW(title, "rPr"), "rFonts"), "eastAsia")).toBe("黑体");
    expect(attrW(childW(childW(title, "rPr"), "sz"), "val")).toBe("36");
    expect(attrW(childW(childW(title, "pPr"), "jc"), "val")).toBe("center");
    const intro = styleXml("unitIntro", P);
    expect(intro).toContain('w:eastAsia="楷体_GB2312"');
    expect(intro).toContain('w:line="440" w:lineRule="exact"');
    expect(intro).not.toContain("exactly");
    const h2 = parseStyle(styleXml("heading2", P));
    expect(childW(childW(h2, "rPr"), "b")).not.toBeNull();
    expect(attrW(childW(childW(h2, "pPr"), "outlineLvl"), "val")).toBe("1");
    const body = styleXml("body", P);
    expect(body).toContain('w:line="520" w:lineRule="exact"');
    expect(body).toContain('w:firstLineChars="200" w:firstLine="600"');
  });

  it("writes pPr and rPr children in schema order", () => {
    const s = parseStyle(styleXml("heading1", P));
    const names = (el: Element | null): string[] =>
      childrenNS(el as Element, W).map((c) => c.localName ?? "");
    expect(names(childW(s, "pPr"))).toEqual(["spacing", "ind", "jc", "outlineLvl"]);
    expect(names(childW(parseStyle(styleXml("heading3", P)), "rPr"))).toEqual([
      "rFonts",
      "b",
      "bCs",
      "sz",
      "szCs",
    ]);
    expect(names(s)).toEqual(["name", "next", "uiPriority", "qFormat", "pPr", "rPr"]);
  });

  it("follows the reading order with w:next and honours a style id override", () => {
    expect(attrW(childW(parseStyle(styleXml("title", P)), "next"), "val")).toBe("CRUnit");
    expect(attrW(childW(parseStyle(styleXml("heading1", P)), "next"), "val")).toBe("CRBody");
    const own = parseStyle(styleXml("body", P, "a7"));
    expect(attrW(own, "styleId")).toBe("a7");
    expect(attrW(childW(own, "next"), "val")).toBe("a7");
  });

  it("escapes style names and fonts", () => {
    const odd = {
      ...P,
      roles: { ...P.roles, body: { ...P.roles.body, styleName: 'A&B "x" <y>', eastAsia: "宋&体" } },
    };
    const s = parseStyle(styleXml("body", odd));
    expect(attrW(childW(s, "name"), "val")).toBe('A&B "x" <y>');
    expect(attrW(childW(childW(s, "rPr"), "rFonts"), "eastAsia")).toBe("宋&体");
  });

  it("computes first-line indents in twips from hundredths of a character and half-points", () => {
    expect(firstLineTwips(200, 30)).toBe(600);
    expect(firstLineTwips(200, 24)).toBe(480);
    expect(firstLineTwips(0, 36)).toBe(0);
  });
});

describe("stylesPartXml", () => {
  it("is a well-formed styles part with docDefaults, Normal and every role style", () => {
    const xml = stylesPartXml(P);
    const doc = parseXml(xml);
    const root = doc.documentElement as Element;
    expect(root.localName).toBe("styles");
    const defaults = childW(root, "docDefaults");
    const rFonts = childW(childW(childW(defaults, "rPrDefault"), "rPr"), "rFonts");
    expect(attrW(rFonts, "eastAsia")).toBe(P.roles.body.eastAsia);
    const ids = [...stylesById(xml).keys()];
    expect(ids).toEqual(
      expect.arrayContaining(["Normal", ...FORMATTED_ROLES.map((r) => P.roles[r].styleId)])
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("mergeStylesPart", () => {
  const foreign =
    `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>` +
    `<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;
  const head =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<w:styles xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:latentStyles w:count="1"><w:lsdException w:name="Normal" w:qFormat="1"/></w:latentStyles>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>`;

  it("adds every role style to a part without them and keeps the rest byte for byte", () => {
    const existing = `${head}${foreign}</w:styles>`;
    const m = mergeStylesPart(existing, P);
    expect(m.replaced).toEqual([]);
    expect(m.added).toEqual(FORMATTED_ROLES.map((r) => P.roles[r].styleId));
    expect(m.xml.startsWith(head + foreign)).toBe(true);
    expect(m.xml.endsWith("</w:styles>")).toBe(true);
    const byId = stylesById(m.xml);
    expect(byId.size).toBe(2 + FORMATTED_ROLES.length);
    expect(attrW(childW(childW(byId.get("CRBody") ?? null, "rPr"), "rFonts"), "eastAsia")).toBe(
      "宋体"
    );
    for (const r of FORMATTED_ROLES) expect(m.styleIds[r]).toBe(P.roles[r].styleId);
  });

  it("replaces a tampered style of ours by id and keeps foreign styles", () => {
    const tampered =
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="CRBody"><w:name w:val="案例-正文"/>` +
      `<w:rPr><w:rFonts w:eastAsia="微软雅黑"/><w:sz w:val="24"/></w:rPr></w:style>`;
    const existing = `${head}${tampered}${foreign}</w:styles>`;
    const m = mergeStylesPart(existing, P);
    expect(m.replaced).toEqual(["CRBody"]);
    expect(m.added).not.toContain("CRBody");
    expect(m.xml).not.toContain("微软雅黑");
    expect(m.xml).toContain(foreign);
    expect(m.xml.startsWith(head)).toBe(true);
    const body = stylesById(m.xml).get("CRBody") ?? null;
    expect(attrW(childW(childW(body, "rPr"), "sz"), "val")).toBe("30");
    // Exactly one CRBody.
    expect(m.xml.split('w:styleId="CRBody"').length).toBe(2);
  });

  it("finds our style by name under an id Word gave it, keeps that id and points w:next at it", () => {
    const renamed =
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="-0"><w:name w:val="案例-正文"/>` +
      `<w:rPr><w:sz w:val="21"/></w:rPr></w:style>`;
    const m = mergeStylesPart(`${head}${renamed}</w:styles>`, P);
    expect(m.styleIds.body).toBe("-0");
    expect(m.replaced).toEqual(["-0"]);
    const byId = stylesById(m.xml);
    expect(byId.has("CRBody")).toBe(false);
    expect(attrW(childW(byId.get("CRHeading1") ?? null, "next"), "val")).toBe("-0");
    expect(attrW(childW(byId.get("-0") ?? null, "next"), "val")).toBe("-0");
  });

  it("is idempotent", () => {
    const once = mergeStylesPart(`${head}${foreign}</w:styles>`, P).xml;
    const twice = mergeStylesPart(once, P);
    expect(twice.xml).toBe(once);
    expect(twice.added).toEqual([]);
    expect(twice.replaced.length).toBe(FORMATTED_ROLES.length);
  });

  it("handles another prefix for the w: namespace and a self-closing root", () => {
    const other = `<x:styles xmlns:x="${W}"><x:style x:type="paragraph" x:styleId="CRTitle"><x:name x:val="old"/></x:style></x:styles>`;
    const m = mergeStylesPart(other, P);
    expect(m.replaced).toEqual(["CRTitle"]);
    const doc = parseXml(m.xml);
    const styles = childrenNS(doc.documentElement as Element, W, "style");
    expect(styles.length).toBe(FORMATTED_ROLES.length);
    const empty = mergeStylesPart(`<w:styles xmlns:w="${W}"/>`, P);
    expect(childrenNS(parseXml(empty.xml).documentElement as Element, W, "style").length).toBe(
      FORMATTED_ROLES.length
    );
  });

  it("rejects text that is not a styles part", () => {
    const detail = (xml: string): string | undefined => {
      try {
        mergeStylesPart(xml, P);
      } catch (e) {
        expect(e).toBeInstanceOf(OoxmlError);
        return (e as OoxmlError).detail;
      }
      return undefined;
    };
    expect(detail("<foo/>")).toMatch(/w:styles/);
    expect(detail(`<w:styles xmlns:w="urn:x"></w:styles>`)).toMatch(/namespace/);
  });
});
