import { describe, it, expect } from 'vitest';
import { activityItem } from '../../../src/engine/items/activity.js';
import type { Level } from '../../../src/engine/model.js';
import { rulesWith } from '../build.js';

const rules = rulesWith();
const classes = (...pairs: Array<[Level, number]>) => pairs.map(([level, count]) => ({ level, count }));

describe('activity item (SPEC §4: 校级 1 / 县区级 2 / 市级及以上 3 per open class + 活动得分, clamp)', () => {
  it.each([
    [classes(['city', 1]), 9, null, 12],
    [classes(['school', 1]), 0, null, 1],
    [classes(['district', 2]), 0, null, 4],
    [classes(['province', 1], ['national', 1]), 0, null, 6],
    [classes(['city', 1], ['school', 2]), 5, null, 10],
    [classes(), 9, null, 9],
    [classes(), 9, 'school', 8], //         须开课 and none: − 1
    [classes(['school', 1]), 9, 'school', 10], // 须开课 and one: no deduction
    [classes(), 0, 'school', 0], //          − 1 → clamp 0
    [classes(['school', 1]), 9, 'district', 8], // seed 000: owes a 区级 class, a 校级 one is not enough: 9 + 1 − 2
    [classes(['city', 1]), 9, 'district', 12], //  a higher level satisfies it: 9 + 3
    [classes(), 9, 'city', 6], //                   owes 市级: − 3
    [classes(['city', 3]), 15, null, 20], // 24 → clamp 20
  ])('%j + %d (须开课 %s) gives %d', (openClasses, activityPoints, mustTeachLevel, points) => {
    expect(activityItem({ openClasses, activityPoints, mustTeachLevel: mustTeachLevel as Level | null }, rules).points).toBe(points);
  });

  it('explains the number', () => {
    expect(activityItem({ openClasses: classes(['city', 1]), activityPoints: 9, mustTeachLevel: null }, rules).explain)
      .toBe('活动参与 12 = 公开课 市级 1 节 3 分 + 活动得分 9');
    expect(activityItem({ openClasses: classes(), activityPoints: 9, mustTeachLevel: 'school' }, rules))
      .toEqual({ points: 8, deduction: 1, missingLevel: 'school', explain: '活动参与 8 = 公开课 0 节 + 活动得分 9 − 须开校级公开课未开 1' });
    expect(activityItem({ openClasses: classes(['city', 1], ['school', 2]), activityPoints: 5, mustTeachLevel: null }, rules).explain)
      .toBe('活动参与 10 = 公开课 市级 1 节 3 分、校级 2 节 2 分 + 活动得分 5');
  });
});
