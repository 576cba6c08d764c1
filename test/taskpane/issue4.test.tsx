/**
 * @fileoverview Issue 4 in the pane, end to end in jsdom over the fake gateway and the real core:
 * fix one finding and fix all of a rule (text changes quoted in a dialog first, Cancel applying
 * nothing; format-only fixes applied at once), ignore once / ignore a rule saved through
 * `writeState` and restored on a new mount through `readState` (writes serialised, a failed
 * write undone in the pane), hand-checked items, tallies, the 申报书 insertion dialog with its
 * three choices, the 案例类别 control's replaceText edits, and picture export with a fake
 * download.
 */
import "./jsdomPolyfills";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { unzipSync, strFromU8 } from "fflate";
import { analyze } from "../../src/core/analyze";
import { verdictCounts } from "../../src/core/verdict";
import { buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import type { Edit } from "../../src/core/findings";
import { GatewayError, type DocumentState, type PngToJpeg } from "../../src/core/gateway";
import { renderText } from "../../src/core/messages";
import { refOf } from "../../src/core/model";
import { PROFILE_2023 } from "../../src/core/profile";
import { App } from "../../src/taskpane/App";
import type { Downloader } from "../../src/taskpane/hooks/useExport";
import { FORM_PRESENT_MESSAGE } from "../../src/word/insertTemplate";
import { FakeGateway, formParaSpecs } from "./fakeGateway";
import {
  renderWithProviders,
  expand,
  groupItem,
  openTools,
  openHand,
  belowFold,
} from "./renderWithProviders";

// Two full mounts of the pane per test in jsdom, on two cores shared by four engineers (each
// test took 30–70 s at a load of 16).
jest.setTimeout(150_000);

const BOX = PROFILE_2023.form.boxEmpty;
const TICK = PROFILE_2023.form.boxTicked;

/** A draft with fixable problems: a hyphen for the dash, half-width commas, no styles. */
function draftParas(): ParaSpec[] {
  return [
    para("安责险事故预防服务创新实践与探索"),
    para("-某某财产保险股份有限公司某某分公司"),
    para("单位简介"),
    para("某某分公司成立于2005年,是一家财产保险公司。".repeat(5)),
    para("一、实施背景"),
    para("本地区企业开展安责险事故预防服务,成效明显。".repeat(10)),
    para("二、主要做法"),
    para("（一）建立隐患排查台账"),
    para("企业每月开展隐患排查。".repeat(30)),
    para("三、实施效果"),
    para("事故率下降。".repeat(10)),
  ];
}
const draft = () => buildDocument(draftParas());
const expected = () => analyze(draft()).checklist;
const groupOf = (ruleId: string) => expected().groups.find((g) => g.ruleId === ruleId)!;

const EMPTY: DocumentState = {
  version: 1,
  ignoredFindingIds: [],
  ignoredRules: [],
  handChecked: [],
};

function renderApp(gateway: FakeGateway, download?: Downloader, toJpeg?: PngToJpeg) {
  return renderWithProviders(<App gateway={gateway} download={download} toJpeg={toJpeg} />);
}

async function checked() {
  await screen.findByText(/项通过/, {}, { timeout: 10000 });
  // The saved decisions are read too (the ignore buttons wait for them).
  await waitFor(() => expect(screen.queryByText(/正在读取文档中保存的/)).toBeNull());
  await belowFold();
}

function header(title: string, count?: number) {
  return screen.getByRole("button", {
    name: count === undefined ? new RegExp(`^${title}：\\d+ 个问题$`) : `${title}：${count} 个问题`,
  });
}

function queryHeader(title: string) {
  return screen.queryByRole("button", { name: new RegExp(`^${title}：\\d+ 个问题$`) });
}

function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

async function dialogClosed() {
  await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
}

describe("fixes", () => {
  it("fixes one finding in one click: the row shows the text change, then re-checks", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const g = groupOf("unit-line");
    expand(header(g.title, 1));
    // The row shows the change before → after; the click applies it (no dialog: it is shown).
    const item = groupItem("unit-line");
    expect((await within(item).findByTestId("fix-change")).textContent).toBe("「-」→「——」");
    expect(gateway.callsOf("applyEdits")).toHaveLength(0);
    fireEvent.click(
      within(item).getByRole("button", { name: `修复此条：${g.findings[0]!.message}` })
    );
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    expect(await screen.findByText("已修复 1 处。")).toBeTruthy();
    expect(gateway.callsOf("applyEdits")[0]!.args[0]).toEqual(g.findings[0]!.fix);
    expect(gateway.doc.paragraphs[1]!.text).toBe("——某某财产保险股份有限公司某某分公司");
    // The re-check: the unit line passes now.
    await waitFor(() => expect(queryHeader(g.title)).toBeNull());
    await dialogClosed();
  });

  it("applies a format-only fix at once, without a dialog", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const g = groupOf("role-format");
    expand(header(g.title, g.findings.length));
    const first = g.findings[0]!;
    fireEvent.click(
      (await screen.findAllByRole("button", { name: `修复此条：${first.message}` }))[0]!
    );
    await waitFor(() => expect(gateway.callsOf("applyEdits")).toHaveLength(1));
    expect(gateway.callsOf("applyEdits")[0]!.args[0]).toEqual(first.fix);
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    expect(await screen.findByText("已修复 1 处。")).toBeTruthy();
  });

  it("fixes all of a rule: lists every change, Cancel applies nothing, confirm applies all", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const g = groupOf("punctuation");
    const n = g.findings.filter((f) => f.fix).length;
    expect(n).toBeGreaterThan(10);
    expand(header(g.title, g.findings.length));
    const fixAll = await screen.findByRole("button", {
      name: `全部修复“${g.title}”的 ${n} 处问题`,
    });
    expect(fixAll.textContent).toBe(`全部修复（${n} 处）`);

    fireEvent.click(fixAll);
    let dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(
      within(dialog).getByText(
        `以下 ${n} 处修改会改动文档中的文字，请逐条核对后确认（改完后可在本窗格点“恢复”改回；Word 的“撤销”不一定能撤回全部修改）：`
      )
    ).toBeTruthy();
    const items = within(dialog).getAllByRole("listitem", { hidden: true });
    expect(items).toHaveLength(n);
    for (const li of items) expect(li.textContent).toMatch(/^“.*,.*” → “.*，.*”$/);
    fireEvent.click(dialogButton(dialog, "取消"));
    await dialogClosed();
    expect(gateway.callsOf("applyEdits")).toHaveLength(0);
    expect(gateway.doc.paragraphs[3]!.text).toContain(",");

    fireEvent.click(screen.getByRole("button", { name: `全部修复“${g.title}”的 ${n} 处问题` }));
    dialog = await screen.findByRole("alertdialog", { hidden: true });
    fireEvent.click(dialogButton(dialog, "确认修改"));
    expect(await screen.findByText(`已修复 ${n} 处。`)).toBeTruthy();
    const edits = gateway.callsOf("applyEdits")[0]!.args[0] as Edit[];
    expect(edits).toHaveLength(n);
    expect(edits.every((e) => e.op === "replaceText" && e.text === "，")).toBe(true);
    expect(gateway.doc.paragraphs.some((p) => p.text.includes(","))).toBe(false);
    await waitFor(() => expect(queryHeader(g.title)).toBeNull());
  });

  it("reports edits skipped because the paragraph changed after the check", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const g = groupOf("unit-line");
    // The writer edits the line after the check; the pane has not re-checked yet.
    const paras = draftParas();
    paras[1] = para("-某某财产保险股份有限公司");
    gateway.doc = buildDocument(paras);
    expand(header(g.title, 1));
    fireEvent.click(
      await within(groupItem("unit-line")).findByRole("button", { name: /^修复此条：/ })
    );
    expect(
      await screen.findByText("1 处所在段落在检查后被修改，已跳过：请重新检查后再修复。")
    ).toBeTruthy();
    expect(screen.getByText("已修复 0 处。")).toBeTruthy();
  });

  it("has no fix button for content findings", async () => {
    const paras = draftParas();
    paras[5] = para("我们公司在本地区开展安责险事故预防服务。".repeat(10));
    const gateway = new FakeGateway(buildDocument(paras));
    renderApp(gateway);
    await checked();
    const g = analyze(buildDocument(paras)).checklist.groups.find(
      (x) => x.ruleId === "first-person"
    )!;
    expand(header(g.title, g.findings.length));
    const item = groupItem("first-person");
    expect(await within(item).findAllByRole("button", { name: /^忽略此条：/ })).toHaveLength(
      g.findings.length
    );
    expect(within(item).queryAllByRole("button", { name: /^修复此条：/ })).toHaveLength(0);
    expect(within(item).queryByRole("button", { name: /^全部修复/ })).toBeNull();
  });
});

describe("decisions saved with the document", () => {
  it("saves an ignored finding and shows it ignored on a new mount", async () => {
    const gateway = new FakeGateway(draft());
    const first = renderApp(gateway);
    await checked();
    const g = groupOf("punctuation");
    const n = g.findings.length;
    expand(header(g.title, n));
    fireEvent.click(
      (await within(groupItem("punctuation")).findAllByRole("button", { name: /^忽略此条：/ }))[0]!
    );
    expect(header(g.title, n - 1)).toBeTruthy();
    await waitFor(() => expect(gateway.callsOf("writeState")).toHaveLength(1));
    expect(gateway.savedState.ignoredFindingIds).toEqual([g.findings[0]!.id]);
    first.unmount();

    renderApp(gateway);
    await checked();
    expect(gateway.callsOf("readState")).toHaveLength(2);
    expect(header(g.title, n - 1)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "恢复已忽略的问题（1 条）" }));
    expect(header(g.title, n)).toBeTruthy();
    await waitFor(() => expect(gateway.savedState.ignoredFindingIds).toEqual([]));
  });

  it("ignores a rule: listed under 已忽略的检查项 with 恢复, saved, and restored", async () => {
    const gateway = new FakeGateway(draft());
    const first = renderApp(gateway);
    await checked();
    const g = groupOf("punctuation");
    const { rulesTotal, rulesNotApplicable = 0 } = expected().summary;
    const total = rulesTotal - rulesNotApplicable;
    expand(header(g.title, g.findings.length));
    fireEvent.click(await screen.findByRole("button", { name: `忽略此项检查：${g.title}` }));
    // Asked first, in place: nothing is ignored until the writer confirms.
    expect(header(g.title, g.findings.length)).toBeTruthy();
    const yes = screen.getByRole("button", { name: "忽略这一项" });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(yes);
    expect(queryHeader(g.title)).toBeNull();
    // The group's place says so and offers 恢复, with the focus on it (never on <body>).
    expect(screen.getByText(`已忽略检查项“${g.title}”。`)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("button", { name: `恢复检查项：${g.title}` })
      )
    );
    expect(screen.getByText(new RegExp(`/ ${total - 1} 项通过`))).toBeTruthy();
    await waitFor(() => expect(gateway.savedState.ignoredRules).toEqual(["punctuation"]));
    first.unmount();

    renderApp(gateway);
    await checked();
    expect(queryHeader(g.title)).toBeNull();
    const restore = screen.getByRole("button", { name: `恢复检查项：${g.title}` });
    expect(restore.textContent).toBe("恢复");
    fireEvent.click(restore);
    expect(header(g.title, g.findings.length)).toBeTruthy();
    expect(screen.queryByTestId("ignored-rules")).toBeNull();
    await waitFor(() => expect(gateway.savedState.ignoredRules).toEqual([]));
  });

  it("writes one state at a time: a click during a write is saved by the next write", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    gateway.holdWrites();
    const g = groupOf("punctuation");
    expand(header(g.title, g.findings.length));
    const ignores = await within(groupItem("punctuation")).findAllByRole("button", {
      name: /^忽略此条：/,
    });
    fireEvent.click(ignores[0]!);
    fireEvent.click(
      within(groupItem("punctuation")).getAllByRole("button", { name: /^忽略此条：/ })[0]!
    );
    await waitFor(() => expect(gateway.heldWriteCount).toBe(1));
    // The second click waits for the first write.
    expect(gateway.callsOf("writeState")).toHaveLength(1);
    expect(header(g.title, g.findings.length - 2)).toBeTruthy();
    await act(async () => gateway.releaseWrite());
    await waitFor(() => expect(gateway.heldWriteCount).toBe(1));
    const second = gateway.callsOf("writeState")[1]!.args[0] as DocumentState;
    expect(second.ignoredFindingIds).toEqual([g.findings[0]!.id, g.findings[1]!.id]);
    await act(async () => gateway.releaseWrite());
    expect(gateway.savedState.ignoredFindingIds).toHaveLength(2);
    expect(gateway.callsOf("writeState")).toHaveLength(2);
  });

  it("shows a failed write and puts the pane back to what is saved", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    gateway.failWith("writeState", new GatewayError("writeFailed", "read-only"));
    const g = groupOf("punctuation");
    expand(header(g.title, g.findings.length));
    fireEvent.click(await screen.findByRole("button", { name: `忽略此项检查：${g.title}` }));
    fireEvent.click(screen.getByRole("button", { name: "忽略这一项" }));
    expect(await screen.findByText("未能保存到文档")).toBeTruthy();
    expect(screen.getByText(/窗格已恢复为文档中保存的状态/)).toBeTruthy();
    expect(header(g.title, g.findings.length)).toBeTruthy();
    expect(screen.queryByTestId("ignored-rules")).toBeNull();
    expect(gateway.savedState.ignoredRules).toEqual([]);
  });

  it("keeps ignoring off when the saved state cannot be read, and retries", async () => {
    const gateway = new FakeGateway(draft());
    gateway.failWith("readState", new GatewayError("readFailed", "part"));
    gateway.savedState = {
      version: 1,
      ignoredFindingIds: [],
      ignoredRules: ["punctuation"],
      handChecked: [],
    };
    renderApp(gateway);
    expect(await screen.findByText("未能读取文档中保存的忽略和核对记录")).toBeTruthy();
    const g = groupOf("unit-line");
    expand(header(g.title, 1));
    const ignore = await within(groupItem("unit-line")).findByRole("button", {
      name: /^忽略此条：/,
    });
    expect((ignore as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    await waitFor(() => expect(screen.getByTestId("ignored-rules")).toBeTruthy());
    expect(gateway.callsOf("writeState")).toHaveLength(0);
  });

  it("says when a saved record is damaged, and still saves new decisions", async () => {
    const gateway = new FakeGateway(draft());
    gateway.savedState = { ...EMPTY, unreadableParts: 2 };
    renderApp(gateway);
    const bar = await screen.findByTestId("state-damaged");
    expect(bar.textContent).toContain("2 处");
    expect(bar.textContent).toContain("不会改动或删除");
    const g = groupOf("unit-line");
    expand(header(g.title, 1));
    fireEvent.click(
      await within(groupItem("unit-line")).findByRole("button", { name: /^忽略此条：/ })
    );
    await waitFor(() => expect(gateway.callsOf("writeState")).toHaveLength(1));
  });

  it("saves hand-checked ticks and counts them", async () => {
    const gateway = new FakeGateway(draft());
    const first = renderApp(gateway);
    await checked();
    const hand = expected().hand;
    expect(screen.getByText(`已核对 0 / ${hand.length}`)).toBeTruthy();
    openHand();
    const truth = screen.getByRole("checkbox", { name: /^真实性：/ });
    fireEvent.click(truth);
    fireEvent.click(screen.getByRole("checkbox", { name: /^电子版 Word 和 PDF/ }));
    expect(screen.getByText(`已核对 2 / ${hand.length}`)).toBeTruthy();
    await waitFor(() =>
      expect([...gateway.savedState.handChecked].sort()).toEqual(["truth", "wordAndPdf"])
    );
    first.unmount();

    renderApp(gateway);
    await checked();
    expect(screen.getByText(`已核对 2 / ${hand.length}`)).toBeTruthy();
    openHand();
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: /^真实性：/ }).checked).toBe(
      true
    );
    // Every label comes from the messages module.
    for (const h of hand) expect(screen.getByText(h.label)).toBeTruthy();
  });
});

describe("tallies", () => {
  it("shows figures, tables and photos with their bounds", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const rows = Object.fromEntries(
      ["figures", "tables", "pictures"].map((id) => [
        id,
        document.querySelector(`[data-tally-id="${id}"]`)!.textContent,
      ])
    );
    expect(rows.figures).toBe("图0 张，不宜过多（不超过 10 张） · 符合");
    expect(rows.tables).toBe("表0 个，不宜过多（不超过 10 个） · 符合");
    expect(rows.pictures).toBe("照片0 张，要求不少于 2 张 · 不足");
  });
});

describe("申报书", () => {
  it("asks 追加到文末 / 替换全部内容 / 取消 before inserting into a non-empty document", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const open = async () => {
      openTools();
      fireEvent.click(screen.getByRole("button", { name: "插入申报书模板" }));
      const dialog = await screen.findByRole("alertdialog", { hidden: true });
      expect(within(dialog).getByText("插入申报书？")).toBeTruthy();
      return dialog;
    };

    let dialog = await open();
    fireEvent.click(dialogButton(dialog, "取消"));
    await dialogClosed();
    expect(gateway.callsOf("insertTemplate")).toHaveLength(0);

    dialog = await open();
    fireEvent.click(dialogButton(dialog, "追加到文末"));
    expect(await screen.findByText(/^已插入模板/)).toBeTruthy();
    expect(gateway.callsOf("insertTemplate")[0]!.args).toEqual(["form", { replace: false }]);
    expect(gateway.doc.paragraphs[0]!.text).toBe("安责险事故预防服务创新实践与探索");
    // The form is in the document now: the 案例类别 control appears.
    expect(await screen.findByRole("radiogroup")).toBeTruthy();
    await dialogClosed();

    // Appending a second form: the gateway's message is shown.
    dialog = await open();
    fireEvent.click(dialogButton(dialog, "追加到文末"));
    expect(await screen.findByText(renderText(FORM_PRESENT_MESSAGE))).toBeTruthy();
    expect(screen.getByText("未插入申报书")).toBeTruthy();
    await dialogClosed();

    dialog = await open();
    fireEvent.click(dialogButton(dialog, "替换全部内容"));
    await waitFor(() => expect(gateway.callsOf("insertTemplate")).toHaveLength(3));
    expect(gateway.callsOf("insertTemplate")[2]!.args).toEqual([
      "form",
      { replace: true, restore: "required" },
    ]);
    await dialogClosed();
  });

  it("ticks the chosen category and unticks the others with replaceText edits", async () => {
    // The form with two categories ticked (a form-category error), after the report.
    const specs = formParaSpecs().map((p) =>
      p.text.startsWith(`${BOX}组织实施管理类`) || p.text.startsWith(`${BOX}政策制度标准类`)
        ? { ...p, text: TICK + p.text.slice(1) }
        : p
    );
    const doc = buildDocument([...draftParas(), ...specs], { tableCount: 1 });
    const gateway = new FakeGateway(doc);
    renderApp(gateway);
    await checked();

    const group = screen.getByRole("radiogroup");
    const radios = within(group).getAllByRole<HTMLInputElement>("radio");
    expect(radios.map((r) => r.value)).toEqual(PROFILE_2023.form.categories);
    expect(radios.some((r) => r.checked)).toBe(false);
    expect(
      screen.getByText("申报书中勾选了 2 个类别（组织实施管理类、政策制度标准类）：请只选择一个。")
    ).toBeTruthy();
    // The form's findings are listed under their own heading.
    expect(screen.getByText("申报书：需要修改")).toBeTruthy();

    fireEvent.click(within(group).getByRole("radio", { name: "工具技术产品类" }));
    await waitFor(() => expect(gateway.callsOf("applyEdits")).toHaveLength(1));
    const at = (name: string) => doc.paragraphs.findIndex((p) => p.text.slice(1).startsWith(name));
    const edit = (name: string, text: string): Edit => ({
      op: "replaceText",
      target: refOf(doc.paragraphs[at(name)]!),
      span: [0, 1],
      text,
    });
    expect(gateway.callsOf("applyEdits")[0]!.args[0]).toEqual([
      edit("政策制度标准类", BOX),
      edit("工具技术产品类", TICK),
      edit("组织实施管理类", BOX),
    ]);
    expect(await screen.findByText("已勾选“工具技术产品类”。")).toBeTruthy();
    // After the re-check the control reflects the document.
    await waitFor(() =>
      expect(
        within(screen.getByRole("radiogroup")).getByRole<HTMLInputElement>("radio", {
          name: "工具技术产品类",
        }).checked
      ).toBe(true)
    );
    expect(screen.queryByText(/申报书中勾选了/)).toBeNull();
  });

  it("applies a choice made while the last one is written after the re-check, never stale", async () => {
    const doc = buildDocument([...draftParas(), ...formParaSpecs()], { tableCount: 1 });
    const gateway = new FakeGateway(doc);
    renderApp(gateway);
    await checked();
    const group = screen.getByRole("radiogroup");
    // Arrow keys in a radio group choose as they go: two choices in quick succession, the
    // second while the re-check after the first is still reading.
    gateway.holdReads();
    fireEvent.click(within(group).getByRole("radio", { name: "组织实施管理类" }));
    await waitFor(() => expect(gateway.heldReads).toBe(1));
    fireEvent.click(within(group).getByRole("radio", { name: "工具技术产品类" }));
    expect(
      within(group).getByRole<HTMLInputElement>("radio", { name: "工具技术产品类" }).checked
    ).toBe(true);
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(gateway.callsOf("applyEdits")).toHaveLength(1);
    gateway.stopHolding();
    await act(async () => gateway.releaseRead(0));
    await waitFor(() => expect(gateway.callsOf("applyEdits")).toHaveLength(2));
    expect(await screen.findByText("已勾选“工具技术产品类”。")).toBeTruthy();
    const ticked = gateway.doc.paragraphs.filter((p) => p.text.startsWith(TICK));
    expect(ticked.map((p) => p.text)).toEqual([`${TICK}工具技术产品类`]);
    // The second write was planned on the re-read form: nothing skipped as stale.
    const second = gateway.callsOf("applyEdits")[1]!.args[0] as Edit[];
    expect(second).toHaveLength(2);
    expect(screen.queryByText(/申报书在检查后被修改/)).toBeNull();
  });

  it("has no 案例类别 control when the document has no form", async () => {
    renderApp(new FakeGateway(draft()));
    await checked();
    expect(screen.queryByRole("radiogroup")).toBeNull();
  });
});

describe("导出提交材料", () => {
  const jpeg = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, n, 1, 2, 3, 0xff, 0xd9]);
  const DOCX = new Uint8Array([0x50, 0x4b, 3, 4, 9]);
  const PDF = new TextEncoder().encode("%PDF-1.7 test");
  /** A PNG → JPG converter standing in for the browser's canvas (jsdom has none). */
  const toJpeg = jest.fn(
    async (png: Uint8Array, dpi: number | null) =>
      new Uint8Array([0xff, 0xd8, png.length, dpi === null ? 0 : Math.round(dpi)])
  );

  it("zips the report, its PDF and the pictures by caption (PNG → JPG), and downloads 提交材料.zip", async () => {
    const gateway = new FakeGateway(draft());
    gateway.documentFiles = { docx: DOCX, pdf: PDF };
    gateway.pictures = [
      { fileName: "图1 隐患排查现场.jpg", contentType: "image/jpeg", bytes: jpeg(1) },
      { fileName: "图1 隐患排查现场 (2).jpg", contentType: "image/jpeg", bytes: jpeg(2) },
      { fileName: "图2 培训＿演练.png", contentType: "image/png", bytes: jpeg(3), dpi: 300 },
    ];
    const download = jest.fn<ReturnType<Downloader>, Parameters<Downloader>>(() => "started");
    renderApp(gateway, download, toJpeg);
    await checked();
    fireEvent.click(screen.getByRole("button", { name: "导出提交材料" }));
    const outcome = await screen.findByTestId("export-outcome");
    expect(download).toHaveBeenCalledTimes(1);
    const [bytes, name, type, host] = download.mock.calls[0]!;
    expect([name, type, host]).toEqual(["提交材料.zip", "application/zip", "Windows"]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      "案例报告.docx",
      "案例报告.pdf",
      "图片/图1 隐患排查现场.jpg",
      "图片/图1 隐患排查现场 (2).jpg",
      "图片/图2 培训＿演练.jpg",
    ]);
    expect(Array.from(files["案例报告.docx"]!)).toEqual(Array.from(DOCX));
    expect(Array.from(files["图片/图1 隐患排查现场 (2).jpg"]!)).toEqual(Array.from(jpeg(2)));
    expect(Array.from(files["图片/图2 培训＿演练.jpg"]!)).toEqual([0xff, 0xd8, 9, 300 & 0xff]);
    // The names are stored as UTF-8 (general-purpose flag bit 11).
    expect(bytes[7]! & 0x08).toBe(0x08);
    expect(strFromU8(bytes.subarray(30, 30 + 12))).toContain("案例报告");
    expect(within(outcome).getByText(/^已开始下载“提交材料.zip”（5 个文件）/)).toBeTruthy();
    expect(within(outcome).getByText("图片/图2 培训＿演练.jpg")).toBeTruthy();
    expect(within(outcome).getByText(/1 张 PNG 图片已转为 JPG/)).toBeTruthy();
    // The draft still has errors: said next to the button and in the outcome (the verdict's count).
    const errors = verdictCounts(
      analyze(draft()).checklist.groups.flatMap((g) => g.findings)
    ).error;
    expect(errors).toBeGreaterThan(0);
    const caution = `报告还有 ${errors} 个错误未改正：提交前请先改正（见上方“检查”）。`;
    expect(screen.getByTestId("export-caution").textContent).toBe(caution);
    expect(within(outcome).getByText(caution)).toBeTruthy();
  });

  it("Word on the web gives no document file: the zip has the pictures, and the pane says how to add the rest", async () => {
    const gateway = new FakeGateway(draft());
    gateway.caps = { ...gateway.caps, host: "Web" };
    gateway.pictures = [{ fileName: "图1 现场.jpg", contentType: "image/jpeg", bytes: jpeg(1) }];
    const download = jest.fn<ReturnType<Downloader>, Parameters<Downloader>>(() => "started");
    renderApp(gateway, download, toJpeg);
    await checked();
    fireEvent.click(screen.getByRole("button", { name: "导出提交材料" }));
    const outcome = await screen.findByTestId("export-outcome");
    expect(Object.keys(unzipSync(download.mock.calls[0]![0]))).toEqual(["图片/图1 现场.jpg"]);
    expect(within(outcome).getByText(/^Word 网页版不能从加载项导出文档/)).toBeTruthy();
  });

  it("a failed PDF is said, not silently left out", async () => {
    const gateway = new FakeGateway(draft());
    gateway.documentFiles = { docx: DOCX, pdf: new GatewayError("readFailed", "getFileAsync") };
    gateway.pictures = [{ fileName: "图1 现场.jpg", contentType: "image/jpeg", bytes: jpeg(1) }];
    const download = jest.fn<ReturnType<Downloader>, Parameters<Downloader>>(() => "started");
    renderApp(gateway, download, toJpeg);
    await checked();
    fireEvent.click(screen.getByRole("button", { name: "导出提交材料" }));
    const outcome = await screen.findByTestId("export-outcome");
    expect(Object.keys(unzipSync(download.mock.calls[0]![0]))).toEqual([
      "案例报告.docx",
      "图片/图1 现场.jpg",
    ]);
    expect(within(outcome).getByText(/^Word 未能导出 PDF/)).toBeTruthy();
  });

  it("lists the files and gives the CLI where the host blocks downloads (Office on Mac)", async () => {
    const gateway = new FakeGateway(draft());
    gateway.caps = { ...gateway.caps, host: "Mac" };
    gateway.documentFiles = { docx: DOCX, pdf: PDF };
    gateway.pictures = [{ fileName: "图1 现场.jpg", contentType: "image/jpeg", bytes: jpeg(1) }];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click");
    renderApp(gateway, undefined, toJpeg);
    await checked();
    fireEvent.click(screen.getByRole("button", { name: "导出提交材料" }));
    const outcome = await screen.findByTestId("export-outcome");
    expect(within(outcome).getByText(/case-report package/)).toBeTruthy();
    expect(within(outcome).getByText(/^此版本 Word 的任务窗格不能下载文件/)).toBeTruthy();
    expect(within(outcome).getByText("图片/图1 现场.jpg")).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });

  it("says when there is nothing to export, and shows a failed export with a retry", async () => {
    const gateway = new FakeGateway(draft());
    gateway.failWith("exportPictures", new GatewayError("readFailed", "getOoxml"));
    renderApp(gateway);
    await checked();
    fireEvent.click(screen.getByRole("button", { name: "导出提交材料" }));
    expect(await screen.findByText("无法读取文档")).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "重试" }).at(-1)!);
    expect(await screen.findByText(/^没有可导出的内容/)).toBeTruthy();
  });
});
