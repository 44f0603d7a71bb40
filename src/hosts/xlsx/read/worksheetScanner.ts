/**
 * Reads a worksheet part's cells from text chunks as they are inflated, so a 1,000,000-row sign-in
 * sheet never exists as one string or one DOM (SPEC §3.2 long shape can be that large). Only
 * `<row>`, `<c>` and `<sheetProtection>` matter; everything else is skipped. Works for any element
 * prefix and for rows or cells written without an `r` attribute. The XmlStream below it looks at
 * each character a bounded number of times and skips comments and processing instructions.
 */
import type { CellValue } from '../../../sheets/table.js';
import { serialToDate } from './dateStyles.js';
import { MAX_TEXT_CHARS, StringItem, unescapeExcel } from './cellText.js';
import { decodeXml } from '../package/xmlText.js';
import { XlsxFileError } from '../package/fileError.js';
import { readAttributes } from './startTag.js';
import { PlainCell, PlainRow, PlainValue, readPlainCell, readPlainRow } from './plainMarkup.js';
import { XmlStream, type XmlStreamHandler } from './xmlStream.js';

export interface ScanOptions {
  /**
   * Read the common cell shape straight from the characters (plainMarkup.ts). Off, every cell goes
   * through the tokenizer: the reference the tests compare the shortcut with. @default true
   */
  shortcuts?: boolean;
}

export interface ScanContext {
  sharedStrings: string[];
  /** By cellXfs index: the style shows dates. */
  dateStyles: boolean[];
  date1904: boolean;
}

export interface ScannedSheet {
  /** Sparse by 0-based sheet row; each row by 0-based column, ending at its last value (`rowOf`). */
  rows: (CellValue[] | undefined)[];
  /** The leftmost column holding a value (Infinity for none). */
  left: number;
  protected: boolean;
  /** 0-based rows marked `<row hidden="1">` (hidden by hand or by a filter), in document order. */
  hiddenRows: number[];
}

/**
 * A row whose cells span more than this many times their number (plus a little) is kept holey:
 * one stray value in column XFD costs one cell, not 16,384 (SPEC §11, issue 19 item 6). Readers
 * walk such rows by their present cells (`eachCell` in src/sheets/table.ts).
 */
const DENSE_SPAN_PER_CELL = 4;
const DENSE_SPAN_SLACK = 64;

/** The array of one row from its cells: dense (blanks are null) when they are close, else holey. */
function rowOf(columns: readonly number[], values: readonly CellValue[]): CellValue[] {
  const count = columns.length;
  let last = 0;
  let inPlace = true;
  for (let i = 0; i < count; i++) {
    const c = columns[i] ?? 0;
    if (c > last) last = c;
    if (c !== i) inPlace = false;
  }
  // Cells A, B, C… with no gap (most rows): the values are the row, copied in one go — half the time
  // of filling a new array cell by cell in Chromium, the same in Node (docs/performance.md).
  if (inPlace) return values.slice(0, count);
  let row: CellValue[];
  if (last + 1 <= columns.length * DENSE_SPAN_PER_CELL + DENSE_SPAN_SLACK) {
    row = new Array<CellValue>(last + 1).fill(null);
    for (let i = 0; i < columns.length; i++) row[columns[i] ?? 0] = values[i] ?? null;
  } else {
    row = [];
    for (let i = 0; i < columns.length; i++) row[columns[i] ?? 0] = values[i] ?? null;
  }
  return row;
}

/** A value into a row already made; a dense row stays dense up to the new cell. */
function setCell(row: CellValue[], column: number, value: CellValue): void {
  if (column > row.length && column - row.length <= DENSE_SPAN_SLACK) while (row.length < column) row.push(null);
  row[column] = value;
}

const ROW_ATTRIBUTES = ['r', 'hidden'];
const CELL_ATTRIBUTES = ['r', 't', 's'];
const PROTECTION_ATTRIBUTES = ['sheet'];
/** Distinct date values shared per sheet; a column of timestamps stops sharing past this many. */
const SHARED_DATES_LIMIT = 10_000;
/** SPEC §11: A1:XFD1048576 is the whole sheet; a reference beyond it is a damaged file. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export class WorksheetScanner implements XmlStreamHandler {
  private readonly stream = new XmlStream(this);
  private row = -1;
  private column = -1;
  private readonly result: ScannedSheet = { rows: [], left: Infinity, protected: false, hiddenRows: [] };
  /** Attribute values of the tag at hand (reused: one array for every cell). */
  private readonly attributes: (string | undefined)[] = [];
  /**
   * Cells of the same day share one Date: a sign-in sheet repeats one date per session on up to
   * 1,000,000 rows, and a Date costs ~100 bytes. Readers never mutate cell values.
   */
  private readonly dates = new Map<number, Date>();
  /**
   * Cells of the row being scanned (column, value), made into the row's array when it ends: an
   * exact-size array (an array grown by push keeps about twice the room it needs — 70 MB on a
   * 1,000,000-row sheet), dense when its cells are close together, else holey (see `rowOf`).
   */
  private readonly columns: number[] = [];
  private readonly values: CellValue[] = [];
  /** The row being scanned was written before (not by Excel, but valid XML): its cells go there. */
  private earlier: CellValue[] | undefined;

  // The cell being read: its attributes, and its <v> text or inline string.
  private inCell = false;
  private cellRef: string | undefined;
  private cellType = 'n';
  private cellStyle = 0;
  private inValue = false;
  private valueSeen = false;
  private valuePieces: string[] = [];
  private valueLength = 0;
  private inInline = false;
  private inlineSeen = false;
  private inlineText = '';
  private readonly item = new StringItem();
  private readonly plainCellRead = new PlainCell();
  private readonly plainRowRead = new PlainRow();

  private readonly shortcuts: boolean;

  constructor(
    private readonly ctx: ScanContext,
    options: ScanOptions = {},
  ) {
    this.shortcuts = options.shortcuts ?? true;
  }

  push(chunk: string): void {
    this.stream.push(chunk);
  }

  finish(): ScannedSheet {
    this.stream.end();
    if (this.inCell) throw new Error('worksheet part ends inside a cell');
    this.endRow();
    return this.result;
  }

  get wantsText(): boolean {
    return this.inValue || (this.inInline && this.item.wantsText);
  }

  /**
   * Plain rows and cells (plainMarkup.ts) between cells, read one after the other without going
   * back to the tokenizer; it reads anything else. `</row>` is passed over as the tokenizer's
   * reading does (close ignores it).
   */
  shortcut(source: string, at: number): number {
    if (!this.shortcuts || this.inCell || this.inInline) return -1;
    let end = -1;
    for (let next = at; next < source.length && source.charCodeAt(next) === 0x3c /* < */; end = next) {
      const name = next + 1 < source.length ? source.charCodeAt(next + 1) : 0;
      if (name === 0x63 /* c */) next = this.plainCell(source, next);
      else if (name === 0x72 /* r */) next = this.plainRow(source, next);
      else if (name === 0x2f /* / */ && source.startsWith('row>', next + 2)) next += 6;
      else break;
      if (next === -1) break;
    }
    return end;
  }

  private plainRow(source: string, at: number): number {
    const end = readPlainRow(source, at, this.plainRowRead);
    if (end === -1) return -1;
    const { row, hidden } = this.plainRowRead;
    const index = row === -1 ? this.row + 1 : row - 1;
    // A row beyond the sheet is refused by the tokenizer's reading of the row.
    if (index >= MAX_ROWS) return -1;
    this.startRow(index);
    if (hidden) this.result.hiddenRows.push(index);
    return end;
  }

  /** One plain cell (plainMarkup.ts) into its row; -1 when it is not one. */
  private plainCell(source: string, at: number): number {
    const end = readPlainCell(source, at, this.plainCellRead);
    if (end === -1) return -1;
    const { column, style, value, number } = this.plainCellRead;
    const next = column === -1 ? this.column + 1 : column;
    if (next >= MAX_COLUMNS) return -1;
    let cell: CellValue = null;
    if (value === PlainValue.SharedString) {
      const text = this.ctx.sharedStrings[number];
      // A shared string that does not exist is refused by the tokenizer's reading of the cell.
      if (text === undefined) return -1;
      cell = emptyToNull(text);
    } else if (value === PlainValue.Number) {
      cell = this.ctx.dateStyles[style] ? this.date(number) : number;
    }
    this.column = next;
    this.place(cell);
    return end;
  }

  open(local: string, source: string, from: number, to: number): void {
    if (this.inInline) {
      this.item.open(local);
      return;
    }
    switch (local) {
      case 'row': {
        readAttributes(source, from, to, ROW_ATTRIBUTES, this.attributes);
        const r = this.attributes[0];
        const hidden = this.attributes[1];
        this.startRow(r === undefined ? this.row + 1 : rowIndex(r));
        if (hidden === '1' || hidden === 'true') this.result.hiddenRows.push(this.row);
        break;
      }
      case 'c':
        readAttributes(source, from, to, CELL_ATTRIBUTES, this.attributes);
        this.inCell = true;
        this.cellRef = this.attributes[0];
        this.cellType = this.attributes[1] ?? 'n';
        this.cellStyle = Number(this.attributes[2] ?? 0);
        this.valueSeen = false;
        this.valuePieces = [];
        this.valueLength = 0;
        this.inlineSeen = false;
        this.inlineText = '';
        break;
      case 'v':
        // The first <v> of a cell is its value (as the regex reader took it).
        if (this.inCell && !this.valueSeen) this.inValue = true;
        break;
      case 'is':
        if (this.inCell && !this.inlineSeen) this.inInline = true;
        break;
      case 'sheetProtection': {
        readAttributes(source, from, to, PROTECTION_ATTRIBUTES, this.attributes);
        const sheet = this.attributes[0];
        this.result.protected = sheet === '1' || sheet === 'true';
        break;
      }
    }
  }

  close(local: string): void {
    if (this.inInline) {
      if (local === 'is') {
        this.inInline = false;
        this.inlineSeen = true;
        this.inlineText = this.item.finish();
      } else {
        this.item.close(local);
      }
      return;
    }
    if (local === 'v' && this.inValue) {
      this.inValue = false;
      this.valueSeen = true;
    } else if (local === 'c' && this.inCell) {
      this.inCell = false;
      this.inValue = false;
      this.cell(this.cellRef, this.cellType, this.cellStyle);
    }
  }

  text(raw: string): void {
    if (this.inValue) {
      this.valueLength += raw.length;
      if (this.valueLength > MAX_TEXT_CHARS) throw new Error(`a cell value is longer than ${MAX_TEXT_CHARS} characters`);
      this.valuePieces.push(raw);
    } else {
      this.item.text(raw);
    }
  }

  private cell(ref: string | undefined, type: string, style: number): void {
    this.column = ref === undefined ? this.column + 1 : columnIndex(ref);
    if (this.column >= MAX_COLUMNS) throw new XlsxFileError('damaged', `cell reference ${ref ?? ''} lies beyond column XFD`);
    this.place(this.value(type, style));
  }

  /** The value of the cell at `this.column` into its row. */
  private place(value: CellValue): void {
    // A malformed reference (`r="12"`) has no column; its value is not part of the Table.
    if (value === null || this.column < 0) return;
    if (this.earlier !== undefined) {
      // A row repeated 100,000 times is continued in place, not copied 100,000 times.
      setCell(this.earlier, this.column, value);
    } else {
      this.columns.push(this.column);
      this.values.push(value);
    }
    if (this.column < this.result.left) this.result.left = this.column;
  }

  private startRow(row: number): void {
    this.endRow();
    if (row >= MAX_ROWS) throw new XlsxFileError('damaged', `row ${row + 1} lies beyond row ${MAX_ROWS}`);
    this.row = row;
    this.column = -1;
    this.earlier = this.result.rows[row];
  }

  private endRow(): void {
    if (this.columns.length > 0) this.result.rows[this.row] = rowOf(this.columns, this.values);
    this.columns.length = 0;
    this.values.length = 0;
    this.earlier = undefined;
  }

  private value(type: string, style: number): CellValue {
    if (type === 'inlineStr') return this.inlineSeen ? emptyToNull(this.inlineText) : null;
    // A formula cell with no cached result (never calculated) reads as empty.
    if (!this.valueSeen) return null;
    const raw = decodeXml(this.valuePieces.length === 1 ? (this.valuePieces[0] ?? '') : this.valuePieces.join(''));
    switch (type) {
      case 's':
        return emptyToNull(this.sharedString(raw));
      case 'str':
        return emptyToNull(unescapeExcel(raw));
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'e':
        return raw;
      case 'd':
        return isoCellText(raw);
      default: {
        const n = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(n)) return null;
        return this.ctx.dateStyles[style] ? this.date(n) : n;
      }
    }
  }

  /**
   * SPEC §11: an index the sharedStrings part does not hold (or no such part at all) is a damaged
   * file — a part cut short would otherwise blank the cells of its last strings without a word.
   */
  private sharedString(raw: string): string {
    const index = Number(raw);
    const text = Number.isInteger(index) && index >= 0 ? this.ctx.sharedStrings[index] : undefined;
    if (text === undefined) {
      throw new XlsxFileError('damaged', `shared string ${raw.slice(0, 20)} does not exist (the workbook holds ${this.ctx.sharedStrings.length})`);
    }
    return text;
  }

  private date(serial: number): Date {
    const shared = this.dates.get(serial);
    if (shared !== undefined) return shared;
    const date = serialToDate(serial, this.ctx.date1904);
    if (this.dates.size < SHARED_DATES_LIMIT) this.dates.set(serial, date);
    return date;
  }
}

const ISO_CELL = /^\s*(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * A `t="d"` cell (ISO 8601) as the text it is, so the sheets layer's one date parser validates it
 * like a typed date (issue 19 item 8): `2023-02-30` stays that text and becomes an issue, never
 * 2023-03-02; the day written is the day meant, whatever the zone (`2023-09-06T07:00:00+08:00` is
 * 2023-09-06, and 07:00:00 stays as written). Midnight is the date alone.
 */
function isoCellText(raw: string): string | null {
  const match = ISO_CELL.exec(raw);
  if (!match) return emptyToNull(raw.trim());
  const [, day, time] = match;
  return time === undefined || /^00:00(:00)?$/.test(time) ? (day ?? null) : `${day} ${time}`;
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

/**
 * `AB12` → 27 (0-based column). The row digits must lie within the sheet too (SPEC §11); a reference
 * without letters (`r="12"`) has no column (-1).
 */
function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length && n <= MAX_COLUMNS; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + code - 64;
    else if (code >= 97 && code <= 122) n = n * 26 + code - 96;
    else break;
  }
  if (i < ref.length && n <= MAX_COLUMNS) {
    const row = Number(ref.slice(i));
    if (Number.isInteger(row) && (row < 1 || row > MAX_ROWS)) throw new XlsxFileError('damaged', `cell reference ${ref} lies outside A1:XFD1048576`);
  }
  return n - 1;
}

/** A row's `r` (1-based) → 0-based index; anything but a row of the sheet is a damaged file. */
function rowIndex(r: string): number {
  const n = Number(r);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) throw new XlsxFileError('damaged', `row reference ${r.slice(0, 20)} lies outside 1…${MAX_ROWS}`);
  return n - 1;
}
