import { describe, expect, it } from 'vitest';
import type { DistrictReport } from '../../src/app/consolidate.js';
import { trimDistrictReport } from '../../src/taskpane/trimDistrictReport.js';
import { sampleDistrict } from '../sheets/layout/district/fixture.js';

function report(): DistrictReport {
  const view = sampleDistrict();
  return { view, scored: 2, teachers: 4, districtWarnings: 3, written: { 学校汇总: '学校汇总' } };
}

describe('trimDistrictReport (what the file worker sends the page)', () => {
  it('keeps the counts and every file with its outcome and reason', () => {
    const full = report();
    const trimmed = trimDistrictReport(full);
    expect(trimmed.scored).toBe(2);
    expect(trimmed.teachers).toBe(4);
    expect(trimmed.written).toEqual(full.written);
    expect(trimmed.view.schools.map((s) => [s.file, s.outcome, s.error, s.duplicateOf])).toEqual(
      full.view.schools.map((s) => [s.file, s.outcome, s.error, s.duplicateOf]),
    );
  });

  it('sends no teacher and no issue (the written sheets hold them)', () => {
    const trimmed = trimDistrictReport(report());
    expect(trimmed.view.schools.flatMap((s) => [...(s.result?.teachers ?? []), ...s.issues, ...(s.result?.issues ?? [])])).toEqual([]);
    expect(trimmed.view.districtIssues).toEqual([]);
  });

  it('leaves the worker’s own report as it was', () => {
    const full = report();
    const teachers = full.view.schools[0]?.result?.teachers.length;
    trimDistrictReport(full);
    expect(full.view.schools[0]?.result?.teachers.length).toBe(teachers);
  });
});
