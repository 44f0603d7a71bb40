/**
 * Person names and 工号 (SPEC §3: "for names all internal white space removed ('张 三' = '张三')").
 */
import { TextMemo } from './memo.js';
import { isIdeographs, normalizeText } from './text.js';

const WHITE_SPACE = /\s+/g;
const ALL_DIGITS = /^\d+$/;
/** ASCII lower-case letters or any non-ASCII: an id without them is its own upper case. */
const MAY_CHANGE_CASE = /[a-z\u0080-\uffff]/;
/** Anything but printable ASCII without space: texts without it (most 工号) are compact already. */
const NOT_PLAIN = /[^\x21-\x7E]/;
/** Names and 工号 repeat on every sign-in row: each distinct cell text is compacted once. */
const COMPACT = new TextMemo((value: string) => normalizeText(value).replace(WHITE_SPACE, ''));

function compact(value: string): string {
  return NOT_PLAIN.test(value) && !isIdeographs(value) ? COMPACT.get(value) : value;
}

/**
 * A name as compared and stored: NFKC, trimmed, no white space at all.
 * @example normalizeName('张\u3000三') // '张三'
 */
export function normalizeName(value: string): string {
  return compact(value);
}

/**
 * A 工号 as stored: NFKC, no white space.
 * @example normalizeId(' T 012 ') // 'T012'
 */
export function normalizeId(value: string): string {
  return compact(value);
}

/**
 * The key 工号 are looked up by: upper case, and leading zeros dropped from all-digit ids, because a
 * number cell turns '001' into 1 while the roster keeps the text '001'.
 * @example idLookupKey('007') === idLookupKey('7') // true
 */
export function idLookupKey(id: string): string {
  if (ALL_DIGITS.test(id)) return id.replace(/^0+(?=\d)/, '');
  // Looked up on every row: skip the copy toUpperCase makes even when nothing changes.
  return MAY_CHANGE_CASE.test(id) ? id.toUpperCase() : id;
}

/**
 * Split a name cell written as `张伟(T012)` (or `张伟（T012）`, NFKC makes the brackets ASCII)
 * into name and 工号; null when the cell has no such trailing bracket.
 * @example splitNameAndId('张伟（T012）') // { name: '张伟', id: 'T012' }
 */
export function splitNameAndId(name: string): { name: string; id: string } | null {
  if (!name.endsWith(')')) return null;
  const open = name.lastIndexOf('(');
  if (open <= 0) return null;
  const id = name.slice(open + 1, -1);
  if (id === '') return null;
  return { name: name.slice(0, open), id };
}
