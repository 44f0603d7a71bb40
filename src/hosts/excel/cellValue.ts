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

/**
 * Days from the 1900 system's day 0 to the 1904 system's: old Mac workbooks count from 1904-01-01
 * (Microsoft, "Date systems in Excel": the same date is 1,462 days less in the 1904 system).
 * https://support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487
 */
export const DATE1904_OFFSET_DAYS = 1462;

/** Serial day number → Date at UTC (1900 date system unless `date1904`). */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round((serial + (date1904 ? DATE1904_OFFSET_DAYS : 0)) * DAY_MS));
}

/** One cell: '' → null, dated numbers → Date (in the workbook's date system), everything else as is. */
export function toCellValue(value: unknown, format: unknown, date1904 = false): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return isDateFormat(format) ? serialToDate(value, date1904) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
