/**
 * Worksheet, chart and table proxies of the Excel test double (members named after @types/office-js).
 */
import { type FakeChartRecord, type FakeSheet, type FakeTableRecord } from './fakeBook.js';
import { FakeClientObject, type FakeContext, FakeOfficeError, seedLoaded } from './fakeContext.js';
import { type Box, FakeRange, boxAddress, parseAddress, usedBox } from './fakeRange.js';

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
    return new FakeRange(this.fake, () => parseAddress(FakeWorksheet.sheetOf(this), address ?? 'A1'));
  }

  getUsedRangeOrNullObject(...[valuesOnly]: Parameters<Excel.Worksheet['getUsedRangeOrNullObject']>): FakeRange {
    if (valuesOnly !== true) throw new Error('the fake only models getUsedRangeOrNullObject(true)');
    return new FakeRange(this.fake, () => (this.#resolve() ? usedBox(FakeWorksheet.sheetOf(this)) : null), true);
  }

  delete(): void {
    this.fake.queue(() => {
      const sheet = FakeWorksheet.sheetOf(this);
      const book = this.fake.book;
      if (book.sheets.filter((s) => s.visibility === 'Visible').length <= 1 && sheet.visibility === 'Visible') {
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
      }
      book.sheets = book.sheets.filter((s) => s !== sheet);
      book.tables = book.tables.filter((t) => t.sheet !== sheet.name);
      if (book.activeSheet === sheet.name) book.activeSheet = book.sheets[0]?.name ?? null;
    });
  }

  activate(): void {
    this.fake.queue(() => {
      this.fake.book.activeSheet = FakeWorksheet.sheetOf(this).name;
    });
  }

  get freezePanes(): Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'freezeAt'> {
    const freeze = (rows: number, columns: number): void =>
      this.fake.queue(() => {
        need(this.fake, 7, 'freezePanes');
        FakeWorksheet.sheetOf(this).freeze = { rows, columns };
      });
    return {
      freezeRows: (count) => freeze(count ?? 1, 0),
      freezeColumns: (count) => freeze(0, count ?? 1),
      freezeAt: (range) => {
        if (!(range instanceof FakeRange)) throw new Error('freezeAt takes a range in the fake');
        this.fake.queue(() => {
          need(this.fake, 7, 'freezePanes');
          const box = FakeRange.boxOf(range);
          FakeWorksheet.sheetOf(this).freeze = { rows: box.top + box.rows, columns: box.left + box.columns };
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
        if (typeof address !== 'string' || !hasHeaders) throw new Error('the fake models tables.add(address, true)');
        const record: FakeTableRecord = { name: '', style: 'TableStyleMedium2', address, sheet: '' };
        this.fake.queue(() => {
          const sheet = FakeWorksheet.sheetOf(this);
          const book = this.fake.book;
          record.sheet = sheet.name;
          record.name = `Table${book.tables.length + 1}`;
          book.tables.push(record);
        });
        return new FakeTable(this.fake, record);
      },
    };
  }

  get charts(): { add: (type: Parameters<Excel.ChartCollection['add']>[0], source: Excel.Range, seriesBy?: Parameters<Excel.ChartCollection['add']>[2]) => FakeChart } {
    return {
      add: (type, source, seriesBy) => {
        if (!(source instanceof FakeRange)) throw new Error('charts.add takes a range in the fake');
        const record: FakeChartRecord = {
          name: '', type: String(type), source: '', seriesBy: String(seriesBy ?? 'Auto'), title: '', series: [], position: null,
          categoryAxisTitle: '', valueAxisTitle: '', valueAxisMinimum: null, legend: { visible: true, position: 'Right' }, dataLabels: false,
        };
        this.fake.queue(() => {
          const box = FakeRange.boxOf(source);
          record.source = boxAddress(box, false);
          record.series = Array.from({ length: seriesCount(box, record.seriesBy) }, () => ({ name: '', color: null }));
          FakeWorksheet.sheetOf(this).charts.push(record);
        });
        return new FakeChart(this.fake, record);
      },
    };
  }
}

/** Excel's guess: a first column (or row) whose last cell is text holds the categories. */
function seriesCount(box: Box, seriesBy: string): number {
  const text = (row: number, column: number): boolean => typeof box.sheet.cells[row]?.[column]?.value === 'string';
  if (seriesBy === 'Rows') return box.rows - (text(box.top, box.left + box.columns - 1) ? 1 : 0);
  return box.columns - (text(box.top + box.rows - 1, box.left) ? 1 : 0);
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
      if (this.#context.book.tables.some((t) => t !== this.#record && t.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `table ${name} exists`);
      }
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
  protected readProperty(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'load tables through the collection');
  }
  get name(): string {
    return this.loaded('name');
  }
  get worksheet(): { name: string } {
    return { name: this.loaded<string>('worksheet/name') };
  }
}

export function seedTable(table: FakeLoadedTable, record: FakeTableRecord, paths: string[]): void {
  if (paths.includes('name')) seedLoaded(table, 'name', record.name);
  if (paths.includes('worksheet/name')) seedLoaded(table, 'worksheet/name', record.sheet);
}

export class FakeChart {
  readonly #context: FakeContext;
  readonly #record: FakeChartRecord;
  constructor(context: FakeContext, record: FakeChartRecord) {
    this.#context = context;
    this.#record = record;
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
  get series(): { getItemAt: (index: number) => { name: string; format: { fill: { setSolidColor: (color: string) => void } } } } {
    const run = (f: (r: FakeChartRecord) => void): void => this.#do(f);
    const item = (r: FakeChartRecord, i: number): { name: string; color: string | null } => {
      const s = r.series[i];
      if (!s) throw new FakeOfficeError('ItemNotFound', `chart has no series ${i}`);
      return s;
    };
    return {
      getItemAt: (i) =>
        ({
          set name(name: string) { run((r) => (item(r, i).name = name)); },
          format: { fill: { setSolidColor: (color: string) => run((r) => (item(r, i).color = color)) } },
        }) as { name: string; format: { fill: { setSolidColor: (color: string) => void } } },
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
