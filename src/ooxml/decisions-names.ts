/**
 * @fileoverview The name of our state part and the empty state (`./decisions-part` documents the
 * part and re-exports both): what the task pane needs to look for saved decisions and to say
 * "none saved" without loading the XML parser (issue 9: the first load carries no xmldom; the
 * pane loads `./decisions-part` only when a part is found or decisions are saved).
 * Layer: ooxml (pure).
 */
import type { DocumentState } from "../core/gateway";

/** Namespace of version 1 of our state part (the root element's default namespace). */
export const STATE_NAMESPACE = "urn:case-report-assistant:state:1";

/** A copy of the empty state (never the frozen constant, so callers may mutate it). */
export function emptyState(): DocumentState {
  return {
    version: 1,
    ignoredFindingIds: [],
    ignoredRules: [],
    handChecked: [],
  };
}
