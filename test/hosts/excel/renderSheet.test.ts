import { describe, expect, it } from 'vitest';
import { cellMatrices, rowHeightRuns } from '../../../src/hosts/excel/renderSheet.js';
import { run } from '../../../src/app/run.js';
import { excelHosts } from './excelHosts.js';
import { sampleBook } from './sampleBook.js';
import { chartSeed, seriesBy } from '../../../src/hosts/excel/renderChart.js';
import type { ChartSpec } from '../../../src/sheets/output.js';

describe('cellMatrices', () => {
  it("gives strings '@' and numbers their range's format, over a rectangular block", () => {
    const { values, formats } = cellMatrices({
      name: 's',
      cells: [['姓名', '总分'], ['张三', 91.75], ['=1']],
      formats: [{ range: { top: 1, left: 1, bottom: 3, right: 1 }, numberFormat: '0.00' }],
    });
    expect(values).toEqual([['姓名', '总分'], ['张三', 91.75], ['=1', null], [null, null]]);
    expect(formats).toEqual([['@', '@'], ['@', '0.00'], ['@', '0.00'], ['General', '0.00']]);
  });
});

describe('chartSeed', () => {
  const spec: ChartSpec = {
    id: 'c',
    kind: 'stackedColumn',
    title: 't',
    categories: { top: 2, left: 0, bottom: 8, right: 0 },
    series: [
      { name: '优秀', nameCell: { row: 1, column: 1 }, values: { top: 2, left: 1, bottom: 8, right: 1 } },
      { name: '良好', nameCell: { row: 1, column: 2 }, values: { top: 2, left: 2, bottom: 8, right: 2 } },
    ],
    anchor: { top: 0, left: 8, bottom: 19, right: 16 },
  };
  it("starts from the first series' values alone, so Excel has nothing to guess", () => {
    expect(chartSeed(spec)).toEqual({ top: 2, left: 1, bottom: 8, right: 1 });
    expect(seriesBy(spec)).toBe('Columns');
  });
  it('gives nothing to draw for a chart without series', () => {
    expect(chartSeed({ ...spec, series: [] })).toBeNull();
  });
});

describe('row heights (SPEC §7 Print-ready)', () => {
  it.each([
    [[], []],
    [[null, 35, 35, 19], [{ top: 1, bottom: 2, height: 35 }, { top: 3, bottom: 3, height: 19 }]],
    [[19, null, 19], [{ top: 0, bottom: 0, height: 19 }, { top: 2, bottom: 2, height: 19 }]],
    [[19, 19, 19], [{ top: 0, bottom: 2, height: 19 }]],
  ])('sets %j as one rowHeight per run of equal heights', (heights, runs) => {
    expect(rowHeightRuns(heights)).toEqual(runs);
  });

  it('gives every row of 评分明细, 考核结果 and 数据问题 the height its layout measured', async () => {
    const book = sampleBook();
    const report = await run(excelHosts()(book), { now: new Date('2024-01-31T08:00:00Z') });
    expect(report.score).not.toBeNull();
    // Each sheet, its wrapped columns and its first data row: every row with wrapped text has a height.
    for (const [name, columns, first] of [['评分明细', [6], 1], ['考核结果', [15], 3], ['数据问题', [4, 5], 1]] as const) {
      const heights = book.sheet(name)!.rowHeights;
      const rows = book.values(name);
      const wrapped = rows.map((row, r) => r >= first && columns.some((c) => row[c] !== '' && row[c] !== null));
      expect(wrapped.filter(Boolean).length, name).toBeGreaterThan(0);
      wrapped.forEach((has, r) => r >= first && expect(heights[r] !== undefined, `${name} row ${r + 1}`).toBe(has));
      for (const height of Object.values(heights)) expect(height).toBeGreaterThanOrEqual(19);
    }
  });
});
