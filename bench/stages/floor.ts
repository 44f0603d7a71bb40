/**
 * The I/O floor: read every cell of every sheet with ExcelJS's streaming WorkbookReader and nothing
 * else — no Tables, no normalising. Any reader built on the xlsx library cannot be faster than this.
 */
import ExcelJS from 'exceljs';

export interface FloorResult {
  sheets: number;
  rows: number;
  cells: number;
}

export async function readFloor(file: string): Promise<FloorResult> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    // styles are what tell a date cell from a number cell
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheets = 0;
  let rows = 0;
  let cells = 0;
  for await (const worksheet of reader) {
    sheets++;
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      rows++;
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c++) if (values[c] !== undefined) cells++;
    }
  }
  return { sheets, rows, cells };
}
