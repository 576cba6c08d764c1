/**
 * @fileoverview The tallies of the checklist under the 字数 rows: figures and tables (R12, "not
 * too many") and photos (R21, at least the profile's minimum), each with its bound and status in
 * words (never by colour alone). Layer: taskpane.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TallyItem } from "../../core/checklist";
import { t as translate } from "../../core/messages";
import { PROFILE_2023, type Profile } from "../../core/profile";
import { useI18n, type Translate } from "../i18n";

/** Props of `TallyList`. */
export interface TallyListProps {
  tallies: TallyItem[];
  /** Bounds: `figureTableMax` (R12) and `pictures.minCount` (R21); default the 2023 profile. */
  profile?: Profile;
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
  },
  attention: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

/** The status of a tally against its bound: "ok", "low" (too few photos) or "high" (too many). */
export function tallyStatus(item: TallyItem, profile: Profile): "ok" | "low" | "high" {
  if (item.id === "pictures") return item.value < profile.pictures.minCount ? "low" : "ok";
  const max =
    item.id === "figures" ? profile.figureTableMax.figures : profile.figureTableMax.tables;
  return item.value > max ? "high" : "ok";
}

/** The text of a tally: value, bound and status. */
export function tallyText(t: Translate, item: TallyItem, profile: Profile): string {
  const status = tallyStatus(item, profile);
  const text =
    item.id === "pictures"
      ? t("ui.tally.hint.pictures", { value: item.value, min: profile.pictures.minCount })
      : t(item.id === "figures" ? "ui.tally.hint.figures" : "ui.tally.hint.tables", {
          value: item.value,
          max:
            item.id === "figures" ? profile.figureTableMax.figures : profile.figureTableMax.tables,
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
export function TallyList({ tallies, profile = PROFILE_2023 }: TallyListProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  return (
    <div className={styles.root}>
      <h3 id="tally-heading" className={styles.heading}>
        {t("ui.tally.heading")}
      </h3>
      <ul className={styles.list} aria-labelledby="tally-heading">
        {tallies.map((item) => {
          const status = tallyStatus(item, profile);
          return (
            <li key={item.id} className={styles.item} data-tally-id={item.id}>
              <Text className={styles.label}>{translate(item.labelId, {}, locale)}</Text>
              <Text className={mergeClasses(status !== "ok" && styles.attention)}>
                {tallyText(t, item, profile)}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
