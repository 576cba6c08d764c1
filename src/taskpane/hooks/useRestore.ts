/**
 * @fileoverview 恢复 / 撤销修复's effect (issue 7 "No promise we cannot keep", issue 9): put back
 * what the last write changed, from the restore point the gateway kept for it, then re-check.
 * The gateway refuses (GatewayError "notRestorable", nothing written) when the point expired or
 * the paragraphs were edited since; the refusal is shown where the offer was. Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import type { DocumentGateway, RestorePoint } from "../../core/gateway";
import { toPaneError, type FixScope, type PaneAction, type RestoreArea } from "../reducer";

/** What `useRestore` gives the pane. */
export interface RestoreControls {
  /**
   * Restores `point`, the restore point of the write shown in `area` (for a fix, its scope and
   * first paragraph, so the outcome shows at the row). Never rejects.
   */
  restore: (
    area: RestoreArea,
    point: RestorePoint,
    place?: { scope: FixScope | null; paragraphIndex: number | null }
  ) => Promise<void>;
}

/** Restoring against `gateway`, dispatching `restore/*` actions; `onDone` re-checks. */
export function useRestore(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  options: { onDone?: () => void } = {}
): RestoreControls {
  const { onDone } = options;
  const restore = useCallback(
    async (
      area: RestoreArea,
      point: RestorePoint,
      place?: { scope: FixScope | null; paragraphIndex: number | null }
    ) => {
      dispatch({
        type: "restore/started",
        area,
        scope: place?.scope ?? null,
        paragraphIndex: place?.paragraphIndex ?? null,
      });
      try {
        const result = await gateway.restore(point);
        dispatch({ type: "restore/succeeded", result });
        onDone?.();
      } catch (error) {
        dispatch({ type: "restore/failed", error: toPaneError("restore", error) });
      }
    },
    [gateway, dispatch, onDone]
  );
  return { restore };
}
