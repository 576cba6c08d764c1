/**
 * @fileoverview Pane components on hand-built checklist data: count rows (bounds, shares shown
 * without rounding up, missing parts), lazy accordion panels and the 200-item cap with
 * "显示更多", keyboard activation of findings, and error bars that re-checks do not
 * re-announce.
 */
import { AnnounceProvider } from "@fluentui/react-components";
import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { asRole, buildDocument, para } from "../fixtures/model-builders";
import { GatewayError } from "../../src/core/gateway";
import { ChecklistSection } from "../../src/taskpane/components/ChecklistSection";
import { countHint, CountRow } from "../../src/taskpane/components/CountRow";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { formatOutcome } from "../../src/taskpane/components/FormatSection";
import { placeholders } from "../../src/core/messages";
import { ui as uiEn } from "../../src/core/messages/en-US/ui";
import { ui as uiZh } from "../../src/core/messages/zh-CN/ui";
import { createTranslator, localeFor } from "../../src/taskpane/i18n";
import { initialPaneState, toPaneError, type CheckState } from "../../src/taskpane/reducer";
import { checklist, count, finding, group } from "./fixtures";
import { Providers, expand, openPassed, renderWithProviders } from "./renderWithProviders";

// Fluent in jsdom on two CPUs shared by six engineers: role queries over a full pane are slow.
jest.setTimeout(30000);

const zh = createTranslator("zh-CN");
const doc = buildDocument(
  Array.from({ length: 450 }, (_, i) => para(`第${i}段我们的工作。`, asRole("body")))
);

describe("CountRow", () => {
  it("states value, bound and status in words", () => {
    expect(countHint(zh, count({ id: "title", value: 21, max: 20, status: "high" }))).toBe(
      "21 字，要求不超过 20 字 · 超出"
    );
    expect(
      countHint(zh, count({ id: "unitIntro", value: 350, min: 300, max: 400, status: "ok" }))
    ).toBe("350 字，要求 300–400 字 · 符合");
    expect(countHint(zh, count({ id: "effect", value: 66 }))).toBe("66 字");
    expect(countHint(zh, count({ id: "practice", value: 0, min: 2000, status: "missing" }))).toBe(
      "未找到该部分"
    );
  });

  it("never rounds a failing share up to its bound", () => {
    const pct = count({ id: "practiceShare", value: 69.9, min: 70, unit: "%", status: "low" });
    expect(countHint(zh, pct)).toBe("69.9%，要求不少于 70% · 不足");
    const fraction = count({
      id: "practiceShare",
      value: 0.6996,
      min: 0.7,
      unit: "%",
      status: "low",
    });
    expect(countHint(zh, fraction)).toBe("69.9%，要求不少于 70% · 不足");
  });

  it("renders a labelled progress bar with the hint", () => {
    renderWithProviders(
      <CountRow
        item={count({ id: "body", value: 1500, min: 3000, status: "low", progress: 0.5 })}
      />
    );
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
    expect(screen.getByText("正文")).toBeTruthy();
    expect(screen.getByText("1500 字，要求不少于 3000 字 · 不足")).toBeTruthy();
  });
});

const readyCheck: CheckState = { ...initialPaneState.check, status: "ready" };

function renderChecklist(
  list: ReturnType<typeof checklist>,
  handlers: Partial<Record<string, jest.Mock>> = {}
) {
  const onSelect = handlers.onSelect ?? jest.fn();
  const onIgnore = handlers.onIgnore ?? jest.fn();
  renderWithProviders(
    <ChecklistSection
      check={readyCheck}
      checklist={list}
      ignoredCount={0}
      crashed={[]}
      selectError={null}
      onRecheck={jest.fn()}
      onSelect={onSelect}
      onIgnore={onIgnore}
      onRestoreIgnored={jest.fn()}
      onDismissError={jest.fn()}
    />
  );
  return { onSelect, onIgnore };
}

describe("ChecklistSection", () => {
  const many = Array.from({ length: 450 }, (_, i) =>
    finding(doc, i, "first-person", "warning", `第 ${i} 处第一人称`)
  );
  const list = checklist(
    [
      group("title-length", "题目字数", [finding(doc, 0, "title-length", "error", "题目过长")]),
      group("first-person", "第三人称", many),
      group("page-setup", "页面 A4 纵向", []),
    ],
    [count({ id: "title", value: 30, max: 20, status: "high", progress: 1 })]
  );

  it("renders nothing of a collapsed group and caps an open one at 200 with 显示更多", () => {
    renderChecklist(list);
    // One severity language: the verdict counts findings, the checks passed are counted apart.
    expect(screen.getByTestId("verdict").textContent).toContain("1 个错误450 个提醒");
    expect(screen.getByText("1 / 3 项通过")).toBeTruthy();
    // Worst severity first: the 错误 group is open, the 提醒 group collapsed and not rendered.
    expect(screen.queryAllByRole("button", { name: /^提醒：/ })).toHaveLength(0);

    const header = screen.getByRole("button", { name: "第三人称：450 个问题" });
    expect(header.closest("h3")).not.toBeNull();
    fireEvent.click(header);
    expect(screen.getAllByRole("button", { name: /^提醒：/ })).toHaveLength(200);
    fireEvent.click(screen.getByRole("button", { name: "显示更多（还有 250 条）" }));
    expect(screen.getAllByRole("button", { name: /^提醒：/ })).toHaveLength(400);
    fireEvent.click(screen.getByRole("button", { name: "显示更多（还有 50 条）" }));
    expect(screen.getAllByRole("button", { name: /^提醒：/ })).toHaveLength(450);
    expect(screen.queryByRole("button", { name: /^显示更多/ })).toBeNull();

    // Collapsing unmounts the items again.
    fireEvent.click(header);
    expect(screen.queryAllByRole("button", { name: /^提醒：/ })).toHaveLength(0);
  });

  it("shows the passing rule with ✓ and the failing ones with a count badge", () => {
    renderChecklist(list);
    const passed = openPassed();
    expect(within(passed).getByText("页面 A4 纵向")).toBeTruthy();
    expect(within(passed).getByText("✓")).toBeTruthy();
    const header = screen.getByRole("button", { name: "题目字数：1 个问题" });
    expect(within(header).getByText("1")).toBeTruthy();
  });

  it("hands the clicked finding and the ignored one to the pane", () => {
    const { onSelect, onIgnore } = renderChecklist(list);
    expand(screen.getByRole("button", { name: "题目字数：1 个问题" }));
    const item = screen.getByRole("button", { name: "错误：题目过长。按 Enter 在文档中定位。" });
    fireEvent.click(item);
    expect(onSelect).toHaveBeenCalledWith(list.groups[0]!.findings[0]);
    fireEvent.click(screen.getByRole("button", { name: "忽略此条：题目过长" }));
    expect(onIgnore).toHaveBeenCalledWith(list.groups[0]!.findings[0]);
  });
});

describe("FindingList", () => {
  it("uses native buttons, so Tab reaches them and Enter/Space activate them", () => {
    const onSelect = jest.fn();
    const f = finding(doc, 1, "r", "info", "提示一");
    renderWithProviders(<FindingList findings={[f]} onSelect={onSelect} onIgnore={jest.fn()} />);
    const button = screen.getByRole("button", { name: /^提示：提示一/ });
    expect(button.tagName).toBe("BUTTON");
    expect(button.getAttribute("tabindex")).not.toBe("-1");
    button.focus();
    expect(document.activeElement).toBe(button);
  });
});

describe("FindingList focus", () => {
  it("moves focus to the next finding when one is ignored", () => {
    const fs = [0, 1, 2].map((i) => finding(doc, i, "r", "warning", `问题${i}`));
    function Harness() {
      const [items, setItems] = useState(fs);
      return (
        <FindingList
          findings={items}
          onSelect={jest.fn()}
          onIgnore={(f) => setItems((xs) => xs.filter((x) => x.id !== f.id))}
        />
      );
    }
    renderWithProviders(<Harness />);
    const ignore = screen.getByRole("button", { name: "忽略此条：问题1" });
    ignore.focus();
    fireEvent.click(ignore);
    expect(screen.queryByText("问题1")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /^提醒：问题2/ }));
  });
});

describe("ErrorBar", () => {
  it("is announced once when a re-check fails the same way again", () => {
    const announce = jest.fn<void, [message: string, options?: unknown]>();
    const first = toPaneError("check", new GatewayError("readFailed", "a"));
    const second = toPaneError("check", new GatewayError("readFailed", "b"));
    const view = (e: typeof first) => (
      <Providers>
        <AnnounceProvider value={{ announce }}>
          <ErrorBar key={e.key} error={e} onRetry={jest.fn()} onDismiss={jest.fn()} />
        </AnnounceProvider>
      </Providers>
    );
    const { rerender } = renderWithProviders(view(first));
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce.mock.calls[0]![0]).toContain("无法读取文档");
    expect(announce.mock.calls[0]![1]).toMatchObject({ polite: true });
    rerender(view(second));
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it("gives the undo step for a partial write and the Chinese way forward for each code", () => {
    const retry = jest.fn();
    const err = toPaneError("format", new GatewayError("writeFailed", "x", { partial: true }));
    renderWithProviders(<ErrorBar error={err} onRetry={retry} onDismiss={jest.fn()} />);
    expect(screen.getByText("文档可能已部分修改：请先重新检查，看清当前状态后再重试")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "关闭" })).toBeTruthy();
  });
});

describe("formatOutcome", () => {
  it("warns when the text changed or paragraphs were not verified", () => {
    const lines = formatOutcome(zh, {
      applied: 5,
      skippedStale: 0,
      page: "alreadyOk",
      stylesRepaired: [],
      stylesNotRepaired: [],
      unverified: [3, 4],
      textUnchanged: false,
      notDone: ["somethingNew"],
    });
    expect(lines).toEqual([
      { text: "已为 5 个段落套用样式。", attention: false },
      { text: "页面已是 A4 纵向。", attention: false },
      { text: "排版后文字与排版前不一致：请核对有变化的段落，必要时手动改回。", attention: true },
      { text: "2 个段落排版后格式仍不符合要求，请查看检查结果。", attention: true },
      { text: "有一项无法自动完成（somethingNew），请按检查结果手动处理。", attention: true },
    ]);
    expect(formatOutcome(zh, null)).toEqual([
      { text: "格式均已符合要求，无需修改。", attention: false },
    ]);
  });
});

describe("ui messages", () => {
  it("has every zh-CN entry in en-US with the same placeholders, and the locale mapping", () => {
    const zhKeys = Object.keys(uiZh);
    expect(Object.keys(uiEn).sort()).toEqual([...zhKeys].sort());
    for (const k of zhKeys) {
      expect(placeholders(uiEn[k as keyof typeof uiEn]).sort()).toEqual(
        placeholders(uiZh[k as keyof typeof uiZh]).sort()
      );
    }
    expect(localeFor("en-US")).toBe("en-US");
    expect(localeFor("en-GB")).toBe("en-US");
    expect(localeFor("zh-TW")).toBe("zh-CN");
    expect(localeFor(undefined)).toBe("zh-CN");
    expect(createTranslator("en-US")("ui.format.run")).toBe("Format in one click");
  });
});
