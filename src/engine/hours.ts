/**
 * 学时 of a row (SPEC §3.2): its own 学时, else the session's stated 学时 (matrix 学时 row), else the
 * most common 学时 among the session's rows, else the rule 默认每次学时.
 */

/**
 * A row's own hours when usable: finite and not negative; anything else counts as blank.
 * @example usableHours(1.5) // 1.5, usableHours(-2) // null
 */
export function usableHours(hours: number | null): number | null {
  return hours !== null && Number.isFinite(hours) && hours >= 0 ? hours : null;
}

/**
 * Counts the stated hours of one session's rows and names the most common (a tie takes the larger,
 * so nobody loses hours to a coin toss).
 */
export class HoursTally {
  private readonly counts = new Map<number, number>();

  add(hours: number): void {
    this.counts.set(hours, (this.counts.get(hours) ?? 0) + 1);
  }

  /**
   * The most common value, or null when nothing was added.
   * @example tally of 2, 2, 3, 3 → 3
   */
  mostCommon(): number | null {
    let best: number | null = null;
    let bestCount = 0;
    for (const [hours, count] of this.counts) {
      if (count > bestCount || (count === bestCount && best !== null && hours > best)) {
        best = hours;
        bestCount = count;
      }
    }
    return best;
  }
}
