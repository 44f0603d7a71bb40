/**
 * What any host hands over: one sheet's used range as plain values.
 * Row i of `rows` is the sheet's row `firstRow + i` (1-based); column j is column `firstColumn + j`.
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
}

/** A sheet as the host lists it, before reading. */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Rows × columns of the used range, when the host knows it cheaply. */
  rowCount?: number;
  columnCount?: number;
}
