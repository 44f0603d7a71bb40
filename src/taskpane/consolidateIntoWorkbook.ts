/**
 * 合并学校工作簿 in Excel (issue 22 item 7). Scoring 300 schools on the pane's UI thread kept a core busy
 * for over a minute, and desktop Office offers to stop an add-in that does. Here the schools are read
 * and the district laid out in a file worker with no workbook, each school scored in a school worker
 * (a crash there lists that school and the rest go on), and only the district sheets come back — in
 * pieces — to be written with the Excel host's own write path (its batching, banner and restore).
 */
import type { DistrictReport, SchoolFile } from '../app/consolidate.js';
import type { Host } from '../app/host.js';
import { RunCancelled } from '../app/runCancelled.js';
import type { ConsolidateUseCase } from './services.js';
import { WorkerFileHost } from './workerFileHost.js';

/** The district worker this needs (a test passes its own). */
export type DistrictWorker = Pick<WorkerFileHost, 'consolidateSheets' | 'close'>;

/**
 * Consolidates `files` in a district worker and writes the district sheets into `output`.
 * @example await consolidateIntoWorkbook(files, new ExcelHost(), { onProgress })
 */
export async function consolidateIntoWorkbook(
  files: readonly SchoolFile[],
  output: Host,
  options: Parameters<ConsolidateUseCase>[2],
  worker: DistrictWorker = WorkerFileHost.forDistrict(),
): Promise<DistrictReport> {
  const { onProgress, signal } = options;
  try {
    const { report, sheets } = await worker.consolidateSheets(files, {
      ...(signal ? { signal } : {}),
      // The worker's last steps (写入, 完成) are this side's: the sheets are written here.
      ...(onProgress ? { onProgress: (p) => p.fraction < WRITING && onProgress(p) } : {}),
    });
    if (report.scored === 0) return report;
    if (signal?.aborted === true) throw new RunCancelled();
    const total = files.length;
    onProgress?.({ done: total, total, fraction: WRITING, label: '正在写入工作簿…' });
    const { written } = await output.writeOutputs(sheets);
    onProgress?.({ done: total, total, fraction: 1, label: '汇总完成' });
    return { ...report, written };
  } finally {
    worker.close();
  }
}

/** Where consolidate's bar stands when the district sheets are written (app/consolidate.ts). */
const WRITING = 0.95;
