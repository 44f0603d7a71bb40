/**
 * Staff who come and go (SPEC §3.1, §3.2, §4 "Staff changes", issue 20), in workbooks built the way
 * offices build them: a joiner dated in the roster with blank September cells, a leaver, a long leave
 * marked 免 / 免签, in a 考勤表 matrix, a long 签到表 and a DingTalk check-in export, under both
 * 中途入职学时 values. Every number below is hand-computed in its comment.
 *
 * Nine 校本研训 sessions of 2 学时 (F = 18 for everybody):
 *   9/6 9/20 | 10/11 10/25 11/8 11/22 12/6 12/20 1/3
 * 张三 every session                       h 18, E 18 → 30 × 18/18 = 30
 * 赵敏 入职 2023-10-09; Sept blank; misses 11/8   h 12, E 14, 1/7 absent (14%) → 按比例 h' = 12 × 18/14
 *                                           → 30 × 15.43/18 = 25.71; 按实际 30 × 12/18 = 20
 * 李四 离职 2023-12-01; attends to 11/22    h 12, E 12 → 按比例 30 × 18/18 = 30; 按实际 20
 * 王五 免 at 11/8 11/22 12/6 (long leave)   h 12, E 12 → 按比例 30; 按实际 20
 * 孙丽 misses 10/11                          h 16, E 18, 1/9 absent → 30 × 16/18 = 26.67
 * Without the roster dates 赵敏 has 3/9 = 33% unexcused → 考勤 0, 不合格 (the issue's complaint).
 */
import { describe, it, expect } from 'vitest';
import { computeRun } from '../../src/app/compute.js';
import type { CellValue, Table } from '../../src/sheets/table.js';

const DATES = ['2023-09-06', '2023-09-20', '2023-10-11', '2023-10-25', '2023-11-08', '2023-11-22', '2023-12-06', '2023-12-20', '2024-01-03'];
const MATRIX_HEADERS = ['9月6日', '9月20日', '10月11日', '10月25日', '11月8日', '11月22日', '12月6日', '12月20日', '1月3日'];

/** What each teacher's cell says at each session: ✓ attended, '' blank, or a status word. */
const MARKS: Readonly<Record<string, readonly string[]>> = {
  张三: ['√', '√', '√', '√', '√', '√', '√', '√', '√'],
  赵敏: ['', '', '√', '√', '', '√', '√', '√', '√'],
  李四: ['√', '√', '√', '√', '√', '√', '', '', ''],
  王五: ['√', '√', '√', '√', '免', '免', '免', '√', '√'],
  孙丽: ['√', '√', '', '√', '√', '√', '√', '√', '√'],
};
const IDS: Readonly<Record<string, string>> = { 张三: 'T01', 赵敏: 'T02', 李四: 'T03', 王五: 'T04', 孙丽: 'T05' };

function roster(withDates = true): Table {
  return {
    name: '教师名册',
    rows: [
      ['工号', '姓名', '教研组', '入职日期', '调出日期'],
      ['T01', '张三', '语文组', null, null],
      ['T02', '赵敏', '语文组', withDates ? '2023-10-09' : null, null],
      ['T03', '李四', '语文组', null, withDates ? '2023.12.1' : null],
      ['T04', '王五', '语文组', null, null],
      ['T05', '孙丽', '语文组', null, null],
    ],
  };
}

function rules(partial: '按比例' | '按实际' | null): Table {
  const rows: CellValue[][] = [['参数', '值'], ['考核开始日期', '2023-09-01'], ['考核结束日期', '2024-01-31']];
  if (partial !== null) rows.push(['中途入职学时', partial]);
  return { name: '考核规则', rows };
}

/** 考勤表: 学时 row under the header, one row per teacher, blank = absent. */
function matrix(): Table {
  return {
    name: '考勤表',
    rows: [
      ['2023学年第一学期校本研训考勤表'],
      ['序号', '工号', '姓名', ...MATRIX_HEADERS],
      [null, null, '学时', ...DATES.map(() => 2)],
      ...Object.entries(MARKS).map(([name, marks], i) => [i + 1, IDS[name]!, name, ...marks.map((m) => (m === '' ? null : m))]),
    ],
  };
}

/** 签到表 (long): a row per signature; the long leave as 状态 免签; nothing for sessions not attended. */
function long(): Table {
  const rows: CellValue[][] = [['日期', '活动', '工号', '姓名', '状态', '学时']];
  DATES.forEach((date, s) => {
    for (const [name, marks] of Object.entries(MARKS)) {
      const mark = marks[s]!;
      if (mark === '') continue;
      rows.push([date, `研训${s + 1}`, IDS[name]!, name, mark === '免' ? '免签' : '出勤', 2]);
    }
  });
  return { name: '签到表', rows };
}

/** A DingTalk export: 签到时间 date-times, no 活动 column, the long leave in 签到状态. */
function checkin(): Table {
  const rows: CellValue[][] = [['钉钉签到记录'], ['姓名', '工号', '部门', '签到时间', '签到状态']];
  DATES.forEach((date, s) => {
    for (const [name, marks] of Object.entries(MARKS)) {
      const mark = marks[s]!;
      if (mark !== '') rows.push([name, IDS[name]!, '语文组', `${date} 08:0${s}:00`, mark === '免' ? '免签' : '正常']);
    }
  });
  return { name: '钉钉签到', rows };
}

function attendance(tables: Table[]): Record<string, [number, string, string]> {
  const out = computeRun({ tables, now: new Date(Date.UTC(2024, 0, 20)), version: 'test' });
  const result = out.score!.result;
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return Object.fromEntries(result.teachers.map((t) => [t.name, [t.items.attendance, t.tier === '不合格' ? '不合格' : '合格以上', t.explain.attendance]]));
}

describe.each([
  ['考勤表 matrix', matrix],
  ['long 签到表', long],
  ['DingTalk check-in export', checkin],
])('staff changes in a %s', (_, signin) => {
  it('中途入职学时 = 按比例 (default): joiner, leaver and long leave are scored on the sessions that expected them', () => {
    const got = attendance([rules(null), roster(), signin()]);
    expect(got['张三']![0]).toBe(30);
    expect(got['赵敏']).toEqual([25.71, '合格以上', '考勤 25.71 = 30 × 12×18/14 / 18 学时（全校最高 18；入职前 2 次不计）']);
    expect(got['李四']).toEqual([30, '合格以上', '考勤 30 = 30 × 12×18/12 / 18 学时（全校最高 18；离职后 3 次不计）']);
    expect(got['王五']).toEqual([30, '合格以上', '考勤 30 = 30 × 12×18/12 / 18 学时（全校最高 18；标注不参加 3 次不计）']);
    expect(got['孙丽']![0]).toBe(26.67);
  });

  it('中途入职学时 = 按实际: their own hours over H_max', () => {
    const got = attendance([rules('按实际'), roster(), signin()]);
    expect([got['赵敏']![0], got['李四']![0], got['王五']![0], got['孙丽']![0]]).toEqual([20, 20, 20, 26.67]);
  });

  it('without the roster dates the joiner is 3/9 absent → 考勤 0, 不合格, the leaver 3/9 too', () => {
    const got = attendance([rules(null), roster(false), signin()]);
    expect(got['赵敏']!.slice(0, 2)).toEqual([0, '不合格']);
    expect(got['李四']!.slice(0, 2)).toEqual([0, '不合格']);
  });
});

describe('what the clerk sees (考核结果 说明, 分组统计 人员变动, one info per sheet for 免签)', () => {
  const out = computeRun({ tables: [rules(null), roster(), matrix()], now: new Date(Date.UTC(2024, 0, 20)), version: 'test' });

  it('names the joiner, the leaver and the long leave in 说明', () => {
    const sheet = out.sheets.find((s) => s.name === '考核结果')!;
    const texts = sheet.cells.flat().filter((c): c is string => typeof c === 'string');
    expect(texts.some((t) => t.includes('2023-10-09 入职，入职前 2 次活动不计'))).toBe(true);
    expect(texts.some((t) => t.includes('2023-12-01 离职，离职后 3 次活动不计'))).toBe(true);
    expect(texts.some((t) => t.includes('3 次活动标注不参加（免签、未入职等），不计缺勤'))).toBe(true);
  });

  it('lists them per group in 分组统计', () => {
    const sheet = out.sheets.find((s) => s.name === '分组统计')!;
    const header = sheet.cells[0]!;
    const col = header.indexOf('人员变动');
    expect(col).toBeGreaterThan(0);
    expect(sheet.cells[1]![col]).toBe('入职：赵敏；离职：李四；部分活动免签：王五');
  });

  it('says once per sheet who was marked not expected (info, never absent)', () => {
    const notes = out.score!.result.issues.filter((i) => i.code === 'status-not-expected');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', sheet: '考勤表', row: 7, column: '11月8日' });
    expect(notes[0]!.message).toBe('有 3 处标注“免签”“未入职”“调出”等（王五 3 次）：这些活动不要求相应教师参加，不计出勤也不计缺勤。');
  });
});
