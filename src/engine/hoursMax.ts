/**
 * H_max of SPEC §4: the largest hour figure among all teachers in the scope (学时计算范围: 全校 or
 * 教研组). When it is 0 the item is 0 for all of that scope, with one info issue.
 */
import type { HoursScope } from './rules.js';
import type { Roster } from './roster.js';
import { makeIssue, type Issue } from './issues.js';
import { formatNumber } from './explain.js';
import { finishItem } from './items/itemScore.js';

export interface HoursMax {
  /** H_max that applies to each roster position. */
  perTeacher: Float64Array;
  issues: Issue[];
}

/**
 * H_max per teacher under the scope rule; `item` names the hours in the issue (校本研训 / 外出学习).
 * @example hoursMax([28, 32], roster, 'school', '校本研训').perTeacher // [32, 32]
 */
export function hoursMax(hours: Float64Array, roster: Roster, scope: HoursScope, item: string): HoursMax {
  const perTeacher = new Float64Array(hours.length);
  const issues: Issue[] = [];
  if (scope === 'school') {
    let max = 0;
    for (const h of hours) if (h > max) max = h;
    perTeacher.fill(max);
    if (max === 0 && hours.length > 0) issues.push(makeIssue('hours-max-zero', {}, { scope: '全校', item }));
    return { perTeacher, issues };
  }
  roster.members.forEach((members, g) => {
    let max = 0;
    for (const t of members) max = Math.max(max, hours[t] ?? 0);
    for (const t of members) perTeacher[t] = max;
    if (max === 0) issues.push(makeIssue('hours-max-zero', {}, { scope: roster.groupNames[g] ?? '', item }));
  });
  return { perTeacher, issues };
}

/**
 * Issue 20: with 学时计算范围 = 全校, a group whose teachers are expected at fewer session hours than the
 * school's H_max (sessions with 参加对象 for other groups only, one matrix per group) cannot reach full
 * marks even with perfect attendance. One warning per such group names the hours it could reach, the
 * points that gives, and the rule that changes it.
 * @param fullHours per teacher, the hours of the sessions that expect them (dates aside: F).
 * @example unreachableGroups([12, 10], roster, 'school', [12, 12], 30) // [warning: 数学组 … 10 学时 … 25 分]
 */
export function unreachableGroups(
  fullHours: Float64Array, roster: Roster, scope: HoursScope, perTeacher: Float64Array, itemMax: number,
): Issue[] {
  if (scope !== 'school') return [];
  const issues: Issue[] = [];
  roster.members.forEach((members, g) => {
    let reach = 0;
    let top = 0;
    for (const t of members) {
      reach = Math.max(reach, fullHours[t] ?? 0);
      top = Math.max(top, perTeacher[t] ?? 0);
    }
    // A relative margin: sums of session hours carry float noise, a real shortfall is a session's hours.
    if (members.length === 0 || !(top > 0) || reach >= top * (1 - 1e-9)) return;
    issues.push(makeIssue('hours-max-unreachable', {}, {
      group: roster.groupNames[g] ?? '',
      reach: formatNumber(reach),
      hoursMax: formatNumber(top),
      points: formatNumber(finishItem((itemMax * reach) / top, itemMax)),
      max: formatNumber(itemMax),
    }));
  });
  return issues;
}
