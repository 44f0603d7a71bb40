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
import { ExcelHost } from '../../../src/hosts/excel/excelHost.js';
import { detectApiSupport } from '../../../src/hosts/excel/apiSupport.js';

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

  /** A sheet with a stray far cell and `areas` one-cell areas (alternate columns: no two rows share a run). */
  function manyAreas(areas: number): FakeBook {
    const book = new FakeBook();
    const sheet = book.addSheet('签到表');
    for (let r = 0; r < areas; r++) setCell(sheet, r, r % 2, { value: `教师${r}`, format: 'General' });
    stray(book, '签到表');
    return book;
  }

  it('lists the areas within the payload budget, cutting the sheet into row bands (no sync over it)', async () => {
    const book = manyAreas(3_000);
    const budget = 64 * 1024;
    use(book);
    const read = await new ExcelHost({ support: detectApiSupport(() => true), budget }).readSheet('签到表');
    expect(read.rows[0]?.[0]).toBe('教师0');
    expect(read.rows[2_999]?.[1]).toBe('教师2999');
    expect(read.rows[1_048_575]?.[16_383]).toBe(' x');
    // 3,000 areas are ~240 KB of answer: at most the budget (and the JSON around it) a sync.
    expect(book.maxResponseBytes).toBeLessThanOrEqual(budget * 1.2);
  });

  it('splits and retries a list of areas Excel refuses as too large', async () => {
    const book = manyAreas(3_000);
    // Excel refuses more than the plan allows for (an area costs more than AREA_BYTES here).
    book.payloadLimit = 100 * 1024;
    use(book);
    const table = await new ExcelHost({ support: detectApiSupport(() => true), budget: 1024 * 1024 }).readSheet('签到表');
    expect(table.rows[2_999]?.[1]).toBe('教师2999');
    expect(table.rows.filter((row) => row !== undefined)).toHaveLength(3_001);
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
