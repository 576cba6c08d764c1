/**
 * @fileoverview A part of the pane downloaded on first use (`lib/lazyPart`: the dialog, the 结构
 * lines, the 案例类别 control) whose chunk cannot be downloaded: `PartBoundary` says so in its
 * place, with 重试, and the rest of the pane stays; 重试 downloads it again. Without the boundary
 * React unmounts the whole pane.
 */
import { fireEvent, screen } from "@testing-library/react";
import { PartBoundary } from "../../src/taskpane/components/PartBoundary";
import { lazyPart } from "../../src/taskpane/lib/lazyPart";
import { renderWithProviders } from "./renderWithProviders";

function Hello({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

jest.setTimeout(30000);

describe("PartBoundary", () => {
  it("says the part could not be downloaded, keeps the rest, and 重试 loads it", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let attempts = 0;
    const part = lazyPart<{ name: string }>(() => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new Error("ChunkLoadError: Loading chunk dialog failed."))
        : Promise.resolve({ default: Hello });
    });
    function Pane() {
      return (
        <main>
          <h1>案例报告助手</h1>
          <PartBoundary part={part}>{(Part) => <Part name="写作者" />}</PartBoundary>
        </main>
      );
    }
    renderWithProviders(<Pane />);
    expect(await screen.findByText("这部分界面没能下载")).toBeTruthy();
    expect(screen.getByText("案例报告助手")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByText("你好，写作者")).toBeTruthy();
    expect(screen.queryByText("这部分界面没能下载")).toBeNull();
    expect(attempts).toBe(2);
    spy.mockRestore();
  });

  it("prefetch never rejects, and a failed prefetch is tried again at render", async () => {
    let attempts = 0;
    const part = lazyPart<{ name: string }>(() => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new Error("offline"))
        : Promise.resolve({ default: Hello });
    });
    part.prefetch();
    await new Promise((r) => setTimeout(r, 0));
    renderWithProviders(<PartBoundary part={part}>{(Part) => <Part name="甲" />}</PartBoundary>);
    expect(await screen.findByText("你好，甲")).toBeTruthy();
  });
});
