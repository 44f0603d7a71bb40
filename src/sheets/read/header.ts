/**
 * Header rows (SPEC §3): the first row within the first 10 that holds the sheet's required columns.
 * Title rows above it are skipped; column order is free; unknown columns are ignored.
 */
import type { CellValue } from '../table.js';
import { cellText, headerKey } from '../normalize/text.js';
import { COLUMN_NAMES, type ColumnKey } from '../words/vocabulary.js';

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

/** Decorations around a header: a required-marker `*` and a trailing hint in brackets, `学时(小时)`. */
function stripDecorations(key: string): string {
  let k = key.replace(/^\*+|\*+$/g, '');
  const open = k.indexOf('(');
  if (open > 0 && k.endsWith(')')) k = k.slice(0, open);
  return k;
}

/**
 * The column a header text names, and whether it named it by its canonical name.
 * @example columnOf('教师姓名') // { key: 'name', exact: false }
 */
export function columnOf(header: string): { key: ColumnKey; exact: boolean } | null {
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
 * Map a header row's cells to the wanted columns: an exact (canonical) name wins over an alias,
 * and the leftmost cell wins among equals.
 * @example matchColumns(['序号', '教师姓名', '教研组'], ['name', 'group']).name // { index: 1, header: '教师姓名' }
 */
export function matchColumns(row: readonly CellValue[], wanted: readonly ColumnKey[]): ColumnMap {
  const want = new Set(wanted);
  const exact: ColumnMap = {};
  const alias: ColumnMap = {};
  row.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const found = columnOf(cell);
    if (found === null || !want.has(found.key)) return;
    const target = found.exact ? exact : alias;
    if (target[found.key] === undefined) target[found.key] = { index, header: cellText(cell) };
  });
  return { ...alias, ...exact };
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
 * @example findHeader([['2023学年签到表'], ['姓名', '教研组']], rosterSpec) // found at rowIndex 1
 */
export function findHeader(rows: readonly (readonly CellValue[])[], spec: SheetSpec): HeaderSearch {
  let best: { header: HeaderMatch; count: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const row = rows[rowIndex];
    if (!Array.isArray(row)) continue;
    const columns = matchColumns(row, spec.columns);
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
