/**
 * Office.js cell values → the host-neutral CellValue of src/sheets/table.ts.
 * Excel hands dates over as serial numbers; the cell's number format tells they are dates, and the
 * file host (src/hosts/xlsx/read) gives Date objects for the same cells, so dates become UTC-midnight Dates here too.
 */
import type { CellValue } from '../../sheets/table.js';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** True for number formats that display a date or time (`yyyy-mm-dd`, `m月d日`, `h:mm`…). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\-\s;]*$/i.test(bare);
}

/** Serial day number (1900 date system) → Date at UTC. */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}

/** One cell: '' → null, dated numbers → Date, everything else as is. */
export function toCellValue(value: unknown, format: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return isDateFormat(format) ? serialToDate(value) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
