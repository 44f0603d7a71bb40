/**
 * Header rows (SPEC §3): the first row within the first 10 that holds the sheet's required columns.
 * Title rows above it are skipped; column order is free; unknown columns are ignored.
 */
import type { CellValue } from '../table.js';
import { cellText, headerKey } from '../normalize/text.js';
import { COLUMN_NAMES, DERIVED_HEADER_PREFIXES, DERIVED_HEADER_SUFFIXES, EXACT_ONLY_COLUMNS, type ColumnKey } from '../words/vocabulary.js';

/** What a reader needs from a header row. */
export interface SheetSpec {
  /** Columns the sheet reads. */
  columns: readonly ColumnKey[];
  /** Each inner list is one requirement: at least one of its columns must be present. */
  required: readonly (readonly ColumnKey[])[];
}

export interface ColumnRef {
  /** 0-based index into the table's row arrays. */
  index: number;
  /** The header cell as the user wrote it (trimmed): issues name columns by it. */
  header: string;
}

export type ColumnMap = Partial<Record<ColumnKey, ColumnRef>>;

export interface HeaderMatch {
  /** 0-based index of the header row in `table.rows`. */
  rowIndex: number;
  columns: ColumnMap;
}

/** SPEC §3: the header is looked for in the first 10 rows. */
export const HEADER_SCAN_ROWS = 10;

const CANONICAL = new Map<string, ColumnKey>();
const ALIAS = new Map<string, ColumnKey>();
for (const key of Object.keys(COLUMN_NAMES) as ColumnKey[]) {
  COLUMN_NAMES[key].forEach((name, i) => {
    const map = i === 0 ? CANONICAL : ALIAS;
    if (!map.has(headerKey(name))) map.set(headerKey(name), key);
  });
}

/**
 * SPEC §3: text in brackets ()（）[]【】 is ignored (`学时(小时)`, `姓名（必填）`), as is a required-marker `*`.
 * Input is a `headerKey` (NFKC already turned （） into ()).
 */
export function stripDecorations(key: string): string {
  const k = key.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '').replace(/^\*+|\*+$/g, '');
  return k === '' ? key : k;
}

/**
 * Names and aliases of two characters or more, for containment (one-character aliases such as 组 would
 * be found inside 考勤组 or 教研组长).
 */
const CONTAINED: readonly { word: string; key: ColumnKey }[] = [...CANONICAL, ...ALIAS]
  .filter(([word, key]) => word.length >= 2 && !EXACT_ONLY_COLUMNS.has(key))
  .map(([word, key]) => ({ word, key }));

/**
 * The column a header text names by equality (after brackets are dropped), and whether it named it by
 * its canonical name.
 * @example columnOf('教师姓名') // { key: 'name', exact: false }
 */
export function columnOf(header: string): { key: ColumnKey; exact: boolean } | null {
  const hit = COLUMN_MEMO.get(header);
  if (hit !== undefined) return hit;
  const found = columnOfUncached(header);
  if (COLUMN_MEMO.size < 100_000) COLUMN_MEMO.set(header, found);
  return found;
}

const COLUMN_MEMO = new Map<string, { key: ColumnKey; exact: boolean } | null>();

function columnOfUncached(header: string): { key: ColumnKey; exact: boolean } | null {
  const key = headerKey(header);
  if (key === '') return null;
  for (const k of key === stripDecorations(key) ? [key] : [key, stripDecorations(key)]) {
    const exact = CANONICAL.get(k);
    if (exact !== undefined) return { key: exact, exact: true };
    const alias = ALIAS.get(k);
    if (alias !== undefined) return { key: alias, exact: false };
  }
  return null;
}

/**
 * SPEC §3 containment: the one column whose name or alias a header contains, when it contains exactly
 * one (the longest: 本学期读书未交次数 holds 读书未交次数, which holds 读书未交 and 未交次数). Two names
 * side by side (读书心得未交次数 holds 读书心得未交 and 未交次数) name none.
 * @example containedColumn('本学期读书未交次数') // 'readingMissed'
 */
export function containedColumn(header: string): ColumnKey | null {
  const hit = CONTAINED_MEMO.get(header);
  if (hit !== undefined) return hit;
  const found = containedColumnUncached(header);
  if (CONTAINED_MEMO.size < MEMO_LIMIT) CONTAINED_MEMO.set(header, found);
  return found;
}

/**
 * Header texts repeat across the kinds tried on a sheet (and a sheet may have 10,000 junk columns):
 * each distinct text is looked at once.
 */
const MEMO_LIMIT = 100_000;
const CONTAINED_MEMO = new Map<string, ColumnKey | null>();
/** Every name and alias is Chinese: a text without a CJK character contains none. */
const HAS_CJK = /[\u3400-\u9fff]/;

function containedColumnUncached(header: string): ColumnKey | null {
  if (!HAS_CJK.test(header)) return null;
  const key = stripDecorations(headerKey(header));
  if (key.length < 3) return null;
  const found = CONTAINED.filter((c) => c.word.length < key.length && key.includes(c.word));
  const maximal = found.filter((c) => !found.some((o) => o.word.length > c.word.length && o.word.includes(c.word)));
  const words = new Set(maximal.map((c) => c.word));
  if (words.size !== 1) return null;
  return maximal[0]?.key ?? null;
}

/**
 * A header that resembles a known column without matching it (SPEC §3 `column-not-read`): most of a
 * name's first two characters and most of the rest (three quarters, at least three) appear in it, in
 * order. Returns the column it
 * looks like, or null.
 * @example nearMissColumn('读书心得未交次数') // 'readingMissed'
 */
export function nearMissColumn(header: string): ColumnKey | null {
  if (!HAS_CJK.test(header)) return null;
  const key = stripDecorations(headerKey(header));
  if (key.length < 2) return null;
  let best: { key: ColumnKey; score: number } | null = null;
  let tie = false;
  for (const { word, key: column } of CONTAINED) {
    // It must begin like the name (出生日期 is not 外出日期), then share most of its characters.
    if (!key.includes(word.slice(0, 2))) continue;
    const shared = inOrder(word, key);
    if (shared < 3 || shared < word.length * 0.75) continue;
    const score = shared / Math.max(word.length, key.length) + shared;
    if (best === null || score > best.score) {
      tie = false;
      best = { key: column, score };
    } else if (score === best.score && best.key !== column) tie = true;
  }
  return best === null || tie ? null : best.key;
}

/**
 * Columns whose values are themselves counts or totals (SPEC §3.5): a header holding one of them
 * (`本学期读书未交次数`, `活动得分合计`) is that column, not a derived one.
 */
const COUNT_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  'readingMissed', 'readingDeduction', 'activityPoints', 'retraining', 'discipline', 'collectiveBonus',
]);
const DERIVED_PREFIXES = DERIVED_HEADER_PREFIXES.map(headerKey);
const DERIVED_SUFFIXES = DERIVED_HEADER_SUFFIXES.map(headerKey);

/**
 * A derived column (issue 20 item 5): a count, total or rate the office computes from other columns —
 * COUNTIF results such as 出勤次数, 合计, 总学时, 出勤率, 教师数. Listed as unused (a notice), never a
 * `column-not-read` warning: renaming it would not make it data.
 * @example isDerivedHeader('出勤次数') // true
 */
export function isDerivedHeader(header: string): boolean {
  if (columnOf(header) !== null) return false;
  const key = stripDecorations(headerKey(header));
  if (!DERIVED_PREFIXES.some((w) => key.startsWith(w)) && !DERIVED_SUFFIXES.some((w) => key.endsWith(w))) return false;
  const near = containedColumn(header) ?? nearMissColumn(header);
  return near === null || !COUNT_COLUMNS.has(near);
}

/**
 * The known column a header that matches none resembles (SPEC §3 `column-not-read`): one it contains, or
 * a near miss — and only when it shares real characters with that column's standard name (at least two,
 * and half of them): `出勤次数` holds the alias 出勤 but shares nothing with 状态, so it resembles nothing.
 * @example resembledColumn('读书缺交次数') // 'readingMissed'
 */
export function resembledColumn(header: string): ColumnKey | null {
  if (columnOf(header) !== null) return null;
  const near = containedColumn(header) ?? nearMissColumn(header);
  if (near === null) return null;
  const standard = headerKey(COLUMN_NAMES[near][0] ?? '');
  const shared = inOrder(standard, stripDecorations(headerKey(header)));
  return shared >= 2 && shared * 2 >= standard.length ? near : null;
}

/** How many characters of `word` appear in `text` in order (a greedy subsequence match). */
function inOrder(word: string, text: string): number {
  let at = 0;
  let count = 0;
  for (const ch of word) {
    const found = text.indexOf(ch, at);
    if (found === -1) continue;
    count++;
    at = found + 1;
  }
  return count;
}

/**
 * Map a header row's cells to the wanted columns: an exact (canonical) name wins over an alias, the
 * leftmost cell wins among equals, and — in a sheet found by its name (`contain`) — a header that
 * contains exactly one name or alias (SPEC §3) matches a column that no header equals. A sheet found
 * only by its content matches by equality alone: `教师数` holds 教师 but is no 姓名 column.
 * @example matchColumns(['序号', '教师姓名', '教研组'], ['name', 'group']).name // { index: 1, header: '教师姓名' }
 */
export function matchColumns(row: readonly CellValue[], wanted: readonly ColumnKey[], contain = true): ColumnMap {
  const want = new Set(wanted);
  const exact: ColumnMap = {};
  const alias: ColumnMap = {};
  const contained: ColumnMap = {};
  const equalled = new Set<number>();
  row.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const found = columnOf(cell);
    if (found === null) return;
    equalled.add(index);
    if (!want.has(found.key)) return;
    const target = found.exact ? exact : alias;
    if (target[found.key] === undefined) target[found.key] = { index, header: cellText(cell) };
  });
  if (!contain) return { ...alias, ...exact };
  row.forEach((cell, index) => {
    if (typeof cell !== 'string' || equalled.has(index)) return;
    const key = containedColumn(cell);
    if (key === null || !want.has(key) || exact[key] !== undefined || alias[key] !== undefined) return;
    if (contained[key] === undefined) contained[key] = { index, header: cellText(cell) };
  });
  return { ...contained, ...alias, ...exact };
}

function satisfied(columns: ColumnMap, requirement: readonly ColumnKey[]): boolean {
  return requirement.some((key) => columns[key] !== undefined);
}

export type HeaderSearch =
  | { kind: 'found'; header: HeaderMatch }
  /** A row looked like the header but lacks required columns (→ `missing-column`). */
  | { kind: 'incomplete'; header: HeaderMatch; missing: ColumnKey[] }
  | { kind: 'none' };

/**
 * Find the header row of a sheet.
 * @param contain whether a header may match by containment: only in a sheet found by its name (SPEC §3).
 * @example findHeader([['2023学年签到表'], ['姓名', '教研组']], rosterSpec) // found at rowIndex 1
 */
export function findHeader(rows: readonly (readonly CellValue[])[], spec: SheetSpec, contain = true): HeaderSearch {
  let best: { header: HeaderMatch; count: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const row = rows[rowIndex];
    if (!Array.isArray(row)) continue;
    const columns = matchColumns(row, spec.columns, contain);
    if (spec.required.every((r) => satisfied(columns, r))) return { kind: 'found', header: { rowIndex, columns } };
    const count = Object.keys(columns).length;
    if (count >= 2 && (best === null || count > best.count)) best = { header: { rowIndex, columns }, count };
  }
  if (best === null) return { kind: 'none' };
  const missing = spec.required.filter((r) => !satisfied(best.header.columns, r)).map((r) => r[0] as ColumnKey);
  return { kind: 'incomplete', header: best.header, missing };
}

/** The canonical Chinese name of a column (for issues about a missing column). */
export function columnName(key: ColumnKey): string {
  return COLUMN_NAMES[key][0] ?? key;
}
