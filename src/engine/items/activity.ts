/**
 * 活动参与 (SPEC §4 `activity`, seed 003 §五.2(2)②): open classes taught at 校级 1 / 县区级 2 /
 * 市级及以上 3 points each, + 活动得分, − 须开课扣分 when 须开课 = 是 and no open class; clamped.
 */
import type { Level } from '../model.js';
import type { Rules } from '../rules.js';
import { explainActivity, type OpenClassLine } from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';

export interface ActivityInput {
  /** Open classes taught, per level. */
  openClasses: ReadonlyArray<{ level: Level; count: number }>;
  /** 活动得分 from 考核登记 (0 without a row). */
  activityPoints: number;
  mustTeachOpenClass: boolean;
}

export interface ActivityScore extends ItemScore {
  /** The 须开课 deduction applied (0 when none). */
  deduction: number;
}

/**
 * Score the activity item.
 * @example activityItem({ openClasses: [{ level: 'city', count: 1 }], activityPoints: 9, mustTeachOpenClass: false }, rules).points // 12
 */
export function activityItem(
  input: ActivityInput,
  rules: Pick<Rules, 'openClassPoints' | 'missingOpenClassDeduction' | 'itemMax'>,
): ActivityScore {
  const lines: OpenClassLine[] = [];
  let classes = 0;
  let raw = input.activityPoints;
  for (const { level, count } of input.openClasses) {
    if (count <= 0) continue;
    const points = count * rules.openClassPoints[level];
    lines.push({ level, count, points });
    classes += count;
    raw += points;
  }
  const deduction = input.mustTeachOpenClass && classes === 0 ? rules.missingOpenClassDeduction : 0;
  raw -= deduction;
  const max = rules.itemMax.activity;
  const points = finishItem(raw, max);
  return { points, explain: explainActivity(points, raw, max, lines, input.activityPoints, deduction), deduction };
}
