/**
 * H_max of SPEC §4: the largest hour figure among all teachers in the scope (学时计算范围: 全校 or
 * 教研组). When it is 0 the item is 0 for all of that scope, with one info issue.
 */
import type { HoursScope } from './rules.js';
import type { Roster } from './roster.js';
import { makeIssue, type Issue } from './issues.js';

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
