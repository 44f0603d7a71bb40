/**
 * What every scored item returns (ARCHITECTURE: "one function per scored item, each returning points
 * and the sentence that explains them"), and the one way an item is finished (SPEC §4: full
 * precision, clamped to [0, max], then rounded to 2 decimals half up).
 */
import { roundHalfUp } from '../decimal.js';

export interface ItemScore {
  /** Clamped and rounded to 2 decimals. */
  points: number;
  explain: string;
}

/**
 * Clamp a full-precision value to [0, max] and round it half up to 2 decimals.
 * @example finishItem(26.245, 30) // 26.25, finishItem(-3, 10) // 0
 */
export function finishItem(raw: number, max: number): number {
  if (Number.isNaN(raw)) return 0;
  return roundHalfUp(Math.min(Math.max(raw, 0), Math.max(max, 0)), 2);
}
