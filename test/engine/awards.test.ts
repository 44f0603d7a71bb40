import { describe, it, expect } from 'vitest';
import { awardPoints, tallyAwards } from '../../src/engine/awards.js';
import { buildRoster } from '../../src/engine/roster.js';
import { OutOfPeriodCounter } from '../../src/engine/period.js';
import { DatasetBuilder, rulesWith } from './build.js';

describe('tallyAwards ("只计最高分": the single best award of each category)', () => {
  it('keeps the best of each category per teacher', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.award(a, 'competition', 'district', 0) //  3
      .award(a, 'competition', 'city', 1) //     3.5
      .award(a, 'competition', 'province', 4) // 3
      .award(a, 'appraisal', 'district', 0) //   1
      .award(a, 'appraisal', 'school', 0); //    0, info
    const t = tallyAwards(b.build(), buildRoster(b.build().teachers), rulesWith(), new OutOfPeriodCounter());
    expect(t.competition[0]).toEqual({ level: 'city', step: 1, points: 3.5 });
    expect(t.appraisal[0]).toEqual({ level: 'district', step: 0, points: 1 });
    expect(t.issues.map((i) => [i.code, i.severity, i.row, i.message])).toEqual([
      ['school-level-award', 'info', 6, '校级奖项“教学论文评选”按规则计 0 分。'],
    ]);
  });

  it('shows a lone 校级 award as worth 0', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.award(a, 'competition', 'school', 0);
    const t = tallyAwards(b.build(), buildRoster(b.build().teachers), rulesWith(), new OutOfPeriodCounter());
    expect(t.competition[0]).toEqual({ level: 'school', step: 0, points: 0 });
  });

  it('drops awards dated outside the period', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.award(a, 'competition', 'city', 0, { date: '2023-06-01' });
    const rules = rulesWith({ periodFrom: '2023-09-01', periodTo: '2024-01-31' });
    const counter = new OutOfPeriodCounter();
    const t = tallyAwards(b.build(), buildRoster(b.build().teachers), rules, counter);
    expect(t.competition[0]).toBeNull();
    expect(counter.issues(rules)[0]).toMatchObject({ code: 'out-of-period', sheet: '获奖登记', params: { count: 1 } });
  });
});

describe('校级 award points are a rule like every other level (issue 14)', () => {
  it.each([
    // category, 校级 first-prize points set, step, points: first − step × 递减 (比赛 0.5, 评选 0.25)
    ['competition', 2, 0, 2],
    ['competition', 2, 1, 1.5],
    ['appraisal', 1, 2, 0.5],
    ['appraisal', 0, 0, 0], // the default: 0
  ] as const)('%s 校级 first prize %d, %d steps down → %d', (category, first, step, points) => {
    const rules = rulesWith({
      competitionPoints: { ...rulesWith().competitionPoints, school: first },
      appraisalPoints: { ...rulesWith().appraisalPoints, school: first },
    });
    expect(awardPoints({ category, level: 'school', step }, rules)).toBe(points);
  });

  it('says a 校级 award scored 0 only while the rule leaves it at 0', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.award(a, 'appraisal', 'school', 0);
    const counter = new OutOfPeriodCounter();
    const roster = buildRoster(b.build().teachers);
    expect(tallyAwards(b.build(), roster, rulesWith(), counter).issues.map((i) => i.code)).toEqual(['school-level-award']);
    const set = rulesWith({ appraisalPoints: { ...rulesWith().appraisalPoints, school: 1 } });
    const tally = tallyAwards(b.build(), roster, set, counter);
    expect([tally.issues, tally.appraisal[0]?.points]).toEqual([[], 1]);
  });
});
