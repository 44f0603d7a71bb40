/**
 * 合并学校工作簿 (issue 13) as pane state: the files picked, the progress, the report. The district
 * sheets go to the host `output()` gives (Excel: the open workbook; page: a new workbook), and
 * `done` receives it afterwards (the page downloads it).
 */
import { useCallback, useRef, useState } from 'react';
import type { DistrictProgress, DistrictReport } from '../../app/consolidate.js';
import type { Host } from '../../app/host.js';
import { RunCancelled } from '../../app/runCancelled.js';
import { type FriendlyError, friendlyError } from '../friendlyError.js';
import type { ConsolidateUseCase, PickedSchoolFile } from '../services.js';

export interface DistrictState {
  busy: boolean;
  progress: DistrictProgress | null;
  report: DistrictReport | null;
  error: FriendlyError | null;
  /** Consolidate these files (from a file picker or a folder). */
  start(files: readonly File[]): Promise<void>;
  cancel(): void;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/**
 * Picked files that are school workbooks: .xlsx/.xlsm, not Excel's `~$` lock files, in path order.
 * Each keeps its File (`blob`), so the page's file worker can read it there (PickedSchoolFile).
 */
export function schoolFiles(files: readonly File[]): PickedSchoolFile[] {
  return files
    .map((f) => ({ f, path: f.webkitRelativePath || f.name }))
    .filter(({ f }) => WORKBOOK.test(f.name) && !f.name.startsWith('~$') && !f.name.startsWith('.'))
    .sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'))
    // The modified time decides which of two versions of one school counts (SPEC §10).
    .map(({ f, path }) => ({ file: path, blob: f, modified: new Date(f.lastModified), bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
}

export function useDistrict(
  consolidate: ConsolidateUseCase,
  output: () => Promise<Host>,
  done?: (report: DistrictReport, host: Host) => Promise<void>,
): DistrictState {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DistrictProgress | null>(null);
  const [report, setReport] = useState<DistrictReport | null>(null);
  const [error, setError] = useState<FriendlyError | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (picked: readonly File[]) => {
      const files = schoolFiles(picked);
      if (files.length === 0) {
        setError({ title: '没有选到学校工作簿。', advice: '请选择 .xlsx 文件（或含 .xlsx 文件的文件夹）。' });
        return;
      }
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      setError(null);
      setReport(null);
      try {
        const host = await output();
        const result = await consolidate(files, host, { onProgress: setProgress, signal: abort.signal });
        setReport(result);
        if (result.scored > 0) await done?.(result, host);
      } catch (e) {
        if (!(e instanceof RunCancelled)) setError(friendlyError(e, 'run'));
      } finally {
        setBusy(false);
        setProgress(null);
        controller.current = null;
      }
    },
    [consolidate, output, done],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { busy, progress, report, error, start, cancel };
}
