/**
 * @fileoverview The pane over the changed contracts: an apply result whose verifying re-read
 * failed (`verified: false`) says only so; `applied` counts paragraphs, so a page-setup-only fix
 * is a success; the notDone "paragraphKeptDirectFormatting" is shown; rules that did not apply
 * are never ✓ but listed apart as 不适用 and left out of "N / M 项通过"; `applyIgnores`
 * recomputes status and summary; the empty-document and no-report messages.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyze } from "../../src/core/analyze";
import { buildDocument, para } from "../fixtures/model-builders";
import type { ApplyEditsResult } from "../../src/core/gateway";
import { App } from "../../src/taskpane/App";
import { ChecklistSection } from "../../src/taskpane/components/ChecklistSection";
import { FixOutcome, fixOutcome } from "../../src/taskpane/components/FixPanel";
import { FormCategorySection } from "../../src/taskpane/components/FormCategorySection";
import { FormatOutcome, formatOutcome } from "../../src/taskpane/components/FormatSection";
import { createTranslator } from "../../src/taskpane/i18n";
import {
  applyIgnores,
  initialPaneState,
  type CheckState,
  type Checklist,
} from "../../src/taskpane/reducer";
import { FakeGateway } from "./fakeGateway";
import { checklist, finding, group } from "./fixtures";
import { openPassed, renderWithProviders } from "./renderWithProviders";

jest.setTimeout(30000);

const zh = createTranslator("zh-CN");
const en = createTranslator("en-US");
const VERIFY_FAILED = "排版后未能重新读取文档核对结果：请单击“重新检查”。";

function result(partial: Partial<ApplyEditsResult>): ApplyEditsResult {
  return {
    applied: 3,
    skippedStale: 0,
    page: "notRequested",
    stylesRepaired: [],
    stylesNotRepaired: [],
    unverified: [],
    textUnchanged: true,
    notDone: [],
    ...partial,
  };
}

/** What a gateway reports when the verifying re-read failed. */
const unverifiedResult = result({
  applied: 5,
  page: "applied",
  stylesNotRepaired: ["标题 1"],
  verified: false,
  unverified: [],
  textUnchanged: false,
  notDone: ["verifyFailed"],
});

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe("verified: false", () => {
  it("formatting says only that the result could not be verified", () => {
    const lines = formatOutcome(zh, unverifiedResult);
    expect(lines).toEqual([{ text: VERIFY_FAILED, attention: true }]);
    expect(texts(lines).join()).not.toContain("文字与排版前不一致");
    expect(texts(lines).join()).not.toContain("仍不符合要求");
  });

  it("a fix says only that the result could not be verified", () => {
    expect(fixOutcome(zh, unverifiedResult, 2)).toEqual([{ text: VERIFY_FAILED, attention: true }]);
  });

  it("the 排版 area shows the one line, as a warning", () => {
    renderWithProviders(
      <FormatOutcome
        state={{ status: "done", planned: 6, result: unverifiedResult, error: null }}
        onRetry={jest.fn()}
        onDismissError={jest.fn()}
      />
    );
    const list = screen.getByRole("list", { name: "排版" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([VERIFY_FAILED]);
    expect(screen.queryByText(/文字与排版前不一致/)).toBeNull();
    expect(screen.queryByText(/个段落排版后格式仍不符合要求/)).toBeNull();
  });

  it("the fix outcome and the 案例类别 tick show it too", () => {
    renderWithProviders(
      <FixOutcome
        state={{ ...initialPaneState.fix, status: "done", result: unverifiedResult }}
        onRetry={jest.fn()}
        onDismissError={jest.fn()}
      />
    );
    // one line, said as a sentence (not a one-item list)
    const outcome = screen.getByTestId("fix-outcome");
    expect(within(outcome).queryAllByRole("listitem")).toEqual([]);
    expect(within(outcome).getByRole("paragraph").textContent).toBe(VERIFY_FAILED);
  });

  it("the 案例类别 control says the tick could not be verified, not that it is done", () => {
    renderWithProviders(
      <FormCategorySection
        choice={{ names: ["甲", "乙"], ticked: ["甲"], toggleable: ["甲", "乙"] }}
        state={{
          status: "done",
          name: "乙",
          queued: null,
          result: result({
            applied: 2,
            verified: false,
            textUnchanged: false,
            notDone: ["verifyFailed"],
          }),
          error: null,
        }}
        pending={null}
        disabled={false}
        onChoose={jest.fn()}
        onDismissError={jest.fn()}
      />
    );
    expect(screen.getByText(VERIFY_FAILED)).toBeTruthy();
    expect(screen.queryByText("已勾选“乙”。")).toBeNull();
  });

  it("a missing `verified` is read as verified", () => {
    const lines = texts(formatOutcome(zh, result({ textUnchanged: false })));
    expect(lines).toContain("排版后文字与排版前不一致：请核对有变化的段落，必要时手动改回。");
    expect(lines).not.toContain(VERIFY_FAILED);
  });
});

describe("applied counts paragraphs; the page is reported apart", () => {
  const pageOnly = result({ applied: 0, page: "applied" });

  it("a page-setup-only fix is a success, said by the page line alone", () => {
    expect(fixOutcome(zh, pageOnly, 0)).toEqual([
      { text: "页面已设为 A4 纵向。", attention: false },
    ]);
    renderWithProviders(
      <FixOutcome
        state={{ ...initialPaneState.fix, status: "done", result: pageOnly }}
        onRetry={jest.fn()}
        onDismissError={jest.fn()}
      />
    );
    const outcome = screen.getByTestId("fix-outcome");
    expect(outcome.textContent).toBe("页面已设为 A4 纵向。");
    expect(outcome.textContent).not.toContain("已修复 0 处");
    // Fluent's success MessageBar, not the warning one.
    expect(within(outcome).queryByText("已修复 0 处。")).toBeNull();
  });

  it("a fix that applied nothing at all still needs attention", () => {
    const lines = fixOutcome(zh, result({ applied: 0, skippedStale: 1 }), 0);
    expect(lines[0]).toEqual({ text: "已修复 0 处。", attention: true });
  });

  it("formatting that only set up the page says only the page line", () => {
    expect(texts(formatOutcome(zh, pageOnly))).toEqual([
      "页面已设为 A4 纵向。",
      "已核对：文字未改动。",
    ]);
    expect(texts(formatOutcome(zh, result({ applied: 4, page: "applied" })))).toEqual([
      "已为 4 个段落套用样式。",
      "页面已设为 A4 纵向。",
      "已核对：文字未改动。",
    ]);
  });

  it("a 案例类别 tick that applied only the page is not stale", () => {
    renderWithProviders(
      <FormCategorySection
        choice={{ names: ["甲", "乙"], ticked: ["甲"], toggleable: ["甲", "乙"] }}
        state={{ status: "done", name: "乙", queued: null, result: pageOnly, error: null }}
        pending={null}
        disabled={false}
        onChoose={jest.fn()}
        onDismissError={jest.fn()}
      />
    );
    expect(screen.getByText("已勾选“乙”。")).toBeTruthy();
  });
});

describe("notDone ids", () => {
  it("text fixes whose words were not found name their paragraphs, counted from 1", () => {
    const r = result({
      applied: 2,
      notDone: ["replaceTextNotLocated"],
      textNotLocated: [2, 6],
    });
    const zhLine = texts(fixOutcome(zh, r, 0)).find((x) => x.startsWith("第 3、7 段"));
    expect(zhLine).toContain("找不到要改的文字");
    expect(zhLine).toContain("其余修改已完成");
    expect(texts(fixOutcome(en, r, 0))).toContainEqual(
      expect.stringContaining("paragraph 3, 7 were not made")
    );
    // a gateway that does not list the paragraphs: the general line
    expect(texts(fixOutcome(zh, result({ notDone: ["replaceTextNotLocated"] }), 0))).toContain(
      zh("ui.notDone.replaceTextNotLocated")
    );
  });

  it("shows paragraphKeptDirectFormatting with its manual steps, in formatting and fixes", () => {
    const r = result({ notDone: ["paragraphKeptDirectFormatting"] });
    const expected = zh("ui.notDone.paragraphKeptDirectFormatting");
    expect(expected).toContain("Ctrl+空格键");
    expect(formatOutcome(zh, r)).toContainEqual({ text: expected, attention: true });
    expect(fixOutcome(zh, r, 0)).toContainEqual({ text: expected, attention: true });
    expect(texts(formatOutcome(en, r))).toContain(en("ui.notDone.paragraphKeptDirectFormatting"));
  });

  it("says how to repair a style by hand: font, size, bold and exact line spacing", () => {
    const lines = texts(formatOutcome(zh, result({ stylesNotRepaired: ["标题 1", "正文"] })));
    expect(lines).toContain(
      "以下样式在此版本 Word 中无法自动修复：标题 1、正文。请在“样式”窗格中右键该样式 → 修改：在“格式 → 字体”中设置中文字体、字号和加粗，在“格式 → 段落”中把行距设为“固定值”并按检查结果填写磅值；然后单击“重新检查”。"
    );
  });
});

const readyCheck: CheckState = { ...initialPaneState.check, status: "ready" };
const doc = buildDocument(Array.from({ length: 5 }, (_, i) => para(`第${i}段。`)));

function renderList(list: Checklist, onInsertTemplate?: () => void) {
  return renderWithProviders(
    <ChecklistSection
      check={readyCheck}
      checklist={list}
      ignoredCount={0}
      crashed={[]}
      selectError={null}
      onRecheck={jest.fn()}
      onSelect={jest.fn()}
      onIgnore={jest.fn()}
      onRestoreIgnored={jest.fn()}
      onDismissError={jest.fn()}
      onInsertTemplate={onInsertTemplate}
    />
  );
}

describe("rules that did not apply", () => {
  const list = checklist([
    group("title-length", "题目字数", [finding(doc, 0, "title-length", "error", "题目过长")]),
    group("page-setup", "页面 A4 纵向", []),
    group("form-category", "案例类别", [], "checklist.notApplicable.noForm"),
    group("picture-resolution", "图片分辨率", [], "checklist.notApplicable.noPictures"),
  ]);

  it("are not ✓, are left out of N / M and said in the hint", () => {
    expect(list.summary).toMatchObject({ rulesPassed: 1, rulesNotApplicable: 2, rulesTotal: 4 });
    renderList(list);
    expect(screen.getByText("1 / 2 项通过 · 另有 2 项不适用")).toBeTruthy();
    expect(screen.getByTestId("verdict").textContent).toContain("1 个错误");
    const passed = openPassed();
    expect(within(passed).getByText("页面 A4 纵向")).toBeTruthy();
    expect(within(passed).queryByText("案例类别")).toBeNull();
    expect(within(passed).getAllByText("✓")).toHaveLength(1);
    // The passed checks are a count beside the verdict ("1 / 2", not of 4), not a bar.
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("are listed apart, collapsed, with the reason", () => {
    renderList(list);
    const box = screen.getByTestId("not-applicable");
    const header = within(box).getByRole("button", { name: "不适用（2 项）" });
    expect(header.closest("h3")).not.toBeNull();
    expect(header.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(header);
    expect(header.getAttribute("aria-expanded")).toBe("true");
    const form = box.querySelector('[data-rule-id="form-category"]') as HTMLElement;
    expect(form.textContent).toContain("案例类别");
    expect(form.textContent).toContain("不适用");
    expect(form.textContent).toContain("文档中没有申报书");
    expect(form.textContent).not.toContain("✓");
    expect(within(box).getByText("报告中没有图片")).toBeTruthy();
  });

  it("applyIgnores recomputes each group's status and the summary", () => {
    const f = finding(doc, 1, "first-person", "warning", "第一人称");
    const withPerson = checklist([...list.groups, group("first-person", "第三人称", [f])]);
    expect(withPerson.summary).toMatchObject({ rulesPassed: 1, rulesNotApplicable: 2 });
    const out = applyIgnores(withPerson, [f.id]);
    const person = out.groups.find((g) => g.ruleId === "first-person")!;
    expect(person.status).toBe("passed");
    expect(out.groups.find((g) => g.ruleId === "form-category")!.status).toBe("notApplicable");
    expect(out.summary).toEqual({
      errors: 1,
      warnings: 0,
      infos: 0,
      rulesPassed: 2,
      rulesNotApplicable: 2,
      rulesTotal: 5,
    });
    // Ignoring a rule takes it out of the total, whatever its status.
    const noForm = applyIgnores(withPerson, [], ["form-category"]);
    expect(noForm.summary).toMatchObject({ rulesNotApplicable: 1, rulesTotal: 4 });
  });
});

describe("document kind", () => {
  it("an empty document: 文档为空，请先插入模板 with a button that inserts the report template", async () => {
    const gateway = new FakeGateway(buildDocument([para("")]));
    renderWithProviders(<App gateway={gateway} />);
    const bar = await screen.findByTestId("document-kind", {}, { timeout: 5000 });
    expect(within(bar).getByText("文档为空，请先插入模板")).toBeTruthy();
    // Only the call to action: no verdict, no counts, no wall of 未找到该部分.
    expect(screen.queryByText(/项通过/)).toBeNull();
    expect(screen.queryByText("题目", { selector: "label" })).toBeNull();
    expect(screen.queryByTestId("verdict")).toBeNull();
    fireEvent.click(within(bar).getByRole("button", { name: "插入案例报告模板" }));
    await waitFor(() => expect(gateway.callsOf("insertTemplate")).toHaveLength(1));
    expect(gateway.callsOf("insertTemplate")[0]!.args).toEqual(["report", { replace: false }]);
    // After the re-check the document is a report: the message is gone.
    await waitFor(() => expect(screen.queryByTestId("document-kind")).toBeNull());
  });

  it("the analysis of an empty document says so", () => {
    expect(analyze(buildDocument([para("")])).checklist.documentKind).toBe("empty");
  });

  it("a document without a report structure: 未识别到案例报告结构 with the order to write in", () => {
    renderList(checklist([group("page-setup", "页面 A4 纵向", [])], [], "noReport"));
    const bar = screen.getByTestId("document-kind");
    expect(within(bar).getByText("未识别到案例报告结构")).toBeTruthy();
    expect(
      within(bar).getByText(
        "插入模板，或按“题目 → ——单位全称 → 单位简介 → 一、实施背景 …”的顺序撰写。"
      )
    ).toBeTruthy();
    expect(within(bar).queryByRole("button")).toBeNull();
    expect(screen.getByText(/1 \/ 1 项通过/)).toBeTruthy();
  });

  it("a report gets no such message", () => {
    renderList(checklist([group("page-setup", "页面 A4 纵向", [])]));
    expect(screen.queryByTestId("document-kind")).toBeNull();
  });

  it("the empty-document message calls onInsertTemplate", () => {
    const onInsert = jest.fn();
    renderList(checklist([group("page-setup", "页面 A4 纵向", [])], [], "empty"), onInsert);
    const bar = screen.getByTestId("document-kind");
    fireEvent.click(within(bar).getByRole("button", { name: "插入案例报告模板" }));
    expect(onInsert).toHaveBeenCalledTimes(1);
  });
});
