/**
 * The rules of issue 14 end to end through `score`, each with a small dataset computed by hand from
 * SPEC §4–§6: the rule at its default and at another value, and the result that moves.
 */
import { describe, it, expect } from 'vitest';
import { score } from '../../src/engine/score.js';
import type { Level } from '../../src/engine/model.js';
import { DatasetBuilder, rulesWith } from './build.js';

/** 9 teachers of one group with totals 9 … 1 (活动得分 only), no absences. */
function nineTeachers() {
  const b = new DatasetBuilder();
  for (let i = 9; i >= 1; i--) b.judged(b.teacher(`师${i}`, '语文组', { id: `T${i}` }), { activityPoints: i });
  return b.build();
}

describe('名额计算 (SPEC §5)', () => {
  it.each([
    ['cumulative', { 优秀: 3, 良好: 3, 合格: 3 }], // R(2.7) = 3, R(6.3) = 6 → 3/3/3
    ['separate', { 优秀: 3, 良好: 4, 合格: 2 }], //   R(2.7) = 3, R(3.6) = 4 → 3/4/2
  ] as const)('%s: 9 teachers → %j', (quotaMethod, counts) => {
    const run = score(nineTeachers(), rulesWith({ quotaMethod }));
    expect(run.result.groups[0]?.quota).toEqual(counts);
    expect(run.result.groups[0]?.counts).toEqual({ ...counts, 不合格: 0 });
  });
});

/** 甲 attends 16/16 sessions; 乙 12/16 (4 unexcused = 25% > 20%) and has 活动得分 10; 丙 16/16. */
function absentee() {
  const b = new DatasetBuilder();
  const [jia, yi, bing] = [b.teacher('甲', '语文组', { id: 'T1' }), b.teacher('乙', '语文组', { id: 'T2' }), b.teacher('丙', '语文组', { id: 'T3' })];
  const sessions = b.sessions(16);
  b.attendAll(jia, sessions).attendAll(yi, sessions.slice(0, 12)).attendAll(bing, sessions);
  b.judged(jia, {}).judged(yi, { activityPoints: 10 }).judged(bing, {});
  return b.build();
}

describe('不合格处理 (SPEC §4 disqualification, seed 003 "本项成绩不计分")', () => {
  it('不合格 (default): 乙 is 不合格 whatever the total, takes no slot', () => {
    const run = score(absentee(), rulesWith());
    const yi = run.result.teachers.find((t) => t.name === '乙')!;
    expect([yi.items.attendance, yi.total, yi.tier, yi.disqualified]).toEqual([0, 20, '不合格', 'absence']);
  });

  it('仅本项: 考勤 is 0, the reason stays, and 乙 is ranked and tiered like anyone', () => {
    // totals (读书 10 each): 甲 40, 丙 40, 乙 0 + 10 + 10 = 20; n = 3 → 优秀 R(0.9) = 1, 优秀+良好 R(2.1) = 2 → 1/1/1.
    // 甲 and 丙 tie at 40 and share 优秀 (同档); 乙 takes the 合格 slot.
    const run = score(absentee(), rulesWith({ disqualifyMode: 'itemOnly' }));
    const yi = run.result.teachers.find((t) => t.name === '乙')!;
    expect([yi.items.attendance, yi.total, yi.groupRank, yi.tier, yi.disqualified, yi.reportHours]).toEqual([0, 20, 3, '合格', 'absence', 12]);
    expect(run.teacherDetails[run.result.teachers.indexOf(yi)]?.remarks).toEqual(['无故缺勤 4/16 次，超过 20%，考勤不计分', '听课 0 节，少于 10 节']);
  });
});

describe('公开课课型 (SPEC §3.3, §5)', () => {
  it.each([
    ['研究课', undefined, 1, 1], // default list holds 研究课: 1 open class, 校级 1 point
    ['观摩课', undefined, 1, 1],
    ['探究课', undefined, 1, 1],
    ['研究课', ['公开课'], 0, 0], // a school that counts only 公开课
    ['常态课', undefined, 0, 0],
    ['赛课', ['公开课', '赛课'], 1, 1],
  ] as const)('%s with 公开课课型 %j → %d open classes, 活动参与 %d', (lessonType, types, classes, points) => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.observe(null, a, { lessonType, topic: '课题' });
    const run = score(b.build(), rulesWith(types === undefined ? {} : { openClassTypes: [...types] }));
    expect([run.result.teachers[0]?.openClasses, run.result.teachers[0]?.items.activity]).toEqual([classes, points]);
  });
});

describe('技能类教研组 (SPEC §6)', () => {
  /** A group with 2 events of 1 lesson each: enough for a skill group (2/2), not for others (3/5). */
  function group(name: string) {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', name);
    b.openClass(a, 'school', '2023-10-10', '一').openClass(a, 'school', '2023-11-10', '二');
    return b.build();
  }
  it.each([
    ['体育艺术组', undefined, true],
    ['音体美组', undefined, true], // issue 14: renaming must not change eligibility
    ['体艺组', undefined, true],
    ['艺体组', undefined, true],
    ['语文组', undefined, false],
    ['音体美组', ['体育'], false], // a school whose list lacks 音体美
    ['劳技组', ['劳技'], true],
  ] as const)('%s with 技能类教研组 %j → eligible %s', (name, words, eligible) => {
    const run = score(group(name), rulesWith(words === undefined ? {} : { skillGroupWords: [...words] }));
    expect(run.result.groups[0]?.eligibleForExcellentGroup).toBe(eligible);
  });
});

describe('须开课 by 级别 (SPEC §4 activity, seed 000 "按一节同级别的公开课予以扣分")', () => {
  it.each([
    // owed, taught, 活动得分 → 活动参与
    ['school', null, 5, 4], //           − 1 (one 校级 class)
    ['district', null, 5, 3], //         − 2 (one 县区级 class)
    ['city', null, 5, 2], //             − 3
    ['district', 'school', 5, 4], //     5 + 1 − 2: a 校级 class does not pay a 县区级 debt
    ['district', 'city', 5, 8], //       5 + 3: a higher level does
    [null, null, 5, 5],
  ] as const)('须开课 %s, taught %s, 活动得分 %d → %d', (owed, taught, activityPoints, points) => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组', { mustTeachLevel: owed as Level | null });
    if (taught !== null) b.openClass(a, taught);
    b.judged(a, { activityPoints });
    const run = score(b.build(), rulesWith());
    expect(run.result.teachers[0]?.items.activity).toBe(points);
  });

  it('deducts 须开课扣分 classes of that level and says which level in 说明', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组', { mustTeachLevel: 'district' });
    b.judged(a, { activityPoints: 10 });
    const run = score(b.build(), rulesWith({ missingOpenClassDeduction: 2, minObservedLessons: 0 }));
    expect(run.result.teachers[0]?.items.activity).toBe(6); // 10 − 2 × 2
    expect(run.teacherDetails[0]?.remarks).toEqual(['须开县区级公开课但本学期未开，扣 4 分']);
  });
});

describe('评课最少节数 and per-梯队 requirements (SPEC §6: reported, not scored)', () => {
  /** 甲 (青年教师) observed 3 lessons, 2 of them with 评课 = 是, and taught one 研讨课; 乙 (骨干教师) nothing. */
  function teachers() {
    const b = new DatasetBuilder();
    const jia = b.teacher('甲', '语文组', { echelon: '青年教师' });
    const yi = b.teacher('乙', '语文组', { echelon: '骨干教师' });
    b.observe(jia, yi, { reviewed: true }).observe(jia, yi, { reviewed: true, topic: '二' }).observe(jia, yi, { reviewed: false, topic: '三' });
    b.observe(yi, jia, { lessonType: '研讨课', topic: '四' });
    return b.build();
  }
  const remarks = (rules = rulesWith()) => score(teachers(), rules).teacherDetails.map((d) => d.remarks);

  it('counts 评课 = 是 rows and reports a shortfall only when 评课最少节数 is set', () => {
    expect(remarks(rulesWith({ minObservedLessons: 0 }))).toEqual([[], []]);
    expect(remarks(rulesWith({ minObservedLessons: 0, minReviews: 3 }))).toEqual([['评课 2 节，少于 3 节'], ['评课 0 节，少于 3 节']]);
    expect(score(teachers(), rulesWith()).teacherDetails.map((d) => d.reviewedLessons)).toEqual([2, 0]);
  });

  it('听课最少节数:<梯队> replaces 听课最少节数 for that 梯队', () => {
    // 甲 observed 3, 乙 1; default minimum 10, 青年教师 2.
    expect(remarks(rulesWith({ minObservedLessonsByEchelon: { 青年教师: 2 } }))).toEqual([[], ['听课 1 节，少于 10 节']]);
  });

  it('须开课课型:<梯队> asks each 梯队 for its lesson (seed 003: 青年教师 研讨课, 骨干教师 示范课); 全体 asks everyone else', () => {
    const rules = rulesWith({ minObservedLessons: 0, openClassTypesByEchelon: { 青年教师: ['研讨课'], 骨干教师: ['示范课'] } });
    expect(remarks(rules)).toEqual([[], ['骨干教师须上示范课，本学期未上']]);
    const all = rulesWith({ minObservedLessons: 0, openClassTypesByEchelon: { 全体: ['研讨课', '汇报课'] } });
    expect(remarks(all)).toEqual([[], ['教师须上研讨课或汇报课，本学期未上']]);
  });

  it('counts teachers per 梯队 in each group (seed 004 五级梯队)', () => {
    expect(score(teachers(), rulesWith()).groupDetails[0]?.echelonCounts).toEqual({ 青年教师: 1, 骨干教师: 1 });
  });
});
