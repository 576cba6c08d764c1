/**
 * @fileoverview 关于: the add-in's version (package.json, the same as `case-report --version`), the
 * Word it runs in (platform and the requirement sets detected at start), and which features this
 * Word gets — from src/core/hosts.ts, the data the edition table of docs/deploy.md is generated
 * from, so the pane and the install guide say the same. Layer: taskpane.
 */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  Checkmark16Regular,
  QuestionCircle16Regular,
  Subtract16Regular,
} from "@fluentui/react-icons";
import type { Capabilities } from "../../core/gateway";
import { hostFeatures } from "../../core/hosts";
import { useI18n } from "../i18n";
import { APP_VERSION } from "../version";
import { memo } from "react";
import { useSectionStyles } from "./sectionStyles";

/** Props of `AboutSection`. */
export interface AboutSectionProps {
  /** What the gateway detected at start; null when it could not say. */
  capabilities: Capabilities | null;
}

const SETS: [keyof Omit<Capabilities, "host">, string][] = [
  ["wordApi13", "WordApi 1.3"],
  ["wordApi14", "WordApi 1.4"],
  ["wordApi15", "WordApi 1.5"],
  ["wordApi16", "WordApi 1.6"],
  ["wordApiDesktop13", "WordApiDesktop 1.3"],
];

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "baseline",
  },
  icon: {
    flexShrink: 0,
    position: "relative",
    top: "3px",
  },
  yes: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The 关于 area at the bottom of the pane. Memoised: its only prop is fixed for the pane's life,
 * so the pane's many state changes do not re-render it.
 */
export const AboutSection = memo(function AboutSection({ capabilities }: AboutSectionProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t } = useI18n();
  const features = capabilities ? hostFeatures({ sets: capabilities }) : [];
  return (
    <section className={section.root} aria-labelledby="about-heading" data-section="about">
      <h2 id="about-heading" className={section.heading}>
        {t("ui.about.heading")}
      </h2>
      <Text size={200}>{t("ui.about.version", { version: APP_VERSION })}</Text>
      {capabilities ? (
        <>
          <Text size={200}>
            {t("ui.about.host", { host: t(`hosts.platform.${capabilities.host}`) })}
          </Text>
          <Text size={200} className={styles.muted}>
            {t("ui.about.sets")}：
            {SETS.map(([key, name]) => `${name} ${capabilities[key] ? "✓" : "—"}`).join("，")}
          </Text>
          <Text size={200} weight="semibold">
            {t("ui.about.features")}
          </Text>
          <ul className={styles.list}>
            {features.map((f) => {
              // undefined: it depends on what the pane cannot see (paragraph ids need a
              // Microsoft 365 subscription on top of WordApi 1.6).
              const state = f.available === true ? "yes" : f.available === false ? "no" : "unknown";
              const without = t(`hosts.feature.${f.id}.without`);
              return (
                <li
                  key={f.id}
                  className={styles.item}
                  data-feature={f.id}
                  data-available={String(f.available)}
                >
                  {state === "yes" ? (
                    <Checkmark16Regular
                      className={mergeClasses(styles.icon, styles.yes)}
                      aria-label={t("ui.about.available")}
                    />
                  ) : state === "no" ? (
                    <Subtract16Regular
                      className={mergeClasses(styles.icon, styles.no)}
                      aria-label={t("ui.about.unavailable")}
                    />
                  ) : (
                    <QuestionCircle16Regular
                      className={mergeClasses(styles.icon, styles.no)}
                      aria-label={t("ui.about.unknown")}
                    />
                  )}
                  <Text size={200} className={state === "yes" ? undefined : styles.muted}>
                    {t(`hosts.feature.${f.id}`)}
                    {state === "no" ? t("ui.about.without", { without }) : null}
                    {state === "unknown" ? t("ui.about.depends", { without }) : null}
                  </Text>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
});
