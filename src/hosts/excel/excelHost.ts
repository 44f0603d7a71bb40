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
import type { CellValue, SheetInfo, Table } from '../../sheets/table.js';
import { type ApiSupport, detectApiSupport } from './apiSupport.js';
import { OWNERSHIP_NAME, ownershipConstant, parseOwnership, sheetKey } from '../../sheets/layout/ownership.js';
import { OP_BYTES, freeze, renderSheet, writeFirstCell } from './renderSheet.js';
import { UNFINISHED_BANNER } from '../../sheets/words/vocabulary.js';
import { ExcelWriteError } from './writeError.js';
import { writePlan } from './writePlan.js';
import { PAYLOAD_BUDGET, WRITE_BYTES_PER_CELL } from './payload.js';
import { readSheets } from './readSheet.js';
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

  /** The sheets the hidden `_YanxiuOutputs` name lists (NamedItem.value, ExcelApi 1.1; getItemOrNullObject, 1.4). */
  async outputSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const marker = context.workbook.names.getItemOrNullObject(OWNERSHIP_NAME);
      marker.load('value');
      await context.sync();
      return marker.isNullObject ? [] : parseOwnership(marker.value);
    });
  }

  async readSheet(name: string): Promise<Table> {
    const [table] = await this.readSheets([name]);
    if (!table) throw new Error(`Sheet not found: ${name}`);
    return table;
  }

  /** All the sheets in one batch: one sync for their sizes, then one per ~4 MB of values. */
  async readSheets(names: string[]): Promise<Table[]> {
    const tables = await Excel.run((context) => readSheets(context, names, { budget: this.budget, areas: this.support.specialCells }));
    return tables.map((table, i) => {
      if (!table) throw new Error(`Sheet not found: ${names[i] ?? ''}`);
      return table;
    });
  }

  /**
   * SPEC §7 re-runs, in place: our sheets are cleared and rewritten (same sheet objects, so the
   * school's formulas, charts and links to 考核结果 keep working); new ones are recorded as ours in
   * the same sync that adds them, before anything is written. Everything that could refuse the write
   * (structure protection, a protected output sheet) is checked before the first change; a failure
   * after that says which sheets it may have left partly written (ExcelWriteError).
   */
  async writeOutputs(sheets: OutputSheet[]): Promise<WriteReport> {
    return Excel.run(async (context) => {
      const workbook = context.workbook;
      const worksheets = workbook.worksheets;
      worksheets.load('items/name, items/visibility, items/protection/protected');
      const marker = workbook.names.getItemOrNullObject(OWNERSHIP_NAME);
      marker.load('value');
      const tables = workbook.tables;
      tables.load('items/name, items/worksheet/name');
      // Table names share one namespace with the workbook's defined names (ItemAlreadyExists otherwise).
      const names = workbook.names;
      names.load('items/name');
      // ExcelApi 1.7; before it, a protected structure shows up as the failing add below.
      const structure = this.support.workbookProtection ? workbook.protection : null;
      structure?.load('protected');
      await context.sync();

      const plan = writePlan(sheets, worksheets.items, marker.isNullObject ? [] : parseOwnership(marker.value));
      if (structure?.protected && (plan.fresh.length > 0 || plan.stale.length > 0)) {
        throw new ExcelWriteError('WorkbookStructureProtected', plan.fresh.map((f) => f.target));
      }
      const locked = plan.reused.filter((r) => r.sheet.protection.protected).map((r) => r.target);
      if (locked.length > 0) throw new ExcelWriteError('OutputSheetProtected', locked);

      // Claim: the ownership name first, then the new sheets, in one sync.
      if (!marker.isNullObject) marker.delete();
      workbook.names.add(OWNERSHIP_NAME, `=${ownershipConstant(plan.claimed)}`).visible = false;
      const added = new Map(plan.fresh.map((f) => [f.target, worksheets.add(f.target)] as const));
      const oldCharts = plan.reused.map((r) => {
        const charts = worksheets.getItem(r.target).charts;
        charts.load('items/name');
        return charts;
      });
      try {
        await context.sync();
      } catch (error) {
        throw new ExcelWriteError('OutputsNotWritten', plan.fresh.map((f) => f.target), { cause: error });
      }

      const targets = plan.targets;
      // The sheets this run rewrites or removes (not our kept ones: a school's results under a district run).
      const ours = new Set([...Object.values(targets), ...plan.stale].map(sheetKey));
      // Table names are workbook-wide and shared with defined names: avoid the school's tables and names.
      // Every table on a sheet of ours (stale ones included) is deleted first, so its name is free.
      const keptTables = takenNames([...tables.items.filter((t) => !ours.has(sheetKey(t.worksheet.name))), ...names.items]);
      const planner = this.planner(context);
      const sheetFor = (spec: OutputSheet): Excel.Worksheet => {
        const target = targets[spec.name] ?? spec.name;
        return added.get(target) ?? worksheets.getItem(target);
      };
      try {
        this.suspendCalculation(context);
        // SPEC §7: the previous outputs or the new ones, never a mixture. Office.js cannot roll a batch
        // back, and keeping every previous cell, look, table and chart to restore them would double
        // what a run moves; so every output sheet says 本表未更新完成 in A1 before anything else on it
        // changes, and keeps saying it until its own A1 is written — the very last write of the run.
        // The banners and the clearing share the first request with the outputs: count them too.
        const chartCount = oldCharts.reduce((n, charts) => n + charts.items.length, 0);
        await planner.reserve(sheets.length * 2 * (WRITE_BYTES_PER_CELL + OP_BYTES) + (tables.items.length + chartCount + plan.reused.length * 4) * OP_BYTES);
        for (const spec of sheets) markUnfinished(sheetFor(spec));
        // Clear what the last run left on our sheets (all but the banner): tables and charts are
        // objects of their own, not cells; tables of stale sheets go too, so their names are free.
        for (const t of tables.items) if (ours.has(sheetKey(t.worksheet.name))) t.delete();
        for (const charts of oldCharts) for (const chart of charts.items) chart.delete();
        for (const r of plan.reused) clearAllButBanner(worksheets.getItem(r.target));
        for (const spec of sheets) {
          await renderSheet(sheetFor(spec), spec, { support: this.support, planner, budget: this.budget, freeze: false, firstCell: UNFINISHED_BANNER, ...tableName(spec, keptTables) });
        }
        for (const name of plan.stale) worksheets.getItem(name).delete();
        await planner.flush();
        // Every output is complete but its A1: now each loses its banner.
        for (const spec of sheets) writeFirstCell(sheetFor(spec), spec);
        await context.sync();
      } catch (error) {
        throw new ExcelWriteError('OutputsPartlyWritten', Object.values(targets), { cause: error });
      }
      await this.finish(context, sheets, targets, plan.hiddenTargets);
      return { written: targets };
    });
  }

  /**
   * After the outputs are in: panes and the first output shown, in a small batch of their own.
   * Freezing or unfreezing panes inside a large batch on a sheet that is not active throws
   * GeneralException on some Excel 2019 builds (office-js #2196), and on a hidden sheet on others
   * (office-js #1463): so panes are never touched in the big batch, and hidden outputs keep theirs.
   * Both are conveniences, so a failure here does not fail the run.
   */
  private async finish(context: Excel.RequestContext, sheets: OutputSheet[], targets: Record<string, string>, hidden: ReadonlySet<string>): Promise<void> {
    const worksheets = context.workbook.worksheets;
    const shown = sheets.filter((s) => !hidden.has(sheetKey(targets[s.name] ?? s.name)));
    try {
      if (this.support.freezePanes) {
        for (const spec of shown) {
          const sheet = worksheets.getItem(targets[spec.name] ?? spec.name);
          sheet.freezePanes.unfreeze();
          if (spec.freeze) freeze(sheet, spec.freeze);
        }
      }
      const first = shown[0];
      if (first) worksheets.getItem(targets[first.name] ?? first.name).activate();
      await context.sync();
    } catch {
      // Cosmetic only: the outputs are written and recorded as ours.
    }
  }

  async insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      const names = context.workbook.names;
      names.load('items/name');
      await context.sync();
      const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      const takenTables = takenNames([...tables.items, ...names.items]);
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
        await renderSheet(sheet, spec, { support: this.support, planner, budget: this.budget, freeze: false, ...tableName(spec, takenTables) });
      }
      await planner.flush();
      // Panes in a small batch of their own (office-js #2196, see finish); the new sheets are visible.
      const frozen = sheets.filter((spec) => spec.freeze && inserted.includes(spec.name));
      if (this.support.freezePanes) for (const spec of frozen) if (spec.freeze) freeze(worksheets.getItem(spec.name), spec.freeze);
      if (first) {
        first.activate();
        try {
          await context.sync();
        } catch {
          // Cosmetic only: the sheets are inserted.
        }
      }
      return { inserted, skipped };
    });
  }

  /**
   * record-credits (SPEC §7), the one write to an input sheet: values in place, one sync; strings are
   * '@' so 工号 `001` and 学年 `2023-2024` stay text, numbers General.
   */
  async writeCreditRows(write: { sheet: string; row: number; column: number; rows: CellValue[][] }): Promise<void> {
    const width = write.rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (write.rows.length === 0 || width === 0) return;
    const values = write.rows.map((r) => Array.from({ length: width }, (_, c) => excelValue(r[c] ?? null)));
    await Excel.run(async (context) => {
      const address = `${columnLetter(write.column - 1)}${write.row}:${columnLetter(write.column - 2 + width)}${write.row + values.length - 1}`;
      const range = context.workbook.worksheets.getItem(write.sheet).getRange(address);
      range.numberFormat = values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? '@' : 'General')));
      range.values = values;
      await context.sync();
    });
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      // Excel cannot activate a hidden sheet: say so instead of failing with InvalidOperation.
      worksheet.load('visibility');
      await context.sync();
      if (worksheet.visibility !== 'Visible') throw new ExcelWriteError('SheetHidden', [sheet]);
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

/** Queue the banner into A1 (as text, whatever A1 held). */
function markUnfinished(sheet: Excel.Worksheet): void {
  const cell = sheet.getRange('A1');
  cell.numberFormat = [['@']];
  cell.values = [[UNFINISHED_BANNER]];
}

/**
 * Queue clearing a sheet of ours but for its A1 banner: merges undone (a merged title row would
 * otherwise be cleared in part), then everything right of A1 and below row 1, then A1's old look.
 */
function clearAllButBanner(sheet: Excel.Worksheet): void {
  sheet.getRange().unmerge();
  sheet.getRange('B1:XFD1').clear('All');
  sheet.getRange('A2:XFD1048576').clear('All');
  sheet.getRange('A1').clear('Formats');
}

/** Lower-cased names of tables and defined names, which Excel keeps in one namespace. */
function takenNames(items: readonly { name: string }[]): Set<string> {
  return new Set(items.map((item) => item.name.toLowerCase()));
}

/** A cell for Range.values: '' empties it, dates become yyyy-mm-dd text. */
function excelValue(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return value;
}

/** A workbook-unique table name for the sheet's table: its own, else with _2, _3, … */
function tableName(spec: OutputSheet, taken: Set<string>): { tableName?: string } {
  if (!spec.table) return {};
  let name = spec.table.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.table.name}_${n}`;
  taken.add(name.toLowerCase());
  return { tableName: name };
}

