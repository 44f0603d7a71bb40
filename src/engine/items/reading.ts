/**
 * 读书活动 (SPEC §4 `reading`, seed 003 §五.3): `max − 3 × 读书未交 − 读书扣分`, floor 0
 * ("扣完为止"). No 考核登记 row: the judged parts score 0 (SPEC §3.5).
 */
import type { JudgedRecord } from '../model.js';
import type { Rules } from '../rules.js';
import { NO_JUDGED_REASON, explainReading, explainZero } from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';

/**
 * Score the reading item.
 * @example readingItem(judgedWith({ readingMissed: 1 }), rules).points // 7
 */
export function readingItem(
  judged: JudgedRecord | undefined,
  rules: Pick<Rules, 'readingMissPenalty' | 'itemMax'>,
): ItemScore {
  if (judged === undefined) return { points: 0, explain: explainZero('reading', NO_JUDGED_REASON) };
  const max = rules.itemMax.reading;
  const raw = max - rules.readingMissPenalty * judged.readingMissed - judged.readingDeduction;
  const points = finishItem(raw, max);
  return {
    points,
    explain: explainReading(points, raw, max, rules.readingMissPenalty, judged.readingMissed, judged.readingDeduction),
  };
}
