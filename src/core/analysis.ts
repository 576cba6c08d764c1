/**
 * @fileoverview What a check produces (`analyze`), in a module of its own so that the decisions
 * pipeline (`./decisions`, which `analyze` uses) can name it without an import cycle. Layer: core.
 */
import type { Checklist } from "./checklist";
import type { WordStats } from "./count";
import type { LintResult } from "./engine";
import type { ClassifiedDocument } from "./roles";

/** Everything a check produces. */
export interface Analysis {
  classified: ClassifiedDocument;
  lint: LintResult;
  checklist: Checklist;
  /** Word's statistics of the whole document (字数 etc., R34), as Word's status bar shows them. */
  stats: WordStats;
}
