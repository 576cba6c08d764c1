/**
 * @fileoverview The first checklist's provisional 字数 (issue 7): once the whole read's paragraph
 * batch is back and the check has taken 300 ms, the pane shows the 字数 rows of the text alone,
 * marked as provisional (按文字初步统计，正在读取格式…), with no verdict, finding or 项通过; the
 * checklist replaces them when the whole read is back; a read back sooner shows none (no flash);
 * a re-check never shows provisional rows.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { provisionalChecklist } from "../../src/core/provisional";
import { initialPaneState, paneReducer } from "../../src/taskpane/reducer";
import { asRole, autoNumber, buildDocument, para } from "../fixtures/model-builders";
import { batchOf } from "../fixtures/batch";
import { zh } from "../core/helpers";
import { FakeGateway } from "./fakeGateway";
import { renderWithProviders } from "./renderWithProviders";

jest.setTimeout(30000);

/** A report whose 一、二、三、 come from Word's lists: text-only reading finds no 正文 part. */
function numberedReport() {
  const heading = (text: string, label: string) =>
    para(text, { ...asRole("body"), numbering: autoNumber(label, 0, "chineseCounting") });
  return buildDocument([
    para("安责险事故预防服务创新实践", asRole("title")),
    para("——某某保险股份有限公司某分公司", asRole("unitLine")),
    para("单位简介", asRole("unitIntroHeading")),
    para(zh(350), asRole("unitIntro")),
    heading("行业风险形势", "一、"),
    para(zh(500), asRole("body")),
    heading("风险减量服务体系", "二、"),
    para(zh(2100), asRole("body")),
    heading("服务成果", "三、"),
    para(zh(400), asRole("body")),
  ]);
}

/** The hint of the count row `id` in `root`. */
function rowText(root: HTMLElement, id: string): string {
  const row = root.querySelector(`[data-count-id="${id}"]`);
  if (!row) throw new Error(`no count row ${id}`);
  return (row.closest("div") ?? row).textContent ?? "";
}

describe("reducer: check/provisional", () => {
  const provisional = provisionalChecklist(batchOf(numberedReport()));
  it("is kept only for the newest request, while checking, before any checklist; the check's end clears it", () => {
    let state = paneReducer(initialPaneState, { type: "check/started", request: 1 });
    const stale = paneReducer(state, { type: "check/provisional", request: 0, provisional });
    expect(stale.check.provisional ?? null).toBeNull();
    state = paneReducer(state, { type: "check/provisional", request: 1, provisional });
    expect(state.check.provisional).toBe(provisional);
    const failed = paneReducer(state, {
      type: "check/failed",
      request: 1,
      error: { area: "check", key: "k", code: "readFailed", partial: false },
    });
    expect(failed.check.provisional).toBeNull();
  });
});

/**
 * Mounts the pane on {@link numberedReport} with its first read held, and reports the read's
 * paragraph batch (the first progress of a whole read); returns the gateway (release read 0).
 */
async function firstCheckWithBatch(): Promise<FakeGateway> {
  const doc = numberedReport();
  const gateway = new FakeGateway(doc);
  gateway.holdReads();
  renderWithProviders(<App gateway={gateway} locale="zh-CN" />, { locale: "zh-CN" });
  expect((await screen.findAllByText("正在检查…")).length).toBeGreaterThan(0);
  act(() =>
    gateway.reportProgress(0, { paragraphs: 10, partsRead: 0, parts: 1, batch: batchOf(doc) })
  );
  return gateway;
}

describe("the pane's first check", () => {
  it("on a read longer than 300 ms, shows the provisional 字数, without verdict, findings or 项通过, then the checklist in their place", async () => {
    const gateway = await firstCheckWithBatch();
    const box = await screen.findByTestId("provisional", {}, { timeout: 3000 });
    expect(within(box).getByText("按文字初步统计，正在读取格式…")).toBeTruthy();
    // The three numbered headings are why the figures may move: said with their number.
    expect(within(box).getByText(/^文档中有 3 段自动编号：/)).toBeTruthy();
    // Text-only: the numbered headings are not seen, so 正文 is not found yet — said so, not 缺失.
    expect(rowText(box, "body")).toContain("暂未找到，读取格式后再确认");
    expect(rowText(box, "unitIntro")).toContain("3368 字，要求 300–400 字");
    expect(box.textContent).not.toMatch(/超出|不足|缺失|符合/);
    expect(screen.queryByTestId("verdict")).toBeNull();
    expect(screen.queryByText(/项通过/)).toBeNull();
    expect(screen.queryByText(/需要修改/)).toBeNull();
    expect(screen.queryByTestId("first-check")).toBeNull();

    await act(async () => gateway.releaseRead(0));
    expect(await screen.findByText(/项通过/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId("provisional")).toBeNull();
    expect(screen.getByTestId("verdict")).toBeTruthy();
    const counts = screen.getByRole("group", { name: "字数" });
    expect(rowText(counts, "body")).toContain("3018 字");
    expect(rowText(counts, "unitIntro")).toContain("350 字，要求 300–400 字");
  });

  it("a re-check never shows provisional rows: the checklist stays", async () => {
    const doc = numberedReport();
    const gateway = new FakeGateway(doc);
    renderWithProviders(<App gateway={gateway} locale="zh-CN" />, { locale: "zh-CN" });
    expect(await screen.findByText(/项通过/, {}, { timeout: 5000 })).toBeTruthy();
    gateway.holdReads();
    fireEvent.click(screen.getByRole("button", { name: "重新检查" }));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(gateway.heldReads).toBe(1);
    const i = 0; // the first read held
    act(() =>
      gateway.reportProgress(i, { paragraphs: 10, partsRead: 0, parts: 1, batch: batchOf(doc) })
    );
    // Longer than the 300 ms after which a first check would show them.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 400));
    });
    expect(screen.queryByTestId("provisional")).toBeNull();
    expect(screen.getByText(/项通过/)).toBeTruthy();
    await act(async () => gateway.releaseRead(i));
  });

  it("a first read back within 300 ms shows no provisional rows: the checklist comes without a flash", async () => {
    const gateway = await firstCheckWithBatch();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.queryByTestId("provisional")).toBeNull();
    await act(async () => gateway.releaseRead(0));
    expect(await screen.findByText(/项通过/, {}, { timeout: 5000 })).toBeTruthy();
    // Past the 300 ms: the timer was cleared with the read.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 400));
    });
    expect(screen.queryByTestId("provisional")).toBeNull();
    // 字数 come once the checklist is painted (rendered after the findings).
    expect(await screen.findByRole("group", { name: "字数" }, { timeout: 3000 })).toBeTruthy();
  });
});
