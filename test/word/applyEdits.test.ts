/**
 * @fileoverview applyEdits against the Word double: one-click formatting of a draft (East Asian
 * font, size, bold, alignment, exact line rule per role, page A4), text untouched, the round-trip
 * budget (2 for the write run — 3 with text edits searched — + 2 for the verifying read of the
 * written paragraphs, independent of the number of edits), stale
 * targets, faults, style repair per host, replaceText by occurrence.
 * @hosts all: npm run test:hosts runs this file under every Word host profile (WORD_HOST).
 */
import { createWordGateway } from "../../src/word/gateway";
import { PROFILE_2023, type FormattedRole } from "../../src/core/profile";
import { refOf } from "../../src/core/model";
import type { Edit } from "../../src/core/findings";
import { GatewayError } from "../../src/core/gateway";
import { parseFlatOpc } from "../../src/ooxml/parse";
import { emptyDocumentFlatOpc } from "../word-double";
import { p, setup } from "./helpers";

const LETTER_LANDSCAPE = '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>';

/** A draft as writers make it: direct fonts, sizes, bold, alignment and multiple line spacing. */
const DRAFT: { xml: string; role: FormattedRole; headingEnd?: number; text: string }[] = [
  {
    text: "安责险服务创新实践",
    role: "title",
    xml: p("安责险服务创新实践", {
      pPr: '<w:jc w:val="left"/>',
      rPr: '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/>',
    }),
  },
  {
    text: "——某保险股份有限公司某分公司",
    role: "unitLine",
    xml: p("——某保险股份有限公司某分公司"),
  },
  {
    text: "一、实施背景",
    role: "heading1",
    xml: p("一、实施背景", { rPr: '<w:rFonts w:eastAsia="楷体"/><w:b/>' }),
  },
  {
    text: "该单位建立了隐患台账，每月开展检查。",
    role: "body",
    xml: p("该单位建立了隐患台账，每月开展检查。", {
      pPr: '<w:spacing w:line="360" w:lineRule="auto"/>',
      rPr: '<w:rFonts w:ascii="Arial" w:eastAsia="微软雅黑"/><w:sz w:val="21"/>',
    }),
  },
  {
    text: "（一）建立隐患台账。企业每月排查一次。",
    role: "heading2",
    headingEnd: 6,
    xml: p("（一）建立隐患台账。企业每月排查一次。"),
  },
];

function draftDoc(extraBody = "", stylesXml = ""): string {
  return emptyDocumentFlatOpc(DRAFT.map((x) => x.xml).join("") + extraBody, stylesXml).replace(
    '<w:pgSz w:w="11906" w:h="16838"/>',
    LETTER_LANDSCAPE
  );
}

async function planFor(gw: ReturnType<typeof createWordGateway>): Promise<Edit[]> {
  const doc = await gw.readDocument();
  const edits: Edit[] = DRAFT.map((x, i) =>
    x.headingEnd === undefined
      ? { op: "setRole", target: refOf(doc.paragraphs[i]!), role: x.role }
      : { op: "setRole", target: refOf(doc.paragraphs[i]!), role: x.role, headingEnd: x.headingEnd }
  );
  edits.push({ op: "setPage", width: 11906, height: 16838, orientation: "portrait" });
  return edits;
}

describe("applyEdits with Track Changes on (WordApi 1.4, office-js#329/#334)", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("only styles the paragraphs, changes no text, writes no revision and says why", async () => {
    d = setup({ profile: "win-m365", flatOpc: draftDoc(), changeTrackingMode: "TrackAll" });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    const doc = await gw.readDocument();
    edits.push({
      op: "replaceText",
      target: refOf(doc.paragraphs[3]!),
      span: [0, 3],
      text: "本单位",
    });
    const r = await gw.applyEdits(edits);
    expect(r.notDone).toContain("trackChangesStylesOnly");
    const xml = d.documentOoxml();
    expect(xml).not.toMatch(/<w:(ins|del) /);
    const after = parseFlatOpc(xml);
    expect(after.paragraphs.map((x) => x.text)).toEqual(DRAFT.map((x) => x.text));
    expect(after.paragraphs[3]!.styleName).toBe(PROFILE_2023.roles.body.styleName);
    // the run-in heading is left as it is (styling it would make its body text heading text)
    expect(r.unverified).toContain(4);
  });
});

describe("applyEdits: one-click formatting of a draft", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("gives every role its East Asian font, size, bold, alignment and exact spacing; page A4; text unchanged; 4 syncs", async () => {
    d = setup({ profile: "win-m365", flatOpc: draftDoc() });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    d.resetStats();
    const res = await gw.applyEdits(edits);
    expect(d.stats.syncCount).toBe(4); // write run 2 (paragraph batch, writes) + verifying read 2 (properties, written OOXML)
    expect(res).toEqual({
      applied: 5, // the five paragraphs; the page setup is reported in `page`, not counted
      skippedStale: 0,
      page: "applied",
      stylesRepaired: [],
      stylesNotRepaired: [],
      unverified: [],
      textUnchanged: true,
      verified: true,
      notDone: [],
      // what 恢复 can put back: the five paragraphs, kept from the write run's own read
      restorePoint: { id: 1, kind: "edits", paragraphs: 5, chars: expect.any(Number) },
    });
    const xml = d.documentOoxml();
    const doc = parseFlatOpc(xml);
    expect(doc.paragraphs.map((x) => x.text)).toEqual(DRAFT.map((x) => x.text));
    for (const [i, item] of DRAFT.entries()) {
      const role = PROFILE_2023.roles[item.role];
      const para = doc.paragraphs[i]!;
      expect(para.alignment ?? "left").toBe(role.styleAlignment);
      expect(para.spacing).toEqual(role.styleSpacing);
      for (const r of para.runs) {
        const inHeading = item.headingEnd === undefined || r.start < item.headingEnd;
        const want = inHeading ? role : PROFILE_2023.roles.body;
        expect([i, r.text, r.format.eastAsia, r.format.sz, r.format.bold]).toEqual([
          i,
          r.text,
          want.eastAsia,
          want.sz,
          want.bold,
        ]);
      }
    }
    // The OOXML itself: our styles with eastAsia, w:sz, w:b, w:jc and lineRule="exact".
    const bodyStyle = /<w:style [^>]*w:styleId="CRBody".*?<\/w:style>/.exec(xml)?.[0] ?? "";
    expect(bodyStyle).toContain('w:eastAsia="宋体"');
    expect(bodyStyle).toContain('w:sz w:val="30"');
    expect(bodyStyle).toContain('w:line="520"');
    expect(bodyStyle).toContain('w:lineRule="exact"');
    const titleStyle = /<w:style [^>]*w:styleId="CRTitle".*?<\/w:style>/.exec(xml)?.[0] ?? "";
    expect(titleStyle).toContain('w:jc w:val="center"');
    expect(titleStyle).toContain('w:eastAsia="黑体"');
    expect(doc.sections[0]).toMatchObject({
      pageWidth: 11906,
      pageHeight: 16838,
      orientation: "portrait",
    });
    // no helper paragraph left by the styles insertion
    expect(doc.paragraphs).toHaveLength(DRAFT.length);
  });

  it("keeps the sync count independent of the number of edits (10 vs 500)", async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      p(`第${i}段正文内容。`, {
        rPr: '<w:rFonts w:eastAsia="楷体"/>',
        pPr: i % 2 ? '<w:jc w:val="center"/>' : "",
      })
    ).join("");
    const counts: number[] = [];
    for (const n of [10, 500]) {
      d = setup({ flatOpc: emptyDocumentFlatOpc(many) });
      const gw = createWordGateway();
      const doc = await gw.readDocument();
      const edits: Edit[] = doc.paragraphs
        .slice(0, n)
        .map((x) => ({ op: "setRole", target: refOf(x), role: "body" }));
      d.resetStats();
      const res = await gw.applyEdits(edits);
      expect(res.applied).toBe(n);
      expect(res.unverified).toEqual([]);
      expect(res.textUnchanged).toBe(true);
      counts.push(d.stats.syncCount);
      d.restore();
    }
    expect(counts).toEqual([4, 4]);
    d = setup(); // for afterEach
  });

  it("skips and counts a paragraph edited since the check (stale), applies the rest", async () => {
    d = setup({ flatOpc: draftDoc() });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    d.edit.typeText(3, "（补充）");
    d.resetStats();
    const res = await gw.applyEdits(edits);
    expect(res.skippedStale).toBe(1);
    expect(res.applied).toBe(4); // paragraphs only: 5 minus the stale one (the page is not counted)
    expect(res.textUnchanged).toBe(true);
    const doc = parseFlatOpc(d.documentOoxml());
    expect(doc.paragraphs[3]!.styleName).toBe("Normal"); // untouched
    expect(doc.paragraphs[3]!.text).toBe(`${DRAFT[3]!.text}（补充）`);
    expect(doc.paragraphs[3]!.runs[0]!.format.eastAsia).toBe("微软雅黑");
    expect(doc.paragraphs[2]!.styleName).toBe(PROFILE_2023.roles.heading1.styleName);
  });

  it("a rejected write sync is writeFailed with partial: true (never a silent success)", async () => {
    d = setup({ flatOpc: draftDoc() });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    d.resetStats();
    d.faults.failSyncAfter(1);
    const err = await gw.applyEdits(edits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({
      code: "writeFailed",
      partial: true,
      officeCode: "GeneralException",
    });
    expect((err as Error).message).toMatch(/重新检查/);
    expect(d.stats.syncCount).toBe(2);
  });

  it("a rejected read sync is writeFailed with partial: false and the document untouched", async () => {
    d = setup({ flatOpc: draftDoc() });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    const before = d.documentOoxml();
    d.faults.failNextSync();
    const err = await gw.applyEdits(edits).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "writeFailed", partial: false });
    expect(d.documentOoxml()).toBe(before);
    // says, once and in the writer's language, that nothing was changed
    const g = err as GatewayError;
    expect(g.textIn("zh-CN").match(/文档(没有|未)被修改/g)).toHaveLength(1);
    expect(g.textIn("en-US")).toMatch(/not changed/);
    expect(g.textIn("en-US")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("a failing verification read says 'not verified' (verified: false), claims no difference, notDone verifyFailed", async () => {
    d = setup({ profile: "win-m365", flatOpc: draftDoc() });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    d.resetStats();
    d.faults.failSyncAfter(2);
    const res = await gw.applyEdits(edits);
    expect(d.stats.syncCount).toBe(3); // write run 2 + the failed verifying read 1
    expect(res.verified).toBe(false);
    expect(res.unverified).toEqual([]); // nothing was observed, so no paragraph is claimed to differ
    expect(res.textUnchanged).toBe(false); // not verified — to be read after `verified`
    expect(res.notDone).toEqual(["verifyFailed"]);
    expect(res.applied).toBe(5);
    expect(res.page).toBe("applied");
  });

  it("on a WordApi 1.3 host (Office 2019) uses no 1.5/1.6/desktop APIs and reports the page unsupported", async () => {
    d = setup({ flatOpc: draftDoc(), sets: { "WordApi 1.4": false, "WordApiDesktop 1.3": false } });
    const gw = createWordGateway();
    const edits = await planFor(gw);
    d.resetStats();
    const res = await gw.applyEdits(edits);
    expect(res.page).toBe("unsupported");
    expect(res.notDone).toEqual(["manualPageSetup"]);
    expect(res.unverified).toEqual([]);
    expect(res.textUnchanged).toBe(true);
    expect(d.stats.loadLog.some((l) => /uniqueLocalId|Style|PageSetup/.test(l))).toBe(false);
    expect(d.stats.syncCount).toBe(4); // write run 2 + verifying read 2
  });
});

const TAMPERED_BODY_STYLE =
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="CRBody"><w:name w:val="案例-正文"/>` +
  `<w:pPr><w:spacing w:before="0" w:after="0" w:line="520" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="600"/><w:jc w:val="both"/></w:pPr>` +
  `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="楷体"/><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>`;

describe("applyEdits: an existing style that differs (insertOoxml cannot redefine it)", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  const bodyDoc = (): string =>
    emptyDocumentFlatOpc(
      p("正文一段。", { pPr: '<w:pStyle w:val="CRBody"/>' }) + p("正文二段。"),
      TAMPERED_BODY_STYLE
    );

  it("desktop (WordApiDesktop 1.3): repairs size, bold and the East Asian font through the Style API", async () => {
    d = setup({ profile: "win-m365", flatOpc: bodyDoc() });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const res = await gw.applyEdits(
      doc.paragraphs.map((x) => ({ op: "setRole", target: refOf(x), role: "body" as const }))
    );
    expect(res.stylesRepaired).toEqual(["案例-正文"]);
    expect(res.stylesNotRepaired).toEqual([]);
    expect(res.unverified).toEqual([]);
    const style =
      /<w:style [^>]*w:styleId="CRBody".*?<\/w:style>/.exec(d.documentOoxml())?.[0] ?? "";
    expect(style).toContain('w:eastAsia="宋体"');
    expect(style).toContain('w:sz w:val="30"');
    expect(style).toContain('w:b w:val="0"');
  });

  it("web: cannot repair the East Asian font — says so and leaves the paragraphs unverified", async () => {
    d = setup({ flatOpc: bodyDoc(), host: "Web" });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const res = await gw.applyEdits(
      doc.paragraphs.map((x) => ({ op: "setRole", target: refOf(x), role: "body" as const }))
    );
    expect(res.stylesRepaired).toEqual([]);
    expect(res.stylesNotRepaired).toEqual(["案例-正文"]);
    expect(res.unverified).toEqual([0, 1]);
    expect(d.documentOoxml()).not.toContain('w:eastAsia="宋体"');
  });
});

describe("applyEdits: replaceText", () => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("replaces the occurrence at the span (the second 我们), keeping the first, in 5 syncs", async () => {
    const text = "我们公司建立了台账，我们每月检查。";
    d = setup({ flatOpc: emptyDocumentFlatOpc(p("标题") + p(text)) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const second = text.indexOf("我们", 1);
    d.resetStats();
    const res = await gw.applyEdits([
      {
        op: "replaceText",
        target: refOf(doc.paragraphs[1]!),
        span: [second, second + 2],
        text: "该单位",
      },
    ]);
    expect(res.applied).toBe(1);
    expect(res.textUnchanged).toBe(true); // equals the expected text after the replacement
    expect(parseFlatOpc(d.documentOoxml()).paragraphs[1]!.text).toBe(
      "我们公司建立了台账，该单位每月检查。"
    );
    // write run 3 (paragraph batch, the search of the words, the write) + verifying read 2
    expect(d.stats.syncCount).toBe(5);
  });
});
