/**
 * @fileoverview 详情 shows the notice's own sentence behind a finding (issue 9): the place in the
 * notice and its words from core/clauses.ts, on demand, never a requirement id.
 */
import { fireEvent, screen } from "@testing-library/react";
import { buildDocument, para } from "../fixtures/model-builders";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { finding } from "./fixtures";
import { renderWithProviders } from "./renderWithProviders";

const doc = buildDocument([para("关于某市建筑施工企业开展安责险事故预防服务的创新实践与探索")]);

function render(requirementIds: string[], message = "题目 31 字，超过 20 字。") {
  const f = { ...finding(doc, 0, "title-length", "error", message), requirementIds };
  renderWithProviders(
    <FindingList
      findings={[f]}
      paragraphs={doc.paragraphs}
      onSelect={jest.fn()}
      onIgnore={jest.fn()}
    />
  );
}

describe("详情: the notice's clause", () => {
  it("is hidden until asked, then names the place and quotes the notice", () => {
    render(["R2"]);
    expect(screen.queryByTestId("clause")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^详情：/ }));
    const clause = screen.getByTestId("clause");
    expect(clause.textContent).toBe(
      "依据通知附件二 三（一）：「题目（20字以内）。题目用一句话概括，应鲜明地反映出案例的核心内容和特色。」"
    );
    expect(clause.textContent).not.toMatch(/R\d/);
  });

  it("a sentence shared by several requirements is shown once", () => {
    render(["R14", "R15", "R19"], "正文字体不是宋体。");
    fireEvent.click(screen.getByRole("button", { name: /^详情：/ }));
    expect(screen.getAllByTestId("clause")).toHaveLength(1);
    expect(screen.getByTestId("clause").textContent).toContain("正文为宋体小三号字");
  });

  it("a finding with no sentence of the notice and no detail has no 详情", () => {
    render(["R34"]);
    expect(screen.queryByRole("button", { name: /^详情/ })).toBeNull();
  });
});
