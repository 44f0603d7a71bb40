/**
 * 外出学习 (SPEC §4 `external`, seed 003 §五.1): `max × h / H_max + 二次培训 − 违纪扣分`, clamped.
 * When H_max = 0 the hours part is 0 for everyone, and 二次培训 and 违纪扣分 still apply (SPEC §4 as
 * clarified by issue 10 item 7: a school without external hours still rewards 二次培训).
 */
import type { HoursScope } from '../rules.js';
import { explainExternal, explainExternalNoHours, explainZero, noHoursReason } from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';

export interface ExternalInput {
  hours: number;
  hoursMax: number;
  retrainingBonus: number;
  disciplineDeduction: number;
  max: number;
  scope: HoursScope;
  /** Rows whose 学时 could not be used: as written, and the hours counted instead (named in the explanation). */
  hoursFallbacks?: readonly { text: string; hours: number }[];
}

/**
 * Score the external-training item.
 * @example externalItem({ hours: 10, hoursMax: 12, retrainingBonus: 2.5, disciplineDeduction: 0, max: 30, scope: 'school' }).points // 27.5
 */
export function externalItem(input: ExternalInput): ItemScore {
  if (!(input.hoursMax > 0)) {
    const raw = input.retrainingBonus - input.disciplineDeduction;
    const points = finishItem(raw, input.max);
    if (input.retrainingBonus === 0 && input.disciplineDeduction === 0) {
      return { points, explain: explainZero('external', noHoursReason(input.scope, '外出学习')) };
    }
    return { points, explain: explainExternalNoHours(points, raw, input.max, input.scope, input.retrainingBonus, input.disciplineDeduction) };
  }
  const raw = (input.max * input.hours) / input.hoursMax + input.retrainingBonus - input.disciplineDeduction;
  const points = finishItem(raw, input.max);
  return {
    points,
    explain: explainExternal(
      points, raw, input.max, input.hours, input.hoursMax, input.scope, input.retrainingBonus, input.disciplineDeduction,
      input.hoursFallbacks,
    ),
  };
}
