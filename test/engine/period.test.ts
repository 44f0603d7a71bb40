import { describe, it, expect } from 'vitest';
import { inPeriod, resultPeriod } from '../../src/engine/period.js';

describe('inPeriod (SPEC §2: rows outside 考核期 are not counted; undated rows are)', () => {
  it.each([
    ['2023-09-01', '2023-09-01', '2024-01-31', true],
    ['2024-01-31', '2023-09-01', '2024-01-31', true],
    ['2023-08-31', '2023-09-01', '2024-01-31', false],
    ['2024-02-01', '2023-09-01', '2024-01-31', false],
    ['2020-01-01', null, null, true],
    ['2024-02-01', '2023-09-01', null, true],
    [null, '2023-09-01', '2024-01-31', true],
  ])('%s in [%s, %s] → %s', (date, from, to, expected) => {
    expect(inPeriod(date, from, to)).toBe(expected);
  });
});

describe('resultPeriod (SPEC §8)', () => {
  it('is null when no end is set', () => {
    expect(resultPeriod({ periodFrom: null, periodTo: null })).toBeNull();
  });
  it('carries whichever ends are set', () => {
    expect(resultPeriod({ periodFrom: '2023-09-01', periodTo: null })).toEqual({ from: '2023-09-01', to: null });
  });
});
