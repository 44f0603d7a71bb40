/**
 * The blocks of cells that hold values (constants, formulas) in used ranges too big to read as a
 * rectangle (readSheet.ts, SPARSE_CELLS), found within Excel's payload limit.
 *
 * `getSpecialCellsOrNullObject` (ExcelApi 1.9) answers a list of areas whose length is not known
 * beforehand: a sheet dense with blanks gives one area per run of cells (the bench's million-row
 * sign-in sheet came back as 84 MB of areas, over Excel's 5 MB response limit). So one sync counts
 * the areas of every range and kind (`areaCount`, a few bytes each); then the areas are loaded for
 * as many ranges as fit the budget at AREA_BYTES an area; a range with more areas than one sync can
 * carry is cut into two row bands and counted again; and a sync Excel still refuses as too large is
 * split and retried the same way.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 */
import { isPayloadTooLarge } from './payload.js';

/** Response bytes planned for one area (its four numbers and the JSON around them). */
export const AREA_BYTES = 100;

const KINDS = ['Constants', 'Formulas'] as const;

export interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** The area itself, to read its values from. */
  range: Excel.Range;
}

interface Query {
  /** Index of the range asked about. */
  index: number;
  range: Excel.Range;
  kind: (typeof KINDS)[number];
  /** The row band of `range` (0-based, within it). */
  top: number;
  rows: number;
  columns: number;
  special: Excel.RangeAreas | null;
}

/**
 * The areas of `ranges` (used ranges, rowCount and columnCount loaded) that hold values, per range.
 * @example const [areas] = await findAreas(context, [used], PAYLOAD_BUDGET);
 */
export async function findAreas(context: Excel.RequestContext, ranges: readonly Excel.Range[], budget: number): Promise<Area[][]> {
  const out: Area[][] = ranges.map(() => []);
  let counting: Query[] = ranges.flatMap((range, index) =>
    KINDS.map((kind) => ({ index, range, kind, top: 0, rows: range.rowCount, columns: range.columnCount, special: null })),
  );
  while (counting.length > 0) {
    for (const q of counting) {
      const band = q.top === 0 && q.rows === q.range.rowCount ? q.range : q.range.getCell(q.top, 0).getResizedRange(q.rows - 1, q.columns - 1);
      q.special = band.getSpecialCellsOrNullObject(q.kind);
      q.special.load('areaCount');
    }
    // One sync per round of counting: bands are only cut when a range has too many areas.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const ready: Query[] = [];
    const next: Query[] = [];
    for (const q of counting) {
      if (!q.special || q.special.isNullObject) continue;
      if (q.special.areaCount * AREA_BYTES > budget && q.rows > 1) next.push(...halves(q));
      else ready.push(q);
    }
    next.push(...(await loadAreas(context, ready, budget, out)));
    counting = next;
  }
  return out;
}

/** Load the areas of `queries`, as many to a sync as the budget allows; returns bands to count again. */
async function loadAreas(context: Excel.RequestContext, queries: readonly Query[], budget: number, out: Area[][]): Promise<Query[]> {
  const again: Query[] = [];
  let batch: Query[] = [];
  let bytes = 0;
  for (const q of queries) {
    const b = areaCount(q) * AREA_BYTES;
    if (batch.length > 0 && bytes + b > budget) {
      again.push(...(await loadBatch(context, batch, out)));
      batch = [];
      bytes = 0;
    }
    batch.push(q);
    bytes += b;
  }
  if (batch.length > 0) again.push(...(await loadBatch(context, batch, out)));
  return again;
}

/** One sync of area lists; refused as too large, it is split in two and retried (one band: cut it). */
async function loadBatch(context: Excel.RequestContext, batch: readonly Query[], out: Area[][]): Promise<Query[]> {
  for (const q of batch) q.special?.areas.load('items/rowIndex, items/columnIndex, items/rowCount, items/columnCount');
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    if (batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      return [...(await loadBatch(context, batch.slice(0, half), out)), ...(await loadBatch(context, batch.slice(half), out))];
    }
    const [q] = batch;
    if (!q || q.rows <= 1) throw error;
    return halves(q);
  }
  for (const q of batch) {
    for (const a of q.special?.areas.items ?? []) {
      out[q.index]?.push({ rowIndex: a.rowIndex, columnIndex: a.columnIndex, rowCount: a.rowCount, columnCount: a.columnCount, range: a });
    }
  }
  return [];
}

function areaCount(q: Query): number {
  return q.special && !q.special.isNullObject ? q.special.areaCount : 0;
}

/** The band cut into its top and bottom halves, to be counted again. */
function halves(q: Query): Query[] {
  const upper = Math.floor(q.rows / 2);
  return [
    { ...q, rows: upper, special: null },
    { ...q, top: q.top + upper, rows: q.rows - upper, special: null },
  ];
}
