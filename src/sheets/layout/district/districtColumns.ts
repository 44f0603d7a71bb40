/**
 * The columns the district sheets add only when some school has them (SPEC §10, issue 21 item 4):
 * one per 梯队 (seed 004's 五级梯队, in the order the district first meets them) and the five-year
 * credit cycle's status when some school keeps one.
 */
import type { CreditStatus } from '../../../engine/model.js';
import { scoredSchools, type DistrictView } from './districtView.js';
import { summaryOf } from './schoolSummary.js';

/** 状态 as SPEC §6 words it. */
export const CREDIT_STATUS_LABEL: Readonly<Record<CreditStatus, string>> = { done: '已完成', onPace: '按进度', behind: '落后' };

/**
 * Every 梯队 of the district's scored teachers, in order of first appearance; empty when no roster has one.
 * @example echelonsOf(view) // ['骨干教师', '青年教师']
 */
export function echelonsOf(view: DistrictView): string[] {
  const names = new Set<string>();
  for (const s of scoredSchools(view)) for (const [name] of summaryOf(s).echelons) names.add(name);
  return [...names];
}

/** True when some scored teacher has a credit cycle's status (a school set 学分周期起始学年). */
export function hasCredits(view: DistrictView): boolean {
  return scoredSchools(view).some((s) => summaryOf(s).credits.of > 0);
}
