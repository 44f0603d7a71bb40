/**
 * Range proxies of the Excel test double. Members are named and typed after @types/office-js
 * (`Excel.Range`); `fakeTyping.ts` fails to compile when a member is not one of Excel's.
 */
import { cellGeneration, cellsTouched, type FakeCell, type FakeSheet, getCell, interpretWrite, setCell } from './fakeBook.js';
import { columnLetter } from '../../../src/sheets/columnLetter.js';
import { FakeClientObject, type FakeContext, FakeOfficeError, jsonBytes, seedLoaded, writeBytes } from './fakeContext.js';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Box {
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

// Addresses the double reports use the product's converter; it is pinned to Excel's own letters
// (A, Z, AA, XFD) by test/sheets/columnLetter.test.ts, and columnIndex below parses independently.
const letters = columnLetter;

function columnIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'A1', 'A1:C3', 'A:C', '3:5' (optionally "Sheet!" prefixed) → a box on `sheet`. */
export function parseAddress(sheet: FakeSheet, address: string): Box {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, '').split(':') as [string, string?];
  const part = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m || (m[1] === '' && m[2] === '')) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  const top = p.row ?? 0;
  const bottom = q.row ?? MAX_ROWS - 1;
  const left = p.col ?? 0;
  const right = q.col ?? MAX_COLUMNS - 1;
  return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function boxAddress(box: Box, withSheet = true): string {
  const from = `${letters(box.left)}${box.top + 1}`;
  const to = `${letters(box.left + box.columns - 1)}${box.top + box.rows}`;
  const local = from === to ? from : `${from}:${to}`;
  return withSheet ? `${box.sheet.name}!${local}` : local;
}

const usedBoxes = new WeakMap<FakeSheet, { generation: number; box: Box | null }>();

/**
 * The bounding box of non-empty cells, or null. Every range derived from a used range resolves it on
 * every access, so it is remembered until a cell changes (or a sync starts: tests edit cells directly
 * between runs): a million-row sheet read in 60 chunks stays linear.
 */
export function usedBox(sheet: FakeSheet): Box | null {
  const known = usedBoxes.get(sheet);
  if (known && known.generation === cellGeneration()) return known.box;
  const box = measureUsedBox(sheet);
  usedBoxes.set(sheet, { generation: cellGeneration(), box });
  return box;
}

/** Looks only at each row's first and last non-empty cell. */
function measureUsedBox(sheet: FakeSheet): Box | null {
  const filled = (cell: FakeCell | undefined): boolean => cell !== undefined && cell.value !== '';
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const rows = sheet.cells;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    let first = 0;
    while (first < row.length && !filled(row[first])) first++;
    if (first === row.length) continue;
    let last = row.length - 1;
    while (!filled(row[last])) last--;
    if (top === Infinity) top = r;
    bottom = r;
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  if (bottom < 0) return null;
  return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

type Resolve = () => Box | null;

function intersects(a: Box, b: Box): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

function cellsOf(box: Box, pick: (cell: FakeCell | undefined) => unknown, limit = MAX_READ_CELLS): unknown[][] {
  if (box.rows * box.columns > limit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `read of ${box.rows * box.columns} cells`);
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.columns }, (_, c) => pick(getCell(box.sheet, box.top + r, box.left + c))),
  );
}

/**
 * A protected sheet refuses every change to its cells and their formats (Microsoft: "Lock or unlock
 * specific areas of a protected worksheet"; Office.js reports AccessDenied). Every write below checks.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
 */
export function writable(box: Box): Box {
  if (box.sheet.protected) throw new FakeOfficeError('AccessDenied', `${box.sheet.name} is protected`);
  return box;
}

/**
 * Excel answers at most 5 million cells in one read ("Excel JavaScript API: resource limits",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Over it, `values` does not always fail: "In some cases, Range.values returns null instead"
 * (Microsoft, Excel performance, payload size limits; office-js-docs-pr #5821). The double answers
 * null for values (the harder case for a caller) and fails the other reads. `FakeBook.maxReadCells`
 * lowers the bound for tests.
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 */
export const MAX_READ_CELLS = 5_000_000;

function checkShape(box: Box, matrix: unknown[][], what: string): void {
  if (matrix.length !== box.rows || matrix.some((row) => row.length !== box.columns)) {
    throw new FakeOfficeError('InvalidArgument', `${what}: ${matrix.length}×${matrix[0]?.length ?? 0} does not fit ${boxAddress(box)}`);
  }
}

export class FakeRange extends FakeClientObject {
  readonly #resolve: Resolve;
  readonly #nullable: boolean;

  constructor(context: FakeContext, resolve: Resolve, nullable = false) {
    super(context);
    this.#resolve = resolve;
    this.#nullable = nullable;
  }

  /** The range's box now (during a sync); throws ItemNotFound when it does not exist. */
  static boxOf(range: FakeRange): Box {
    const box = range.#resolve();
    if (!box) throw new FakeOfficeError('ItemNotFound', 'range not found');
    return box;
  }

  protected override exists(): boolean {
    if (!this.#nullable) {
      FakeRange.boxOf(this);
      return true;
    }
    return this.#resolve() !== null;
  }

  protected readProperty(path: string): unknown {
    const box = FakeRange.boxOf(this);
    switch (path) {
      case 'values':
        if (box.rows * box.columns > this.fake.book.maxReadCells) return null;
        return cellsOf(box, (cell) => cell?.value ?? '');
      case 'numberFormat':
        return cellsOf(box, (cell) => cell?.format ?? 'General', this.fake.book.maxReadCells);
      case 'formulas':
        return cellsOf(box, (cell) => cell?.formula ?? cell?.value ?? '', this.fake.book.maxReadCells);
      case 'address':
        return boxAddress(box);
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.columns;
      case 'rowHidden': {
        // Excel: true when every row of the range is hidden, false when none is, null when some are.
        const hidden = new Set(box.sheet.hiddenRows ?? []);
        let count = 0;
        for (const r of hidden) if (r >= box.top && r < box.top + box.rows) count++;
        return count === 0 ? false : count === box.rows ? true : null;
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `fake Range cannot load ${path}`);
    }
  }

  get values(): Excel.Range['values'] {
    return this.loaded('values');
  }
  set values(matrix: Excel.Range['values']) {
    this.set(() => {
      const box = writable(FakeRange.boxOf(this));
      const book = this.fake.book;
      if (book.failOnWriteTo !== null && box.sheet.name === book.failOnWriteTo) {
        book.failOnWriteTo = null;
        throw new FakeOfficeError('GeneralException', `injected failure writing ${box.sheet.name}`);
      }
      checkShape(box, matrix, 'values');
      matrix.forEach((row, r) =>
        row.forEach((input: unknown, c) => {
          if (input === null || input === undefined) return;
          const at = [box.top + r, box.left + c] as const;
          const format = getCell(box.sheet, ...at)?.format ?? 'General';
          const stored = interpretWrite(input, format);
          if (stored.formula !== undefined) this.fake.book.formulasCreated.push(stored.formula);
          setCell(box.sheet, ...at, stored.value === '' && !stored.formula ? undefined : { ...stored, format });
        }),
      );
    }, matrix, writeBytes(matrix));
  }

  get numberFormat(): Excel.Range['numberFormat'] {
    return this.loaded('numberFormat');
  }
  set numberFormat(matrix: Excel.Range['numberFormat']) {
    this.set(() => {
      const box = writable(FakeRange.boxOf(this));
      checkShape(box, matrix, 'numberFormat');
      matrix.forEach((row, r) =>
        row.forEach((format: unknown, c) => {
          if (format === null || format === undefined) return;
          const at = [box.top + r, box.left + c] as const;
          const cell = getCell(box.sheet, ...at);
          setCell(box.sheet, ...at, { value: cell?.value ?? '', ...(cell?.formula ? { formula: cell.formula } : {}), format: String(format) });
        }),
      );
    }, matrix, writeBytes(matrix));
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  get rowHidden(): Excel.Range['rowHidden'] {
    return this.loaded('rowHidden');
  }

  getRow(...[row]: Parameters<Excel.Range['getRow']>): FakeRange {
    return new FakeRange(this.fake, () => {
      const box = FakeRange.boxOf(this);
      return { sheet: box.sheet, top: box.top + row, left: box.left, rows: 1, columns: box.columns };
    });
  }

  getCell(...[row, column]: Parameters<Excel.Range['getCell']>): FakeRange {
    return new FakeRange(this.fake, () => {
      const box = FakeRange.boxOf(this);
      return { sheet: box.sheet, top: box.top + row, left: box.left + column, rows: 1, columns: 1 };
    });
  }

  getResizedRange(...[deltaRows, deltaColumns]: Parameters<Excel.Range['getResizedRange']>): FakeRange {
    return new FakeRange(this.fake, () => {
      const box = FakeRange.boxOf(this);
      const rows = box.rows + deltaRows;
      const columns = box.columns + deltaColumns;
      if (rows < 1 || columns < 1) throw new FakeOfficeError('InvalidArgument', 'resized range is empty');
      return { ...box, rows, columns };
    });
  }

  merge(...[across]: Parameters<Excel.Range['merge']>): void {
    this.fake.queue(() => writable(FakeRange.boxOf(this)).sheet.merges.push(`${boxAddress(FakeRange.boxOf(this), false)}${across ? ' across' : ''}`));
  }

  /**
   * Clears inside the range: 'All' removes values and formats, 'Formats' only formats. Merges, looks
   * and validations that reach into the range are dropped whole (the double keeps them as ranges).
   */
  clear(...[applyTo]: Parameters<Excel.Range['clear']>): void {
    if (applyTo !== undefined && applyTo !== 'All' && applyTo !== 'Formats') throw new Error('the fake models clear(), clear("All") and clear("Formats")');
    this.fake.queue(() => {
      const box = writable(FakeRange.boxOf(this));
      const sheet = box.sheet;
      cellsTouched();
      const whole = box.top === 0 && box.left === 0 && box.rows === MAX_ROWS && box.columns === MAX_COLUMNS;
      if (whole && applyTo !== 'Formats') sheet.cells = [];
      else {
        for (let r = box.top; r < Math.min(sheet.cells.length, box.top + box.rows); r++) {
          const line = sheet.cells[r];
          if (!line) continue;
          for (let c = box.left; c < Math.min(line.length, box.left + box.columns); c++) {
            const cell = line[c];
            if (!cell) continue;
            if (applyTo === 'Formats') line[c] = { ...cell, format: 'General' };
            else line[c] = undefined;
          }
        }
      }
      const outside = (address: string): boolean => !intersects(box, parseAddress(sheet, address.replace(/ across$/, '')));
      sheet.looks = sheet.looks.filter((l) => outside(l.address));
      sheet.validations = sheet.validations.filter((v) => outside(v.address));
      if (applyTo !== 'Formats') sheet.merges = sheet.merges.filter(outside);
    });
  }

  /** Unmerges every merged area that reaches into the range (ExcelApi 1.2). */
  unmerge(): void {
    this.fake.queue(() => {
      const box = writable(FakeRange.boxOf(this));
      box.sheet.merges = box.sheet.merges.filter((m) => !intersects(box, parseAddress(box.sheet, m.replace(/ across$/, ''))));
    });
  }

  select(): void {
    this.fake.queue(() => {
      const box = FakeRange.boxOf(this);
      if (this.fake.book.activeSheet !== box.sheet.name) throw new FakeOfficeError('InvalidSelection', 'select on an inactive sheet');
      this.fake.book.selection = { sheet: box.sheet.name, address: boxAddress(box, false) };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.fake, this);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.fake, this);
  }

  getSpecialCellsOrNullObject(...[cellType]: Parameters<Excel.Range['getSpecialCellsOrNullObject']>): FakeRangeAreas {
    if (cellType !== 'Constants' && cellType !== 'Formulas') throw new Error('the fake models Constants and Formulas only');
    return new FakeRangeAreas(this.fake, () => {
      if (this.fake.book.apiMinor < 9) throw new FakeOfficeError('ApiNotFound', 'getSpecialCells needs ExcelApi 1.9');
      const box = this.#resolve();
      return box ? specialAreas(box, cellType) : null;
    });
  }
}

/** Records a look (fill, font, border…) on the range's sheet. */
function look(context: FakeContext, range: FakeRange, property: string, value: unknown): void {
  context.queue(() => {
    const box = writable(FakeRange.boxOf(range));
    box.sheet.looks.push({ address: boxAddress(box, false), property, value });
  }, jsonBytes(value) + 60);
}

export class FakeRangeFormat {
  readonly #context: FakeContext;
  readonly #range: FakeRange;
  constructor(context: FakeContext, range: FakeRange) {
    this.#context = context;
    this.#range = range;
  }
  set wrapText(value: Excel.RangeFormat['wrapText']) {
    look(this.#context, this.#range, 'wrapText', value);
  }
  set horizontalAlignment(value: Excel.RangeFormat['horizontalAlignment']) {
    look(this.#context, this.#range, 'horizontalAlignment', value);
  }
  set verticalAlignment(value: Excel.RangeFormat['verticalAlignment']) {
    look(this.#context, this.#range, 'verticalAlignment', value);
  }
  set rowHeight(value: Excel.RangeFormat['rowHeight']) {
    this.#context.queue(() => {
      const box = writable(FakeRange.boxOf(this.#range));
      // Excel: a row is 0 to 409 points high.
      if (!(value >= 0 && value <= 409)) throw new FakeOfficeError('InvalidArgument', `rowHeight ${value} is outside 0–409`);
      for (let r = box.top; r < box.top + box.rows; r++) box.sheet.rowHeights[r] = value;
    });
  }
  set columnWidth(value: Excel.RangeFormat['columnWidth']) {
    this.#context.queue(() => {
      const box = writable(FakeRange.boxOf(this.#range));
      if (box.rows !== MAX_ROWS) throw new FakeOfficeError('InvalidArgument', 'columnWidth on a partial column (the fake only allows A:A)');
      for (let c = box.left; c < box.left + box.columns; c++) box.sheet.columnWidths[letters(c)] = value;
    });
  }
  get fill(): { color: string } {
    const [context, range] = [this.#context, this.#range];
    return {
      set color(value: Excel.RangeFill['color']) {
        look(context, range, 'fill', value);
      },
    } as { color: string };
  }
  get font(): { bold: boolean; color: string } {
    const [context, range] = [this.#context, this.#range];
    return {
      set bold(value: Excel.RangeFont['bold']) {
        look(context, range, 'bold', value);
      },
      set color(value: Excel.RangeFont['color']) {
        look(context, range, 'fontColor', value);
      },
    } as { bold: boolean; color: string };
  }
  get borders(): { getItem: (index: Parameters<Excel.RangeBorderCollection['getItem']>[0]) => { style: string } } {
    const [context, range] = [this.#context, this.#range];
    return {
      getItem: (index) =>
        ({
          set style(value: Excel.RangeBorder['style']) {
            look(context, range, `border:${index}`, value);
          },
        }) as { style: string },
    };
  }
}

export class FakeDataValidation {
  readonly #context: FakeContext;
  readonly #range: FakeRange;
  constructor(context: FakeContext, range: FakeRange) {
    this.#context = context;
    this.#range = range;
  }
  set rule(rule: Excel.DataValidation['rule']) {
    this.#context.queue(() => {
      if (this.#context.book.apiMinor < 8) throw new FakeOfficeError('ApiNotFound', 'dataValidation needs ExcelApi 1.8');
      const box = writable(FakeRange.boxOf(this.#range));
      box.sheet.validations.push({ address: boxAddress(box, false), source: String(rule.list?.source ?? '') });
    });
  }
  set errorAlert(alert: Excel.DataValidation['errorAlert']) {
    this.#context.queue(() => {
      const address = boxAddress(FakeRange.boxOf(this.#range), false);
      const entry = FakeRange.boxOf(this.#range).sheet.validations.findLast((v) => v.address === address);
      if (entry !== undefined) entry.errorStyle = String(alert.style ?? 'Stop');
    });
  }
}

/**
 * `range.getSpecialCellsOrNullObject('Constants' | 'Formulas')` (ExcelApi 1.9): the cells of that
 * kind as rectangular areas — runs of adjacent cells in a row, stacked while rows repeat the run —
 * or a null object when there are none.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
 */
export class FakeRangeAreas extends FakeClientObject {
  readonly #boxes: () => Box[] | null;
  #items: FakeRange[] | null = null;
  constructor(context: FakeContext, boxes: () => Box[] | null) {
    super(context);
    this.#boxes = boxes;
  }
  protected override exists(): boolean {
    return (this.#boxes()?.length ?? 0) > 0;
  }
  protected readProperty(path: string): unknown {
    if (path === 'areaCount') return this.#boxes()?.length ?? 0;
    throw new FakeOfficeError('InvalidArgument', `fake RangeAreas cannot load ${path}`);
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  get areas(): { load: (paths?: string) => void; readonly items: FakeRange[] } {
    const load = (paths?: string): void => {
      const fields = (paths ?? '').split(',').map((p) => p.trim().replace(/^items\//, '')).filter(Boolean);
      this.fake.queue(() => {
        this.#items = (this.#boxes() ?? []).map((box) => {
          const range = new FakeRange(this.fake, () => box);
          for (const f of fields) {
            const value = f === 'rowIndex' ? box.top : f === 'columnIndex' ? box.left : f === 'rowCount' ? box.rows : f === 'columnCount' ? box.columns : undefined;
            if (value === undefined) throw new FakeOfficeError('InvalidArgument', `fake areas cannot load ${f}`);
            seedLoaded(range, f, value);
          }
          this.fake.respond(80);
          return range;
        });
      });
    };
    const items = (): FakeRange[] => {
      if (!this.#items) throw new FakeOfficeError('PropertyNotLoaded', 'areas.items read before load and sync');
      return this.#items;
    };
    return {
      load,
      get items(): FakeRange[] {
        return items();
      },
    };
  }
}

const knownAreas = new WeakMap<FakeSheet, Map<string, { generation: number; areas: Box[] }>>();

/** The areas of cells of `kind` inside `box` (remembered until a cell changes: a band is asked several times). */
export function specialAreas(box: Box, kind: string): Box[] {
  let bySheet = knownAreas.get(box.sheet);
  if (!bySheet) knownAreas.set(box.sheet, (bySheet = new Map()));
  const key = `${kind}:${box.top}:${box.left}:${box.rows}:${box.columns}`;
  const known = bySheet.get(key);
  if (known && known.generation === cellGeneration()) return known.areas;
  const areas = measureAreas(box, kind);
  bySheet.set(key, { generation: cellGeneration(), areas });
  return areas;
}

function measureAreas(box: Box, kind: string): Box[] {
  const wanted = (cell: FakeCell | undefined): boolean =>
    cell !== undefined && cell.value !== '' && (kind === 'Formulas' ? cell.formula !== undefined : cell.formula === undefined);
  const open = new Map<string, Box>();
  const done: Box[] = [];
  const rows = box.sheet.cells;
  let previous = -2;
  const end = Math.min(rows.length, box.top + box.rows);
  for (let r = box.top; r < end; r++) {
    const line = rows[r];
    if (!line) continue;
    // Areas not continued in this row are finished.
    const runs: [number, number][] = [];
    let start = -1;
    const last = Math.min(line.length, box.left + box.columns);
    for (let c = box.left; c <= last; c++) {
      const on = c < last && wanted(line[c]);
      if (on && start < 0) start = c;
      if (!on && start >= 0) {
        runs.push([start, c - 1]);
        start = -1;
      }
    }
    const next = new Map<string, Box>();
    for (const [from, to] of runs) {
      const key = `${from}:${to}`;
      const area = previous === r - 1 ? open.get(key) : undefined;
      if (area) {
        area.rows++;
        next.set(key, area);
        open.delete(key);
      } else next.set(key, { sheet: box.sheet, top: r, left: from, rows: 1, columns: to - from + 1 });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
    previous = r;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
