/**
 * What the task pane needs from the rest of the product, handed to components as props — the
 * test seam of the official template: tests and the standalone page pass their own.
 */
import type { Host } from '../app/host.js';
import type { InspectReport, RunOptions, RunReport } from '../app/types.js';
import type { DistrictProgress, DistrictReport, SchoolFile } from '../app/consolidate.js';

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
}

/** A workbook held in the page (standalone mode): a Host that can also give its bytes back. */
export interface FileHost extends Host {
  save(): Promise<Uint8Array>;
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
  open(bytes: Uint8Array): Promise<FileHost>;
  createBlank(): Promise<FileHost>;
  download(bytes: Uint8Array, fileName: string): void;
}

export type PaneMode = ExcelMode | StandaloneMode;

/** Save bytes as a file through a temporary link (Blob + a.download); nothing leaves the machine. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
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
