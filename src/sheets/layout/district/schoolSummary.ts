/**
 * What the district sheets show of a scored school that is not a row per teacher: its counts, mean,
 * 上报学时 and credit statuses (学校汇总, 图表, 计算记录, the totals of 上报学时), and the 等次 of its
 * teachers in order, a byte a teacher (the fills of 全区教师). A district keeps each school's result as
 * bytes (app/keptResult.ts) and keeps its summary beside them, so these sheets are laid out without
 * decoding a single teacher. Writing a district of 300 schools decoded every school 17 times, now 5:
 * once to find 工号 in two schools, twice each for the rows of 全区教师 and of 上报学时, which the
 * writer makes twice (docs/performance.md, "District memory: summaries beside the bytes, and the young
 * generation").
 */
import type { CreditStatus } from '../../../engine/model.js';
import { TIERS } from '../../../engine/model.js';
import type { DistrictResult, DistrictSchool } from './districtView.js';

export interface SchoolSummary {
  teachers: number;
  groups: number;
  /** Teachers per 等次, in TIERS' order. */
  tiers: number[];
  /** Teachers per 梯队, in the order the school's teachers first name them. */
  echelons: [name: string, teachers: number][];
  /** Mean of the totals, 2 decimals (0 for no teachers). */
  meanTotal: number;
  /** The totals added up in the teachers' order. */
  totalSum: number;
  /** The 上报学时 added up in the teachers' order. */
  reportHours: number;
  /** Of the teachers that have a credit status (a school with a cycle): how many are in each, of how many. */
  credits: Record<CreditStatus, number> & { of: number };
  /** The teachers' 等次 in their order, as indexes into TIERS (a byte a teacher). */
  tierOrder: Uint8Array;
}

/**
 * @example summarize(result).tiers // [19, 25, 18, 0]
 */
export function summarize(result: DistrictResult): SchoolSummary {
  const tiers = TIERS.map(() => 0);
  const echelons = new Map<string, number>();
  const credits = { done: 0, onPace: 0, behind: 0, of: 0 };
  const tierOrder = new Uint8Array(result.teachers.length);
  let totalSum = 0;
  let reportHours = 0;
  result.teachers.forEach((t, i) => {
    const tier = TIERS.indexOf(t.tier);
    tiers[tier] = (tiers[tier] ?? 0) + 1;
    tierOrder[i] = tier;
    if (typeof t.echelon === 'string' && t.echelon !== '') echelons.set(t.echelon, (echelons.get(t.echelon) ?? 0) + 1);
    if (t.credits !== undefined) {
      credits[t.credits.status] += 1;
      credits.of += 1;
    }
    totalSum += t.total;
    reportHours += t.reportHours;
  });
  const n = result.teachers.length;
  return {
    teachers: n,
    groups: result.groups.length,
    tiers,
    echelons: [...echelons],
    meanTotal: n === 0 ? 0 : Math.round((totalSum / n) * 100) / 100,
    totalSum,
    reportHours,
    credits,
    tierOrder,
  };
}

/**
 * A scored school's summary: the one kept beside its result (`school.summary`), else made from the
 * result; null for a school not scored. Told by `outcome`, so a kept result is not decoded to know.
 * @example summaryOf(school)?.teachers // 62
 */
export function summaryOf(school: DistrictSchool & { result: DistrictResult }): SchoolSummary;
export function summaryOf(school: DistrictSchool): SchoolSummary | null;
export function summaryOf(school: DistrictSchool): SchoolSummary | null {
  if (school.outcome !== 'scored') return null;
  if (school.summary !== undefined) return school.summary;
  const { result } = school;
  return result === null ? null : summarize(result);
}

/** Teachers of a 梯队 in a summary (0 when the school has none). */
export function echelonCount(summary: SchoolSummary, echelon: string): number {
  return summary.echelons.find(([name]) => name === echelon)?.[1] ?? 0;
}
