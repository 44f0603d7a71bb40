/**
 * Read sheets' used ranges as Tables in as few syncs as the payload limit allows.
 *
 * Sync 1 learns every sheet's used range (size, visibility, protection) and samples its top-left
 * corner, all at once; then `ReadPlanner` packs row chunks of all the sheets into syncs of up to
 * ~4 MB each, planned on the sampled bytes per cell. Seven ordinary standard sheets cost two syncs
 * in all, whatever the number of teachers; a 1,000,000-row sheet costs one more sync per ~4 MB of
 * values, each response well under Excel's 5 MB limit.
 *
 * Only values are loaded, plus the number formats of the first HEADER_FORMAT_ROWS rows: the readers
 * take numbers in date columns as Excel serials (src/sheets/normalize/date.ts), so formats would
 * only double the payload; header cells keep them so a dated header reads `2023-09-06`, not `45175`,
 * in the issues that name its column.
 */
import { HEADER_SCAN_ROWS } from '../../sheets/read/header.js';
import type { CellValue, Table } from '../../sheets/table.js';
import { PAYLOAD_BUDGET, isPayloadTooLarge, matrixBytes } from './payload.js';
import { type Area, findAreas } from './readAreas.js';
import { type Chunk, ReadPlanner } from './readPlan.js';
import { DATE1904_OFFSET_DAYS, toCellValue } from './cellValue.js';

/** Header rows the readers scan (plus the row under the last, for a two-row header). */
export const HEADER_FORMAT_ROWS = HEADER_SCAN_ROWS + 1;

export interface ReadOptions {
  budget?: number;
  /** ExcelApi 1.9 `getSpecialCellsOrNullObject`: read only the areas that hold values. @default false */
  areas?: boolean;
}

/**
 * A used range larger than this is not read as a rectangle (issue 10 item 6): one stray cell at
 * XFD1048576 makes the used range 17 billion cells. Such a sheet is read area by area:
 * `getSpecialCellsOrNullObject('Constants' | 'Formulas')` gives the blocks of cells that hold a value
 * (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)).
 *
 * The bound is not Excel's 5-million-cells-a-read limit
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
 * the rectangle is read in row chunks of ~4 MB each, which stays under that limit. It is what a dense
 * input sheet can reach — Excel's 1,048,576 rows × 24 columns — because a dense sheet read by areas is
 * the worst case of the area route: every blank cell splits an area, and the 20,000-teacher sign-in
 * sheet (~1,000,000 rows, blank 学时 cells among them) came back as an 84 MB list of areas, over
 * Excel's 5 MB response limit. A rectangle below the bound costs at most ~25 million cells of mostly
 * empty strings (~20 syncs) even when a stray cell made it.
 */
export const SPARSE_CELLS = 1_048_576 * 24;

/** The top-left corner read with the sheets' sizes: 200 rows × 26 columns (A1:Z200). */
const SAMPLE_ROWS = 200;
const SAMPLE_COLUMNS = 26;
const SAMPLE_ADDRESS = `A1:Z${SAMPLE_ROWS}`;

interface Source {
  table: Table;
  /** The block read: the used range, or one area of a sparse sheet. */
  used: Excel.Range;
  /** One area of a sparse sheet (else the whole used range). */
  area: boolean;
  /** Where the block starts in the table (0 for a used range). */
  rowOffset: number;
  columnOffset: number;
  rows: number;
  columns: number;
  formats: unknown[][] | null;
  sample: { bytes: number; cells: number } | null;
  /** 1904 date system: every chunk loads its number formats (see readSheets). */
  allFormats: boolean;
}

/** Read `name` as a Table (null when the sheet does not exist). */
export async function readSheet(context: Excel.RequestContext, name: string, options: ReadOptions = {}): Promise<Table | null> {
  const [table] = await readSheets(context, [name], options);
  return table ?? null;
}

/**
 * Read several sheets as Tables, in order (null for a sheet that does not exist).
 * @example const [roster, signin] = await readSheets(context, ['教师名册', '签到表']);
 */
export async function readSheets(context: Excel.RequestContext, names: readonly string[], options: ReadOptions = {}): Promise<(Table | null)[]> {
  let found: { probes: Probe[]; date1904: boolean };
  try {
    found = await probe(context, names, true, true);
  } catch (error) {
    // A sample of a sheet that is gone (deleted since it was listed) fails the whole sync: ask again
    // without samples, which tells which sheets are missing. Any other failure may be the date-system
    // probe's (an Excel without workbook.functions): ask again without it, as a 1900 workbook.
    const missing = isItemNotFound(error);
    found = await probe(context, names, !missing, missing);
  }
  const { probes, date1904 } = found;

  const tables: (Table | null)[] = [];
  const sources: Source[] = [];
  const sparse: { table: Table; used: Excel.Range }[] = [];
  const someRowsHidden: { table: Table; used: Excel.Range; rows: number }[] = [];
  for (const { name, sheet, used, sample } of probes) {
    if (sheet.isNullObject) {
      tables.push(null);
      continue;
    }
    const table: Table = { name, rows: [] };
    if (sheet.visibility !== 'Visible') table.hidden = true;
    if (sheet.protection.protected) table.protected = true;
    tables.push(table);
    if (used.isNullObject) continue;
    const box = { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
    if (options.areas && box.rows * box.columns > SPARSE_CELLS) {
      sparse.push({ table, used });
      continue;
    }
    // Range.rowHidden (ExcelApi 1.2): true when every row is hidden, null when some are.
    if (used.rowHidden !== false && box.rows <= HIDDEN_ROWS_LIMIT) someRowsHidden.push({ table, used, rows: box.rows });
    table.firstRow = box.top + 1;
    table.firstColumn = box.left + 1;
    table.rows = new Array<CellValue[]>(box.rows);
    sources.push({ table, used, area: false, rowOffset: 0, columnOffset: 0, rows: box.rows, columns: box.columns, formats: null, sample: sample && Array.isArray(sample.values) ? sampleSize(sample.values, box) : null, allFormats: date1904 });
  }
  const budget = options.budget ?? PAYLOAD_BUDGET;
  if (sparse.length > 0) sources.push(...(await areaSources(context, sparse, date1904, budget)));
  await readValues(context, sources, budget, date1904);
  if (someRowsHidden.length > 0) await readHiddenRows(context, someRowsHidden);
  return tables;
}

/**
 * Sheets with more rows than this are not asked which rows are hidden: `Table.hiddenRows` matters for
 * rosters (a warning listing them, SPEC §3), and asking costs one proxy a row.
 */
export const HIDDEN_ROWS_LIMIT = 10_000;

/**
 * One more sync, only when a sheet has hidden rows: each row's `rowHidden` (ExcelApi 1.2), kept for
 * the rows that hold a value — the same `Table.hiddenRows` the file host reads from `<row hidden>`.
 */
async function readHiddenRows(context: Excel.RequestContext, sheets: { table: Table; used: Excel.Range; rows: number }[]): Promise<void> {
  const asked = sheets.map(({ table, used, rows }) => ({
    table,
    rows: Array.from({ length: rows }, (_, r) => {
      const row = used.getRow(r);
      row.load('rowHidden');
      return row;
    }),
  }));
  await context.sync();
  for (const { table, rows } of asked) {
    const first = table.firstRow ?? 1;
    const hidden: number[] = [];
    rows.forEach((row, r) => {
      const cells = table.rows[r];
      if (row.rowHidden === true && Array.isArray(cells) && cells.some((v) => v !== null && v !== '')) hidden.push(first + r);
    });
    if (hidden.length > 0) table.hiddenRows = hidden;
  }
}

/**
 * The areas of every oversized sheet (readAreas.ts: within the payload budget); each area becomes a
 * block the planner reads like a small sheet, placed at its offset in the sheet's table (rows in
 * between stay holes).
 */
async function areaSources(context: Excel.RequestContext, sheets: { table: Table; used: Excel.Range }[], date1904: boolean, budget: number): Promise<Source[]> {
  const found = await findAreas(context, sheets.map((s) => s.used), budget);
  const sources: Source[] = [];
  sheets.forEach(({ table }, i) => {
    const areas: Area[] = found[i] ?? [];
    if (areas.length === 0) return;
    // A loop, not Math.min(...areas): a list of areas can be longer than the call stack allows.
    let top = Infinity;
    let left = Infinity;
    for (const a of areas) {
      top = Math.min(top, a.rowIndex);
      left = Math.min(left, a.columnIndex);
    }
    table.firstRow = top + 1;
    table.firstColumn = left + 1;
    for (const area of areas) {
      sources.push({ table, used: area.range, area: true, rowOffset: area.rowIndex - top, columnOffset: area.columnIndex - left, rows: area.rowCount, columns: area.columnCount, formats: null, sample: null, allFormats: date1904 });
    }
  });
  return sources;
}

interface Probe {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  sample: Excel.Range | null;
}

/** DATE(2000,1,1) in the 1900 date system; the 1904 system gives 1,462 less. */
const Y2K_1900 = 36_526;

/**
 * Sync 1: every sheet's visibility, protection and used range; with `sampled`, also the values of
 * its top-left corner, to plan the reads on the sheet's real bytes per cell. The corner is a fixed
 * address because the used range is not known yet (and may be a null object).
 *
 * With `dates`, also the workbook's date system. Office.js has no property for it (VBA's
 * Workbook.Date1904 has no ExcelApi counterpart), but the DATE worksheet function answers in the
 * workbook's system: `workbook.functions.date(2000, 1, 1)` (ExcelApi 1.2, below the manifest's 1.4)
 * is 36526 in the 1900 system and 35064 in the 1904 one.
 * https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
 */
async function probe(context: Excel.RequestContext, names: readonly string[], sampled: boolean, dates: boolean): Promise<{ probes: Probe[]; date1904: boolean }> {
  const probes = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('visibility, protection/protected');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount, rowHidden');
    const sample = sampled ? sheet.getRange(SAMPLE_ADDRESS) : null;
    sample?.load('values');
    return { name, sheet, used, sample };
  });
  const y2k = dates ? queueY2k(context) : null;
  await context.sync();
  return { probes, date1904: y2k !== null && readY2k(y2k) === Y2K_1900 - DATE1904_OFFSET_DAYS };
}

function queueY2k(context: Excel.RequestContext): Excel.FunctionResult<number> | null {
  try {
    const result = context.workbook.functions.date(2000, 1, 1);
    result.load('value');
    return result;
  } catch {
    return null; // no workbook.functions here: a 1900 workbook, as before
  }
}

function readY2k(result: Excel.FunctionResult<number>): number | null {
  try {
    return result.value;
  } catch {
    return null;
  }
}

/** Bytes and cells of the part of the corner sample that lies in the used range (null when none). */
function sampleSize(values: readonly (readonly unknown[])[], box: { top: number; left: number; rows: number; columns: number }): Source['sample'] {
  const bottom = Math.min(SAMPLE_ROWS, box.top + box.rows);
  const right = Math.min(SAMPLE_COLUMNS, box.left + box.columns);
  if (bottom <= box.top || right <= box.left) return null;
  const inside = values.slice(box.top, bottom).map((row) => row.slice(box.left, right));
  return { bytes: matrixBytes(inside), cells: (bottom - box.top) * (right - box.left) };
}

async function readValues(context: Excel.RequestContext, sources: Source[], budget: number, date1904: boolean): Promise<void> {
  const planner = new ReadPlanner(
    sources.map((s) => ({
      rows: s.rows,
      columns: s.columns,
      formatRows: s.allFormats ? 0 : Math.min(s.rows, HEADER_FORMAT_ROWS),
      ...(s.sample ? { sample: s.sample } : {}),
      ...(s.allFormats ? { allFormats: true } : {}),
    })),
    budget,
  );
  while (!planner.done) {
    const batch = planner.nextBatch();
    const loads = batch.map((chunk) => queueChunk(sources, chunk));
    try {
      // One sync per ~4 MB of values across all sheets: the count grows with the bytes to read
      // (a million-row sheet), never with the number of sheets or teachers.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Denser than planned (long texts): plan those sheets at twice the density and try again.
      if (isPayloadTooLarge(error) && planner.refused(batch)) continue;
      throw error;
    }
    // Over Excel's read limit `values` may come back null instead of failing (Microsoft, Excel
    // performance: "In some cases, Range.values returns null instead"): read the batch again, smaller.
    if (loads.some((load) => !Array.isArray(load.values.values))) {
      if (planner.refused(batch)) continue;
      throw new RangeError('Excel returned no values for a one-row read');
    }
    batch.forEach((chunk, i) => {
      const load = loads[i];
      const source = sources[chunk.sheet];
      if (!load || !source) return;
      const values = load.values.values;
      if (source.allFormats) {
        const formats = load.values.numberFormat;
        planner.measured(chunk, matrixBytes(values) + matrixBytes(formats));
        placeRows(source, chunk.start, values, formats, date1904);
        return;
      }
      if (load.formats) source.formats = load.formats.numberFormat;
      planner.measured(chunk, matrixBytes(values));
      placeRows(source, chunk.start, values, source.formats?.slice(chunk.start, chunk.start + values.length) ?? null, date1904);
    });
    planner.synced();
  }
}

/** Queue the loads of one chunk: its values, and the header rows' number formats with the first. */
function queueChunk(sources: readonly Source[], chunk: Chunk): { values: Excel.Range; formats: Excel.Range | null } {
  const source = sources[chunk.sheet];
  if (!source) throw new RangeError(`no sheet ${chunk.sheet} to read`);
  const values = source.used.getCell(chunk.start, 0).getResizedRange(chunk.rows - 1, source.columns - 1);
  // A 1904 workbook: the formats of every row, so each dated cell is known and shifted (cellValue.ts).
  values.load(source.allFormats ? 'values, numberFormat' : 'values');
  let formats: Excel.Range | null = null;
  if (chunk.withFormats) {
    formats = source.used.getCell(0, 0).getResizedRange(Math.min(source.rows, HEADER_FORMAT_ROWS) - 1, source.columns - 1);
    formats.load('numberFormat');
  }
  return { values, formats };
}

/**
 * Put a chunk's rows in place (chunks of a striped sheet arrive out of order). An area of a sparse
 * sheet goes into the rows at its offset, beside other areas of the same rows; rows no area covers
 * stay holes (src/sheets/table.ts).
 */
function placeRows(source: Source, start: number, values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[] | null, date1904: boolean): void {
  const out = source.table.rows;
  values.forEach((row, r) => {
    const rowFormats = formats?.[r];
    if (!source.area) {
      const cells: CellValue[] = new Array<CellValue>(row.length);
      for (let c = 0; c < row.length; c++) cells[c] = toCellValue(row[c], rowFormats?.[c], date1904);
      out[start + r] = cells;
      return;
    }
    const line = (out[source.rowOffset + start + r] ??= []);
    for (let c = 0; c < row.length; c++) line[source.columnOffset + c] = toCellValue(row[c], rowFormats?.[c], date1904);
  });
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ItemNotFound';
}

