/**
 * Plans the value reads of several sheets into as few syncs as Excel's payload limit allows
 * (ARCHITECTURE.md: "queue all reads, one sync; chunk only where a payload would pass ~4 MB").
 *
 * Each sync carries row chunks of one or more sheets, sized from the bytes a cell costs: the mean
 * measured so far, else a sample read with the sheets' sizes, else a guess. A big sheet's bytes per
 * row vary along it (the bench's 签到表 swings from 10 to 48 bytes a cell every few thousand rows),
 * so it is cut into stripes and every sync takes the next rows of each stripe: what one sync carries
 * then follows the sheet's mean, which is known after the first one, instead of the rows it happens
 * to reach. A read of P bytes thus costs about ceil(P / budget) syncs, whatever the number of sheets
 * and teachers, with no response near Excel's 5 MB limit. Pure (no Office.js).
 */
import { PAYLOAD_BUDGET } from './payload.js';

/** Bytes a value cell costs before one was measured: short Chinese text, dates as serials, blanks. */
export const FIRST_GUESS_BYTES_PER_CELL = 24;
/** Bytes of one loaded number format (`"General",`), for the header rows that load them. */
export const FORMAT_BYTES_PER_CELL = 10;
/** A corner sample need not be typical of the sheet: a sheet's first sync plans this much over it. */
export const SAMPLE_SAFETY = 2;
/**
 * Once every sheet is measured, a sync may be planned up to this much over the budget when that
 * saves a sync (4.4 MB for the 4 MB budget), making up for a first sync that was planned
 * cautiously; what a striped sync carries stays within ~5% of its plan, well under 5 MB.
 */
export const MEASURED_STRETCH = 1.1;
/**
 * Bytes of one range load's answer besides its values (the property name, the object around it):
 * nothing for a big chunk, but the whole cost of the one-cell areas of a sparse sheet.
 */
export const LOAD_BYTES = 40;
/** Most stripes a sheet is cut into (one range load each per sync: a small request). */
export const MAX_STRIPES = 32;
/** A little over the even share, so row rounding never leaves a last row for an extra sync. */
const SHARE_SLACK = 1.02;

export interface SheetExtent {
  rows: number;
  columns: number;
  /** Leading rows whose number formats are loaded with the first chunk. */
  formatRows: number;
  /** Bytes and cells of a sample read beforehand, to plan the first sync on a measured density. */
  sample?: { bytes: number; cells: number };
  /** Every chunk loads its rows' number formats too (a 1904 workbook's dates are known by format). */
  allFormats?: boolean;
}

export interface Chunk {
  /** Index into the extents the planner was made with. */
  sheet: number;
  /** First row (0-based, within the used range) and number of rows. */
  start: number;
  rows: number;
  /** Whether the sheet's header number formats are loaded with this chunk (the one at row 0). */
  withFormats: boolean;
}

interface Stripe {
  next: number;
  end: number;
}

interface SheetState extends SheetExtent {
  stripes: Stripe[];
  /** Bytes and cells of the chunks read so far. */
  bytes: number;
  cells: number;
  /** Raised after a payload error the sheet took part in, until its next chunks are measured. */
  inflate: number;
}

export class ReadPlanner {
  private readonly sheets: SheetState[];
  private readBytes = 0;
  private syncs = 0;

  constructor(
    extents: readonly SheetExtent[],
    private readonly budget: number = PAYLOAD_BUDGET,
  ) {
    this.sheets = extents.map((e) => {
      const s: SheetState = { ...e, stripes: [{ next: 0, end: e.rows }], bytes: 0, cells: 0, inflate: 1 };
      s.stripes = stripes(e.rows, Math.ceil(this.estimate(s) / budget));
      return s;
    });
  }

  get done(): boolean {
    return this.sheets.every((s) => rowsLeft(s) === 0);
  }

  /** The chunks of the next sync (empty when done). */
  nextBatch(): Chunk[] {
    const open = this.sheets.map((s, i) => [s, i] as const).filter(([s]) => rowsLeft(s) > 0);
    if (open.length === 0) return [];
    const remaining = open.reduce((sum, [s]) => sum + this.estimate(s), 0);
    const target = this.target(open.every(([s]) => s.cells > 0), remaining);

    const batch: Chunk[] = [];
    let used = 0;
    for (const [s, sheet] of open) {
      const fixed = this.formatBytes(s);
      const perRow = s.columns * this.density(s);
      let rows = Math.floor((target - used - fixed - LOAD_BYTES * s.stripes.length) / perRow);
      // A row wider than the whole budget still has to be read: alone, when the sync is empty.
      if (rows < 1 && batch.length === 0) rows = 1;
      if (rows < 1) continue;
      const taken = takeRows(s, rows);
      for (const { start, rows: n } of taken) batch.push({ sheet, start, rows: n, withFormats: start === 0 && s.formatRows > 0 });
      used += fixed + taken.length * LOAD_BYTES + taken.reduce((sum, t) => sum + t.rows, 0) * perRow;
      if (used >= target) break;
    }
    return batch;
  }

  /** Record what a synced chunk's values (and, with `allFormats`, formats) measured (bytes as `matrixBytes` counts them). */
  measured(chunk: Chunk, valueBytes: number): void {
    const s = this.sheet(chunk);
    s.bytes += valueBytes;
    s.cells += chunk.rows * s.columns;
    s.inflate = 1;
    const stripe = s.stripes.find((t) => t.next === chunk.start);
    if (stripe) stripe.next += chunk.rows;
    this.readBytes += valueBytes;
  }

  /** Count a sync that went through (after its chunks were measured). */
  synced(): void {
    this.syncs++;
  }

  /**
   * A sync was refused as too large: its sheets are denser than planned, so plan them at four
   * times a guess or twice a measured density. False when nothing can shrink (one row): give up.
   */
  refused(batch: readonly Chunk[]): boolean {
    if (batch.length === 1 && batch[0]?.rows === 1) return false;
    for (const i of new Set(batch.map((c) => c.sheet))) {
      const s = this.sheets[i];
      if (s) s.inflate *= s.cells === 0 && !s.sample ? 4 : 2;
    }
    return true;
  }

  /**
   * Bytes to plan into the next sync. Before every sheet has been measured: the budget (a guess or
   * a corner sample may be off, so no more). Then an even share of what is left over the syncs the
   * whole read should take, ceil(all bytes / budget) — up to MEASURED_STRETCH over the budget.
   */
  private target(measured: boolean, remaining: number): number {
    if (!measured) return this.budget;
    const cap = this.budget * MEASURED_STRETCH;
    const planned = Math.ceil((this.readBytes + remaining) / this.budget) - this.syncs;
    const syncsLeft = Math.max(1, Math.ceil(remaining / cap), planned);
    return Math.min(cap, (remaining / syncsLeft) * SHARE_SLACK);
  }

  private sheet(chunk: Chunk): SheetState {
    const s = this.sheets[chunk.sheet];
    if (!s) throw new RangeError(`no sheet ${chunk.sheet} in this plan`);
    return s;
  }

  /** Bytes a cell to plan on: the measured mean, else the corner sample with a margin, else the guess. */
  private density(s: SheetState): number {
    let perCell = FIRST_GUESS_BYTES_PER_CELL;
    // What was measured includes the formats a chunk loaded; a sample or a guess is values only.
    if (s.cells > 0) perCell = s.bytes / s.cells;
    else if (s.sample && s.sample.cells > 0) perCell = (s.sample.bytes / s.sample.cells) * SAMPLE_SAFETY;
    if (s.cells === 0 && s.allFormats) perCell += FORMAT_BYTES_PER_CELL;
    return Math.max(1, perCell) * s.inflate;
  }

  private formatBytes(s: SheetState): number {
    return s.stripes[0]?.next === 0 ? s.formatRows * s.columns * FORMAT_BYTES_PER_CELL : 0;
  }

  private estimate(s: SheetState): number {
    return this.formatBytes(s) + rowsLeft(s) * s.columns * this.density(s);
  }
}

/** Cut `rows` into up to `count` (≤ MAX_STRIPES) stripes of about equal size. */
function stripes(rows: number, count: number): Stripe[] {
  const n = Math.max(1, Math.min(MAX_STRIPES, count, rows));
  return Array.from({ length: n }, (_, k) => ({ next: Math.floor((k * rows) / n), end: Math.floor(((k + 1) * rows) / n) }));
}

function rowsLeft(s: SheetState): number {
  return s.stripes.reduce((sum, t) => sum + t.end - t.next, 0);
}

/** Up to `rows` rows spread evenly over the stripes with rows left (none are consumed yet). */
function takeRows(s: SheetState, rows: number): { start: number; rows: number }[] {
  const open = s.stripes.filter((t) => t.next < t.end);
  const out: { start: number; rows: number }[] = [];
  let left = rows;
  open.forEach((t, k) => {
    const share = Math.ceil(left / (open.length - k));
    const n = Math.min(share, t.end - t.next);
    if (n > 0) out.push({ start: t.next, rows: n });
    left -= n;
  });
  return out;
}
