/**
 * Award points (SPEC §4, seed 003 §五.4): 比赛 first prize 省 5 / 市 4 / 县区 3 minus 0.5 per step,
 * 评选 first prize 省 3 / 市 2 / 县区 1 minus 0.25 per step; a negative value counts 0; 校级 awards
 * score their own table value (0 by default, info while it is 0 — issue 14: a school that sets
 * `评选一等奖分:校级` sees it applied). Only the single best award of each category counts ("只计最高分").
 */
import type { Award, Dataset } from './model.js';
import type { Rules } from './rules.js';
import type { Roster } from './roster.js';
import type { AwardLine } from './explain.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';
import { makeIssue, type Issue } from './issues.js';

type AwardRules = Pick<Rules, 'competitionPoints' | 'competitionStep' | 'appraisalPoints' | 'appraisalStep'>;

/**
 * Points of one award before the "best of each category" choice.
 * @example awardPoints({ category: 'competition', level: 'city', step: 1 }, rules) // 3.5
 */
export function awardPoints(award: Pick<Award, 'category' | 'level' | 'step'>, rules: AwardRules): number {
  const competition = award.category === 'competition';
  const first = (competition ? rules.competitionPoints : rules.appraisalPoints)[award.level];
  const value = first - award.step * (competition ? rules.competitionStep : rules.appraisalStep);
  return value > 0 ? value : 0;
}

export interface AwardTally {
  /** Per roster position, the best award of each category, or null. */
  competition: Array<AwardLine | null>;
  appraisal: Array<AwardLine | null>;
  /** One `school-level-award` info per 校级 award in the period that scores 0. */
  issues: Issue[];
}

/**
 * The best award of each category per teacher; on equal points the first registered wins.
 * @example tallyAwards(dataset, roster, rules, counter).competition[0] // { level: 'city', step: 1, points: 3.5 }
 */
export function tallyAwards(dataset: Dataset, roster: Roster, rules: Rules, outOfPeriod: OutOfPeriodCounter): AwardTally {
  const n = roster.teachers.length;
  const competition = new Array<AwardLine | null>(n).fill(null);
  const appraisal = new Array<AwardLine | null>(n).fill(null);
  const issues: Issue[] = [];
  for (const award of dataset.awards) {
    if (!inPeriod(award.date, rules.periodFrom, rules.periodTo)) {
      outOfPeriod.add(award.source.sheet);
      continue;
    }
    const t = roster.indexByKey.get(award.teacherKey);
    if (t === undefined) continue;
    const line: AwardLine = { level: award.level, step: award.step, points: awardPoints(award, rules) };
    if (award.level === 'school' && line.points === 0) {
      issues.push(makeIssue('school-level-award', { sheet: award.source.sheet, row: award.source.row }, { value: award.title }));
    }
    const best = award.category === 'competition' ? competition : appraisal;
    const current = best[t];
    if (current === undefined || current === null || line.points > current.points) best[t] = line;
  }
  return { competition, appraisal, issues };
}
