import { describe, it, expect } from 'vitest';
import { activityItem } from '../../../src/engine/items/activity.js';
import type { Level } from '../../../src/engine/model.js';
import { rulesWith } from '../build.js';

const rules = rulesWith();
const classes = (...pairs: Array<[Level, number]>) => pairs.map(([level, count]) => ({ level, count }));

describe('activity item (SPEC §4: 校级 1 / 县区级 2 / 市级及以上 3 per open class + 活动得分, clamp)', () => {
  it.each([
    [classes(['city', 1]), 9, false, 12],
    [classes(['school', 1]), 0, false, 1],
    [classes(['district', 2]), 0, false, 4],
    [classes(['province', 1], ['national', 1]), 0, false, 6],
    [classes(['city', 1], ['school', 2]), 5, false, 10],
    [classes(), 9, false, 9],
    [classes(), 9, true, 8], //         须开课 and none: − 1
    [classes(['school', 1]), 9, true, 10], // 须开课 and one: no deduction
    [classes(), 0, true, 0], //          − 1 → clamp 0
    [classes(['city', 3]), 15, false, 20], // 24 → clamp 20
  ])('%j + %d (须开课 %s) gives %d', (openClasses, activityPoints, mustTeachOpenClass, points) => {
    expect(activityItem({ openClasses, activityPoints, mustTeachOpenClass }, rules).points).toBe(points);
  });

  it('explains the number', () => {
    expect(activityItem({ openClasses: classes(['city', 1]), activityPoints: 9, mustTeachOpenClass: false }, rules).explain)
      .toBe('活动参与 12 = 公开课 市级 1 节 3 分 + 活动得分 9');
    expect(activityItem({ openClasses: classes(), activityPoints: 9, mustTeachOpenClass: true }, rules))
      .toEqual({ points: 8, deduction: 1, explain: '活动参与 8 = 公开课 0 节 + 活动得分 9 − 须开课未开课 1' });
    expect(activityItem({ openClasses: classes(['city', 1], ['school', 2]), activityPoints: 5, mustTeachOpenClass: false }, rules).explain)
      .toBe('活动参与 10 = 公开课 市级 1 节 3 分、校级 2 节 2 分 + 活动得分 5');
  });
});
