/**
 * @fileoverview The gateway's write path, in a chunk of its own (issue 9: the pane's first load
 * holds only what the first checklist needs): 一键排版 and text fixes (`./applyEdits`, with the
 * OOXML formatting and packaging it uses) and 插入模板 (`./insertTemplate`, the template and
 * 申报书 packages), and selecting a finding's text in Word (`./select`, which searches the way
 * the text fixes do), and restore points (`./restore`: 恢复 / 撤销修复). `./gateway` loads it
 * with `import()` when a write is first asked for.
 * Layer: word.
 */
export { assertEdits, unverifiedResult, verifyEdits, writeEdits } from "./applyEdits";
export { insertTemplate } from "./insertTemplate";
export { select } from "./select";
export { verifyListPlaces } from "./paragraphWrites";
export {
  expired,
  notRestoredOf,
  restoreBody,
  restoreCaveats,
  restoreEdits,
  verifyRestore,
} from "./restore";
