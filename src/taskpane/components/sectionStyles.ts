/**
 * @fileoverview The layout every area of the pane shares (模板, 排版, 人工核对, 导出, 案例类别):
 * a column with small gaps, an h2-sized heading and a muted hint line. One makeStyles hook so
 * the areas look alike and change together. Layer: taskpane.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Classes `root` (column), `heading` (area title) and `hint` (muted explanation). */
export const useSectionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});
