/**
 * Text normalisation (SPEC §3: "every value is normalised before use: NFKC, trim").
 * Zero-width characters are removed too: they arrive with text pasted from web pages and WeChat.
 */
import type { CellValue } from '../table.js';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITE_SPACE = /\s+/g;
/** Characters NFKC may change: anything outside printable ASCII. */
const NON_ASCII = /[^\x20-\x7E]/;

/**
 * Names, status words and titles repeat on every row: short non-ASCII texts are normalised once.
 * A pure memo (same input, same output), bounded so a huge sheet of distinct texts cannot grow it.
 */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 100_000;
const MEMO_MAX_LENGTH = 40;

/**
 * NFKC, zero-width characters removed, trimmed. ASCII-only strings skip the (costly) normaliser.
 * @example normalizeText(' ２０２３年 ') // '2023年'
 */
export function normalizeText(value: string): string {
  if (!NON_ASCII.test(value)) return value.trim();
  const hit = MEMO.get(value);
  if (hit !== undefined) return hit;
  const out = value.normalize('NFKC').replace(ZERO_WIDTH, '').trim();
  if (value.length <= MEMO_MAX_LENGTH && MEMO.size < MEMO_LIMIT) MEMO.set(value, out);
  return out;
}

/**
 * Any cell as normalised text; '' for blank. Numbers print as JavaScript does (1001 → '1001').
 * @example cellText(2) // '2'
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normalizeText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
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
  return normalizeText(value).replace(WHITE_SPACE, '').toLowerCase();
}

/** True for null, undefined and strings that are empty after normalisation. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    // Only short strings can be nothing but zero-width characters; skip NFKC for the rest.
    return trimmed === '' || (trimmed.length <= 4 && normalizeText(trimmed) === '');
  }
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return typeof value !== 'boolean';
}
