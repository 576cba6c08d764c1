/**
 * @fileoverview The pane's reducer without React: live re-checks (superseded results dropped,
 * previous results kept while checking and on failure), formatting, the template's
 * confirm-before-replace flow, the saved decisions (ignore once / ignore a rule / hand ticks:
 * shown at once, written one at a time, undone when a write fails), fixes with the confirm step,
 * the category control and export, stable error keys, and `applyIgnores` with ignored rules.
 */
import { asRole, buildDocument, para } from "../fixtures/model-builders";
import { EMPTY_DOCUMENT_STATE, GatewayError, type DocumentState } from "../../src/core/gateway";
import { refOf } from "../../src/core/model";
import { planFixes } from "../../src/core/plan";
import {
  EXPORT_IDLE,
  applyDecision,
  applyIgnores,
  ignoredRuleGroups,
  initialPaneState,
  isWriting,
  normalizeDocumentState,
  paneReducer,
  restorePointOf,
  sameDecisions,
  toPaneError,
  type PaneAction,
  type PaneState,
} from "../../src/taskpane/reducer";
import { analysisOf, checklist, finding, group } from "./fixtures";

const doc = buildDocument([
  para("安责险服务创新实践", asRole("title")),
  para("——某某保险股份有限公司", asRole("unitLine")),
  para("一、实施背景", asRole("heading1")),
  para("我们公司开展了服务。", asRole("body")),
]);
const A = analysisOf(checklist([group("a", "A", [finding(doc, 3, "a", "error", "a1")])]));
const B = analysisOf(checklist([group("a", "A", [])]));

function run(actions: PaneAction[], from: PaneState = initialPaneState): PaneState {
  return actions.reduce(paneReducer, from);
}

describe("check transitions", () => {
  it("shows a result of the newest request", () => {
    const s = run([
      { type: "check/started", request: 1 },
      { type: "check/succeeded", request: 1, analysis: A },
    ]);
    expect(s.check.status).toBe("ready");
    expect(s.check.analysis).toBe(A);
  });

  it("keeps the previous results visible while re-checking", () => {
    const s = run([
      { type: "check/started", request: 1 },
      { type: "check/succeeded", request: 1, analysis: A },
      { type: "check/started", request: 2 },
    ]);
    expect(s.check.status).toBe("checking");
    expect(s.check.analysis).toBe(A);
  });

  it("drops the result of a superseded re-check, whichever finishes first", () => {
    const started = run([
      { type: "check/started", request: 1 },
      { type: "check/started", request: 2 },
    ]);
    const oldFirst = run([{ type: "check/succeeded", request: 1, analysis: A }], started);
    expect(oldFirst.check.analysis).toBeNull();
    expect(oldFirst.check.status).toBe("checking");
    const newFirst = run(
      [
        { type: "check/succeeded", request: 2, analysis: B },
        { type: "check/succeeded", request: 1, analysis: A },
      ],
      started
    );
    expect(newFirst.check.analysis).toBe(B);
    expect(newFirst.check.status).toBe("ready");
  });

  it("drops a failure of a superseded re-check", () => {
    const s = run([
      { type: "check/started", request: 1 },
      { type: "check/started", request: 2 },
      { type: "check/failed", request: 1, error: toPaneError("check", new Error("x")) },
    ]);
    expect(s.check.error).toBeNull();
    expect(s.check.status).toBe("checking");
  });

  it("ignores a start that is not newer than the latest", () => {
    const s = run([{ type: "check/started", request: 3 }]);
    expect(paneReducer(s, { type: "check/started", request: 2 })).toBe(s);
  });

  it("keeps results on failure and clears the error on the next success", () => {
    const err = toPaneError("check", new GatewayError("readFailed", "boom"));
    const failed = run([
      { type: "check/started", request: 1 },
      { type: "check/succeeded", request: 1, analysis: A },
      { type: "check/started", request: 2 },
      { type: "check/failed", request: 2, error: err },
    ]);
    expect(failed.check.status).toBe("error");
    expect(failed.check.analysis).toBe(A);
    expect(failed.check.error?.code).toBe("readFailed");
    const ok = run(
      [
        { type: "check/started", request: 3 },
        { type: "check/succeeded", request: 3, analysis: B },
      ],
      failed
    );
    expect(ok.check.error).toBeNull();
    expect(ok.check.analysis).toBe(B);
  });

  it("keeps the same error object when a re-check fails the same way (no re-mount)", () => {
    const first = toPaneError("check", new GatewayError("readFailed", "one"));
    const second = toPaneError("check", new GatewayError("readFailed", "two"));
    const s1 = run([
      { type: "check/started", request: 1 },
      { type: "check/failed", request: 1, error: first },
    ]);
    const s2 = run(
      [
        { type: "check/started", request: 2 },
        { type: "check/failed", request: 2, error: second },
      ],
      s1
    );
    expect(s2.check.error).toBe(first);
    const other = toPaneError("check", new GatewayError("documentTooLarge", "big"));
    const s3 = run(
      [
        { type: "check/started", request: 3 },
        { type: "check/failed", request: 3, error: other },
      ],
      s2
    );
    expect(s3.check.error?.key).toBe("check:documentTooLarge");
  });

  it("clears a select error when a fresh check arrives", () => {
    const s = run([
      {
        type: "select/failed",
        error: toPaneError("select", new GatewayError("targetNotFound", "")),
      },
      { type: "check/started", request: 1 },
      { type: "check/succeeded", request: 1, analysis: A },
    ]);
    expect(s.selectError).toBeNull();
  });
});

describe("format transitions", () => {
  it("runs, succeeds and reports", () => {
    const result = {
      applied: 3,
      skippedStale: 0,
      page: "applied" as const,
      stylesRepaired: [],
      stylesNotRepaired: [],
      unverified: [],
      textUnchanged: true,
      notDone: [],
    };
    const running = run([{ type: "format/started" }]);
    expect(running.format.status).toBe("running");
    expect(isWriting(running)).toBe(true);
    expect(paneReducer(running, { type: "format/started" })).toBe(running);
    const done = paneReducer(running, { type: "format/succeeded", planned: 4, result });
    expect(done.format).toEqual({ status: "done", planned: 4, result, error: null });
    expect(isWriting(done)).toBe(false);
  });

  it("marks a partial write in the error key and flag", () => {
    const err = toPaneError("format", new GatewayError("writeFailed", "sync", { partial: true }));
    expect(err).toMatchObject({ key: "format:writeFailed:partial", partial: true });
    const s = run([{ type: "format/started" }, { type: "format/failed", error: err }]);
    expect(s.format.status).toBe("error");
    expect(run([{ type: "error/dismissed", area: "format" }], s).format.error).toBeNull();
  });
});

describe("template transitions", () => {
  it("asks before replacing, and cancel leaves nothing pending", () => {
    const asking = run([
      { type: "template/requested", kind: "report" },
      { type: "template/confirmNeeded" },
    ]);
    expect(asking.template.status).toBe("confirming");
    expect(asking.template.kind).toBe("report");
    expect(isWriting(asking)).toBe(true);
    const cancelled = paneReducer(asking, { type: "template/cancelled" });
    expect(cancelled.template).toEqual(initialPaneState.template);
  });

  it("ignores a second request while one is pending", () => {
    const s = run([{ type: "template/requested", kind: "report" }]);
    expect(paneReducer(s, { type: "template/requested", kind: "form" })).toBe(s);
  });

  it("inserts and reports", () => {
    const result = { paragraphs: 10, page: "applied" as const, notDone: [] };
    const s = run([
      { type: "template/requested", kind: "form" },
      { type: "template/inserting" },
      { type: "template/succeeded", result },
    ]);
    expect(s.template).toEqual({ status: "done", kind: "form", result, error: null });
  });

  it("cannot confirm or insert without a requested kind", () => {
    expect(paneReducer(initialPaneState, { type: "template/confirmNeeded" })).toBe(
      initialPaneState
    );
    expect(paneReducer(initialPaneState, { type: "template/inserting" })).toBe(initialPaneState);
  });
});

describe("decisions saved with the document", () => {
  const saved: DocumentState = {
    version: 1,
    ignoredFindingIds: ["x"],
    ignoredRules: ["punctuation"],
    handChecked: ["truth"],
  };
  const loaded = run([{ type: "decisions/loaded", state: saved }]);

  it("waits for the saved state before taking changes", () => {
    expect(initialPaneState.decisions.status).toBe("loading");
    const s = paneReducer(initialPaneState, {
      type: "decisions/changed",
      change: { kind: "ignoreFinding", id: "y" },
    });
    expect(s).toBe(initialPaneState);
    expect(loaded.decisions).toMatchObject({ status: "ready", saved, current: saved });
  });

  it("shows a change at once and keeps it after the write that saves it", () => {
    const changed = run(
      [
        { type: "decisions/changed", change: { kind: "ignoreFinding", id: "y" } },
        { type: "decisions/changed", change: { kind: "ignoreFinding", id: "y" } },
      ],
      loaded
    );
    expect(changed.decisions.current.ignoredFindingIds).toEqual(["x", "y"]);
    expect(changed.decisions.saved).toBe(loaded.decisions.saved);
    const written = run(
      [
        { type: "decisions/writeStarted", state: changed.decisions.current },
        { type: "decisions/written", state: changed.decisions.current },
      ],
      changed
    );
    expect(written.decisions.saved).toBe(changed.decisions.current);
    expect(written.decisions.writing).toBeNull();
  });

  it("puts the pane back to what is saved when a write fails", () => {
    const error = toPaneError("decisions", new GatewayError("writeFailed", "sync"));
    const s = run(
      [
        { type: "decisions/changed", change: { kind: "ignoreRule", ruleId: "first-person" } },
        { type: "decisions/writeStarted", state: EMPTY_DOCUMENT_STATE },
        { type: "decisions/changed", change: { kind: "hand", id: "advanced", checked: true } },
        { type: "decisions/writeFailed", error },
      ],
      loaded
    );
    expect(s.decisions.current).toBe(loaded.decisions.saved);
    expect(s.decisions.error).toBe(error);
    expect(s.decisions.writing).toBeNull();
  });

  it("makes each kind of change, and nothing when it changes nothing", () => {
    let d = applyDecision(saved, { kind: "ignoreRule", ruleId: "first-person" });
    expect(d.ignoredRules).toEqual(["punctuation", "first-person"]);
    d = applyDecision(d, { kind: "restoreRule", ruleId: "punctuation" });
    expect(d.ignoredRules).toEqual(["first-person"]);
    d = applyDecision(d, { kind: "hand", id: "truth", checked: false });
    expect(d.handChecked).toEqual([]);
    d = applyDecision(d, { kind: "hand", id: "compliance", checked: true });
    expect(d.handChecked).toEqual(["compliance"]);
    d = applyDecision(d, { kind: "restoreFindings" });
    expect(d.ignoredFindingIds).toEqual([]);
    expect(applyDecision(saved, { kind: "ignoreFinding", id: "x" })).toBe(saved);
    expect(applyDecision(saved, { kind: "restoreRule", ruleId: "nope" })).toBe(saved);
    expect(sameDecisions(saved, { ...saved, handChecked: ["truth"] })).toBe(true);
  });

  it("normalises what readState gave", () => {
    expect(
      normalizeDocumentState({
        version: 1,
        ignoredFindingIds: ["a", "a", 3 as unknown as string],
        ignoredRules: undefined as unknown as string[],
        handChecked: ["truth"],
      })
    ).toEqual({ version: 1, ignoredFindingIds: ["a"], ignoredRules: [], handChecked: ["truth"] });
    expect(normalizeDocumentState(null)).toBe(EMPTY_DOCUMENT_STATE);
  });
});

describe("fix transitions", () => {
  const fixable = {
    ...finding(doc, 1, "unit-line", "error", "破折号"),
    fix: [
      {
        op: "replaceText" as const,
        target: refOf(doc.paragraphs[1]!),
        span: [0, 1] as [number, number],
        text: "——",
      },
    ],
  };
  const plan = planFixes([fixable], "all");
  const scope = { kind: "rule" as const, ruleId: "unit-line" };

  it("asks first, and cancel leaves nothing to apply", () => {
    const s = run([{ type: "fix/confirmNeeded", scope, plan, changes: [] }]);
    expect(s.fix.status).toBe("confirming");
    expect(isWriting(s)).toBe(true);
    expect(paneReducer(s, { type: "fix/cancelled" }).fix).toEqual(initialPaneState.fix);
  });

  it("applies and reports, keeping the plan for its conflicts", () => {
    const result = {
      applied: 1,
      skippedStale: 0,
      page: "notRequested" as const,
      stylesRepaired: [],
      stylesNotRepaired: [],
      unverified: [],
      textUnchanged: false,
      notDone: [],
    };
    const s = run([
      { type: "fix/applying", scope, plan },
      { type: "fix/applying", scope, plan },
      { type: "fix/succeeded", result },
    ]);
    expect(s.fix).toMatchObject({ status: "done", scope, plan, result });
    expect(isWriting(s)).toBe(false);
  });
});

describe("category and export transitions", () => {
  it("marks the category write as writing until it ends", () => {
    const s = run([{ type: "category/applying", name: "其他" }]);
    expect(isWriting(s)).toBe(true);
    expect(s.category.name).toBe("其他");
    const failed = paneReducer(s, {
      type: "category/failed",
      error: toPaneError("category", new GatewayError("writeFailed", "x")),
    });
    expect(isWriting(failed)).toBe(false);
    expect(paneReducer(failed, { type: "error/dismissed", area: "category" }).category.error).toBe(
      null
    );
  });

  it("records the exported files, what is missing, and how the download went", () => {
    const outcome = {
      fileNames: ["图片/图1 现场.jpg"],
      report: "unsupported" as const,
      pdf: "failed" as const,
      converted: 1,
      notJpg: [],
      download: "unavailable" as const,
    };
    const s = run([{ type: "export/started" }, { type: "export/succeeded", ...outcome }]);
    expect(s.export).toEqual({ status: "done", ...outcome, error: null });
    const again = paneReducer(s, { type: "export/started" });
    expect(again.export).toEqual({ ...EXPORT_IDLE, status: "exporting" });
  });
});

describe("toPaneError", () => {
  it("maps GatewayError codes and anything else to unknown", () => {
    expect(
      toPaneError("check", new GatewayError("documentTooLarge", "m", { officeCode: "E1" }))
    ).toEqual({
      key: "check:documentTooLarge",
      area: "check",
      code: "documentTooLarge",
      partial: false,
      detail: "E1: m",
    });
    expect(toPaneError("select", new TypeError("bad"))).toMatchObject({
      key: "select:unknown",
      code: "unknown",
      detail: "bad",
    });
    expect(toPaneError("check", "str").code).toBe("unknown");
  });

  it("does not mark a partial flag on codes other than writeFailed", () => {
    expect(
      toPaneError("format", new GatewayError("readFailed", "", { partial: true })).partial
    ).toBe(false);
  });
});

describe("applyIgnores", () => {
  const f1 = finding(doc, 0, "title", "error", "题目过长");
  const f2 = finding(doc, 3, "person", "warning", "第一人称", 1);
  const f3 = finding(doc, 3, "person", "info", "第一人称2", 2);
  const list = checklist([
    group("title", "题目", [f1]),
    group("person", "人称", [f2, f3]),
    group("page", "页面", []),
  ]);

  it("returns the same checklist when nothing is ignored", () => {
    expect(applyIgnores(list, [])).toBe(list);
    expect(applyIgnores(list, ["not-there"])).toBe(list);
  });

  it("moves ignored findings out and recomputes severity and summary", () => {
    const out = applyIgnores(list, [f2.id]);
    const person = out.groups.find((g) => g.ruleId === "person")!;
    expect(person.findings).toEqual([f3]);
    expect(person.ignoredCount).toBe(1);
    expect(person.worstSeverity).toBe("info");
    expect(out.summary).toMatchObject({
      errors: 1,
      warnings: 0,
      infos: 1,
      rulesPassed: 2, // a rule with only notes passes, as analyze counts it
      rulesTotal: 3,
    });
  });

  it("counts a rule as passed when all its findings are ignored", () => {
    const out = applyIgnores(list, [f2.id, f3.id, f1.id]);
    expect(out.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0, rulesPassed: 3 });
    expect(out.groups.every((g) => g.worstSeverity === null)).toBe(true);
  });
});

describe("ignored rules", () => {
  const f1 = finding(doc, 0, "title", "error", "题目过长");
  const f2 = finding(doc, 3, "person", "warning", "第一人称", 1);
  const list = checklist([group("title", "题目", [f1]), group("person", "人称", [f2])]);

  it("takes an ignored rule's group out of the list and the summary", () => {
    const out = applyIgnores(list, [], ["title"]);
    expect(out.groups.map((g) => g.ruleId)).toEqual(["person"]);
    expect(out.summary).toMatchObject({ errors: 0, warnings: 1, rulesPassed: 0, rulesTotal: 1 });
  });

  it("lists ignored rules with their titles and hidden findings, unknown ids by id", () => {
    expect(ignoredRuleGroups(list, ["person", "gone"])).toEqual([
      { ruleId: "person", title: "人称", findings: 1 },
      { ruleId: "gone", title: "gone", findings: 0 },
    ]);
  });
});

describe("恢复 keeps its write's outcome until it succeeds (issue 7)", () => {
  const point = { id: 1, kind: "edits" as const, paragraphs: 3, chars: 10 };
  const formatted: PaneAction[] = [
    { type: "format/started" },
    {
      type: "format/succeeded",
      planned: 3,
      result: {
        applied: 3,
        skippedStale: 0,
        page: "notRequested",
        stylesRepaired: [],
        stylesNotRepaired: [],
        unverified: [],
        textUnchanged: true,
        verified: true,
        notDone: [],
        restorePoint: point,
      },
    },
  ];

  it("a refusal (修订 on) leaves 恢复 offered, so the writer can press it again", () => {
    const refused = run([
      ...formatted,
      { type: "restore/started", area: "format" },
      {
        type: "restore/failed",
        error: toPaneError(
          "restore",
          new GatewayError("notRestorable", [{ id: "errors.gateway.restore.tracking" }])
        ),
      },
    ]);
    expect(restorePointOf(refused, "format")).toEqual(point);
    expect(refused.restore.status).toBe("error");
  });

  it("while restoring the outcome stays (its 恢复 disabled: writing); a success replaces it", () => {
    const restoring = run([...formatted, { type: "restore/started", area: "format" }]);
    expect(restorePointOf(restoring, "format")).toEqual(point);
    expect(isWriting(restoring)).toBe(true);
    const done = run(
      [{ type: "restore/succeeded", result: { restored: 3, verified: true, notDone: [] } }],
      restoring
    );
    expect(restorePointOf(done, "format")).toBeNull();
    expect(done.restore.status).toBe("done");
  });

  it("any other action still clears the outcome", () => {
    const later = run([...formatted, { type: "export/started" }]);
    expect(restorePointOf(later, "format")).toBeNull();
  });
});
