/**
 * @fileoverview The pane shows a gateway's own message (e.g. "申报书已存在") in the pane's locale:
 * the GatewayError carries catalog keys, not a Chinese string, so an English Word gets English.
 */
import { screen } from "@testing-library/react";
import { GatewayError } from "../../src/core/gateway";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { toPaneError } from "../../src/taskpane/reducer";
import { renderWithProviders } from "./renderWithProviders";

/** What useTemplate makes of the gateway's "a form is already there" (src/word/insertTemplate.ts). */
const formPresent = () => {
  const e = new GatewayError("notEmpty", [{ id: "errors.gateway.formPresent" }]);
  return { ...toPaneError("template", e), text: e.text! };
};

describe("ErrorBar with a gateway message", () => {
  it("renders it in English in an English pane", () => {
    renderWithProviders(<ErrorBar error={formPresent()} onDismiss={jest.fn()} />, {
      locale: "en-US",
    });
    expect(
      screen.getByText(/^The document already holds an application form, so it was not inserted/)
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("renders it in Chinese in a Chinese pane", () => {
    renderWithProviders(<ErrorBar error={formPresent()} onDismiss={jest.fn()} />);
    expect(screen.getByText(/^文档中已有申报书，不再重复插入。/)).toBeTruthy();
  });
});
