import { describe, expect, it } from 'vitest';
import { bestPage } from '../../bench/stages/page.js';

describe('bestPage', () => {
  const run = (downloadMs: number, longestTaskMs: number, longTasks: number) => ({ openMs: downloadMs / 2, resultMs: downloadMs - 1, downloadMs, longestTaskMs, longTasks });

  it('keeps the timings of the run ready first and the longest task of any run', () => {
    expect(bestPage([run(17_000, 90, 2), run(14_000, 210, 5), run(15_000, 120, 7)])).toEqual({
      openMs: 7_000,
      resultMs: 13_999,
      downloadMs: 14_000,
      longestTaskMs: 210,
      longTasks: 7,
    });
  });

  it('refuses to make a measure of no run', () => {
    expect(() => bestPage([])).toThrow('no run');
  });
});
