/**
 * Text normalisation (SPEC §3: "every value is normalised before use: NFKC, trim").
 * Zero-width characters are removed too: they arrive with text pasted from web pages and WeChat.
 */
import type { CellValue } from '../table.js';
import { TextMemo } from './memo.js';
import { excelNumber } from '../../engine/decimal.js';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITE_SPACE = /\s+/g;
/** Characters NFKC may change: anything outside printable ASCII. */
const NON_ASCII = /[^\x20-\x7E]/;

/** NFKC is the costly step; names, status words and titles repeat on every row (see memo.ts). */
const NFKC = new TextMemo((value: string) => value.normalize('NFKC').replace(ZERO_WIDTH, '').trim());
const HEADER_KEYS = new TextMemo((value: string) => normalizeText(value).replace(WHITE_SPACE, '').toLowerCase());

/**
 * NFKC, zero-width characters removed, trimmed. ASCII-only strings skip the normaliser.
 * @example normalizeText(' ２０２３年 ') // '2023年'
 */
export function normalizeText(value: string): string {
  if (!NON_ASCII.test(value)) return value.trim();
  if (isIdeographs(value)) return value;
  return NFKC.get(value);
}

/**
 * Whether a text is only CJK ideographs (U+4E00–U+9FFF), as most teachers' names are. Such a text
 * is already normal (NFKC keeps ideographs; there is no space to trim or remove), so the readers
 * skip the memo lookup for it — one per name cell, 1,000,000 of them in a district's sign-in sheet.
 * @example isIdeographs('张三') // true
 */
export function isIdeographs(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/**
 * Any cell as normalised text; '' for blank. Numbers print as JavaScript does (1001 → '1001'), at
 * Excel's 15 significant digits (a formula's 0.30000000000000004 reads '0.3').
 * @example cellText(2) // '2'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normalizeText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(excelNumber(value)) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Anything else a host should not hand over (objects, symbols) reads as blank.
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return '';
  return value.toISOString().slice(0, 10);
}

/**
 * The key sheet names, headers and vocabulary words are compared by: NFKC, no white space, lower case.
 * @example headerKey('教 师 姓 名') === headerKey('教师姓名') // true
 */
export function headerKey(value: string): string {
  return HEADER_KEYS.get(value);
}

/** True for null, undefined and strings that are empty after normalisation. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return true;
    // Only short strings can be nothing but zero-width characters; skip NFKC for the rest, and for
    // texts starting with a CJK ideograph (names, status words), which NFKC keeps.
    const first = trimmed.charCodeAt(0);
    if (trimmed.length > 4 || (first >= 0x4e00 && first <= 0x9fff)) return false;
    return normalizeText(trimmed) === '';
  }
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return typeof value !== 'boolean';
}
