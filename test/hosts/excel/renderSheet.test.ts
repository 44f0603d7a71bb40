import { describe, expect, it } from 'vitest';
import { cellMatrices } from '../../../src/hosts/excel/renderSheet.js';
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
