/**
 * The bench's district row (issue 13): N schools of ~100 teachers consolidated, against the sum of
 * the same schools scored one by one in one process, and peak memory against the largest school
 * scored alone. Each measure runs in its own child process (bench/stage.ts), so peaks do not mix.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode, runStage } from './child.js';
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
  /** Heap and ArrayBuffers the district keeps per teacher once every school is scored (the view), after a full GC. */
  keptBytesPerTeacher: number | null;
  /**
   * The shipped command (`node yanxiu.mjs`, BENCH_SCHOOL_WORKER), peak RSS of the process (GNU time):
   * `consolidate` of every school, `consolidate` of the largest school alone, `score` of it. Null when
   * the command was not built or GNU time is missing.
   */
  built: { districtPeakMb: number; oneSchoolPeakMb: number; scorePeakMb: number; smallYoung: { districtPeakMb: number; oneSchoolPeakMb: number } | null } | null;
}

/**
 * The `node` flag that sizes the main thread's young generation, which V8 fixes when the process
 * starts: the lever of what is left between the command's peak and 1.5× (docs/performance.md,
 * "District memory: summaries beside the bytes, and the young generation"). Measured beside the
 * command as shipped, never instead of it.
 */
const SMALL_YOUNG = '--max-semi-space-size=4';

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
    built: await measureBuilt(files, largest, log),
  };
}

/**
 * The same memory question asked of the command as users run it: the stages above run under tsx
 * (whose loader adds ~55 MB to every process, flattering a ratio of two peaks), the command does not.
 */
async function measureBuilt(files: string[], largest: string, log: (text: string) => void): Promise<DistrictMeasure['built']> {
  const cli = process.env['BENCH_SCHOOL_WORKER'];
  if (cli === undefined || cli === '') return null;
  const out = join(CACHE_DIR, `district-out-${process.pid}.xlsx`);
  const peak = async (what: string, args: string[], flags: string[] = []): Promise<number | null> => {
    log(`-- built command${flags.length > 0 ? ` (node ${flags.join(' ')})` : ''}: ${what}`);
    const run = await runNode([...flags, cli, ...args]);
    rmSync(out, { force: true });
    if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}): ${run.stderr.trim().slice(-500)}`);
    return run.maxRssMb;
  };
  const districtPeakMb = await peak(`consolidate ${files.length} schools`, ['consolidate', out, ...files]);
  const oneSchoolPeakMb = await peak('consolidate the largest school alone', ['consolidate', out, largest]);
  const scorePeakMb = await peak('score the largest school', ['score', largest, '-o', out]);
  const smallDistrict = await peak(`consolidate ${files.length} schools`, ['consolidate', out, ...files], [SMALL_YOUNG]);
  const smallOne = await peak('consolidate the largest school alone', ['consolidate', out, largest], [SMALL_YOUNG]);
  if (districtPeakMb === null || oneSchoolPeakMb === null || scorePeakMb === null) return null;
  const smallYoung = smallDistrict === null || smallOne === null ? null : { districtPeakMb: smallDistrict, oneSchoolPeakMb: smallOne };
  return { districtPeakMb, oneSchoolPeakMb, scorePeakMb, smallYoung };
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
    ...(m.built === null
      ? []
      : [
          `  built command (node yanxiu.mjs): consolidate ${mb(m.built.districtPeakMb)} vs consolidate of the largest school alone ${mb(m.built.oneSchoolPeakMb)} = ${(m.built.districtPeakMb / m.built.oneSchoolPeakMb).toFixed(2)}×  ${m.built.districtPeakMb / m.built.oneSchoolPeakMb <= 1.5 ? 'PASS' : 'FAIL'} (≤ 1.5×); vs \`score\` of it ${mb(m.built.scorePeakMb)} = ${(m.built.districtPeakMb / m.built.scorePeakMb).toFixed(2)}× (a second thread's baseline included)`,
          ...(m.built.smallYoung === null
            ? []
            : [
                `  the same with node ${SMALL_YOUNG} (the main thread's young generation, set at start): ${mb(m.built.smallYoung.districtPeakMb)} vs ${mb(m.built.smallYoung.oneSchoolPeakMb)} = ${(m.built.smallYoung.districtPeakMb / m.built.smallYoung.oneSchoolPeakMb).toFixed(2)}× (for information)`,
              ]),
        ]),
    `  kept        ${m.keptBytesPerTeacher === null ? 'n/a' : `${Math.round(m.keptBytesPerTeacher).toLocaleString('en-US')} bytes per teacher`} once every school is scored (the district view: heap and ArrayBuffers, after a full GC)`,
  ].join('\n');
}
