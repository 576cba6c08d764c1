/**
 * @fileoverview The 案例类别 of the 申报书 (R31) as the pane's control shows it, and the edits
 * that tick one category: a `replaceText` of each box character (`FormCategory.box`) to the
 * profile's ticked box for the chosen category and to the empty box for every other ticked one.
 * Pure. Layer: taskpane.
 */
import type { Edit } from "../../core/findings";
import type { FormData } from "../../core/form";
import type { Profile } from "../../core/profile";

/** What the control shows. */
export interface CategoryChoice {
  /** Names in form order. */
  names: string[];
  /** Names ticked in the document. */
  ticked: string[];
  /** Names whose box can be toggled (written with a box character). */
  toggleable: string[];
}

/** The categories of `form` for the control. */
export function categoryChoice(form: FormData): CategoryChoice {
  return {
    names: form.categories.map((c) => c.name),
    ticked: form.categories.filter((c) => c.ticked).map((c) => c.name),
    toggleable: form.categories.filter((c) => c.box !== null).map((c) => c.name),
  };
}

/**
 * Edits that leave exactly `chosen` ticked: its box becomes `profile.form.boxTicked` unless it
 * is ticked already (with any ticked mark), and every other ticked box becomes
 * `profile.form.boxEmpty`. One-character replacements, ordered bottom-to-top and right-to-left
 * like `planFixes`, so none shifts another. Categories written without a box get no edit.
 * Empty when nothing needs changing.
 */
export function categoryEdits(form: FormData, chosen: string, profile: Profile): Edit[] {
  const edits: Edit[] = [];
  for (const c of form.categories) {
    if (c.box === null) continue;
    const want = c.name === chosen;
    if (want === c.ticked) continue;
    edits.push({
      op: "replaceText",
      target: c.box.paragraph,
      span: [c.box.span[0], c.box.span[1]],
      text: want ? profile.form.boxTicked : profile.form.boxEmpty,
    });
  }
  return edits.sort((a, b) => {
    if (a.op !== "replaceText" || b.op !== "replaceText") return 0;
    return b.target.index - a.target.index || b.span[0] - a.span[0];
  });
}
