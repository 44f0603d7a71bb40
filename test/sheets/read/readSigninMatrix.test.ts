import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { findMatrixHeader } from '../../../src/sheets/read/readSigninMatrix.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const read = (rows: CellValue[][], name = '考勤表') => readWorkbook([roster(), makeTable(name, rows)]);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));
const statuses = (out: ReturnType<typeof readWorkbook>) => out.dataset.attendance.map((a) => [a.teacherKey, a.sessionKey, a.status]);

describe('签到表 matrix shape (SPEC §3.2 考勤表)', () => {
  const sheet: CellValue[][] = [
    ['2023学年第一学期教师考勤表'],
    ['序号', '工号', '姓名', '9月6日 集体备课', '2023/9/13', 45189, '合计'],
    [null, null, '学时', 2, 3, null, null],
    [1, 'T001', '张三', '√', '请假', null, 2],
    [2, 'T003', '王五', null, '迟到', '✓', 2],
    ['合计', null, null, 1, 1, 1, null],
  ];

  it('detects the matrix and reads one session per date column', () => {
    const out = read(sheet);
    expect(out.report.signinShape).toBe('matrix');
    expect(out.dataset.sessions.map((s) => [s.key, s.hours])).toEqual([
      ['2023-09-06|集体备课', 2], ['2023-09-13|', 3], ['2023-09-20|', null],
    ]);
  });

  it('expects every teacher listed in the matrix', () => {
    const out = read(sheet);
    expect(out.dataset.sessions[0]?.expected).toEqual({ kind: 'teachers', teacherKeys: ['id:T001', 'id:T003'] });
  });

  it('reads blank cells as absent and ignores 合计 rows and columns', () => {
    const out = read(sheet);
    expect(statuses(out)).toEqual([
      ['id:T001', '2023-09-06|集体备课', 'present'], ['id:T001', '2023-09-13|', 'excused'], ['id:T001', '2023-09-20|', 'absent'],
      ['id:T003', '2023-09-06|集体备课', 'absent'], ['id:T003', '2023-09-13|', 'late'], ['id:T003', '2023-09-20|', 'present'],
    ]);
    expect(out.dataset.attendance.every((a) => a.hours === null)).toBe(true);
    // The 合计 row has nothing in 工号/姓名: it is not even a data row.
    expect(out.report.rowsRead['考勤表']).toBe(2);
  });

  it('works without a 学时 row and with year-less 9.6 headers (number or text)', () => {
    const rules = makeTable('考核规则', [['参数', '值'], ['考核开始日期', '2023-09-01']]);
    const out = readWorkbook([roster(), makeTable('签到表', [['姓名', 9.6, '9.13'], ['张三', '到', '缺']]), rules]);
    expect(out.dataset.sessions.map((s) => [s.key, s.hours])).toEqual([['2023-09-06|', null], ['2023-09-13|', null]]);
    expect(out.issues.filter((i) => i.code === 'year-unknown')).toHaveLength(0);
  });

  it('cannot date year-less headers without any year (year-unknown at the header row)', () => {
    const out = read([['标题'], ['姓名', '9月6日'], ['张三', '到']]);
    expect(out.dataset.sessions).toEqual([]);
    expect(where(out, 'year-unknown')).toEqual([{ sheet: '考勤表', row: 2, column: '9月6日' }]);
  });

  it('reads a two-row header (merged 姓名 beside a 校本研训 band over the dates)', () => {
    const out = read([
      ['序号', '姓名', '工号', '校本研训', null, '合计'],
      [null, null, null, '9月6日 集体备课', '2023-09-13', null],
      ['学时', null, null, 2, 3, 5],
      [1, '张三', 'T001', '✓', '假', 1],
    ]);
    expect(out.dataset.sessions.map((s) => [s.key, s.hours])).toEqual([['2023-09-06|集体备课', 2], ['2023-09-13|', 3]]);
    expect(statuses(out)).toEqual([['id:T001', '2023-09-06|集体备课', 'present'], ['id:T001', '2023-09-13|', 'excused']]);
  });

  it('keeps two columns of the same day as two sittings', () => {
    const out = read([['姓名', '2023-09-06', '2023-09-06'], ['张三', '到', '缺']]);
    expect(out.dataset.sessions.map((s) => s.key)).toEqual(['2023-09-06|', '2023-09-06|(2)']);
  });

  it('warns about unknown words in cells (unknown-status) naming the date column', () => {
    const out = read([['姓名', '2023-09-06'], ['张三', '开会']]);
    expect(statuses(out)).toEqual([['id:T001', '2023-09-06|', 'absent']]);
    expect(where(out, 'unknown-status')).toEqual([{ sheet: '考勤表', row: 2, column: '2023-09-06' }]);
  });

  it('reports an unreadable 学时 cell (bad-hours) with the hours used', () => {
    const out = read([['姓名', '2023-09-06'], ['学时', '两'], ['张三', '到']]);
    expect(out.dataset.sessions[0]?.hours).toBeNull();
    expect(where(out, 'bad-hours')).toEqual([{ sheet: '考勤表', row: 2, column: '2023-09-06' }]);
    expect(out.issues.find((i) => i.code === 'bad-hours')?.message).toBe('学时“两”无法识别，按 2 学时计（默认每次学时）。');
  });

  it('reads days in the 学时 row (半天 = ½ × 每天学时) and reports a negative one', () => {
    const out = read([['姓名', '2023-09-06', '2023-09-13', '2023-09-20'], ['学时', '半天', '1.5天', -2], ['张三', '到', '到', '到']]);
    expect(out.dataset.sessions.map((s) => s.hours)).toEqual([3, 9, null]);
    expect(out.issues.filter((i) => i.code === 'bad-hours').map((i) => i.message)).toEqual(['学时“-2”是负数，按 2 学时计（默认每次学时）。']);
  });

  it('reports a teacher listed twice (duplicate-attendance) and unknown names', () => {
    const out = read([['姓名', '2023-09-06'], ['张三', '缺'], ['张三', '到'], ['孙七', '到']]);
    expect(statuses(out)).toEqual([['id:T001', '2023-09-06|', 'present']]);
    expect(where(out, 'duplicate-attendance')).toEqual([{ sheet: '考勤表', row: 3, column: '姓名' }]);
    expect(where(out, 'unknown-teacher')).toEqual([{ sheet: '考勤表', row: 4, column: '姓名' }]);
  });

  it('reads neither shape from a sheet without a usable header (no-header)', () => {
    const out = read([['说明'], ['随便写写']]);
    expect(out.report.signinShape).toBeNull();
    expect(where(out, 'no-header')).toEqual([{ sheet: '考勤表', row: undefined, column: undefined }]);
  });
});

describe('staff changes in a 考勤表 (SPEC §3.2 not-expected words, §4 "Staff changes")', () => {
  it.each(['免', '免签', '不参加', '不适用', '未入职', '未到岗', '调出', '已调出', '离职', '已离职'])('reads %s as not expected', (word) => {
    const out = read([['姓名', '2023年9月6日', '2023年9月13日'], ['张三', word, '√']], '考勤表');
    expect(statuses(out)).toEqual([['id:T001', '2023-09-06|', 'notExpected'], ['id:T001', '2023-09-13|', 'present']]);
    expect(out.issues.filter((i) => i.code === 'unknown-status')).toEqual([]);
    expect(where(out, 'status-not-expected')).toEqual([{ sheet: '考勤表', row: 2, column: '2023年9月6日' }]);
  });

  it('a roster sheet whose first teacher has a 入职日期 is not read as a two-row matrix header', () => {
    expect(findMatrixHeader([['工号', '姓名', '教研组', '入职日期'], ['T9', '赵敏', '语文组', '2023-10-09']])).toBeNull();
    // …while a real two-row header (nothing under 姓名) still is one.
    expect(findMatrixHeader([['姓名', '校本研训'], [null, '9月6日'], ['张三', '√']])?.dateColumns.length).toBe(1);
  });
});
