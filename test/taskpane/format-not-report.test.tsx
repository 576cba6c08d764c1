/**
 * Issue 8: 一键排版 on a document that does not look like a case report asks first; it formats
 * only when the writer confirms, and a cancel formats nothing.
 */
import { fireEvent, screen } from "@testing-library/react";
import { FormatSection } from "../../src/taskpane/components/FormatSection";
import { initialPaneState } from "../../src/taskpane/reducer";
import { renderWithProviders } from "./renderWithProviders";

jest.setTimeout(30000);

function renderSection(notReport: boolean, onFormat: () => void): void {
  renderWithProviders(
    <FormatSection
      state={initialPaneState.format}
      disabled={false}
      onFormat={onFormat}
      notReport={notReport}
    />
  );
}

describe("一键排版 on a document that is not a case report", () => {
  it("asks; 取消 formats nothing, 仍要排版 formats", () => {
    const onFormat = jest.fn();
    renderSection(true, onFormat);
    fireEvent.click(screen.getByRole("button", { name: "一键排版" }));
    expect(onFormat).not.toHaveBeenCalled();
    expect(screen.getByTestId("format-not-report").textContent).toContain("不是案例报告");
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(screen.queryByTestId("format-not-report")).toBeNull();
    expect(onFormat).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "一键排版" }));
    fireEvent.click(screen.getByRole("button", { name: "仍要排版" }));
    expect(onFormat).toHaveBeenCalledTimes(1);
  });

  it("a case report is formatted at once", () => {
    const onFormat = jest.fn();
    renderSection(false, onFormat);
    fireEvent.click(screen.getByRole("button", { name: "一键排版" }));
    expect(onFormat).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("format-not-report")).toBeNull();
  });
});
