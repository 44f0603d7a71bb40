import { describe, it, expect } from 'vitest';
import { score } from '../../src/engine/score.js';
import { DatasetBuilder, rulesWith } from './build.js';

/**
 * 5 sessions of 2 学时 for everybody, then group-only sessions (参加对象) of 2 学时 each; everybody
 * attends every session that expects them.
 */
function school(groupSessions: Record<string, number>) {
  const b = new DatasetBuilder();
  const chinese = b.teacher('甲', '语文组', { id: 'T1' });
  const math = b.teacher('乙', '数学组', { id: 'T2' });
  const art = b.teacher('丙', '音体美组', { id: 'T3' });
  const all = b.sessions(5);
  for (const t of [chinese, math, art]) b.attendAll(t, all);
  const members: Record<string, string> = { 语文组: chinese, 数学组: math, 音体美组: art };
  let day = 20;
  for (const [group, count] of Object.entries(groupSessions)) {
    for (let i = 0; i < count; i++) {
      const s = b.session(`2023-10-${day++}`, `${group}教研${i + 1}`, { hours: 2, expected: { kind: 'groups', groups: [group] } });
      b.attend(members[group]!, s);
    }
  }
  return b.build();
}

describe('hours-max-unreachable (issue 20: 参加对象 sessions lift the school-wide H_max out of a group’s reach)', () => {
  it('warns once per group that cannot reach H_max, with the hours, the points and the rule', () => {
    // 语文组 10 + 2 = 12 = H_max; 数学组 and 音体美组 10 → 30 × 10/12 = 25.
    const run = score(school({ 语文组: 1 }), rulesWith());
    expect(run.result.teachers.find((t) => t.name === '乙')!.items.attendance).toBe(25);
    const warnings = run.result.issues.filter((i) => i.code === 'hours-max-unreachable');
    expect(warnings.map((i) => [i.severity, i.params?.['group'], i.params?.['reach'], i.params?.['points']])).toEqual([
      ['warning', '数学组', '10', '25'], ['warning', '音体美组', '10', '25'],
    ]);
    expect(warnings[0]!.message).toBe('数学组的教师按参加对象最多只需参加 10 学时的校本研训，而考勤按全校最高 12 学时折算：该组全勤也只得 25/30 分。');
  });

  it.each([
    ['every group has as many group-only hours', { 语文组: 1, 数学组: 1, 音体美组: 1 }, 'school'],
    ['学时计算范围 = 教研组', { 语文组: 1 }, 'group'],
    ['no group-only sessions', {}, 'school'],
  ] as const)('is silent when %s', (_, sessions, hoursScope) => {
    const run = score(school(sessions), rulesWith({ hoursScope }));
    expect(run.result.issues.filter((i) => i.code === 'hours-max-unreachable')).toEqual([]);
  });

  it('names the points a group can reach with unequal group hours: 数学组 10 + 2×1 = 12 of 语文组 16 → 22.5', () => {
    const run = score(school({ 语文组: 3, 数学组: 1, 音体美组: 3 }), rulesWith());
    const warnings = run.result.issues.filter((i) => i.code === 'hours-max-unreachable');
    expect(warnings.map((i) => [i.params?.['group'], i.params?.['reach'], i.params?.['hoursMax'], i.params?.['points']]))
      .toEqual([['数学组', '12', '16', '22.5']]);
  });
});
