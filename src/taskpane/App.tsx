/**
 * @fileoverview The task pane: 模板 (insert the report or the 申报书, confirming before touching
 * content), 排版 (one-click formatting and its outcome), 申报书 (the 案例类别 control, when the
 * document holds the form), 检查 (the live checklist with fix / fix all, ignore once / ignore a
 * rule, tallies), 人工核对 (hand-checked items) and 图片导出 (R23). The writer's ignores and ticks
 * are read from the document on start and saved with it (`readState` / `writeState`). It talks
 * only to the `DocumentGateway` it is given; state is the pure reducer of `./reducer`, effects are
 * the hooks of `./hooks`. Announcements are made only for the writer's own actions. On opening,
 * what is below the checklist renders once the first checklist is painted (`useAfterFirstCheck`).
 * Layer: taskpane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AriaLiveAnnouncer,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { HAND_ITEMS } from "../core/checklist";
import { selectableTarget, type Finding } from "../core/findings";
import { readForm } from "../core/form";
import type {
  DocumentGateway,
  PngToJpeg,
  RestoreMode,
  RestorePoint,
  TemplateKind,
} from "../core/gateway";
import type { FixPlan } from "../core/plan";
import { DEFAULT_LOCALE, type Locale } from "../core/messages";
import { PROFILE_2023, type Profile } from "../core/profile";
import { verdictCounts } from "../core/verdict";
import type { AboutSectionProps } from "./components/AboutSection";
import { ChecklistSection } from "./components/ChecklistSection";
import { prefetchDialog } from "./components/ConfirmDialog";
import { ErrorBar } from "./components/ErrorBar";
import type { ExportSectionProps } from "./components/ExportSection";
import { inlineChange } from "./components/FindingList";
import { FixDialog, FixOutcome } from "./components/FixPanel";
import { FormatOutcome, FormatSection } from "./components/FormatSection";
import { HandChecklist } from "./components/HandChecklist";
import { TemplateOutcome, TemplateSection } from "./components/TemplateSection";
import { TemplateRestore } from "./components/RestoreOffer";
import { useRestore } from "./hooks/useRestore";
import { useAfterFirstCheck } from "./hooks/useAfterFirstCheck";
import { useAnalysis } from "./hooks/useAnalysis";
import { useCategory } from "./hooks/useCategory";
import { useDecisions } from "./hooks/useDecisions";
import { useExport, type Downloader } from "./hooks/useExport";
import { useFixes } from "./hooks/useFixes";
import { useFormatting } from "./hooks/useFormatting";
import { useRoleCorrections, useStructureActions } from "./hooks/useStructure";
import type { StructureViewProps } from "./components/StructureView";
import { useTemplate } from "./hooks/useTemplate";
import { createTranslator, I18nProvider, useI18n } from "./i18n";
import { lazyPart } from "./lib/lazyPart";
import { PartBoundary } from "./components/PartBoundary";
import type { FormCategorySectionProps } from "./components/FormCategorySection";

/**
 * 申报书's 案例类别 control (Fluent's RadioGroup): a chunk of its own, fetched only when the
 * document holds the form (issue 9: the first load).
 */
const formCategory = lazyPart<FormCategorySectionProps>(() =>
  import(/* webpackChunkName: "form" */ "./components/FormCategorySection").then((m) => ({
    default: m.FormCategorySection,
  }))
);
/**
 * 结构, 导出提交材料 and 关于, the last parts of the pane: one chunk ("tail"), fetched when they are first
 * rendered — after the first checklist (useAfterFirstCheck) — so they are not in the first load
 * (issue 9: pane JS ≤ 250 KB gzipped).
 */
const exportPart = lazyPart<ExportSectionProps>(() =>
  import(/* webpackChunkName: "tail" */ "./components/ExportSection").then((m) => ({
    default: m.ExportSection,
  }))
);
const structurePart = lazyPart<StructureViewProps>(() =>
  import(/* webpackChunkName: "tail" */ "./components/StructureView").then((m) => ({
    default: m.StructureView,
  }))
);
const aboutPart = lazyPart<AboutSectionProps>(() =>
  import(/* webpackChunkName: "tail" */ "./components/AboutSection").then((m) => ({
    default: m.AboutSection,
  }))
);
import { categoryChoice } from "./lib/formCategory";
import {
  applyIgnores,
  ignoredRuleGroups,
  initialPaneState,
  isWriting,
  paneReducer,
  presentIgnoredIds,
  toPaneError,
  type ErrorArea,
  type RuleGroup,
} from "./reducer";
import { focusPlaceProps, useFocusKeeper } from "./hooks/useFocusKeeper";

/** Props of `App`. */
export interface AppProps {
  /** The open document. Injected: Word's in production, a fake in tests. */
  gateway: DocumentGateway;
  /** UI and findings locale (from `Office.context.displayLanguage`); default zh-CN. */
  locale?: Locale;
  /** The format spec; default the 2023 notice. */
  profile?: Profile;
  /** Debounce of document-change re-checks, ms (default 600). */
  debounceMs?: number;
  /** Starts a file download (default: a Blob URL and `<a download>`); injected in tests. */
  download?: Downloader;
  /** PNG → JPG for the submission package (default: the browser's canvas); injected in tests. */
  toJpeg?: PngToJpeg;
}

const useStyles = makeStyles({
  /**
   * A rule between the pane's areas (an `<hr>`: role separator). Fluent's Divider draws the same
   * 1 px line in colorNeutralStroke2 but costs ≈ 2.5 KB gzipped of the first load (issue 9).
   */
  divider: {
    width: "100%",
    height: 0,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    borderRightStyle: "none",
  },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The task pane. */
export function App({
  gateway,
  locale = DEFAULT_LOCALE,
  profile = PROFILE_2023,
  debounceMs,
  download,
  toJpeg,
}: AppProps) {
  const i18n = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return (
    <I18nProvider value={i18n}>
      <AriaLiveAnnouncer>
        <Pane
          gateway={gateway}
          locale={locale}
          profile={profile}
          debounceMs={debounceMs}
          download={download}
          toJpeg={toJpeg}
        />
      </AriaLiveAnnouncer>
    </I18nProvider>
  );
}

interface PaneProps {
  gateway: DocumentGateway;
  locale: Locale;
  profile: Profile;
  debounceMs?: number;
  download?: Downloader;
  toJpeg?: PngToJpeg;
}

function Pane({ gateway, locale, profile, debounceMs, download, toJpeg }: PaneProps) {
  const styles = useStyles();
  // Focus never falls to <body> when the focused control goes away (issue 9).
  const paneRef = useRef<HTMLElement>(null);
  useFocusKeeper(paneRef);
  const { t } = useI18n();
  const { announce } = useAnnounce();
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);

  const roleCorrections = useRoleCorrections(state.decisions.current);
  const { recheck } = useAnalysis(gateway, dispatch, {
    profile,
    locale,
    debounceMs,
    roleCorrections,
  });
  // after an edit: re-check, not awaited (useAnalysis reports its own errors)
  const recheckAfter = useCallback(() => void recheck(), [recheck]);
  const { format } = useFormatting(gateway, dispatch, {
    profile,
    onDone: recheckAfter,
    classified: state.check.analysis?.classified ?? null,
    roleCorrections,
  });
  const template = useTemplate(gateway, dispatch, { onDone: recheckAfter });

  const decisions = useDecisions(gateway, dispatch, state.decisions);
  const fixes = useFixes(gateway, dispatch, { onDone: recheckAfter });
  const { restore } = useRestore(gateway, dispatch, { onDone: recheckAfter });
  const { choose: chooseCategory } = useCategory(gateway, dispatch, {
    profile,
    onDone: recheckAfter,
  });
  const submission = useExport(gateway, dispatch, download, toJpeg);

  const analysis = state.check.analysis;
  const structure = useStructureActions(gateway, dispatch, decisions.change, analysis);
  const saved = state.decisions.current;
  const decisionsLocked = state.decisions.status !== "ready";
  const checklist = useMemo(
    () =>
      analysis
        ? applyIgnores(analysis.checklist, saved.ignoredFindingIds, saved.ignoredRules)
        : null,
    [analysis, saved]
  );
  const ignoredRules = useMemo(
    () => ignoredRuleGroups(analysis?.checklist ?? null, saved.ignoredRules),
    [analysis, saved]
  );
  const ignoredCount = useMemo(
    () => (analysis ? presentIgnoredIds(analysis.checklist, saved.ignoredFindingIds).length : 0),
    [analysis, saved]
  );
  const form = useMemo(
    () => (analysis ? readForm(analysis.classified, profile) : null),
    [analysis, profile]
  );
  const choice = useMemo(
    () => (form && form.categories.length > 0 ? categoryChoice(form) : null),
    [form]
  );

  const onSelect = useCallback(
    async (finding: Finding) => {
      try {
        // A section's finding (page setup) selects the section's start: it has no words.
        const doc = analysis?.classified.doc;
        await gateway.select(doc ? selectableTarget(finding.target, doc) : finding.target);
        dispatch({ type: "select/succeeded" });
      } catch (error) {
        dispatch({ type: "select/failed", error: toPaneError("select", error) });
      }
    },
    [gateway, analysis]
  );
  const { change } = decisions;
  const onIgnore = useCallback(
    (finding: Finding) => {
      change({ kind: "ignoreFinding", id: finding.id });
      announce(t("ui.check.ignored"), { polite: true });
    },
    [announce, t, change]
  );
  const onRestoreIgnored = useCallback(() => {
    change({ kind: "restoreFindings" });
    announce(t("ui.check.findingsRestored"), { polite: true });
  }, [announce, t, change]);
  const onIgnoreRule = useCallback(
    (group: RuleGroup) => {
      change({ kind: "ignoreRule", ruleId: group.ruleId });
      announce(t("ui.check.ruleIgnored", { title: group.title }), { polite: true });
    },
    [announce, t, change]
  );
  const onRestoreRule = useCallback(
    (ruleId: string) => {
      change({ kind: "restoreRule", ruleId });
      const title = ignoredRules.find((r) => r.ruleId === ruleId)?.title ?? ruleId;
      announce(t("ui.check.ruleRestored", { title }), { polite: true });
    },
    [announce, t, change, ignoredRules]
  );
  const onHand = useCallback(
    (id: string, checked: boolean) => change({ kind: "hand", id, checked }),
    [change]
  );
  const doc = analysis?.classified.doc ?? null;
  const onFix = useCallback(
    (finding: Finding) => {
      // The row shows a single text change inline (「,」→「，」): one click applies it.
      if (doc)
        void fixes.request(
          [finding],
          { kind: "finding", id: finding.id, ruleId: finding.ruleId },
          doc,
          inlineChange(finding, doc.paragraphs) !== null
        );
    },
    [fixes, doc]
  );
  const onFixAll = useCallback(
    (group: RuleGroup) => {
      if (doc) void fixes.request(group.findings, { kind: "rule", ruleId: group.ruleId }, doc);
    },
    [fixes, doc]
  );
  const fixState = state.fix;
  const onConfirmFix = useCallback(() => {
    if (fixState.scope && fixState.plan) void fixes.confirm(fixState.scope, fixState.plan);
  }, [fixes, fixState]);
  const onRetryFix = useCallback(() => {
    if (fixState.scope && fixState.plan) void fixes.confirm(fixState.scope, fixState.plan);
  }, [fixes, fixState]);
  const onFixWithoutRestore = useCallback(() => {
    if (fixState.scope && fixState.plan) void fixes.confirm(fixState.scope, fixState.plan, "none");
  }, [fixes, fixState]);
  // 撤销修复 / 恢复 of a fix: its outcome and the restore's show at the row (or under the rule).
  const onRestoreFix = useCallback(
    (point: RestorePoint) =>
      void restore("fix", point, {
        scope: fixState.scope,
        paragraphIndex: firstParagraph(fixState.plan),
      }),
    [restore, fixState]
  );
  const onDismissError = useCallback(
    (area: ErrorArea) => dispatch({ type: "error/dismissed", area }),
    []
  );
  const onRecheck = useCallback(() => void recheck({ fresh: true }), [recheck]);
  const capabilities = useMemo(() => {
    try {
      return gateway.capabilities();
    } catch {
      return null; // the host could not say: 关于 shows the version only
    }
  }, [gateway]);
  const writing = isWriting(state);
  // A tick being written, or written and not yet re-checked: shown as chosen meanwhile, and a
  // further choice waits for the re-check (the box paragraphs' text changed).
  const categoryBusy =
    state.category.status === "applying" ||
    (state.category.status === "done" && state.check.status === "checking");
  const categoryPending = state.category.queued ?? (categoryBusy ? state.category.name : null);
  const onChooseCategory = useCallback(
    (name: string) => {
      if (!form) return;
      if (categoryBusy) dispatch({ type: "category/queued", name });
      else void chooseCategory(form, name);
    },
    [form, categoryBusy, chooseCategory]
  );
  const queued = state.category.queued;
  const checkReady = state.check.status === "ready";
  // 模板与排版, 结构, 人工核对, 导出, 关于 — and the checklist's own parts under the findings (字数,
  // 已通过, 不适用) — are below the first screen: rendered once the first checklist (or its error)
  // is painted, so the first findings come sooner (issue 9).
  const belowFold = useAfterFirstCheck(state.check.analysis !== null || state.check.error !== null);
  // Once the first checklist has been painted, fetch the dialog (修复, 插入模板): the first load
  // leaves it out (issue 9), the writer's first action should not wait for it. Not before that
  // paint: its download and evaluation would compete with the checklist's first frame.
  useEffect(() => {
    if (checkReady && belowFold) prefetchDialog();
  }, [checkReady, belowFold]);
  useEffect(() => {
    if (queued !== null && !categoryBusy && checkReady && form) void chooseCategory(form, queued);
  }, [queued, categoryBusy, checkReady, form, chooseCategory]);

  // 模板与排版: open while the document has no report yet, or when the writer opened it, or while
  // the template asks to confirm; collapsed once used (findings come first).
  const [toolsChoice, setToolsChoice] = useState<boolean | null>(null);
  const kind = analysis?.checklist.documentKind ?? null;
  // The verdict's errors as the checklist counts them (ignored findings left out).
  const verdictErrors = useMemo(
    () => (checklist ? verdictCounts(checklist.groups.flatMap((g) => g.findings)).error : 0),
    [checklist]
  );
  const toolsOpen =
    state.template.status === "confirming" ||
    state.template.error !== null ||
    (toolsChoice ?? kind === "noReport");
  const templateDone = state.template.status === "done";
  const formatDone = state.format.status === "done";
  useEffect(() => {
    if (templateDone || formatDone) setToolsChoice(false);
  }, [templateDone, formatDone]);

  const templateRestore = (
    <TemplateRestore
      state={state.template}
      restore={state.restore}
      writing={writing}
      onRestore={(point) => void restore("template", point)}
      onDismiss={() => onDismissError("restore")}
    />
  );
  const fixScope = state.fix.scope ?? (state.restore.area === "fix" ? state.restore.scope : null);
  const fixFeedback = fixScope
    ? {
        ruleId: fixScope.ruleId,
        findingId: fixScope.kind === "finding" ? fixScope.id : null,
        paragraphIndex: state.fix.plan
          ? firstParagraph(state.fix.plan)
          : state.restore.paragraphIndex,
        node: (
          <FixOutcome
            state={state.fix}
            onRetry={onRetryFix}
            onDismissError={() => onDismissError("fix")}
            restore={state.restore}
            writing={writing}
            onRestore={onRestoreFix}
            onProceedWithoutRestore={onFixWithoutRestore}
            onDismissRestore={() => onDismissError("restore")}
          />
        ),
      }
    : null;
  const notices = (
    <>
      {toolsOpen ? null : (
        <>
          <TemplateOutcome state={state.template} />
          {templateRestore}
        </>
      )}
      <FormatOutcome
        state={state.format}
        onRetry={() => void format()}
        onDismissError={() => onDismissError("format")}
        restore={state.restore}
        writing={writing}
        onRestore={(point) => void restore("format", point)}
        onProceedWithoutRestore={() => void format("none")}
        onDismissRestore={() => onDismissError("restore")}
      />
      {state.decisions.error ? (
        <ErrorBar
          key={state.decisions.error.key}
          error={state.decisions.error}
          onRetry={state.decisions.status === "error" ? () => void decisions.reload() : undefined}
          onDismiss={() => onDismissError("decisions")}
        />
      ) : null}
      {state.decisions.unreadableParts > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="state-damaged">
          <MessageBarBody>
            {t("ui.decisions.damaged", { count: state.decisions.unreadableParts })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.decisions.status === "loading" ? (
        <Spinner size="extra-tiny" labelPosition="after" label={t("ui.check.decisionsLoading")} />
      ) : null}
    </>
  );

  return (
    <main className={styles.root} ref={paneRef} {...focusPlaceProps}>
      <h1 className={styles.title}>{t("ui.app.title")}</h1>
      <ChecklistSection
        check={state.check}
        checklist={checklist}
        ignoredCount={ignoredCount}
        crashed={analysis?.lint.crashed ?? []}
        selectError={state.selectError}
        onRecheck={onRecheck}
        onSelect={(f) => void onSelect(f)}
        onIgnore={onIgnore}
        onRestoreIgnored={onRestoreIgnored}
        onDismissError={onDismissError}
        ignoredRules={ignoredRules}
        onIgnoreRule={onIgnoreRule}
        onRestoreRule={onRestoreRule}
        onFix={onFix}
        onFixAll={onFixAll}
        writing={writing}
        decisionsLocked={decisionsLocked}
        notices={notices}
        fixFeedback={fixFeedback}
        onInsertTemplate={() => void template.request("report")}
        paragraphs={doc?.paragraphs ?? []}
        onFormat={() => void format()}
        firstPainted={belowFold}
      />
      {belowFold ? (
        <>
          <hr className={styles.divider} />
          <Accordion
            collapsible
            openItems={toolsOpen ? ["tools"] : []}
            onToggle={(_e, data) => setToolsChoice(data.openItems.includes("tools"))}
          >
            <AccordionItem value="tools" data-testid="tools">
              <AccordionHeader as="h2">{t("ui.tools.heading")}</AccordionHeader>
              <AccordionPanel>
                <TemplateSection
                  state={state.template}
                  disabled={writing}
                  onInsert={(kind: TemplateKind) => void template.request(kind)}
                  onConfirmReplace={(kind: TemplateKind, mode?: RestoreMode) =>
                    void template.confirmReplace(kind, mode)
                  }
                  restoreOffer={templateRestore}
                  onConfirmAppend={(kind: TemplateKind) => void template.confirmAppend(kind)}
                  onCancel={template.cancel}
                  onDismissError={() => onDismissError("template")}
                />
                <hr className={styles.divider} />
                <FormatSection
                  state={state.format}
                  disabled={writing}
                  onFormat={() => void format()}
                  notReport={kind === "notReport"}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          {form && choice ? (
            <>
              <hr className={styles.divider} />
              <PartBoundary part={formCategory}>
                {(FormCategorySection) => (
                  <FormCategorySection
                    choice={choice}
                    state={state.category}
                    pending={categoryPending}
                    disabled={writing && state.category.status !== "applying"}
                    onChoose={onChooseCategory}
                    onDismissError={() => onDismissError("category")}
                  />
                )}
              </PartBoundary>
            </>
          ) : null}
          {/* An empty document gets only the call to action (插入模板): no structure to show, nothing
          to confirm by hand or to export yet (issue 9, calm states). */}
          {kind === "empty" ? null : (
            <>
              <hr className={styles.divider} />
              <PartBoundary part={structurePart}>
                {(StructureView) => (
                  <StructureView analysis={analysis} locked={decisionsLocked} {...structure} />
                )}
              </PartBoundary>
              <hr className={styles.divider} />
              <HandChecklist
                items={analysis?.checklist.hand ?? HAND_ITEMS}
                checked={saved.handChecked}
                disabled={decisionsLocked}
                onToggle={onHand}
              />
              <hr className={styles.divider} />
              <PartBoundary part={exportPart}>
                {(ExportSection) => (
                  <ExportSection
                    state={state.export}
                    errors={verdictErrors}
                    notReport={kind === "notReport"}
                    onExport={() => void submission.exportPackage()}
                    onDismissError={() => onDismissError("export")}
                  />
                )}
              </PartBoundary>
            </>
          )}
          <hr className={styles.divider} />
          <PartBoundary part={aboutPart}>
            {(AboutSection) => <AboutSection capabilities={capabilities} />}
          </PartBoundary>
        </>
      ) : null}
      <FixDialog state={state.fix} onConfirm={onConfirmFix} onCancel={fixes.cancel} />
    </main>
  );
}

/** The first paragraph a fix plan changes (where its row was), or null. */
function firstParagraph(plan: FixPlan | null): number | null {
  const indexes = (plan?.edits ?? []).flatMap((e) => (e.op === "setPage" ? [] : [e.target.index]));
  return indexes.length > 0 ? Math.min(...indexes) : null;
}
