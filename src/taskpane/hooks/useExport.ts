/**
 * @fileoverview 导出提交材料 (R23, R25): the submission package the CLI's `case-report package`
 * writes, through the gateway's `exportSubmission` — the report as .docx and PDF where Word gives
 * them (Word for Windows, Mac, iPad; not Word on the web), every picture named by its caption with
 * PNGs converted to JPG by the browser's canvas (`../lib/toJpeg`), one zip — then a download where the host allows it (`startDownload`); where it does not (Office on
 * Mac), the pane lists the files and points to `case-report package`. What is missing and why is
 * in the outcome, never silently left out. Layer: taskpane.
 */
import { useCallback, type Dispatch } from "react";
import type { DocumentGateway, PngToJpeg } from "../../core/gateway";
import { startDownload, type DownloadOutcome } from "../lib/download";
import { pngToJpegInBrowser } from "../lib/toJpeg";
import { toPaneError, type PaneAction } from "../reducer";

/** Name of the downloaded zip. */
export const SUBMISSION_ZIP_NAME = "提交材料.zip";

/** Name of the report inside the zip (the pane does not know the document's file name). */
export const REPORT_FILE_NAME = "案例报告.docx";

/** Starts a download; injected in tests (jsdom has no downloads). */
export type Downloader = (
  bytes: Uint8Array,
  fileName: string,
  contentType: string,
  host: ReturnType<DocumentGateway["capabilities"]>["host"]
) => DownloadOutcome;

/** What `useExport` gives the pane. */
export interface ExportControls {
  /** Builds and downloads the submission package. Never rejects. */
  exportPackage: () => Promise<void>;
}

/** The submission package against `gateway`, dispatching `export/*` actions. */
export function useExport(
  gateway: DocumentGateway,
  dispatch: Dispatch<PaneAction>,
  download: Downloader = startDownload,
  toJpeg: PngToJpeg = pngToJpegInBrowser
): ExportControls {
  const exportPackage = useCallback(async () => {
    dispatch({ type: "export/started" });
    try {
      const { zip, ...outcome } = await gateway.exportSubmission({
        reportName: REPORT_FILE_NAME,
        toJpeg,
      });
      const started =
        zip === null
          ? null
          : download(zip, SUBMISSION_ZIP_NAME, "application/zip", gateway.capabilities().host);
      dispatch({ type: "export/succeeded", ...outcome, download: started });
    } catch (error) {
      dispatch({ type: "export/failed", error: toPaneError("export", error) });
    }
  }, [gateway, dispatch, download, toJpeg]);
  return { exportPackage };
}
