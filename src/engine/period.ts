/**
 * 考核期 (SPEC §2, §5): rows dated outside [periodFrom, periodTo] are not counted; undated rows are.
 */
import type { IsoDate } from './model.js';
import type { Rules } from './rules.js';
import { makeIssue, type Issue } from './issues.js';

/**
 * Whether a record dated `date` counts in the period. ISO dates compare as strings.
 * @example inPeriod('2023-08-31', '2023-09-01', null) // false
 */
export function inPeriod(date: IsoDate | null, from: IsoDate | null, to: IsoDate | null): boolean {
  if (date === null) return true;
  if (from !== null && date < from) return false;
  if (to !== null && date > to) return false;
  return true;
}

/**
 * The period as SPEC §8 reports it: null when neither end is set.
 * @example resultPeriod({ periodFrom: '2023-09-01', periodTo: null }) // { from: '2023-09-01', to: null }
 */
export function resultPeriod(rules: Pick<Rules, 'periodFrom' | 'periodTo'>): { from: IsoDate | null; to: IsoDate | null } | null {
  if (rules.periodFrom === null && rules.periodTo === null) return null;
  return { from: rules.periodFrom, to: rules.periodTo };
}

/** How many records each source sheet lost to the period filter, in order of first loss. */
export class OutOfPeriodCounter {
  private readonly counts = new Map<string, number>();

  add(sheet: string): void {
    this.counts.set(sheet, (this.counts.get(sheet) ?? 0) + 1);
  }

  /** One `out-of-period` info issue per sheet, with the count. */
  issues(rules: Pick<Rules, 'periodFrom' | 'periodTo'>): Issue[] {
    const period = `${rules.periodFrom ?? '…'} 至 ${rules.periodTo ?? '…'}`;
    const out: Issue[] = [];
    for (const [sheet, count] of this.counts) out.push(makeIssue('out-of-period', { sheet }, { count, period }));
    return out;
  }
}
