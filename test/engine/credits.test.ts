import { describe, it, expect } from 'vitest';
import { paceFor, teacherCredits, termCredits } from '../../src/engine/credits.js';
import { compareTerms, recordOrigin, scoringTerm, termOfDate } from '../../src/engine/schoolTerm.js';
import { score } from '../../src/engine/score.js';
import type { CreditRow } from '../../src/engine/model.js';
import { DatasetBuilder, rulesWith } from './build.js';

const cycleRules = rulesWith({ creditCycleStart: 2021, periodFrom: '2023-09-01', periodTo: '2024-01-31' });

describe('the term being scored (SPEC §3.7)', () => {
  it.each([
    ['2023-09-01', 2023, 1], ['2023-12-31', 2023, 1], ['2024-01-20', 2023, 1], ['2024-02-20', 2023, 2], ['2024-07-10', 2023, 2],
    ['2024-08-25', 2024, 1],
  ])('%s is school year %i, term %i', (date, schoolYear, term) => {
    expect(termOfDate(date)).toEqual({ schoolYear, term });
  });

  it('comes from the period, else from most dated sessions', () => {
    const b = new DatasetBuilder();
    b.session('2024-03-01', 'a');
    b.session('2024-03-08', 'b');
    b.session('2023-11-01', 'c');
    expect(scoringTerm(b.build(), { periodFrom: null, periodTo: null })).toEqual({ schoolYear: 2023, term: 2 });
    expect(scoringTerm(b.build(), { periodFrom: '2023-09-01', periodTo: null })).toEqual({ schoolYear: 2023, term: 1 });
    expect(scoringTerm(new DatasetBuilder().build(), { periodFrom: null, periodTo: null })).toBeNull();
  });

  it('orders terms and names the rows record-credits writes', () => {
    expect(compareTerms({ schoolYear: 2022, term: 2 }, { schoolYear: 2023, term: 1 })).toBeLessThan(0);
    expect(recordOrigin({ schoolYear: 2023, term: 2 })).toBe('研修考核助手 2023-2024 第二学期');
  });
});

describe('credits of one teacher (SPEC §6, seed 002: 120 学分 in 5 years, 50 校本)', () => {
  it.each([
    // reportHours, externalHours, 每学分学时, 外出学习计学分 → 校本, 其他
    [12, 9, 3, true, 4, 3],
    [0, 9, 3, true, 0, 3],
    [12, 10, 3, true, 4, 3.33],
    [12, 5, 3, true, 4, 1.67],
    [12, 9, 3, false, 4, 0],
    [10, 0, 4, true, 2.5, 0],
  ])('上报 %s 学时, 外出 %s 学时, %s 学时/学分, 计学分 %s → 校本 %s, 其他 %s', (report, external, per, counts, school, other) => {
    expect(termCredits(report, external, { hoursPerCredit: per, externalCredits: counts })).toEqual({ school, other });
  });

  it.each([[120, 1, 5, 24], [120, 3, 5, 72], [50, 2, 5, 20], [50, 1, 3, 16.67], [100, 2, 3, 66.67], [120, 5, 5, 120]])(
    'pace %s × %s / %s = %s', (amount, k, years, pace) => {
      expect(paceFor(amount, k, years)).toBe(pace);
    },
  );

  // k = 3 (2023 in a cycle from 2021): pace 72 total, 30 校本.
  it.each([
    ['behind on both', 20, 40, 12, 0, { total: 64, school: 24, owed: 56, schoolOwed: 26, status: 'behind' }],
    ['on pace', 30, 40, 12, 9, { total: 77, school: 34, owed: 43, schoolOwed: 16, status: 'onPace' }],
    ['total on pace, 校本 behind', 25, 60, 0, 0, { total: 85, school: 25, owed: 35, schoolOwed: 25, status: 'behind' }],
    ['done', 50, 70, 0, 0, { total: 120, school: 50, owed: 0, schoolOwed: 0, status: 'done' }],
    ['120 in all but 校本 short of 50: on pace, not done', 46, 74, 0, 3, { total: 121, school: 46, owed: 0, schoolOwed: 4, status: 'onPace' }],
  ] as const)('%s', (_, earlierSchool, earlierOther, reportHours, externalHours, expected) => {
    const got = teacherCredits({ earlierSchool, earlierOther, reportHours, externalHours }, 3, cycleRules);
    expect(got).toMatchObject({ ...expected, pace: 72 });
  });

  it('rounds each part to 2 decimals half up and adds the rounded parts', () => {
    const got = teacherCredits({ earlierSchool: 10 / 3 + 10 / 3, earlierOther: 0.005, reportHours: 10, externalHours: 1 }, 1, cycleRules);
    expect(got).toMatchObject({ earlierSchool: 6.67, earlierOther: 0.01, termSchool: 3.33, termOther: 0.33, total: 10.34, school: 10 });
  });
});

/** Two teachers; 张三 attends 外出学习 9 学时; 李四 is 不合格 (未完成任务) and reports 0 学时. */
function school(rows: Omit<CreditRow, 'source' | 'origin'>[]) {
  const b = new DatasetBuilder();
  const zhang = b.teacher('张三', '语文组', { id: 'T1' });
  const li = b.teacher('李四', '语文组', { id: 'T2' });
  const [s] = b.sessions(1);
  b.attend(zhang, s!).attend(li, s!).judged(zhang).judged(li, { taskIncomplete: true });
  b.external(zhang, '2023-10-10', '市培训', 9);
  b.data.creditRows = rows.map((r, i) => ({ ...r, origin: '', source: { sheet: '学分登记', row: i + 2 } }));
  return b.build();
}

describe('the ledger in scoring (SPEC §6, §8)', () => {
  const rows: Omit<CreditRow, 'source' | 'origin'>[] = [
    { teacherKey: 'id:T1', schoolYear: 2020, term: 2, category: 'school', credits: 30 }, // before the cycle
    { teacherKey: 'id:T1', schoolYear: 2021, term: 1, category: 'school', credits: 12 },
    { teacherKey: 'id:T1', schoolYear: 2021, term: null, category: 'other', credits: 20.5 },
    { teacherKey: 'id:T1', schoolYear: 2022, term: 2, category: 'school', credits: 8 },
    { teacherKey: 'id:T1', schoolYear: 2023, term: 2, category: 'other', credits: 50 }, // after the scored term
    { teacherKey: 'id:T2', schoolYear: 2022, term: 1, category: 'other', credits: 3 },
  ];

  it('adds earlier terms inside the cycle to this term and sets the status', () => {
    const run = score(school(rows), cycleRules);
    const [zhang, li] = run.result.teachers;
    // 张三: 校本 12 + 8 = 20 earlier, + 12/3 = 4; 其他 20.5 + 9/3 = 23.5 → 47.5 < 72: behind.
    expect(zhang!.credits).toEqual({
      earlierSchool: 20, earlierOther: 20.5, termSchool: 4, termOther: 3, total: 47.5, school: 24, owed: 72.5, schoolOwed: 26, pace: 72, status: 'behind',
    });
    // 李四 is 不合格: 上报学时 0, so no 校本 this term.
    expect(li!.credits).toMatchObject({ earlierOther: 3, termSchool: 0, termOther: 0, total: 3 });
    expect(run.creditYear).toBe(3);
    const notes = run.result.issues.filter((i) => i.code.startsWith('credit-')).map((i) => [i.code, i.params?.['count']]);
    expect(notes).toEqual([['credit-rows-outside-cycle', 1], ['credit-rows-later-term', 1]]);
  });

  it('keeps no ledger when the scored school year is outside the cycle, or unknown', () => {
    const outside = score(school(rows), { ...cycleRules, creditCycleStart: 2017 });
    expect(outside.result.teachers.every((t) => t.credits === undefined)).toBe(true);
    expect(outside.result.issues.find((i) => i.code === 'credit-year-outside-cycle')?.message).toContain('2023-2024');
    expect(outside.creditYear).toBeUndefined();
    const unknown = score({ ...school(rows), sessions: [], external: [] }, { ...cycleRules, periodFrom: null, periodTo: null });
    expect(unknown.result.issues.some((i) => i.code === 'credit-term-unknown')).toBe(true);
  });

  it('without 学分周期起始学年 there is no ledger and no notice', () => {
    const run = score(school(rows), rulesWith({ periodFrom: '2023-09-01' }));
    expect(run.result.teachers.every((t) => t.credits === undefined)).toBe(true);
    expect(run.result.issues.filter((i) => i.code.startsWith('credit-'))).toEqual([]);
  });
});
