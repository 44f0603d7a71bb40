import { describe, expect, it } from 'vitest';
import { OWNERSHIP_NAME } from '../../../src/sheets/layout/ownership.js';
import { run } from '../../../src/app/run.js';
import { insertTemplate } from '../../../src/app/insertTemplate.js';
import type { OutputSheet } from '../../../src/sheets/output.js';
import { FakeBook } from './fakeExcel.js';
import { PAYLOAD_BUDGET } from '../../../src/hosts/excel/payload.js';
import { excelHosts } from './excelHosts.js';
import { sampleBook } from './sampleBook.js';

const NOW = new Date('2024-01-31T08:00:00Z');
const OUTPUTS = ['考核结果', '分组统计', '评分明细', '数据问题', '上报学时', '图表', '计算记录'];

const use = excelHosts();

async function scoredRun(book: FakeBook): Promise<{ syncs: number; written: Record<string, string> }> {
  const host = use(book);
  const before = book.syncs;
  const report = await run(host, { now: NOW });
  expect(report.score).not.toBeNull();
  return { syncs: book.syncs - before, written: report.written };
}

describe('ExcelHost.writeOutputs through run()', () => {
  it('writes every output sheet, as text where text, with a hidden ownership name', async () => {
    const book = sampleBook();
    const { written } = await scoredRun(book);
    for (const name of OUTPUTS) expect(book.sheet(name), name).toBeDefined();
    expect(Object.values(written).sort()).toEqual([...OUTPUTS].sort());
    expect(book.formulasCreated).toEqual([]);
    const marker = book.names.find((n) => n.name === OWNERSHIP_NAME);
    expect(marker?.visible).toBe(false);
    expect(marker?.formula).toMatch(/^="考核结果\|/);
    expect(book.tables.some((t) => t.sheet === '考核结果')).toBe(true);
    expect(book.sheet('图表')!.charts.length).toBeGreaterThanOrEqual(3);
    expect(book.sheet('考核结果')!.freeze).not.toBeNull();
    expect(book.activeSheet).toBe('考核结果');
  });

  it('costs syncs only for the payload (ARCHITECTURE: syncs ≤ ⌈payload / 4 MB⌉ + a constant), whatever the number of teachers', async () => {
    const small = await scoredRun(sampleBook(1));
    const large = sampleBook(10);
    const big = await scoredRun(large);
    expect(large.values('考核结果').length).toBeGreaterThan(600);
    expect(small.syncs).toBeLessThanOrEqual(12);
    // Excel counts ~500 bytes a written cell (payload.ts): the larger school's outputs no longer fit
    // one request, and each extra sync is one its bytes need, nothing more.
    const needed = Math.ceil(large.totalRequestBytes / PAYLOAD_BUDGET) + Math.ceil(large.totalResponseBytes / PAYLOAD_BUDGET);
    expect(big.syncs).toBeGreaterThan(small.syncs);
    expect(big.syncs - needed).toBeLessThanOrEqual(small.syncs);
    expect(large.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET * 1.01);
    expect(large.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('is idempotent: a re-run replaces its own sheets and leaves the same workbook', async () => {
    const book = sampleBook();
    await scoredRun(book);
    const first = book.sheets.map((s) => s.name);
    const results = book.values('考核结果');
    await scoredRun(book);
    expect(book.sheets.map((s) => s.name).sort()).toEqual([...first].sort());
    expect(book.values('考核结果')).toEqual(results);
    expect(book.names.filter((n) => n.name === OWNERSHIP_NAME)).toHaveLength(1);
    expect(book.tables.filter((t) => t.sheet === '考核结果')).toHaveLength(1);
  });

  it('keeps a user sheet named 考核结果 and writes to 考核结果(1), on every run', async () => {
    const book = sampleBook();
    book.addSheet('考核结果', [['我自己的表'], ['不要动']]);
    const once = await scoredRun(book);
    expect(once.written['考核结果']).toBe('考核结果(1)');
    expect(book.values('考核结果')).toEqual([['我自己的表'], ['不要动']]);
    const twice = await scoredRun(book);
    expect(twice.written['考核结果']).toBe('考核结果(1)');
    expect(book.sheet('考核结果(2)')).toBeUndefined();
    expect(book.values('考核结果')).toEqual([['我自己的表'], ['不要动']]);
  });

  it('never writes to the input sheets', async () => {
    const book = sampleBook();
    const inputs = book.sheets.map((s) => [s.name, JSON.stringify(s.cells)] as const);
    await scoredRun(book);
    for (const [name, cells] of inputs) expect(JSON.stringify(book.sheet(name)!.cells), name).toBe(cells);
  });

  it('works on ExcelApi 1.4, leaving out the gated features', async () => {
    const book = sampleBook();
    book.apiMinor = 4;
    await scoredRun(book);
    expect(book.sheet('考核结果')!.freeze).toBeNull();
    expect(book.calculationSuspensions).toBe(0);
    expect(book.sheet('考核结果')!.tabColor).toBeNull();
    expect(book.values('考核结果').length).toBeGreaterThan(60);
  });
});

describe('ExcelHost: text stays text (SPEC §7)', () => {
  const tricky: OutputSheet = {
    name: '考核结果',
    cells: [
      ['姓名', '备注', '分数'],
      ['=SUM(A1:A9)', '+1', 3.5],
      ['-张三', '@王五', 0],
      ["'引号", '001', null],
    ],
    formats: [{ range: { top: 1, left: 2, bottom: 3, right: 2 }, numberFormat: '0.00' }],
  };

  it.each([
    [1, 0, '=SUM(A1:A9)'],
    [1, 1, '+1'],
    [2, 0, '-张三'],
    [2, 1, '@王五'],
    [3, 0, "'引号"],
    [3, 1, '001'],
  ])('cell (%i,%i) keeps %s as text', async (row, column, text) => {
    const book = new FakeBook();
    book.addSheet('Sheet1');
    await use(book).writeOutputs([tricky]);
    const cell = book.sheet('考核结果')!.cells[row]![column]!;
    expect(cell.value).toBe(text);
    expect(cell.format).toBe('@');
    expect(book.formulasCreated).toEqual([]);
  });

  it('keeps numbers numbers with their format', async () => {
    const book = new FakeBook();
    book.addSheet('Sheet1');
    await use(book).writeOutputs([tricky]);
    expect(book.sheet('考核结果')!.cells[1]![2]).toEqual({ value: 3.5, format: '0.00' });
  });
});

describe('ExcelHost.insertSheets', () => {
  it('adds the template once and never overwrites', async () => {
    const book = new FakeBook();
    book.addSheet('教师名册', [['工号', '姓名', '教研组'], ['T1', '张三', '语文组']]);
    const host = use(book);
    const first = await insertTemplate(host);
    expect(first.skipped).toEqual(['教师名册']);
    expect(first.inserted.length).toBeGreaterThan(3);
    expect(book.values('教师名册')[1]).toEqual(['T1', '张三', '语文组']);
    const second = await insertTemplate(host);
    expect(second.inserted).toEqual([]);
  });

  it("freezes the template sheets' header rows after the big batch (office-js #2196), the first one shown", async () => {
    const book = new FakeBook();
    book.addSheet('Sheet1');
    book.activeSheet = 'Sheet1';
    const { inserted } = await insertTemplate(use(book));
    expect(book.sheet('签到表')!.freeze).toMatchObject({ columns: 0 });
    expect(book.sheet('签到表')!.freeze!.rows).toBeGreaterThan(0);
    expect(book.activeSheet).toBe(inserted[0]);
  });
});

describe('ExcelHost.readSheet', () => {
  it('turns date-formatted numbers into dates and reports hidden and protected sheets', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('签到表', [['日期', '姓名'], [45175, '张三'], [45176, '001']], { visibility: 'Hidden', protected: true });
    sheet.cells[1]![0]!.format = 'yyyy-mm-dd';
    const table = await use(book).readSheet('签到表');
    expect(table.rows).toEqual([
      ['日期', '姓名'],
      [new Date(Date.UTC(2023, 8, 6)), '张三'],
      [45176, '001'],
    ]);
    expect(table).toMatchObject({ firstRow: 1, firstColumn: 1, hidden: true, protected: true });
  });

  it('gives the used range position when it does not start at A1', async () => {
    const book = new FakeBook();
    book.addSheet('名册', [[null, null], [null, '姓名'], [null, '李四']]);
    const table = await use(book).readSheet('名册');
    expect(table).toMatchObject({ firstRow: 2, firstColumn: 2, rows: [['姓名'], ['李四']] });
  });

  it('reads a 1,000,000-row sheet in chunks, no response above 5 MB', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('签到表');
    for (let r = 0; r < 1_000_000; r++) sheet.cells[r] = [{ value: r, format: 'General' }, { value: `教师${r % 997}`, format: 'General' }];
    const table = await use(book).readSheet('签到表');
    expect(table.rows).toHaveLength(1_000_000);
    expect(table.rows[999_999]).toEqual([999_999, '教师'.concat(String(999_999 % 997))]);
    expect(book.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(book.syncs).toBeGreaterThan(3);
    expect(book.syncs).toBeLessThan(60);
  }, 120_000);
});

describe('ExcelHost.selectCell', () => {
  it('activates the sheet and selects the cell, or the row without a column', async () => {
    const book = new FakeBook();
    book.addSheet('Sheet1');
    book.addSheet('签到表', [['a']]);
    const host = use(book);
    await host.selectCell('签到表', 12, 3);
    expect(book.activeSheet).toBe('签到表');
    expect(book.selection).toEqual({ sheet: '签到表', address: 'C12' });
    await host.selectCell('签到表', 5, 0);
    expect(book.selection).toEqual({ sheet: '签到表', address: 'A5:XFD5' });
  });
});
