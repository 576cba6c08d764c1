/**
 * @fileoverview What a failed write says, under every host profile (issue 7 "Bad input and
 * failure"): a batch is a partial write only if it held writes. When the text fixes' search sync
 * fails nothing is located, so nothing of theirs is written; with nothing else to write there is
 * no write sync at all (and no "Word 可能已执行了其中一部分修改"), and when the formatting's
 * write then fails, the message says the text fixes were not changed. A verifying read that gets
 * unreadable XML after a successful write reports the write as done and not verified.
 */
import { classify } from "../../src/core/classify";
import { GatewayError } from "../../src/core/gateway";
import { refOf } from "../../src/core/model";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { createWordGateway } from "../../src/word/gateway";
import { HOST_PROFILES, emptyDocumentFlatOpc } from "../word-double";
import { p, setup } from "./helpers";

const DRAFT = [
  p("安责险服务创新实践", { rPr: '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/>' }),
  p("——某保险股份有限公司某分公司"),
  p("单位简介"),
  p("某分公司成立于二〇〇八年,承保安责险企业一千二百家。"),
].join("");

describe.each(HOST_PROFILES)("failed writes say what happened — host profile %s", (host) => {
  let d: ReturnType<typeof setup>;
  afterEach(() => d.restore());

  it("only text fixes and their search fails: no write sync, the fixes named as not made, nothing changed", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const before = d.documentOoxml();
    const t = doc.paragraphs[3]!;
    const at = t.text.indexOf(",");
    d.resetStats();
    // the write run's read succeeds; its search sync fails; a later sync would fail too
    d.faults.editAfterSyncs(0, () => d.faults.failNextSync("GeneralException"));
    const res = await gw.applyEdits([
      { op: "replaceText", target: refOf(t), span: [at, at + 1], text: "，" },
    ]);
    expect(res).toMatchObject({ applied: 0, textNotLocated: [3] });
    expect(res.notDone).toContain("replaceTextNotLocated");
    expect(d.documentOoxml()).toBe(before);
    // read 1 + search 1 (failed), no write sync; verify 1 (no paragraph written)
    expect(d.stats.syncCount).toBe(3);
  });

  it("a failed search, then the formatting's write fails: partial, and the text fixes are said to be unchanged", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const doc = await gw.readDocument();
    const edits = planFormatting(classify(doc, PROFILE_2023), PROFILE_2023);
    const t = doc.paragraphs[3]!;
    const at = t.text.indexOf(",");
    edits.push({ op: "replaceText", target: refOf(t), span: [at, at + 1], text: "，" });
    // the search sync fails, and so does the write sync after it
    d.faults.editAfterSyncs(0, () => {
      d.faults.failNextSync("GeneralException");
      d.faults.failSyncAfter(0);
    });
    const err = await gw.applyEdits(edits).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(GatewayError);
    const g = err as GatewayError;
    expect(g).toMatchObject({ code: "writeFailed", partial: true });
    expect(g.textIn("zh-CN")).toContain("这些文字没有改动");
    expect(g.textIn("zh-CN")).toContain("Word 可能已执行了其中一部分修改");
  });

  it("unreadable XML in the read before the write: nothing written, and the message says so", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    // a control character XML does not allow, typed after the check: the write run's read of the
    // changed paragraph cannot be parsed
    d.edit.typeText(0, "\u0001");
    const before = d.documentOoxml();
    d.resetStats();
    const err = (await gw.applyEdits(edits).catch((e: unknown) => e)) as GatewayError;
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "ooxmlUnreadable", partial: false });
    expect(d.stats.ooxml.inserts).toBe(0);
    expect(d.documentOoxml()).toBe(before);
    expect(err.textIn("zh-CN")).toContain("文档没有被修改");
    expect(err.textIn("en-US")).toContain("The document was not changed");
  });

  it("unreadable XML in the verifying read: the write is reported done and not verified", async () => {
    d = setup({ profile: host, flatOpc: emptyDocumentFlatOpc(DRAFT) });
    const gw = createWordGateway();
    const edits = planFormatting(classify(await gw.readDocument(), PROFILE_2023), PROFILE_2023);
    // After the write run's two syncs (its read, its write), a control character XML does not
    // allow lands in the first paragraph: the verifying read's OOXML cannot be parsed.
    d.faults.editAfterSyncs(2, () => d.edit.typeText(0, "\u0001"));
    const res = await gw.applyEdits(edits);
    expect(res).toMatchObject({ verified: false, textUnchanged: false });
    expect(res.applied).toBeGreaterThan(0);
    expect(res.notDone).toContain("verifyFailed");
  });
});
