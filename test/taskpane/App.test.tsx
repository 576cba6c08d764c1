/**
 * @fileoverview The pane end to end in jsdom over a fake gateway and the real core (analyze,
 * planFormatting): the live checklist for a built draft, selecting a finding, one-click
 * formatting, template insertion with confirm-before-replace, errors with retry, watch-driven
 * re-checks with superseded results dropped, ignores, and the English locale.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyze } from "../../src/core/analyze";
import { buildDocument, para, type ParaSpec } from "../fixtures/model-builders";
import { GatewayError } from "../../src/core/gateway";
import { planFormatting } from "../../src/core/plan";
import { PROFILE_2023 } from "../../src/core/profile";
import { refOf, type ReportDocument } from "../../src/core/model";
import { App } from "../../src/taskpane/App";
import { FakeGateway, templateDocument } from "./fakeGateway";
import {
  renderWithProviders,
  expand,
  groupItem,
  openPassed,
  openTools,
  belowFold,
} from "./renderWithProviders";

// Fluent in jsdom on two CPUs shared by six engineers: role queries over a full pane are slow.
jest.setTimeout(30000);

/** A first draft typed without styles: counts too low, first person, nothing formatted. */
function draftParas(): ParaSpec[] {
  return [
    para("安责险事故预防服务创新实践与探索"),
    para("——某某财产保险股份有限公司某某分公司"),
    para("单位简介"),
    para("某某分公司成立于2005年，是一家财产保险公司。".repeat(5)),
    para("一、实施背景"),
    para("我们公司在本地区开展安责险事故预防服务。".repeat(10)),
    para("二、主要做法"),
    para("（一）建立隐患排查台账"),
    para("企业每月开展隐患排查。".repeat(30)),
    para("三、实施效果"),
    para("事故率下降。".repeat(10)),
  ];
}
const draft = () => buildDocument(draftParas());

function renderApp(gateway: FakeGateway, locale: "zh-CN" | "en-US" = "zh-CN") {
  return renderWithProviders(<App gateway={gateway} locale={locale} />, { locale });
}

/** Waits until the first check has rendered its summary, and the parts below it. */
async function checked(text = /项通过/) {
  const summary = await screen.findByText(text, {}, { timeout: 5000 });
  await belowFold();
  return summary;
}

function group(name: RegExp) {
  return screen.getByRole("button", { name });
}

describe("live checklist", () => {
  it("shows the counts, the summary and the findings grouped by rule for a draft", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();

    // Counts: value, bound and status in the Field hint; a ProgressBar per row.
    expect(screen.getByText("16 字，要求不超过 20 字 · 符合")).toBeTruthy();
    expect(screen.getByText("105 字，要求 300–400 字 · 不足")).toBeTruthy();
    expect(screen.getByText("619 字，要求不少于 3000 字 · 不足")).toBeTruthy();
    expect(screen.getByText("347 字，要求不少于 2000 字 · 不足")).toBeTruthy();
    expect(screen.getByText("56%，要求不少于 70% · 不足")).toBeTruthy();
    for (const label of ["题目", "单位简介", "正文", "主要做法", "主要做法占正文", "实施效果"]) {
      expect(screen.getByText(label, { selector: "label" })).toBeTruthy();
    }
    const expected = analyze(draft(), PROFILE_2023, { locale: "zh-CN" }).checklist;
    // A bar only for a count with a bound to fill toward (实施背景 and 实施效果 have none).
    for (const c of expected.counts) {
      const row = document.querySelector(`[data-count-id="${c.id}"]`)!;
      const bounded = c.min !== undefined || c.max !== undefined;
      expect([c.id, within(row as HTMLElement).queryAllByRole("progressbar").length]).toEqual([
        c.id,
        bounded ? 1 : 0,
      ]);
    }

    // M leaves out the rules that did not apply (no 申报书 …), said apart.
    const { rulesPassed, rulesTotal, rulesNotApplicable = 0 } = expected.summary;
    expect(rulesNotApplicable).toBeGreaterThan(0);
    expect(
      screen.getByText(
        new RegExp(
          `^${rulesPassed} / ${rulesTotal - rulesNotApplicable} 项通过 · 另有 ${rulesNotApplicable} 项不适用`
        )
      )
    ).toBeTruthy();

    // Each failing rule is an h3 accordion header whose name says the count.
    const person = expected.groups.find((g) => g.ruleId === "first-person")!;
    const header = group(new RegExp(`^${person.title}：${person.findings.length} 个问题$`));
    expect(header.closest("h3")).not.toBeNull();
    // Collapsed: its findings are not rendered.
    expect(header.getAttribute("aria-expanded")).toBe("false");
    expect(within(groupItem("first-person")).queryByText(person.findings[0]!.message)).toBeNull();
    fireEvent.click(header);
    // A row per finding: its label says the severity and the whole message.
    const message = person.findings[0]!.message;
    expect(
      await within(groupItem("first-person")).findAllByRole("button", {
        name: new RegExp(`^错误：${escape(message)}`),
      })
    ).toHaveLength(person.findings.filter((f) => f.message === message).length);

    // Passing rules are listed with ✓; rules that did not apply are not among them.
    const passed = expected.groups.filter((g) => g.findings.length === 0 && g.status === "passed");
    expect(passed.length).toBeGreaterThan(0);
    // They are collapsed under a header that counts them.
    const passedList = openPassed();
    for (const g of passed) expect(within(passedList).getByText(g.title)).toBeTruthy();
    expect(within(passedList).getAllByText("✓")).toHaveLength(passed.length);
    const notApplicable = expected.groups.filter((g) => g.status === "notApplicable");
    for (const g of notApplicable) expect(within(passedList).queryByText(g.title)).toBeNull();
    expect(
      within(screen.getByTestId("not-applicable")).getByRole("button", {
        name: `不适用（${notApplicable.length} 项）`,
      })
    ).toBeTruthy();
  });

  it("selects a finding's place when the finding is clicked", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const expected = analyze(draft()).checklist.groups.find(
      (g) => g.ruleId === "unit-intro-length"
    )!;
    expand(group(new RegExp(`^${expected.title}：1 个问题$`)));
    const finding = await screen.findByRole("button", {
      name: new RegExp(`^错误：${escape(expected.findings[0]!.message)}`),
    });
    fireEvent.click(finding);
    await waitFor(() => expect(gateway.callsOf("select")).toHaveLength(1));
    expect(gateway.callsOf("select")[0]!.args[0]).toEqual(expected.findings[0]!.target);
  });

  it("selects the section's first paragraph for a page-setup finding, with no error", async () => {
    const base = draft();
    const letter: ReportDocument = {
      ...base,
      sections: base.sections.map((s) => ({ ...s, pageWidth: 12240, pageHeight: 15840 })),
    };
    const gateway = new FakeGateway(letter);
    renderApp(gateway);
    await checked();
    const g = analyze(letter).checklist.groups.find((x) => x.ruleId === "page-setup")!;
    expect(g.findings[0]!.target).toEqual({ kind: "section", section: 0 });
    expand(group(new RegExp(`^${g.title}：`)));
    fireEvent.click(
      await within(groupItem("page-setup")).findByRole("button", {
        name: new RegExp(`^错误：${escape(g.findings[0]!.message)}`),
      })
    );
    await waitFor(() => expect(gateway.callsOf("select")).toHaveLength(1));
    expect(gateway.callsOf("select")[0]!.args[0]).toEqual({
      kind: "paragraph",
      paragraph: refOf(letter.paragraphs[0]!),
    });
    await waitFor(() => expect(screen.queryByText("找不到该位置")).toBeNull());
  });

  it("says the place changed when select rejects with targetNotFound, and re-checks on request", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    gateway.failWith("select", new GatewayError("targetNotFound", "gone"));
    const title = analyze(draft()).checklist.groups.find((g) => g.ruleId === "first-person")!.title;
    expand(group(new RegExp(`^${title}：`)));
    fireEvent.click(
      (await screen.findAllByRole("button", { name: /^错误：“我们”是第一人称/ }))[0]!
    );
    expect(await screen.findByText("该位置已被修改，请重新检查")).toBeTruthy();
    const reads = gateway.callsOf("readDocument").length;
    fireEvent.click(screen.getAllByRole("button", { name: "重新检查" }).at(-1)!);
    await waitFor(() => expect(gateway.callsOf("readDocument").length).toBe(reads + 1));
    await waitFor(() => expect(screen.queryByText("该位置已被修改，请重新检查")).toBeNull());
    // Two whole checks and a re-render per click in jsdom: 13–37 s on a loaded 2-core machine.
  }, 90_000);

  it("ignores a finding once and restores it", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const g = analyze(draft()).checklist.groups.find((x) => x.ruleId === "first-person")!;
    const n = g.findings.length;
    expand(group(new RegExp(`^${g.title}：${n} 个问题$`)));
    const ignores = await within(groupItem("first-person")).findAllByRole("button", {
      name: /^忽略此条：/,
    });
    expect(ignores).toHaveLength(n);
    fireEvent.click(ignores[0]!);
    expect(group(new RegExp(`^${g.title}：${n - 1} 个问题$`))).toBeTruthy();
    expect(
      within(groupItem("first-person")).getAllByRole("button", { name: /^忽略此条：/ })
    ).toHaveLength(n - 1);
    fireEvent.click(screen.getByRole("button", { name: "恢复已忽略的问题（1 条）" }));
    expect(group(new RegExp(`^${g.title}：${n} 个问题$`))).toBeTruthy();
    // Both decisions are saved with the document, one write after the other.
    await waitFor(() => expect(gateway.callsOf("writeState")).toHaveLength(2));
    await waitFor(() => expect(gateway.savedState.ignoredFindingIds).toEqual([]));
    // jsdom renders the whole checklist three times here: 25–30 s on a loaded 2-core machine.
  }, 90_000);

  it("shows a rejected read as a Chinese error with a retry that works", async () => {
    const gateway = new FakeGateway(draft());
    gateway.failWith("readDocument", new GatewayError("readFailed", "GeneralException"));
    renderApp(gateway);
    expect(await screen.findByText("无法读取文档")).toBeTruthy();
    expect(
      screen.getByText("请稍候重试；若文档处于限制编辑或兼容模式，请先另存为 .docx。")
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    await checked();
    expect(screen.queryByText("无法读取文档")).toBeNull();
    expect(gateway.callsOf("readDocument")).toHaveLength(2);
  });

  it("maps documentTooLarge and unknown errors to their way forward", async () => {
    const gateway = new FakeGateway(draft());
    gateway.failWith("readDocument", new GatewayError("documentTooLarge", "big"));
    renderApp(gateway);
    expect(await screen.findByText("文档过大，无法实时检查")).toBeTruthy();
    gateway.failWith("readDocument", new TypeError("x is undefined"));
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByText("出现意外错误")).toBeTruthy();
  });

  it("re-checks when the gateway reports a change, and stops watching on unmount", async () => {
    const gateway = new FakeGateway(draft());
    const view = renderApp(gateway);
    await checked();
    expect(gateway.watchOptions).toEqual([{ debounceMs: 600 }]);
    expect(screen.getByText("16 字，要求不超过 20 字 · 符合")).toBeTruthy();

    const paras = draftParas();
    paras[0] = para("安责险事故预防服务创新实践与探索——以某某市危化品企业为例的经验");
    act(() => gateway.change(buildDocument(paras)));
    expect(await screen.findByText(/字，要求不超过 20 字 · 超出$/)).toBeTruthy();

    view.unmount();
    expect(gateway.watching).toBe(0);
    expect(gateway.unsubscribed).toBe(1);
  });

  it("keeps the previous results while re-checking and drops a superseded re-check", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();

    gateway.holdReads();
    const longer = draftParas();
    longer[0] = para("题目改为二十一个字以上的很长很长很长很长很长很长的题目");
    const shorter = draftParas();
    shorter[0] = para("短题目");
    act(() => gateway.change(buildDocument(longer))); // read #0 (superseded)
    act(() => gateway.change(buildDocument(shorter))); // read #1 (newest)
    expect(await screen.findByText("正在检查…")).toBeTruthy();
    // Previous results still visible.
    expect(screen.getByText("16 字，要求不超过 20 字 · 符合")).toBeTruthy();

    await act(async () => gateway.releaseRead(1, buildDocument(shorter)));
    expect(await screen.findByText("3 字，要求不超过 20 字 · 符合")).toBeTruthy();
    await act(async () => gateway.releaseRead(0, buildDocument(longer)));
    // The superseded result never replaces the newer one.
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByText("3 字，要求不超过 20 字 · 符合")).toBeTruthy();
    expect(screen.queryByText(/超出$/)).toBeNull();
    expect(screen.queryByText("正在检查…")).toBeNull();
  });
});

describe("one-click formatting", () => {
  it("applies the planned edits, shows what was applied, then re-checks", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    const planned = planFormatting(analyze(draft()).classified, PROFILE_2023);
    expect(planned.length).toBeGreaterThan(0);
    const reads = gateway.callsOf("readDocument").length;

    fireEvent.click(screen.getAllByRole("button", { name: "一键排版" })[0]!);
    expect(await screen.findByText(`已为 ${planned.length} 个段落套用样式。`)).toBeTruthy();
    expect(gateway.callsOf("applyEdits")).toHaveLength(1);
    expect(gateway.callsOf("applyEdits")[0]!.args[0]).toEqual(planned);
    expect(screen.getByText("已核对：文字未改动。")).toBeTruthy();
    // Planned from the checklist's read (issue 7: no second read of the document), then the
    // re-check.
    await waitFor(() => expect(gateway.callsOf("readDocument").length).toBe(reads + 1));
  });

  it("gives the manual page steps and what could not be repaired", async () => {
    const gateway = new FakeGateway(draft());
    gateway.applyResult = (edits) => ({
      applied: edits.length - 2,
      skippedStale: 2,
      page: "unsupported",
      stylesRepaired: ["案例-正文"],
      stylesNotRepaired: ["案例-题目"],
      unverified: [],
      textUnchanged: true,
      notDone: ["manualPageSetup"],
    });
    renderApp(gateway);
    await checked();
    fireEvent.click(screen.getAllByRole("button", { name: "一键排版" })[0]!);
    expect(
      await screen.findByText(
        "此版本 Word 不能自动设置纸张，请手动设置：布局 → 纸张大小 → A4，纸张方向 → 纵向。"
      )
    ).toBeTruthy();
    expect(screen.getByText("已修复样式：案例-正文。")).toBeTruthy();
    expect(screen.getByText(/^以下样式在此版本 Word 中无法自动修复：案例-题目。/)).toBeTruthy();
    expect(screen.getByText("2 个段落在检查后被修改，已跳过：请再次一键排版。")).toBeTruthy();
    // The page steps are given once, not again for notDone "manualPageSetup".
    expect(screen.getAllByText(/布局 → 纸张大小/)).toHaveLength(1);
  });

  it("tells the writer to undo after a partial write", async () => {
    const gateway = new FakeGateway(draft());
    gateway.failWith("applyEdits", new GatewayError("writeFailed", "sync", { partial: true }));
    renderApp(gateway);
    await checked();
    fireEvent.click(screen.getAllByRole("button", { name: "一键排版" })[0]!);
    expect(
      await screen.findByText("文档可能已部分修改：请先重新检查，看清当前状态后再重试")
    ).toBeTruthy();
    expect(screen.getByText("修改未完成")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    await waitFor(() => expect(gateway.callsOf("applyEdits")).toHaveLength(2));
    expect(await screen.findByText(/个段落套用样式。$/)).toBeTruthy();
  });
});

describe("template", () => {
  it("asks before replacing a non-empty document, and Cancel writes nothing", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    openTools();
    fireEvent.click(screen.getByRole("button", { name: "插入案例报告模板" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByText("替换文档内容？")).toBeTruthy();
    fireEvent.click(dialogButton(dialog, "取消"));
    // Gone from the DOM, not only hidden (its exit motion has finished).
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(gateway.callsOf("isEmpty")).toHaveLength(1);
    expect(gateway.callsOf("insertTemplate")).toHaveLength(0);
    expect(gateway.doc.paragraphs[0]!.text).toBe("安责险事故预防服务创新实践与探索");
  });

  it("replaces after confirmation and re-checks", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway);
    await checked();
    openTools();
    fireEvent.click(screen.getByRole("button", { name: "插入案例报告模板" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    fireEvent.click(dialogButton(dialog, "替换为模板"));
    expect(await screen.findByText("已插入模板（10 段）。")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    // In the 模板 area while it collapses, and at the top of the checklist once it has.
    expect(screen.getAllByText("页面已设为 A4 纵向。").length).toBeGreaterThan(0);
    expect(gateway.callsOf("insertTemplate")[0]!.args).toEqual([
      "report",
      { replace: true, restore: "required" },
    ]);
    // The re-check after insertion shows the template's counts.
    const title = analyze(templateDocument()).checklist.counts.find((c) => c.id === "title")!;
    expect(await screen.findByText(`${title.value} 字，要求不超过 20 字 · 符合`)).toBeTruthy();
  });

  it("inserts into an empty document without asking", async () => {
    const gateway = new FakeGateway(buildDocument([para("")]));
    renderApp(gateway);
    await screen.findByTestId("document-kind", {}, { timeout: 5000 });
    await belowFold();
    openTools();
    fireEvent.click(screen.getByRole("button", { name: "插入申报书模板" }));
    expect(await screen.findByText(/^已插入模板/)).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(gateway.callsOf("insertTemplate")[0]!.args).toEqual(["form", { replace: false }]);
  });
});

describe("locale", () => {
  it("renders the pane in English for en-US", async () => {
    const gateway = new FakeGateway(draft());
    renderApp(gateway, "en-US");
    await checked(/checks pass/);
    expect(screen.getByRole("button", { name: "Format in one click" })).toBeTruthy();
    expect(screen.getByText("16 字, at most 20 字 allowed · OK")).toBeTruthy();
  });
});

/**
 * A button of the open dialog. `hidden: true` because, under load, tabster in jsdom sometimes
 * leaves aria-hidden on a modal surface it has just activated (a timing quirk of the test
 * environment; repeated open/cancel in one render stays accessible).
 */
function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
