/**
 * Date cells (SPEC §3 "Dates"): Excel dates and serial numbers, and the text forms schools type.
 * Year-less forms (9月6日, 9.6, 9/6) come back as `partial`; `yearResolver.ts` gives them a year.
 */
import type { IsoDate } from '../../engine/model.js';
import type { CellValue } from '../table.js';
import { normalizeText } from './text.js';

export type DateParse =
  | { kind: 'full'; iso: IsoDate }
  | { kind: 'partial'; month: number; day: number }
  | { kind: 'bad' };

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?/;
const YEARLESS = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const NUMERIC = /^\d+(\.\d+)?$/;
const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 system (1899-12-30 makes serials ≥ 61 right despite the 1900 leap bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const BAD: DateParse = { kind: 'bad' };

/** Office.js hands date cells over as serial numbers; 20000..80000 is 1954..2119 (brief: treat as serials). */
export const SERIAL_MIN = 20000;
export const SERIAL_MAX = 80000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function full(year: number, month: number, day: number): DateParse {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return BAD;
  return { kind: 'full', iso: isoDate(year, month, day) };
}

function partial(month: number, day: number): DateParse {
  // 2月29日 is allowed here; the year resolver rejects it in a non-leap year.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return BAD;
  return { kind: 'partial', month, day };
}

/** A Date object by its UTC calendar day: ExcelJS gives date cells as UTC midnight. */
function fromDateObject(value: Date): DateParse {
  if (Number.isNaN(value.getTime())) return BAD;
  return full(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** Serial numbers, 20230906, and month.day decimals (9.6 → 9月6日; 9.1 is 9月1日, as typed). */
function fromNumber(value: number, text: string = String(value)): DateParse {
  if (!Number.isFinite(value) || value <= 0) return BAD;
  if (value >= SERIAL_MIN && value < SERIAL_MAX) {
    const d = new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS);
    return full(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (Number.isInteger(value) && value >= 19000101 && value <= 22001231) {
    return full(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
  }
  const dot = text.indexOf('.');
  if (dot > 0) return partial(Number(text.slice(0, dot)), Number(text.slice(dot + 1)));
  return BAD;
}

/**
 * The date at the start of a text, and the text after it (for matrix headers like `9月6日 集体备课`).
 * Null when the text does not start with a date form at all.
 * @example parseDatePrefix('9月6日 集体备课') // { date: { kind: 'partial', month: 9, day: 6 }, rest: ' 集体备课' }
 */
export function parseDatePrefix(text: string): { date: DateParse; rest: string } | null {
  let m = FULL.exec(text);
  if (m) return { date: full(Number(m[1]), Number(m[2]), Number(m[3])), rest: text.slice(m[0].length) };
  m = COMPACT.exec(text);
  if (m) return { date: full(Number(m[1]), Number(m[2]), Number(m[3])), rest: text.slice(m[0].length) };
  m = YEARLESS.exec(text);
  if (m) return { date: partial(Number(m[1]), Number(m[2])), rest: text.slice(m[0].length) };
  return null;
}

/**
 * Read one date cell. Null for a blank cell. Anything after the date that is not another digit
 * (a time `08:01:33`, a weekday `(周三)`, a range end `-9.8`) is ignored: the row's day is what counts.
 * @example parseDateCell('2023年9月6日') // { kind: 'full', iso: '2023-09-06' }
 * @example parseDateCell('2023/13/40') // { kind: 'bad' }
 */
export function parseDateCell(value: CellValue | undefined): DateParse | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'boolean') return BAD;
  if (typeof value !== 'string') return null;
  const text = normalizeText(value);
  if (text === '') return null;
  if (NUMERIC.test(text)) return fromNumber(Number(text), text);
  const found = parseDatePrefix(text);
  if (found === null) return BAD;
  const next = found.rest.charCodeAt(0);
  if (next >= 48 && next <= 57) return BAD;
  return found.date;
}

/**
 * The school year (Aug–Jul) a date belongs to, named by its first calendar year.
 * @example schoolYearOf('2024-03-01') // 2023
 */
export function schoolYearOf(iso: IsoDate): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 8 ? year : year - 1;
}

const MONTH_ONLY = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月?)\s*$/;

/**
 * A month-only date (SPEC §3: 获奖登记 and 外出学习): `2023.11`, `2023年11月`, `2023-11`, `2023/11`, or
 * the number 2023.11. A number loses a trailing zero (2023.10 is stored as 2023.1), so 2023.1 is January.
 * @example parseMonthCell('2024年11月') // { year: 2024, month: 11 }
 */
export function parseMonthCell(value: CellValue | undefined): { year: number; month: number } | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = typeof value === 'number' ? String(value) : normalizeText(value);
  const m = MONTH_ONLY.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  return { year, month };
}
