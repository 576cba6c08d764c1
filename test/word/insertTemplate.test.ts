/**
 * @fileoverview insertTemplate against the Word double: the template's paragraphs carry our
 * styles (with the East Asian fonts defined in OOXML), a non-empty document is never overwritten
 * without `replace`, page setup only where the host has it; 2 syncs. The 申报书 form (R27): fills
 * an empty document, is appended after a page break to a non-empty one (never twice), replaces
 * when confirmed, and reads back as the form (locateForm) with its category boxes toggleable by a
 * replaceText edit through applyEdits.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { createWordGateway } from "../../src/word/gateway";
import { PROFILE_2023 } from "../../src/core/profile";
import { templateParagraphs } from "../../src/ooxml/template";
import { formParagraphs } from "../../src/ooxml/form";
import { locateForm } from "../../src/core/form";
import { FORM_PRESENT_MESSAGE } from "../../src/word/insertTemplate";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { docOf, setup } from "./helpers";

describe("insertTemplate", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("fills an empty document with the template paragraphs in our styles, A4 portrait by pageSetup (desktop), 2 syncs", async () => {
    d = setup({
      profile: "win-m365",
      flatOpc: docOf([""]).replace(
        '<w:pgSz w:w="11906" w:h="16838"/>',
        '<w:pgSz w:w="12240" w:h="15840"/>'
      ),
    });
    const res = await createWordGateway().insertTemplate("report", { replace: false });
    const expected = templateParagraphs(PROFILE_2023);
    // + the template's trailing empty 正文 paragraph (officejs-facts §11 row 6), nothing else left over
    expect(res).toEqual({
      paragraphs: expected.length + 1,
      page: "applied",
      notDone: [],
      restorePoint: null, // an empty document: nothing to restore
    });
    expect(d.stats.syncCount).toBe(2);
    const doc = parseFlatOpc(d.documentOoxml());
    expect(doc.paragraphs.map((x) => x.text)).toEqual([...expected.map((x) => x.text), ""]);
    expect(doc.paragraphs[expected.length]!.styleName).toBe(PROFILE_2023.roles.body.styleName);
    for (const [i, tp] of expected.entries()) {
      const role = PROFILE_2023.roles[tp.role];
      const para = doc.paragraphs[i]!;
      expect(para.styleName).toBe(role.styleName);
      for (const r of para.runs) {
        expect(r.format.eastAsia).toBe(role.eastAsia);
        expect(r.format.sz).toBe(role.sz);
        expect(r.format.bold).toBe(role.bold);
      }
      expect(para.spacing).toEqual(role.styleSpacing);
    }
    expect(doc.sections[0]).toMatchObject({
      pageWidth: 11906,
      pageHeight: 16838,
      orientation: "portrait",
    });
  });

  it("on the web reports the page as unsupported with the manual-steps id", async () => {
    d = setup({ host: "Web" });
    const res = await createWordGateway().insertTemplate("report", { replace: false });
    expect(res.page).toBe("unsupported");
    expect(res.notDone).toEqual(["manualPageSetup"]);
    expect(d.stats.loadLog.some((l) => l.startsWith("PageSetup"))).toBe(false);
    expect(d.stats.syncCount).toBe(2);
  });

  it("says alreadyOk when the page is A4 portrait", async () => {
    d = setup({ profile: "win-m365" });
    const res = await createWordGateway().insertTemplate("report", { replace: false });
    expect(res.page).toBe("alreadyOk");
  });

  it("refuses a non-empty document without replace: notEmpty, document unchanged, 1 sync", async () => {
    d = setup({ flatOpc: docOf(["已有内容"]) });
    const before = d.documentOoxml();
    const err = await createWordGateway()
      .insertTemplate("report", { replace: false })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "GatewayError", code: "notEmpty" });
    expect(d.documentOoxml()).toBe(before);
    expect(d.stats.syncCount).toBe(1);
  });

  it("replaces a non-empty document when confirmed", async () => {
    d = setup({ flatOpc: docOf(["已有内容", "第二段"]) });
    await createWordGateway().insertTemplate("report", { replace: true });
    const doc = parseFlatOpc(d.documentOoxml());
    expect(doc.paragraphs.some((x) => x.text === "已有内容")).toBe(false);
    expect(doc.paragraphs[0]!.styleName).toBe(PROFILE_2023.roles.title.styleName);
  });

  it("a failing insert sync is writeFailed with partial: true", async () => {
    d = setup();
    d.faults.failSyncAfter(1);
    const err = await createWordGateway()
      .insertTemplate("report", { replace: false })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "writeFailed", partial: true });
    expect((err as Error).message).toMatch(/重新检查/);
  });

  describe("the 申报书 form", () => {
    const formTexts = formParagraphs(PROFILE_2023).map((p) => p.text);

    it("fills an empty document with the form table and notes, 2 syncs", async () => {
      d = setup({ profile: "win-m365" });
      const res = await createWordGateway().insertTemplate("form", { replace: false });
      expect(res).toEqual({
        paragraphs: formTexts.length + 1,
        page: "alreadyOk",
        notDone: [],
        restorePoint: null,
      });
      expect(d.stats.syncCount).toBe(2);
      const doc = parseFlatOpc(d.documentOoxml());
      expect(doc.paragraphs.map((x) => x.text)).toEqual([...formTexts, ""]);
      expect(doc.tableCount).toBe(1);
      expect(doc.paragraphs[0]!.runs[0]!.format).toMatchObject({ eastAsia: "黑体", sz: 36 });
      const form = locateForm(doc)!;
      expect(form.first).toBe(0);
      expect(Object.keys(form.fields)).toHaveLength(PROFILE_2023.form.fields.length);
    });

    it("appends to a document with content: after it, on a new page, nothing changed, 2 syncs", async () => {
      d = setup({
        flatOpc: docOf(["安责险事故预防服务创新实践", "——某某保险股份有限公司某分公司"]),
      });
      const res = await createWordGateway().insertTemplate("form", { replace: false });
      expect(d.stats.syncCount).toBe(2);
      expect(res.paragraphs).toBe(formTexts.length + 1);
      const doc = parseFlatOpc(d.documentOoxml());
      expect(doc.paragraphs.map((x) => x.text)).toEqual([
        "安责险事故预防服务创新实践",
        "——某某保险股份有限公司某分公司",
        ...formTexts,
        "",
      ]);
      expect(d.documentOoxml()).toMatch(/<w:pageBreakBefore\/>[^]*申报书/);
      expect(locateForm(doc)!.first).toBe(2);
    });

    it("never appends a second form: notEmpty, document unchanged, 1 sync", async () => {
      d = setup();
      await createWordGateway().insertTemplate("form", { replace: false });
      const before = d.documentOoxml();
      d.resetStats();
      const err = await createWordGateway()
        .insertTemplate("form", { replace: false })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({
        name: "GatewayError",
        code: "notEmpty",
        text: FORM_PRESENT_MESSAGE,
      });
      expect(d.documentOoxml()).toBe(before);
      expect(d.stats.syncCount).toBe(1);
    });

    it("replaces the document when confirmed", async () => {
      d = setup({ flatOpc: docOf(["已有内容", "第二段"]) });
      await createWordGateway().insertTemplate("form", { replace: true });
      const doc = parseFlatOpc(d.documentOoxml());
      expect(doc.paragraphs.map((x) => x.text)).toEqual([...formTexts, ""]);
      expect(d.documentOoxml()).not.toContain("pageBreakBefore");
    });

    it("a category box is ticked with a replaceText edit of its one character", async () => {
      d = setup();
      const gw = createWordGateway();
      await gw.insertTemplate("form", { replace: false });
      const form = locateForm(await gw.readDocument())!;
      const box = form.categories[1]!.box!;
      await gw.applyEdits([
        {
          op: "replaceText",
          target: box.paragraph,
          span: box.span,
          text: PROFILE_2023.form.boxTicked,
        },
      ]);
      const after = locateForm(parseFlatOpc(d.documentOoxml()))!;
      expect(after.categories.filter((c) => c.ticked).map((c) => c.name)).toEqual([
        "工具技术产品类",
      ]);
    });
  });
});
