/**
 * An in-memory Excel for tests: `installFakeExcel(book)` puts `Excel.run` and a minimal `Office`
 * on globalThis. It models the parts of the object model src/hosts/excel uses, throws like Excel
 * on unloaded reads, enforces the 5 MB payload limit per sync and counts syncs (see fakeBook.ts,
 * fakeContext.ts, fakeRange.ts, fakeWorksheet.ts). `fakeTyping.ts` keeps member names honest.
 */
import { FakeBook, newSheet } from './fakeBook.js';
import { FakeClientObject, FakeContext, FakeOfficeError, loadPaths, seedLoaded } from './fakeContext.js';
import { FakeLoadedTable, FakeWorksheet, nameTaken, seedTable } from './fakeWorksheet.js';

export { FakeBook } from './fakeBook.js';

export class FakeWorksheetCollection extends FakeClientObject {
  #items: FakeWorksheet[] | null = null;

  protected readProperty(): unknown {
    return null;
  }

  override load(arg?: unknown): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\//, ''));
    this.fake.queue(() => {
      this.#items = this.fake.book.sheets.map((sheet) => {
        const ws = new FakeWorksheet(this.fake, () => (this.fake.book.sheets.includes(sheet) ? sheet : null));
        for (const path of paths) {
          const value = path === 'name' ? sheet.name : path === 'visibility' ? sheet.visibility : path === 'protection/protected' ? sheet.protected : undefined;
          if (value === undefined) throw new FakeOfficeError('InvalidArgument', `fake worksheets cannot load ${path}`);
          seedLoaded(ws, path, value);
          this.fake.respond(String(value).length * 3 + 12);
        }
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.#items) throw new FakeOfficeError('PropertyNotLoaded', 'worksheets.items read before load and sync');
    return this.#items;
  }

  getItem(...[key]: Parameters<Excel.WorksheetCollection['getItem']>): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.book.sheet(key) ?? null);
  }

  getItemOrNullObject(...[key]: Parameters<Excel.WorksheetCollection['getItemOrNullObject']>): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.book.sheet(key) ?? null, true);
  }

  add(...[name]: Parameters<Excel.WorksheetCollection['add']>): FakeWorksheet {
    let created: ReturnType<typeof newSheet> | null = null;
    this.fake.queue(() => {
      const book = this.fake.book;
      let finalName = name;
      for (let n = book.sheets.length + 1; finalName === undefined; n++) if (!book.sheet(`Sheet${n}`)) finalName = `Sheet${n}`;
      if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'the workbook structure is protected');
      if (book.sheet(finalName)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${finalName} exists`);
      if (!excelAcceptsSheetName(finalName)) throw new FakeOfficeError('InvalidArgument', `bad sheet name ${finalName}`);
      created = newSheet(finalName);
      book.sheets.push(created);
    });
    return new FakeWorksheet(this.fake, () => (created && this.fake.book.sheets.includes(created) ? created : null));
  }
}

/**
 * The names Excel refuses (Microsoft, "Rename a worksheet"): blank, over 31 characters, any of
 * / \\ ? * : [ ], an apostrophe first or last, or the reserved "History". Written out here rather than
 * taken from src/, so the double does not agree with our code by construction.
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function excelAcceptsSheetName(name: string): boolean {
  return (
    name.trim() !== '' &&
    [...name].length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

export class FakeNamedItem extends FakeClientObject {
  readonly #name: string;
  readonly #nullable: boolean;
  constructor(context: FakeContext, name: string, nullable: boolean) {
    super(context);
    this.#name = name;
    this.#nullable = nullable;
  }
  #record(): FakeBook['names'][number] | undefined {
    return this.fake.book.names.find((n) => n.name.toLowerCase() === this.#name.toLowerCase());
  }
  protected override exists(): boolean {
    if (!this.#record() && !this.#nullable) throw new FakeOfficeError('ItemNotFound', `name ${this.#name}`);
    return this.#record() !== undefined;
  }
  protected readProperty(path: string): unknown {
    const record = this.#record();
    if (!record) throw new FakeOfficeError('ItemNotFound', `name ${this.#name}`);
    if (path === 'value') {
      // A string constant's value is the text itself, as Excel computes it.
      const m = /^="(.*)"$/s.exec(record.formula);
      return m ? (m[1] ?? '').replace(/""/g, '"') : record.formula;
    }
    if (path === 'visible') return record.visible;
    if (path === 'name') return record.name;
    throw new FakeOfficeError('InvalidArgument', `fake NamedItem cannot load ${path}`);
  }
  get value(): unknown {
    return this.loaded('value');
  }
  get name(): string {
    return this.loaded('name');
  }
  set visible(visible: Excel.NamedItem['visible']) {
    this.set(() => {
      const record = this.#record();
      if (!record) throw new FakeOfficeError('ItemNotFound', `name ${this.#name}`);
      record.visible = visible;
    }, visible);
  }
  delete(): void {
    this.fake.queue(() => {
      if (this.fake.book.apiMinor < 4) throw new FakeOfficeError('ApiNotFound', 'NamedItem.delete needs ExcelApi 1.4');
      this.fake.book.names = this.fake.book.names.filter((n) => n !== this.#record());
    });
  }
}

export class FakeNamedItemCollection extends FakeClientObject {
  readonly #context: FakeContext;
  #items: FakeNamedItem[] | null = null;
  constructor(context: FakeContext) {
    super(context);
    this.#context = context;
  }
  protected readProperty(): unknown {
    return null;
  }
  override load(arg?: unknown): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\//, ''));
    this.#context.queue(() => {
      this.#items = this.#context.book.names.map((record) => {
        const item = new FakeNamedItem(this.#context, record.name, false);
        for (const path of paths) {
          if (path !== 'name' && path !== 'visible') throw new FakeOfficeError('InvalidArgument', `fake names cannot load ${path}`);
          seedLoaded(item, path, path === 'name' ? record.name : record.visible);
        }
        this.#context.respond(record.name.length * 3 + 20);
        return item;
      });
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    if (!this.#items) throw new FakeOfficeError('PropertyNotLoaded', 'names.items read before load and sync');
    return this.#items;
  }
  getItemOrNullObject(...[name]: Parameters<Excel.NamedItemCollection['getItemOrNullObject']>): FakeNamedItem {
    return new FakeNamedItem(this.#context, name, true);
  }
  add(...[name, reference]: Parameters<Excel.NamedItemCollection['add']>): FakeNamedItem {
    if (typeof reference !== 'string') throw new Error('the fake models names.add(name, formula)');
    this.#context.queue(() => {
      const book = this.#context.book;
      // Defined names and table names share one namespace (see nameTaken).
      if (nameTaken(book, name)) throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
      if (/^="/.test(reference) && reference.length - 3 > 255) throw new FakeOfficeError('InvalidArgument', 'string constant over 255 characters');
      book.names.push({ name, formula: reference, visible: true });
    }, reference.length * 3 + 40);
    return new FakeNamedItem(this.#context, name, false);
  }
}

export class FakeTableCollection extends FakeClientObject {
  #items: FakeLoadedTable[] | null = null;
  protected readProperty(): unknown {
    return null;
  }
  override load(arg?: unknown): this {
    const paths = loadPaths(arg).map((p) => p.replace(/^items\//, ''));
    this.fake.queue(() => {
      this.#items = this.fake.book.tables.map((record) => {
        const table = new FakeLoadedTable(this.fake);
        seedTable(table, record, paths);
        this.fake.respond(60);
        return table;
      });
    });
    return this;
  }
  get items(): FakeLoadedTable[] {
    if (!this.#items) throw new FakeOfficeError('PropertyNotLoaded', 'tables.items read before load and sync');
    return this.#items;
  }
}

export class FakeApplication {
  readonly #context: FakeContext;
  constructor(context: FakeContext) {
    this.#context = context;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.#context.queue(() => {
      if (this.#context.book.apiMinor < 6) throw new FakeOfficeError('ApiNotFound', 'suspendApiCalculationUntilNextSync needs ExcelApi 1.6');
      this.#context.book.calculationSuspensions++;
    });
  }
}

/** workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject {
  protected readProperty(path: string): unknown {
    if (this.fake.book.apiMinor < 7) throw new FakeOfficeError('ApiNotFound', 'workbook.protection needs ExcelApi 1.7');
    if (path === 'protected') return this.fake.book.structureProtected;
    throw new FakeOfficeError('InvalidArgument', `fake WorkbookProtection cannot load ${path}`);
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

/** A FunctionResult: `value` once loaded and synced. */
export class FakeFunctionResult extends FakeClientObject {
  readonly #compute: () => number;
  constructor(context: FakeContext, compute: () => number) {
    super(context);
    this.#compute = compute;
  }
  protected readProperty(path: string): unknown {
    if (path === 'value') return this.#compute();
    if (path === 'error') return null;
    throw new FakeOfficeError('InvalidArgument', `fake FunctionResult cannot load ${path}`);
  }
  get value(): number {
    return this.loaded('value');
  }
}

/**
 * workbook.functions (ExcelApi 1.2): DATE only. Its serial depends on the workbook's date system,
 * as the worksheet function's does (Microsoft, Functions.date: "year … from 1900 or 1904 (depending on
 * the workbook's date system)"; "Date systems in Excel": 1,462 days apart).
 * https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
 */
export class FakeFunctions {
  readonly #context: FakeContext;
  constructor(context: FakeContext) {
    this.#context = context;
  }
  date(...[year, month, day]: Parameters<Excel.Functions['date']>): FakeFunctionResult {
    if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') throw new Error('the fake models date(numbers)');
    return new FakeFunctionResult(this.#context, () => {
      const serial1900 = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
      return this.#context.book.date1904 ? serial1900 - 1462 : serial1900;
    });
  }
}

export class FakeWorkbook {
  readonly protection: FakeWorkbookProtection;
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;
  constructor(context: FakeContext) {
    this.functions = new FakeFunctions(context);
    this.protection = new FakeWorkbookProtection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeTableCollection(context);
    this.application = new FakeApplication(context);
  }
}

/** What `Excel.run` hands the batch: workbook, application, sync — the queue stays private. */
export class FakeRequestContext {
  readonly #inner: FakeContext;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(book: FakeBook) {
    this.#inner = new FakeContext(book);
    this.workbook = new FakeWorkbook(this.#inner);
    this.application = this.workbook.application;
  }
  sync(): Promise<void> {
    return this.#inner.sync();
  }
  static pendingOf(context: FakeRequestContext): number {
    return context.#inner.pending;
  }
}

/** `Excel.run` over `book`: runs the batch, then syncs what is still queued, as Office.js does. */
export function fakeRun(book: FakeBook) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(book);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (FakeRequestContext.pendingOf(context) > 0) await context.sync();
    return result;
  };
}

/** Put `Excel` and a minimal `Office` for Excel on globalThis; returns a function that removes them. */
export function installFakeExcel(book: FakeBook): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = { run: fakeRun(book) };
  g.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1] ?? '1') <= book.apiMinor,
      },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}
