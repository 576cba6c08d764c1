/**
 * @fileoverview One line of the 结构 view (`./StructureView`): the select button, 字数, 已更正 and
 * the 角色 menu. A chunk of its own, loaded when the writer first opens the view (issue 9: the
 * first load does without Fluent UI's menu). Layer: taskpane.
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
  makeStyles,
  mergeClasses,
  tokens,
  type MenuProps,
} from "@fluentui/react-components";
import { memo, useMemo } from "react";
import { CORRECTED_ROLES, type CorrectedRole } from "../../core/roles";
import type { OutlineEntry, ParagraphEntry } from "../../core/structure";
import { useI18n } from "../i18n";
import { roleLabel, type StructureLine } from "../lib/structureLine";

const useStyles = makeStyles({
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

/** At most `max` characters of a paragraph's text on one line. */
function short(text: string, max = 24): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** Props of `OutlineLine`. */
export interface OutlineLineProps {
  line: OutlineEntry | ParagraphEntry;
  depth: number;
  words: number | null;
  locked: boolean;
  /** Selects paragraph `line.index` in Word. */
  onSelect: (line: StructureLine) => void;
  /** Gives `line` a role, or back to the classifier with null. */
  onSetRole: (line: StructureLine, role: CorrectedRole | null) => void;
}

/** One line: the select button, 字数, 已更正 and the 角色 menu. */
const OutlineLine = memo(function OutlineLine({
  line,
  depth,
  words,
  locked,
  onSelect,
  onSetRole,
}: OutlineLineProps) {
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

export default OutlineLine;
