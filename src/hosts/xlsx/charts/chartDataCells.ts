/**
 * The values of the sheet a chart reads from, used only to fill the caches that Excel and
 * LibreOffice display before they recalculate (ECMA-376 Part 1 §21.2.2.188 strCache, §21.2.2.120 numCache).
 */
import type { OutputCell } from '../../../sheets/output.js';
import type { CellAddress } from './rangeFormula.js';

/** Row-major values from A1, the same shape as `OutputSheet.cells` (rows may be ragged). */
export type ChartDataCells = readonly (readonly OutputCell[])[];

/** The value at an address, null when the row or column is past the data. */
export function cellAt(cells: ChartDataCells, at: CellAddress): OutputCell {
  return cells[at.row]?.[at.column] ?? null;
}
