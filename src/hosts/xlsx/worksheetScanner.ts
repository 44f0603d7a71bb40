/**
 * Reads a worksheet part's cells from text chunks as they are inflated, so a 1,000,000-row sign-in
 * sheet never exists as one string or one DOM (SPEC §3.2 long shape can be that large). Only
 * `<row>`, `<c>` and `<sheetProtection>` matter; everything else is skipped. Works for any element
 * prefix and for rows or cells written without an `r` attribute.
 */
import type { CellValue } from '../../sheets/table.js';
import { serialToDate } from './dateStyles.js';
import { stringItemText, unescapeExcel } from './cellText.js';
import { decodeXml } from './xmlText.js';

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
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const CELL_END = /<\/(?:[\w.-]+:)?c\s*>/g;

export class WorksheetScanner {
  private buffer = '';
  private row = -1;
  private column = -1;
  private readonly result: ScannedSheet = { rows: [], protected: false };

  constructor(private readonly ctx: ScanContext) {}

  push(chunk: string): void {
    this.buffer += chunk;
    const consumed = this.scan();
    this.buffer = this.buffer.slice(consumed);
  }

  finish(): ScannedSheet {
    this.scan();
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
        const r = attr(text.slice(lt, gt), 'r');
        this.row = r === undefined ? this.row + 1 : Number(r) - 1;
        this.column = -1;
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
        this.cell(text.slice(lt, gt + 1), selfClosing ? '' : text.slice(gt + 1, end));
        pos = end;
      } else if (name === 'sheetProtection') {
        const sheet = attr(text.slice(lt, gt), 'sheet');
        this.result.protected = sheet === '1' || sheet === 'true';
        pos = gt + 1;
      } else {
        pos = gt + 1;
      }
    }
  }

  private cell(startTag: string, inner: string): void {
    const ref = attr(startTag, 'r');
    this.column = ref === undefined ? this.column + 1 : columnIndex(ref);
    const value = this.value(attr(startTag, 't') ?? 'n', Number(attr(startTag, 's') ?? 0), inner);
    if (value === null) return;
    const rows = this.result.rows;
    const line = rows[this.row] ?? (rows[this.row] = []);
    while (line.length < this.column) line.push(null);
    line[this.column] = value;
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
        return this.ctx.dateStyles[style] ? serialToDate(n, this.ctx.date1904) : n;
      }
    }
  }
}

function emptyToNull(text: string): string | null {
  return text === '' ? null : text;
}

function attr(startTag: string, name: string): string | undefined {
  ATTR.lastIndex = 0;
  for (const m of startTag.matchAll(ATTR)) if (m[1] === name) return m[2] ?? m[3] ?? '';
  return undefined;
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
