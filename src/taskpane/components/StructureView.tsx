/**
 * @fileoverview The 结构 view (issue 8), like Word's navigation pane: the title, unit line, parts
 * and headings the add-in read, indented by level, each with the 字数 it heads (core's
 * `documentOutline`); a click selects the paragraph in Word; a 角色 menu on every line sets the
 * paragraph's role by hand (题目 / 单位全称 / 单位简介 / 一级–三级标题 / 正文 / 图注 / 不处理) or
 * gives it back to the classifier (恢复自动识别). "显示所有段落" lists every paragraph with text, so
 * any paragraph's role can be set (a heading read as body text is not in the outline). The view
 * is closed until the writer opens it (显示结构), and computes nothing while closed. It
 * holds no document state: the roles come from the analysis, a change goes to the writer's
 * decisions (saved with the document; the checklist and 一键排版 follow). The lines and their
 * menus (`./OutlineLine`) are a chunk of their own, loaded when the view is first opened.
 * Layer: taskpane.
 */
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { lazyPart } from "../lib/lazyPart";
import type { OutlineLineProps } from "./OutlineLine";
import { PartBoundary } from "./PartBoundary";
import type { Analysis } from "../../core/analyze";
import type { CorrectedRole } from "../../core/roles";
import { documentOutline } from "../../core/structure";
import { useI18n } from "../i18n";
import { type StructureLine } from "../lib/structureLine";
import { focusPlaceProps } from "../hooks/useFocusKeeper";

export { roleLabel, type StructureLine } from "../lib/structureLine";

/** The lines, with Fluent UI's menu: fetched when the view is first opened. */
const line = lazyPart<OutlineLineProps>(
  () => import(/* webpackChunkName: "structure" */ "./OutlineLine")
);

/** Props of `StructureView`. */
export interface StructureViewProps {
  /** The analysis shown (its classification has the writer's corrections applied); null before the first check. */
  analysis: Analysis | null;
  /** The saved decisions cannot be changed now (loading, or the read failed): the menus are disabled. */
  locked: boolean;
  /** Selects paragraph `line.index` in Word. */
  onSelect: (line: StructureLine) => void;
  /** Gives `line` a role, or back to the classifier with null. */
  onSetRole: (line: StructureLine, role: CorrectedRole | null) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  headingRow: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
});

/** The 结构 view. */
export function StructureView({ analysis, locked, onSelect, onSetRole }: StructureViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  // Closed until the writer opens it: the checklist comes first, and a closed view costs nothing.
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const outline = useMemo(
    () => (analysis && open ? documentOutline(analysis.classified) : null),
    [analysis, open]
  );
  return (
    <section
      className={styles.root}
      aria-labelledby="structure-heading"
      data-section="structure"
      {...focusPlaceProps}
    >
      <div className={styles.headingRow}>
        <h2 id="structure-heading" className={styles.heading}>
          {t("ui.structure.heading")}
        </h2>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t("ui.structure.hide") : t("ui.structure.show")}
        </Button>
      </div>
      {open ? (
        <>
          <Text size={200} className={styles.hint}>
            {t("ui.structure.hint")}
          </Text>
          {locked ? (
            <Text size={200} className={styles.hint}>
              {t("ui.structure.locked")}
            </Text>
          ) : null}
          {outline === null ? null : outline.entries.length === 0 && !all ? (
            <Text>{t("ui.structure.empty")}</Text>
          ) : (
            <PartBoundary
              part={line}
              fallback={<Spinner size="tiny" label={t("ui.structure.loading")} />}
            >
              {(Line) => (
                <ul className={styles.list} aria-labelledby="structure-heading">
                  {all
                    ? outline.paragraphs.map((p) => (
                        <Line
                          key={`${p.index}|${p.key}`}
                          line={p}
                          depth={0}
                          words={null}
                          locked={locked}
                          onSelect={onSelect}
                          onSetRole={onSetRole}
                        />
                      ))
                    : outline.entries.map((e) => (
                        <Line
                          key={`${e.index}|${e.key}`}
                          line={e}
                          depth={e.depth}
                          words={e.words}
                          locked={locked}
                          onSelect={onSelect}
                          onSetRole={onSetRole}
                        />
                      ))}
                </ul>
              )}
            </PartBoundary>
          )}
          {outline !== null ? (
            <Button size="small" appearance="secondary" onClick={() => setAll((a) => !a)}>
              {all ? t("ui.structure.headingsOnly") : t("ui.structure.allParagraphs")}
            </Button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
