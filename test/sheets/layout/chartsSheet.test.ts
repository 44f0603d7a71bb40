import { describe, it, expect } from 'vitest';
import type { CellRange, OutputCell } from '../../../src/sheets/output.js';
import { chartsSheet, scoreBin, SCORE_BINS } from '../../../src/sheets/layout/chartsSheet.js';
import { TIER_COLORS } from '../../../src/sheets/layout/labels.js';
import { sampleContext } from './fixture.js';

const column = (cells: OutputCell[][], r: CellRange): OutputCell[] =>
  cells.slice(r.top, r.bottom + 1).map((row) => row[r.left] ?? null);

describe('图表 (SPEC §7)', () => {
  const sheet = chartsSheet(sampleContext());
  const [tiers, spread, means] = sheet.charts ?? [];

  it.each([
    [0, 0], [9.99, 0], [10, 1], [59.99, 5], [90, 9], [100, 9],
  ])('puts a total of %f in bin %i', (total, bin) => {
    expect(scoreBin(total)).toBe(bin);
  });

  it('has three charts of the three kinds, legends at the bottom', () => {
    expect(sheet.charts?.map((c) => c.kind)).toEqual(['stackedColumn', 'column', 'clusteredBar']);
    expect(sheet.charts?.every((c) => c.legend === 'bottom' && c.categoryAxisTitle && c.valueAxisTitle)).toBe(true);
  });

  it('points the tier chart at the group × tier table, coloured by tier', () => {
    expect(column(sheet.cells, tiers!.categories)).toEqual(['语文组', '数学组']);
    expect(tiers!.series.map((s) => s.name)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(tiers!.series.map((s) => s.color)).toEqual(Object.values(TIER_COLORS));
    expect(column(sheet.cells, tiers!.series[3]!.values)).toEqual([1, 0]);
    const nameCell = tiers!.series[0]!.nameCell!;
    expect(sheet.cells[nameCell.row]?.[nameCell.column]).toBe('优秀');
  });

  it('counts teachers per 10-point bin, 100 in 90-100', () => {
    expect(column(sheet.cells, spread!.categories)).toEqual([...SCORE_BINS]);
    const counts = column(sheet.cells, spread!.series[0]!.values);
    expect(counts[4]).toBe(1); // 40
    expect(counts[9]).toBe(2); // 91.75 and 100
    expect(counts.reduce<number>((a, b) => a + Number(b), 0)).toBe(3);
  });

  it('points the clustered bar at the group × item means', () => {
    expect(means!.series.map((s) => s.name)).toEqual(['外出学习', '考勤', '学习笔记', '活动参与', '读书活动', '教学类加分']);
    expect(column(sheet.cells, means!.series[5]!.values)).toEqual([2.25, 2.25]);
  });

  it('prints each table with its chart on a page of its own', () => {
    expect(sheet.print?.pageBreaks).toEqual([sheet.charts![1]!.anchor.top, sheet.charts![2]!.anchor.top]);
    expect(sheet.cells[sheet.print!.pageBreaks![0]!]?.[0]).toBe('总分分布');
  });

  it('anchors charts beside their tables without overlapping one another', () => {
    const charts = sheet.charts!;
    for (let i = 1; i < charts.length; i++) expect(charts[i]!.anchor.top).toBeGreaterThan(charts[i - 1]!.anchor.bottom);
    for (const c of charts) expect(c.anchor.left).toBeGreaterThan(c.categories.right + 6);
  });
});
