/**
 * 考勤 (SPEC §4 `attendance`, seed 003 §五.2(1)): `max × h / H_max`, zeroed — and the teacher
 * disqualified — when unexcused absences / expected sessions exceed 缺勤上限 or 未完成任务 = 是.
 */
import type { Disqualification } from '../model.js';
import type { HoursScope } from '../rules.js';
import { exactFraction } from '../decimal.js';
import {
  TASK_REASON, absenceReason, explainAttendance, explainZero, leftOutNote, noHoursReason, type LeftOut,
} from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';
import { creditedHours } from '../attendanceTally.js';

export interface AttendanceInput {
  /** Attended 校本研训 hours as signed. */
  hours: number;
  /**
   * SPEC §4 "Staff changes": the hours of the sessions that expect the teacher (E) and of those that would
   * without dates and not-expected words (F), when 中途入职学时 = 按比例 scales h to h × F / E; absent or
   * equal: no scaling.
   */
  prorate?: { expectedHours: number; fullHours: number };
  /** Sessions left out (入职前, 离职后, marked not expected), named in the explanation. */
  leftOut?: LeftOut;
  /** H_max of the teacher's scope. */
  hoursMax: number;
  expected: number;
  unexcused: number;
  taskIncomplete: boolean;
  /** Why the task counts as not done, when not the 考核登记's 未完成任务 (e.g. deliverables owed). @default [TASK_REASON] */
  taskReasons?: readonly string[];
  max: number;
  absenceLimit: number;
  scope: HoursScope;
}

export interface AttendanceScore extends ItemScore {
  /** Set when the item was zeroed by a disqualifying rule ('absence' wins when both hold). */
  disqualified: Disqualification | null;
  /** Why it was zeroed by a disqualifying rule, in Chinese (empty otherwise). */
  reasons: string[];
}

/**
 * Whether unexcused / expected is strictly above the limit, compared exactly as rationals
 * (3/15 at 20% is not above; the limit is read from its shortest decimal form).
 * @example exceedsAbsenceLimit(3, 15, 0.2) // false, exceedsAbsenceLimit(4, 15, 0.2) // true
 */
export function exceedsAbsenceLimit(unexcused: number, expected: number, limit: number): boolean {
  if (expected <= 0 || unexcused <= 0) return false;
  const { num, den } = exactFraction(limit);
  return BigInt(unexcused) * den > num * BigInt(expected);
}

/**
 * Score the attendance item.
 * @example attendanceItem({ hours: 28, hoursMax: 32, expected: 16, unexcused: 0, … }).points // 26.25
 */
export function attendanceItem(input: AttendanceInput): AttendanceScore {
  const absence = exceedsAbsenceLimit(input.unexcused, input.expected, input.absenceLimit);
  if (absence || input.taskIncomplete) {
    const reasons: string[] = [];
    if (absence) reasons.push(absenceReason(input.unexcused, input.expected, input.absenceLimit));
    if (input.taskIncomplete) reasons.push(...(input.taskReasons ?? [TASK_REASON]));
    const disqualified = absence ? 'absence' : 'task';
    const note = leftOutNote(input.leftOut);
    return { points: 0, explain: explainZero('attendance', reasons.join('；') + (note === '' ? '' : `（${note}）`)), disqualified, reasons };
  }
  if (!(input.hoursMax > 0)) {
    return { points: 0, explain: explainZero('attendance', noHoursReason(input.scope, '校本研训')), disqualified: null, reasons: [] };
  }
  const p = input.prorate;
  const hours = p === undefined ? input.hours : creditedHours(input.hours, p.expectedHours, p.fullHours, 'prorate');
  const prorate = p !== undefined && hours !== input.hours ? p : undefined;
  const points = finishItem((input.max * hours) / input.hoursMax, input.max);
  return {
    points,
    explain: explainAttendance(points, input.max, input.hours, input.hoursMax, input.scope, prorate, input.leftOut),
    disqualified: null,
    reasons: [],
  };
}
