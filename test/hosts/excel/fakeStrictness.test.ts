/**
 * The Excel double refuses what Excel refuses, where our code goes (docs/addin.md lists each rule
 * with the Microsoft page it follows). Driven through `Excel.run` as the host would.
 */
import { describe, expect, it } from 'vitest';
import { FakeBook, fakeRun } from './fakeExcel.js';

async function attempt(book: FakeBook, batch: (context: Excel.RequestContext) => void): Promise<string | null> {
  try {
    await fakeRun(book)(async (context) => {
      batch(context);
      await context.sync();
    });
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'thrown';
  }
}

function bookWith(): FakeBook {
  const book = new FakeBook();
  book.addSheet('Sheet1', [['a', 'b'], [1, 2]]);
  return book;
}

describe('the Excel double is as strict as Excel', () => {
  it.each([['History'], ['history'], ["'开头"], ["结尾'"], [''], ['  '], ['a[1]'], ['x'.repeat(32)]])('refuses the sheet name %j', async (name) => {
    expect(await attempt(bookWith(), (c) => void c.workbook.worksheets.add(name))).toBe('InvalidArgument');
  });

  it('accepts a 31-character name with an apostrophe inside', async () => {
    expect(await attempt(bookWith(), (c) => void c.workbook.worksheets.add(`校'${'x'.repeat(29)}`))).toBeNull();
  });

  it('refuses to activate a hidden sheet', async () => {
    const book = bookWith();
    book.addSheet('隐藏', [], { visibility: 'Hidden' });
    expect(await attempt(book, (c) => c.workbook.worksheets.getItem('隐藏').activate())).toBe('InvalidOperation');
  });

  it.each([
    ['values', (s: Excel.Worksheet) => void (s.getRange('A1').values = [['x']])],
    ['number formats', (s: Excel.Worksheet) => void (s.getRange('A1').numberFormat = [['@']])],
    ['fill', (s: Excel.Worksheet) => void (s.getRange('A1').format.fill.color = '#FF0000')],
    ['clear', (s: Excel.Worksheet) => s.getRange().clear('All')],
    ['a table', (s: Excel.Worksheet) => void s.tables.add('A1:B2', true)],
  ])('refuses %s on a protected sheet', async (_, write) => {
    const book = bookWith();
    book.sheet('Sheet1')!.protected = true;
    expect(await attempt(book, (c) => write(c.workbook.worksheets.getItem('Sheet1')))).toBe('AccessDenied');
    expect(book.values('Sheet1')).toEqual([['a', 'b'], [1, 2]]);
  });

  it('refuses adding or deleting sheets under structure protection', async () => {
    const book = bookWith();
    book.addSheet('Sheet2');
    book.structureProtected = true;
    expect(await attempt(book, (c) => void c.workbook.worksheets.add('新表'))).toBe('AccessDenied');
    expect(await attempt(book, (c) => c.workbook.worksheets.getItem('Sheet2').delete())).toBe('AccessDenied');
  });

  it('refuses a table over another table', async () => {
    const book = bookWith();
    expect(await attempt(book, (c) => void c.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true))).toBeNull();
    expect(await attempt(book, (c) => void c.workbook.worksheets.getItem('Sheet1').tables.add('B2:C3', true))).toBe('InvalidOperation');
  });

  it('takes an address without a sheet in tables.add as the ACTIVE sheet, whichever sheet was asked', async () => {
    const book = bookWith();
    book.addSheet('Sheet2');
    book.activeSheet = 'Sheet1';
    expect(await attempt(book, (c) => void c.workbook.worksheets.getItem('Sheet2').tables.add('D1:E2', true))).toBeNull();
    expect(book.tables.map((t) => t.sheet)).toEqual(['Sheet1']);
    expect(await attempt(book, (c) => void c.workbook.worksheets.getItem('Sheet2').tables.add("'Sheet2'!A1:B2", true))).toBeNull();
    expect(book.tables.map((t) => t.sheet)).toEqual(['Sheet1', 'Sheet2']);
  });

  it.each([
    ['another table', (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('D1:E2', true).name = 'table1')],
    ['a defined name', (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('D1:E2', true).name = 'MYNAME')],
    ['a defined name given to a table', (c: Excel.RequestContext) => void c.workbook.names.add('Mine', '=Sheet1!$A$1')],
  ])('keeps table names and defined names unique across the workbook: refuses the name of %s', async (_, batch) => {
    const book = bookWith();
    book.names.push({ name: 'MyName', formula: '=Sheet1!$A$1', visible: true });
    expect(await attempt(book, (c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true).name = 'Mine'))).toBeNull();
    book.tables.push({ name: 'Table1', style: '', address: 'H1:I2', sheet: 'Sheet1' });
    expect(await attempt(book, batch)).toBe('ItemAlreadyExists');
  });

  it.each([
    ['a hidden sheet, even in a small batch', 'Hidden', 1],
    ['a sheet that is not the active one, in a large batch', 'Visible', 60],
  ])('refuses to freeze or unfreeze panes of %s', async (_, visibility, padding) => {
    const book = bookWith();
    book.addSheet('Sheet2', [], { visibility: visibility as 'Hidden' | 'Visible' });
    book.activeSheet = 'Sheet1';
    const batch = (freeze: (s: Excel.Worksheet) => void) => (c: Excel.RequestContext) => {
      for (let i = 0; i < padding; i++) c.workbook.worksheets.getItem('Sheet1').getRange('C1').values = [[i]];
      freeze(c.workbook.worksheets.getItem('Sheet2'));
    };
    expect(await attempt(book, batch((s) => s.freezePanes.freezeRows(1)))).toBe('GeneralException');
    expect(await attempt(book, batch((s) => s.freezePanes.unfreeze()))).toBe('GeneralException');
    expect(await attempt(book, (c) => c.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(1))).toBeNull();
    if (visibility === 'Visible') expect(await attempt(book, (c) => c.workbook.worksheets.getItem('Sheet2').freezePanes.freezeRows(1))).toBeNull();
  });

  it.each([
    [2_000, 'RequestPayloadSizeLimitExceeded'],
    [400, null],
  ])('counts ~500 request bytes a written cell: %i rows × 10 cells of "0" → %s (office-js-docs-reference #354)', async (rows, code) => {
    const book = bookWith();
    const values = Array.from({ length: rows }, () => new Array<string>(10).fill('0'));
    expect(await attempt(book, (c) => void (c.workbook.worksheets.getItem('Sheet1').getRange(`A1:J${rows}`).values = values))).toBe(code);
  });

  it('answers null values, and fails other reads, for more than 5 million cells at once', async () => {
    const book = bookWith();
    let values: unknown = 'not read';
    expect(
      await fakeRun(book)(async (c) => {
        const range = c.workbook.worksheets.getItem('Sheet1').getRange('A1:E1000001');
        range.load('values');
        await c.sync();
        values = range.values;
        return null;
      }),
    ).toBeNull();
    expect(values).toBeNull();
    expect(await attempt(book, (c) => void c.workbook.worksheets.getItem('Sheet1').getRange('A1:E1000001').load('numberFormat'))).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('applies the operations before a failure and not those after (no rollback)', async () => {
    const book = bookWith();
    book.failAtOp = book.opsRun + 2;
    const code = await attempt(book, (c) => {
      const s = c.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [['first']];
      s.getRange('B1').values = [['second']];
      s.getRange('A2').values = [['third']];
    });
    expect(code).toBe('GeneralException');
    expect(book.values('Sheet1')).toEqual([['first', 'b'], [1, 2]]);
  });
});
