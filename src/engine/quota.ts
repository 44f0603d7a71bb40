/**
 * Tier quotas of SPEC §5.2: from cumulative ratios, `优秀 = R(n × p优)`, `优秀 + 良好 = R(n × (p优 + p良))`,
 * the rest 合格 (名额计算 = 累计); or each tier on its own, `良好 = R(n × p良)` (名额计算 = 分别, how many
 * offices count by hand) — computed exactly (10 × 30% is 3, so 向上取整 gives 3, not 4).
 */
import type { QuotaMethod, QuotaRounding } from './rules.js';
import { exactFraction, type Fraction } from './decimal.js';

export interface Quota {
  优秀: number;
  良好: number;
  合格: number;
}

/**
 * Round a non-negative fraction to an integer by 名额取整: 四舍五入 (half up), 向下取整, 向上取整.
 * @example roundFraction({ num: 5n, den: 2n }, 'round') // 3
 */
export function roundFraction(f: Fraction, rounding: QuotaRounding): number {
  const num = f.num < 0n ? 0n : f.num;
  const den = f.den;
  if (rounding === 'floor') return Number(num / den);
  if (rounding === 'ceil') return Number((num + den - 1n) / den);
  return Number((2n * num + den) / (2n * den));
}

/**
 * Quotas for a group of n teachers (all of them, disqualified included).
 * @example quotaFor(10, 0.3, 0.4, 'ceil') // { 优秀: 3, 良好: 4, 合格: 3 }
 * @example quotaFor(9, 0.3, 0.4, 'round', 'separate') // { 优秀: 3, 良好: 4, 合格: 2 }
 */
export function quotaFor(
  n: number, ratioExcellent: number, ratioGood: number, rounding: QuotaRounding, method: QuotaMethod = 'cumulative',
): Quota {
  const size = BigInt(Math.max(0, Math.floor(n)));
  const excellent = exactFraction(ratioExcellent);
  const good = exactFraction(ratioGood);
  const total = Number(size);
  const q1 = Math.min(roundFraction({ num: size * excellent.num, den: excellent.den }, rounding), total);
  let q12: number;
  if (method === 'separate') {
    q12 = Math.min(q1 + roundFraction({ num: size * good.num, den: good.den }, rounding), total);
  } else {
    const upToGood: Fraction = { num: excellent.num * good.den + good.num * excellent.den, den: excellent.den * good.den };
    q12 = Math.min(Math.max(roundFraction({ num: size * upToGood.num, den: upToGood.den }, rounding), q1), total);
  }
  return { 优秀: q1, 良好: q12 - q1, 合格: total - q12 };
}
