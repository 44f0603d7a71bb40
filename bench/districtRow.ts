/**
 * The bench's district row (issue 13): N schools of ~100 teachers consolidated, against the sum of
 * the same schools scored one by one in one process, and peak memory against the largest school
 * scored alone. Each measure runs in its own child process (bench/stage.ts), so peaks do not mix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStage } from './child.js';
import { ensureDistrictSchools, schoolSize } from './districtSchools.js';
import { CACHE_DIR } from './generate.js';
import type { DistrictStageResult } from './stages/consolidate.js';

export interface DistrictMeasure {
  schools: number;
  teachers: number;
  singlesMs: number;
  districtMs: number;
  onePeakMb: number | null;
  districtPeakMb: number | null;
  outputMb: number;
  /** Heap the district keeps per teacher once every school is scored (the view), after a full GC. */
  keptBytesPerTeacher: number | null;
}

function listFile(name: string, files: string[]): string {
  const path = join(CACHE_DIR, `${name}-${process.pid}.txt`);
  writeFileSync(path, files.join('\n'));
  return path;
}

export async function measureDistrict(count: number, log: (text: string) => void): Promise<DistrictMeasure> {
  log(`\n== district: ${count} schools`);
  const files = await ensureDistrictSchools(count, log);
  const largest = files.reduce((best, f, i) => (schoolSize(i) > schoolSize(files.indexOf(best)) ? f : best), files[0] ?? '');
  log('-- single runs, one after another');
  const singles = await runStage<DistrictStageResult>('district-single', [listFile('district-all', files)]);
  log('-- the largest school alone (memory reference)');
  const one = await runStage<DistrictStageResult>('district-single', [listFile('district-one', [largest])]);
  log('-- consolidate');
  const district = await runStage<DistrictStageResult>('district', [listFile('district-all', files)]);
  return {
    schools: district.schools,
    teachers: district.teachers,
    singlesMs: singles.ms,
    districtMs: district.ms,
    onePeakMb: one.peakMb,
    districtPeakMb: district.peakMb,
    outputMb: district.outputBytes / 1e6,
    keptBytesPerTeacher: district.keptBytes === undefined || district.teachers === 0 ? null : district.keptBytes / district.teachers,
  };
}

/** One line per measure, with the ratios the issue asks about and PASS/FAIL against them. */
export function formatDistrictRow(m: DistrictMeasure): string {
  const timeRatio = m.districtMs / m.singlesMs;
  const memoryRatio = m.onePeakMb === null || m.districtPeakMb === null ? null : m.districtPeakMb / m.onePeakMb;
  const mb = (v: number | null): string => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);
  return [
    `District (issue 13): ${m.schools} schools, ${m.teachers.toLocaleString('en-US')} teachers, district workbook ${m.outputMb.toFixed(1)} MB`,
    `  wall time   consolidate ${(m.districtMs / 1000).toFixed(1)} s vs sum of single runs ${(m.singlesMs / 1000).toFixed(1)} s = ${timeRatio.toFixed(2)}×  ${timeRatio <= 1 ? 'PASS' : 'FAIL'} (≤ 1×)`,
    `  peak memory consolidate ${mb(m.districtPeakMb)} vs largest school alone ${mb(m.onePeakMb)}${memoryRatio === null ? '' : ` = ${memoryRatio.toFixed(2)}×  ${memoryRatio <= 1.5 ? 'PASS' : 'FAIL'} (≤ 1.5×)`}`,
    `  kept        ${m.keptBytesPerTeacher === null ? 'n/a' : `${Math.round(m.keptBytesPerTeacher).toLocaleString('en-US')} bytes per teacher`} once every school is scored (the district view, after a full GC)`,
  ].join('\n');
}
