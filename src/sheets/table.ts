/**
 * What any host hands over: one sheet's cells as plain values.
 * Row i of `rows` is the sheet's row `firstRow + i` (1-based); column j is column `firstColumn + j`.
 *
 * Sized by the cells present, never by the used range (SPEC §11, issue 10 item 6): `rows` may be
 * sparse — a missing row (a hole, `rows[i] === undefined`) is a blank row — and ragged — a row may
 * end at its last value, and a cell past its end (`row[j] === undefined`) is blank. A host must not
 * pad to a rectangle: one stray cell at XFD1048576 then costs one short row, not 1,048,576 × 16,384
 * cells. Readers test `Array.isArray(rows[i])` and read `rows[i][j] ?? null`. A row whose cells are
 * far apart (a value in A and one in XFD) is holey: walk a whole row with `eachCell`, never with
 * an index up to `row.length` (SPEC §11, issue 19 item 6).
 */
export type CellValue = string | number | boolean | Date | null;

export interface Table {
  name: string;
  rows: CellValue[][];
  /** 1-based sheet row of rows[0]. @default 1 */
  firstRow?: number;
  /** 1-based sheet column of rows[i][0]. @default 1 */
  firstColumn?: number;
  /** The sheet is hidden in the workbook. */
  hidden?: boolean;
  /** The sheet is protected (we only ever read it anyway). */
  protected?: boolean;
  /**
   * 1-based sheet rows that are hidden (by hand or by a filter) and hold a value, ascending; absent when
   * none (or when the host cannot tell). Read like any row; a roster's are listed in one warning.
   */
  hiddenRows?: number[];
}

/** A sheet as the host lists it, before reading. */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Rows × columns of the used range, when the host knows it cheaply. */
  rowCount?: number;
  columnCount?: number;
}

/** Rows longer than this are walked by their present cells (a holey row: see `eachCell`). */
const INDEX_WALK_LIMIT = 256;

/**
 * Calls `visit` for each cell a row holds, in column order, from column `from`: every index of a
 * short row (blank ones included), only the present cells of a long one — so a row with one stray
 * value in column XFD costs its cells, not 16,384 steps (V8 keeps such an array as a dictionary,
 * where each index step costs ~100 ns).
 * @example eachCell(['a', null, 'b'], (v, c) => console.log(c, v)) // 0 'a', 1 null, 2 'b'
 */
export function eachCell(row: readonly CellValue[], visit: (value: CellValue, column: number) => void, from = 0): void {
  if (row.length - from <= INDEX_WALK_LIMIT) {
    for (let c = from; c < row.length; c++) {
      const value = row[c];
      if (value !== undefined) visit(value, c);
    }
    return;
  }
  // Integer keys come in ascending order (ECMA-262 OrdinaryOwnPropertyKeys).
  for (const key in row) {
    const c = Number(key);
    const value = row[c];
    if (c >= from && value !== undefined) visit(value, c);
  }
}
