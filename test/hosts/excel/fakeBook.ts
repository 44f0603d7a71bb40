/**
 * The in-memory workbook behind the Excel test double: plain data that tests set up and inspect.
 * Cells behave like Excel's where it matters to us: a string written to a cell whose number format
 * is not '@' becomes a formula when it starts with = + - @, a number when it looks like one, and
 * text without its "'" prefix.
 */

export interface FakeCell {
  value: string | number | boolean;
  /** Set when the write was taken as a formula. */
  formula?: string;
  format: string;
}

export interface FakeTableRecord {
  name: string;
  style: string;
  address: string;
  sheet: string;
}

export interface FakeSeriesRecord {
  name: string;
  values: string;
  categories: string | null;
  color: string | null;
}

export interface FakeChartRecord {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  /** As Excel holds them: name, values and categories as addresses on the chart's sheet. */
  series: FakeSeriesRecord[];
  position: [string, string] | null;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  valueAxisMinimum: unknown;
  legend: { visible: boolean; position: string };
  dataLabels: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Sparse rows of cells, 0-based. */
  cells: (FakeCell | undefined)[][];
  /** 0-based rows hidden (by hand or a filter): Range.rowHidden. */
  hiddenRows?: number[];
  charts: FakeChartRecord[];
  merges: string[];
  looks: { address: string; property: string; value: unknown }[];
  columnWidths: Record<string, number>;
  /** Row heights in points by 0-based row, as `format.rowHeight` set them. */
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number } | null;
  tabColor: string | null;
  validations: { address: string; source: string; errorStyle?: string }[];
  print: { orientation?: string; paperSize?: string; titleRows?: string };
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: FakeTableRecord[] = [];
  /** Every context.sync() of every Excel.run. */
  syncs = 0;
  /** Largest request and response, in bytes, seen in one sync. */
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** All requests and responses of all syncs, in bytes (the payload any batching must move). */
  totalRequestBytes = 0;
  totalResponseBytes = 0;
  /** Strings that Excel would have turned into formulas (we want none). */
  formulasCreated: string[] = [];
  calculationSuspensions = 0;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Highest ExcelApi minor version this Excel pretends to support (1.x). */
  apiMinor = 17;
  /**
   * Review → Protect Workbook (structure): no sheet may be added, deleted or renamed.
   * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
   */
  structureProtected = false;
  /** Operations run so far by every sync (fault injection counts them). */
  opsRun = 0;
  /** When set, the operation with this number (1-based, over all syncs) throws GeneralException. */
  failAtOp: number | null = null;
  /** When set, the first cell write into the sheet of this name throws GeneralException. */
  failOnWriteTo: string | null = null;
  /** Excel on the web's limit on one request or response (5 MB; PAYLOAD_LIMIT); tests may lower it. */
  payloadLimit = 5 * 1024 * 1024;
  /** Most cells one read may ask for (Excel: 5 million; see MAX_READ_CELLS in fakeRange.ts). */
  maxReadCells = 5_000_000;
  /** Excel → Options → Advanced → "Use 1904 date system" (old Mac workbooks): cells hold 1904-based serials. */
  date1904 = false;
  /** Operations queued in each sync so far, in order (fault injection at every sync uses it with failAtOp). */
  syncOps: number[] = [];
  /** Operations in the sync being run (freezePanes refuses inactive sheets in large batches). */
  batchOps = 0;
  /** Milliseconds each sync takes (browser tests slow runs down to see progress and cancel). */
  syncDelayMs = 0;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Add a user sheet with values from A1 (tests' setup; no sync counted). */
  addSheet(name: string, rows: (string | number | boolean | null)[][] = [], options: Partial<FakeSheet> = {}): FakeSheet {
    const sheet = newSheet(name);
    Object.assign(sheet, options);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') setCell(sheet, r, c, { value: v, format: 'General' });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** A sheet's values as a dense 2-D array from A1 ('' for empty). */
  values(name: string): (string | number | boolean)[][] {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const width = sheet.cells.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    return Array.from({ length: sheet.cells.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => sheet.cells[r]?.[c]?.value ?? ''),
    );
  }
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: 'Visible',
    protected: false,
    cells: [],
    charts: [],
    merges: [],
    looks: [],
    columnWidths: {},
    rowHeights: {},
    freeze: null,
    tabColor: null,
    validations: [],
    print: {},
  };
}

export function getCell(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells[row]?.[column];
}

let generation = 0;

/** Changes whenever a cell may have changed: caches of cell contents compare it. */
export function cellGeneration(): number {
  return generation;
}

/** Cells may have changed outside setCell (tests edit `cells` directly between syncs). */
export function cellsTouched(): void {
  generation++;
}

export function setCell(sheet: FakeSheet, row: number, column: number, cell: FakeCell | undefined): void {
  generation++;
  const line = (sheet.cells[row] ??= []);
  line[column] = cell;
}

/** What Excel stores when `input` is written to a cell formatted `format`. */
export function interpretWrite(input: unknown, format: string): { value: string | number | boolean; formula?: string } {
  if (typeof input !== 'string') return { value: input as number | boolean };
  if (format === '@') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const trimmed = input.trim();
  if (trimmed !== '' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (/^[=+\-@]/.test(input)) return { value: 0, formula: input };
  return { value: input };
}
