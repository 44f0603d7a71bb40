/**
 * SPEC §7 图表 through the Office.js host: the three native charts (and the 分组统计 one) are added
 * with the right type, source block, titles and series, and a re-run replaces them rather than
 * stacking new ones on top.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/app/run.js';
import type { FakeBook } from './fakeExcel.js';
import { excelHosts } from './excelHosts.js';
import { sampleBook } from './sampleBook.js';

const NOW = new Date('2024-01-31T08:00:00Z');

const excelHostOn = excelHosts();

async function scored(book: FakeBook): Promise<number> {
  const report = await run(excelHostOn(book), { now: NOW });
  return report.score?.result.groups.length ?? 0;
}

describe('charts written through Office.js', () => {
  it('draws the three 图表 charts from the data tables beside them', async () => {
    const book = sampleBook();
    const groups = await scored(book);
    const charts = book.sheet('图表')!.charts;
    expect(charts.map((c) => c.type)).toEqual(['ColumnStacked', 'ColumnClustered', 'BarClustered']);
    expect(charts.map((c) => c.title)).toEqual(['各教研组等次分布', expect.stringContaining('总分分布'), '各组分项平均分']);

    const [tiers, bins, means] = charts;
    // One series per tier, in tier order, coloured like 考核结果.
    expect(tiers!.series.map((s) => s.name)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(tiers!.series.every((s) => s.color !== null)).toBe(true);
    expect(means!.series.map((s) => s.name)).toEqual(['外出学习', '考勤', '学习笔记', '活动参与', '读书活动', '教学类加分']);
    expect(bins!.series).toHaveLength(1);

    // Each source block is the header row plus one row per group (or per 10-point bin).
    const rows = (address: string): number => {
      const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(address.replace(/^.*!/, ''))!;
      return Number(m[2]) - Number(m[1]) + 1;
    };
    expect(rows(tiers!.source)).toBe(groups + 1);
    expect(rows(means!.source)).toBe(groups + 1);
    expect(rows(bins!.source)).toBe(10 + 1);
    for (const chart of charts) {
      expect(chart.seriesBy).toBe('Columns');
      expect(chart.position).not.toBeNull();
      expect(chart.valueAxisMinimum).toBe(0);
      expect(chart.legend.visible || chart.series.length === 1).toBe(true);
    }
  });

  it('puts the mean-total chart on 分组统计', async () => {
    const book = sampleBook();
    await scored(book);
    const charts = book.sheet('分组统计')!.charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]!.type).toBe('ColumnClustered');
  });

  it('replaces the charts on a re-run instead of stacking them', async () => {
    const book = sampleBook();
    await scored(book);
    const first = book.sheet('图表')!.charts.map((c) => [c.type, c.title, c.source]);
    await scored(book);
    expect(book.sheet('图表')!.charts.map((c) => [c.type, c.title, c.source])).toEqual(first);
  });
});
