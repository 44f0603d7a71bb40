import { describe, it, expect } from 'vitest';
import { tallyAttendance } from '../../src/engine/attendanceTally.js';
import { buildRoster } from '../../src/engine/roster.js';
import { OutOfPeriodCounter } from '../../src/engine/period.js';
import { DatasetBuilder, rulesWith } from './build.js';
import type { Rules } from '../../src/engine/rules.js';

function tally(b: DatasetBuilder, rules: Rules = rulesWith()) {
  const counter = new OutOfPeriodCounter();
  const t = tallyAttendance(b.build(), buildRoster(b.build().teachers), rules, counter);
  return { ...t, issues: counter.issues(rules) };
}

describe('hours of a row (SPEC §3.2: own 学时 → session 学时 → most common → 默认每次学时)', () => {
  it('uses the row’s own hours first', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const s = b.session('2023-09-06', '集体备课', { hours: 2 });
    b.attend(a, s, 'present', 3);
    expect(tally(b).hours[0]).toBe(3);
  });

  it('then the session’s stated hours (matrix 学时 row)', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.attend(a, b.session('2023-09-06', '集体备课', { hours: 1.5 }));
    expect(tally(b).hours[0]).toBe(1.5);
  });

  it('then the most common hours among the session’s rows, a tie taking the larger', () => {
    const b = new DatasetBuilder();
    const [a, x, y, z, w] = ['甲', '乙', '丙', '丁', '戊'].map((n) => b.teacher(n, '语文组')) as [string, string, string, string, string];
    const s = b.session('2023-09-06', '集体备课');
    b.attend(a, s).attend(x, s, 'present', 3).attend(y, s, 'absent', 3).attend(z, s, 'present', 4).attend(w, s, 'present', 4);
    expect(tally(b).hours[0]).toBe(4); // 3 twice, 4 twice → 4
  });

  it('else 默认每次学时', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.attend(a, b.session('2023-09-06', '集体备课'));
    expect(tally(b).hours[0]).toBe(2);
    expect(tally(b, rulesWith({ defaultSessionHours: 3 })).hours[0]).toBe(3);
  });
});

describe('expected sessions and absences (SPEC §3.2)', () => {
  it('counts attended, excused and unexcused over expected sessions; no row means absent', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const [s1, s2, s3, s4, s5] = b.sessions(5) as [string, string, string, string, string];
    b.attend(a, s1).attend(a, s2, 'late').attend(a, s3, 'excused').attend(a, s4, 'absent');
    void s5; // no row
    const t = tally(b);
    expect([t.hours[0], t.expected[0], t.unexcused[0], t.excused[0]]).toEqual([4, 5, 2, 1]);
  });

  it.each(['present', 'late', 'early', 'madeUp'] as const)('%s counts as attended', (status) => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.attend(a, b.session('2023-09-06', '集体备课', { hours: 2 }), status);
    expect(tally(b).hours[0]).toBe(2);
    expect(tally(b).unexcused[0]).toBe(0);
  });

  it('expects only the listed 教研组, or the listed teachers (matrix)', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const m = b.teacher('乙', '数学组');
    b.session('2023-09-06', '语文教研', { expected: { kind: 'groups', groups: ['语文组', '语文组', '不存在组'] } });
    b.session('2023-09-07', '数学教研', { expected: { kind: 'teachers', teacherKeys: [m, m, 'name:外人#1'] } });
    b.session('2023-09-08', '全体会');
    void a;
    const t = tally(b);
    expect([...t.expected]).toEqual([2, 2]);
    expect([...t.unexcused]).toEqual([2, 2]);
  });

  it('counts hours at a session the teacher was not expected at', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.attend(a, b.session('2023-09-06', '数学教研', { hours: 2, expected: { kind: 'groups', groups: ['数学组'] } }));
    const t = tally(b);
    expect([t.hours[0], t.expected[0], t.unexcused[0]]).toEqual([2, 0, 0]);
  });

  it('counts a teacher listed twice for one session once, at the best status', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const [s1, s2, s3] = b.sessions(3) as [string, string, string];
    b.attend(a, s1, 'absent').attend(a, s1, 'madeUp'); // 缺勤 then 补课
    b.attend(a, s2).attend(a, s2); //                       plain duplicate
    b.attend(a, s3, 'excused').attend(a, s3, 'present');
    const t = tally(b);
    expect([t.hours[0], t.unexcused[0], t.excused[0]]).toEqual([6, 0, 0]);
  });

  it('settles each (teacher, session) pair the same when its rows are far apart, in any order', () => {
    const b = new DatasetBuilder();
    const [a, x] = ['甲', '乙'].map((n) => b.teacher(n, '语文组')) as [string, string];
    const [s1, s2, s3] = b.sessions(3) as [string, string, string];
    // s1's rows are split by s2 and s3: 甲 请假 then 补课 (hours once, at the 补课 row's 3); 乙 出勤 then 缺勤.
    b.attend(a, s1, 'excused').attend(x, s1, 'present', 1);
    b.attend(a, s2, 'absent').attend(x, s3, 'excused');
    b.attend(a, s1, 'madeUp', 3).attend(x, s1, 'absent').attend(a, s2, 'excused').attend(a, s1, 'present', 5);
    const t = tally(b);
    expect([t.hours[0], t.unexcused[0], t.excused[0]]).toEqual([3, 1, 1]); // s1 attended, s2 excused, s3 no row
    expect([t.hours[1], t.unexcused[1], t.excused[1]]).toEqual([1, 1, 1]); // s1 attended, s2 no row, s3 excused
  });

  it('ignores rows of unknown teachers or sessions', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const s = b.session('2023-09-06', '集体备课', { hours: 2 });
    b.attend('name:外人#1', s).attend(a, '2023-09-09|不存在');
    const t = tally(b);
    expect([t.hours[0], t.unexcused[0]]).toEqual([0, 1]);
  });
});

describe('period filter (SPEC §2 考核期)', () => {
  it('drops sessions outside the period, with their rows, and counts them per sheet', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const before = b.session('2023-08-30', '暑期培训', { hours: 2 });
    const inside = b.session('2023-09-06', '集体备课', { hours: 2 });
    const after = b.session('2024-02-01', '寒假培训', { hours: 2 });
    b.attend(a, before).attend(a, inside).attend(a, after);
    const t = tally(b, rulesWith({ periodFrom: '2023-09-01', periodTo: '2024-01-31' }));
    expect([t.hours[0], t.expected[0]]).toEqual([2, 1]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'out-of-period', severity: 'info', sheet: '签到表', params: { count: 2 } });
    expect(t.issues[0]?.message).toBe('“签到表”有 2 行日期在考核期（2023-09-01 至 2024-01-31）之外，未计入。');
  });
});
