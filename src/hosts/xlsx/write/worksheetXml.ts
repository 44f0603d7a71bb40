/**
 * One output sheet as worksheet XML (ECMA-376 Part 1 §18.3.1.99). Strings are inline strings
 * (`t="inlineStr"`), so the school's sharedStrings part is never touched and no text can become a
 * formula; children follow CT_Worksheet's sequence, which Excel enforces.
 */
import { a1, columnLetter, type CellLook, type OutputCell } from '../../../sheets/output.js';
import type { PreparedSheet } from './preparedSheet.js';
import { RowStyles, type StyledRun } from './rowStyles.js';
import { joinBytes } from '../package/joinBytes.js';
import { Utf8Chunker } from './utf8Chunks.js';
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
  return joinBytes(worksheetChunks(prepared, refs));
}

/**
 * The worksheet part as UTF-8 chunks, produced front to back as they are asked for: a package that
 * deflates a part chunk by chunk never needs the whole part (docs/performance.md, "The writer").
 * Styles are asked of `refs.xfFor` while the chunks are produced, so styles.xml is rendered after.
 */
export function* worksheetChunks(prepared: PreparedSheet, refs: WorksheetRefs): Generator<Uint8Array, void, undefined> {
  const { sheet } = prepared;
  const styles = new RowStyles(sheet.formats ?? [], refs.xfFor);
  // <dimension> comes before the rows: a first pass over them (a streamed sheet makes its rows twice).
  const extent = sheetExtent(prepared.rows(), styles);
  const utf8 = new Utf8Chunker();
  const head =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${refs.mainNs}" xmlns:r="${refs.relNs}">` +
    sheetPr(prepared) +
    `<dimension ref="${extent ? `A1:${columnLetter(extent.column)}${extent.row + 1}` : 'A1'}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane(sheet.freeze)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols(prepared) +
    '<sheetData>';
  const headChunk = utf8.add(head);
  if (headChunk) yield headChunk;
  const letters = new ColumnLetters();
  let r = 0;
  const rowChunk = (values: readonly OutputCell[]): Uint8Array | undefined => {
    const row = rowXml(r, values, styles.next(r), sheet.rowHeights?.[r], letters);
    r += 1;
    return row === '' ? undefined : utf8.add(row);
  };
  for (const values of prepared.rows()) {
    const chunk = rowChunk(values ?? []);
    if (chunk) yield chunk;
  }
  // Rows past the last value that a format still covers.
  while (r <= styles.lastRow) {
    const chunk = rowChunk([]);
    if (chunk) yield chunk;
  }
  const tailChunk = utf8.add(tail(prepared, refs));
  if (tailChunk) yield tailChunk;
  const last = utf8.end();
  if (last) yield last;
}

/**
 * One `<row>` with its cells: every cell that holds a value or that a format covers; '' when none.
 * Built as one string of few pieces (issue 23: per-cell sets, sorts and arrays were the writer's cost).
 */
function rowXml(r: number, values: readonly OutputCell[], runs: readonly StyledRun[], height: number | null | undefined, letters: ColumnLetters): string {
  const rowNumber = String(r + 1);
  const lastRun = runs[runs.length - 1];
  const end = Math.max(values.length, lastRun === undefined ? 0 : lastRun.right + 1);
  let xml = '';
  let k = 0;
  for (let c = 0; c < end; c++) {
    while (k < runs.length && runs[k]!.right < c) k++;
    const run = runs[k];
    const xf = run !== undefined && run.left <= c ? run.xf : -1;
    const value = values[c];
    if (xf < 0 && (value === null || value === undefined || value === '')) continue;
    xml += cellElement(letters.of(c) + rowNumber, value ?? null, xf > 0 ? xf : 0);
  }
  if (xml === '') return '';
  // A measured height for wrapped text (SPEC §7): no spreadsheet re-measures rows on open.
  const ht = typeof height === 'number' && height > 0 ? ` ht="${height}" customHeight="1"` : '';
  return `<row r="${rowNumber}"${ht}>${xml}</row>`;
}

/** The last written row and column (for `<dimension>`), undefined when no cell is written. */
function sheetExtent(rows: Iterable<readonly OutputCell[] | undefined>, styles: RowStyles): { row: number; column: number } | undefined {
  let row = styles.lastRow >= 0 ? styles.lastRow : -1;
  let column = styles.lastColumn;
  let r = -1;
  for (const values of rows) {
    r += 1;
    if (values === undefined) continue;
    for (let c = values.length - 1; c >= 0; c--) {
      const v = values[c];
      if (v === null || v === undefined || v === '') continue;
      if (c > column) column = c;
      if (r > row) row = r;
      break;
    }
  }
  return row < 0 ? undefined : { row, column: Math.max(0, column) };
}

/** Column letters, each computed once per sheet. */
class ColumnLetters {
  private readonly letters: string[] = [];
  of(c: number): string {
    return this.letters[c] ?? (this.letters[c] = columnLetter(c));
  }
}

function tail(prepared: PreparedSheet, refs: WorksheetRefs): string {
  const { sheet } = prepared;
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
  return parts.join('');
}

function cellElement(ref: string, value: OutputCell, xf: number): string {
  const s = xf ? ` s="${xf}"` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  const text = cellText(value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value);
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

// Every character escapeXml (../package/xmlText.ts) changes: the five it escapes or writes as a
// reference, and those XML 1.0 forbids (controls, surrogates, U+FFFE/U+FFFF). Text without any is
// written as it is: most cells are names and numbers, and a test is cheaper than six replaces.
// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
const NEEDS_ESCAPING = /[\u0000-\u0009\u000B-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Cell text as element content: `_xHHHH_` kept literal (ST_Xstring), then escaped. */
function cellText(value: string): string {
  const text = escapeXstring(value);
  return NEEDS_ESCAPING.test(text) ? escapeXml(text) : text;
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
