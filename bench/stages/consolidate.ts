/**
 * District bench stages (issue 13). `single`: every school scored alone, one after another in this
 * process, as `score` does (open, run, save), summing their times. `one`: the largest school alone (the
 * memory reference). `district`: all schools consolidated into one district workbook.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { consolidate } from '../../src/app/consolidate.js';
import { SharedReadBuffer } from '../../src/cli/files.js';
import { SchoolWorkers } from '../../src/cli/schoolWorker.js';
import { run } from '../../src/app/run.js';
import { openSchoolWorkbook, schoolFileError } from '../../src/hosts/xlsx/schoolFile.js';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost.js';
import { districtSheets } from '../../src/sheets/layout/district/layoutDistrict.js';

export interface DistrictStageResult {
  schools: number;
  teachers: number;
  /** Sum of the single runs' times (single), or the consolidation's wall time (district). */
  ms: number;
  outputBytes: number;
  /** district: heap and ArrayBuffers the consolidation still holds once every school is scored (the district view), after a full GC. */
  keptBytes?: number;
}

/** A full garbage collection, for measuring what stays (this bench's child only: the flag is set late on purpose). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The heap in use and the ArrayBuffers outside it (the district keeps each school's result as bytes). */
function heapUsed(): number {
  collectGarbage();
  const { used_heap_size, external_memory } = getHeapStatistics();
  return used_heap_size + external_memory;
}

const NOW = new Date(Date.UTC(2024, 0, 31));

async function scoreAlone(file: string): Promise<{ teachers: number; bytes: number }> {
  const host = await XlsxHost.open(readFileSync(file));
  const report = await run(host, { now: NOW });
  return { teachers: report.score?.result.teachers.length ?? 0, bytes: (await host.save()).byteLength };
}

export async function runSingles(files: string[]): Promise<DistrictStageResult> {
  let ms = 0;
  let teachers = 0;
  let outputBytes = 0;
  for (const file of files) {
    const started = performance.now();
    const r = await scoreAlone(file);
    ms += performance.now() - started;
    teachers += r.teachers;
    outputBytes += r.bytes;
  }
  return { schools: files.length, teachers, ms, outputBytes };
}

/**
 * As `consolidate` runs from the command line: each school scored in the worker thread
 * (src/cli/schoolWorker.ts), so the row includes what isolating the schools costs.
 * BENCH_DISTRICT_IN_PROCESS=1 scores them in this thread instead (to measure that cost).
 */
export async function runDistrict(files: string[]): Promise<DistrictStageResult> {
  const started = performance.now();
  const before = heapUsed();
  // The built command as the workers' entry when the bench built one (bench/main.ts), as users run it.
  const entry = process.env['BENCH_SCHOOL_WORKER'];
  const workers = process.env['BENCH_DISTRICT_IN_PROCESS'] === '1' ? null : new SchoolWorkers(entry ? { entry: pathToFileURL(entry) } : {});
  // No output given: the schools are scored and the view kept, so what it holds can be measured; then
  // the district sheets are laid out and written as consolidate does with an output.
  // Read and hashed as the command does: into one block of shared memory the worker sees (SharedReadBuffer).
  const reader = new SharedReadBuffer();
  const report = await consolidate(
    files.map((file) => ({ file, bytes: () => reader.read(file) })),
    {
      open: openSchoolWorkbook, fileError: schoolFileError, now: NOW,
      hash: async (bytes) => createHash('sha256').update(bytes).digest('hex'),
      // As the command does: the worker ends once the last school is scored, before the workbook is written.
      ...(workers === null ? {} : { scoreFile: (job) => workers.score(job), scoringDone: () => workers.close() }),
    },
  ).finally(() => workers?.close());
  const keptBytes = heapUsed() - before;
  const output = await XlsxHost.create();
  // As consolidate writes them: each sheet laid out when its turn comes, 全区教师 and 上报学时 streamed.
  await output.writeOutputs(districtSheets(report.view));
  const bytes = await output.save();
  return {
    schools: report.scored,
    teachers: report.view.schools.reduce((n, s) => n + (s.result?.teachers.length ?? 0), 0),
    ms: performance.now() - started,
    outputBytes: bytes.byteLength,
    keptBytes,
  };
}
