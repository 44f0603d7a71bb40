import { describe, expect, it } from 'vitest';
import { FIRST_GUESS_BYTES_PER_CELL, MEASURED_STRETCH, ReadPlanner, SAMPLE_SAFETY, type Chunk, type SheetExtent } from '../../../src/hosts/excel/readPlan.js';

const MB = 1024 * 1024;
const BUDGET = 4 * MB;
const LIMIT = 5 * MB;

/**
 * Run a plan to the end, a cell of sheet i row r costing `density(i, r)` bytes, refusing syncs over
 * Excel's 5 MB as Excel does; checks every row is read exactly once.
 */
function simulate(extents: SheetExtent[], density: (sheet: number, row: number) => number, budget = BUDGET) {
  const planner = new ReadPlanner(extents, budget);
  const seen = extents.map((e) => new Uint8Array(e.rows));
  let syncs = 0;
  let refused = 0;
  let largest = 0;
  while (!planner.done) {
    const batch: Chunk[] = planner.nextBatch();
    const bytes = batch.map((chunk) => {
      let sum = 0;
      for (let r = chunk.start; r < chunk.start + chunk.rows; r++) sum += extents[chunk.sheet]!.columns * density(chunk.sheet, r);
      return sum;
    });
    syncs++;
    if (syncs > 1000) throw new Error('runaway plan');
    const total = bytes.reduce((a, b) => a + b, 0);
    if (total > LIMIT) {
      refused++;
      expect(planner.refused(batch)).toBe(true);
      continue;
    }
    largest = Math.max(largest, total);
    batch.forEach((chunk, i) => {
      for (let r = chunk.start; r < chunk.start + chunk.rows; r++) {
        if (seen[chunk.sheet]![r] === 1) throw new Error(`row ${r} of sheet ${chunk.sheet} read twice`);
        seen[chunk.sheet]![r] = 1;
      }
      planner.measured(chunk, bytes[i]!);
    });
    planner.synced();
  }
  return { syncs, refused, largest, rows: seen.map((s) => s.reduce((n, x) => n + x, 0)) };
}

/** A sheet of `rows` × `columns` whose corner sample (200 rows) costs `sampleDensity` a cell. */
const sheet = (rows: number, columns: number, sampleDensity?: number): SheetExtent => ({
  rows,
  columns,
  formatRows: 0,
  ...(sampleDensity === undefined ? {} : { sample: { bytes: Math.min(rows, 200) * columns * sampleDensity, cells: Math.min(rows, 200) * columns } }),
});

describe('ReadPlanner (ARCHITECTURE.md: syncs = constant + payload / ~4 MB)', () => {
  it('packs seven ordinary sheets into one sync', () => {
    const seven = [sheet(70, 8, 14), sheet(3000, 8, 20), sheet(40, 7, 10), sheet(200, 9, 10), sheet(100, 7, 11), sheet(70, 10, 5), sheet(20, 2, 13)];
    expect(simulate(seven, () => 16)).toMatchObject({ syncs: 1, refused: 0, rows: seven.map((s) => s.rows) });
  });

  it.each([
    // rows, columns, bytes a cell: payloads from 1 to 60 MB
    [40_000, 3, 9],
    [300_000, 3, 10],
    [500_000, 3, 7],
    [1_000_000, 2, 12],
    [1_000_000, 8, 8],
    [500_000, 8, 15],
    [100_000, 8, 30],
  ])('reads %i rows × %i columns at %i bytes a cell in ceil(payload / budget) (+1 when small) syncs', (rows, columns, bytesPerCell) => {
    const payload = rows * columns * bytesPerCell;
    const { syncs, refused, largest } = simulate([sheet(rows, columns, bytesPerCell)], () => bytesPerCell);
    // The first sync is planned at twice the corner sample; later ones make up for it, fully once
    // there are six or more.
    const ideal = Math.ceil(payload / BUDGET);
    expect(syncs).toBeLessThanOrEqual(ideal >= 6 ? ideal : ideal + 1);
    expect(refused).toBe(0);
    expect(largest).toBeLessThanOrEqual(BUDGET * MEASURED_STRETCH);
  });

  it('reads a sheet whose rows swing from 10 to 48 bytes a cell (the bench’s 签到表) near its mean, never refused', () => {
    // Bytes a cell of the bench's 签到表 at 20,000 teachers, per block of 20,000 rows.
    const profile = [16.8, 47.5, 15.9, 19.6, 45.1, 15.9, 22.3, 41.8, 14.5, 11.8, 26.4, 39.0, 15.9, 29.2, 35.4, 15.9, 32.4, 32.8, 34.1, 30.7];
    const rows = profile.length * 20_000;
    const payload = profile.reduce((sum, d) => sum + d * 20_000 * 8, 0);
    const { syncs, refused, largest } = simulate([sheet(rows, 8, profile[0])], (_, r) => profile[Math.floor(r / 20_000)]!);
    expect(refused).toBe(0);
    expect(largest).toBeLessThan(4.5 * MB);
    expect(syncs).toBeLessThanOrEqual(Math.ceil(payload / BUDGET) + 2);
  });

  it('spreads several big sheets over about the syncs one sheet of their size would take', () => {
    const sheets = [sheet(400_000, 8, 10), sheet(30_000, 6, 10), sheet(60_000, 9, 10), sheet(2_000, 8, 10)];
    const payload = sheets.reduce((sum, s) => sum + s.rows * s.columns * 10, 0);
    const { syncs, refused } = simulate(sheets, () => 10);
    expect(syncs).toBeLessThanOrEqual(Math.ceil(payload / BUDGET) + 1);
    expect(refused).toBe(0);
  });

  it('plans an unseen sheet without a sample at the guess, never over the budget', () => {
    const planner = new ReadPlanner([sheet(1_000_000, 4)], BUDGET);
    const rows = planner.nextBatch().reduce((n, c) => n + c.rows, 0);
    expect(rows * 4 * FIRST_GUESS_BYTES_PER_CELL).toBeLessThanOrEqual(BUDGET);
    expect(rows * 4 * FIRST_GUESS_BYTES_PER_CELL).toBeGreaterThan(BUDGET * 0.99);
  });

  it('plans a sampled sheet at twice its sample, striped over the whole sheet', () => {
    const planner = new ReadPlanner([sheet(1_000_000, 4, 10)], BUDGET);
    const batch = planner.nextBatch();
    expect(batch.length).toBeGreaterThan(8);
    expect(batch[batch.length - 1]!.start).toBeGreaterThan(900_000);
    const rows = batch.reduce((n, c) => n + c.rows, 0);
    expect(rows * 4 * 10 * SAMPLE_SAFETY).toBeLessThanOrEqual(BUDGET * 1.001);
  });

  it('shrinks a refused sync (a guess to a quarter, a measured density to half) and gives up only on a single row', () => {
    const planner = new ReadPlanner([sheet(100_000, 4)], BUDGET);
    const rowsOf = (batch: Chunk[]): number => batch.reduce((n, c) => n + c.rows, 0);
    const first = planner.nextBatch();
    expect(planner.refused(first)).toBe(true);
    const second = planner.nextBatch();
    expect(rowsOf(second) / rowsOf(first)).toBeCloseTo(0.25, 2);
    for (const chunk of second) planner.measured(chunk, chunk.rows * 4 * 40);
    planner.synced();
    const third = planner.nextBatch();
    expect(planner.refused(third)).toBe(true);
    const fourth = rowsOf(planner.nextBatch()) / rowsOf(third);
    expect(fourth).toBeGreaterThan(0.4);
    expect(fourth).toBeLessThan(0.65);
    const wide = new ReadPlanner([sheet(10, 1_000_000)], BUDGET);
    const one = wide.nextBatch();
    expect(one).toEqual([{ sheet: 0, start: 0, rows: 1, withFormats: false }]);
    expect(wide.refused(one)).toBe(false);
  });

  it('loads the header rows’ number formats with the chunk at row 0', () => {
    const planner = new ReadPlanner([{ rows: 5, columns: 3, formatRows: 5 }], BUDGET);
    expect(planner.nextBatch()).toEqual([{ sheet: 0, start: 0, rows: 5, withFormats: true }]);
  });
});
