/**
 * @fileoverview Tests of the LibreOffice harness itself (test/interop/lo.ts), without LibreOffice:
 * the flat-ODT reader on hand-written documents (style inheritance automatic → named → parent →
 * default, percentages, units, the three line-height modes, spans, text:s/tab/line-break, tables,
 * frames, master pages) and `convert`'s failure handling with stand-in soffice scripts (non-zero
 * exit, missing output, timeout killing the whole process group).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ConvertError, convert, lengthToMm, lengthToPt, parseFodt } from "./lo";
import { firstItems } from "../fixtures/items";

const NSDECL =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink"';

/** A flat ODT with a default style, a parent/child named style chain and automatic styles. */
function fodt(body: string, extraAuto = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NSDECL} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="宋体" svg:font-family="宋体"/>
  <style:font-face style:name="黑体1" svg:font-family="黑体"/>
  <style:font-face style:name="TNR" svg:font-family="'Times New Roman'"/>
  <style:font-face style:name="Cal" svg:font-family="Calibri"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties style:font-name="TNR" fo:font-size="10.5pt" style:font-name-asian="宋体" style:font-size-asian="10.5pt"/>
  </style:default-style>
  <style:style style:name="Base" style:family="paragraph">
   <style:paragraph-properties fo:line-height="0.3611in" fo:text-align="justify"/>
   <style:text-properties style:font-size-asian="15pt" fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="Head_20_X" style:display-name="Head X" style:family="paragraph" style:parent-style-name="Base">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name-asian="黑体1" style:font-weight-asian="bold" fo:font-weight="700" style:font-size-asian="120%"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Head_20_X" style:master-page-name="Standard">
   <style:paragraph-properties style:line-height-at-least="22pt"/>
  </style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Base">
   <style:paragraph-properties fo:line-height="150%" fo:text-indent="0.8467cm" fo:text-align="end"/>
  </style:style>
  <style:style style:name="T1" style:family="text">
   <style:text-properties style:font-name-asian="黑体1" style:font-size-asian="9pt" style:font-weight-asian="normal"/>
  </style:style>
  <style:style style:name="T2" style:family="text">
   <style:text-properties style:font-family-asian="'楷体_GB2312', serif" style:font-weight-asian="bold"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait"/>
  </style:page-layout>
  <style:page-layout style:name="pm2">
   <style:page-layout-properties fo:page-width="11in" fo:page-height="8.5in" style:print-orientation="landscape"/>
  </style:page-layout>
  ${extraAuto}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
  <style:master-page style:name="Wide" style:page-layout-name="pm2"/>
 </office:master-styles>
 <office:body><office:text>${body}</office:text></office:body>
</office:document>`;
}

describe("lengthToPt / lengthToMm", () => {
  it("converts every ODF length unit and rejects non-lengths", () => {
    expect(lengthToPt("26pt")).toBe(26);
    expect(lengthToPt("0.361in")).toBeCloseTo(25.992, 6);
    expect(lengthToPt("2.54cm")).toBeCloseTo(72, 6);
    expect(lengthToPt("25.4mm")).toBeCloseTo(72, 6);
    expect(lengthToPt("1pc")).toBe(12);
    expect(lengthToPt("4px")).toBe(3);
    expect(lengthToPt("-.5in")).toBe(-36);
    expect(lengthToPt("150%")).toBeNull();
    expect(lengthToPt("normal")).toBeNull();
    expect(lengthToPt(null)).toBeNull();
    expect(lengthToMm("8.2681in")).toBeCloseTo(210.01, 2);
  });
});

describe("parseFodt", () => {
  it("resolves automatic → named → parent → default styles, nearest wins", () => {
    const doc = parseFodt(
      fodt(`<text:h text:style-name="P1" text:outline-level="1">标题</text:h>`)
    );
    const [p] = firstItems(doc.paragraphs, 1);
    expect(p.kind).toBe("h");
    expect(p.outlineLevel).toBe(1);
    expect(p.styleName).toBe("P1");
    expect(p.namedStyle).toBe("Head X"); // display name, not the encoded name
    expect(p.props.fontAsian).toBe("黑体"); // font-face name 黑体1 → family 黑体
    expect(p.props.sizeAsian).toBe(18); // 120 % of the parent's 15 pt
    expect(p.props.boldAsian).toBe(true);
    expect(p.props.fontLatin).toBe("Times New Roman"); // quotes stripped, from the default
    expect(p.props.sizeLatin).toBe(15);
    expect(p.props.boldLatin).toBe(true); // "700"
    expect(p.para.alignment).toBe("center"); // Head X overrides Base's justify
    expect(p.para.lineHeight).toEqual({ rule: "atLeast", pt: 22 }); // P1's mode replaces Base's exact
  });

  it("reads exact, proportional and default line heights, indents and end alignment", () => {
    const doc = parseFodt(
      fodt(
        `<text:p text:style-name="Base">a</text:p>` +
          `<text:p text:style-name="P2">b</text:p>` +
          `<text:p>c</text:p>`
      )
    );
    const [a, b, c] = firstItems(doc.paragraphs, 3);
    expect(a.para.lineHeight?.rule).toBe("exact");
    expect(a.para.lineHeight?.rule === "exact" && a.para.lineHeight.pt).toBeCloseTo(26, 1);
    expect(a.para.alignment).toBe("both");
    expect(a.namedStyle).toBe("Base");
    expect(b.para.lineHeight).toEqual({ rule: "proportional", percent: 150 });
    expect(b.para.textIndentPt).toBeCloseTo(24, 1);
    expect(b.para.alignment).toBe("right");
    expect(b.namedStyle).toBe("Base"); // P2 is automatic: the named style is its parent
    expect(c.styleName).toBeNull();
    expect(c.para.alignment).toBe("left"); // "start" in the default style
    expect(c.para.lineHeight).toBeNull();
    expect(c.props.sizeAsian).toBe(10.5);
  });

  it("gives each span its own effective properties, with offsets, and keeps the text exact", () => {
    const doc = parseFodt(
      fodt(
        `<text:p text:style-name="Base">一<text:span text:style-name="T1">二<text:s text:c="2"/>三</text:span>` +
          `<text:tab/><text:span text:style-name="T2">四<text:line-break/>五</text:span>` +
          `<text:bookmark text:name="x"/>六<text:soft-page-break/>七</text:p>`
      )
    );
    const [p] = firstItems(doc.paragraphs, 1);
    expect(p.text).toBe("一二  三\t四\n五六七");
    expect(p.runs.map((r) => [r.start, r.text])).toEqual([
      [0, "一"],
      [1, "二  三"],
      [5, "\t"],
      [6, "四\n五"],
      [9, "六七"],
    ]);
    expect(p.runs[1]!.props.fontAsian).toBe("黑体");
    expect(p.runs[1]!.props.sizeAsian).toBe(9);
    expect(p.runs[1]!.props.boldAsian).toBe(false);
    expect(p.runs[3]!.props.fontAsian).toBe("楷体_GB2312"); // font-family-asian, first family
    expect(p.runs[3]!.props.sizeAsian).toBe(15); // inherited from the paragraph
    expect(p.runs[3]!.props.boldAsian).toBe(true);
    expect(p.runs[4]!.props).toEqual(p.props);
  });

  it("reads table cells and text boxes in document order, counts pictures and tables, skips notes", () => {
    const doc = parseFodt(
      fodt(
        `<text:p>前<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>` +
          `<text:note-body><text:p>注</text:p></text:note-body></text:note></text:p>` +
          `<table:table><table:table-row><table:table-cell><text:p>格1</text:p></table:table-cell>` +
          `<table:table-cell><table:table><table:table-row><table:table-cell><text:p>嵌</text:p>` +
          `</table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>` +
          `<text:p><draw:frame draw:name="图片 1"><draw:image xlink:href="x.png"/></draw:frame>` +
          `<draw:frame draw:name="框"><draw:text-box><text:p>框内</text:p></draw:text-box></draw:frame>后</text:p>` +
          `<text:list><text:list-item><text:number>1.</text:number><text:p>列表</text:p></text:list-item></text:list>`
      )
    );
    expect(doc.paragraphs.map((p) => [p.text, p.inTable, p.inFrame])).toEqual([
      ["前", false, false],
      ["格1", true, false],
      ["嵌", true, false],
      ["后", false, false],
      ["框内", false, true],
      ["列表", false, false],
    ]);
    expect(doc.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(doc.tables).toBe(2);
    expect(doc.images).toBe(1);
    expect(doc.imageFrames).toBe(1);
  });

  it("reports the page layout of the master pages in use, in mm", () => {
    const first = parseFodt(fodt(`<text:p text:style-name="P1">x</text:p>`));
    expect(first.pages).toHaveLength(1);
    expect(first.pages[0]!.masterPage).toBe("Standard");
    expect(first.pages[0]!.widthMm).toBeCloseTo(210.01, 2);
    expect(first.pages[0]!.heightMm).toBeCloseTo(297, 2);
    expect(first.pages[0]!.orientation).toBe("portrait");
    const two = parseFodt(
      fodt(
        `<text:p>a</text:p><text:p text:style-name="P9">b</text:p>`,
        `<style:style style:name="P9" style:family="paragraph" style:master-page-name="Wide"/>`
      )
    );
    expect(two.pages.map((p) => p.masterPage)).toEqual(["Standard", "Wide"]);
    expect(two.pages[1]!.widthMm).toBeCloseTo(279.4, 2);
    expect(two.pages[1]!.orientation).toBe("landscape");
  });

  it("rejects what is not a flat ODT, and DOCTYPE declarations", () => {
    expect(() => parseFodt(`<?xml version="1.0"?><w:document xmlns:w="urn:x"/>`)).toThrow(
      /not a flat ODT/
    );
    expect(() => parseFodt(`<!DOCTYPE x [<!ENTITY a "b">]><x/>`)).toThrow(/DOCTYPE/);
    expect(() => parseFodt(`<office:document ${NSDECL}><office:body/></office:document>`)).toThrow(
      /office:text/
    );
  });
});

/** True when `pid` runs (a zombie left for a non-reaping PID 1 counts as dead). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync("/proc/self/stat")) {
    if (!existsSync(stat)) return false;
    const state = readFileSync(stat, "utf8").replace(/^.*\) /s, "")[0];
    return state !== "Z" && state !== "X";
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("convert (with stand-in soffice scripts)", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "lo-test-"));
    writeFileSync(join(dir, "a.docx"), "x");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const script = (body: string): string => {
    const path = join(dir, "fake-soffice");
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };

  it("passes a private profile, headless flags and the outdir, and returns the outputs", async () => {
    const soffice = script(
      `echo "$@" > "${dir}/args"\n` +
        `out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n` +
        `printf 'ok' > "$out/a.fodt"`
    );
    const outs = await convert([join(dir, "a.docx")], "fodt", dir, { soffice });
    expect(outs).toEqual([join(dir, "a.fodt")]);
    const args = readFileSync(join(dir, "args"), "utf8");
    expect(args).toMatch(/-env:UserInstallation=file:\/\/\/\S+lo-profile-/);
    for (const flag of ["--headless", "--norestore", "--nolockcheck", "--convert-to fodt"]) {
      expect(args).toContain(flag);
    }
    // The private profile is removed afterwards.
    const profile = /file:\/\/(\S+)/.exec(args)?.[1] ?? "";
    expect(profile).not.toBe("");
    expect(existsSync(profile)).toBe(false);
  });

  it("fails on a non-zero exit, and when an output is missing", async () => {
    await expect(
      convert([join(dir, "a.docx")], "fodt", dir, { soffice: script("echo boom >&2; exit 3") })
    ).rejects.toThrow(/exited with 3[\s\S]*boom/);
    await expect(
      convert([join(dir, "a.docx")], "pdf", dir, { soffice: script("exit 0") })
    ).rejects.toThrow(/no \(or an empty\) output/);
  });

  it("refuses duplicate output names and missing inputs before running anything", async () => {
    const soffice = script(`touch "${dir}/ran"`);
    await expect(
      convert([join(dir, "a.docx"), join(dir, "a.doc")], "fodt", dir, { soffice })
    ).rejects.toThrow(/both write a\.fodt/);
    await expect(convert([join(dir, "zz.docx")], "fodt", dir, { soffice })).rejects.toThrow(
      /no such input/
    );
    expect(existsSync(join(dir, "ran"))).toBe(false);
  });

  it("kills the whole process group on timeout", async () => {
    const soffice = script(`sleep 30 &\necho $! > "${dir}/child"\nwait`);
    const started = Date.now();
    const err = await convert([join(dir, "a.docx")], "fodt", dir, {
      soffice,
      timeoutMs: 500,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConvertError);
    expect(String(err)).toMatch(/timed out after 500 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const child = Number(readFileSync(join(dir, "child"), "utf8").trim());
    expect(child).toBeGreaterThan(0);
    // The grandchild `sleep` was in soffice's process group, so it is gone too.
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(child)).toBe(false);
  });
});
