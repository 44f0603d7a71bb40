/**
 * 活动参与 (SPEC §4 `activity`, seed 003 §五.2(2)②): open classes taught at 校级 1 / 县区级 2 /
 * 市级及以上 3 points each, + 活动得分; a teacher whose 须开课 names a 级别 (是 → 校级) and who taught
 * no open class at that 级别 or higher loses the points of 须开课扣分 open classes of that 级别
 * (seed 000: "按一节同级别的公开课予以扣分"); clamped.
 */
import type { Level } from '../model.js';
import type { Rules } from '../rules.js';
import { LEVEL_ORDER } from '../levels.js';
import { explainActivity, type OpenClassLine } from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';

export interface ActivityInput {
  /** Open classes taught, per level. */
  openClasses: ReadonlyArray<{ level: Level; count: number }>;
  /** 活动得分 from 考核登记 (0 without a row). */
  activityPoints: number;
  /** 须开课: the 级别 of the open class owed, or null. */
  mustTeachLevel: Level | null;
}

export interface ActivityScore extends ItemScore {
  /** The 须开课 deduction applied (0 when none). */
  deduction: number;
  /** The 级别 of the open class that was owed and missing, when the deduction applied. */
  missingLevel: Level | null;
}

/**
 * Score the activity item.
 * @example activityItem({ openClasses: [{ level: 'city', count: 1 }], activityPoints: 9, mustTeachLevel: null }, rules).points // 12
 */
export function activityItem(
  input: ActivityInput,
  rules: Pick<Rules, 'openClassPoints' | 'missingOpenClassDeduction' | 'itemMax'>,
): ActivityScore {
  const lines: OpenClassLine[] = [];
  let highest = -1;
  let raw = input.activityPoints;
  for (const { level, count } of input.openClasses) {
    if (count <= 0) continue;
    const points = count * rules.openClassPoints[level];
    lines.push({ level, count, points });
    highest = Math.max(highest, LEVEL_ORDER.indexOf(level));
    raw += points;
  }
  const owed = input.mustTeachLevel;
  const missingLevel = owed !== null && highest < LEVEL_ORDER.indexOf(owed) ? owed : null;
  const deduction = missingLevel === null ? 0 : rules.missingOpenClassDeduction * rules.openClassPoints[missingLevel];
  raw -= deduction;
  const max = rules.itemMax.activity;
  const points = finishItem(raw, max);
  return {
    points,
    explain: explainActivity(points, raw, max, lines, input.activityPoints, deduction, missingLevel),
    deduction,
    missingLevel,
  };
}
