/**
 * Reads a worksheet part's cells from text chunks as they are inflated, so a 1,000,000-row sign-in
 * sheet never exists as one string or one DOM (SPEC §3.2 long shape can be that large). Only
 * `<row>`, `<c>` and `<sheetProtection>` matter; everything else is skipped. Works for any element
 * prefix and for rows or cells written without an `r` attribute.
 */
import type { CellValue } from '../../../sheets/table.js';
import { serialToDate } from './dateStyles.js';
import { stringItemText, unescapeExcel } from './cellText.js';
import { decodeXml } from '../package/xmlText.js';
import { readAttributes } from './startTag.js';

export interface ScanContext {
  sharedStrings: string[];
  /** By cellXfs index: the style shows dates. */
  dateStyles: boolean[];
  date1904: boolean;
}

export interface ScannedSheet {
  /** Sparse by 0-based sheet row; each row dense by 0-based column. */
  rows: (CellValue[] | undefined)[];
  protected: boolean;
}

const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)/y;
const ROW_ATTRIBUTES = ['r'];
const CELL_ATTRIBUTES = ['r', 't', 's'];
const PROTECTION_ATTRIBUTES = ['sheet'];
/** Distinct date values shared per sheet; a column of timestamps stops sharing past this many. */
const SHARED_DATES_LIMIT = 10_000;
const CELL_END = /<\/(?:[\w.-]+:)?c\s*>/g;

export class WorksheetScanner {
  private buffer = '';
  private row = -1;
  private column = -1;
  private readonly result: ScannedSheet = { rows: [], protected: false };
  /** Attribute values of the tag at hand (reused: one array for every cell). */
  private readonly attributes: (string | undefined)[] = [];
  /**
   * Cells of the same day share one Date: a sign-in sheet repeats one date per session on up to
   * 1,000,000 rows, and a Date costs ~100 bytes. Readers never mutate cell values.
   */
  private readonly dates = new Map<number, Date>();
  /**
   * Cells of the row being scanned, copied out when the row ends: an exact-size array per row (an
   * array grown by push keeps about twice the room it needs — 70 MB on a 1,000,000-row sheet).
   */
  private readonly line: CellValue[] = [];
  /** Whether the row being scanned has a cell to keep. */
  private lineUsed = false;

  constructor(private readonly ctx: ScanContext) {}

  push(chunk: string): void {
    this.buffer += chunk;
    const consumed = this.scan();
    this.buffer = this.buffer.slice(consumed);
  }

  finish(): ScannedSheet {
    this.scan();
    this.endRow();
    return this.result;
  }

  /** Handles every complete element in the buffer; returns how far it got. */
  private scan(): number {
    const text = this.buffer;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) return text.length;
      const gt = text.indexOf('>', lt);
      if (gt === -1) return lt;
      TAG.lastIndex = lt;
      const tag = TAG.exec(text);
      if (!tag || tag[1] === '/' || text[lt + 1] === '?' || text[lt + 1] === '!') {
        pos = gt + 1;
        continue;
      }
      const name = tag[2];
      if (name === 'row') {
        readAttributes(text, lt, gt, ROW_ATTRIBUTES, this.attributes);
        const r = this.attributes[0];
        this.startRow(r === undefined ? this.row + 1 : Number(r) - 1);
        pos = gt + 1;
      } else if (name === 'c') {
        const selfClosing = text[gt - 1] === '/';
        let end = gt + 1;
        if (!selfClosing) {
          CELL_END.lastIndex = gt + 1;
          const close = CELL_END.exec(text);
          if (!close) return lt;
          end = CELL_END.lastIndex;
        }
        readAttributes(text, lt, gt + 1, CELL_ATTRIBUTES, this.attributes);
        const [ref, type, style] = this.attributes;
        this.cell(ref, type ?? 'n', Number(style ?? 0), selfClosing ? '' : text.slice(gt + 1, end));
        pos = end;
      } else if (name === 'sheetProtection') {
        readAttributes(text, lt, gt, PROTECTION_ATTRIBUTES, this.attributes);
        const sheet = this.attributes[0];
        this.result.protected = sheet === '1' || sheet === 'true';
        pos = gt + 1;
      } else {
        pos = gt + 1;
      }
    }
  }

  private cell(ref: string | undefined, type: string, style: number, inner: string): void {
    this.column = ref === undefined ? this.column + 1 : columnIndex(ref);
    const value = this.value(type, style, inner);
    if (value === null) return;
    const line = this.line;
    this.lineUsed = true;
    while (line.length < this.column) line.push(null);
    // A malformed reference (`r="12"`) has no column; its value is not part of the Table.
    if (this.column >= 0) line[this.column] = value;
  }

  private startRow(row: number): void {
    this.endRow();
    this.row = row;
    this.column = -1;
    // A row written twice (not by Excel, but valid XML) continues from its first part.
    const earlier = this.result.rows[row];
    if (earlier !== undefined) {
      for (const value of earlier) this.line.push(value);
      this.lineUsed = true;
    }
  }

  private endRow(): void {
    if (this.lineUsed) this.result.rows[this.row] = this.line.slice();
    this.line.length = 0;
    this.lineUsed = false;
  }

  private value(type: string, style: number, inner: string): CellValue {
    if (type === 'inlineStr') {
      const is = /<(?:[\w.-]+:)?is[\s>]([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(inner);
      return is ? emptyToNull(stringItemText(is[1] ?? '')) : null;
    }
    const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(inner);
    // A formula cell with no cached result (never calculated) reads as empty.
    if (!v) return null;
    const raw = decodeXml(v[1] ?? '');
    switch (type) {
      case 's':
        return emptyToNull(this.ctx.sharedStrings[Number(raw)] ?? '');
      case 'str':
        return emptyToNull(unescapeExcel(raw));
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true';
      case 'e':
        return raw;
      case 'd': {
        const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
        return Number.isNaN(date.getTime()) ? raw : date;
      }
      default: {
        const n = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(n)) return null;
        return this.ctx.dateStyles[style] ? this.date(n) : n;
      }
    }
  }

  private date(serial: number): Date {
    const shared = this.dates.get(serial);
    if (shared !== undefined) return shared;
    const date = serialToDate(serial, this.ctx.date1904);
    if (this.dates.size < SHARED_DATES_LIMIT) this.dates.set(serial, date);
    return date;
  }
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

/** `AB12` → 27 (0-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) n = n * 26 + code - 64;
    else if (code >= 97 && code <= 122) n = n * 26 + code - 96;
    else break;
  }
  return n - 1;
}
