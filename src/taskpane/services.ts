/**
 * What the task pane needs from the rest of the product, handed to components as props — the
 * test seam of the official template: tests and the standalone page pass their own.
 */
import type { Host } from '../app/host.js';
import type { InspectReport, RunOptions, RunReport } from '../app/types.js';
import type { DistrictProgress, DistrictReport, SchoolFile } from '../app/consolidate.js';
import type { CreditPlanResult } from '../app/recordCredits.js';
import type { CreditRecordPlan } from '../sheets/record/creditRecord.js';

/** A school file picked in the page: its File goes along, so the page's file worker can read it there. */
export interface PickedSchoolFile extends SchoolFile {
  blob: Blob;
}

/** 合并学校工作簿 (issue 13): the schools' files in, the district sheets written to `output`. */
export type ConsolidateUseCase = (
  files: readonly SchoolFile[],
  output: Host,
  options: { onProgress?: (p: DistrictProgress) => void; signal?: AbortSignal },
) => Promise<DistrictReport>;

export interface UseCases {
  inspect(host: Host): Promise<InspectReport>;
  run(host: Host, options: RunOptions): Promise<RunReport>;
  insertTemplate(host: Host): Promise<{ inserted: string[]; skipped: string[] }>;
  insertSample(host: Host): Promise<{ inserted: string[]; skipped: string[] }>;
  /** Absent: the pane offers no 合并学校工作簿. */
  consolidate?: ConsolidateUseCase;
  /** 登记本学期学分 (SPEC §7): what would be written, then writing it. Absent: no such button. */
  planCredits?(host: Host): Promise<CreditPlanResult>;
  recordCredits?(host: Host, plan: CreditRecordPlan): Promise<void>;
}

/** A workbook held in the page (standalone mode): a Host that can also give its file back. */
export interface FileHost extends Host {
  /**
   * The workbook's file: bytes, or a Blob already made where the workbook lives (the file worker),
   * so the page does not copy 50 MB into a Blob on its UI thread (~90–220 ms at 20,000 teachers).
   */
  save(): Promise<Uint8Array | Blob>;
  /**
   * Let the workbook go when the page is done with it (another file opened, a new district run): a
   * worker-held workbook ends its worker, so each file picked does not leave one running with its
   * copy of the file. Later calls reject.
   */
  close?(): void;
}

/** Inside Excel: one host, the open workbook. */
export interface ExcelMode {
  kind: 'excel';
  host: Host;
}

/** In a plain browser (WPS, Excel for Mac without add-ins): files are opened and downloaded. */
export interface StandaloneMode {
  kind: 'standalone';
  /** Why we are standalone, shown to the user. */
  reason: 'no-office' | 'not-excel';
  /**
   * The picked file, read where the workbook will live: in the file worker, a 50 MB file's read and
   * its copy to the worker would be the UI thread's longest tasks (150–410 ms each, issue 23).
   */
  open(file: Blob): Promise<FileHost>;
  createBlank(): Promise<FileHost>;
  download(file: Uint8Array | Blob, fileName: string): void;
}

export type PaneMode = ExcelMode | StandaloneMode;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Save a file through a temporary link (Blob + a.download); nothing leaves the machine. */
export function downloadBytes(file: Uint8Array | Blob, fileName: string): void {
  const blob = file instanceof Blob ? file : new Blob([file as BlobPart], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
