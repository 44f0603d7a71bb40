/**
 * Number cells (SPEC §3: numbers may be text, "2", "２", "2学时"; never a silent 0).
 */
import type { CellValue } from '../table.js';
import { HOURS_DAY_WORDS, HOURS_UNITS, NUMBER_UNITS } from '../words/vocabulary.js';
import { normalizeText } from './text.js';
import { excelNumber } from '../../engine/decimal.js';

export type NumberParse = { kind: 'number'; value: number } | { kind: 'bad' };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const UNITS_LOWER = NUMBER_UNITS.map((u) => u.toLowerCase());
const HOURS_UNITS_LOWER = HOURS_UNITS.map((u) => u.toLowerCase());
/** `1.5天`, `2 天`: a number of days. */
const DAYS = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))天$/;

/**
 * Read one number cell: null for blank; `bad` for text that is not a number with an optional unit.
 * Numbers are read at Excel's 15 significant digits (`excelNumber`): a formula's cached
 * 0.39999999999999997 is 0.4, as Excel shows it.
 * @example parseNumberCell('1.5h') // { kind: 'number', value: 1.5 }
 * @example parseNumberCell('两') // { kind: 'bad' }
 */
export function parseNumberCell(value: CellValue | undefined): NumberParse | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value: excelNumber(value) } : { kind: 'bad' };
  if (typeof value !== 'string') return { kind: 'bad' };
  let text = normalizeText(value).replace(/\s+/g, '');
  if (text === '') return null;
  if (!PLAIN.test(text)) {
    const lower = text.toLowerCase();
    const unit = UNITS_LOWER.find((u) => lower.endsWith(u));
    if (unit === undefined) return { kind: 'bad' };
    text = text.slice(0, text.length - unit.length);
    if (!PLAIN.test(text)) return { kind: 'bad' };
  }
  const read = excelNumber(Number(text));
  return Number.isFinite(read) ? { kind: 'number', value: read } : { kind: 'bad' };
}

/**
 * An hours cell (学时 of 签到表, its matrix 学时 row, 外出学习), SPEC §3: a number, a number with the unit
 * 学时/课时/小时/h, or days (`半天`, `一天`, `全天`, `1.5天`, `两天`) × `hoursPerDay` (rule 每天学时). No number
 * is read out of text with any other unit (`1.5天` is never 1.5 学时, `2节` and `3分` are not read). `negative` for a
 * value below 0, which the reader reports with the hours it uses instead (never a silent substitute).
 * @example parseHoursCell('半天', 6) // { kind: 'number', value: 3 }
 * @example parseHoursCell('1.5天', 6) // { kind: 'number', value: 9 }
 * @example parseHoursCell('2节', 6) // { kind: 'bad' }
 */
export function parseHoursCell(value: CellValue | undefined, hoursPerDay: number): HoursParse | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return hoursOf(value);
  if (typeof value !== 'string') return { kind: 'bad' };
  const text = normalizeText(value).replace(/\s+/g, '');
  if (text === '') return null;
  const dayWord = HOURS_DAY_WORDS[text];
  const days = dayWord ?? (DAYS.exec(text)?.[1] === undefined ? null : Number(DAYS.exec(text)?.[1]));
  if (days !== null) return hoursOf(days * hoursPerDay);
  if (PLAIN.test(text)) return hoursOf(Number(text));
  const lower = text.toLowerCase();
  const unit = HOURS_UNITS_LOWER.find((u) => lower.endsWith(u));
  const number = unit === undefined ? '' : text.slice(0, text.length - unit.length);
  return PLAIN.test(number) ? hoursOf(Number(number)) : { kind: 'bad' };
}

export type HoursParse = { kind: 'number'; value: number } | { kind: 'negative'; value: number } | { kind: 'bad' };

function hoursOf(n: number): HoursParse {
  if (!Number.isFinite(n)) return { kind: 'bad' };
  const value = excelNumber(n);
  return value < 0 ? { kind: 'negative', value } : { kind: 'number', value };
}
