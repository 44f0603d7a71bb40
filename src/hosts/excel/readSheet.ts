/**
 * Read one sheet's used range in payload-bounded row chunks.
 *
 * Sync 1 learns the used range's size; then chunks of rows that fit PAYLOAD_BUDGET are loaded, one
 * sync each, so an ordinary sheet (tens of thousands of cells) costs two syncs whatever the number
 * of teachers, and a 1,000,000-row sheet is read in as many syncs as its bytes need — never one
 * response above Excel's 5 MB limit. The bytes per cell are learned from each response.
 */
import type { Table } from '../../sheets/table.js';
import { PAYLOAD_BUDGET, chunkRows, matrixBytes } from './payload.js';
import { toCellValue } from './cellValue.js';

/** Bytes a cell costs before anything was measured (value + number format, short Chinese text). */
const FIRST_GUESS_BYTES_PER_CELL = 32;
/** Margin over the densest chunk seen so far. */
const SAFETY = 1.25;

export interface ReadOptions {
  budget?: number;
}

/** Read `name` as a Table (null when the sheet does not exist). */
export async function readSheet(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions = {},
): Promise<Table | null> {
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('visibility, protection/protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  await context.sync();
  if (sheet.isNullObject) return null;

  const table: Table = { name, rows: [] };
  if (sheet.visibility !== 'Visible') table.hidden = true;
  if (sheet.protection.protected) table.protected = true;
  if (used.isNullObject) return table;

  table.firstRow = used.rowIndex + 1;
  table.firstColumn = used.columnIndex + 1;
  table.rows = await readRows(context, used, budget);
  return table;
}

async function readRows(context: Excel.RequestContext, used: Excel.Range, budget: number): Promise<Table['rows']> {
  const columns = used.columnCount;
  const out: Table['rows'] = [];
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let next = 0;
  while (next < used.rowCount) {
    const rows = Math.min(chunkRows(columns, bytesPerCell * SAFETY, budget), used.rowCount - next);
    const range = used.getCell(next, 0).getResizedRange(rows - 1, columns - 1);
    range.load('values, numberFormat');
    try {
      // One sync per chunk: the count grows with the sheet's bytes (one per ~4 MB), never with
      // the number of teachers; an ordinary sheet is a single chunk.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Denser than measured (long texts): halve the chunk and try again.
      if (isPayloadTooLarge(error) && rows > 1) {
        bytesPerCell *= 2;
        continue;
      }
      throw error;
    }
    const values = range.values;
    const formats = range.numberFormat;
    bytesPerCell = Math.max(bytesPerCell, (matrixBytes(values) + matrixBytes(formats)) / (rows * columns));
    values.forEach((row, r) => out.push(row.map((v, c) => toCellValue(v, formats[r]?.[c]))));
    next += rows;
  }
  return out;
}

const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** Office.js reports an oversized request or response with these error codes. */
export function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && PAYLOAD_ERRORS.has(String(error.code));
}
