/**
 * @fileoverview The task pane: 模板 (insert the template, confirming before replacing content),
 * 排版 (one-click formatting and its outcome) and 检查 (the live checklist). It talks only to the
 * `DocumentGateway` it is given; state is the pure reducer of `./state`, effects are the hooks of
 * `./hooks`. Announcements are made only for the writer's own actions. Layer: taskpane.
 */
import {
  AriaLiveAnnouncer,
  Divider,
  makeStyles,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import { useCallback, useMemo, useReducer } from "react";
import type { Finding } from "../core/findings";
import type { DocumentGateway, TemplateKind } from "../core/gateway";
import { DEFAULT_LOCALE, type Locale } from "../core/messages";
import { PROFILE_2023, type Profile } from "../core/profile";
import { ChecklistSection } from "./components/ChecklistSection";
import { FormatSection } from "./components/FormatSection";
import { TemplateSection } from "./components/TemplateSection";
import { useAnalysis } from "./hooks/useAnalysis";
import { useFormatting } from "./hooks/useFormatting";
import { useTemplate } from "./hooks/useTemplate";
import { createTranslator, I18nProvider, useI18n } from "./i18n";
import {
  applyIgnores,
  initialPaneState,
  isWriting,
  paneReducer,
  toPaneError,
  type ErrorArea,
} from "./state";

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
}

const useStyles = makeStyles({
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
}: AppProps) {
  const i18n = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return (
    <I18nProvider value={i18n}>
      <AriaLiveAnnouncer>
        <Pane gateway={gateway} locale={locale} profile={profile} debounceMs={debounceMs} />
      </AriaLiveAnnouncer>
    </I18nProvider>
  );
}

interface PaneProps {
  gateway: DocumentGateway;
  locale: Locale;
  profile: Profile;
  debounceMs?: number;
}

function Pane({ gateway, locale, profile, debounceMs }: PaneProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { announce } = useAnnounce();
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);

  const { recheck } = useAnalysis(gateway, dispatch, {
    profile,
    locale,
    debounceMs,
  });
  const { format } = useFormatting(gateway, dispatch, { profile, locale, onDone: recheck });
  const template = useTemplate(gateway, dispatch, { onDone: recheck });

  const analysis = state.check.analysis;
  const checklist = useMemo(
    () => (analysis ? applyIgnores(analysis.checklist, state.ignored) : null),
    [analysis, state.ignored]
  );
  const ignoredCount = useMemo(() => {
    if (!analysis) return 0;
    const present = new Set(analysis.checklist.groups.flatMap((g) => g.findings.map((f) => f.id)));
    return state.ignored.filter((id) => present.has(id)).length;
  }, [analysis, state.ignored]);

  const onSelect = useCallback(
    async (finding: Finding) => {
      try {
        await gateway.select(finding.target);
        dispatch({ type: "select/succeeded" });
      } catch (error) {
        dispatch({ type: "select/failed", error: toPaneError("select", error) });
      }
    },
    [gateway]
  );
  const onIgnore = useCallback(
    (finding: Finding) => {
      dispatch({ type: "finding/ignored", id: finding.id });
      announce(t("ui.check.ignored"), { polite: true });
    },
    [announce, t]
  );
  const onRestoreIgnored = useCallback(() => dispatch({ type: "findings/restored" }), []);
  const onDismissError = useCallback(
    (area: ErrorArea) => dispatch({ type: "error/dismissed", area }),
    []
  );
  const onRecheck = useCallback(() => void recheck(), [recheck]);
  const writing = isWriting(state);

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t("ui.app.title")}</h1>
      <TemplateSection
        state={state.template}
        disabled={writing}
        onInsert={(kind: TemplateKind) => void template.request(kind)}
        onConfirmReplace={(kind: TemplateKind) => void template.confirmReplace(kind)}
        onCancel={template.cancel}
        onDismissError={() => onDismissError("template")}
      />
      <Divider />
      <FormatSection
        state={state.format}
        disabled={writing}
        onFormat={() => void format()}
        onDismissError={() => onDismissError("format")}
      />
      <Divider />
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
      />
    </main>
  );
}
