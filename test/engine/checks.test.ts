import { describe, it, expect } from 'vitest';
import { checkGroup, isSkillGroup, teacherRemarks } from '../../src/engine/checks.js';
import { rulesWith } from './build.js';

const rules = rulesWith();

describe('group open-class check (SPEC §6: ≥ 3 events and ≥ 5 lessons; skill groups ≥ 2 and ≥ 2)', () => {
  it.each([
    ['语文组', 3, 5, true],
    ['语文组', 2, 5, false],
    ['语文组', 3, 4, false],
    ['体育组', 2, 2, true],
    ['音体美组', 1, 2, false],
    ['艺术组', 2, 2, true],
    ['信息技术组', 2, 1, false],
    ['综合实践组', 2, 3, true],
    ['心理健康组', 2, 2, true],
  ])('%s with %i events and %i lessons → eligible %s', (name, events, lessons, eligible) => {
    expect(checkGroup(name, events, lessons, rules).eligibleForExcellentGroup).toBe(eligible);
  });

  it.each([
    ['体育组', true], ['美术组', true], ['音乐组', true], ['数学组', false], ['未分组', false],
  ])('%s is a skill group: %s', (name, skill) => {
    expect(isSkillGroup(name, rules.skillGroupWords)).toBe(skill);
  });

  it('reports the minimums it checked against', () => {
    expect(checkGroup('体育组', 0, 0, rules)).toEqual({ requiredEvents: 2, requiredLessons: 2, eligibleForExcellentGroup: false });
  });
});

describe('teacher remarks (说明)', () => {
  it('lists the disqualification, then shortfalls', () => {
    expect(
      teacherRemarks({ disqualificationReasons: ['无故缺勤 3/12 次，超过 20%'], observedLessons: 7, openClassDeduction: 1 }, rules),
    ).toEqual([
      '无故缺勤 3/12 次，超过 20%，考勤不计分，等次为不合格',
      '听课 7 节，少于 10 节',
      '须开校级公开课但本学期未开，扣 1 分',
    ]);
  });

  it('has nothing to say about a teacher who meets every check', () => {
    expect(teacherRemarks({ disqualificationReasons: [], observedLessons: 10, openClassDeduction: 0 }, rules)).toEqual([]);
  });
});
