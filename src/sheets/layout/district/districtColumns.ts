/**
 * The columns the district sheets add only when some school has them (SPEC §10, issue 21 item 4):
 * one per 梯队 (seed 004's 五级梯队, in the order the district first meets them) and the five-year
 * credit cycle's status when some school keeps one.
 */
import type { CreditStatus } from '../../../engine/model.js';
import { scoredSchools, type DistrictTeacher, type DistrictView } from './districtView.js';

/** 状态 as SPEC §6 words it. */
export const CREDIT_STATUS_LABEL: Readonly<Record<CreditStatus, string>> = { done: '已完成', onPace: '按进度', behind: '落后' };

/**
 * Every 梯队 of the district's scored teachers, in order of first appearance; empty when no roster has one.
 * @example echelonsOf(view) // ['骨干教师', '青年教师']
 */
export function echelonsOf(view: DistrictView): string[] {
  const names = new Set<string>();
  for (const s of scoredSchools(view)) for (const t of s.result.teachers) if (isEchelon(t.echelon)) names.add(t.echelon);
  return [...names];
}

function isEchelon(echelon: string | null | undefined): echelon is string {
  return typeof echelon === 'string' && echelon !== '';
}

/** True when some scored teacher has a credit cycle's status (a school set 学分周期起始学年). */
export function hasCredits(view: DistrictView): boolean {
  return scoredSchools(view).some((s) => s.result.teachers.some((t) => t.credits !== undefined));
}

/** Teachers per 梯队 (in `echelons`' order) of one school's teachers. */
export function echelonCounts(teachers: readonly DistrictTeacher[], echelons: readonly string[]): number[] {
  return echelons.map((e) => teachers.filter((t) => t.echelon === e).length);
}

/**
 * Of the teachers that have a credit status: how many are 已完成, 按进度, 落后, and of how many.
 * @example creditTally(teachers) // { done: 3, onPace: 10, behind: 2, of: 15 }
 */
export function creditTally(teachers: readonly DistrictTeacher[]): Record<CreditStatus, number> & { of: number } {
  const tally = { done: 0, onPace: 0, behind: 0, of: 0 };
  for (const t of teachers) {
    if (t.credits === undefined) continue;
    tally[t.credits.status] += 1;
    tally.of += 1;
  }
  return tally;
}
