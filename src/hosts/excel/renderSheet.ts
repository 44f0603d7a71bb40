/**
 * Queue everything one OutputSheet describes onto a fresh worksheet — no sync here; the caller's
 * SyncPlanner decides when (normally once for all sheets). Order matters and is kept:
 * number formats first (string cells get '@' so `=x`, `+1`, `001` stay text — SPEC §7), then
 * values, then looks, table, charts.
 */
import type { OutputCell, OutputSheet, RangeFormat } from '../../sheets/output.js';
import { a1, columnLetter } from '../../sheets/output.js';
import type { ApiSupport } from './apiSupport.js';
import { PAYLOAD_BUDGET, writeBytes } from './payload.js';
import { lookRuns, looksBytes } from './lookRuns.js';
import { renderChart } from './renderChart.js';
import type { SyncPlanner } from './syncPlanner.js';

/** Bytes we count for an ordinary formatting operation in a request. */
export const OP_BYTES = 300;
/** Bytes we count for one row-height operation (a row address and a number). */
const ROW_HEIGHT_BYTES = 120;

export interface RenderOptions {
  support: ApiSupport;
  planner: SyncPlanner;
  /** The name the table really gets (unique in the workbook), when the sheet has one. */
  tableName?: string;
  budget?: number;
  /** Freeze panes here (default); the Office.js host's run does it after the big batch instead. */
  freeze?: boolean;
  /**
   * Text written in A1 instead of the spec's first cell (the 本表未更新完成 banner of a run: the real
   * A1 is written last, by `writeFirstCell`, once everything else of every output is in).
   */
  firstCell?: string;
}

/** Queue `spec` onto `sheet`. */
export async function renderSheet(sheet: Excel.Worksheet, spec: OutputSheet, options: RenderOptions): Promise<void> {
  const { support, planner } = options;
  await writeCells(sheet, spec, planner, options.budget ?? PAYLOAD_BUDGET, options.firstCell);

  const looks = lookRuns(spec.formats ?? []);
  await planner.reserve(looksBytes(looks) + OP_BYTES * ((spec.merges?.length ?? 0) + (spec.columnWidths?.length ?? 0)));
  for (const format of looks) if (hasLook(format)) applyLook(sheet.getRange(a1(format.range)), format);
  for (const merge of spec.merges ?? []) sheet.getRange(a1(merge)).merge(false);
  spec.columnWidths?.forEach((chars, column) => {
    const letter = columnLetter(column);
    // columnWidth is in points; Excel's "characters" are ~7 px of the default font plus 5 px padding.
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
  });

  // Heights for wrapped text (SPEC §7), one operation per run of equal heights: Office.js does not
  // grow a row when it writes a value, and 评分明细's rows mostly share a height with their neighbours.
  const heights = rowHeightRuns(spec.rowHeights ?? []);
  await planner.reserve(ROW_HEIGHT_BYTES * heights.length);
  for (const run of heights) sheet.getRange(`${run.top + 1}:${run.bottom + 1}`).format.rowHeight = run.height;

  if (spec.table) {
    await planner.reserve(OP_BYTES);
    // A Range, not an address: an address without a sheet means the ACTIVE sheet (TableCollection.add,
    // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)),
    // which during a run is still the school's own.
    const table = sheet.tables.add(sheet.getRange(a1(spec.table.range)), true);
    table.name = options.tableName ?? spec.table.name;
    table.style = spec.table.style;
  }
  if (spec.freeze && support.freezePanes && options.freeze !== false) freeze(sheet, spec.freeze);
  if (spec.tabColor && support.tabColor) sheet.tabColor = `#${spec.tabColor}`;
  if (spec.validations && support.dataValidation) {
    for (const v of spec.validations) {
      await planner.reserve(OP_BYTES + v.values.join(',').length * 3);
      const validation = sheet.getRange(a1(v.range)).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: v.values.join(',') } };
      if (v.errorStyle === 'warning' || v.errorStyle === 'information') {
        // The clerk may keep a synonym the readers accept: warn, do not refuse.
        validation.errorAlert = {
          showAlert: true, style: v.errorStyle === 'warning' ? 'Warning' : 'Information', title: '提示', message: v.errorMessage ?? '',
        };
      }
    }
  }
  if (spec.print && support.pageLayout) {
    const layout = sheet.pageLayout;
    layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    if (spec.print.paper === 'A4') layout.paperSize = 'A4';
    if (spec.print.titleRows) layout.setPrintTitleRows(`$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`);
  }
  // Before ExcelApi 1.7 a chart's series can only be guessed by Excel from a block: no chart rather
  // than a wrong one (the sheet's numbers are all there).
  for (const chart of support.chartSeries ? (spec.charts ?? []) : []) {
    await planner.reserve(OP_BYTES * (4 + chart.series.length));
    renderChart(sheet, chart);
  }
}

/**
 * Consecutive rows of equal height as one run each (rows without a height are left out).
 * @example rowHeightRuns([null, 35, 35, 19]) // [{ top: 1, bottom: 2, height: 35 }, { top: 3, bottom: 3, height: 19 }]
 */
export function rowHeightRuns(heights: readonly (number | null | undefined)[]): { top: number; bottom: number; height: number }[] {
  const runs: { top: number; bottom: number; height: number }[] = [];
  heights.forEach((height, row) => {
    if (typeof height !== 'number' || !(height > 0)) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.bottom === row - 1 && last.height === height) last.bottom = row;
    else runs.push({ top: row, bottom: row, height });
  });
  return runs;
}

/** Queue freezing the top `rows` rows and left `columns` columns (ExcelApi 1.7). */
export function freeze(sheet: Excel.Worksheet, { rows, columns }: { rows: number; columns: number }): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(columns - 1)}${rows}`));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/**
 * Number formats and values as full matrices over the sheet's block (cells plus any number-format
 * range), split by rows only where one request would pass the budget.
 */
async function writeCells(sheet: Excel.Worksheet, spec: OutputSheet, planner: SyncPlanner, budget: number, firstCell?: string): Promise<void> {
  const { values, formats } = cellMatrices(spec);
  if (values.length === 0) return;
  if (firstCell !== undefined && values[0] && formats[0] && values[0].length > 0) {
    values[0][0] = firstCell;
    formats[0][0] = '@';
  }
  const width = values[0]?.length ?? 0;
  if (width === 0) return;
  // Excel counts ~500 bytes a written cell in a request, whatever its JSON (payload.ts): values and formats each.
  const rowBytes = (r: number): number => writeBytes(values.slice(r, r + 1)) + writeBytes(formats.slice(r, r + 1));
  let top = 0;
  while (top < values.length) {
    let bottom = top;
    // Two write operations (formats, values) besides their cells.
    let bytes = rowBytes(top) + 2 * OP_BYTES;
    // Fill what is left of the request being queued (a run's outputs share it); a chunk that starts
    // a new request may take the whole budget. ~4 MB a sync, so 评分明细's 120,000 rows of
    // sentences at 20,000 teachers cost ceil(its bytes / 4 MB) syncs, not twice that.
    const limit = bytes <= planner.room ? planner.room : budget;
    while (bottom + 1 < values.length) {
      const more = rowBytes(bottom + 1);
      if (bytes + more > limit) break;
      bytes += more;
      bottom++;
    }
    await planner.reserve(bytes);
    const range = sheet.getRange(a1({ top, left: 0, bottom, right: width - 1 }));
    range.numberFormat = formats.slice(top, bottom + 1);
    range.values = values.slice(top, bottom + 1);
    top = bottom + 1;
  }
}

/**
 * Queue writing the spec's own A1 (value and number format, as `cellMatrices` gives them): the last
 * write of a run, which replaces the 本表未更新完成 banner. An empty A1 is written as '' (a null in
 * `values` would leave the banner: Office.js skips null entries).
 */
export function writeFirstCell(sheet: Excel.Worksheet, spec: OutputSheet): void {
  const value = spec.cells[0]?.[0] ?? null;
  let format = 'General';
  for (const f of spec.formats ?? []) {
    if (f.numberFormat !== undefined && f.range.top === 0 && f.range.left === 0) format = f.numberFormat;
  }
  if (typeof value === 'string') format = '@';
  const cell = sheet.getRange('A1');
  cell.numberFormat = [[format]];
  cell.values = [[value ?? '']];
}

/** Rectangular values and number formats for the sheet: strings are '@', numbers take their range's format. */
export function cellMatrices(spec: OutputSheet): { values: OutputCell[][]; formats: string[][] } {
  const numberFormats = (spec.formats ?? []).filter((f) => f.numberFormat !== undefined);
  // Loops, not Math.max(...rows): spreading 200,000 rows as arguments overflows the stack.
  let height = spec.cells.length;
  let width = 0;
  for (const row of spec.cells) if (row.length > width) width = row.length;
  for (const f of numberFormats) {
    height = Math.max(height, f.range.bottom + 1);
    width = Math.max(width, f.range.right + 1);
  }
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill('General'));
  // Paint the ranges in order (a later format wins, as it would in Excel).
  for (const f of numberFormats) {
    for (let r = f.range.top; r <= f.range.bottom; r++) {
      const row = formats[r];
      if (row) row.fill(f.numberFormat ?? 'General', f.range.left, f.range.right + 1);
    }
  }
  const values: OutputCell[][] = formats.map((formatRow, r) => {
    const source = spec.cells[r] ?? [];
    return formatRow.map((_, c) => {
      const cell: OutputCell = source[c] ?? null;
      if (typeof cell === 'string') formatRow[c] = '@';
      return cell;
    });
  });
  return { values, formats };
}

/** Whether a format sets anything besides its number format (which goes with the cells). */
function hasLook(f: RangeFormat): boolean {
  return f.fill !== undefined || f.fontColor !== undefined || f.bold !== undefined || f.wrap !== undefined || f.horizontal !== undefined || f.border === true;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: readonly Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

/** Fill, font, alignment, borders of one RangeFormat (all ExcelApi 1.1). */
function applyLook(range: Excel.Range, format: RangeFormat): void {
  const f = range.format;
  if (format.fill) f.fill.color = `#${format.fill}`;
  if (format.fontColor) f.font.color = `#${format.fontColor}`;
  if (format.bold !== undefined) f.font.bold = format.bold;
  if (format.wrap !== undefined) f.wrapText = format.wrap;
  if (format.horizontal) f.horizontalAlignment = format.horizontal === 'left' ? 'Left' : format.horizontal === 'center' ? 'Center' : 'Right';
  // An aligned cell is centred vertically, as the xlsx host writes it (stylesPart.ts): a row grown for
  // wrapped text keeps its other cells on one line.
  if (format.wrap !== undefined || format.horizontal) f.verticalAlignment = 'Center';
  if (format.border) {
    const edges: Edge[] = [...EDGES];
    if (format.range.bottom > format.range.top) edges.push('InsideHorizontal');
    if (format.range.right > format.range.left) edges.push('InsideVertical');
    for (const edge of edges) f.borders.getItem(edge).style = 'Continuous';
  }
}
