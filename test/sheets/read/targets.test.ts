import { describe, expect, it } from 'vitest';
import { readTargets, SessionTargets } from '../../../src/sheets/read/targets.js';

const GROUPS = new Set(['语文组', '数学组', '英语组']);

describe('readTargets (SPEC §3.2 参加对象)', () => {
  it.each([
    ['、 and a missing 组', '语文组、数学', { kind: 'groups', groups: ['语文组', '数学组'], unknown: [] }],
    ['every separator at once', '语文组,数学组/英语组 语文;数学\t英语\n语文组', { kind: 'groups', groups: ['语文组', '数学组', '英语组'], unknown: [] }],
    ['an unknown group', '语文组、体育组', { kind: 'groups', groups: ['语文组'], unknown: ['体育组'] }],
    ['全体 anywhere', '语文组、全体教师', { kind: 'all' }],
    ['separators only', '、 /', { kind: 'all' }],
  ])('%s', (_label, text, expected) => {
    expect(readTargets(text, GROUPS)).toEqual(expected);
  });
});

describe('SessionTargets', () => {
  it('merges the rows of a session into the union of their groups', () => {
    const targets = new SessionTargets(GROUPS);
    targets.add('s1', '语文组');
    targets.add('s1', '数学组');
    targets.add('s1', '语文组');
    targets.add('s2', '英语组');
    expect(targets.expected.get('s1')).toEqual({ kind: 'groups', groups: ['语文组', '数学组'] });
    expect(targets.expected.get('s2')).toEqual({ kind: 'groups', groups: ['英语组'] });
  });

  it('lets an explicit 全体 win over groups, in any order', () => {
    const targets = new SessionTargets(GROUPS);
    targets.add('s1', '全体');
    targets.add('s1', '语文组');
    expect(targets.expected.get('s1')).toEqual({ kind: 'all' });
  });

  it('skips a row repeating what its session merged last (null), so unknown groups are reported once', () => {
    const targets = new SessionTargets(GROUPS);
    expect(targets.add('s1', '体育组')).toEqual({ kind: 'groups', groups: [], unknown: ['体育组'] });
    expect(targets.add('s1', '体育组')).toBeNull();
    expect(targets.add('s2', '体育组')).toEqual({ kind: 'groups', groups: [], unknown: ['体育组'] });
  });
});
