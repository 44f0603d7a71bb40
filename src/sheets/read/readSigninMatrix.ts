/**
 * 签到表, matrix shape (考勤表, SPEC §3.2): one row per teacher, one column per session. The header
 * holds 姓名 (and 工号) and date headers (`9月6日`, `9月6日 集体备课`, Excel dates); an optional 学时 row
 * right under it gives each session's hours; a blank cell is absent; 合计 rows and columns are ignored.
 */
import type { CellValue, Table } from '../table.js';
import type { DateReader } from './dateReader.js';
import type { SheetCells } from './sheetCells.js';
import type { SigninContext } from './readSigninLong.js';
import { HEADER_SCAN_ROWS, matchColumns, type HeaderMatch } from './header.js';
import { identifyRow, personAt } from './identity.js';
import { isTotalLabel } from './sheetCells.js';
import { NotExpectedNotes, statusAt } from './rowStatus.js';
import { cellText, headerKey } from '../normalize/text.js';
import { parseDateCell, parseDatePrefix, type DateParse } from '../normalize/date.js';
import { HOURS_ROW_LABELS } from '../words/vocabulary.js';

export interface DateColumn {
  index: number;
  /** Header as written. */
  header: string;
  date: DateParse;
  /** Activity named after the date (`9月6日 集体备课` → 集体备课), else ''. */
  title: string;
}

export interface MatrixHeader {
  header: HeaderMatch;
  dateColumns: DateColumn[];
}

const LEADING_NOISE = /^[\s\-—–_:,、()]+/;
const TRAILING_NOISE = /[\s\-—–_:,、()]+$/;
const WEEKDAY = /^(星期|周|礼拜)[一二三四五六日天]/;
const HOURS_LABELS: ReadonlySet<string> = new Set(HOURS_ROW_LABELS.map(headerKey));

/** A header cell that is a date (optionally followed by the activity); null otherwise. */
export function dateHeader(cell: CellValue | undefined): { date: DateParse; title: string } | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell !== 'string') {
    const date = parseDateCell(cell);
    return date === null || date.kind === 'bad' ? null : { date, title: '' };
  }
  const text = cellText(cell);
  const found = parseDatePrefix(text);
  if (found === null) return null;
  const next = found.rest.charCodeAt(0);
  if (next >= 48 && next <= 57) return null;
  const title = found.rest.replace(LEADING_NOISE, '').replace(WEEKDAY, '').replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  return { date: found.date, title };
}

/**
 * The matrix header: the first of the first 10 rows with a 姓名 (or 工号) column and a date header
 * (in the same row, or in the row below for a two-row header).
 * @param contain whether 姓名/工号 may match by containment (a sheet found by its name, SPEC §3).
 * @example findMatrixHeader([['姓名', '9月6日', '9月13日']])?.dateColumns.length // 2
 */
export function findMatrixHeader(rows: readonly (readonly CellValue[])[], contain = true): MatrixHeader | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const row = rows[rowIndex];
    if (!Array.isArray(row)) continue;
    const columns = matchColumns(row, ['id', 'name'], contain);
    if (columns.name === undefined && columns.id === undefined) continue;
    // A two-row header (merged 姓名 cell beside a merged 校本研训 band over the dates) has its dates
    // in the row below; the data then starts under that row.
    for (const dateRow of [rowIndex, rowIndex + 1]) {
      // The lower row of a two-row header has nothing under 姓名/工号 (merged); a row that names someone
      // is data — a roster whose first teacher has a 入职日期 is no 考勤表.
      if (dateRow > rowIndex && namesSomeone(rows[dateRow], columns)) break;
      const dateColumns = dateColumnsOf(rows[dateRow]);
      if (dateColumns.length > 0) return { header: { rowIndex: dateRow, columns }, dateColumns };
    }
  }
  return null;
}

function namesSomeone(row: readonly CellValue[] | undefined, columns: HeaderMatch['columns']): boolean {
  if (!Array.isArray(row)) return false;
  return [columns.name, columns.id].some((ref) => ref !== undefined && cellText(row[ref.index]) !== '');
}

function dateColumnsOf(row: readonly CellValue[] | undefined): DateColumn[] {
  const dateColumns: DateColumn[] = [];
  if (!Array.isArray(row)) return dateColumns;
  row.forEach((cell, index) => {
    const found = dateHeader(cell);
    if (found !== null) dateColumns.push({ index, header: cellText(cell), ...found });
  });
  return dateColumns;
}

/** Whether the row under the header is the 学时 row: its first non-blank cell says 学时. */
function isHoursRow(row: readonly CellValue[] | undefined): boolean {
  if (!Array.isArray(row)) return false;
  for (const cell of row) {
    const text = cellText(cell);
    if (text !== '') return HOURS_LABELS.has(headerKey(text));
  }
  return false;
}

/** Read a matrix sign-in sheet into `ctx`; returns the number of data rows read. */
export function readSigninMatrix(table: Table, cells: SheetCells, matrix: MatrixHeader, ctx: SigninContext, dates: DateReader): number {
  const headerIndex = matrix.header.rowIndex;
  const hoursIndex = isHoursRow(table.rows[headerIndex + 1]) ? headerIndex + 1 : -1;
  const source = { sheet: cells.sheet, row: cells.rowNumber(headerIndex) };
  // SPEC §3.2: matrix sessions expect every teacher listed in the matrix (filled in below).
  const listed: string[] = [];
  const listedSet = new Set<string>();
  const sessions: { column: DateColumn; key: string }[] = [];
  const usedKeys = new Set<string>();
  const sharedLists = new Set<string[]>();
  for (const column of matrix.dateColumns) {
    const read = dates.resolve(column.date);
    if (read.kind !== 'date') {
      cells.issue(column.date.kind === 'partial' ? 'year-unknown' : 'bad-date', headerIndex, column.header, { value: column.header });
      continue;
    }
    const hoursRead = hoursIndex >= 0 ? cells.hoursAt(hoursIndex, column.index, column.header, ctx.hoursPerDay) : null;
    const hours = typeof hoursRead === 'number' ? hoursRead : null;
    // Two columns with the same date and activity are two sittings (morning and afternoon): keep both.
    let title = column.title;
    for (let n = 2; usedKeys.has(`${read.iso}|${title}`); n++) title = `${column.title}(${n})`;
    const session = ctx.sessions.session(read.iso, title, { kind: 'teachers', teacherKeys: listed }, hours, source);
    // The same session in another matrix (one matrix per 教研组): its expected list grows with this one's teachers.
    if (session.expected.kind === 'teachers' && session.expected.teacherKeys !== listed) sharedLists.add(session.expected.teacherKeys);
    if (hoursRead !== null && typeof hoursRead === 'object') ctx.hoursFallbacks.session(hoursRead, session.key);
    usedKeys.add(session.key);
    sessions.push({ column, key: session.key });
  }
  const notExpected = new NotExpectedNotes();
  let firstColumn: string | undefined;
  let rowsRead = 0;
  for (const i of cells.dataRows()) {
    if (i === hoursIndex) continue;
    rowsRead++;
    const person = personAt(cells, i, 'id', 'name');
    if (isTotalLabel(person.name) || isTotalLabel(person.id)) continue;
    const teacherKey = identifyRow(cells, ctx.identity, i, person);
    if (teacherKey === null) continue;
    if (!listedSet.has(teacherKey)) {
      listedSet.add(teacherKey);
      listed.push(teacherKey);
      for (const list of sharedLists) if (!list.includes(teacherKey)) list.push(teacherKey);
    }
    for (const { column, key } of sessions) {
      const status = statusAt(cells, i, column.index, column.header, 'absent');
      if (status === 'notExpected') {
        notExpected.add(i, person.name);
        firstColumn ??= column.header;
      }
      const record = { teacherKey, sessionKey: key, status, hours: null, source: { sheet: cells.sheet, row: cells.rowNumber(i) } };
      ctx.sessions.add(record, person.name, cells, i, person.nameColumn);
    }
  }
  notExpected.report(cells, firstColumn);
  return rowsRead;
}
