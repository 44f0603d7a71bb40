import { describe, expect, it } from 'vitest';
import { type DistrictMeasure, formatDistrictRow } from '../../bench/districtRow.js';

const measure = (over: Partial<DistrictMeasure> = {}): DistrictMeasure => ({
  schools: 300, teachers: 29_818, singlesMs: 20_000, districtMs: 15_000, onePeakMb: 140, districtPeakMb: 200, outputMb: 3.6, keptBytesPerTeacher: 638, built: null,
  ...over,
});

describe('formatDistrictRow', () => {
  it('checks time and memory against the issue\'s ratios', () => {
    const text = formatDistrictRow(measure());
    expect(text).toContain('= 0.75×  PASS (≤ 1×)');
    expect(text).toContain('= 1.43×  PASS (≤ 1.5×)');
    expect(text).toContain('638 bytes per teacher');
    expect(text).not.toContain('built command');
  });

  it('asks the same memory question of the shipped command, against its own one-school run', () => {
    const text = formatDistrictRow(measure({ built: { districtPeakMb: 177, oneSchoolPeakMb: 86, scorePeakMb: 77 } }));
    expect(text).toMatch(/built command .*consolidate 177 MB vs consolidate of the largest school alone 86 MB = 2\.06× {2}FAIL \(≤ 1\.5×\); vs `score` of it 77 MB = 2\.30×/);
    expect(formatDistrictRow(measure({ built: { districtPeakMb: 120, oneSchoolPeakMb: 86, scorePeakMb: 77 } }))).toContain('= 1.40×  PASS (≤ 1.5×)');
  });
});
