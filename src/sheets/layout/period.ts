/**
 * How the assessment period and the run time read in the output sheets.
 */
import type { Result } from '../../engine/model.js';

/** `2023-09-01 至 2024-01-31`, an open end as `…`, or null when no period is set. */
export function periodText(period: Result['period']): string | null {
  if (period === null || (period.from === null && period.to === null)) return null;
  return `${period.from ?? '…'} 至 ${period.to ?? '…'}`;
}

/**
 * Local time as `yyyy-mm-dd HH:mm` (what a school office reads on a printout).
 * @example formatDateTime(new Date(2024, 0, 20, 9, 5)) // '2024-01-20 09:05'
 */
export function formatDateTime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
