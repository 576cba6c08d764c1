/**
 * @fileoverview Exporting the pictures (R23): `gateway.exportPictures()` → one zip
 * (`picturesZip`) → a download where the host allows it (`startDownload`); where it does not,
 * the pane lists the file names and points to `case-report export-images`. Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import type { DocumentGateway } from "../../core/gateway";
import { startDownload, type DownloadOutcome } from "../lib/download";
import { PICTURES_ZIP_NAME, picturesZip } from "../lib/pictures";
import { toPaneError, type PaneAction } from "../state";

/** Starts a download; injected in tests (jsdom has no downloads). */
export type Downloader = (
  bytes: Uint8Array,
  fileName: string,
  contentType: string,
  host: ReturnType<DocumentGateway["capabilities"]>["host"]
) => DownloadOutcome;

/** What `useExport` gives the pane. */
export interface ExportControls {
  /** Exports the pictures. Never rejects. */
  exportPictures: () => Promise<void>;
}

/** Picture export against `gateway`, dispatching `export/*` actions. */
export function useExport(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  download: Downloader = startDownload
): ExportControls {
  const exportPictures = useCallback(async () => {
    dispatch({ type: "export/started" });
    try {
      const pictures = await gateway.exportPictures();
      if (pictures.length === 0) {
        dispatch({ type: "export/succeeded", fileNames: [], download: null });
        return;
      }
      const { bytes, fileNames } = picturesZip(pictures);
      const outcome = download(
        bytes,
        PICTURES_ZIP_NAME,
        "application/zip",
        gateway.capabilities().host
      );
      dispatch({ type: "export/succeeded", fileNames, download: outcome });
    } catch (error) {
      dispatch({ type: "export/failed", error: toPaneError("export", error) });
    }
  }, [gateway, dispatch, download]);
  return { exportPictures };
}
