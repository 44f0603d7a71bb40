import { describe, it, expect } from 'vitest';
import { groupStatsSheet, GROUP_STATS_HEADER } from '../../../src/sheets/layout/groupStatsSheet.js';
import { sampleContext } from './fixture.js';

describe('分组统计 (SPEC §7, §6)', () => {
  const sheet = groupStatsSheet(sampleContext());

  it('writes the header, one row per group and a 全校 line', () => {
    expect(sheet.cells[0]).toEqual([...GROUP_STATS_HEADER]);
    expect(sheet.cells[1]).toEqual([
      '语文组', 2, 65.88, 91.75, 40, 1, 0, 0, 1, 1, 1, 0, '无', 0.3, 3, 6, '≥3 次、≥5 节', '具备',
    ]);
    expect(sheet.cells[2]).toEqual([
      '数学组', 1, 100, 100, 100, 0, 0, 1, 0, 0, 0, 1, '优秀 +1', 0.5, 1, 1, '≥3 次、≥5 节', '不具备优秀教研组评选资格',
    ]);
    expect(sheet.cells[3]?.slice(0, 9)).toEqual(['全校', 3, 77.25, 100, 40, 1, 0, 1, 1]);
  });

  it('draws a column chart of each group’s mean from the 平均分 column, below the table', () => {
    const chart = sheet.charts?.[0];
    expect(chart?.kind).toBe('column');
    expect(chart?.categories).toEqual({ top: 1, left: 0, bottom: 2, right: 0 });
    expect(chart?.series[0]?.values).toEqual({ top: 1, left: 2, bottom: 2, right: 2 });
    expect(chart?.anchor.top).toBeGreaterThan(3);
  });

  it('counts teachers per 梯队 in one column each, summed on the 全校 line (SPEC §6, seed 004)', () => {
    const ctx = sampleContext();
    ctx.run.groupDetails[0]!.echelonCounts = { 青年教师: 1, 骨干教师: 1 };
    ctx.run.groupDetails[1]!.echelonCounts = { 骨干教师: 1 };
    const withEchelons = groupStatsSheet(ctx);
    const n = GROUP_STATS_HEADER.length;
    expect(withEchelons.cells[0]?.slice(n)).toEqual(['梯队：青年教师', '梯队：骨干教师']);
    expect(withEchelons.cells.slice(1).map((r) => r.slice(n))).toEqual([[1, 1], [0, 1], [1, 2]]);
    expect(withEchelons.columnWidths).toHaveLength(n + 2);
  });

  it('adds no 梯队 column when the roster names none', () => {
    expect(sheet.cells[0]).toHaveLength(GROUP_STATS_HEADER.length);
  });
});
