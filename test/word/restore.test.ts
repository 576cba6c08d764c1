/**
 * @fileoverview Restore points (issue 7 "No promise we cannot keep", issue 9 撤销修复) under
 * every host profile of the Word double: 一键排版, a text fix and 插入模板 over a non-empty
 * document each keep what puts the written paragraphs back, and `restore` gives back the same
 * text AND the same styles and direct formatting — the body paragraphs' OOXML before the write
 * and after the restore are compared element for element. A paragraph edited since the write
 * refuses the whole restore (named, nothing written); a later write expires the point; what
 * cannot be kept is said before the write ("required": nothing written).
 */
import { classify } from "../../src/core/classify";
import { GatewayError } from "../../src/core/gateway";
import { refOf } from "../../src/core/model";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { bodyParagraphs } from "../../src/ooxml/format";
import { getXmlPart, mainDocumentPart, readFlatOpc } from "../../src/ooxml/package";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { parseXml, serializeXml } from "../../src/ooxml/xml";
import { createWordGateway } from "../../src/word/gateway";
import { RESTORE_BOUND_CHARS } from "../../src/word/restore";
import { HOST_PROFILES, emptyDocumentFlatOpc, profileNamed } from "../word-double";
import { p, setup } from "./helpers";

/** A draft with direct formatting everywhere (what 一键排版 rewrites). */
const DRAFT = [
  p("安责险服务创新实践", {
    pPr: '<w:jc w:val="left"/><w:ind w:firstLine="420"/>',
    rPr: '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/>',
  }),
  p("——某保险股份有限公司某分公司", { rPr: "<w:i/>" }),
  p("单位简介"),
  p("某分公司成立于二〇〇八年，承保安责险企业一千二百家。", {
    pPr: '<w:spacing w:line="360" w:lineRule="auto"/>',
    rPr: '<w:rFonts w:ascii="Arial" w:eastAsia="微软雅黑"/><w:sz w:val="21"/>',
  }),
  p("一、实施背景", { rPr: '<w:rFonts w:eastAsia="楷体"/><w:b/>' }),
  p("该单位建立了隐患台账,每月开展检查。", {
    pPr: '<w:jc w:val="center"/><w:spacing w:after="200"/>',
    rPr: '<w:color w:val="FF0000"/><w:sz w:val="24"/>',
  }),
  p("二、主要做法"),
  p("（一）建立隐患台账。企业每月排查一次，整改率100%。"),
  p("三、实施效果", { pPr: '<w:jc w:val="right"/>' }),
  p("隐患整改率达到百分之百，事故起数下降三成。", {
    rPr: '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋"/>',
  }),
].join("");

/** 一、二、三、 as Word numbers headings: chineseCounting, "%1、" (numbering.xml children). */
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

/** An automatically numbered heading with direct formatting 一键排版 rewrites. */
const numberedHeading = (text: string): string =>
  p(text, {
    pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:jc w:val="left"/>',
    rPr: '<w:rFonts w:eastAsia="楷体"/><w:sz w:val="30"/>',
  });

/** A draft whose three headings are numbered 一、二、三、 by Word, not typed. */
const NUMBERED = [
  p("安责险服务创新实践"),
  p("——某保险股份有限公司某分公司"),
  p("单位简介"),
  p("某分公司成立于二〇〇八年，承保安责险企业一千二百家。"),
  numberedHeading("实施背景"),
  p("该单位建立了隐患台账，每月开展检查。"),
  numberedHeading("主要做法"),
  p("（一）建立隐患台账。企业每月排查一次，整改率100%。"),
  numberedHeading("实施效果"),
  p("隐患整改率达到百分之百，事故起数下降三成。"),
].join("");

/** The numbers Word shows (`ListItem.listString`, WordApi 1.3), in document order. */
async function listStrings(d: ReturnType<typeof setup>): Promise<string[]> {
  return d.Word.run(async (ctx) => {
    const ps = ctx.document.body.paragraphs.load("$none");
    await ctx.sync();
    const items = ps.items.map((x) => x.listItemOrNullObject.load("listString"));
    await ctx.sync();
    return items.filter((i) => !i.isNullObject).map((i) => i.listString);
  });
}

/** The distinct list ids (`List.id`) of the numbered paragraphs. */
async function listIds(d: ReturnType<typeof setup>): Promise<number[]> {
  return d.Word.run(async (ctx) => {
    const ps = ctx.document.body.paragraphs.load("$none");
    await ctx.sync();
    const lists = ps.items.map((x) => x.listOrNullObject.load("id"));
    await ctx.sync();
    return [...new Set(lists.filter((l) => !l.isNullObject).map((l) => l.id))];
  });
}

/** A paragraph's XML with its list instance id blanked (Word gives re-inserted lists new ones). */
const unnumbered = (xml: string): string => xml.replace(/<w:numId w:val="\d+"\/>/g, "<w:numId/>");

/** Each body paragraph's OOXML, serialised (what restore must give back exactly). */
function bodyXml(flatOpc: string): string[] {
  const pkg = readFlatOpc(flatOpc);
  const main = mainDocumentPart(pkg);
  return bodyParagraphs(parseXml(getXmlPart(pkg, main) ?? "", main)).map((el) => serializeXml(el));
}

describe.each(HOST_PROFILES)("restore points — host profile %s", (host) => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());
  const trackingCaveat = profileNamed(host).sets["WordApi 1.4"] ? [] : ["restoreTrackingUnknown"];

  it("一键排版 → 恢复 gives back every paragraph's text, style and direct formatting", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const before = bodyXml(d.documentOoxml());
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    expect(edits.filter((e) => e.op === "setRole").length).toBeGreaterThanOrEqual(8);
    const result = await gw.applyEdits(edits, { restore: "required" });
    expect(result.applied).toBeGreaterThan(0);
    expect(result.restorePoint).toMatchObject({ kind: "edits" });
    const written = bodyXml(d.documentOoxml());
    expect(written).not.toEqual(before); // 一键排版 changed the formatting
    d.resetStats();
    const r = await gw.restore(result.restorePoint!);
    // Below WordApi 1.4 the host cannot say whether 修订 is on: the writer is told where to look.
    expect(r).toMatchObject({ verified: true, notDone: trackingCaveat });
    expect(r.restored).toBe(result.restorePoint!.paragraphs);
    expect(bodyXml(d.documentOoxml())).toEqual(before);
    // find + write + verify: bounded whatever the paragraph count
    expect(d.stats.syncCount).toBeLessThanOrEqual(3);
    // the checklist after 恢复 sees the draft again
    const again = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    expect(again.length).toBe(edits.length);
  });

  it("a text fix with numbered headings rewritten: its search shares the lists' read sync", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(NUMBERED, "", NUMBERING) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const edits = planFormatting(classify(doc, PROFILE_2023), PROFILE_2023);
    const t = doc.paragraphs[5]!;
    const at = t.text.indexOf("，");
    edits.push({ op: "replaceText", target: refOf(t), span: [at, at + 1], text: "；" });
    d.resetStats();
    const result = await gw.applyEdits(edits, { restore: "required" });
    // read 1 + (the lists and the search) 1 + write 1, verify 1 + OOXML 1 + the lists 2
    expect(d.stats.syncCount).toBe(7); // as many as without the text fix
    expect(result).toMatchObject({ verified: true, textUnchanged: true });
    expect(result.textNotLocated).toBeUndefined();
    expect(await listStrings(d)).toEqual(["一、", "二、", "三、"]);
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[5]!.text).toBe(
      "该单位建立了隐患台账；每月开展检查。"
    );
  });

  it("numbered headings keep their numbers 一、二、三、 after 一键排版 and after 恢复", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(NUMBERED, "", NUMBERING) });
    const before = bodyXml(d.documentOoxml());
    expect(await listStrings(d)).toEqual(["一、", "二、", "三、"]);
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    d.resetStats();
    const result = await gw.applyEdits(edits, { restore: "required" });
    // read 1 + the lists 1 + write 1, verify 1 + OOXML 1 + the lists 2: bounded
    expect(d.stats.syncCount).toBeLessThanOrEqual(7);
    expect(result.verified).toBe(true);
    expect(result.notDone).not.toContain("numberingMayRestart");
    // The headings' conflicting direct formatting was rewritten (not only styled) …
    const written = bodyXml(d.documentOoxml());
    expect(written.filter((x) => x.includes("楷体"))).toEqual([]);
    // … and they are still the document's list, numbered as before.
    expect(await listStrings(d)).toEqual(["一、", "二、", "三、"]);
    expect(written.filter((x) => x.includes('<w:numId w:val="1"/>')).length).toBe(3);
    d.resetStats();
    const r = await gw.restore(result.restorePoint!);
    // find 1 + the lists 1 + write 1, verify 1 + the lists 1
    expect(d.stats.syncCount).toBeLessThanOrEqual(5);
    expect(r).toMatchObject({ verified: true, notDone: trackingCaveat });
    expect(await listStrings(d)).toEqual(["一、", "二、", "三、"]);
    expect(bodyXml(d.documentOoxml())).toEqual(before);
  });

  it("when the numbers cannot be checked after 一键排版 or 恢复, the writer is told", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(NUMBERED, "", NUMBERING) });
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    // The verifying read fails (its OOXML read): nothing observed, so nothing claimed.
    d.faults.failGetOoxml(true);
    const result = await gw.applyEdits(edits, { restore: "required" });
    d.faults.failGetOoxml(false);
    expect(result.verified).toBe(false);
    expect(result.notDone).toEqual(expect.arrayContaining(["numberingMayRestart"]));
    // 恢复: find, the lists, write, verify texts — then the lists' check fails.
    d.faults.failSyncAfter(4);
    const r = await gw.restore(result.restorePoint!);
    expect(r.notDone).toContain("restoreNumbering");
  });

  it("插入模板 over numbered headings → 恢复: the numbers are back in one list, checked, nothing said", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(NUMBERED, "", NUMBERING) });
    const before = bodyXml(d.documentOoxml());
    const gw = createWordGateway();
    d.resetStats();
    const res = await gw.insertTemplate("report", { replace: true, restore: "required" });
    // probe 1 + the body 1 + its lists 1 + the template 1
    expect(d.stats.syncCount).toBe(4);
    d.resetStats();
    const r = await gw.restore(res.restorePoint!);
    // texts 1 + the body 1 + the lists (and last style) 1, verify 1 + the lists 1: none to rejoin
    expect(d.stats.syncCount).toBe(5);
    expect(r).toMatchObject({ verified: true, notDone: trackingCaveat });
    expect(await listStrings(d)).toEqual(["一、", "二、", "三、"]);
    expect(await listIds(d)).toHaveLength(1);
    // the body's paragraphs as they were (the list instance is Word's new one)
    expect(bodyXml(d.documentOoxml()).map(unnumbered)).toEqual(before.map(unnumbered));
  });

  it("插入模板 → 恢复 when Word gives each re-inserted paragraph a list of its own: they rejoin", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(NUMBERED, "", NUMBERING) });
    const gw = createWordGateway();
    const res = await gw.insertTemplate("report", { replace: true, restore: "required" });
    d.faults.ownListPerInsertedParagraph(true);
    d.resetStats();
    const r = await gw.restore(res.restorePoint!);
    // texts 1 + the body 1 + the lists 1 + rejoin 1, verify 1 + the lists 1
    expect(d.stats.syncCount).toBe(6);
    expect(r).toMatchObject({ verified: true, notDone: trackingCaveat });
    expect(await listStrings(d)).toEqual(["一、", "二、", "三、"]);
    expect(await listIds(d)).toHaveLength(1);
  });

  it("插入模板 → 恢复 says the numbers may restart only when they are not back", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(NUMBERED, "", NUMBERING) });
    const gw = createWordGateway();
    const res = await gw.insertTemplate("report", { replace: true, restore: "required" });
    d.faults.ownListPerInsertedParagraph(true);
    d.faults.failSyncAfter(3); // the rejoin fails: the body is back, its numbers are not
    const r = await gw.restore(res.restorePoint!);
    expect(r.verified).toBe(true);
    expect(r.notDone).toEqual(["restoreNumbering", ...trackingCaveat]);
    expect(await listIds(d)).toHaveLength(3); // each in a list of its own
  });

  it("with 修订 on, 恢复 writes nothing and says to turn it off; the point still works after", async () => {
    for (const kind of ["edits", "template"] as const) {
      d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
      const before = bodyXml(d.documentOoxml());
      const gw = createWordGateway();
      const point =
        kind === "edits"
          ? (
              await gw.applyEdits(
                planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023),
                { restore: "required" }
              )
            ).restorePoint!
          : (await gw.insertTemplate("report", { replace: true, restore: "required" }))
              .restorePoint!;
      d.edit.setChangeTracking("TrackAll");
      const written = d.documentOoxml();
      d.resetStats();
      const r = await gw.restore(point).then(
        (x) => x,
        (e: unknown) => e
      );
      if (!profileNamed(host).sets["WordApi 1.4"]) {
        // Office 2019 cannot read changeTrackingMode (WordApi 1.4): the restore goes ahead as
        // revisions, and the writer is told to look in 审阅.
        expect(r).toMatchObject({ notDone: expect.arrayContaining(["restoreTrackingUnknown"]) });
        d.restore();
        continue;
      }
      expect(r).toBeInstanceOf(GatewayError);
      expect((r as GatewayError).code).toBe("notRestorable");
      expect((r as GatewayError).message).toContain("修订");
      expect((r as GatewayError).message).toContain("恢复点仍然保留");
      expect(d.stats.ooxml.inserts).toBe(0);
      expect(d.stats.syncCount).toBe(1); // the first read only
      expect(d.documentOoxml()).toBe(written);
      d.edit.setChangeTracking("Off");
      const ok = await gw.restore(point);
      expect(ok.verified).toBe(true);
      expect(bodyXml(d.documentOoxml())).toEqual(before);
      d.restore();
    }
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) }); // for afterEach
  });

  it("a text fix → 撤销修复 gives back the text and the run's formatting", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const before = bodyXml(d.documentOoxml());
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const target = doc.paragraphs[5]!;
    const at = target.text.indexOf(",");
    const result = await gw.applyEdits(
      [{ op: "replaceText", target: refOf(target), span: [at, at + 1], text: "，" }],
      { restore: "required" }
    );
    expect(result.applied).toBe(1);
    expect(bodyXml(d.documentOoxml())[5]!.replace(/<[^>]+>/g, "")).toBe(
      "该单位建立了隐患台账，每月开展检查。"
    );
    const r = await gw.restore(result.restorePoint!);
    expect(r).toMatchObject({ restored: 1, verified: true });
    expect(bodyXml(d.documentOoxml())).toEqual(before);
  });

  it("插入模板 over a non-empty document → 恢复 gives back the document as it was", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const before = bodyXml(d.documentOoxml());
    const gw = createWordGateway();
    const res = await gw.insertTemplate("report", { replace: true, restore: "required" });
    expect(res.restorePoint).toMatchObject({ kind: "template", paragraphs: before.length });
    expect(bodyXml(d.documentOoxml())).not.toEqual(before);
    const r = await gw.restore(res.restorePoint!);
    expect(r.verified).toBe(true);
    expect(bodyXml(d.documentOoxml())).toEqual(before);
  });

  it("refuses, naming the paragraph and writing nothing, when it was edited after the write", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    const result = await gw.applyEdits(edits);
    d.edit.typeText(3, "（补充）");
    const edited = d.documentOoxml();
    d.resetStats();
    const err = await gw.restore(result.restorePoint!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).code).toBe("notRestorable");
    expect((err as GatewayError).message).toContain("第 4 段");
    expect(d.stats.ooxml.inserts).toBe(0);
    expect(d.documentOoxml()).toBe(edited);
  });

  it("refuses the template's point when the writer typed into it", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const res = await gw.insertTemplate("report", { replace: true });
    d.edit.typeText(0, "安责险");
    const edited = d.documentOoxml();
    const err = await gw.restore(res.restorePoint!).catch((e: unknown) => e);
    expect((err as GatewayError).code).toBe("notRestorable");
    expect((err as GatewayError).message).toContain("第 1 段");
    expect(d.documentOoxml()).toBe(edited);
  });

  it("a later write expires the point; a point is used once", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const t = doc.paragraphs[5]!;
    const at = t.text.indexOf(",");
    const first = await gw.applyEdits([
      { op: "replaceText", target: refOf(t), span: [at, at + 1], text: "，" },
    ]);
    const doc2 = await gw.readDocument();
    const u = doc2.paragraphs[7]!;
    const second = await gw.applyEdits([
      // a real change ("。" over "。" changes nothing: nothing is written, no point is kept)
      { op: "replaceText", target: refOf(u), span: [u.text.length - 1, u.text.length], text: "！" },
    ]);
    await expect(gw.restore(first.restorePoint!)).rejects.toMatchObject({
      code: "notRestorable",
    });
    await gw.restore(second.restorePoint!);
    await expect(gw.restore(second.restorePoint!)).rejects.toThrow(/已失效/);
  });
});

describe("what cannot be kept is said before the write", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  const PICTURE_RUN =
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="p"/></wp:inline></w:drawing></w:r>';

  it("a text fix in a paragraph holding a picture: 'required' refuses and writes nothing; 'ifPossible' writes and says why no point", async () => {
    const body = `<w:p><w:r><w:t>图片说明,见下</w:t></w:r>${PICTURE_RUN}</w:p>${DRAFT}`;
    d = setup({ profile: "win-m365", flatOpc: emptyDocumentFlatOpc(body) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const t = doc.paragraphs[0]!;
    const at = t.text.indexOf(",");
    const edit = {
      op: "replaceText" as const,
      target: refOf(t),
      span: [at, at + 1] as [number, number],
      text: "，",
    };
    const before = d.documentOoxml();
    const err = await gw.applyEdits([edit], { restore: "required" }).catch((e: unknown) => e);
    expect((err as GatewayError).code).toBe("notRestorable");
    expect((err as GatewayError).message).toContain("第 1 段");
    expect((err as GatewayError).message).toContain("文档未改动");
    expect(d.documentOoxml()).toBe(before);
    const ok = await gw.applyEdits([edit]);
    expect(ok.applied).toBe(1);
    expect(ok.restorePoint).toBeNull();
    expect(ok.noRestore?.[0]?.id).toBe("errors.gateway.restore.notKeepable");
  });

  it("a template over a document with pictures keeps no point and says so", async () => {
    const body = `<w:p>${PICTURE_RUN}</w:p>${DRAFT}`;
    d = setup({ profile: "web", flatOpc: emptyDocumentFlatOpc(body) });
    const gw = createWordGateway();
    const before = d.documentOoxml();
    await expect(
      gw.insertTemplate("report", { replace: true, restore: "required" })
    ).rejects.toMatchObject({ code: "notRestorable" });
    expect(d.documentOoxml()).toBe(before);
    const res = await gw.insertTemplate("report", { replace: true });
    expect(res.restorePoint).toBeNull();
    expect(res.noRestore?.[0]?.id).toBe("errors.gateway.restore.pictures");
  });

  it("beyond the bound no point is kept (the size is said)", async () => {
    const long = "长".repeat(2000);
    const n = Math.ceil(RESTORE_BOUND_CHARS / 2000) + 10;
    const body = Array.from({ length: n }, () => p(long)).join("");
    d = setup({ profile: "win-m365", flatOpc: emptyDocumentFlatOpc(body) });
    const gw = createWordGateway();
    const err = await gw
      .insertTemplate("report", { replace: true, restore: "required" })
      .catch((e: unknown) => e);
    expect((err as GatewayError).code).toBe("notRestorable");
    expect((err as GatewayError).message).toMatch(/约 \d+ KB/);
  });
});
