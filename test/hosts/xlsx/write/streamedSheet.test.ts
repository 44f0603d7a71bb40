/**
 * A streamed sheet (StreamedSheet: rows made while the sheet is written) is written exactly as the
 * same sheet laid out whole: the district's 全区教师 and 上报学时 go this way (docs/performance.md,
 * "District memory: the view as bytes, the sheets streamed").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareSheet } from '../../../../src/hosts/xlsx/write/preparedSheet.js';
import { worksheetXml } from '../../../../src/hosts/xlsx/write/worksheetXml.js';
import { laidOut, type OutputCell, type OutputSheet, type StreamedSheet } from '../../../../src/sheets/output.js';

const refs = { mainNs: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', relNs: 'r', xfFor: (look: object) => JSON.stringify(look).length, tableRelIds: ['rId1'] };
const text = (sheet: OutputSheet | StreamedSheet): string => new TextDecoder().decode(worksheetXml(prepareSheet(sheet), refs));

/** The sheet as a stream that counts how often its rows are made. */
function streamed(sheet: OutputSheet): { stream: StreamedSheet; passes: () => number } {
  const { cells, ...rest } = sheet;
  let passes = 0;
  return {
    stream: {
      ...rest,
      *rows() {
        passes += 1;
        for (const row of cells) yield row;
      },
    },
    passes: () => passes,
  };
}

const cell: fc.Arbitrary<OutputCell> = fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 99 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const sheetArb: fc.Arbitrary<OutputSheet> = fc
  .record({
    cells: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
    formatRows: fc.array(fc.tuple(fc.nat(10), fc.nat(3), fc.nat(6), fc.boolean()), { maxLength: 4 }),
    tableTop: fc.option(fc.nat(9), { nil: undefined }),
    tableRight: fc.nat(4),
    heights: fc.array(fc.option(fc.integer({ min: 12, max: 60 }), { nil: null }), { maxLength: 10 }),
  })
  .map(({ cells, formatRows, tableTop, tableRight, heights }) => ({
    name: '全区教师',
    cells,
    rowHeights: heights,
    formats: formatRows.map(([top, span, left, bold]) => ({ range: { top, left, bottom: top + span, right: left + 1 }, ...(bold ? { bold: true } : { fill: 'FFC7CE' }) })),
    ...(tableTop === undefined ? {} : { table: { name: 'T', range: { top: tableTop, left: 0, bottom: tableTop + 2, right: tableRight }, style: 'TableStyleLight1' } }),
  }));

describe('a streamed sheet', () => {
  it('is written byte for byte as the same sheet laid out whole (any cells, formats past the rows, a table header anywhere)', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        expect(text(streamed(sheet).stream)).toBe(text(sheet));
      }),
    );
  });

  it('leaves its rows as they were: the table header is rewritten on a copy', () => {
    const header: OutputCell[] = ['学校', '', '学校'];
    const { stream } = streamed({ name: 's', cells: [header, ['一中', 1, 2]], table: { name: 'T', range: { top: 0, left: 0, bottom: 1, right: 2 }, style: 'TableStyleLight1' } });
    const prepared = prepareSheet(stream);
    expect(prepared.tableColumns).toEqual(['学校', '列2', '学校2']);
    expect([...prepared.rows()][0]).toEqual(['学校', '列2', '学校2']);
    expect(header).toEqual(['学校', '', '学校']);
  });

  it('makes its rows a bounded number of times (the header, the extent, the rows), never keeping them', () => {
    const { stream, passes } = streamed({ name: 's', cells: [['a'], ['b']], table: { name: 'T', range: { top: 0, left: 0, bottom: 1, right: 0 }, style: 'TableStyleLight1' } });
    const prepared = prepareSheet(stream);
    expect(prepared.cells).toBeNull();
    text(stream);
    expect(passes()).toBeLessThanOrEqual(3 + 3);
  });

  it('is laid out whole when it has charts or dropdown lists (they are drawn from, or put into, its cells)', () => {
    const list = { range: { top: 1, left: 0, bottom: 1, right: 0 }, values: Array.from({ length: 80 }, (_, i) => `选项${i}`) };
    const sheet: OutputSheet = { name: 's', cells: [['a'], ['b']], validations: [list] };
    const prepared = prepareSheet(streamed(sheet).stream);
    expect(prepared.cells).not.toBeNull();
    expect(prepared.hiddenColumns).toEqual([2]);
    expect(text(streamed(sheet).stream)).toBe(text(sheet));
  });

  it('laidOut collects a stream’s rows into cells', () => {
    const sheet: OutputSheet = { name: 's', cells: [['a', 1], [], ['b']] };
    expect(laidOut(streamed(sheet).stream)).toEqual(sheet);
    expect(laidOut({ name: 's', layout: () => streamed(sheet).stream })).toEqual(sheet);
    expect(laidOut(sheet)).toBe(sheet);
  });
});
