/**
 * @fileoverview Rule page-setup (R13): every section is the profile's paper (A4, 11906 × 16838
 * twips, ±20 twips) in portrait. The fix sets the page of every section (`setPage`, format
 * only). Sizes are shown in millimetres. Layer: core (pure).
 */
import { pageProblem, twipsToMm } from "../fonts";
import { type Rule } from "../rule";

/** page-setup: a section not A4 portrait (R13). */
export const pageSetup: Rule = {
  meta: {
    id: "page-setup",
    titleId: "rules.page-setup.title",
    category: "page",
    requirementIds: ["R13"],
    defaultSeverity: "error",
    fixable: "format",
    messageIds: ["wrongSize", "wrongOrientation", "unknownSize"],
  },
  check(ctx) {
    const { page } = ctx.profile;
    const fix = [
      {
        op: "setPage" as const,
        width: page.width,
        height: page.height,
        orientation: page.orientation,
      },
    ];
    ctx.classified.doc.sections.forEach((s, i) => {
      const problem = pageProblem(s, ctx.profile);
      if (problem === "ok") return;
      const data = {
        section: i + 1,
        paper: page.name,
        width: twipsToMm(s.pageWidth ?? 0),
        height: twipsToMm(s.pageHeight ?? 0),
        requiredWidth: twipsToMm(page.width),
        requiredHeight: twipsToMm(page.height),
      };
      ctx.report({
        messageId: problem,
        data,
        target: { kind: "section", section: i },
        severity: problem === "unknownSize" ? "warning" : "error",
        fix,
      });
    });
  },
};
