/**
 * What any host hands over: one sheet's cells as plain values.
 * Row i of `rows` is the sheet's row `firstRow + i` (1-based); column j is column `firstColumn + j`.
 *
 * Sized by the cells present, never by the used range (SPEC §11, issue 10 item 6): `rows` may be
 * sparse — a missing row (a hole, `rows[i] === undefined`) is a blank row — and ragged — a row may
 * end at its last value, and a cell past its end (`row[j] === undefined`) is blank. A host must not
 * pad to a rectangle: one stray cell at XFD1048576 then costs one short row, not 1,048,576 × 16,384
 * cells. Readers test `Array.isArray(rows[i])` and read `rows[i][j] ?? null`.
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
