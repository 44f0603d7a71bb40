/**
 * Tables and output sheets cut into pieces and put back together give what was cut: every row in
 * place, flags and formats kept, holes of sparse tables still holes — through a structured clone, as
 * postMessage makes one.
 */
import { describe, expect, it } from 'vitest';
import { Assembler, sheetPieces, tablePieces } from '../../src/taskpane/pieces.js';
import type { OutputSheet } from '../../src/sheets/output.js';
import type { CellValue, Table } from '../../src/sheets/table.js';

function roundTrip(pieces: Iterable<unknown>): Assembler {
  const assembler = new Assembler();
  for (const piece of pieces) assembler.add(structuredClone(piece) as Parameters<Assembler['add']>[0]);
  return assembler;
}

describe('pieces', () => {
  it('cuts tables into pieces of at most `size` rows and puts them back as they were', () => {
    const tables: Table[] = [
      { name: '签到表', hidden: true, firstRow: 3, rows: Array.from({ length: 23 }, (_, i) => [`T${i}`, i, i % 2 === 0, new Date(Date.UTC(2023, 8, i + 1))]) },
      { name: '空表', rows: [] },
      { name: '名册', rows: [['工号', '姓名'], ['T1', '张三']] },
    ];
    const pieces = [...tablePieces(tables, 10)];
    expect(pieces.map((p) => p.piece)).toEqual(['table', 'rows', 'rows', 'rows', 'table', 'table', 'rows']);
    expect(pieces.filter((p) => p.piece === 'rows').every((p) => p.piece === 'rows' && p.rows.length <= 10)).toBe(true);
    expect(roundTrip(pieces).tables).toEqual(tables);
  });

  it('keeps the holes of a sparse table (a stray cell far below the data)', () => {
    const rows: CellValue[][] = [];
    rows[0] = ['工号', '姓名'];
    rows[1] = ['T1', '张三'];
    rows[40] = [null, null, 'x'];
    const [table] = roundTrip(tablePieces([{ name: '名册', rows }], 8)).tables;
    expect(table!.rows).toHaveLength(41);
    expect(Object.keys(table!.rows)).toEqual(['0', '1', '40']);
    expect(table!.rows[40]).toEqual([null, null, 'x']);
  });

  it('cuts output sheets the same way, every property but the cells in the first piece', () => {
    const sheets: OutputSheet[] = [{
      name: '考核结果',
      cells: Array.from({ length: 12 }, (_, i) => [`教师${i}`, i * 1.5]),
      columnWidths: [10, 8],
      freeze: { rows: 1, columns: 0 },
      formats: [{ range: { top: 0, left: 0, bottom: 0, right: 1 }, bold: true }],
    }];
    const pieces = [...sheetPieces(sheets, 5)];
    expect(pieces.map((p) => p.piece)).toEqual(['sheet', 'rows', 'rows', 'rows']);
    expect(roundTrip(pieces).sheets).toEqual(sheets);
  });

  it('refuses rows that come before any table or sheet', () => {
    expect(() => new Assembler().add({ piece: 'rows', start: 0, rows: [['x']] })).toThrow('before any table');
  });
});
