/**
 * @fileoverview The ordered rule registry. The order is the report order of findings at the
 * same place and the order of the checklist's groups. Each rule lives in `<rule id>.ts`.
 * Layer: core (pure).
 */
import type { Rule } from "../rule";
import { bodyLength } from "./body-length";
import { cjkMarksFont } from "./cjk-marks-font";
import { effectData } from "./effect-data";
import { figureTableCount } from "./figure-table-count";
import { firstPerson } from "./first-person";
import { formCategory } from "./form-category";
import { formConsistency } from "./form-consistency";
import { formCreators } from "./form-creators";
import { formDate } from "./form-date";
import { formPeriod } from "./form-period";
import { formRequiredFields } from "./form-required-fields";
import { formSummaryLength } from "./form-summary-length";
import { headingLevels } from "./heading-levels";
import { pageSetup } from "./page-setup";
import { pictureCount } from "./picture-count";
import { pictureResolution } from "./picture-resolution";
import { practiceShare } from "./practice-share";
import { privacy } from "./privacy";
import { punctuation } from "./punctuation";
import { reportStructure } from "./report-structure";
import { roleFormat } from "./role-format";
import { titleLength } from "./title-length";
import { titleNames } from "./title-names";
import { unitIntroLength } from "./unit-intro-length";
import { unitLine } from "./unit-line";

export {
  bodyLength,
  cjkMarksFont,
  effectData,
  figureTableCount,
  firstPerson,
  formCategory,
  formConsistency,
  formCreators,
  formDate,
  formPeriod,
  formRequiredFields,
  formSummaryLength,
  headingLevels,
  pageSetup,
  pictureCount,
  pictureResolution,
  practiceShare,
  privacy,
  punctuation,
  reportStructure,
  roleFormat,
  titleLength,
  titleNames,
  unitIntroLength,
  unitLine,
};

/** Every rule, in report order: structure, counts, person, headings, format, page, pictures, form. */
export const allRules: readonly Rule[] = Object.freeze([
  reportStructure,
  unitLine,
  titleLength,
  titleNames,
  unitIntroLength,
  bodyLength,
  practiceShare,
  effectData,
  firstPerson,
  privacy,
  headingLevels,
  roleFormat,
  cjkMarksFont,
  punctuation,
  pageSetup,
  pictureCount,
  pictureResolution,
  figureTableCount,
  // The 申报书 (附件一, R27–R33): silent when the document holds no form.
  formRequiredFields,
  formCategory,
  formPeriod,
  formDate,
  formSummaryLength,
  formCreators,
  formConsistency,
]);

/** The rule with `id`, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
