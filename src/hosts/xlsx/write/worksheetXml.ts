/**
 * One output sheet as worksheet XML (ECMA-376 Part 1 §18.3.1.99). Strings are inline strings
 * (`t="inlineStr"`), so the school's sharedStrings part is never touched and no text can become a
 * formula; children follow CT_Worksheet's sequence, which Excel enforces.
 */
import { a1, columnLetter, type CellLook, type OutputCell, type RangeFormat } from '../../../sheets/output.js';
import type { PreparedSheet } from './preparedSheet.js';
import { Utf8Chunks } from './utf8Chunks.js';
import { escapeAttr, escapeXml, escapeXstring } from '../package/xmlText.js';

export interface WorksheetRefs {
  mainNs: string;
  relNs: string;
  /** cellXfs index for a look (from StyleBook.xfFor). */
  xfFor: (look: CellLook) => number;
  drawingRelId?: string;
  tableRelIds: string[];
}

// Excel: a cell holds at most 32,767 characters.
const MAX_CELL_TEXT = 32767;

/** The worksheet part as UTF-8 bytes (see utf8Chunks.ts for why not a string). */
export function worksheetXml(prepared: PreparedSheet, refs: WorksheetRefs): Uint8Array {
  const { sheet, cells } = prepared;
  const looks = new RowLooks(sheet.formats ?? []);
  const lastRow = Math.max(cells.length - 1, looks.lastRow);

  let maxRow = 0;
  let maxCol = 0;
  let rowCount = 0;
  const rowXml = new Utf8Chunks();
  for (let r = 0; r <= lastRow; r++) {
    const values = cells[r] ?? [];
    const rowLooks = looks.next(r);
    const columns = new Set<number>();
    values.forEach((v, c) => !isEmpty(v) && columns.add(c));
    for (const c of rowLooks?.keys() ?? []) columns.add(c);
    if (columns.size === 0) continue;
    const cellXml = [...columns]
      .sort((a, b) => a - b)
      .map((c) => {
        maxCol = Math.max(maxCol, c);
        const look = rowLooks?.get(c);
        return cellElement(`${columnLetter(c)}${r + 1}`, values[c] ?? null, look ? refs.xfFor(look) : 0);
      });
    maxRow = r;
    rowCount++;
    // A measured height for wrapped text (SPEC §7): no spreadsheet re-measures rows on open.
    const height = sheet.rowHeights?.[r];
    const ht = typeof height === 'number' && height > 0 ? ` ht="${height}" customHeight="1"` : '';
    rowXml.add(`<row r="${r + 1}"${ht}>${cellXml.join('')}</row>`);
  }

  const head: string[] = [];
  head.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${refs.mainNs}" xmlns:r="${refs.relNs}">`);
  head.push(sheetPr(prepared));
  head.push(`<dimension ref="${rowCount > 0 ? `A1:${columnLetter(maxCol)}${maxRow + 1}` : 'A1'}"/>`);
  head.push(`<sheetViews><sheetView workbookViewId="0">${pane(sheet.freeze)}</sheetView></sheetViews>`);
  head.push('<sheetFormatPr defaultRowHeight="15"/>');
  head.push(cols(prepared));
  head.push('<sheetData>');

  const parts: string[] = [];
  parts.push('</sheetData>');
  if (sheet.merges?.length) {
    parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${a1(m)}"/>`).join('')}</mergeCells>`);
  }
  if (prepared.validations.length) {
    const items = prepared.validations.map(
      (v) => {
        // errorStyle warning/information: Excel explains and lets the value stay (the readers accept synonyms).
        const style = v.errorStyle === undefined || v.errorStyle === 'stop' ? '' : ` errorStyle="${v.errorStyle}"`;
        const error = v.errorMessage === undefined ? '' : ` error="${escapeXml(v.errorMessage)}"`;
        return `<dataValidation type="list"${style} allowBlank="1" showInputMessage="1" showErrorMessage="1"${error} sqref="${a1(v.range)}"><formula1>${escapeXml(v.formula)}</formula1></dataValidation>`;
      },
    );
    parts.push(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    const fit = sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    // paperSize 9 = A4, the paper Chinese schools print on.
    parts.push(`<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${fit}/>`);
  }
  const breaks = sheet.print?.pageBreaks ?? [];
  if (breaks.length) {
    // <brk id="r"> breaks after 1-based row r, i.e. the 0-based row r starts the new page.
    const brks = breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('');
    parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brks}</rowBreaks>`);
  }
  if (refs.drawingRelId) parts.push(`<drawing r:id="${escapeAttr(refs.drawingRelId)}"/>`);
  if (refs.tableRelIds.length) {
    parts.push(`<tableParts count="${refs.tableRelIds.length}">${refs.tableRelIds.map((id) => `<tablePart r:id="${escapeAttr(id)}"/>`).join('')}</tableParts>`);
  }
  parts.push('</worksheet>');
  return rowXml.bytes(head.join(''), parts.join(''));
}

function isEmpty(v: OutputCell | undefined): boolean {
  return v === null || v === undefined || v === '';
}

function cellElement(ref: string, value: OutputCell, xf: number): string {
  const s = xf ? ` s="${xf}"` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  const text = escapeXml(escapeXstring(value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value));
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/**
 * The merged look of every format covering each cell (later formats win), one row at a time: a sweep
 * over the rows keeps only the formats covering the current row, so a sheet's looks never exist for
 * all its cells at once (a per-cell grid of the 30,000-row 全区教师 was ~90 MB, issue 13).
 */
class RowLooks {
  /** The last row any format covers (-1 for none). */
  readonly lastRow: number;
  private readonly byTop: { index: number; top: number; bottom: number; left: number; right: number; look: CellLook }[];
  private nextToAdd = 0;
  /** Formats covering the current row, in their given order. */
  private active: RowLooks['byTop'] = [];

  constructor(formats: readonly RangeFormat[]) {
    this.byTop = formats
      .map(({ range, ...props }, index) => ({
        index, ...range, look: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as CellLook,
      }))
      .filter((f) => f.top <= f.bottom && f.left <= f.right)
      .sort((a, b) => a.top - b.top || a.index - b.index);
    let last = -1;
    for (const f of this.byTop) if (f.bottom > last) last = f.bottom;
    this.lastRow = last;
  }

  /** Column → look for row `r`; rows must be asked in increasing order. Undefined when no format covers it. */
  next(r: number): Map<number, CellLook> | undefined {
    let added = false;
    while (this.nextToAdd < this.byTop.length && this.byTop[this.nextToAdd]!.top <= r) {
      this.active.push(this.byTop[this.nextToAdd++]!);
      added = true;
    }
    if (added) this.active.sort((a, b) => a.index - b.index);
    if (this.active.some((f) => f.bottom < r)) this.active = this.active.filter((f) => f.bottom >= r);
    if (this.active.length === 0) return undefined;
    const row = new Map<number, CellLook>();
    for (const f of this.active) {
      for (let c = f.left; c <= f.right; c++) row.set(c, { ...row.get(c), ...f.look });
    }
    return row;
  }
}

function sheetPr(prepared: PreparedSheet): string {
  const { tabColor, print } = prepared.sheet;
  const tab = tabColor ? `<tabColor rgb="FF${tabColor.toUpperCase()}"/>` : '';
  const fit = print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function pane(freeze: { rows: number; columns: number } | undefined): string {
  const rows = freeze?.rows ?? 0;
  const columns = freeze?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return '';
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = `${columnLetter(Math.max(0, columns))}${Math.max(0, rows) + 1}`;
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function cols(prepared: PreparedSheet): string {
  const widths = new Map<number, string>();
  (prepared.sheet.columnWidths ?? []).forEach((w, c) => {
    if (Number.isFinite(w) && w > 0) widths.set(c, ` width="${Math.min(255, w)}" customWidth="1"`);
  });
  for (const c of prepared.hiddenColumns) widths.set(c, ' width="9" hidden="1" customWidth="1"');
  if (widths.size === 0) return '';
  const items = [...widths].sort(([a], [b]) => a - b).map(([c, attrs]) => `<col min="${c + 1}" max="${c + 1}"${attrs}/>`);
  return `<cols>${items.join('')}</cols>`;
}
