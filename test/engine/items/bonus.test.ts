import { describe, it, expect } from 'vitest';
import { bonusItem } from '../../../src/engine/items/bonus.js';
import { awardPoints } from '../../../src/engine/awards.js';
import type { AwardCategory, Level } from '../../../src/engine/model.js';
import { rulesWith } from '../build.js';

const rules = rulesWith();

describe('award points (SPEC §4: 比赛 5/4/3 − 0.5 per step, 评选 3/2/1 − 0.25 per step)', () => {
  it.each([
    ['competition', 'province', 0, 5],
    ['competition', 'city', 0, 4],
    ['competition', 'district', 0, 3],
    ['competition', 'city', 1, 3.5],
    ['competition', 'district', 2, 2],
    ['competition', 'national', 0, 5], // 国家级 counts as 省级
    ['competition', 'school', 0, 0], //   校级 scores 0
    ['appraisal', 'province', 0, 3],
    ['appraisal', 'city', 0, 2],
    ['appraisal', 'district', 0, 1],
    ['appraisal', 'district', 3, 0.25],
    ['appraisal', 'national', 1, 2.75],
  ] as const)('%s %s step %i gives %d', (category: AwardCategory, level: Level, step, points) => {
    expect(awardPoints({ category, level, step }, rules)).toBe(points);
  });

  it('a negative value counts 0', () => {
    expect(awardPoints({ category: 'appraisal', level: 'district', step: 3 }, { ...rules, appraisalStep: 0.5 })).toBe(0);
  });
});

describe('bonus item (SPEC §4: best 比赛 + best 评选 + 集体加分, clamp)', () => {
  it('adds the best of each category and the collective bonus', () => {
    const s = bonusItem({ level: 'city', step: 1, points: 3.5 }, { level: 'district', step: 0, points: 1 }, 0, rules);
    expect(s).toEqual({ points: 4.5, explain: '教学类加分 4.5 = 比赛 市级二等奖 3.5 + 评选 县区级一等奖 1 + 集体加分 0' });
  });

  it.each([
    [null, null, 0, 0],
    [5, 3, 1, 9],
    [5, 3, 3, 10], // 11 → clamp 10
    [null, 0.25, 0, 0.25],
  ])('%s + %s + %d gives %d', (competition, appraisal, collective, points) => {
    const line = (p: number | null) => (p === null ? null : { level: 'province' as const, step: 0, points: p });
    expect(bonusItem(line(competition), line(appraisal), collective, rules).points).toBe(points);
  });

  it('says when nothing counts', () => {
    expect(bonusItem(null, null, 0, rules).explain).toBe('教学类加分 0 = 比赛 无 + 评选 无 + 集体加分 0');
  });
});
