/**
 * SPEC §6: checks that are reported, not scored — lessons observed per teacher, open-class events
 * and lessons per 教研组 (seed 000–002: short of the minimum is "不具备优秀教研组评选资格").
 */
import type { Rules } from './rules.js';
import { disqualificationRemark, missingOpenClassRemark, observedLessonsRemark } from './explain.js';

/** Groups whose name holds one of these need the smaller skill-group minimums (SPEC §6). */
export const SKILL_GROUP_WORDS: readonly string[] = ['体育', '艺术', '音乐', '美术', '信息', '综合', '心理'];

export interface GroupCheck {
  requiredEvents: number;
  requiredLessons: number;
  eligibleForExcellentGroup: boolean;
}

/**
 * Whether a group is a skill group (体育, 艺术, 音乐, 美术, 信息, 综合, 心理 in its name).
 * @example isSkillGroup('体育组') // true
 */
export function isSkillGroup(name: string): boolean {
  return SKILL_GROUP_WORDS.some((word) => name.includes(word));
}

/**
 * Check a group's open-class events and lessons against its minimums.
 * @example checkGroup('语文组', 3, 5, rules).eligibleForExcellentGroup // true
 */
export function checkGroup(
  name: string,
  events: number,
  lessons: number,
  rules: Pick<Rules, 'groupMinEvents' | 'groupMinLessons' | 'skillGroupMinEvents' | 'skillGroupMinLessons'>,
): GroupCheck {
  const skill = isSkillGroup(name);
  const requiredEvents = skill ? rules.skillGroupMinEvents : rules.groupMinEvents;
  const requiredLessons = skill ? rules.skillGroupMinLessons : rules.groupMinLessons;
  return { requiredEvents, requiredLessons, eligibleForExcellentGroup: events >= requiredEvents && lessons >= requiredLessons };
}

export interface RemarkInput {
  /** Why attendance was zeroed by a disqualifying rule (empty when it was not). */
  disqualificationReasons: readonly string[];
  observedLessons: number;
  /** The 须开课 deduction applied (0 when none). */
  openClassDeduction: number;
}

/**
 * The 说明 lines of one teacher: disqualification first, then shortfalls.
 * @example teacherRemarks({ disqualificationReasons: [], observedLessons: 7, openClassDeduction: 0 }, rules) // ['听课 7 节，少于 10 节']
 */
export function teacherRemarks(input: RemarkInput, rules: Pick<Rules, 'minObservedLessons'>): string[] {
  const remarks: string[] = [];
  if (input.disqualificationReasons.length > 0) remarks.push(disqualificationRemark(input.disqualificationReasons));
  if (input.observedLessons < rules.minObservedLessons) {
    remarks.push(observedLessonsRemark(input.observedLessons, rules.minObservedLessons));
  }
  if (input.openClassDeduction > 0) remarks.push(missingOpenClassRemark(input.openClassDeduction));
  return remarks;
}
