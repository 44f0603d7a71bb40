/**
 * Each district school in a worker thread (issue 19 item 7, SPEC §10): a school that runs its worker
 * out of memory is listed with the reason, the others go on, and a worker scores exactly as this
 * thread does.
 */
import { describe, expect, it } from 'vitest';
import { consolidate, scoreSchoolFile, sha256Hex, type SchoolFile } from '../../src/app/consolidate.js';
import { SchoolWorkers, defaultHeapLimitMb } from '../../src/cli/schoolWorker.js';
import { openSchoolWorkbook, schoolFileError } from '../../src/hosts/xlsx/schoolFile.js';
import { schoolWorkbook } from '../robustness/hostileFiles.js';

const NOW = new Date(2024, 0, 20, 9, 5);

describe('SchoolWorkers', () => {
  it('scores a school exactly as this thread does', async () => {
    const bytes = await schoolWorkbook();
    const job = { file: 'a.xlsx', bytes, sha256: await sha256Hex(bytes), now: NOW };
    const workers = new SchoolWorkers({ heapLimitMb: 256 });
    try {
      expect(await workers.score(job)).toEqual(await scoreSchoolFile(job, { open: openSchoolWorkbook, fileError: schoolFileError }));
    } finally {
      await workers.close();
    }
  }, 120_000);

  it('sends the full result back only when it is asked for (--json), and starts a fresh worker every schoolsPerWorker schools', async () => {
    const bytes = await schoolWorkbook();
    const job = { file: 'a.xlsx', bytes, sha256: await sha256Hex(bytes), now: NOW };
    const workers = new SchoolWorkers({ heapLimitMb: 256, schoolsPerWorker: 2 });
    try {
      const full = await workers.score(job);
      const compact = await workers.score({ ...job, full: false });
      expect(full.full?.teachers.length).toBeGreaterThan(0);
      expect(compact.full).toBeNull();
      expect(compact.school).toEqual(full.school);
      expect(workers.workersStarted).toBe(1);
      await workers.score(job);
      expect(workers.workersStarted).toBe(2);
    } finally {
      await workers.close();
    }
  }, 120_000);

  it('lists a school that runs its worker out of memory under the large limit and scores the next in a fresh worker', async () => {
    // 60,000 sign-in rows need well over 48 MB of heap; the 30-teacher schools need far less.
    const rows = Array.from({ length: 60_000 }, (_, i) => ['2023-10-10', `研训${i}`, '校本研训', 'T001', '教师1', '出勤', 2, null]);
    const bytes: Record<string, Uint8Array> = {
      'a.xlsx': await schoolWorkbook(),
      'big.xlsx': await schoolWorkbook(rows),
      'c.xlsx': await schoolWorkbook([['2023-10-11', '补训', '校本研训', 'T002', '教师2', '出勤', 2, null]]),
    };
    const files: SchoolFile[] = Object.keys(bytes).map((file) => ({ file, bytes: async () => bytes[file] ?? new Uint8Array() }));
    const workers = new SchoolWorkers({ heapLimitMb: 48 });
    try {
      const report = await consolidate(files, { open: openSchoolWorkbook, fileError: schoolFileError, now: NOW, scoreFile: (job) => workers.score(job) });
      expect(report.view.schools.map((s) => [s.file, s.outcome])).toEqual([['a.xlsx', 'scored'], ['big.xlsx', 'failed'], ['c.xlsx', 'scored']]);
      expect(report.view.schools[1]?.error).toBe('计算这所学校时内存不足（超过 48 MB），文件可能过大或含有大量无用的单元格；请该校删去多余的行列后重新发送');
      expect(report.view.districtIssues.map((d) => [d.file, d.issue.code])).toContainEqual(['big.xlsx', 'district-school-failed']);
    } finally {
      await workers.close();
    }
  }, 240_000);

  it('scores a school that runs out under the first, small heap again in a fresh worker under the large one, which scores the schools after it', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ['2023-10-10', `研训${i}`, '校本研训', 'T001', '教师1', '出勤', 2, null]);
    const big = await schoolWorkbook(rows);
    const small = await schoolWorkbook();
    const job = (file: string, bytes: Uint8Array) => sha256Hex(bytes).then((sha256) => ({ file, bytes, sha256, now: NOW, full: false }));
    const workers = new SchoolWorkers({ firstHeapMb: 48, heapLimitMb: 512 });
    try {
      expect((await workers.score(await job('a.xlsx', small))).school.outcome).toBe('scored');
      expect(workers.workersStarted).toBe(1);
      const scored = await workers.score(await job('big.xlsx', big));
      expect(scored.school.outcome).toBe('scored');
      expect(scored.school.result?.teachers.length).toBeGreaterThan(0);
      expect(workers.workersStarted).toBe(2);
      expect((await workers.score(await job('c.xlsx', small))).school.outcome).toBe('scored');
      expect(workers.workersStarted).toBe(2);
    } finally {
      await workers.close();
    }
  }, 240_000);
});

describe('defaultHeapLimitMb', () => {
  it.each([
    [{ YANXIU_SCHOOL_HEAP_MB: '64' }, 64],
    [{ YANXIU_SCHOOL_HEAP_MB: '8' }, null],
    [{ YANXIU_SCHOOL_HEAP_MB: 'lots' }, null],
    [{}, null],
  ])('%j → %s (null: half the memory, 512 MB – 4 GB)', (env, mb) => {
    const limit = defaultHeapLimitMb(env);
    if (mb !== null) expect(limit).toBe(mb);
    else expect(limit >= 512 && limit <= 4096).toBe(true);
  });
});
