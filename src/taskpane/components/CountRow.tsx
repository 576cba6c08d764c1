/**
 * @fileoverview One 字数 row of the checklist: label, value against its bound, and a Fluent
 * `ProgressBar` inside a `Field` whose hint states value, bound and status in words (never by
 * colour alone). Layer: taskpane.
 */
import { Field, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { t as translate, type Locale } from "../../core/messages";
import { useI18n, type Translate, type UiMessageId } from "../i18n";
import type { CountItem } from "../reducer";

/** Props of `CountRow`. */
export interface CountRowProps {
  item: CountItem;
  /** Indented under the row it is a share of (主要做法占正文). */
  nested?: boolean;
  /**
   * A provisional figure (the first check's 字数 from the text alone, issue 7): value and bound
   * without a verdict — no status word, no validation icon, a neutral bar; a part not found yet
   * says so ("暂未找到") rather than 缺失.
   */
  provisional?: boolean;
}

const useStyles = makeStyles({
  nested: {
    paddingLeft: tokens.spacingHorizontalL,
  },
});

const LABEL: Record<CountItem["id"], UiMessageId> = {
  title: "ui.count.title",
  unitIntro: "ui.count.unitIntro",
  body: "ui.count.body",
  practice: "ui.count.practice",
  practiceShare: "ui.count.practiceShare",
  effect: "ui.count.effect",
  background: "ui.count.background",
};

const STATUS: Record<CountItem["status"], UiMessageId> = {
  ok: "ui.count.status.ok",
  low: "ui.count.status.low",
  high: "ui.count.status.high",
  missing: "ui.count.status.missing",
  unfilled: "ui.count.status.unfilled",
};

/**
 * A share comes as percent rounded down to 0.1 (69.9, bound 70) — shown as is, never rounded up
 * to pass; a fraction (0.699, bound 0.7) is shown as percent the same way.
 */
function shown(item: CountItem, n: number): string {
  if (item.unit !== "%") return String(n);
  const fraction = Math.max(item.value, item.min ?? 0, item.max ?? 0) <= 1;
  return String(fraction ? Math.floor(n * 1000) / 10 : n);
}

/** The hint under the bar: value, bound and status (no status when `provisional`). */
export function countHint(t: Translate, item: CountItem, provisional = false): string {
  if (item.status === "missing")
    return t(provisional ? "ui.count.hint.notYetFound" : "ui.count.hint.missing");
  if (item.status === "unfilled") return t("ui.count.hint.unfilled");
  const unit = item.unit === "%" ? t("ui.unit.percent") : t("ui.unit.char");
  const value = shown(item, item.value);
  const { min, max } = item;
  const data = {
    value,
    unit,
    ...(min !== undefined ? { min: shown(item, min) } : {}),
    ...(max !== undefined ? { max: shown(item, max) } : {}),
  };
  const text =
    min !== undefined && max !== undefined
      ? t("ui.count.hint.range", data)
      : min !== undefined
        ? t("ui.count.hint.min", data)
        : max !== undefined
          ? t("ui.count.hint.max", data)
          : t("ui.count.hint.none", data);
  return (min === undefined && max === undefined) || provisional
    ? text
    : `${text} · ${t(STATUS[item.status])}`;
}

/** The label of a count row: the checklist's `labelId`, else the pane's own label. */
export function countLabel(t: Translate, item: CountItem, locale: Locale): string {
  const label = translate(item.labelId, {}, locale);
  return label !== item.labelId ? label : t(LABEL[item.id] ?? "ui.count.body");
}

/** One count row. */
export function CountRow({ item, nested = false, provisional = false }: CountRowProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const color = provisional
    ? "brand"
    : item.status === "ok"
      ? "success"
      : item.status === "high"
        ? "error"
        : item.status === "missing"
          ? "error"
          : "warning";
  // 未填写 is neither ✓ nor an error: no validation icon at all, only the words.
  const validationState =
    provisional || item.status === "ok" || item.status === "unfilled"
      ? "none"
      : item.status === "low"
        ? "warning"
        : "error";
  return (
    <Field
      className={mergeClasses(nested && styles.nested)}
      label={countLabel(t, item, locale)}
      hint={countHint(t, item, provisional)}
      validationState={validationState}
      data-count-id={item.id}
    >
      {/* A bar only where there is a bound to fill toward (实施背景 has none), and not while
          the part is 未填写 (an empty bar would read as "0 字 written"). */}
      {(item.min !== undefined || item.max !== undefined) &&
      item.status !== "unfilled" &&
      !(provisional && item.status === "missing") ? (
        <ProgressBar
          value={Math.max(0, Math.min(1, item.progress))}
          max={1}
          color={color}
          thickness="large"
        />
      ) : (
        <span />
      )}
    </Field>
  );
}
