/**
 * Reading the cells of one standard sheet below its header: every value normalised, every problem an
 * Issue naming the sheet, the sheet's own 1-based row and the column header as the user wrote it.
 */
import type { IsoDate } from '../../engine/model.js';
import { makeIssue, type Issue, type IssueCode, type IssueParams, type IssueWhere } from '../../engine/issues.js';
import type { CellValue, Table } from '../table.js';
import type { ColumnKey } from '../words/vocabulary.js';
import type { ColumnRef, HeaderMatch } from './header.js';
import type { DateReader } from './dateReader.js';
import { cellText, headerKey, isBlank, isIdeographs } from '../normalize/text.js';
import { TextMemo } from '../normalize/memo.js';
import { normalizeName } from '../normalize/name.js';
import { isFormulaError } from '../normalize/cellError.js';
import { parseHoursCell, parseNumberCell } from '../normalize/number.js';
import { parseMonthCell } from '../normalize/date.js';
import { readYesNo } from '../words/yesNo.js';
import { NOTE_LINE_WORDS, SIGNATURE_WORDS, TOTAL_WORDS } from '../words/vocabulary.js';

const TOTAL_KEYS: ReadonlySet<string> = new Set(TOTAL_WORDS.map(headerKey));
/** Words that open a note or signature line when a colon follows them. */
const LINE_KEYS: ReadonlySet<string> = new Set([...NOTE_LINE_WORDS, ...SIGNATURE_WORDS].map(headerKey));
/** First characters of every not-data label: any other first character is data, without normalising. */
const LABEL_FIRST: ReadonlySet<number> = new Set([...TOTAL_KEYS, ...LINE_KEYS].map((key) => key.charCodeAt(0)));
/** A total word followed by what a total row adds (`合计：5人`, `合计(人)`, `小计 12`). */
const TOTAL_WITH = /^(.+?)[:([【\d]/;
const ALL_DIGITS = /^\d+$/;
/**
 * First characters of the total words. NFKC keeps CJK ideographs, so a text starting with any other
 * ideograph (a teacher's name, on every row) is no total label, without normalising it.
 */
const TOTAL_FIRST: ReadonlySet<number> = new Set([...TOTAL_KEYS].map((key) => key.charCodeAt(0)));
/** Name cells as read: normalised text, then no white space (each distinct cell text once). */
const NAMES = new TextMemo((value: string) => normalizeName(cellText(value)));

/** Whether a label is a 合计/小计/总计 row or column label. */
export function isTotalLabel(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !TOTAL_FIRST.has(first)) return false;
  return TOTAL_KEYS.has(headerKey(text));
}

/**
 * Whether a row's label makes it no data (SPEC §3): a 合计 / 小计 / 总计 / 共计 / 平均 row, a legend or
 * 说明 line, a 制表 / 审核 signature. The label is the row's first text cell that is not a bare 序号.
 * @example isNotDataLabel('制表：教科室') // true
 */
export function isNotDataLabel(text: string): boolean {
  if (!mayBeLabel(text.charCodeAt(0))) return false;
  const key = headerKey(text);
  if (TOTAL_KEYS.has(key)) return true;
  const colon = key.indexOf(':');
  if (colon > 0 && LINE_KEYS.has(key.slice(0, colon).replace(/\d+$/, ''))) return true;
  const total = TOTAL_WITH.exec(key);
  return total !== null && TOTAL_KEYS.has(total[1] ?? '');
}

/**
 * Whether a text starting with this character may be a not-data label: every label word is CJK, so any
 * other first character but white space (trimmed before comparing) rules it out without normalising —
 * dataRows looks at every row of a 1,000,000-row sign-in sheet.
 */
function mayBeLabel(first: number): boolean {
  return LABEL_FIRST.has(first) || first <= 0x20 || first === 0xa0 || first === 0x3000 || first === 0xfeff || (first >= 0x2000 && first <= 0x200f);
}

/** The row's label cell: its first non-blank cell that is not a number (a 序号), or null. */
function rowLabel(row: readonly CellValue[]): string | null {
  for (const cell of row) {
    if (cell instanceof Date) return null;
    // Numbers (序号), booleans, blanks — and anything a broken host might hand over — are no label.
    if (typeof cell !== 'string') continue;
    const first = cell.charCodeAt(0);
    // Most first cells are a date, a name or a 序号: decided on their first character.
    if (!mayBeLabel(first) && !(first >= 0x30 && first <= 0x39) && !(first >= 0xff10 && first <= 0xff19)) return cell;
    const text = cellText(cell);
    if (text === '' || ALL_DIGITS.test(text)) continue;
    return text;
  }
  return null;
}

/** Options of a sheet's reading. */
export interface SheetCellsOptions {
  /**
   * Skip rows that are not data (totals, notes, signatures, repeated headers) with one notice. @default true
   * The 考核规则 sheet reads every row: its own rule warns about such rows.
   */
  skipNotData?: boolean;
}

/** An hours cell that could not be used as written: where it is and what it held. */
export interface HoursProblem {
  where: IssueWhere;
  text: string;
  negative: boolean;
}

export class SheetCells {
  readonly sheet: string;
  private readonly rows: readonly (readonly CellValue[])[];
  private readonly firstRow: number;
  private readonly firstColumn: number;
  private readonly refs: [ColumnKey, ColumnRef][];
  /** Header cells exactly as written (to spot repeated header rows cheaply): the text ones, by column. */
  private readonly headerTexts: { index: number; text: string }[];
  private readonly headerCellCount: number;
  /** Column indices this sheet reads, for the blank-row test. */
  private readonly readColumns: number[];
  private readonly reportedErrors = new Set<string>();
  /** Header text as written → its column index, so every issue carries the index (Issue.columnIndex). */
  private readonly headerIndex = new Map<string, number>();
  /**
   * The last value read and its text, by column index: the rows of one session repeat its 日期, 活动,
   * 类型 and 参加对象, so most reads are of the same value as the row above (1,000,000 sign-in rows).
   */
  private readonly lastValue: CellValue[] = [];
  private readonly lastText: string[] = [];
  private readonly skipNotData: boolean;
  private readonly hidden: readonly number[];
  /** Rows skipped as not data (indices into `rows`), for the one notice of the sheet. */
  private readonly skipped = new Set<number>();

  constructor(
    table: Table,
    readonly header: HeaderMatch,
    readonly issues: Issue[],
    readonly dates: DateReader,
    options: SheetCellsOptions = {},
  ) {
    this.skipNotData = options.skipNotData ?? true;
    this.hidden = Array.isArray(table.hiddenRows) ? table.hiddenRows : [];
    this.sheet = table.name;
    this.rows = Array.isArray(table.rows) ? table.rows : [];
    this.firstRow = table.firstRow ?? 1;
    this.firstColumn = table.firstColumn ?? 1;
    this.refs = Object.entries(header.columns) as [ColumnKey, ColumnRef][];
    const headerRow = this.rows[header.rowIndex] ?? [];
    const headerCells = new Map(this.refs.map(([, ref]) => [ref.index, headerRow[ref.index] ?? null]));
    this.headerCellCount = headerCells.size;
    this.headerTexts = [];
    for (const [index, text] of headerCells) if (typeof text === 'string') this.headerTexts.push({ index, text });
    this.readColumns = this.refs.map(([, ref]) => ref.index);
    for (const [, ref] of this.refs) this.headerIndex.set(ref.header, ref.index);
    headerRow.forEach((cell, index) => {
      if (cell !== null && cell !== undefined) {
        const text = cellText(cell);
        if (!this.headerIndex.has(text)) this.headerIndex.set(text, index);
      }
    });
  }

  /** 1-based sheet rows the host reports hidden (Table.hiddenRows). */
  get hiddenRows(): readonly number[] {
    return this.hidden;
  }

  /** The sheet's own 1-based row number of `rows[index]`. */
  rowNumber(index: number): number {
    return this.firstRow + index;
  }

  has(key: ColumnKey): boolean {
    return this.header.columns[key] !== undefined;
  }

  /** The header text of a column (for issues), or undefined when the sheet has no such column. */
  column(key: ColumnKey): string | undefined {
    return this.header.columns[key]?.header;
  }

  /**
   * Row indices below the header that hold data. Blank rows are skipped; so are rows that are not data
   * (SPEC §3: 合计 and 平均 rows, legend and 说明 lines, 制表/审核 signatures, repeated header rows),
   * which `reportSkippedRows` then lists in one notice.
   */
  *dataRows(): Generator<number> {
    for (let i = this.header.rowIndex + 1; i < this.rows.length; i++) {
      const row = this.rows[i];
      if (!Array.isArray(row)) continue;
      if (this.skipNotData) {
        const label = rowLabel(row);
        if (label !== null && isNotDataLabel(label)) {
          this.skipped.add(i);
          continue;
        }
      }
      if (this.isBlankRow(row)) continue;
      if (this.isRepeatedHeader(row)) {
        if (this.skipNotData) this.skipped.add(i);
        continue;
      }
      yield i;
    }
  }

  /**
   * One notice (`rows-not-data`) listing the rows `dataRows` skipped as not data, if any: never an
   * error, never one per row.
   */
  reportSkippedRows(): void {
    if (this.skipped.size === 0) return;
    const rows = [...this.skipped].sort((a, b) => a - b).map((i) => this.rowNumber(i));
    const shown = rows.length > 10 ? `${rows.slice(0, 10).join('、')} 等 ${rows.length} 行` : rows.join('、');
    this.issues.push(makeIssue('rows-not-data', { sheet: this.sheet }, { sheet: this.sheet, rows: shown }));
    this.skipped.clear();
  }

  /** Blank = every column this sheet reads is blank (a pre-numbered 序号 column alone is not data). */
  private isBlankRow(row: readonly CellValue[]): boolean {
    for (const index of this.readColumns) if (!isBlank(row[index])) return false;
    return true;
  }

  /** Printed registers repeat the header on every page. */
  private isRepeatedHeader(row: readonly CellValue[]): boolean {
    let same = 0;
    for (const { index, text } of this.headerTexts) if (row[index] === text) same++;
    return same >= 2 || (same === 1 && this.headerCellCount === 1);
  }

  /** Raw cell at an absolute column index; an Excel error value becomes blank with a `formula-error`. */
  rawAt(index: number, columnIndex: number, column: string | undefined): CellValue {
    const value = this.rows[index]?.[columnIndex];
    if (value === undefined) return null;
    if (isFormulaError(value)) {
      // A cell may be read twice (a name checked, then matched): report it once.
      const at = `${index}:${columnIndex}`;
      if (!this.reportedErrors.has(at)) this.issue('formula-error', index, column, { value: value.trim() });
      this.reportedErrors.add(at);
      return null;
    }
    return value;
  }

  /** Raw cell of a column (null when the sheet has no such column). */
  raw(index: number, key: ColumnKey): CellValue {
    const ref = this.header.columns[key];
    return ref === undefined ? null : this.rawAt(index, ref.index, ref.header);
  }

  /** Normalised text ('' for blank). */
  text(index: number, key: ColumnKey): string {
    const ref = this.header.columns[key];
    if (ref === undefined) return '';
    const value = this.rawAt(index, ref.index, ref.header);
    const last = this.lastText[ref.index];
    if (last !== undefined && value === this.lastValue[ref.index]) return last;
    const text = cellText(value);
    this.lastValue[ref.index] = value;
    this.lastText[ref.index] = text;
    return text;
  }

  /** Normalised person name (no white space). */
  name(index: number, key: ColumnKey): string {
    const value = this.raw(index, key);
    if (typeof value !== 'string') return normalizeName(cellText(value));
    return isIdeographs(value) ? value : NAMES.get(value);
  }

  /**
   * A number; null when blank; `bad` (with a `bad-number` issue) when unreadable, and — for a count
   * (`nonNegative`) — when below 0 (a `negative-number` issue: never a silent substitute, issue 19).
   * @param fallback what the reader uses instead, for the message (e.g. '0').
   */
  number(index: number, key: ColumnKey, fallback: string, options: { nonNegative?: boolean } = {}): number | null | 'bad' {
    const value = this.raw(index, key);
    const parsed = parseNumberCell(value);
    if (parsed === null) return null;
    if (parsed.kind === 'number' && (options.nonNegative !== true || parsed.value >= 0)) return parsed.value;
    this.issue(parsed.kind === 'number' ? 'negative-number' : 'bad-number', index, this.column(key), { value: cellText(value), fallback });
    return 'bad';
  }

  /**
   * An hours cell (SPEC §3: days × 每天学时); null when blank; a `HoursProblem` when unreadable or
   * negative — the caller reports it with the hours it uses instead (`HoursFallbacks`).
   */
  hours(index: number, key: ColumnKey, hoursPerDay: number): number | null | HoursProblem {
    const ref = this.header.columns[key];
    return ref === undefined ? null : this.hoursAt(index, ref.index, ref.header, hoursPerDay);
  }

  /** `hours` at an absolute column index (a matrix's 学时 row). */
  hoursAt(index: number, columnIndex: number, column: string, hoursPerDay: number): number | null | HoursProblem {
    const value = this.rawAt(index, columnIndex, column);
    const parsed = parseHoursCell(value, hoursPerDay);
    if (parsed === null) return null;
    if (parsed.kind === 'number') return parsed.value;
    const where: IssueWhere = { sheet: this.sheet, row: this.rowNumber(index), column };
    const columnIndex0 = this.headerIndex.get(column);
    where.columnIndex = this.firstColumn - 1 + (columnIndex0 ?? columnIndex);
    return { where, text: cellText(value), negative: parsed.kind === 'negative' };
  }

  /** A date; null when blank; `bad` after a `bad-date` / `year-unknown` issue. */
  date(index: number, key: ColumnKey): IsoDate | null | 'bad' {
    const value = this.raw(index, key);
    const parse = this.dates.parse(value);
    if (parse === null) return null;
    const read = this.dates.resolve(parse);
    if (read.kind === 'date') return read.iso;
    const code = parse.kind === 'partial' ? 'year-unknown' : 'bad-date';
    this.issue(code, index, this.column(key), { value: cellText(value) });
    return 'bad';
  }

  /**
   * A date that only decides whether a row is in the period (获奖登记, 外出学习, 听课记录): month-only
   * forms are read in 获奖登记 and 外出学习 (`months`), and with no period set an unreadable date is a
   * notice (`date-not-read`) and the row is kept undated (SPEC §3 "Dates").
   */
  periodDate(index: number, key: ColumnKey, months: boolean): IsoDate | null | 'bad' {
    const value = this.raw(index, key);
    const parse = this.dates.parse(value);
    if (parse === null) return null;
    const read = this.dates.resolve(parse);
    if (read.kind === 'date') return read.iso;
    if (months) {
      const month = parseMonthCell(value);
      if (month !== null) return this.dates.monthDay(month.year, month.month);
    }
    if (this.dates.period.from === null && this.dates.period.to === null) {
      this.issue('date-not-read', index, this.column(key), { value: cellText(value) });
      return null;
    }
    this.issue(parse.kind === 'partial' ? 'year-unknown' : 'bad-date', index, this.column(key), { value: cellText(value) });
    return 'bad';
  }

  /** 是/否; blank → null; other words → `unknown-yes-no` and null (the caller's default applies). */
  yesNo(index: number, key: ColumnKey): boolean | null {
    const value = this.raw(index, key);
    const read = readYesNo(value);
    if (read !== 'unknown') return read;
    this.issue('unknown-yes-no', index, this.column(key), { value: cellText(value) });
    return null;
  }

  issue(code: IssueCode, index: number, column: string | undefined, params: IssueParams = {}): void {
    const where: IssueWhere = { sheet: this.sheet, row: this.rowNumber(index) };
    if (column !== undefined) {
      where.column = column;
      const columnIndex = this.headerIndex.get(column);
      if (columnIndex !== undefined) where.columnIndex = this.firstColumn - 1 + columnIndex;
    }
    this.issues.push(makeIssue(code, where, params));
  }
}
