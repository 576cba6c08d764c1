/**
 * @fileoverview The 结构 view's hooks (issue 8): the writer's role corrections as one stable list
 * (a new object only when a correction changes, so the checklist is not analysed again for
 * nothing). Layer: taskpane.
 */
import { useMemo } from "react";
import type { DocumentState } from "../../core/gateway";
import type { RoleCorrection } from "../../core/roles";

/** The saved role corrections of `decisions`, the same array while their content is the same. */
export function useRoleCorrections(decisions: DocumentState): readonly RoleCorrection[] {
  const list = decisions.roleCorrections ?? [];
  const key = list.map((c) => `${c.paragraph}=${c.role}`).join("|");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content on purpose
  return useMemo(() => list, [key]);
}
