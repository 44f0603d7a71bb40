/**
 * SPEC §6: checks that are reported, not scored — lessons observed per teacher, open-class events
 * and lessons per 教研组 (seed 000–002: short of the minimum is "不具备优秀教研组评选资格").
 */
import type { Level } from './model.js';
import { isOpenClassType, type Rules } from './rules.js';
import {
  disqualificationRemark, echelonLessonRemark, missingOpenClassRemark, observedLessonsRemark, reviewedLessonsRemark,
} from './explain.js';
import { hasOwn } from './plainData.js';

/** The 梯队 word of a per-梯队 rule that applies to every teacher (`须开课课型:全体`). */
export const ALL_ECHELONS = '全体';

export interface GroupCheck {
  requiredEvents: number;
  requiredLessons: number;
  eligibleForExcellentGroup: boolean;
}

/**
 * Whether a group is a skill group: its name holds one of the rule 技能类教研组's words (体育, 艺术,
 * 音体美 …; issue 14: renaming 体育艺术组 to 音体美组 must not change its eligibility).
 * @example isSkillGroup('音体美组', DEFAULT_RULES.skillGroupWords) // true
 */
export function isSkillGroup(name: string, words: readonly string[]): boolean {
  const text = name.normalize('NFKC');
  return words.some((word) => word !== '' && text.includes(word.normalize('NFKC')));
}

/**
 * Check a group's open-class events and lessons against its minimums.
 * @example checkGroup('语文组', 3, 5, rules).eligibleForExcellentGroup // true
 */
export function checkGroup(
  name: string,
  events: number,
  lessons: number,
  rules: Pick<Rules, 'groupMinEvents' | 'groupMinLessons' | 'skillGroupMinEvents' | 'skillGroupMinLessons' | 'skillGroupWords'>,
): GroupCheck {
  const skill = isSkillGroup(name, rules.skillGroupWords);
  const requiredEvents = skill ? rules.skillGroupMinEvents : rules.groupMinEvents;
  const requiredLessons = skill ? rules.skillGroupMinLessons : rules.groupMinLessons;
  return { requiredEvents, requiredLessons, eligibleForExcellentGroup: events >= requiredEvents && lessons >= requiredLessons };
}

export interface RemarkInput {
  /** Why attendance was zeroed by a disqualifying rule (empty when it was not). */
  disqualificationReasons: readonly string[];
  observedLessons: number;
  /** Observed lessons with 评课 = 是. @default 0 */
  reviewedLessons?: number;
  /** The 须开课 deduction applied (0 when none), and the 级别 that was owed. */
  openClassDeduction: number;
  missingOpenClassLevel?: Level | null;
  /** The teacher's 梯队 and the 课型 of the lessons they taught (for `须开课课型:<梯队>`). */
  echelon?: string | null;
  taughtTypes?: ReadonlySet<string>;
  /** SPEC §6 deliverables: `缺：说课稿 1 篇`, or null. */
  deliverableShortfall?: string | null;
}

type RemarkRules = Pick<Rules, 'minObservedLessons'> &
  Partial<Pick<Rules, 'minReviews' | 'minObservedLessonsByEchelon' | 'openClassTypesByEchelon' | 'disqualifyMode'>>;

/**
 * The 说明 lines of one teacher: disqualification first, then shortfalls (听课, 评课, the 梯队's
 * required 课型, 须开课).
 * @example teacherRemarks({ disqualificationReasons: [], observedLessons: 7, openClassDeduction: 0 }, rules) // ['听课 7 节，少于 10 节']
 */
export function teacherRemarks(input: RemarkInput, rules: RemarkRules): string[] {
  const remarks: string[] = [];
  const echelon = input.echelon ?? null;
  if (input.disqualificationReasons.length > 0) {
    remarks.push(disqualificationRemark(input.disqualificationReasons, rules.disqualifyMode === 'itemOnly'));
  }
  const byEchelon = rules.minObservedLessonsByEchelon ?? {};
  const minObserved = echelon !== null && hasOwn(byEchelon, echelon) ? (byEchelon[echelon] ?? 0) : rules.minObservedLessons;
  if (input.observedLessons < minObserved) remarks.push(observedLessonsRemark(input.observedLessons, minObserved));
  const minReviews = rules.minReviews ?? 0;
  const reviewed = input.reviewedLessons ?? 0;
  if (minReviews > 0 && reviewed < minReviews) remarks.push(reviewedLessonsRemark(reviewed, minReviews));
  // `须开课课型:全体` applies to every teacher whose 梯队 has no entry of its own.
  const typesByEchelon = rules.openClassTypesByEchelon ?? {};
  const own = echelon !== null && hasOwn(typesByEchelon, echelon);
  const required = (own ? typesByEchelon[echelon] : hasOwn(typesByEchelon, ALL_ECHELONS) ? typesByEchelon[ALL_ECHELONS] : []) ?? [];
  if (required.length > 0 && ![...(input.taughtTypes ?? [])].some((t) => isOpenClassType(t, required))) {
    remarks.push(echelonLessonRemark(own && echelon !== null ? echelon : '教师', required));
  }
  if (input.openClassDeduction > 0) {
    remarks.push(missingOpenClassRemark(input.openClassDeduction, input.missingOpenClassLevel ?? 'school'));
  }
  if ((input.deliverableShortfall ?? null) !== null) remarks.push(input.deliverableShortfall ?? '');
  return remarks;
}
