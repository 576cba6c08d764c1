/**
 * @fileoverview The 结构 view (issue 8), like Word's navigation pane: the title, unit line, parts
 * and headings the add-in read, indented by level, each with the 字数 it heads (core's
 * `documentOutline`); a click selects the paragraph in Word; a 角色 menu on every line sets the
 * paragraph's role by hand (题目 / 单位全称 / 单位简介 / 一级–三级标题 / 正文 / 图注 / 不处理) or
 * gives it back to the classifier (恢复自动识别). "显示所有段落" lists every paragraph with text, so
 * any paragraph's role can be set (a heading read as body text is not in the outline). The view
 * is closed until the writer opens it (显示结构), and computes nothing while closed. It
 * holds no document state: the roles come from the analysis, a change goes to the writer's
 * decisions (saved with the document; the checklist and 一键排版 follow). Layer: taskpane.
 */
import {
  Badge,
  Button,
  Menu,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type MenuProps,
} from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import type { Analysis } from "../../core/analyze";
import { CORRECTED_ROLES, type CorrectedRole, type Role } from "../../core/roles";
import { documentOutline, type OutlineEntry, type ParagraphEntry } from "../../core/structure";
import { useI18n, type Translate, type UiMessageId } from "../i18n";

/** A line the writer acts on: its paragraph and key. */
export interface StructureLine {
  index: number;
  key: string;
  text: string;
}

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
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  go: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  goText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    alignItems: "flex-start",
  },
  text: {
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  top: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The writer's name of a role ("一级标题"; "不处理" for other). */
export function roleLabel(t: Translate, role: Role): string {
  return t(`ui.structure.role.${role}` as UiMessageId);
}

/** At most `max` characters of a paragraph's text on one line. */
function short(text: string, max = 24): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

interface LineProps {
  line: OutlineEntry | ParagraphEntry;
  depth: number;
  words: number | null;
  locked: boolean;
  onSelect: StructureViewProps["onSelect"];
  onSetRole: StructureViewProps["onSetRole"];
}

/** One line: the select button, 字数, 已更正 and the 角色 menu. */
const Line = memo(function Line({ line, depth, words, locked, onSelect, onSetRole }: LineProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const role = roleLabel(t, line.role);
  const checked = useMemo(
    () => ({ role: (CORRECTED_ROLES as readonly string[]).includes(line.role) ? [line.role] : [] }),
    [line.role]
  );
  const onCheckedValueChange: MenuProps["onCheckedValueChange"] = (_e, data) => {
    const next = data.checkedItems[0];
    if (next !== undefined && next !== line.role) onSetRole(line, next as CorrectedRole);
  };
  const text = short(line.label + line.text);
  return (
    <li
      className={styles.item}
      data-paragraph={line.index + 1}
      data-role={line.role}
      data-corrected={line.corrected ? "true" : undefined}
      style={{ paddingLeft: `${depth * 12}px` }}
    >
      <Button
        appearance="subtle"
        size="small"
        className={styles.go}
        aria-label={t("ui.structure.goTo", { text: (line.label + line.text).trim() || text })}
        onClick={() => onSelect(line)}
      >
        <span className={styles.goText}>
          <span className={mergeClasses(styles.text, depth === 0 && styles.top)}>{text}</span>
          <span className={styles.meta}>
            {role}
            {words !== null ? ` · ${t("ui.structure.words", { words })}` : ""}
          </span>
        </span>
      </Button>
      {line.corrected ? (
        <Badge appearance="tint" color="informative" size="small">
          {t("ui.structure.corrected")}
        </Badge>
      ) : null}
      <Menu checkedValues={checked} onCheckedValueChange={onCheckedValueChange}>
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance="transparent"
            disabled={locked}
            aria-label={t("ui.structure.roleButtonLabel", { text, role })}
          >
            {t("ui.structure.roleButton")}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {CORRECTED_ROLES.map((r) => (
              <MenuItemRadio key={r} name="role" value={r}>
                {roleLabel(t, r)}
              </MenuItemRadio>
            ))}
            {line.corrected ? (
              <MenuItem onClick={() => onSetRole(line, null)}>{t("ui.structure.auto")}</MenuItem>
            ) : null}
          </MenuList>
        </MenuPopover>
      </Menu>
    </li>
  );
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
    <section className={styles.root} aria-labelledby="structure-heading" data-section="structure">
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
