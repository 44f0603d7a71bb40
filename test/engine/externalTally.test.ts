import { describe, it, expect } from 'vitest';
import { tallyExternal } from '../../src/engine/externalTally.js';
import { buildRoster } from '../../src/engine/roster.js';
import { OutOfPeriodCounter } from '../../src/engine/period.js';
import { DatasetBuilder, rulesWith } from './build.js';
import type { Rules } from '../../src/engine/rules.js';

function tally(b: DatasetBuilder, rules: Rules = rulesWith()) {
  const counter = new OutOfPeriodCounter();
  return { hours: [...tallyExternal(b.build(), buildRoster(b.build().teachers), rules, counter)], issues: counter.issues(rules) };
}

describe('external hours (SPEC §3.2, rows grouped by 日期 + 活动)', () => {
  it('adds attended rows; a blank 学时 takes the training’s most common, else the default', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    const c = b.teacher('乙', '语文组');
    const d = b.teacher('丙', '语文组');
    b.external(a, '2023-10-12', '市级培训', 6).external(c, '2023-10-12', '市级培训', null);
    b.external(d, '2023-11-02', '线上研修', null);
    expect(tally(b).hours).toEqual([6, 6, 2]);
  });

  it('counts nothing for excused or absent rows, and one training once per teacher', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.external(a, '2023-10-12', '市级培训', 6).external(a, '2023-10-12', '市级培训', 6);
    b.external(a, '2023-10-13', '省级培训', 6, 'excused').external(a, '2023-10-14', '县级培训', 6, 'absent');
    expect(tally(b).hours).toEqual([6]);
  });

  it('counts undated rows and drops rows outside the period', () => {
    const b = new DatasetBuilder();
    const a = b.teacher('甲', '语文组');
    b.external(a, null, '线上研修', 3).external(a, '2023-07-01', '暑期培训', 6);
    const t = tally(b, rulesWith({ periodFrom: '2023-09-01', periodTo: null }));
    expect(t.hours).toEqual([3]);
    expect(t.issues[0]).toMatchObject({ code: 'out-of-period', sheet: '外出学习', params: { count: 1 } });
    expect(t.issues[0]?.message).toContain('2023-09-01 至 …');
  });
});
