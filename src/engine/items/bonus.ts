/**
 * 教学类加分 (SPEC §4 `bonus`, seed 003 §五.4): best 比赛 award + best 评选 award + 集体加分, clamped.
 */
import type { Rules } from '../rules.js';
import { explainBonus, type AwardLine } from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';

/**
 * Score the teaching-bonus item from the best award of each category (see awards.ts).
 * @example bonusItem({ level: 'city', step: 1, points: 3.5 }, { level: 'district', step: 0, points: 1 }, 0, rules).points // 4.5
 */
export function bonusItem(
  competition: AwardLine | null,
  appraisal: AwardLine | null,
  collectiveBonus: number,
  rules: Pick<Rules, 'itemMax'>,
): ItemScore {
  const raw = (competition?.points ?? 0) + (appraisal?.points ?? 0) + collectiveBonus;
  const max = rules.itemMax.bonus;
  const points = finishItem(raw, max);
  return { points, explain: explainBonus(points, raw, max, competition, appraisal, collectiveBonus) };
}
