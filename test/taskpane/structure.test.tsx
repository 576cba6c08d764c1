/**
 * @fileoverview The 结构 view in the pane (issue 8), in jsdom over the fake gateway and the real
 * core: the outline with 字数, a click selects the paragraph, the 角色 menu corrects a role — saved
 * through `writeState`, the checklist follows (the corrected heading's part is counted), 一键排版
 * plans the corrected role — and a new mount reads the correction back; 恢复自动识别 clears it.
 */
import "./jsdomPolyfills";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyze } from "../../src/core/analyze";
import { buildDocument, para } from "../fixtures/model-builders";
import type { Edit } from "../../src/core/findings";
import { App } from "../../src/taskpane/App";
import { FakeGateway } from "./fakeGateway";
import { belowFold, renderWithProviders } from "./renderWithProviders";

jest.setTimeout(60000);

const LONG = "企业开展隐患排查治理提升安全管理水平保险机构组织专家深入现场服务".repeat(4);
const THEME = "把风险识别前移到出车之前";

/** A draft whose thematic line is read as body text. */
function draft() {
  return buildDocument([
    para("安责险事故预防服务创新实践"),
    para("——某某财产保险股份有限公司某某分公司"),
    para("单位简介"),
    para(LONG),
    para("一、实施背景"),
    para(LONG),
    para("二、主要做法"),
    para(LONG),
    para(THEME),
    para(LONG),
    para("三、实施效果"),
    para(LONG),
  ]);
}

async function structure() {
  await screen.findByText(/项通过/, {}, { timeout: 10000 });
  await waitFor(() => expect(screen.queryByText(/正在读取文档中保存的/)).toBeNull());
  await belowFold();
  const region = screen.getByRole("region", { name: "结构" });
  // closed until opened: nothing listed
  expect(region.querySelector("li")).toBeNull();
  fireEvent.click(within(region).getByRole("button", { name: "显示结构" }));
  // the lines are a chunk of their own (OutlineLine), loaded on first opening
  await waitFor(() => expect(region.querySelector("li")).not.toBeNull());
  return region;
}

const lineOf = (region: HTMLElement, n: number) =>
  region.querySelector<HTMLElement>(`li[data-paragraph="${n}"]`);

describe("结构 view", () => {
  it("lists title, unit line, 单位简介 and headings with their 字数; a click selects the paragraph", async () => {
    const gateway = new FakeGateway(draft());
    renderWithProviders(<App gateway={gateway} />);
    const region = await structure();
    expect(lineOf(region, 1)?.dataset.role).toBe("title");
    expect(lineOf(region, 2)?.dataset.role).toBe("unitLine");
    expect(lineOf(region, 5)?.dataset.role).toBe("heading1");
    expect(within(lineOf(region, 7)!).getByText(/主要做法/)).toBeTruthy();
    // 二、主要做法 (6) + two paragraphs of 128 + the unnumbered line (12): 274 字, the checklist's
    const practice = analyze(draft()).checklist.counts.find((c) => c.id === "practice")!.value;
    expect(practice).toBe(274);
    expect(within(lineOf(region, 7)!).getByText(/· 274 字/)).toBeTruthy();
    expect(lineOf(region, 9)).toBeNull(); // the thematic line is body text: not in the outline
    fireEvent.click(within(lineOf(region, 5)!).getByRole("button", { name: /在文档中选中/ }));
    await waitFor(() => expect(gateway.callsOf("select")).toHaveLength(1));
    expect(gateway.callsOf("select")[0]!.args[0]).toMatchObject({
      kind: "paragraph",
      paragraph: { index: 4 },
    });
  });

  it("sets a paragraph's role from the menu: saved, the outline and 一键排版 follow, read back on a new mount", async () => {
    const gateway = new FakeGateway(draft());
    const first = renderWithProviders(<App gateway={gateway} />);
    let region = await structure();
    fireEvent.click(within(region).getByRole("button", { name: /显示所有段落/ }));
    const line = lineOf(region, 9)!;
    expect(line.dataset.role).toBe("body");
    fireEvent.click(within(line).getByRole("button", { name: /更改.*角色/ }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "二级标题" }));
    await waitFor(() => expect(gateway.callsOf("writeState").length).toBeGreaterThan(0));
    expect(gateway.savedState.roleCorrections).toEqual([
      { paragraph: expect.stringMatching(/^h[0-9a-f]{8}$/), role: "heading2" },
    ]);
    fireEvent.click(within(region).getByRole("button", { name: /只显示部分和标题/ }));
    await waitFor(() => expect(lineOf(region, 9)?.dataset.role).toBe("heading2"));
    expect(lineOf(region, 9)?.dataset.corrected).toBe("true");
    expect(within(lineOf(region, 9)!).getByText("已更正")).toBeTruthy();

    // 一键排版 formats the paragraph as a 二级标题
    fireEvent.click(screen.getByRole("button", { name: /一键排版/ }));
    await waitFor(() => expect(gateway.callsOf("applyEdits")).toHaveLength(1));
    const edits = gateway.callsOf("applyEdits")[0]!.args[0] as Edit[];
    expect(edits).toContainEqual(
      expect.objectContaining({
        op: "setRole",
        role: "heading2",
        target: expect.objectContaining({ index: 8 }),
      })
    );

    // a new mount (the document reopened) reads the correction from the saved state
    first.unmount();
    renderWithProviders(<App gateway={gateway} />);
    region = await structure();
    await waitFor(() => expect(lineOf(region, 9)?.dataset.role).toBe("heading2"));

    // 恢复自动识别
    fireEvent.click(within(lineOf(region, 9)!).getByRole("button", { name: /更改.*角色/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "恢复自动识别" }));
    await waitFor(() => expect(gateway.savedState.roleCorrections).toBeUndefined());
    await waitFor(() => expect(lineOf(region, 9)).toBeNull());
  });
});
