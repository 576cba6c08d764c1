/**
 * The labelled set (issue 8, test/fixtures/labelled): the classifier must read at least the
 * floor of roles right on every draft. Measured with `npm run accuracy` — before issue 8's
 * classifier: typed 32/32, styles-en 22/22, styles-zh 18/18, auto-numbering 20/20,
 * bold-word 5/20, bold-wps 4/17, keyword-only 4/15, decimal 4/20, web-paste 14/19, qa 18/18,
 * form-report 61/61, toc 14/21, toc-styles 11/15 (227/298); after: every draft 100 %.
 */
import { labelledDrafts } from "../fixtures/labelled/drafts";
import { accuracyLine, measureDraft } from "../fixtures/labelled/measure";

/** The floor asserted: ≥ 97 % of roles and every heading on each draft. */
const ROLE_FLOOR = 0.97;

describe("labelled set (npm run accuracy)", () => {
  const drafts = labelledDrafts();

  it("has at least ten drafts of distinct shapes", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(new Set(drafts.map((d) => d.name)).size).toBe(drafts.length);
  });

  it.each(drafts.map((d) => [d.name, d] as const))("%s: roles ≥ 97 %, every heading", (_n, d) => {
    const a = measureDraft(d);
    const detail = [
      accuracyLine(a),
      ...a.misread.map((m) => `¶${m.paragraph} ${m.expected}→${m.got} ${m.text}`),
    ].join("\n");
    expect({ ok: a.roles[0] >= ROLE_FLOOR * a.roles[1], detail }).toEqual({ ok: true, detail });
    expect(a.headings[0]).toBe(a.headings[1]);
  });

  it("prints the exact line format", () => {
    const a = measureDraft(drafts[0]!);
    expect(accuracyLine(a)).toMatch(/^accuracy draft=typed roles=\d+\/\d+ headings=\d+\/\d+$/);
  });
});
