import { describe, expect, it } from 'vitest';
import { PAYLOAD_BUDGET } from '../../../src/hosts/excel/payload.js';
import { HEADER_FORMAT_ROWS, readSheets } from '../../../src/hosts/excel/readSheet.js';
import { readInputs } from '../../../src/app/inspect.js';
import { FakeBook, fakeRun } from './fakeExcel.js';
import { excelHosts } from './excelHosts.js';
import { jsonBytes, PAYLOAD_LIMIT } from './fakeContext.js';
import { sampleBook } from './sampleBook.js';

const STANDARD = ['教师名册', '签到表', '外出学习', '听课记录', '获奖登记', '考核登记', '考核规则'];
const NOW = new Date('2024-01-31T08:00:00Z');

const use = excelHosts();

/** Bytes of a sheet's values as Excel returns them (a dense matrix, '' for blanks). */
function valuePayload(book: FakeBook, name: string): number {
  return jsonBytes(book.values(name));
}

describe('ExcelHost.readSheets: one batch for all sheets (ARCHITECTURE.md)', () => {
  it.each([1, 10])('reads the seven standard sheets of the sample school ×%i in 2 syncs', async (times) => {
    const book = sampleBook(times);
    const tables = await use(book).readSheets(STANDARD);
    expect(book.syncs).toBeLessThanOrEqual(2);
    expect(tables.map((t) => t.name)).toEqual(STANDARD);
    expect(tables[0]!.rows.length).toBeGreaterThan(60 * times);
  });

  it('gives the same tables as reading sheet by sheet', async () => {
    const book = sampleBook();
    const host = use(book);
    const batch = await host.readSheets(STANDARD);
    for (const [i, name] of STANDARD.entries()) expect(batch[i], name).toEqual(await host.readSheet(name));
  });

  it('reads a big sheet in ceil(payload / budget) + 1 syncs, no response over 5 MB', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('签到表');
    for (let r = 0; r < 500_000; r++) {
      sheet.cells[r] = [{ value: 45175 + (r % 120), format: 'yyyy-mm-dd' }, { value: `教师${r % 997}`, format: 'General' }, { value: r % 4, format: 'General' }];
    }
    const payload = valuePayload(book, '签到表');
    expect(payload).toBeGreaterThan(2 * PAYLOAD_BUDGET);
    const [table] = await use(book).readSheets(['签到表']);
    expect(table!.rows).toHaveLength(500_000);
    expect(table!.rows[499_999]).toEqual([45175 + (499_999 % 120), `教师${499_999 % 997}`, 499_999 % 4]);
    expect(book.syncs).toBeLessThanOrEqual(Math.ceil(payload / PAYLOAD_BUDGET) + 1);
    expect(book.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }, 60_000);

  it('packs a big sheet and the small ones into the syncs their bytes need', async () => {
    const book = sampleBook();
    const sheet = book.sheet('签到表')!;
    const width = sheet.cells[3]!.length;
    for (let r = sheet.cells.length; r < 200_000; r++) sheet.cells[r] = sheet.cells[3 + (r % 400)]!.slice(0, width);
    const payload = STANDARD.reduce((sum, name) => sum + valuePayload(book, name), 0);
    const tables = await use(book).readSheets(STANDARD);
    expect(tables[1]!.rows).toHaveLength(200_000);
    expect(book.syncs).toBeLessThanOrEqual(Math.ceil(payload / PAYLOAD_BUDGET) + 1);
    expect(book.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }, 60_000);

  it('retries a sheet far denser than planned with smaller chunks', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('听课记录');
    const remark = '课堂结构清晰，教学目标明确，学生参与度高，建议进一步加强分层作业设计与课后反思。'.repeat(2);
    for (let r = 0; r < 40_000; r++) sheet.cells[r] = [{ value: `${r}${remark}`, format: 'General' }, { value: remark, format: 'General' }];
    const [table] = await use(book).readSheets(['听课记录']);
    expect(table!.rows).toHaveLength(40_000);
    expect(table!.rows[39_999]).toEqual([`39999${remark}`, remark]);
  }, 60_000);

  it('returns null for a sheet that does not exist; the host throws', async () => {
    const book = new FakeBook();
    book.addSheet('教师名册', [['姓名'], ['张三']]);
    book.addSheet('空表');
    const tables = await fakeRun(book)((context) => readSheets(context, ['教师名册', '没有', '空表']));
    expect(tables).toEqual([{ name: '教师名册', rows: [['姓名'], ['张三']], firstRow: 1, firstColumn: 1 }, null, { name: '空表', rows: [] }]);
    await expect(use(book).readSheets(['教师名册', '没有'])).rejects.toThrow('Sheet not found: 没有');
  });
});

describe('ExcelHost.readSheets: dates as Office.js gives them (serial numbers)', () => {
  it('loads number formats for the header rows only: dated headers become dates, data stays serial', async () => {
    const book = new FakeBook();
    const rows = Array.from({ length: 20 }, (_, r) => (r === 0 ? ['姓名', 45175] : [`教师${r}`, 45175 + r]));
    const sheet = book.addSheet('考勤表', rows);
    for (const row of sheet.cells) row[1]!.format = 'm"月"d"日"';
    const [table] = await use(book).readSheets(['考勤表']);
    expect(table!.rows[0]).toEqual(['姓名', new Date(Date.UTC(2023, 8, 6))]);
    expect(table!.rows[HEADER_FORMAT_ROWS - 1]![1]).toBeInstanceOf(Date);
    expect(table!.rows[HEADER_FORMAT_ROWS]![1]).toBe(45175 + HEADER_FORMAT_ROWS);
  });

  // SPEC §3.2 考勤表: Office.js hands date headers over as numbers; the readers take them as serials.
  it.each(['General', 'yyyy-mm-dd'])('reads a 考勤表 whose header dates are serial numbers (format %s) as a matrix', async (format) => {
    const book = new FakeBook();
    book.addSheet('教师名册', [['工号', '姓名', '教研组'], ['T001', '张三', '语文组'], ['T002', '李四', '数学组']]);
    const matrix = book.addSheet('考勤表', [
      ['2023学年第一学期教师考勤表'],
      ['工号', '姓名', 45175, 45182, 45189],
      ['学时', null, 2, 2, 3],
      ['T001', '张三', '√', '请假', null],
      ['T002', '李四', '迟到', '√', '√'],
    ]);
    for (const cell of matrix.cells[1]!.slice(2)) cell!.format = format;
    const read = await readInputs(use(book), { now: NOW });
    expect(read.report.signinShape).toBe('matrix');
    expect(read.dataset.sessions.map((s) => [s.date, s.hours])).toEqual([['2023-09-06', 2], ['2023-09-13', 2], ['2023-09-20', 3]]);
    expect(read.dataset.attendance.map((a) => [a.teacherKey, a.sessionKey.slice(0, 10), a.status])).toEqual([
      ['id:T001', '2023-09-06', 'present'], ['id:T001', '2023-09-13', 'excused'], ['id:T001', '2023-09-20', 'absent'],
      ['id:T002', '2023-09-06', 'late'], ['id:T002', '2023-09-13', 'present'], ['id:T002', '2023-09-20', 'present'],
    ]);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads serial dates in a long 签到表 far below the header rows', async () => {
    const book = new FakeBook();
    book.addSheet('教师名册', [['工号', '姓名', '教研组'], ['T001', '张三', '语文组']]);
    const rows: (string | number | null)[][] = [['日期', '活动', '工号', '姓名', '状态']];
    for (let k = 0; k < 40; k++) rows.push([45175 + 7 * k, `集体备课${k}`, 'T001', '张三', '已签到']);
    const signin = book.addSheet('签到表', rows);
    for (const row of signin.cells.slice(1)) row[0]!.format = 'yyyy/m/d';
    const read = await readInputs(use(book), { now: NOW });
    expect(read.report.signinShape).toBe('long');
    expect(read.dataset.sessions).toHaveLength(40);
    expect(read.dataset.sessions[39]!.date).toBe('2024-06-05');
  });
});

describe('the 1904 date system (old Mac workbooks)', () => {
  const use1904 = excelHosts();

  /** 2023-09-06 is serial 45175 in the 1900 system and 43713 in the 1904 one (1,462 days apart). */
  function dated(date1904: boolean): FakeBook {
    const book = new FakeBook();
    book.date1904 = date1904;
    const serial = date1904 ? 45175 - 1462 : 45175;
    const rows: (string | number)[][] = [['日期', '姓名']];
    for (let r = 1; r < 30; r++) rows.push([serial + r, `教师${r}`]);
    const sheet = book.addSheet('签到表', rows);
    for (let r = 1; r < 30; r++) sheet.cells[r]![0]!.format = 'yyyy-mm-dd';
    sheet.cells[5]![0]!.format = 'General';
    return book;
  }

  it.each([
    ['a 1900 workbook', false],
    ['a 1904 workbook', true],
  ])('reads the dates of %s as the days Excel shows, in the header rows and below them', async (_, date1904) => {
    const table = await use1904(dated(date1904)).readSheet('签到表');
    // Row 2 (header rows) and row 25 (below them, where only a 1904 workbook loads formats).
    expect(table.rows[1]?.[0]).toEqual(new Date(Date.UTC(2023, 8, 7)));
    expect(table.rows[2]?.[0]).toEqual(new Date(Date.UTC(2023, 8, 8)));
    if (date1904) expect(table.rows[24]?.[0]).toEqual(new Date(Date.UTC(2023, 8, 30)));
    else expect(table.rows[24]?.[0]).toBe(45175 + 24);
    // A number without a date format stays the number Excel holds.
    expect(table.rows[5]?.[0]).toBe((date1904 ? 45175 - 1462 : 45175) + 5);
  });

  it('costs no extra sync: the date system is asked in the first sync', async () => {
    const book = dated(true);
    await use1904(book).readSheet('签到表');
    expect(book.syncs).toBe(2);
  });
});

describe('a read Excel answers with null values (over its cell limit)', () => {
  const useNull = excelHosts();

  it('reads the sheet again in smaller chunks instead of taking null for the rows', async () => {
    const book = new FakeBook();
    const rows = Array.from({ length: 40 }, (_, r) => Array.from({ length: 50 }, (_, c) => r * 100 + c));
    book.addSheet('签到表', rows);
    // Excel's limit is 5 million cells; lowered here so that one read of the 2,000 cells is over it (the 550 header formats are not).
    book.maxReadCells = 600;
    const table = await useNull(book).readSheet('签到表');
    expect(table.rows).toEqual(rows);
  });
});

describe('ExcelHost.readSheets: hidden rows (Table.hiddenRows, SPEC §3)', () => {
  it('lists the hidden rows that hold a value, in one more sync only when a sheet has some', async () => {
    const book = new FakeBook();
    book.addSheet('教师名册', [['2023学年教师名册'], ['姓名', '教研组'], ['张三', '语文组'], ['李四', '数学组'], [null, null], ['王五', '语文组']],
      { hiddenRows: [3, 4, 9] }); // 李四 (row 4), a blank row 5, row 10 outside the used range
    book.addSheet('签到表', [['日期', '姓名'], ['2023-09-06', '张三']]);
    const tables = await fakeRun(book)((context) => readSheets(context, ['教师名册', '签到表']));
    expect(tables[0]?.hiddenRows).toEqual([4]);
    expect(tables[1]?.hiddenRows).toBeUndefined();
    expect(book.syncs).toBe(3);
  });

  it('costs no sync when no row is hidden', async () => {
    const book = new FakeBook();
    book.addSheet('教师名册', [['姓名', '教研组'], ['张三', '语文组']]);
    await fakeRun(book)((context) => readSheets(context, ['教师名册']));
    expect(book.syncs).toBe(2);
  });
});
