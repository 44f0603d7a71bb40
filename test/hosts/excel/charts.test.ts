/**
 * SPEC §7 图表 through the Office.js host: the three native charts (and the 分组统计 one) are added
 * with the right type, source block, titles and series, and a re-run replaces them rather than
 * stacking new ones on top.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/app/run.js';
import { type FakeSeriesRecord, type FakeSheet, FakeBook as FakeBookClass } from './fakeBook.js';
import type { FakeBook } from './fakeExcel.js';
import { deriveSeries } from './fakeWorksheet.js';
import { excelHosts } from './excelHosts.js';
import { sampleBook } from './sampleBook.js';

const NOW = new Date('2024-01-31T08:00:00Z');

const excelHostOn = excelHosts();

async function scored(book: FakeBook): Promise<number> {
  const report = await run(excelHostOn(book), { now: NOW });
  return report.score?.result.groups.length ?? 0;
}

describe('charts written through Office.js', () => {
  it('draws the three 图表 charts, each series from its own column under its own header', async () => {
    const book = sampleBook();
    const groups = await scored(book);
    const sheet = book.sheet('图表')!;
    const charts = sheet.charts;
    expect(charts.map((c) => c.type)).toEqual(['ColumnStacked', 'ColumnClustered', 'BarClustered']);
    expect(charts.map((c) => c.title)).toEqual(['各教研组等次分布', expect.stringContaining('总分分布'), '各组分项平均分']);

    const [tiers, bins, means] = charts;
    expect(tiers!.series.map((s) => s.name)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(bins!.series.map((s) => s.name)).toEqual(['人数']);
    expect(means!.series.map((s) => s.name)).toEqual(['外出学习', '考勤', '学习笔记', '活动参与', '读书活动', '教学类加分']);
    // Tier series coloured like 考核结果, item series each their own colour.
    expect(tiers!.series.every((s) => s.color !== null)).toBe(true);
    expect(new Set(means!.series.map((s) => s.color)).size).toBe(6);

    // Every series: one column of `rows` cells (B, C, D, …), the header above it is its name, and
    // the categories are column A over the same rows.
    const expectColumns = (series: FakeSeriesRecord[], rows: number): void => {
      series.forEach((s, i) => {
        const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(s.values)!;
        expect(m[1]).toBe(String.fromCharCode(66 + i));
        expect(m[3]).toBe(m[1]);
        expect(Number(m[4]) - Number(m[2]) + 1).toBe(rows);
        expect(s.categories).toBe(`A${m[2]}:A${m[4]}`);
        expect(sheet.cells[Number(m[2]) - 2]?.[i + 1]?.value).toBe(s.name);
      });
    };
    expectColumns(tiers!.series, groups);
    expectColumns(bins!.series, 10);
    expectColumns(means!.series, groups);
    for (const chart of charts) {
      expect(chart.seriesBy).toBe('Columns');
      expect(chart.position).not.toBeNull();
      expect(chart.valueAxisMinimum).toBe(0);
      expect(chart.legend.visible || chart.series.length === 1).toBe(true);
    }
  });

  it('charts only 平均分 on 分组统计, not the 人数 column between it and the group names', async () => {
    const book = sampleBook();
    const groups = await scored(book);
    const charts = book.sheet('分组统计')!.charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]!.type).toBe('ColumnClustered');
    expect(charts[0]!.series).toEqual([{ name: '平均分', values: `C2:C${groups + 1}`, categories: `A2:A${groups + 1}`, color: '#5B9BD5' }]);
  });

  it('draws no chart before ExcelApi 1.7 rather than one with guessed series', async () => {
    const book = sampleBook();
    book.apiMinor = 6;
    await scored(book);
    expect(book.sheet('分组统计')!.charts).toEqual([]);
    expect(book.sheet('图表')!.charts).toEqual([]);
  });

  it('replaces the charts on a re-run instead of stacking them', async () => {
    const book = sampleBook();
    await scored(book);
    const first = book.sheet('图表')!.charts.map((c) => [c.type, c.title, c.source]);
    await scored(book);
    expect(book.sheet('图表')!.charts.map((c) => [c.type, c.title, c.source])).toEqual(first);
  });
});

describe("the double's charts.add derives series as Excel does", () => {
  // 教研组 | 人数 | 平均分 over two groups: the old bounding-box source of the 分组统计 chart.
  const sheetWith = (rows: (string | number)[][]): FakeSheet => {
    const book = new FakeBookClass();
    return book.addSheet('s', rows);
  };
  const stats = [['教研组', '人数', '平均分'], ['语文组', 12, 85.5], ['数学组', 10, 88]];
  it.each([
    ['a block with more rows than columns: one series per column, headers as names', stats, 'Auto',
      [{ name: '人数', values: 'B2:B3', categories: 'A2:A3', color: null }, { name: '平均分', values: 'C2:C3', categories: 'A2:A3', color: null }]],
    ['the same block by rows: one series per group', stats, 'Rows',
      [{ name: '语文组', values: 'B2:C2', categories: 'B1:C1', color: null }, { name: '数学组', values: 'B3:C3', categories: 'B1:C1', color: null }]],
    ['numbers only: unnamed series without categories', [[1], [2], [3]], 'Auto', [{ name: '系列1', values: 'A1:A3', categories: null, color: null }]],
  ] as const)('%s', (_, rows, by, expected) => {
    const sheet = sheetWith(rows.map((r) => [...r]));
    expect(deriveSeries({ sheet, top: 0, left: 0, rows: rows.length, columns: rows[0]!.length }, by)).toEqual(expected);
  });
});
