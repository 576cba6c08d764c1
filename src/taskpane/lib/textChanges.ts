/**
 * @fileoverview The text changes of a fix plan, quoted for the confirm dialog (anchor-codebases
 * §6.5: fixes that change words are listed for confirmation first): each `replaceText` edit as
 * the words around it before and after, in document order. Pure. Layer: taskpane.
 */
import type { Edit } from "../../core/findings";
import type { ReportDocument } from "../../core/model";
import type { TextChange } from "../reducer";

/** Characters of context shown on each side of a change. */
export const CONTEXT_CHARS = 8;

const ELLIPSIS = "…";

/**
 * The `replaceText` edits of `edits` as quotes over `doc` (the document the plan was made from):
 * up to {@link CONTEXT_CHARS} characters either side of the span, "…" where the paragraph goes
 * on, the old text in `before` and the new one in `after` — so an insertion (an empty span, e.g.
 * the missing “——” of the unit line) shows where it goes. Sorted top to bottom, left to right.
 * An edit whose paragraph is not in `doc` is quoted without context.
 */
export function describeTextChanges(doc: ReportDocument, edits: readonly Edit[]): TextChange[] {
  const out: (TextChange & { start: number })[] = [];
  for (const e of edits) {
    if (e.op !== "replaceText") continue;
    const text = doc.paragraphs[e.target.index]?.text ?? "";
    const [start, end] = e.span;
    const from = Math.max(0, start - CONTEXT_CHARS);
    const to = Math.min(text.length, end + CONTEXT_CHARS);
    const left = (from > 0 ? ELLIPSIS : "") + text.slice(from, start);
    const right = text.slice(end, to) + (to < text.length ? ELLIPSIS : "");
    out.push({
      paragraphIndex: e.target.index,
      start,
      before: left + text.slice(start, end) + right,
      after: left + e.text + right,
    });
  }
  out.sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start);
  return out.map(({ paragraphIndex, before, after }) => ({ paragraphIndex, before, after }));
}
