/**
 * @fileoverview The ordered rule registry. The order is the report order of findings at the
 * same place and the order of the checklist's groups. Each rule lives in `<rule id>.ts`.
 * Layer: core (pure).
 */
import type { Rule } from "../rule";
import { bodyLength } from "./body-length";
import { firstPerson } from "./first-person";
import { headingLevels } from "./heading-levels";
import { pageSetup } from "./page-setup";
import { pictureCount } from "./picture-count";
import { pictureResolution } from "./picture-resolution";
import { practiceShare } from "./practice-share";
import { reportStructure } from "./report-structure";
import { roleFormat } from "./role-format";
import { titleLength } from "./title-length";
import { unitIntroLength } from "./unit-intro-length";
import { unitLine } from "./unit-line";

export {
  bodyLength,
  firstPerson,
  headingLevels,
  pageSetup,
  pictureCount,
  pictureResolution,
  practiceShare,
  reportStructure,
  roleFormat,
  titleLength,
  unitIntroLength,
  unitLine,
};

/** Every rule, in report order: structure, counts, person, headings, format, page, pictures. */
export const allRules: readonly Rule[] = Object.freeze([
  reportStructure,
  unitLine,
  titleLength,
  unitIntroLength,
  bodyLength,
  practiceShare,
  firstPerson,
  headingLevels,
  roleFormat,
  pageSetup,
  pictureCount,
  pictureResolution,
]);

/** The rule with `id`, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
