/**
 * Which cells of each row the sheet's formats cover, and the cellXfs index each gets: the merged look
 * of every format covering a cell (later formats win, property by property), one row at a time.
 *
 * A sweep over the rows keeps only the formats covering the current row, so a sheet's looks never
 * exist for all its cells at once (a per-cell grid of the 30,000-row 全区教师 was ~90 MB, issue 13).
 * A row is cut into column runs covered by the same formats; consecutive rows under the same formats
 * share their runs, and runs under formats of the same looks share one `xfFor` call, so a 120,000-row
 * sheet asks for a style a few dozen times, not once per cell (issue 23: `xfFor` per cell was 4% of
 * a district's CPU).
 */
import type { CellLook, RangeFormat } from '../../../sheets/output.js';

/** Columns `left`…`right` of a row are covered by formats whose merged look is cellXfs index `xf`. */
export interface StyledRun {
  left: number;
  right: number;
  xf: number;
}

interface Format {
  index: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Formats with the same defined properties share a look id. */
  lookId: number;
  look: CellLook;
}

const NO_RUNS: readonly StyledRun[] = [];

export class RowStyles {
  /** The last row any format covers (-1 for none). */
  readonly lastRow: number;
  /** The last column any format covers on a row ≥ 0 (-1 for none). */
  readonly lastColumn: number;
  private readonly byTop: Format[];
  private nextToAdd = 0;
  /** Formats covering the current row, in their given order. */
  private active: Format[] = [];
  private runs: readonly StyledRun[] = NO_RUNS;
  /** The look ids covering a run (in format order) → its cellXfs index. */
  private readonly xfByLooks = new Map<string, number>();

  constructor(
    formats: readonly RangeFormat[],
    private readonly xfFor: (look: CellLook) => number,
  ) {
    const lookIds = new Map<string, number>();
    this.byTop = formats
      .map(({ range, ...props }, index) => {
        const look = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as CellLook;
        const key = JSON.stringify(look);
        let lookId = lookIds.get(key);
        if (lookId === undefined) lookIds.set(key, (lookId = lookIds.size));
        return { index, ...range, lookId, look };
      })
      .filter((f) => f.top <= f.bottom && f.left <= f.right)
      .sort((a, b) => a.top - b.top || a.index - b.index);
    let lastRow = -1;
    let lastColumn = -1;
    for (const f of this.byTop) {
      if (f.bottom > lastRow) lastRow = f.bottom;
      if (f.bottom >= 0 && f.right > lastColumn) lastColumn = f.right;
    }
    this.lastRow = lastRow;
    this.lastColumn = lastColumn;
  }

  /**
   * The styled runs of row `r`, left to right and not overlapping (empty when no format covers it);
   * rows must be asked in increasing order. A covered cell is written even when it holds no value.
   */
  next(r: number): readonly StyledRun[] {
    let changed = false;
    while (this.nextToAdd < this.byTop.length && this.byTop[this.nextToAdd]!.top <= r) {
      this.active.push(this.byTop[this.nextToAdd++]!);
      changed = true;
    }
    if (changed) this.active.sort((a, b) => a.index - b.index);
    if (this.active.some((f) => f.bottom < r)) {
      this.active = this.active.filter((f) => f.bottom >= r);
      changed = true;
    }
    if (changed) this.runs = this.active.length === 0 ? NO_RUNS : this.cut();
    return this.runs;
  }

  /** The active formats' columns cut into runs, each covered by one set of formats. */
  private cut(): StyledRun[] {
    const edges = new Set<number>();
    for (const f of this.active) {
      edges.add(f.left);
      edges.add(f.right + 1);
    }
    const sorted = [...edges].sort((a, b) => a - b);
    const runs: StyledRun[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const left = sorted[i]!;
      const right = sorted[i + 1]! - 1;
      // Rows and columns before the first are never written (as before: cells are 0-based).
      if (right < 0) continue;
      let key = '';
      for (const f of this.active) if (f.left <= left && left <= f.right) key += `${f.lookId},`;
      if (key === '') continue;
      runs.push({ left: Math.max(0, left), right, xf: this.xfOf(key, left) });
    }
    return runs;
  }

  private xfOf(key: string, column: number): number {
    const known = this.xfByLooks.get(key);
    if (known !== undefined) return known;
    let look: CellLook = {};
    for (const f of this.active) if (f.left <= column && column <= f.right) look = { ...look, ...f.look };
    const xf = this.xfFor(look);
    this.xfByLooks.set(key, xf);
    return xf;
  }
}
