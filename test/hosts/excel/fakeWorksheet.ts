/**
 * Worksheet, chart and table proxies of the Excel test double (members named after @types/office-js).
 */
import { type FakeBook, type FakeCell, type FakeChartRecord, type FakeSeriesRecord, type FakeSheet, type FakeTableRecord } from './fakeBook.js';
import { FakeClientObject, type FakeContext, FakeOfficeError, seedLoaded } from './fakeContext.js';
import { type Box, FakeRange, boxAddress, parseAddress, usedBox, writable } from './fakeRange.js';

type ResolveSheet = () => FakeSheet | null;

function need(context: FakeContext, minor: number, what: string): void {
  if (context.book.apiMinor < minor) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
}

export class FakeWorksheet extends FakeClientObject {
  readonly #resolve: ResolveSheet;
  readonly #nullable: boolean;

  constructor(context: FakeContext, resolve: ResolveSheet, nullable = false) {
    super(context);
    this.#resolve = resolve;
    this.#nullable = nullable;
  }

  static sheetOf(worksheet: FakeWorksheet): FakeSheet {
    const sheet = worksheet.#resolve();
    if (!sheet) throw new FakeOfficeError('ItemNotFound', 'worksheet not found');
    return sheet;
  }

  protected override exists(): boolean {
    if (!this.#nullable) return Boolean(FakeWorksheet.sheetOf(this));
    return this.#resolve() !== null;
  }

  protected readProperty(path: string): unknown {
    const sheet = FakeWorksheet.sheetOf(this);
    switch (path) {
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'protection/protected':
        return sheet.protected;
      default:
        throw new FakeOfficeError('InvalidArgument', `fake Worksheet cannot load ${path}`);
    }
  }

  get name(): string {
    return this.loaded('name');
  }
  get visibility(): Excel.Worksheet['visibility'] {
    return this.loaded('visibility');
  }
  get protection(): { protected: boolean } {
    return { protected: this.loaded<boolean>('protection/protected') };
  }
  set tabColor(color: Excel.Worksheet['tabColor']) {
    this.set(() => {
      need(this.fake, 7, 'tabColor');
      FakeWorksheet.sheetOf(this).tabColor = color;
    }, color);
  }

  getRange(...[address]: Parameters<Excel.Worksheet['getRange']>): FakeRange {
    // Without an address: the whole sheet.
    return new FakeRange(this.fake, () => parseAddress(FakeWorksheet.sheetOf(this), address ?? 'A:XFD'));
  }

  getUsedRangeOrNullObject(...[valuesOnly]: Parameters<Excel.Worksheet['getUsedRangeOrNullObject']>): FakeRange {
    if (valuesOnly !== true) throw new Error('the fake only models getUsedRangeOrNullObject(true)');
    return new FakeRange(this.fake, () => (this.#resolve() ? usedBox(FakeWorksheet.sheetOf(this)) : null), true);
  }

  delete(): void {
    this.fake.queue(() => {
      const sheet = FakeWorksheet.sheetOf(this);
      const book = this.fake.book;
      if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      if (book.sheets.filter((s) => s.visibility === 'Visible').length <= 1 && sheet.visibility === 'Visible') {
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
      }
      book.sheets = book.sheets.filter((s) => s !== sheet);
      book.tables = book.tables.filter((t) => t.sheet !== sheet.name);
      // Every formula that pointed at the deleted sheet becomes #REF! (what SPEC §7's in-place re-run avoids).
      for (const other of book.sheets) {
        for (const line of other.cells) {
          for (const cell of line ?? []) {
            if (cell?.formula && refersTo(cell.formula, sheet.name)) {
              cell.formula = cell.formula.split(`'${sheet.name}'!`).join('#REF!').split(`${sheet.name}!`).join('#REF!');
              cell.value = '#REF!';
            }
          }
        }
      }
      if (book.activeSheet === sheet.name) book.activeSheet = book.sheets[0]?.name ?? null;
    });
  }

  /**
   * A hidden sheet cannot be activated (Microsoft: Worksheet.activate, "the worksheet must be
   * visible"; Excel answers InvalidOperation).
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
   */
  activate(): void {
    this.fake.queue(() => {
      const sheet = FakeWorksheet.sheetOf(this);
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `${sheet.name} is hidden`);
      this.fake.book.activeSheet = sheet.name;
    });
  }

  get freezePanes(): Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'freezeAt' | 'unfreeze'> {
    const panes = (apply: (sheet: FakeSheet) => void): void =>
      this.fake.queue(() => {
        need(this.fake, 7, 'freezePanes');
        const sheet = FakeWorksheet.sheetOf(this);
        checkPanes(this.fake.book, sheet);
        apply(sheet);
      });
    return {
      unfreeze: () => panes((sheet) => (sheet.freeze = null)),
      freezeRows: (count) => panes((sheet) => (sheet.freeze = { rows: count ?? 1, columns: 0 })),
      freezeColumns: (count) => panes((sheet) => (sheet.freeze = { rows: 0, columns: count ?? 1 })),
      freezeAt: (range) => {
        if (!(range instanceof FakeRange)) throw new Error('freezeAt takes a range in the fake');
        panes((sheet) => {
          const box = FakeRange.boxOf(range);
          sheet.freeze = { rows: box.top + box.rows, columns: box.left + box.columns };
        });
      },
    };
  }

  get pageLayout(): { orientation: string; paperSize: string; setPrintTitleRows: (rows: string) => void } {
    const set = (key: 'orientation' | 'paperSize' | 'titleRows', value: string): void =>
      this.fake.queue(() => {
        need(this.fake, 9, 'pageLayout');
        FakeWorksheet.sheetOf(this).print[key] = value;
      });
    return {
      set orientation(value: string) {
        set('orientation', value);
      },
      set paperSize(value: string) {
        set('paperSize', value);
      },
      setPrintTitleRows: (rows: string) => set('titleRows', rows),
    } as { orientation: string; paperSize: string; setPrintTitleRows: (rows: string) => void };
  }

  get tables(): { add: (address: Parameters<Excel.TableCollection['add']>[0], hasHeaders: boolean) => FakeTable } {
    return {
      add: (address, hasHeaders) => {
        if (!hasHeaders) throw new Error('the fake models tables.add(source, true)');
        const record: FakeTableRecord = { name: '', style: 'TableStyleMedium2', address: '', sheet: '' };
        this.fake.queue(() => {
          const book = this.fake.book;
          const box = writable(tableSource(book, address));
          const sheet = box.sheet;
          // Tables cannot overlap (Microsoft: "A table cannot overlap another table"; InvalidOperation).
          // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
          for (const other of book.tables.filter((t) => t.sheet === sheet.name)) {
            if (overlaps(box, parseAddress(sheet, other.address))) throw new FakeOfficeError('InvalidOperation', `table over ${other.name}`);
          }
          record.sheet = sheet.name;
          record.address = boxAddress(box, false);
          let n = book.tables.length + 1;
          while (nameTaken(book, `Table${n}`)) n++;
          record.name = `Table${n}`;
          book.tables.push(record);
        });
        return new FakeTable(this.fake, record);
      },
    };
  }

  get charts(): FakeChartCollection {
    let loaded: FakeChart[] | null = null;
    return {
      load: () => {
        this.fake.queue(() => {
          loaded = FakeWorksheet.sheetOf(this).charts.map((record) => new FakeChart(this.fake, record, () => FakeWorksheet.sheetOf(this)));
          this.fake.respond(40 * loaded.length);
        });
      },
      get items(): FakeChart[] {
        if (!loaded) throw new FakeOfficeError('PropertyNotLoaded', 'charts.items read before load and sync');
        return loaded;
      },
      add: (type, source, seriesBy) => {
        if (!(source instanceof FakeRange)) throw new Error('charts.add takes a range in the fake');
        const record: FakeChartRecord = {
          name: '', type: String(type), source: '', seriesBy: String(seriesBy ?? 'Auto'), title: '', series: [], position: null,
          categoryAxisTitle: '', valueAxisTitle: '', valueAxisMinimum: null, legend: { visible: true, position: 'Right' }, dataLabels: false,
        };
        this.fake.queue(() => {
          const box = writable(FakeRange.boxOf(source));
          record.source = boxAddress(box, false);
          record.series = deriveSeries(box, record.seriesBy);
          FakeWorksheet.sheetOf(this).charts.push(record);
        });
        return new FakeChart(this.fake, record, () => FakeWorksheet.sheetOf(this));
      },
    };
  }
}

export interface FakeChartCollection {
  load: (paths?: string) => void;
  readonly items: FakeChart[];
  add: (type: Parameters<Excel.ChartCollection['add']>[0], source: Excel.Range, seriesBy?: Parameters<Excel.ChartCollection['add']>[2]) => FakeChart;
}

/** Operations in one sync above which freezing panes of a sheet that is not the active one fails. */
export const LARGE_BATCH_OPS = 50;

/**
 * Freezing or unfreezing panes fails with GeneralException on affected builds, as the double does
 * every time: on a hidden sheet (office-js #1463, "unfreeze() throws an exception when trying to
 * unfreeze panes on hidden sheets"), and on a sheet that is not the active one in the middle of a
 * large batch (office-js #2196, "GeneralException with WorksheetFreezePanes.freezeRows", Excel 2019
 * 16.0.14430, thrown in the middle of an import).
 * https://github.com/OfficeDev/office-js/issues/1463
 * https://github.com/OfficeDev/office-js/issues/2196
 */
function checkPanes(book: FakeBook, sheet: FakeSheet): void {
  if (sheet.visibility !== 'Visible') throw new FakeOfficeError('GeneralException', `freezePanes on hidden sheet ${sheet.name}`);
  if (book.batchOps > LARGE_BATCH_OPS && activeSheet(book) !== sheet) {
    throw new FakeOfficeError('GeneralException', `freezePanes on inactive sheet ${sheet.name} in a batch of ${book.batchOps} operations`);
  }
}

/**
 * The block `tables.add` makes a table of. A Range is taken as it is; a string address without a
 * sheet means the ACTIVE sheet, whichever sheet's `tables` was asked (Microsoft, TableCollection.add:
 * "If the address does not contain a sheet name, the currently-active sheet is used").
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 */
function tableSource(book: FakeBook, address: Parameters<Excel.TableCollection['add']>[0]): Box {
  if (address instanceof FakeRange) return FakeRange.boxOf(address);
  if (typeof address !== 'string') throw new Error('tables.add takes a fake range or an address');
  const bang = address.lastIndexOf('!');
  const sheet = bang >= 0 ? book.sheet(address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'")) : activeSheet(book);
  if (!sheet) throw new FakeOfficeError('ItemNotFound', `no sheet for ${address}`);
  return parseAddress(sheet, address);
}

/** The sheet Excel shows: the one last activated, else the first visible one (a workbook always has one). */
export function activeSheet(book: FakeBook): FakeSheet | undefined {
  return (book.activeSheet !== null ? book.sheet(book.activeSheet) : undefined) ?? book.sheets.find((s) => s.visibility === 'Visible');
}

/**
 * Table names and defined names share one workbook-wide namespace, case-insensitively (Microsoft,
 * "Rename an Excel table": a table name must be unique in the workbook and Excel does not tell upper
 * from lower case; the same holds against the workbook's defined names, "Define and use names in
 * formulas"). Excel answers ItemAlreadyExists.
 * https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
 * https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
 */
export function nameTaken(book: FakeBook, name: string, except?: FakeTableRecord): boolean {
  const key = name.toLowerCase();
  return book.tables.some((t) => t !== except && t.name.toLowerCase() === key) || book.names.some((n) => n.name.toLowerCase() === key);
}

function refersTo(formula: string, sheet: string): boolean {
  return formula.includes(`'${sheet}'!`) || formula.includes(`${sheet}!`);
}

function overlaps(a: Box, b: Box): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/**
 * The series Excel derives from a source block in `charts.add` (Microsoft, "Change how rows and
 * columns of data are plotted in a chart": with seriesBy Auto, the longer side of the block runs
 * along the categories, so a block with more rows than columns plots one series per column). A first
 * column of text is the categories; a first row of text (past that column) holds the series names.
 * https://support.microsoft.com/office/change-how-rows-and-columns-of-data-are-plotted-in-a-chart-11e0aa2f-b9c4-4d0c-8a54-c2ad8e2e5f53
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 */
export function deriveSeries(box: Box, seriesBy: string): FakeSeriesRecord[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && box.rows >= box.columns);
  // Work in (line, position) terms: a line is one series' worth of cells.
  const lines = byColumns ? box.columns : box.rows;
  const length = byColumns ? box.rows : box.columns;
  const at = (line: number, position: number): FakeCell | undefined =>
    byColumns ? box.sheet.cells[box.top + position]?.[box.left + line] : box.sheet.cells[box.top + line]?.[box.left + position];
  const isText = (cell: FakeCell | undefined): boolean => cell === undefined || typeof cell.value === 'string';
  const range = (line: number, from: number): string => {
    const part: Box = byColumns
      ? { sheet: box.sheet, top: box.top + from, left: box.left + line, rows: length - from, columns: 1 }
      : { sheet: box.sheet, top: box.top + line, left: box.left + from, rows: 1, columns: length - from };
    return boxAddress(part, false);
  };
  const labelLine = lines > 1 && Array.from({ length: length - 1 }, (_, p) => at(0, p + 1)).every(isText);
  const first = labelLine ? 1 : 0;
  const nameRow = length > 1 && Array.from({ length: lines - first }, (_, l) => at(l + first, 0)).every((c) => c !== undefined && typeof c.value === 'string');
  const from = nameRow ? 1 : 0;
  return Array.from({ length: lines - first }, (_, k) => {
    const line = k + first;
    const nameCell = at(line, 0);
    return {
      name: nameRow && nameCell ? String(nameCell.value) : `系列${k + 1}`,
      values: range(line, from),
      categories: labelLine ? range(0, from) : null,
      color: null,
    };
  });
}

export class FakeTable {
  readonly #context: FakeContext;
  readonly #record: FakeTableRecord;
  constructor(context: FakeContext, record: FakeTableRecord) {
    this.#context = context;
    this.#record = record;
  }
  set name(name: Excel.Table['name']) {
    this.#context.queue(() => {
      if (nameTaken(this.#context.book, name, this.#record)) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`);
      this.#record.name = name;
    });
  }
  set style(style: Excel.Table['style']) {
    this.#context.queue(() => {
      this.#record.style = style;
    });
  }
}

/** A table as a workbook-level `tables.load('items/name, items/worksheet/name')` returns it. */
export class FakeLoadedTable extends FakeClientObject {
  #record: FakeTableRecord | null = null;
  static attach(table: FakeLoadedTable, record: FakeTableRecord): void {
    table.#record = record;
  }
  protected readProperty(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'load tables through the collection');
  }
  delete(): void {
    this.fake.queue(() => {
      const book = this.fake.book;
      const record = this.#record;
      if (!record || !book.tables.includes(record)) throw new FakeOfficeError('ItemNotFound', 'table not found');
      if (book.sheet(record.sheet)?.protected) throw new FakeOfficeError('AccessDenied', `${record.sheet} is protected`);
      // Deleting a table keeps its cells (they are cleared separately).
      book.tables = book.tables.filter((t) => t !== record);
    });
  }
  get name(): string {
    return this.loaded('name');
  }
  get worksheet(): { name: string } {
    return { name: this.loaded<string>('worksheet/name') };
  }
}

export function seedTable(table: FakeLoadedTable, record: FakeTableRecord, paths: string[]): void {
  FakeLoadedTable.attach(table, record);
  if (paths.includes('name')) seedLoaded(table, 'name', record.name);
  if (paths.includes('worksheet/name')) seedLoaded(table, 'worksheet/name', record.sheet);
}

export class FakeChart {
  readonly #context: FakeContext;
  readonly #record: FakeChartRecord;
  readonly #sheet: () => FakeSheet;
  constructor(context: FakeContext, record: FakeChartRecord, sheet: () => FakeSheet) {
    this.#context = context;
    this.#record = record;
    this.#sheet = sheet;
  }
  delete(): void {
    this.#context.queue(() => {
      const sheet = this.#sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', `${sheet.name} is protected`);
      sheet.charts = sheet.charts.filter((c) => c !== this.#record);
    });
  }
  #do(apply: (r: FakeChartRecord) => void): void {
    this.#context.queue(() => apply(this.#record), 80);
  }
  set name(name: Excel.Chart['name']) {
    this.#do((r) => (r.name = name));
  }
  get title(): { text: string } {
    const run = (f: (r: FakeChartRecord) => void): void => this.#do(f);
    return { set text(text: string) { run((r) => (r.title = text)); } } as { text: string };
  }
  setPosition(...[start, end]: Parameters<Excel.Chart['setPosition']>): void {
    this.#do((r) => (r.position = [String(start), String(end)]));
  }
  /** ChartSeriesCollection: getItemAt (1.1), add (1.7). */
  get series(): { getItemAt: (index: number) => FakeChartSeries; add: (name?: string) => FakeChartSeries } {
    return {
      getItemAt: (i) => new FakeChartSeries(this.#context, this.#record, () => {
        const s = this.#record.series[i];
        if (!s) throw new FakeOfficeError('ItemNotFound', `chart has no series ${i}`);
        return s;
      }),
      add: (name) => {
        let added: FakeSeriesRecord | null = null;
        this.#context.queue(() => {
          need(this.#context, 7, 'ChartSeriesCollection.add');
          // A new series starts empty; its values and categories are set next.
          added = { name: name ?? `系列${this.#record.series.length + 1}`, values: '', categories: null, color: null };
          this.#record.series.push(added);
        }, 80);
        return new FakeChartSeries(this.#context, this.#record, () => {
          if (!added) throw new FakeOfficeError('ItemNotFound', 'series not added yet');
          return added;
        });
      },
    };
  }
  get axes(): { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string }; minimum: Excel.ChartAxis['minimum'] } } {
    const run = (f: (r: FakeChartRecord) => void): void => this.#do(f);
    const axis = (key: 'categoryAxisTitle' | 'valueAxisTitle'): { title: { text: string } } =>
      ({ title: { set text(text: string) { run((r) => (r[key] = text)); } } }) as { title: { text: string } };
    const valueAxis = Object.defineProperty(axis('valueAxisTitle'), 'minimum', {
      set(minimum: Excel.ChartAxis['minimum']) {
        run((r) => (r.valueAxisMinimum = minimum));
      },
    }) as { title: { text: string }; minimum: Excel.ChartAxis['minimum'] };
    return { categoryAxis: axis('categoryAxisTitle'), valueAxis };
  }
  get legend(): { visible: boolean; position: string } {
    const run = (f: (r: FakeChartRecord) => void): void => this.#do(f);
    return {
      set visible(v: boolean) { run((r) => (r.legend.visible = v)); },
      set position(p: string) { run((r) => (r.legend.position = p)); },
    } as { visible: boolean; position: string };
  }
  get dataLabels(): { showValue: boolean } {
    const run = (f: (r: FakeChartRecord) => void): void => this.#do(f);
    return { set showValue(v: boolean) { run((r) => (r.dataLabels = v)); } } as { showValue: boolean };
  }
}

/** One chart series: name, fill, and (ExcelApi 1.7) its values and categories from ranges. */
export class FakeChartSeries {
  readonly #context: FakeContext;
  readonly #resolve: () => FakeSeriesRecord;
  constructor(context: FakeContext, _chart: FakeChartRecord, resolve: () => FakeSeriesRecord) {
    this.#context = context;
    this.#resolve = resolve;
  }
  #do(apply: (s: FakeSeriesRecord) => void, minor = 1, what = ''): void {
    this.#context.queue(() => {
      if (minor > 1) need(this.#context, minor, what);
      apply(this.#resolve());
    }, 80);
  }
  set name(name: Excel.ChartSeries['name']) {
    this.#do((s) => (s.name = name));
  }
  get format(): { fill: { setSolidColor: (color: string) => void } } {
    return { fill: { setSolidColor: (color: string) => this.#do((s) => (s.color = color)) } };
  }
  setValues(...[source]: Parameters<Excel.ChartSeries['setValues']>): void {
    if (!(source instanceof FakeRange)) throw new Error('setValues takes a range in the fake');
    this.#do((s) => (s.values = boxAddress(FakeRange.boxOf(source), false)), 7, 'ChartSeries.setValues');
  }
  setXAxisValues(...[source]: Parameters<Excel.ChartSeries['setXAxisValues']>): void {
    if (!(source instanceof FakeRange)) throw new Error('setXAxisValues takes a range in the fake');
    this.#do((s) => (s.categories = boxAddress(FakeRange.boxOf(source), false)), 7, 'ChartSeries.setXAxisValues');
  }
}
