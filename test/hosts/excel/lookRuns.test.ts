import { describe, expect, it } from 'vitest';
import { lookRuns, looksBytes } from '../../../src/hosts/excel/lookRuns.js';
import type { RangeFormat } from '../../../src/sheets/output.js';

const row = (top: number, fill: string, right = 5): RangeFormat => ({ range: { top, left: 0, bottom: top, right }, fill });

describe('lookRuns: one formatting operation per run of rows that look alike', () => {
  it.each([
    ['tier fills of neighbouring rows merge', [row(2, 'A'), row(3, 'A'), row(4, 'A'), row(5, 'B'), row(6, 'B')], [[2, 4, 'A'], [5, 6, 'B']]],
    ['a gap keeps two ranges', [row(2, 'A'), row(4, 'A')], [[2, 2, 'A'], [4, 4, 'A']]],
    ['other columns keep two ranges', [row(2, 'A'), row(3, 'A', 4)], [[2, 2, 'A'], [3, 3, 'A']]],
    ['only neighbours in the list merge (later formats still win)', [row(2, 'A'), row(3, 'B'), row(4, 'A')], [[2, 2, 'A'], [3, 3, 'B'], [4, 4, 'A']]],
  ])('%s', (_, formats, expected) => {
    expect(lookRuns(formats as RangeFormat[]).map((f) => [f.range.top, f.range.bottom, f.fill])).toEqual(expected);
  });

  it('does not merge different looks on the same fill', () => {
    expect(lookRuns([row(1, 'A'), { ...row(2, 'A'), bold: true }])).toHaveLength(2);
  });

  it('counts bytes per property set, none for number formats alone', () => {
    expect(looksBytes([{ range: { top: 0, left: 0, bottom: 9, right: 0 }, numberFormat: '@' }])).toBe(0);
    expect(looksBytes([row(1, 'A')])).toBeLessThan(looksBytes([{ ...row(1, 'A'), bold: true, border: true }]));
  });
});
