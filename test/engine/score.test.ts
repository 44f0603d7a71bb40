import { describe, it, expect } from 'vitest';
import { score } from '../../src/engine/score.js';
import { DatasetBuilder, rulesWith } from './build.js';

/** 语文组 甲乙丙丁 + 数学组 戊己; 16 sessions of 2 学时 for everybody. */
function school() {
  const b = new DatasetBuilder();
  const [jia, yi, bing, ding] = ['甲', '乙', '丙', '丁'].map((n, i) => b.teacher(n, '语文组', { id: `T00${i + 1}` })) as [
    string, string, string, string,
  ];
  const [wu, ji] = ['戊', '己'].map((n, i) => b.teacher(n, '数学组', { id: `T10${i + 1}` })) as [string, string];
  const sessions = b.sessions(16);
  b.attendAll(jia, sessions); //                           32 h
  b.attendAll(yi, sessions.slice(0, 14)); //                28 h
  b.attend(yi, sessions[14]!, 'excused').attend(yi, sessions[15]!, 'excused');
  b.attendAll(bing, sessions.slice(0, 12)); //              4/16 unexcused = 25% → 不合格
  b.attendAll(ding, sessions.slice(0, 13)); //              3/16 = 18.75%
  b.attendAll(wu, sessions.slice(0, 16));
  b.attendAll(ji, sessions.slice(0, 16));
  b.external(jia, '2023-10-12', '省级培训', 12).external(yi, '2023-10-12', '省级培训', 10);
  for (const k of [jia, yi, bing, ding, wu, ji]) b.judged(k, { notesGrade: '良好' });
  return { b, keys: { jia, yi, bing, ding, wu, ji } };
}

describe('score: the SPEC §4 items end to end', () => {
  it('scores attendance as 30 × h / H_max with the school maximum', () => {
    const run = score(school().b.build(), rulesWith());
    const yi = run.result.teachers.find((t) => t.name === '乙')!;
    expect(yi.items.attendance).toBe(26.25);
    expect(yi.explain.attendance).toBe('考勤 26.25 = 30 × 28/32 学时（全校最高 32）');
    expect(yi.items.external).toBe(25);
    expect(yi.items.notes).toBe(9);
    expect(yi.items.reading).toBe(10);
    expect(yi.total).toBe(26.25 + 25 + 9 + 0 + 10 + 0);
    const detail = run.teacherDetails[run.result.teachers.indexOf(yi)]!;
    expect(detail).toMatchObject({ attendedHours: 28, attendanceHoursMax: 32, expectedSessions: 16, unexcusedAbsences: 0, excusedAbsences: 2 });
  });

  it('disqualifies above 20% unexcused with a reason beside the teacher', () => {
    const run = score(school().b.build(), rulesWith());
    const i = run.result.teachers.findIndex((t) => t.name === '丙');
    const bing = run.result.teachers[i]!;
    expect(bing).toMatchObject({ disqualified: 'absence', tier: '不合格', ethicsPoints: 0, reportHours: 0 });
    expect(bing.items.attendance).toBe(0);
    expect(bing.explain.attendance).toBe('考勤 0：无故缺勤 4/16 次，超过 20%');
    expect(run.teacherDetails[i]!.remarks[0]).toBe('无故缺勤 4/16 次，超过 20%，考勤不计分，等次为不合格');
    const ding = run.result.teachers.find((t) => t.name === '丁')!;
    expect(ding.disqualified).toBeNull();
  });

  it('disqualifies 未完成任务 = 是 as "task"', () => {
    const { b, keys } = school();
    b.data.judged = b.data.judged.filter((j) => j.teacherKey !== keys.wu);
    b.judged(keys.wu, { notesGrade: '优秀', taskIncomplete: true });
    const wu = score(b.build(), rulesWith()).result.teachers.find((t) => t.name === '戊')!;
    expect(wu).toMatchObject({ disqualified: 'task', tier: '不合格', reportHours: 0 });
  });

  it('keeps groups in roster order, teachers by rank, totals exact sums of items', () => {
    const run = score(school().b.build(), rulesWith());
    expect(run.result.groups.map((g) => g.name)).toEqual(['语文组', '数学组']);
    expect(run.result.teachers.map((t) => [t.name, t.groupRank])).toEqual([
      ['甲', 1], ['乙', 2], ['丁', 3], ['丙', 4], ['戊', 1], ['己', 1],
    ]);
    for (const t of run.result.teachers) {
      const sum = Object.values(t.items).reduce((a, v) => a + Math.round(v * 100), 0);
      expect(Math.round(t.total * 100)).toBe(sum);
    }
  });

  it('tiers a group of 4 with one disqualified (quota 1 / 2 / 1 from n = 4)', () => {
    const run = score(school().b.build(), rulesWith());
    const g = run.result.groups[0]!;
    expect(g.quota).toEqual({ 优秀: 1, 良好: 2, 合格: 1 });
    expect(g.counts).toEqual({ 优秀: 1, 良好: 2, 合格: 0, 不合格: 1 });
    expect(run.result.teachers.slice(0, 4).map((t) => t.tier)).toEqual(['优秀', '良好', '良好', '不合格']);
    expect(run.result.teachers.slice(0, 4).map((t) => t.ethicsPoints)).toEqual([10, 8, 8, 0]);
  });

  it('shares a tie at the top and reports the overflow', () => {
    const run = score(school().b.build(), rulesWith());
    const math = run.result.groups[1]!;
    expect(math.quota).toEqual({ 优秀: 1, 良好: 0, 合格: 1 }); // R(0.6) = 1, R(1.4) = 1
    expect(math.counts).toEqual({ 优秀: 2, 良好: 0, 合格: 0, 不合格: 0 });
    expect(run.groupDetails[1]!.overflow).toEqual({ 优秀: 1, 良好: 0 });
    const overflow = run.result.issues.filter((i) => i.code === 'tier-overflow');
    expect(overflow).toHaveLength(1);
    expect(overflow[0]!.message).toBe('数学组：同分并列使“优秀”超出名额 1 人，下一档相应减少。');
  });

  it('breaks that tie under 严格 by 工号', () => {
    const run = score(school().b.build(), rulesWith({ tiePolicy: 'strict' }));
    expect(run.result.teachers.slice(4).map((t) => [t.name, t.groupRank, t.tier])).toEqual([['戊', 1, '优秀'], ['己', 1, '合格']]);
    expect(run.result.issues.some((i) => i.code === 'tier-overflow')).toBe(false);
  });

  it('applies a per-group 优秀比例 override to that group only', () => {
    const run = score(school().b.build(), rulesWith({ ratioExcellentByGroup: { 语文组: 0.5 } }));
    expect(run.result.groups[0]!.quota).toEqual({ 优秀: 2, 良好: 2, 合格: 0 }); // R(2) = 2, R(4 × 0.9) = 4
    expect(run.groupDetails[0]!.ratioExcellent).toBe(0.5);
    expect(run.result.groups[1]!.quota).toEqual({ 优秀: 1, 良好: 0, 合格: 1 });
    expect(run.groupDetails[1]!.ratioExcellent).toBe(0.3);
  });

  it('reports group statistics with exact half-up means', () => {
    const run = score(school().b.build(), rulesWith());
    const totals = run.result.teachers.slice(0, 4).map((t) => Math.round(t.total * 100));
    const expectedMean = Math.floor((2 * totals.reduce((a, b) => a + b, 0) + 4) / 8) / 100;
    expect(run.result.groups[0]!.mean).toBe(expectedMean);
    expect(run.groupDetails[0]!.max).toBe(Math.max(...totals) / 100);
    expect(run.groupDetails[0]!.min).toBe(Math.min(...totals) / 100);
    expect(run.groupDetails[0]!.itemMeans.notes).toBe(9);
  });
});

describe('score: hoursScope (学时计算范围)', () => {
  it('divides by the group maximum under 教研组', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const c = b.teacher('乙', '数学组');
    const s = b.sessions(2);
    const math = { kind: 'groups' as const, groups: ['数学组'] };
    s.push(b.session('2023-10-01', '数学教研1', { hours: 2, expected: math }), b.session('2023-10-02', '数学教研2', { hours: 2, expected: math }));
    b.attendAll(a, s.slice(0, 2)).attendAll(c, s);
    const school = score(b.build(), rulesWith());
    const group = score(b.build(), rulesWith({ hoursScope: 'group' }));
    expect(school.result.teachers[0]!.explain.attendance).toBe('考勤 15 = 30 × 4/8 学时（全校最高 8）');
    expect(group.result.teachers[0]!.explain.attendance).toBe('考勤 30 = 30 × 4/4 学时（教研组最高 4）');
    expect(group.teacherDetails[0]!.attendanceHoursMax).toBe(4);
  });

  it('reports H_max = 0 per group under 教研组', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.teacher('乙', '数学组');
    b.external(a, '2023-10-01', '培训', 6);
    const run = score(b.build(), rulesWith({ hoursScope: 'group' }));
    const zero = run.result.issues.filter((i) => i.code === 'hours-max-zero').map((i) => i.message);
    expect(zero).toEqual([
      '语文组没有任何校本研训学时，该项的学时部分全部按 0 分计。',
      '数学组没有任何校本研训学时，该项的学时部分全部按 0 分计。',
      '数学组没有任何外出学习学时，该项的学时部分全部按 0 分计。',
    ]);
  });
});

describe('score: H_max = 0', () => {
  it('gives 0 hours points for all; 二次培训 still applies (SPEC §4), with one info per item', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.judged(a, { retrainingBonus: 3, notesGrade: '优秀' });
    const run = score(b.build(), rulesWith());
    expect(run.result.teachers[0]!.items).toMatchObject({ attendance: 0, external: 3 });
    expect(run.result.teachers[0]!.explain.external).toBe('外出学习 3 = 学时部分 0（全校无人有外出学习学时）+ 二次培训 3 − 违纪 0');
    const zero = run.result.issues.filter((i) => i.code === 'hours-max-zero');
    expect(zero.map((i) => [i.severity, i.params])).toEqual([
      ['info', { scope: '全校', item: '校本研训' }],
      ['info', { scope: '全校', item: '外出学习' }],
    ]);
  });
});

describe('score: activity, bonus, §6 checks and engine issues', () => {
  function oneTeacher() {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组', { id: 'T001', mustTeachLevel: 'school' });
    const c = b.teacher('乙', '语文组', { id: 'T002' });
    b.attendAll(a, b.sessions(2)).attendAll(c, b.data.sessions.map((s) => s.key));
    b.external(a, '2023-10-12', '培训', 6);
    for (let i = 0; i < 7; i++) b.observe(a, c, { topic: `第${i}课` });
    return { b, a, c };
  }

  it('scores activity with the 须开课 deduction and says so in 说明', () => {
    const { b, a } = oneTeacher();
    b.judged(a, { activityPoints: 9 });
    const run = score(b.build(), rulesWith());
    const t = run.result.teachers.find((x) => x.name === '甲')!;
    expect(t.items.activity).toBe(8);
    expect(t.explain.activity).toBe('活动参与 8 = 公开课 0 节 + 活动得分 9 − 须开校级公开课未开 1');
    expect(t.observedLessons).toBe(7);
    expect(run.teacherDetails[run.result.teachers.indexOf(t)]!.remarks).toEqual([
      '听课 7 节，少于 10 节',
      '须开校级公开课但本学期未开，扣 1 分',
    ]);
  });

  it('scores an open class taught and the best awards', () => {
    const { b, a } = oneTeacher();
    b.openClass(a, 'city').judged(a, { activityPoints: 9 });
    b.award(a, 'competition', 'city', 1).award(a, 'competition', 'district', 0).award(a, 'appraisal', 'district', 0);
    const t = score(b.build(), rulesWith()).result.teachers.find((x) => x.name === '甲')!;
    expect([t.items.activity, t.openClasses]).toEqual([12, 1]);
    expect(t.explain.activity).toBe('活动参与 12 = 公开课 市级 1 节 3 分 + 活动得分 9');
    expect(t.items.bonus).toBe(4.5);
    expect(t.explain.bonus).toBe('教学类加分 4.5 = 比赛 市级二等奖 3.5 + 评选 县区级一等奖 1 + 集体加分 0');
  });

  it('checks the group’s open-class events and lessons', () => {
    const { b, a, c } = oneTeacher();
    b.openClass(a, 'school', '2023-10-10', '背影').openClass(c, 'school', '2023-10-10', '春');
    b.openClass(c, 'school', '2023-11-10', '雨').openClass(a, 'school', '2023-12-10', '秋').openClass(a, 'school', '2023-12-10', '冬');
    const run = score(b.build(), rulesWith());
    expect(run.result.groups[0]).toMatchObject({ openClassEvents: 3, openClassLessons: 5, eligibleForExcellentGroup: true });
    expect(run.groupDetails[0]).toMatchObject({ requiredEvents: 3, requiredLessons: 5 });
  });

  it('warns once per teacher without a 考核登记 row, pointing at the roster row', () => {
    const { b, a } = oneTeacher();
    b.judged(a);
    const issues = score(b.build(), rulesWith()).result.issues.filter((i) => i.code === 'no-judged-record');
    expect(issues.map((i) => [i.severity, i.sheet, i.row, i.message])).toEqual([
      ['warning', '教师名册', 3, '教师“乙”在考核登记中没有记录，学习笔记、读书、活动得分等按 0 计。'],
    ]);
  });

  it('reports the period and the rows it left out', () => {
    const { b, a } = oneTeacher();
    b.session('2023-08-20', '暑期培训', { hours: 2 });
    b.attend(a, '2023-08-20|暑期培训').award(a, 'competition', 'city', 0, { date: '2023-08-21' });
    const run = score(b.build(), rulesWith({ periodFrom: '2023-09-01', periodTo: '2024-01-31' }));
    expect(run.result.period).toEqual({ from: '2023-09-01', to: '2024-01-31' });
    const out = run.result.issues.filter((i) => i.code === 'out-of-period').map((i) => [i.sheet, i.params?.count]);
    expect(out).toEqual([['签到表', 1], ['获奖登记', 1]]);
    expect(score(b.build(), rulesWith()).result.period).toBeNull();
  });

  it('reports 上报学时 and 师德计分 from the rules', () => {
    const { b } = oneTeacher();
    const run = score(b.build(), rulesWith({ reportHours: 16, ethicsPoints: { 优秀: 12, 良好: 9, 合格: 6, 不合格: 0 } }));
    expect(run.result.teachers.map((t) => [t.tier, t.ethicsPoints, t.reportHours])).toEqual([['优秀', 12, 16], ['合格', 6, 16]]);
  });
});

describe('staff changes end to end (SPEC §4 "Staff changes", issue 20)', () => {
  /**
   * 语文组: 甲 every one of 9 sessions (18 学时); 乙 joined in "October" — the 3rd session's day — and
   * has blank (absent) cells before it, attending the 7 sessions since (14 学时).
   */
  function joiner(joined: string | null) {
    const b = new DatasetBuilder();
    const jia = b.teacher('甲', '语文组', { id: 'T1' });
    const yi = b.teacher('乙', '语文组', { id: 'T2', joined });
    const sessions = b.sessions(9);
    b.attendAll(jia, sessions);
    b.attend(yi, sessions[0]!, 'absent').attend(yi, sessions[1]!, 'absent');
    b.attendAll(yi, sessions.slice(2));
    return b.build();
  }

  it('without 入职日期 the blank cells are 2 of 9 sessions missed → 22% → 考勤 0, 不合格 (today’s complaint)', () => {
    const yi = score(joiner(null), rulesWith()).result.teachers.find((t) => t.name === '乙')!;
    expect([yi.items.attendance, yi.tier, yi.disqualified]).toEqual([0, '不合格', 'absence']);
  });

  it('with 入职日期 she is scored on the 7 sessions that expected her, scaled to the term (按比例)', () => {
    const run = score(joiner('2023-09-06'), rulesWith());
    const i = run.result.teachers.findIndex((t) => t.name === '乙');
    const yi = run.result.teachers[i]!;
    expect([yi.items.attendance, yi.disqualified]).toEqual([30, null]);
    expect(yi.explain.attendance).toBe('考勤 30 = 30 × 14×18/14 / 18 学时（全校最高 18；入职前 2 次不计）');
    expect(run.teacherDetails[i]).toMatchObject({ attendedHours: 14, expectedSessions: 7, unexcusedAbsences: 0 });
    expect(run.teacherDetails[i]!.remarks).toContain('2023-09-06 入职，入职前 2 次活动不计');
    expect(run.groupDetails[0]!.staffChanges).toEqual({ joined: ['乙'], left: [], notExpected: [] });
  });

  it('按实际 keeps her 14 学时: 30 × 14/18 = 23.33', () => {
    const yi = score(joiner('2023-09-06'), rulesWith({ partialTermHours: 'actual' })).result.teachers.find((t) => t.name === '乙')!;
    expect(yi.items.attendance).toBe(23.33);
    expect(yi.explain.attendance).toBe('考勤 23.33 = 30 × 14/18 学时（全校最高 18；入职前 2 次不计）');
  });

  it('a scaled joiner can set H_max: 12 of 14 学时 over a full term is 12 × 18/14, above 甲’s 16', () => {
    const b = new DatasetBuilder();
    const jia = b.teacher('甲', '语文组', { id: 'T1' });
    const yi = b.teacher('乙', '语文组', { id: 'T2', joined: '2023-09-06' });
    const sessions = b.sessions(9);
    b.attendAll(jia, sessions.slice(0, 8)); //  16 学时, 1/9 absent
    b.attendAll(yi, sessions.slice(2, 8)); //   12 学时, 1/7 absent → 12 × 18/14 = 15.43 < 16
    const run = score(b.build(), rulesWith());
    const [a, y] = ['甲', '乙'].map((n) => run.result.teachers.find((t) => t.name === n)!);
    expect(a!.items.attendance).toBe(30);
    // 30 × (12 × 18/14) / 16 = 30 × 15.428571… / 16 = 28.928… → 28.93
    expect(y!.items.attendance).toBe(28.93);
    expect(y!.explain.attendance).toBe('考勤 28.93 = 30 × 12×18/14 / 16 学时（全校最高 16；入职前 2 次不计）');
  });

  it('a leaver and a long leave by 免签: both scaled, both named in 说明 and 分组统计', () => {
    const b = new DatasetBuilder();
    const jia = b.teacher('甲', '语文组', { id: 'T1' });
    const yi = b.teacher('乙', '语文组', { id: 'T2', left: '2023-09-11' });
    const bing = b.teacher('丙', '语文组', { id: 'T3' });
    const sessions = b.sessions(9);
    b.attendAll(jia, sessions);
    b.attendAll(yi, sessions.slice(0, 7)); //                    7 of 8 expected: 14 × 18/16 = 15.75 → 26.25
    b.attendAll(bing, sessions.slice(0, 6)); //                  6 of 6 expected: 12 × 18/12 = 18 → 30
    for (const s of sessions.slice(6)) b.attend(bing, s, 'notExpected');
    const run = score(b.build(), rulesWith());
    const pick = (name: string) => run.result.teachers.findIndex((t) => t.name === name);
    const y = run.result.teachers[pick('乙')]!;
    expect(y.items.attendance).toBe(26.25);
    expect(y.explain.attendance).toBe('考勤 26.25 = 30 × 14×18/16 / 18 学时（全校最高 18；离职后 1 次不计）');
    expect(run.teacherDetails[pick('乙')]!.remarks).toContain('2023-09-11 离职，离职后 1 次活动不计');
    const c = run.result.teachers[pick('丙')]!;
    expect(c.items.attendance).toBe(30);
    expect(c.explain.attendance).toBe('考勤 30 = 30 × 12×18/12 / 18 学时（全校最高 18；标注不参加 3 次不计）');
    expect(run.teacherDetails[pick('丙')]!.remarks).toContain('3 次活动标注不参加（免签、未入职等），不计缺勤');
    expect(run.groupDetails[0]!.staffChanges).toEqual({ joined: [], left: ['乙'], notExpected: ['丙'] });
  });

  it('外出学习 hours are never scaled', () => {
    const b = new DatasetBuilder();
    const jia = b.teacher('甲', '语文组', { id: 'T1' });
    const yi = b.teacher('乙', '语文组', { id: 'T2', joined: '2023-09-06' });
    const sessions = b.sessions(9);
    b.attendAll(jia, sessions).attendAll(yi, sessions.slice(2));
    b.external(jia, '2023-10-12', '市级培训', 12).external(yi, '2023-10-12', '市级培训', 6);
    const y = score(b.build(), rulesWith()).result.teachers.find((t) => t.name === '乙')!;
    expect(y.items.external).toBe(15); // 30 × 6/12
  });

  it('the 20% rule counts expected sessions only, and its explanation names what was left out', () => {
    const b = new DatasetBuilder();
    const jia = b.teacher('甲', '语文组', { id: 'T1' });
    const yi = b.teacher('乙', '语文组', { id: 'T2', joined: '2023-09-06' });
    const sessions = b.sessions(9);
    b.attendAll(jia, sessions).attendAll(yi, sessions.slice(4)); // 2 of 7 expected missed = 28.6%
    const y = score(b.build(), rulesWith()).result.teachers.find((t) => t.name === '乙')!;
    expect([y.items.attendance, y.disqualified]).toEqual([0, 'absence']);
    expect(y.explain.attendance).toBe('考勤 0：无故缺勤 2/7 次，超过 20%（入职前 2 次不计）');
  });
});
