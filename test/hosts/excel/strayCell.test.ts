/**
 * Issue 10 item 6, Office.js side: one stray cell at XFD1048576 makes a sheet's used range
 * 1,048,576 × 16,384 cells. The host reads only the areas that hold values (ExcelApi 1.9), so the
 * table is the data plus one short row, in a handful of syncs, and the run scores as without it.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/app/run.js';
import { setCell } from './fakeBook.js';
import { FakeBook } from './fakeExcel.js';
import { excelHosts } from './excelHosts.js';
import { sampleBook } from './sampleBook.js';

const NOW = new Date('2024-01-31T08:00:00Z');
const use = excelHosts();

function stray(book: FakeBook, sheet: string): void {
  setCell(book.sheet(sheet)!, 1_048_575, 16_383, { value: ' x', format: 'General' });
}

describe('a stray cell at XFD1048576', () => {
  it('is read as one short row beside the data, never as the rectangle', async () => {
    const book = new FakeBook();
    book.addSheet('名册', [['工号', '姓名'], ['T1', '张三'], [null, '=1']]);
    book.sheet('名册')!.cells[2]![1] = { value: 1, formula: '=1', format: 'General' };
    stray(book, '名册');
    const table = await use(book).readSheet('名册');
    expect(table.firstRow).toBe(1);
    expect(table.firstColumn).toBe(1);
    expect(table.rows[0]).toEqual(['工号', '姓名']);
    expect(table.rows[1]).toEqual(['T1', '张三']);
    expect(table.rows[2]?.[1]).toBe(1);
    expect(table.rows[3]).toBeUndefined();
    expect(table.rows[1_048_575]?.[16_383]).toBe(' x');
    expect(table.rows[1_048_575]?.filter((c) => c !== undefined)).toEqual([' x']);
    expect(book.maxResponseBytes).toBeLessThan(100_000);
    expect(book.syncs).toBeLessThanOrEqual(4);
  });

  it('leaves the scores as they are without it', async () => {
    const clean = sampleBook();
    const expected = (await run(use(clean), { now: NOW })).score?.result.teachers.map((t) => [t.id, t.total, t.tier]);
    const book = sampleBook();
    stray(book, '签到表');
    const report = await run(use(book), { now: NOW });
    expect(report.score?.result.teachers.map((t) => [t.id, t.total, t.tier])).toEqual(expected);
  });
});
