/**
 * The Host of src/app/host.ts inside Excel, through Office.js (`Excel.run`).
 *
 * Batching (ARCHITECTURE.md): `readSheets` learns every sheet's size in one sync, then loads all
 * their values in one sync per ~4 MB; writes queue every output sheet and sync once (more only
 * past ~4 MB). The number of syncs of a run
 * therefore does not grow with the number of teachers.
 */
import type { Host, WriteReport } from '../../app/host.js';
import { columnLetter, type OutputSheet } from '../../sheets/output.js';
import type { SheetInfo, Table } from '../../sheets/table.js';
import { type ApiSupport, detectApiSupport } from './apiSupport.js';
import { OWNERSHIP_NAME, ownershipFormula, parseOwnership, targetNames } from './ownership.js';
import { PAYLOAD_BUDGET } from './payload.js';
import { readSheets } from './readSheet.js';
import { renderSheet } from './renderSheet.js';
import { SyncPlanner } from './syncPlanner.js';

export interface ExcelHostOptions {
  /** Features beyond ExcelApi 1.4; detected from Office when omitted. */
  support?: ApiSupport;
  /** Payload bytes per sync. @default PAYLOAD_BUDGET (4 MB) */
  budget?: number;
}

/**
 * @example const host = new ExcelHost(); const report = await run(host, {});
 */
export class ExcelHost implements Host {
  private readonly support: ApiSupport;
  private readonly budget: number;

  constructor(options: ExcelHostOptions = {}) {
    this.support = options.support ?? detectApiSupport();
    this.budget = options.budget ?? PAYLOAD_BUDGET;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name, items/visibility');
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' }));
    });
  }

  async readSheet(name: string): Promise<Table> {
    const [table] = await this.readSheets([name]);
    if (!table) throw new Error(`Sheet not found: ${name}`);
    return table;
  }

  /** All the sheets in one batch: one sync for their sizes, then one per ~4 MB of values. */
  async readSheets(names: string[]): Promise<Table[]> {
    const tables = await Excel.run((context) => readSheets(context, names, { budget: this.budget }));
    return tables.map((table, i) => {
      if (!table) throw new Error(`Sheet not found: ${names[i] ?? ''}`);
      return table;
    });
  }

  async writeOutputs(sheets: OutputSheet[]): Promise<WriteReport> {
    return Excel.run(async (context) => {
      const workbook = context.workbook;
      const worksheets = workbook.worksheets;
      worksheets.load('items/name');
      const marker = workbook.names.getItemOrNullObject(OWNERSHIP_NAME);
      marker.load('value');
      const tables = workbook.tables;
      tables.load('items/name, items/worksheet/name');
      await context.sync();

      const existing = worksheets.items.map((s) => s.name);
      const owned = marker.isNullObject ? new Set<string>() : parseOwnership(marker.value);
      const isOwned = (name: string): boolean => owned.has(name);
      const targets = targetNames(sheets.map((s) => s.name), existing, owned);
      // Table names are workbook-wide: avoid those on sheets we keep.
      const keptTables = new Set(tables.items.filter((t) => !isOwned(t.worksheet.name)).map((t) => t.name.toLowerCase()));

      const planner = this.planner(context);
      this.suspendCalculation(context);
      // Excel refuses to delete the last sheet: when every sheet is ours, keep a placeholder meanwhile.
      const placeholder = existing.every(isOwned) && existing.length > 0 ? worksheets.add() : null;
      for (const name of existing) if (isOwned(name)) worksheets.getItem(name).delete();
      const added: Excel.Worksheet[] = [];
      for (const spec of sheets) {
        const sheet = worksheets.add(targets[spec.name] ?? spec.name);
        added.push(sheet);
        await renderSheet(sheet, spec, { support: this.support, planner, budget: this.budget, ...tableName(spec, keptTables) });
      }
      if (!marker.isNullObject) marker.delete();
      const name = workbook.names.add(OWNERSHIP_NAME, ownershipFormula(sheets.map((s) => targets[s.name] ?? s.name)));
      name.visible = false;
      placeholder?.delete();
      added[0]?.activate();
      await planner.flush();
      return { written: targets };
    });
  }

  async insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
      const inserted: string[] = [];
      const skipped: string[] = [];
      const planner = this.planner(context);
      this.suspendCalculation(context);
      let first: Excel.Worksheet | null = null;
      for (const spec of sheets) {
        if (taken.has(spec.name.toLowerCase())) {
          skipped.push(spec.name);
          continue;
        }
        const sheet = worksheets.add(spec.name);
        first ??= sheet;
        inserted.push(spec.name);
        await renderSheet(sheet, spec, { support: this.support, planner, budget: this.budget, ...tableName(spec, takenTables) });
      }
      first?.activate();
      await planner.flush();
      return { inserted, skipped };
    });
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      // Without a column (an issue about a whole row), select the row.
      const address = column > 0 ? `${columnLetter(column - 1)}${row}` : `${row}:${row}`;
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  private planner(context: Excel.RequestContext): SyncPlanner {
    return new SyncPlanner(context, this.budget, () => this.suspendCalculation(context));
  }

  /** ExcelApi 1.6: no recalculation while our values land (it lasts until the next sync). */
  private suspendCalculation(context: Excel.RequestContext): void {
    if (this.support.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  }
}

/** A workbook-unique table name for the sheet's table: its own, else with _2, _3, … */
function tableName(spec: OutputSheet, taken: Set<string>): { tableName?: string } {
  if (!spec.table) return {};
  let name = spec.table.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.table.name}_${n}`;
  taken.add(name.toLowerCase());
  return { tableName: name };
}

