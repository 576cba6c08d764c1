/**
 * @fileoverview The gateway's export path, in a chunk of its own (issue 9): 图片导出 and
 * 导出提交材料 — the pictures read from the package (`./exportPictures`), the document as a file
 * (`./files`) and the submission zip (`../ooxml/submission`, with fflate's zip writer).
 * `./gateway` loads it with `import()` when an export is first asked for. Layer: word.
 */
export { canGetDocumentFile, getDocumentFile } from "./files";
export { exportPictures } from "./exportPictures";
export { assembleSubmission } from "../ooxml/submission";
