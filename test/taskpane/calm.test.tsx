/**
 * @fileoverview Calm states (issue 9): before the first result the pane says the check is under
 * way — never "尚未检查。" while a read runs — and, once the document is read, how many paragraphs
 * the rules run on; an empty document shows only the call to action (no 结构, 人工核对 or 导出).
 */
import { act, screen } from "@testing-library/react";
import { buildDocument, para } from "../fixtures/model-builders";
import { App } from "../../src/taskpane/App";
import { ChecklistSection } from "../../src/taskpane/components/ChecklistSection";
import { initialPaneState, paneReducer, type CheckState } from "../../src/taskpane/reducer";
import { FakeGateway } from "./fakeGateway";
import { renderWithProviders } from "./renderWithProviders";

jest.setTimeout(30000);

function section(check: CheckState) {
  return renderWithProviders(
    <ChecklistSection
      check={check}
      checklist={null}
      ignoredCount={0}
      crashed={[]}
      selectError={null}
      onRecheck={jest.fn()}
      onSelect={jest.fn()}
      onIgnore={jest.fn()}
      onRestoreIgnored={jest.fn()}
      onDismissError={jest.fn()}
    />
  );
}

describe("a long first check", () => {
  it("reading: 正在检查… and what is happening, never 尚未检查", () => {
    const state = paneReducer(initialPaneState, { type: "check/started", request: 1 });
    section(state.check);
    expect(screen.getAllByText("正在检查…").length).toBeGreaterThan(0);
    expect(screen.getByTestId("first-check").textContent).toBe(
      "正在读取文档并检查，结果稍后显示在这里。"
    );
    expect(screen.queryByText(/尚未检查/)).toBeNull();
  });

  it("before the first request starts (the pane's first paint), the same", () => {
    section(initialPaneState.check);
    expect(screen.getAllByText("正在检查…").length).toBeGreaterThan(0);
    expect(screen.queryByText(/尚未检查/)).toBeNull();
  });

  it("read: the number of paragraphs being checked; a superseded read says nothing", () => {
    let state = paneReducer(initialPaneState, { type: "check/started", request: 1 });
    state = paneReducer(state, { type: "check/started", request: 2 });
    const stale = paneReducer(state, { type: "check/read", request: 1, paragraphs: 9 });
    expect(stale.check.progress).toBeNull();
    state = paneReducer(state, { type: "check/read", request: 2, paragraphs: 5331 });
    expect(state.check.progress).toEqual({ paragraphs: 5331 });
    section(state.check);
    expect(screen.getByText("正在检查 5331 段…")).toBeTruthy();
  });

  it("the progress ends with the check", () => {
    let state = paneReducer(initialPaneState, { type: "check/started", request: 1 });
    state = paneReducer(state, { type: "check/read", request: 1, paragraphs: 12 });
    state = paneReducer(state, {
      type: "check/failed",
      request: 1,
      error: { area: "check", key: "k", code: "readFailed", partial: false },
    });
    expect(state.check.progress).toBeNull();
  });

  it("in the pane: the held read shows 正在检查…, then the result", async () => {
    const gateway = new FakeGateway(
      buildDocument([para("安责险服务创新实践"), para("——某某保险股份有限公司某分公司")])
    );
    gateway.holdReads();
    renderWithProviders(<App gateway={gateway} locale="zh-CN" />, { locale: "zh-CN" });
    expect((await screen.findAllByText("正在检查…")).length).toBeGreaterThan(0);
    expect(screen.queryByText(/尚未检查/)).toBeNull();
    await act(async () => gateway.releaseRead(0));
    expect(await screen.findByText(/项通过/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId("first-check")).toBeNull();
  });
});

describe("a long read in parts", () => {
  it("says how much is read: 正在检查 N 段（已读取 i / k）…, then 正在检查 N 段…", () => {
    let state = paneReducer(initialPaneState, { type: "check/started", request: 1 });
    const stale = paneReducer(state, {
      type: "check/progress",
      request: 0,
      paragraphs: 9,
      partsRead: 0,
      parts: 2,
    });
    expect(stale.check.progress).toBeNull();
    state = paneReducer(state, {
      type: "check/progress",
      request: 1,
      paragraphs: 812,
      partsRead: 1,
      parts: 7,
    });
    const view = section(state.check);
    expect(screen.getByText("正在检查 812 段（已读取 1 / 7）…")).toBeTruthy();
    view.unmount();
    // One part only (a text-only report): no fraction.
    state = paneReducer(state, {
      type: "check/progress",
      request: 1,
      paragraphs: 812,
      partsRead: 0,
      parts: 1,
    });
    section(state.check);
    expect(screen.getByText("正在检查 812 段…")).toBeTruthy();
  });

  it("in the pane: progress shows only once the read is long (≥ 300 ms), then each step", async () => {
    const gateway = new FakeGateway(
      buildDocument([para("安责险服务创新实践"), para("——某某保险股份有限公司某分公司")])
    );
    gateway.holdReads();
    renderWithProviders(<App gateway={gateway} locale="zh-CN" />, { locale: "zh-CN" });
    expect((await screen.findAllByText("正在检查…")).length).toBeGreaterThan(0);
    // At once: a short read would re-render for nothing, so it is not shown yet.
    act(() => gateway.reportProgress(0, { paragraphs: 2, partsRead: 0, parts: 3 }));
    expect(screen.queryByText(/已读取/)).toBeNull();
    // The read is long now: the latest progress shows, and each step after it.
    expect(
      (await screen.findAllByText("正在检查 2 段（已读取 0 / 3）…", {}, { timeout: 3000 })).length
    ).toBeGreaterThan(0);
    act(() => gateway.reportProgress(0, { paragraphs: 2, partsRead: 2, parts: 3 }));
    expect(screen.getAllByText("正在检查 2 段（已读取 2 / 3）…").length).toBeGreaterThan(0);
    await act(async () => gateway.releaseRead(0));
    expect(await screen.findByText(/项通过/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText(/已读取/)).toBeNull();
  });
});

describe("an empty document", () => {
  it("shows only the call to action: no 结构, 人工核对 or 导出提交材料", async () => {
    renderWithProviders(<App gateway={new FakeGateway(buildDocument([]))} locale="zh-CN" />, {
      locale: "zh-CN",
    });
    expect(await screen.findByText("文档为空，请先插入模板", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入案例报告模板" })).toBeTruthy();
    expect(screen.queryByText(/人工核对/)).toBeNull();
    expect(screen.queryByText("导出提交材料")).toBeNull();
    expect(screen.queryByText("结构")).toBeNull();
  });
});
