/**
 * The .xlsx file host (CLI and standalone page): a Host over the bytes of one workbook. Reading
 * streams each sheet part; writing adds our output sheets as new parts to the school's own package
 * and leaves every other part byte for byte (see workbookEdit.ts). No Node APIs: runs in a browser.
 */
import type { Host, WriteReport } from '../../app/host.js';
import type { OutputCell, OutputSheet, SheetToWrite, StreamedSheet } from '../../sheets/output.js';
import type { CellValue, SheetInfo, Table } from '../../sheets/table.js';
import { blankPackage } from './package/blankPackage.js';
import { loadChartRenderer, type ChartRenderer } from './charts/chartParts.js';
import { isRelType } from './package/ooxmlNames.js';
import { joinBytes } from './package/joinBytes.js';
import { asFileError, OpcPackage } from './package/opcPackage.js';
import { XlsxFileError } from './package/fileError.js';
import type { PartCodec } from './package/partCodec.js';
import { ownedSheets, withOwnedSheets } from './write/outputOwnership.js';
import { freeSheetName, isVariantOf, staleOutputs } from '../../sheets/layout/ownership.js';
import { resolveTarget } from './package/relationships.js';
import { loadScanContext, readSheetPart } from './read/sheetReader.js';
import { WorkbookEdit } from './write/workbookEdit.js';
import { parseWorkbook, type SheetEntry } from './package/workbookPart.js';
import type { ScanContext } from './read/worksheetScanner.js';

export interface XlsxHostOptions {
  /** Draws OutputSheet.charts; null writes no charts. @default the project's chart module */
  charts?: ChartRenderer | null;
  /** Inflates and checksums the parts (Node: nodeCodec.ts). @default the portable codec */
  codec?: PartCodec;
}

export class XlsxHost implements Host {
  private scanContext: ScanContext | undefined;
  /**
   * The workbook part and its rels, parsed and checked once per version of the package (SPEC §11,
   * issue 19 item 8): re-reading them per sheet made 4,000 sheets quadratic and spent the
   * inflation budget. Dropped when our own write changes them.
   */
  private workbookIndex: ReturnType<XlsxHost['readWorkbook']> | undefined;

  private constructor(
    private readonly pkg: OpcPackage,
    private readonly options: XlsxHostOptions,
  ) {}

  /**
   * Opens the bytes of an .xlsx file.
   * @example const host = await XlsxHost.open(new Uint8Array(await file.arrayBuffer()));
   */
  static async open(bytes: Uint8Array | ArrayBuffer, options: XlsxHostOptions = {}): Promise<XlsxHost> {
    return whileReading(async () => {
      const host = new XlsxHost(await OpcPackage.load(bytes, options.codec), options);
      await host.workbook();
      return host;
    });
  }

  /** A new, empty workbook (template, demo); `save()` adds a blank sheet if nothing was added. */
  static async create(options: XlsxHostOptions = {}): Promise<XlsxHost> {
    return XlsxHost.open(await blankPackage(), options);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const { index } = await whileReading(() => this.workbook());
    return index.sheets.map((s) => ({ name: s.name, hidden: s.state !== 'visible' }));
  }

  /** The sheets our product wrote into this workbook, as its ownership name lists them (district: never read as input). */
  async outputSheets(): Promise<string[]> {
    return ownedSheets((await this.workbook()).index.definedNames);
  }

  async readSheet(name: string): Promise<Table> {
    const { index, path, rels } = await whileReading(() => this.workbook());
    const entry = index.sheets.find((s) => s.name === name) ?? index.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!entry) throw new Error(`The workbook has no sheet named '${name}'`);
    return whileReading(async () => {
      const rel = rels.find((r) => r.id === entry.relId);
      if (!rel || !isRelType(rel.type, 'worksheet')) return emptyTable(entry);
      this.scanContext ??= await loadScanContext(this.pkg, path, rels, index.date1904);
      return readSheetPart(this.pkg, resolveTarget(path, rel.target), entry, this.scanContext);
    });
  }

  /** Writing parses the school's own parts too (workbook, styles, app.xml, tables): same boundary. */
  /**
   * A deferred sheet (DeferredSheet) is laid out when its turn comes and dropped once written, so
   * only one of them is in memory at a time.
   */
  writeOutputs(sheets: readonly SheetToWrite[]): Promise<WriteReport> {
    return whileReading(() => this.write(sheets));
  }

  private async write(sheets: readonly SheetToWrite[]): Promise<WriteReport> {
    const edit = await WorkbookEdit.begin(this.pkg);
    const owned = new Set(ownedSheets(edit.names).map((n) => n.toLowerCase()));
    const isOurs = (s: SheetEntry) => owned.has(s.name.toLowerCase());
    // SPEC §7: our sheets are replaced; a school's sheet with the same name is never touched.
    const replaced = edit.sheets.filter((s) => isOurs(s) && sheets.some((o) => isVariantOf(s.name, o.name)));
    const stale = staleOutputs(edit.sheets.map((s) => s.name), sheets.map((o) => o.name), owned);
    await edit.removeSheets([...replaced.map((s) => s.name), ...stale.filter((n) => !replaced.some((s) => s.name === n))]);
    const written: Record<string, string> = {};
    for (const given of sheets) {
      // A streamed sheet stays streamed: the worksheet writer makes its rows as it goes.
      const sheet = 'layout' in given ? given.layout() : given;
      const name = freeSheetName(sheet.name, edit.sheets.map((s) => s.name));
      await edit.addSheet(sheet, name, edit.sheets.length, await this.chartRenderer([sheet]));
      written[sheet.name] = name;
    }
    const writtenNames = new Set(Object.values(written));
    const ours = edit.sheets.filter((s) => isOurs(s) || writtenNames.has(s.name)).map((s) => s.name);
    edit.names = withOwnedSheets(edit.names, ours);
    await edit.commit();
    this.changed();
    return { written };
  }

  insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    return whileReading(() => this.insert(sheets));
  }

  /**
   * record-credits (SPEC §7), the one write to an input sheet: the 学分登记 sheet's part is written
   * anew from its values with `write.rows` put in, at the same tab position and visibility. Values
   * only — that one sheet's own cell formats are not kept (docs/input-formats.md); every other part
   * stays byte for byte.
   */
  writeCreditRows(write: { sheet: string; row: number; column: number; rows: CellValue[][] }): Promise<void> {
    return whileReading(() => this.rewriteSheet(write));
  }

  private async rewriteSheet(write: { sheet: string; row: number; column: number; rows: CellValue[][] }): Promise<void> {
    const table = await this.readSheet(write.sheet);
    const grid: OutputCell[][] = [];
    const put = (r: number, c: number, value: CellValue | undefined): void => {
      while (grid.length <= r) grid.push([]);
      const line = grid[r]!;
      while (line.length < c) line.push(null);
      line[c] = outputCell(value ?? null);
    };
    const top = (table.firstRow ?? 1) - 1;
    const left = (table.firstColumn ?? 1) - 1;
    table.rows.forEach((row, i) => {
      if (Array.isArray(row)) row.forEach((value, j) => put(top + i, left + j, value));
    });
    write.rows.forEach((row, i) => row.forEach((value, j) => put(write.row - 1 + i, write.column - 1 + j, value)));
    const edit = await WorkbookEdit.begin(this.pkg);
    const position = edit.sheets.findIndex((s) => s.name.toLowerCase() === table.name.toLowerCase());
    const entry = edit.sheets[position];
    if (entry === undefined) throw new Error(`The workbook has no sheet named '${write.sheet}'`);
    await edit.removeSheets([entry.name]);
    await edit.addSheet({ name: entry.name, cells: grid }, entry.name, position, null);
    const added = edit.sheets[position];
    if (added !== undefined) added.state = entry.state;
    await edit.commit();
    this.scanContext = undefined;
  }

  private async insert(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    const edit = await WorkbookEdit.begin(this.pkg);
    const owned = new Set(ownedSheets(edit.names).map((n) => n.toLowerCase()));
    // Input sheets go before our outputs, which stay at the end of the tab order.
    const firstOutput = edit.sheets.findIndex((s) => owned.has(s.name.toLowerCase()));
    let position = firstOutput === -1 ? edit.sheets.length : firstOutput;
    const inserted: string[] = [];
    const skipped: string[] = [];
    const charts = await this.chartRenderer(sheets);
    for (const sheet of sheets) {
      if (edit.sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase())) {
        skipped.push(sheet.name);
        continue;
      }
      await edit.addSheet(sheet, freeSheetName(sheet.name, []), position++, charts);
      inserted.push(sheet.name);
    }
    if (inserted.length > 0) await edit.commit();
    this.changed();
    return { inserted, skipped };
  }

  /** The workbook as .xlsx bytes, in one array (saveChunks, for a file or a Blob, does not join them). */
  async save(): Promise<Uint8Array> {
    return joinBytes(await this.saveChunks());
  }

  /**
   * The workbook as .xlsx bytes in pieces (OpcPackage.saveChunks): the CLI writes them to its file one
   * after another and the page's worker makes its Blob of them, never holding the zip twice.
   * @example for (const chunk of await host.saveChunks()) await file.writeFile(chunk);
   */
  saveChunks(): Promise<Uint8Array[]> {
    return whileReading(async () => {
      if ((await this.workbook()).index.sheets.length === 0) {
        // Excel refuses a workbook without a sheet.
        await this.insert([{ name: 'Sheet1', cells: [] }]);
      }
      return this.pkg.saveChunks();
    });
  }

  /** Our write changed the workbook part: read it afresh next time. */
  private changed(): void {
    this.scanContext = undefined;
    this.workbookIndex = undefined;
  }

  private workbook() {
    this.workbookIndex ??= this.readWorkbook();
    return this.workbookIndex;
  }

  /**
   * The workbook part, its sheet list and relationships, checked as SPEC §11 asks: one workbook part
   * of a workbook content type, sheet names unique (as Excel compares them), and every sheet's
   * relationship inside the package, to a part that exists.
   */
  private async readWorkbook() {
    const office = (await this.pkg.rels('')).filter((r) => isRelType(r.type, 'officeDocument'));
    if (office.length > 1) throw new XlsxFileError('damaged', 'the package has two workbook parts');
    const rel = office[0];
    if (rel?.external) throw new XlsxFileError('damaged', 'the workbook part lies outside the package');
    const path = rel ? resolveTarget('', rel.target) : 'xl/workbook.xml';
    if (!this.pkg.has(path)) throw new XlsxFileError('damaged', `the workbook part ${path} is missing`);
    const type = this.pkg.contentTypes.typeOf(path);
    if (type === undefined || !WORKBOOK_CONTENT_TYPES.has(type)) throw new XlsxFileError('damaged', `the workbook part has content type ${type ?? 'none'}`);
    const index = parseWorkbook(await this.pkg.text(path));
    const rels = await this.pkg.rels(path);
    const names = new Set<string>();
    for (const sheet of index.sheets) {
      const key = sheet.name.toLowerCase();
      if (names.has(key)) throw new XlsxFileError('damaged', `two sheets are named ${sheet.name}`);
      names.add(key);
      const sheetRel = rels.find((r) => r.id === sheet.relId);
      if (!sheetRel) throw new XlsxFileError('damaged', `sheet ${sheet.name} has no relationship`);
      if (sheetRel.external) throw new XlsxFileError('damaged', `sheet ${sheet.name} lies outside the package`);
      const target = resolveTarget(path, sheetRel.target);
      if (!this.pkg.has(target)) throw new XlsxFileError('damaged', `the part of sheet ${sheet.name} is missing`);
    }
    return { path, index, rels };
  }

  private async chartRenderer(sheets: readonly (OutputSheet | StreamedSheet)[]): Promise<ChartRenderer | null> {
    if (!sheets.some((s) => s.charts?.length)) return null;
    if (this.options.charts !== undefined) return this.options.charts;
    return loadChartRenderer();
  }
}

/** ECMA-376 and MS-OFFCRYPTO's workbook parts: .xlsx, .xlsm, .xltx, .xltm (strict uses the same). */
const WORKBOOK_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
]);

/**
 * The host's one error boundary (issue 11): whatever is thrown while a package is read — by the zip
 * reader, the codec, the XML reader, a stream callback or our own checks — reaches the caller as the "file damaged"
 * XlsxFileError, which the CLI turns into exit 2 and the page into its first step.
 */
async function whileReading<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw asFileError(error);
  }
}

/** A read value as a cell to write: dates as yyyy-mm-dd text, booleans as TRUE / FALSE. */
function outputCell(value: CellValue): OutputCell {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

function emptyTable(entry: SheetEntry): Table {
  // A chart sheet or dialog sheet has no cells.
  return { name: entry.name, rows: [], firstRow: 1, firstColumn: 1, hidden: entry.state !== 'visible', protected: false };
}
