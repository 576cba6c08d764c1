/**
 * @fileoverview The 结构 view's hooks (issue 8): the writer's role corrections as one stable list
 * (a new object only when a correction changes, so the checklist is not analysed again for
 * nothing), and the view's two actions — select a paragraph in Word (the gateway's select path,
 * as a finding is selected), set or clear a paragraph's role (a change of the saved decisions,
 * announced). Layer: taskpane.
 */
import { useAnnounce } from "@fluentui/react-components";
import { useCallback, useMemo, type Dispatch } from "react";
import type { DocumentGateway, DocumentState } from "../../core/gateway";
import { refOf } from "../../core/model";
import type { CorrectedRole, RoleCorrection } from "../../core/roles";
import type { Analysis } from "../../core/analyze";
import { roleLabel, type StructureLine } from "../lib/structureLine";
import { useI18n } from "../i18n";
import { toPaneError, type DecisionChange, type PaneAction } from "../reducer";

/** The saved role corrections of `decisions`, the same array while their content is the same. */
export function useRoleCorrections(decisions: DocumentState): readonly RoleCorrection[] {
  const list = decisions.roleCorrections ?? [];
  const key = list.map((c) => `${c.paragraph}=${c.role}`).join("|");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content on purpose
  return useMemo(() => list, [key]);
}

/** What the 结构 view needs from the pane. */
export interface StructureActions {
  onSelect: (line: StructureLine) => void;
  onSetRole: (line: StructureLine, role: CorrectedRole | null) => void;
}

/**
 * The 结构 view's actions against `gateway`: select dispatches `select/*` (a failure shows the
 * checklist's "place not found" bar); a role change goes through `change` (saved in the
 * background by `useDecisions`, then the checklist is analysed again with it).
 */
export function useStructureActions(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  change: (c: DecisionChange) => void,
  analysis: Analysis | null
): StructureActions {
  const { t } = useI18n();
  const { announce } = useAnnounce();
  const doc = analysis?.classified.doc ?? null;
  const onSelect = useCallback(
    (line: StructureLine) => {
      const p = doc?.paragraphs[line.index];
      if (!p) return;
      gateway.select({ kind: "paragraph", paragraph: refOf(p) }).then(
        () => dispatch({ type: "select/succeeded" }),
        (error: unknown) => dispatch({ type: "select/failed", error: toPaneError("select", error) })
      );
    },
    [gateway, dispatch, doc]
  );
  const onSetRole = useCallback(
    (line: StructureLine, role: CorrectedRole | null) => {
      change({ kind: "role", paragraph: line.key, role });
      const text = line.text.trim().slice(0, 20);
      announce(
        role === null
          ? t("ui.structure.roleCleared", { text })
          : t("ui.structure.roleSet", { text, role: roleLabel(t, role) }),
        { polite: true }
      );
    },
    [change, announce, t]
  );
  return { onSelect, onSetRole };
}
