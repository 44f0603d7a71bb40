/**
 * The seam between use cases and the two hosts (Office.js in Excel; .xlsx files read by our streaming
 * worksheet scanner and written by editing the zip package in place — ExcelJS is a test and bench tool only).
 * app/ and the UIs never know which one they have.
 */
import type { OutputSheet } from '../sheets/output.js';
import type { CellValue, SheetInfo, Table } from '../sheets/table.js';

export interface WriteReport {
  /** Output name → the sheet name actually written (differs when a user sheet had that name). */
  written: Record<string, string>;
}

export interface Host {
  /** Every sheet of the workbook, in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /** One sheet's used range as values (formulas give their cached results). */
  readSheet(name: string): Promise<Table>;
  /**
   * Several sheets at once, in the order asked (Excel: one batch, so the number of syncs does not
   * grow with the number of sheets). Optional: without it, callers read sheet by sheet.
   */
  readSheets?(names: string[]): Promise<Table[]>;
  /**
   * The sheets the workbook's ownership record lists as the product's outputs (SPEC §7), [] when it
   * has none. Optional: a host that cannot tell makes every sheet with an output's name count as ours.
   */
  outputSheets?(): Promise<string[]>;
  /**
   * Replace the product's own output sheets with these (SPEC §7). Never writes to any other sheet:
   * a user sheet that has an output sheet's name is kept and the output goes to a free name.
   */
  writeOutputs(sheets: OutputSheet[]): Promise<WriteReport>;
  /** Add sheets (template, sample data) whose names are not taken; returns the names skipped. */
  insertSheets(sheets: OutputSheet[]): Promise<{ inserted: string[]; skipped: string[] }>;
  /**
   * record-credits (SPEC §7), the one write to an input sheet, only when the user asks: write `rows`
   * into the existing sheet `sheet` from 1-based (`row`, `column`) on, values only; a null cell becomes
   * empty, a string stays text. Optional: a host without it cannot record credits.
   */
  writeCreditRows?(write: { sheet: string; row: number; column: number; rows: CellValue[][] }): Promise<void>;
  /** Select a cell for the user (Excel only; the file host ignores it). */
  selectCell?(sheet: string, row: number, column: number): Promise<void>;
}
