/**
 * The 状态 of one cell, with the SPEC §3.2 defaults: blank → `blankMeans`; unknown words →
 * `unknown-status` and absent.
 */
import type { AttendanceStatus } from '../../engine/model.js';
import type { SheetCells } from './sheetCells.js';
import { cellText } from '../normalize/text.js';
import { readStatus } from '../words/status.js';

export function statusAt(
  cells: SheetCells,
  index: number,
  columnIndex: number,
  column: string | undefined,
  blankMeans: AttendanceStatus,
): AttendanceStatus {
  const value = cells.rawAt(index, columnIndex, column);
  const status = readStatus(value);
  if (status === 'blank') return blankMeans;
  if (status !== 'unknown') return status;
  cells.issue('unknown-status', index, column, { value: cellText(value) });
  return 'absent';
}
