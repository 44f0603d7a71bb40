import { describe, it, expect } from 'vitest';
import { tallyObservations } from '../../src/engine/observationTally.js';
import { buildRoster } from '../../src/engine/roster.js';
import { OutOfPeriodCounter } from '../../src/engine/period.js';
import { DatasetBuilder, rulesWith } from './build.js';

function tally(b: DatasetBuilder, rules = rulesWith()) {
  return tallyObservations(b.build(), buildRoster(b.build().teachers), rules, new OutOfPeriodCounter());
}

describe('observations (SPEC §3.3)', () => {
  it('counts lessons observed per 听课人', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const c = b.teacher('乙', '语文组');
    b.observe(a, c).observe(a, c, { date: '2023-10-11' }).observe(c, a).observe(null, a);
    expect([...tally(b).observed]).toEqual([2, 1]);
  });

  it('counts an open class once per (日期, 授课人, 课题), at its highest level', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const c = b.teacher('乙', '语文组');
    b.openClass(a, 'school', '2023-10-10', '背影', c);
    b.openClass(a, 'city', '2023-10-10', '背影', null); //  same lesson, recorded at 市级 by another observer
    b.openClass(a, 'school', '2023-11-10', '春', c);
    b.observe(c, a, { topic: '常态课', lessonType: '常态课' });
    const t = tally(b);
    expect(t.openClasses[0]).toBe(2);
    expect([...t.levelCounts.slice(0, 5)]).toEqual([1, 0, 1, 0, 0]); // 校级 1, 市级 1
    expect([t.groupLessons[0], t.groupEvents[0]]).toEqual([2, 2]);
  });

  it('counts group events as distinct dates; undated open classes are lessons only', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const c = b.teacher('乙', '语文组');
    b.openClass(a, 'school', '2023-10-10', '背影').openClass(c, 'school', '2023-10-10', '春');
    b.observe(null, c, { date: null, topic: '雨', lessonType: '研讨课' });
    const t = tally(b);
    expect([t.groupLessons[0], t.groupEvents[0]]).toEqual([3, 1]);
  });
});
