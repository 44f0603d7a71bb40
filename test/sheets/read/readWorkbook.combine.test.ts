/** Issue 10: several sheets of one kind combined, awards as offices write them, dates that only filter. */
import { describe, it, expect } from 'vitest';
import { readWorkbook } from '../../../src/sheets/read/readWorkbook.js';
import { makeTable, roster } from '../makeTable.js';

const codes = (out: ReturnType<typeof readWorkbook>) => out.issues.map((i) => i.code);

describe('several sheets of one kind (SPEC §3)', () => {
  it('combines rosters split by group; the same teacher twice is one when the 教研组 agrees', () => {
    const out = readWorkbook([
      makeTable('语文组', [['工号', '姓名', '教研组'], ['T1', '甲', '语文组'], ['T2', '乙', '语文组']]),
      makeTable('数学组', [['工号', '姓名', '教研组'], ['T3', '丙', '数学组'], ['T1', '甲', '语文组']]),
    ]);
    expect(out.dataset.teachers.map((t) => t.name)).toEqual(['甲', '乙', '丙']);
    expect(codes(out)).not.toContain('roster-group-conflict');
  });

  it('is an error when the same teacher has two 教研组', () => {
    const out = readWorkbook([
      makeTable('名册一', [['工号', '姓名', '教研组'], ['T1', '甲', '语文组']]),
      makeTable('名册二', [['工号', '姓名', '教研组'], ['T1', '甲', '数学组']]),
    ]);
    expect(out.issues.find((i) => i.code === 'roster-group-conflict')).toMatchObject({ severity: 'error', sheet: '名册二', row: 2 });
    expect(out.dataset.teachers).toHaveLength(1);
  });

  it('refuses two 考核规则 sheets', () => {
    const out = readWorkbook([roster(), makeTable('考核规则', [['参数', '值']]), makeTable('规则', [['参数', '值']])]);
    expect(out.issues.find((i) => i.code === 'duplicate-rules-sheet')).toMatchObject({ severity: 'error', sheet: '规则' });
    expect(out.canScore).toBe(false);
  });

  it('reads a long 签到表 and a 考勤表 matrix side by side (never first-sheet-wins)', () => {
    const out = readWorkbook([
      roster(),
      makeTable('签到记录', [['日期', '活动', '姓名'], ['2023-12-06', '期末研讨', '张三']]),
      makeTable('考勤表', [['姓名', '2023-09-06', '2023-10-11'], ['张三', '√', '√'], ['李四', '√', '']]),
    ]);
    expect(out.dataset.sessions.map((s) => s.key)).toEqual(['2023-12-06|期末研讨', '2023-09-06|', '2023-10-11|']);
    expect(out.report.sheetsOf.signin).toEqual(['签到记录', '考勤表']);
  });

  it('counts a teacher checking in twice on one day of an export once, without a warning', () => {
    const out = readWorkbook([
      roster(),
      makeTable('钉钉签到', [['姓名', '工号', '签到时间'], ['张三', 'T001', '2023-12-04 08:01'], ['张三', 'T001', '2023-12-04 11:30']]),
    ]);
    expect(out.dataset.sessions.map((s) => s.title)).toEqual(['钉钉签到']);
    expect(out.dataset.attendance).toHaveLength(1);
    expect(codes(out)).not.toContain('duplicate-attendance');
    expect(codes(out)).toContain('sheet-recognised-by-content');
  });
});

describe('awards as offices write them (SPEC §3.4)', () => {
  const awards = (rows: (string | null)[][], rules: (string | null)[][] = []) => readWorkbook([
    roster(),
    makeTable('获奖登记', [['姓名', '奖项', '获奖等级', '获奖时间'], ...rows]),
    ...(rules.length > 0 ? [makeTable('考核规则', [['参数', '值'], ...rules])] : []),
  ]);

  it.each([
    // 奖项, 获奖等级, level, step
    ['优质课比赛', '市级一等奖', 'city', 0],
    ['教学论文评选', '区二等', 'district', 1],
    ['基本功大赛', '省级 三等奖', 'province', 2],
    ['2023年市级优质课评比一等奖', null, 'city', 0],
    ['教学设计评选', '全国优秀奖', 'national', 3],
  ] as const)('%s / %s → %s, step %i', (title, text, level, step) => {
    expect(awards([['张三', title, text, null]]).dataset.awards).toMatchObject([{ level, step }]);
  });

  it('never takes a level found nowhere as 校级 (unknown-award-level)', () => {
    const out = awards([['张三', '教学设计评选', '一等奖', null]]);
    expect(out.dataset.awards).toEqual([]);
    expect(out.issues.find((i) => i.code === 'unknown-award-level')).toMatchObject({ severity: 'warning', row: 2, column: '获奖等级' });
  });

  it.each([
    // date cell, period, counted date
    ['2023.11', null, '2023-11-01'],
    ['2023年11月', null, '2023-11-01'],
    ['2023-11', ['2023-11-15', '2024-01-31'], '2023-11-15'], // the month overlaps the period: in
    ['2023-08', ['2023-09-01', '2024-01-31'], '2023-08-01'], //  it does not: out
  ] as const)('reads the month-only date %s', (date, period, iso) => {
    const rules = period === null ? [] : [['考核开始日期', period[0]], ['考核结束日期', period[1]]];
    expect(awards([['张三', '优质课比赛', '市级一等奖', date]], rules).dataset.awards[0]?.date).toBe(iso);
  });

  it('keeps the row with a notice when a date cannot be read and no period is set', () => {
    const out = awards([['张三', '优质课比赛', '市级一等奖', '上学期']]);
    expect(out.dataset.awards).toMatchObject([{ date: null }]);
    expect(out.issues.find((i) => i.code === 'date-not-read')).toMatchObject({ severity: 'info', row: 2 });
  });

  it('drops the row (bad-date) when a period is set', () => {
    const out = awards([['张三', '优质课比赛', '市级一等奖', '上学期']], [['考核开始日期', '2023-09-01']]);
    expect(out.dataset.awards).toEqual([]);
    expect(codes(out)).toContain('bad-date');
  });
});

describe('nothing dropped silently (SPEC §3)', () => {
  it('warns about a drifted column with the standard name, and a sheet with names that is not read', () => {
    const out = readWorkbook([
      makeTable('教师名册', [['姓名', '教研组', '读书缺交次数'], ['张三', '语文组', 1]]),
      makeTable('读书登记', [['姓名', '心得篇数'], ['张三', 2]]),
    ]);
    expect(out.issues.find((i) => i.code === 'column-not-read')).toMatchObject({
      severity: 'warning', sheet: '教师名册', column: '读书缺交次数', columnIndex: 2, params: { standard: '读书未交', kind: '考核登记' },
    });
    expect(out.issues.find((i) => i.code === 'sheet-not-read')).toMatchObject({ severity: 'warning', sheet: '读书登记' });
    expect(out.report.accounts.map((a) => [a.sheet, a.kind, a.notRead])).toEqual([['教师名册', 'roster', null], ['读书登记', null, 'unknown']]);
  });

  it('lists a column that holds values below the header but has no header text (a note far to the right)', () => {
    const rows: (string | number | null)[][] = [['姓名', '教研组', null], ['张三', '语文组'], ['李四', '数学组']];
    rows[40] = [null, null, null, null, null, '备注：本学期完'];
    const out = readWorkbook([makeTable('教师名册', rows)]);
    const [roster] = out.report.accounts;
    expect(roster!.columns.map((c) => [c.columnIndex, c.header, c.readAs])).toEqual([[0, '姓名', '姓名'], [1, '教研组', '教研组'], [5, '', null]]);
    expect(out.dataset.teachers).toHaveLength(2);
  });
});
