import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { score } from '../../../src/engine/score.js';
import { makeTable, roster } from '../makeTable.js';
import type { CellValue } from '../../../src/sheets/table.js';

const HEADER = ['日期', '活动', '类型', '工号', '姓名', '状态', '学时', '参加对象'];
const read = (rows: CellValue[][], more: ReturnType<typeof makeTable>[] = []) =>
  readWorkbook([roster(), makeTable('签到表', [['2023学年第一学期校本研修签到表'], HEADER, ...rows]), ...more]);
const where = (out: ReturnType<typeof readWorkbook>, code: string) =>
  out.issues.filter((i) => i.code === code).map((i) => ({ sheet: i.sheet, row: i.row, column: i.column }));

describe('签到表 long shape (SPEC §3.2)', () => {
  it('reads sessions and records, row numbers counting the title row', () => {
    const out = read([['2023-09-06', '集体备课', null, 'T001', '张三', '出勤', 2, null]]);
    expect(out.report.signinShape).toBe('long');
    expect(out.dataset.sessions).toEqual([{
      key: '2023-09-06|集体备课', date: '2023-09-06', title: '集体备课', expected: { kind: 'all' }, hours: null,
      source: { sheet: '签到表', row: 3 },
    }]);
    expect(out.dataset.attendance).toEqual([{
      teacherKey: 'id:T001', sessionKey: '2023-09-06|集体备课', status: 'present', hours: 2, source: { sheet: '签到表', row: 3 },
    }]);
  });

  it('reads a row without 状态 as present and a blank 学时 as null', () => {
    const out = read([['2023-09-06', '集体备课', null, 'T001', '张三', null, null, null]]);
    expect(out.dataset.attendance[0]).toMatchObject({ status: 'present', hours: null });
  });

  it('reads a datetime 签到时间 as its date', () => {
    const out = readWorkbook([roster(), makeTable('签到', [['签到时间', '培训主题', '教师姓名'], ['2023-09-06 08:01:33', '讲座', '张三']])]);
    expect(out.dataset.attendance[0]?.sessionKey).toBe('2023-09-06|讲座');
  });

  it('limits a session to the groups named in 参加对象, split on 、,，/ and space', () => {
    const out = read([
      ['2023-09-06', '教研', null, 'T001', '张三', null, null, '语文组、数学'],
      ['2023-09-07', '教研', null, 'T001', '张三', null, null, '语文组，数学组'],
      ['2023-09-08', '教研', null, 'T001', '张三', null, null, '语文组/数学组 语文组'],
      ['2023-09-09', '教研', null, 'T001', '张三', null, null, '全体教师'],
    ]);
    expect(out.dataset.sessions.map((s) => s.expected)).toEqual([
      { kind: 'groups', groups: ['语文组', '数学组'] },
      { kind: 'groups', groups: ['语文组', '数学组'] },
      { kind: 'groups', groups: ['语文组', '数学组'] },
      { kind: 'all' },
    ]);
  });

  it('warns once about a 参加对象 that is not a roster group (unknown-target-group)', () => {
    const out = read([
      ['2023-09-06', '教研', null, 'T001', '张三', null, null, '英语组'],
      ['2023-09-06', '教研', null, 'T002', '李四', null, null, '英语组'],
    ]);
    expect(where(out, 'unknown-target-group')).toEqual([{ sheet: '签到表', row: 3, column: '参加对象' }]);
  });

  it('sends 外出学习 rows to external', () => {
    const out = read([['2023-10-10', '市级培训', '外出学习', 'T001', '张三', null, 6, null]]);
    expect(out.dataset.sessions).toEqual([]);
    expect(out.dataset.external).toEqual([{
      teacherKey: 'id:T001', date: '2023-10-10', title: '市级培训', status: 'present', hours: 6, source: { sheet: '签到表', row: 3 },
    }]);
  });

  it('reads an unknown 类型 as 校本研训 with a warning (unknown-type)', () => {
    const out = read([['2023-09-06', '教研', '旅游', 'T001', '张三', null, null, null]]);
    expect(out.dataset.attendance).toHaveLength(1);
    expect(where(out, 'unknown-type')).toEqual([{ sheet: '签到表', row: 3, column: '类型' }]);
  });

  it('reads an unknown status as absent (unknown-status)', () => {
    const out = read([['2023-09-06', '教研', null, 'T001', '张三', '开会', null, null]]);
    expect(out.dataset.attendance[0]?.status).toBe('absent');
    expect(where(out, 'unknown-status')).toEqual([{ sheet: '签到表', row: 3, column: '状态' }]);
  });

  it('keeps the best status of two rows for one session (duplicate-attendance)', () => {
    const out = read([
      ['2023-09-06', '教研', null, 'T001', '张三', '缺勤', 1, null],
      ['2023-09-06', '教研', null, 'T001', '张三', '请假', 2, null],
      ['2023-09-06', '教研', null, 'T001', '张三', '签到', 3, null],
      ['2023-09-06', '教研', null, 'T001', '张三', '缺勤', 4, null],
    ]);
    expect(out.dataset.attendance).toEqual([expect.objectContaining({ status: 'present', hours: 3 })]);
    expect(where(out, 'duplicate-attendance').map((w) => w.row)).toEqual([4, 5, 6]);
  });

  it('never reads an unreadable 学时 as 0 (bad-hours) and leaves it to the engine, naming the hours used', () => {
    const out = read([['2023-09-06', '教研', null, 'T001', '张三', null, '两小时', null]]);
    expect(out.dataset.attendance[0]?.hours).toBeNull();
    expect(where(out, 'bad-hours')).toEqual([{ sheet: '签到表', row: 3, column: '学时' }]);
    expect(out.issues.find((i) => i.code === 'bad-hours')?.message).toBe('学时“两小时”无法识别，按 2 学时计（默认每次学时）。');
  });

  // SPEC §3 hours in days (issue 20 item 2): × 每天学时 (default 6); never a number read out of 天.
  it.each([
    ['半天', 6, 3], ['一天', 6, 6], ['全天', 6, 6], ['1天', 6, 6], ['1.5天', 6, 9], ['两天', 6, 12], ['3天', 6, 18],
    ['半天', 8, 4], ['1.5天', 8, 12], ['一天', 7.5, 7.5],
    ['2学时', 6, 2], ['1.5小时', 6, 1.5], ['3h', 6, 3], [2.5, 6, 2.5],
  ] as const)('reads 学时 %s with 每天学时 %s as %s hours', (cell, perDay, hours) => {
    const out = read([['2023-09-06', '教研', null, 'T001', '张三', null, cell, null]], [makeTable('考核规则', [['参数', '值'], ['每天学时', perDay]])]);
    expect(out.dataset.attendance[0]?.hours).toBe(hours);
    expect(out.issues.filter((i) => i.code === 'bad-hours')).toEqual([]);
  });

  it.each([['2节'], ['1.5次'], ['3分'], ['两学时']])('reads no number out of 学时 %s (its unit is not 学时/课时/小时/h)', (cell) => {
    const out = read([['2023-09-06', '教研', null, 'T001', '张三', null, cell, null]]);
    expect(out.dataset.attendance[0]?.hours).toBeNull();
    expect(where(out, 'bad-hours')).toEqual([{ sheet: '签到表', row: 3, column: '学时' }]);
  });

  it('reports a negative 学时 on its row with the session\'s usual hours it counts with (issue 19)', () => {
    const out = read([
      ['2023-09-06', '教研', null, 'T001', '张三', null, -20, null],
      ['2023-09-06', '教研', null, 'T002', '李四', null, 3, null],
      ['2023-09-06', '教研', null, 'T003', '王五', null, 3, null],
    ]);
    expect(out.dataset.attendance[0]?.hours).toBeNull();
    expect(out.issues.filter((i) => i.code === 'bad-hours').map((i) => [i.row, i.message])).toEqual([
      [3, '学时“-20”是负数，按 3 学时计（该次活动最常见的学时）。'],
    ]);
  });

  it('says the hours used in the 考勤 explanation too: 学时“-20”按 3 学时计 (SPEC §3)', () => {
    const out = read([
      ['2023-09-06', '教研', null, 'T001', '张三', null, -20, null],
      ['2023-09-06', '教研', null, 'T002', '李四', null, '两小时', null],
      ['2023-09-06', '教研', null, 'T003', '王五', null, 3, null],
      ...['T001', 'T002', 'T003'].map((id): CellValue[] => ['2023-09-20', '教研', null, id, null, null, 3, null]),
    ]);
    expect(out.dataset.attendance[0]?.hoursText).toBe('-20');
    const run = score(out.dataset, out.rules);
    const explain = (name: string) => run.result.teachers.find((t) => t.name === name)?.explain.attendance;
    // the session's most common 学时 (3) stands in for -20 and 两小时
    expect(explain('张三')).toBe('考勤 30 = 30 × 6/6 学时（全校最高 6；学时“-20”按 3 学时计）');
    expect(explain('李四')).toBe('考勤 30 = 30 × 6/6 学时（全校最高 6；学时“两小时”按 3 学时计）');
    expect(explain('王五')).toBe('考勤 30 = 30 × 6/6 学时（全校最高 6）');
  });

  it('says the hours used in the 外出学习 explanation too', () => {
    const out = read([], [makeTable('外出学习', [
      ['日期', '活动', '工号', '姓名', '学时', '状态'],
      ['2023-10-15', '市级培训', 'T001', '张三', '一上午', '参加'],
      ['2023-10-15', '市级培训', 'T002', '李四', 6, '参加'],
    ])]);
    const run = score(out.dataset, out.rules);
    const explain = (name: string) => run.result.teachers.find((t) => t.name === name)?.explain.external;
    expect(explain('张三')).toBe('外出学习 30 = 30 × 6/6 学时（全校最高 6；学时“一上午”按 6 学时计）+ 二次培训 0 − 违纪 0');
    expect(explain('李四')).toBe('外出学习 30 = 30 × 6/6 学时（全校最高 6）+ 二次培训 0 − 违纪 0');
  });

  it('names the 外出学习 rows\' fallback from their training', () => {
    const out = read([
      ['2023-10-10', '市培训', '外出学习', 'T001', '张三', null, '若干', null],
      ['2023-10-10', '市培训', '外出学习', 'T002', '李四', null, '一天', null],
    ]);
    expect(out.dataset.external.map((r) => r.hours)).toEqual([null, 6]);
    expect(out.issues.find((i) => i.code === 'bad-hours')?.message).toBe('学时“若干”无法识别，按 6 学时计（该次培训最常见的学时）。');
  });

  it('skips rows with an impossible date (bad-date) or none (missing-date)', () => {
    const out = read([
      ['2023/13/40', '教研', null, 'T001', '张三', null, null, null],
      [null, '教研', null, 'T001', '张三', null, null, null],
    ]);
    expect(out.dataset.attendance).toEqual([]);
    expect(where(out, 'bad-date')).toEqual([{ sheet: '签到表', row: 3, column: '日期' }]);
    expect(where(out, 'missing-date')).toEqual([{ sheet: '签到表', row: 4, column: '日期' }]);
  });

  it('dates year-less rows by the school year of most dated rows', () => {
    const out = read([
      ['2023-09-06', '教研', null, 'T001', '张三', null, null, null],
      ['2023-09-13', '教研', null, 'T001', '张三', null, null, null],
      ['3月6日', '教研', null, 'T001', '张三', null, null, null],
    ]);
    expect(out.dataset.sessions.map((s) => s.date)).toEqual(['2023-09-06', '2023-09-13', '2024-03-06']);
  });

  it('dates year-less rows by the period when there is one', () => {
    const out = read([['9月6日', '教研', null, 'T001', '张三', null, null, null], ['2019-09-07', '教研', null, 'T001', '张三', null, null, null]], [
      makeTable('考核规则', [['参数', '值'], ['考核开始日期', '2024-02-20'], ['考核结束日期', '2024-07-10']]),
    ]);
    expect(out.dataset.sessions[0]?.date).toBe('2023-09-06');
  });

  it('cannot date year-less rows without any year (year-unknown), unless given today', () => {
    const rows = [['9月6日', '教研', null, 'T001', '张三', null, null, null]];
    expect(where(read(rows), 'year-unknown')).toEqual([{ sheet: '签到表', row: 3, column: '日期' }]);
    const out = readWorkbook([roster(), makeTable('签到表', [HEADER, ...rows])], { today: new Date(Date.UTC(2024, 0, 5)) });
    expect(out.dataset.sessions[0]?.date).toBe('2023-09-06');
  });

  it('creates the session even when the signer is not identified (ambiguous-teacher, unknown-teacher)', () => {
    const out = read([
      ['2023-09-06', '教研', null, null, '张伟', null, null, null],
      ['2023-09-06', '教研', null, null, '孙七', null, null, null],
      ['2023-09-06', '教研', null, 'T099', '张三', null, null, null],
    ]);
    expect(out.dataset.sessions).toHaveLength(1);
    expect(out.dataset.attendance).toEqual([]);
    expect(where(out, 'ambiguous-teacher')).toEqual([{ sheet: '签到表', row: 3, column: '姓名' }]);
    expect(where(out, 'unknown-teacher')).toEqual([{ sheet: '签到表', row: 4, column: '姓名' }, { sheet: '签到表', row: 5, column: '工号' }]);
  });

  it('counts by 工号 when the name differs (id-name-mismatch)', () => {
    const out = read([['2023-09-06', '教研', null, 'T001', '李四', null, null, null]]);
    expect(out.dataset.attendance[0]?.teacherKey).toBe('id:T001');
    expect(where(out, 'id-name-mismatch')).toEqual([{ sheet: '签到表', row: 3, column: '工号' }]);
  });

  it('treats an Excel error value as blank (formula-error)', () => {
    const out = read([['2023-09-06', '教研', null, 'T001', '张三', null, '#N/A', null]]);
    expect(out.dataset.attendance[0]?.hours).toBeNull();
    expect(where(out, 'formula-error')).toEqual([{ sheet: '签到表', row: 3, column: '学时' }]);
  });

  it('warns about a row with neither name nor 工号 (missing-name)', () => {
    const out = read([['2023-09-06', '教研', null, null, null, '出勤', null, null]]);
    expect(where(out, 'missing-name')).toEqual([{ sheet: '签到表', row: 3, column: '姓名' }]);
  });
});
