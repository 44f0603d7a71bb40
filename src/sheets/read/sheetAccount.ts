/**
 * SPEC §3 "Nothing is dropped silently": every column of a read sheet is listed as used or not (with a
 * `column-not-read` warning when its header resembles a known column), and a sheet that is not read is
 * a `sheet-not-read` warning when it has a name-like column, else a notice.
 */
import { makeIssue, type Issue } from '../../engine/issues.js';
import { eachCell, type CellValue, type Table } from '../table.js';
import type { ColumnAccount, StandardSheet } from './readReport.js';
import { columnName, columnOf, containedColumn, isDerivedHeader, resembledColumn, HEADER_SCAN_ROWS, type HeaderMatch } from './header.js';
import { cellText } from '../normalize/text.js';
import { COLUMN_NAMES, SHEET_NAMES, type ColumnKey } from '../words/vocabulary.js';
import { ROSTER_SPEC } from './readRoster.js';
import { SIGNIN_LONG_SPEC } from './readSigninLong.js';
import { EXTERNAL_SPEC } from './readExternal.js';
import { OBSERVATIONS_SPEC } from './readObservations.js';
import { AWARDS_SPEC } from './readAwards.js';
import { JUDGED_COLUMNS, JUDGED_SPEC } from './readJudged.js';
import { RULES_SPEC } from '../rules/readRulesSheet.js';
import { CREDITS_SPEC } from './readCredits.js';
import { DELIVERABLES_SPEC } from './readDeliverables.js';

/** The kind whose sheet reads a column (for the `column-not-read` advice: move it there). */
const KIND_OF_COLUMN = new Map<ColumnKey, StandardSheet>();
for (const [kind, spec] of [
  ['judged', JUDGED_SPEC], ['awards', AWARDS_SPEC], ['observations', OBSERVATIONS_SPEC], ['signin', SIGNIN_LONG_SPEC],
  ['external', EXTERNAL_SPEC], ['roster', ROSTER_SPEC], ['rules', RULES_SPEC], ['credits', CREDITS_SPEC], ['deliverables', DELIVERABLES_SPEC],
] as const) for (const key of spec.columns) if (!KIND_OF_COLUMN.has(key)) KIND_OF_COLUMN.set(key, kind);

/** The columns each kind reads. */
const KIND_COLUMNS = new Map<StandardSheet, ReadonlySet<ColumnKey>>([
  ['judged', new Set(JUDGED_SPEC.columns)], ['awards', new Set(AWARDS_SPEC.columns)], ['observations', new Set(OBSERVATIONS_SPEC.columns)],
  ['signin', new Set(SIGNIN_LONG_SPEC.columns)], ['external', new Set(EXTERNAL_SPEC.columns)], ['roster', new Set(ROSTER_SPEC.columns)],
  ['rules', new Set(RULES_SPEC.columns)],
]);

/**
 * Whether an unread column that looks like `key` is worth a `column-not-read` warning on a sheet of
 * `kind`: a column of this very kind (a misspelt header), or a judged item that belongs on 考核登记 (a
 * score the office expects counted). A date-like 出生日期 on the roster is neither: it is only listed.
 */
function worthWarning(kind: StandardSheet, key: ColumnKey): boolean {
  return KIND_COLUMNS.get(kind)?.has(key) === true || (kind !== 'judged' && JUDGED_COLUMNS.includes(key));
}

/** Columns that name a person: a sheet holding one may hold records the school expects counted. */
const PERSON_COLUMNS: ReadonlySet<ColumnKey> = new Set(['name', 'id', 'observer', 'teacher']);

/**
 * Account for every non-blank cell of a read sheet's header row.
 * @param used column index → what it was read as, beyond the header's own columns (a matrix's sessions).
 * @param kind the sheet's kind: a near-miss of a column of another kind names that kind too.
 */
export function accountColumns(
  table: Table, header: HeaderMatch, kind: StandardSheet, used: ReadonlyMap<number, string>, issues: Issue[],
): ColumnAccount[] {
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const row = rows[header.rowIndex];
  if (!Array.isArray(row)) return [];
  const readAs = new Map<number, string>(used);
  for (const [key, ref] of Object.entries(header.columns) as [ColumnKey, { index: number }][]) readAs.set(ref.index, columnName(key));
  const firstColumn = table.firstColumn ?? 1;
  const accounts: ColumnAccount[] = [];
  const derivedHeaders: string[] = [];
  row.forEach((cell: CellValue, index: number) => {
    const text = cellText(cell);
    if (text === '') return;
    const columnIndex = firstColumn - 1 + index;
    const as = readAs.get(index) ?? null;
    let resembles: string | null = null;
    let derived = false;
    if (as === null && columnOf(text) === null) {
      derived = isDerivedHeader(text);
      const resembled = derived ? null : resembledColumn(text);
      const near = resembled !== null && worthWarning(kind, resembled) ? resembled : null;
      if (derived) derivedHeaders.push(`“${text}”`);
      if (near !== null) {
        resembles = columnName(near);
        const owner = KIND_OF_COLUMN.get(near);
        const params: Record<string, string> = { standard: resembles };
        if (owner !== undefined && owner !== kind) params['kind'] = SHEET_NAMES[owner][0] ?? owner;
        issues.push(makeIssue('column-not-read', { sheet: table.name, row: (table.firstRow ?? 1) + header.rowIndex, column: text, columnIndex }, params));
      }
    }
    // A judged item's own column on another sheet (读书未交 on the roster): read only on 考核登记.
    const misplaced = as === null ? columnOf(text)?.key : undefined;
    if (misplaced !== undefined && kind !== 'judged' && JUDGED_COLUMNS.includes(misplaced)) {
      resembles = columnName(misplaced);
      const where = { sheet: table.name, row: (table.firstRow ?? 1) + header.rowIndex, column: text, columnIndex };
      issues.push(makeIssue('column-not-read', where, { standard: resembles, kind: SHEET_NAMES.judged[0] ?? 'judged', misplaced: 1 }));
    }
    accounts.push({ header: text, columnIndex, readAs: as, resembles, ...(derived ? { derived } : {}) });
  });
  if (derivedHeaders.length > 0) {
    issues.push(makeIssue('derived-columns', { sheet: table.name }, { sheet: table.name, columns: derivedHeaders.join('、') }));
  }
  // Columns with values below the header but no header text (a note typed far to the right or far
  // down): not read as anything, and listed all the same, so nothing in a read sheet goes unmentioned.
  for (const index of headerlessColumns(rows, header.rowIndex, row)) {
    accounts.push({ header: '', columnIndex: firstColumn - 1 + index, readAs: readAs.get(index) ?? null, resembles: null });
  }
  return accounts.sort((a, b) => a.columnIndex - b.columnIndex);
}

/** Indexes of the columns that have a value below the header row but a blank header cell. */
function headerlessColumns(rows: readonly (readonly CellValue[] | undefined)[], headerRow: number, header: readonly CellValue[]): number[] {
  // Each row is walked by its present cells (a row may be holey: a stray value in column XFD on
  // every row, the header's included, costs one cell per row — SPEC §11).
  const named = new Uint8Array(header.length);
  eachCell(header, (cell, c) => {
    if (cellText(cell) !== '') named[c] = 1;
  });
  const found = new Set<number>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    eachCell(row, (cell, c) => {
      if (named[c] !== 1 && !found.has(c) && cellText(cell) !== '') found.add(c);
    });
  }
  return [...found].sort((x, y) => x - y);
}

/**
 * Report a sheet that is not read: nothing for an empty sheet; `sheet-not-read`, a warning when a
 * header-like row names people (姓名, 工号, 听课人 …), else a notice. Returns whether it was empty.
 */
export function reportUnreadSheet(table: Table, issues: Issue[]): 'empty' | 'unknown' {
  const rows = Array.isArray(table.rows) ? table.rows : [];
  let blank = true;
  let personLike = false;
  const hints: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) continue;
    for (const cell of row) {
      const text = cellText(cell);
      if (text === '') continue;
      blank = false;
      if (i >= HEADER_SCAN_ROWS) break;
      // A derived header (教师数, 出勤次数) is a count, not a column of people.
      const derived = isDerivedHeader(text);
      const key = columnOf(text)?.key ?? (derived ? null : containedColumn(text));
      if (key !== null && PERSON_COLUMNS.has(key)) personLike = true;
      const near = key === null && !derived ? resembledColumn(text) : null;
      if (near !== null && hints.length < 3) hints.push(`“${text}”像是“${COLUMN_NAMES[near][0] ?? near}”`);
    }
    if (!blank && i >= HEADER_SCAN_ROWS) break;
  }
  if (blank) return 'empty';
  const params = hints.length > 0 ? { hint: hints.join('，') } : {};
  issues.push(makeIssue('sheet-not-read', { sheet: table.name }, { sheet: table.name, ...params }, personLike ? 'warning' : 'info'));
  return 'unknown';
}

/**
 * A hidden sheet that has no standard name (SPEC §3: hidden sheets are read only by name — a hidden
 * 2022学年名册 is last year's): listed as not read, with a notice when it holds anything.
 */
export function reportHiddenSheet(table: Table, issues: Issue[]): 'empty' | 'hidden' {
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const blank = rows.every((row) => !Array.isArray(row) || row.every((cell) => cellText(cell) === ''));
  if (blank) return 'empty';
  issues.push(makeIssue('sheet-not-read', { sheet: table.name }, { sheet: table.name, reason: 'hidden' }, 'info'));
  return 'hidden';
}

/**
 * A school's sheet that has one of our outputs' names (or a copy's) but is not in the workbook's
 * ownership record: never read — it may be an old result that lost its record, and reading it as
 * input would count last term's figures again — but never skipped silently either: when it holds
 * anything, an `output-name-sheet` warning says so and how to have it counted (rename it).
 */
export function reportOutputNamedSheet(table: Table, issues: Issue[]): 'empty' | 'output-name' {
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const blank = rows.every((row) => !Array.isArray(row) || !hasText(row));
  if (blank) return 'empty';
  issues.push(makeIssue('output-name-sheet', { sheet: table.name }, { sheet: table.name }));
  return 'output-name';
}

/** Whether a row holds any text (walked by its cells: a row may be holey, see table.ts). */
function hasText(row: readonly CellValue[]): boolean {
  let found = false;
  eachCell(row, (cell) => {
    if (!found && cellText(cell) !== '') found = true;
  });
  return found;
}
