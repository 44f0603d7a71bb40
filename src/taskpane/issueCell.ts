/**
 * Where an issue points, as a cell the task pane can select. Issues name their column by the
 * header the user wrote (SPEC: "naming sheet, row and column"), so the header row is looked up.
 */
import type { Issue } from '../engine/issues.js';
import type { Table } from '../sheets/table.js';

/** The sheet's header rows are within the first 10 rows (SPEC §3). */
const HEADER_SEARCH_ROWS = 10;

const normal = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when the issue's column is given as letters (a sheet without a header). */
export function isColumnLetters(column: string): boolean {
  return /^[A-Z]{1,3}$/.test(column);
}

/**
 * The 1-based sheet column of `issue.column` in `table`, or 0 when it cannot be found (then the
 * whole row is selected).
 * @example issueColumn({ column: '姓名', … }, table) // 3 when 姓名 is the header of column C
 */
export function issueColumn(issue: Pick<Issue, 'column' | 'row'>, table: Table | null): number {
  const column = issue.column;
  if (column === undefined || column === '') return 0;
  if (isColumnLetters(column)) return lettersToColumn(column);
  if (!table) return 0;
  const wanted = normal(column);
  const firstRow = table.firstRow ?? 1;
  const firstColumn = table.firstColumn ?? 1;
  const lastHeaderRow = Math.min(HEADER_SEARCH_ROWS, issue.row !== undefined ? issue.row - firstRow : HEADER_SEARCH_ROWS);
  for (let r = 0; r < Math.min(table.rows.length, Math.max(lastHeaderRow, 1)); r++) {
    const at = (table.rows[r] ?? []).findIndex((cell) => typeof cell === 'string' && normal(cell) === wanted);
    if (at >= 0) return firstColumn + at;
  }
  return 0;
}
