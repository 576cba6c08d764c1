/**
 * @fileoverview The tallies of the checklist under the 字数 rows: figures and tables (R12, "not
 * too many") and photos (R21, at least the profile's minimum), each with its bound and status in
 * words (never by colour alone). Layer: taskpane.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TallyItem } from "../../core/checklist";
import { t as translate } from "../../core/messages";
import { useI18n, type Translate } from "../i18n";

/** Props of `TallyList`. */
export interface TallyListProps {
  /** Figures and tables (R12), photos (R21), each with its profile bound and status. */
  tallies: TallyItem[];
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
  label: {
    fontWeight: tokens.fontWeightSemibold,
    minWidth: "2em",
    // A long value wraps beside the label; the label keeps its width (min-width replaces a flex
    // item's automatic minimum, so without this "Figures" shrank under "2, not too many…").
    flexShrink: 0,
  },
  attention: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

/** The text of a tally: value, bound and status (bounds and status come from core's buildTallies). */
export function tallyText(t: Translate, item: TallyItem): string {
  const status = item.status;
  const text =
    item.id === "pictures"
      ? t("ui.tally.hint.pictures", { value: item.value, min: item.min ?? 0 })
      : t(item.id === "figures" ? "ui.tally.hint.figures" : "ui.tally.hint.tables", {
          value: item.value,
          max: item.max ?? 0,
        });
  const word =
    status === "ok"
      ? t("ui.count.status.ok")
      : status === "low"
        ? t("ui.count.status.low")
        : t("ui.count.status.high");
  return `${text} · ${word}`;
}

/** Figures, tables and photos of the report. */
export function TallyList({ tallies }: TallyListProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  return (
    <div className={styles.root}>
      <h3 id="tally-heading" className={styles.heading}>
        {t("ui.tally.heading")}
      </h3>
      <ul className={styles.list} aria-labelledby="tally-heading">
        {tallies.map((item) => {
          const status = item.status;
          return (
            <li key={item.id} className={styles.item} data-tally-id={item.id}>
              <Text className={styles.label}>{translate(item.labelId, {}, locale)}</Text>
              <Text className={mergeClasses(status !== "ok" && styles.attention)}>
                {tallyText(t, item)}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
