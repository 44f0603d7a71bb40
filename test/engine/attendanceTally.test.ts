import { describe, it, expect } from 'vitest';
import { creditedHours, tallyAttendance } from '../../src/engine/attendanceTally.js';
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

describe('staff changes (SPEC §4: 入职日期 / 离职日期 and not-expected words leave sessions out)', () => {
  /** 9 sessions of 2 学时, 2023-09-04 … 2023-09-12, expecting everybody. */
  function term(extra: Parameters<DatasetBuilder['teacher']>[2] = {}) {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组', extra);
    const sessions = b.sessions(9);
    return { b, a, sessions };
  }

  it.each([
    // joined, left, sessions attended (indices), → expected, unexcused, E, F, before, after
    ['joined 09-06: the 2 sessions before do not expect her', '2023-09-06', null, [2, 3, 4, 5, 6, 7, 8], 7, 0, 14, 18, 2, 0],
    ['the 入职日期 itself expects her', '2023-09-06', null, [3, 4, 5, 6, 7, 8], 7, 1, 14, 18, 2, 0],
    ['left 09-11: the session after does not expect him', null, '2023-09-11', [0, 1, 2, 3, 4, 5, 6], 8, 1, 16, 18, 0, 1],
    ['joined and left inside the term', '2023-09-05', '2023-09-10', [1, 2, 3, 4, 5, 6], 6, 0, 12, 18, 1, 2],
    ['dates outside the sessions change nothing', '2023-08-01', '2024-01-31', [0, 1, 2, 3, 4, 5, 6, 7, 8], 9, 0, 18, 18, 0, 0],
    ['joined after every session: nothing expected, nothing absent', '2023-10-01', null, [], 0, 0, 0, 18, 9, 0],
  ] as const)('%s', (_, joined, left, attended, expected, unexcused, e, f, before, after) => {
    const { b, a, sessions } = term({ joined, left });
    for (const i of attended) b.attend(a, sessions[i]!);
    const t = tally(b);
    expect([t.expected[0], t.unexcused[0], t.expectedHours[0], t.fullHours[0], t.beforeJoin[0], t.afterLeave[0]])
      .toEqual([expected, unexcused, e, f, before, after]);
  });

  it('a not-expected word (免签, long leave) takes the session out of expected; it is neither attended nor absent', () => {
    const { b, a, sessions } = term();
    b.attendAll(a, sessions.slice(0, 6));
    for (const s of sessions.slice(6)) b.attend(a, s, 'notExpected');
    const t = tally(b);
    expect([t.hours[0], t.expected[0], t.unexcused[0], t.notExpected[0], t.expectedHours[0], t.fullHours[0]]).toEqual([12, 6, 0, 3, 12, 18]);
  });

  it('an attended row beats 免签 for the same session; 免签 beats 缺勤 and 请假', () => {
    const { b, a, sessions } = term();
    b.attend(a, sessions[0]!, 'notExpected').attend(a, sessions[0]!, 'present');
    b.attend(a, sessions[1]!, 'absent').attend(a, sessions[1]!, 'notExpected');
    b.attend(a, sessions[2]!, 'notExpected').attend(a, sessions[2]!, 'excused');
    b.attendAll(a, sessions.slice(3));
    const t = tally(b);
    expect([t.hours[0], t.expected[0], t.unexcused[0], t.excused[0], t.notExpected[0]]).toEqual([14, 7, 0, 0, 2]);
  });

  it('weighs sessions by their most common stated 学时 when every row states its own (E and F)', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组', { joined: '2023-09-05' });
    const x = b.teacher('乙', '语文组');
    const [s1, s2, s3] = b.sessions(3, null);
    b.attend(x, s1!, 'present', 3).attend(x, s2!, 'present', 3).attend(x, s3!, 'present', 4).attend(a, s2!, 'present', 3).attend(a, s3!, 'present', 4);
    const t = tally(b);
    expect([t.expectedHours[0], t.fullHours[0], t.fullHours[1], t.hours[0]]).toEqual([7, 10, 10, 7]);
  });

  it('a 免签 at a session outside the teacher’s dates or 参加对象 counts nowhere', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组', { joined: '2023-09-05' });
    const early = b.session('2023-09-04', '全体会', { hours: 2 });
    const math = b.session('2023-09-06', '数学教研', { hours: 2, expected: { kind: 'groups', groups: ['数学组'] } });
    const own = b.session('2023-09-07', '语文教研', { hours: 2, expected: { kind: 'groups', groups: ['语文组'] } });
    b.attend(a, early, 'notExpected').attend(a, math, 'notExpected').attend(a, own);
    const t = tally(b);
    expect([t.expected[0], t.unexcused[0], t.notExpected[0], t.beforeJoin[0], t.expectedHours[0], t.fullHours[0]]).toEqual([1, 0, 0, 1, 2, 4]);
  });
});

describe('creditedHours (SPEC §4 中途入职学时: 按比例 h × F / E, 按实际 h)', () => {
  it.each([
    [14, 14, 18, 'prorate', 18],
    [12, 14, 18, 'prorate', (12 * 18) / 14],
    [14, 16, 18, 'prorate', 15.75],
    [14, 14, 18, 'actual', 14],
    [18, 18, 18, 'prorate', 18], //   a full term: nothing to scale
    [4, 0, 18, 'prorate', 4], //      no session expected them: h as signed
  ] as const)('h %d, E %d, F %d, %s → %d', (h, e, f, mode, want) => {
    expect(creditedHours(h, e, f, mode)).toBe(want);
  });
});
