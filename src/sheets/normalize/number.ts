/**
 * Number cells (SPEC §3: numbers may be text, "2", "２", "2学时"; never a silent 0).
 */
import type { CellValue } from '../table.js';
import { NUMBER_UNITS } from '../words/vocabulary.js';
import { normalizeText } from './text.js';
import { excelNumber } from '../../engine/decimal.js';

export type NumberParse = { kind: 'number'; value: number } | { kind: 'bad' };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const UNITS_LOWER = NUMBER_UNITS.map((u) => u.toLowerCase());

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
