/**
 * Outputs of any size are written (issue 11 item 1, SPEC §11): a district's 数据问题 sheet can hold
 * hundreds of thousands of rows, and a row count once crashed the writer through Math.max(...rows).
 * Text holding Excel's own `_xHHHH_` escape reads back as written (issue 11 item 7).
 */
import { describe, expect, it } from 'vitest';
import { XlsxHost } from '../../../../src/hosts/xlsx/xlsxHost.js';
import { cellMatrices } from '../../../../src/hosts/excel/renderSheet.js';
import type { OutputCell, OutputSheet } from '../../../../src/sheets/output.js';

const ROWS = 200_000;

function issuesSheet(rows: number): OutputSheet {
  const cells: OutputCell[][] = [['级别', '工作表', '行', '说明']];
  for (let r = 1; r <= rows; r++) cells.push(['警告', '签到表', r, `名册中没有的姓名：未知${r}`]);
  return {
    name: '数据问题',
    cells,
    table: { name: 'Issues', range: { top: 0, left: 0, bottom: rows, right: 3 }, style: 'TableStyleMedium2' },
    validations: [{ range: { top: 1, left: 0, bottom: rows, right: 0 }, values: Array.from({ length: 40 }, (_, i) => `一个很长的选项名称${i}`) }],
  };
}

describe('an output sheet of 200,000 rows', () => {
  it('is written in full by the file host', async () => {
    const host = await XlsxHost.create({ charts: null });
    await host.writeOutputs([issuesSheet(ROWS)]);
    const reopened = await XlsxHost.open(await host.save());
    const table = await reopened.readSheet('数据问题');
    const rows = table.rows.filter((row) => Array.isArray(row));
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[ROWS]?.slice(0, 4)).toEqual(['警告', '签到表', ROWS, `名册中没有的姓名：未知${ROWS}`]);
  }, 120_000);

  it('is laid out for the Excel host without spreading its rows as arguments', () => {
    const { values, formats } = cellMatrices(issuesSheet(ROWS));
    expect(values).toHaveLength(ROWS + 1);
    expect(formats[ROWS]).toHaveLength(4);
  });
});

describe('text holding _xHHHH_', () => {
  it.each([['王_x0041_老师'], ['_x0041_x0042_'], ['_x005F_'], ['普通姓名']])('%j reads back as written', async (name) => {
    const host = await XlsxHost.create({ charts: null });
    await host.writeOutputs([{ name: '考核结果', cells: [['姓名'], [name]], table: { name: 'Results', range: { top: 0, left: 0, bottom: 1, right: 0 }, style: 'TableStyleMedium2' } }]);
    const table = await (await XlsxHost.open(await host.save())).readSheet('考核结果');
    expect(table.rows[1]?.[0]).toBe(name);
  });
});
