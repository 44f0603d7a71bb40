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

/**
 * SPEC §3.2 not-expected words (免签, 未入职, 调出 …): one info per sheet naming who was marked and how
 * often, instead of one line per cell (a long leave marks a teacher at every session).
 */
export class NotExpectedNotes {
  private readonly counts = new Map<string, number>();
  private firstIndex = -1;

  add(index: number, teacherName: string): void {
    if (this.firstIndex < 0) this.firstIndex = index;
    this.counts.set(teacherName, (this.counts.get(teacherName) ?? 0) + 1);
  }

  /** Raise the sheet's info at the first marked row (nothing when no cell was marked). */
  report(cells: SheetCells, column: string | undefined): void {
    if (this.firstIndex < 0) return;
    const who = [...this.counts].map(([name, n]) => `${name} ${n} 次`).join('、');
    let total = 0;
    for (const n of this.counts.values()) total += n;
    cells.issue('status-not-expected', this.firstIndex, column, { count: total, who });
  }
}
