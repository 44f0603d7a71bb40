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
    const text = formatDistrictRow(measure({ built: { districtPeakMb: 177, oneSchoolPeakMb: 86, scorePeakMb: 77, smallYoung: null } }));
    expect(text).toMatch(/built command .*consolidate 177 MB vs consolidate of the largest school alone 86 MB = 2\.06× {2}FAIL \(≤ 1\.5×\); vs `score` of it 77 MB = 2\.30×/);
    expect(text).not.toContain('max-semi-space-size');
    expect(formatDistrictRow(measure({ built: { districtPeakMb: 120, oneSchoolPeakMb: 86, scorePeakMb: 77, smallYoung: null } }))).toContain('= 1.40×  PASS (≤ 1.5×)');
  });

  it('shows the young generation\'s lever beside the command as shipped, for information, never as the check', () => {
    const text = formatDistrictRow(measure({ built: { districtPeakMb: 135, oneSchoolPeakMb: 86, scorePeakMb: 77, smallYoung: { districtPeakMb: 120, oneSchoolPeakMb: 87 } } }));
    expect(text).toContain('= 1.57×  FAIL (≤ 1.5×)');
    expect(text).toContain('the same with node --max-semi-space-size=4 (the main thread\'s young generation, set at start): 120 MB vs 87 MB = 1.38× (for information)');
  });
});
