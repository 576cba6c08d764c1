/**
 * @fileoverview Rule figure-table-count (R12, "案例中应辅以必要的实例、数据和图表，图、表不宜过
 * 多", 附件二 四(三)): more figures than profile.figureTableMax.figures, or more tables than
 * profile.figureTableMax.tables, in the report is an info finding. The counts themselves are
 * shown in the checklist (`Checklist.tallies`, from `figureTableCounts`). Layer: core (pure).
 *
 * Counting (`figureTableCounts`), over the report (not 附件, not the 申报书 form — `scope.ts`):
 * - figures = the larger of the number of pictures and the number of distinct figure captions
 *   ("图1 …", "图 2-1 …"): a photo with its caption is one figure, and a chart that is not a
 *   picture (a Word chart object) still has its caption;
 * - tables = the larger of the number of tables (maximal runs of table paragraphs) and the
 *   number of distinct table captions ("表1 …").
 */
import type { ClassifiedDocument } from "../roles";
import type { Profile } from "../profile";
import type { Rule } from "../rule";
import { reportParagraphMask, tableBlocks, isFormTable } from "../scope";
import { itemAt } from "../item-at";

/** Caption of a figure or table at the start of a paragraph, with its number. */
const CAPTION = /^[\s\u3000]*([图表])\s*([0-9０-９]+(?:[-－.．][0-9０-９]+)?)(?![0-9０-９%％])/u;

/** Number of figures and tables in the report (R12); see the file header. */
export function figureTableCounts(
  c: ClassifiedDocument,
  profile: Profile
): { figures: number; tables: number } {
  const mask = reportParagraphMask(c, profile);
  const inBody = (i: number) => mask[i] && c.paragraphs[i]?.section !== "attachment";
  const pictures = c.doc.pictures.filter((p) => inBody(p.paragraphIndex)).length;
  const tables = tableBlocks(c.doc).filter(
    (b) => inBody(b.first) && !isFormTable(c.doc, b, profile)
  ).length;
  const figureCaptions = new Set<string>();
  const tableCaptions = new Set<string>();
  for (const info of c.paragraphs) {
    const p = itemAt(c.doc.paragraphs, info.index);
    if (!inBody(info.index) || p.tableDepth > 0) continue;
    const [, kind, label] = CAPTION.exec(p.text) ?? [];
    if (label === undefined) continue;
    (kind === "图" ? figureCaptions : tableCaptions).add(label);
  }
  return {
    figures: Math.max(pictures, figureCaptions.size),
    tables: Math.max(tables, tableCaptions.size),
  };
}

/** figure-table-count: too many figures or tables (R12). */
export const figureTableCount: Rule = {
  meta: {
    id: "figure-table-count",
    titleId: "rules.figure-table-count.title",
    category: "pictures",
    requirementIds: ["R12"],
    defaultSeverity: "info",
    messageIds: ["tooManyFigures", "tooManyTables"],
  },
  check(ctx) {
    const { figures, tables } = figureTableCounts(ctx.classified, ctx.profile);
    const max = ctx.profile.figureTableMax;
    if (figures > max.figures) {
      ctx.report({
        messageId: "tooManyFigures",
        data: { count: figures, max: max.figures },
        target: { kind: "document" },
      });
    }
    if (tables > max.tables) {
      ctx.report({
        messageId: "tooManyTables",
        data: { count: tables, max: max.tables },
        target: { kind: "document" },
      });
    }
  },
};
