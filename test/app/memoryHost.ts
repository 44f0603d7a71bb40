/**
 * An in-memory Host over Table[] for the use-case tests: records every read and write so tests can
 * check that input sheets are never written and output sheets never read.
 */
import type { Host, WriteReport } from '../../src/app/host.js';
import { laidOut, type OutputSheet, type SheetToWrite } from '../../src/sheets/output.js';
import type { CellValue, SheetInfo, Table } from '../../src/sheets/table.js';

export class MemoryHost implements Host {
  readonly tables: Table[];
  readonly reads: string[] = [];
  readonly writes: OutputSheet[][] = [];
  readonly inserts: OutputSheet[][] = [];
  /** Sheets this host wrote as outputs (it may replace these, and only these). */
  private readonly owned = new Set<string>();

  constructor(tables: Table[] = []) {
    this.tables = tables.map((t) => ({ ...t, rows: t.rows.map((r) => [...r]) }));
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.tables.map((t) => ({ name: t.name, hidden: t.hidden ?? false, rowCount: t.rows.length }));
  }

  async readSheet(name: string): Promise<Table> {
    this.reads.push(name);
    const table = this.tables.find((t) => t.name === name);
    if (table === undefined) throw new Error(`MemoryHost: no sheet ${name}`);
    return { ...table, rows: table.rows.map((r) => [...r]) };
  }

  /** Deferred sheets (the district's) are laid out as they come, as the file host does. */
  async writeOutputs(given: readonly SheetToWrite[]): Promise<WriteReport> {
    const sheets = given.map(laidOut);
    this.writes.push(sheets);
    const written: Record<string, string> = {};
    for (const sheet of sheets) {
      let target = sheet.name;
      for (let n = 2; this.has(target) && !this.owned.has(target); n++) target = `${sheet.name}(${n})`;
      this.owned.add(target);
      this.put({ name: target, rows: sheet.cells.map((r) => [...r]) });
      written[sheet.name] = target;
    }
    return { written };
  }

  async insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }> {
    this.inserts.push(sheets);
    const inserted: string[] = [];
    const skipped: string[] = [];
    for (const sheet of sheets) {
      if (this.has(sheet.name)) {
        skipped.push(sheet.name);
      } else {
        this.put({ name: sheet.name, rows: sheet.cells.map((r) => [...r]) });
        inserted.push(sheet.name);
      }
    }
    return { inserted, skipped };
  }

  /** record-credits: values put into an input sheet (a table read back starts at row/column 1). */
  async writeCreditRows(write: { sheet: string; row: number; column: number; rows: CellValue[][] }): Promise<void> {
    const table = this.tables.find((t) => t.name === write.sheet);
    if (table === undefined) throw new Error(`MemoryHost: no sheet ${write.sheet}`);
    write.rows.forEach((row, i) => {
      const r = write.row - 1 + i;
      while (table.rows.length <= r) table.rows.push([]);
      const line = table.rows[r]!;
      row.forEach((value, j) => {
        const c = write.column - 1 + j;
        while (line.length <= c) line.push(null);
        line[c] = value;
      });
    });
    // Trailing blank rows are no rows (a host's used range ends at its last value).
    while (table.rows.length > 0 && (table.rows.at(-1) ?? []).every((v) => v === null || v === '')) table.rows.pop();
  }

  table(name: string): Table | undefined {
    return this.tables.find((t) => t.name === name);
  }

  private has(name: string): boolean {
    return this.tables.some((t) => t.name === name);
  }

  private put(table: Table): void {
    const i = this.tables.findIndex((t) => t.name === table.name);
    if (i >= 0) this.tables[i] = table;
    else this.tables.push(table);
  }
}
