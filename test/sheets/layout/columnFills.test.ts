import { describe, expect, it } from 'vitest';
import { columnFills } from '../../../src/sheets/layout/columnFills.js';

describe('columnFills', () => {
  it('makes one format per run of rows with the same fill, skipping rows without one', () => {
    expect(columnFills(2, 1, ['A', 'A', undefined, 'B', 'B', 'A', undefined, undefined, 'A'])).toEqual([
      { range: { top: 1, left: 2, bottom: 2, right: 2 }, fill: 'A' },
      { range: { top: 4, left: 2, bottom: 5, right: 2 }, fill: 'B' },
      { range: { top: 6, left: 2, bottom: 6, right: 2 }, fill: 'A' },
      { range: { top: 9, left: 2, bottom: 9, right: 2 }, fill: 'A' },
    ]);
  });

  it('covers every filled row exactly once with its fill', () => {
    const fills = Array.from({ length: 200 }, (_, i) => (i % 7 === 3 ? undefined : ['A', 'B', 'C'][Math.floor(i / 5) % 3]));
    const covered = new Map<number, string>();
    for (const f of columnFills(0, 10, fills)) for (let r = f.range.top; r <= f.range.bottom; r++) {
      expect(covered.has(r)).toBe(false);
      covered.set(r, f.fill ?? '');
    }
    fills.forEach((fill, i) => expect(covered.get(10 + i)).toBe(fill));
  });
});
