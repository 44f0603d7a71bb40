/**
 * A worksheet of the package as a Table (SPEC §3 readers get plain values): the rectangle of cells
 * that hold a value, formulas as their cached results, rich text as plain text, dates as Date,
 * errors as their text ('#N/A'). A merged area's value sits in its top-left cell only, as Office.js
 * `range.values` gives it, so both hosts hand over the same Table.
 */
import type { CellValue, Table } from '../../../sheets/table.js';
import { parseSharedStrings } from './cellText.js';
import { parseDateStyles } from './dateStyles.js';
import { isRelType } from '../package/ooxmlNames.js';
import type { OpcPackage } from '../package/opcPackage.js';
import { resolveTarget } from '../package/relationships.js';
import type { SheetEntry } from '../package/workbookPart.js';
import { WorksheetScanner, type ScanContext, type ScannedSheet } from './worksheetScanner.js';

/** Shared strings and date styles: read once per workbook, used for every sheet. */
export async function loadScanContext(pkg: OpcPackage, workbookPath: string, date1904: boolean): Promise<ScanContext> {
  const rels = await pkg.rels(workbookPath);
  const partOf = (kind: string) => {
    const rel = rels.find((r) => isRelType(r.type, kind));
    return rel ? resolveTarget(workbookPath, rel.target) : undefined;
  };
  const stringsPath = partOf('sharedStrings');
  const stylesPath = partOf('styles');
  const strings = stringsPath === undefined ? undefined : await pkg.textIfPresent(stringsPath);
  const styles = stylesPath === undefined ? undefined : await pkg.textIfPresent(stylesPath);
  return { sharedStrings: strings === undefined ? [] : parseSharedStrings(strings), dateStyles: parseDateStyles(styles), date1904 };
}

/** Reads one sheet, streaming its part through the scanner. */
export async function readSheetPart(pkg: OpcPackage, sheetPath: string, entry: SheetEntry, ctx: ScanContext): Promise<Table> {
  const scanner = new WorksheetScanner(ctx);
  await pkg.streamText(sheetPath, (chunk) => scanner.push(chunk));
  return toTable(entry, scanner.finish());
}

/** The smallest rectangle holding every non-empty cell (rows: [] for an empty sheet). */
export function toTable(entry: SheetEntry, scanned: ScannedSheet): Table {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  scanned.rows.forEach((row, r) => {
    if (!row) return;
    const first = row.findIndex((v) => v !== null);
    if (first === -1) return;
    let last = row.length - 1;
    while (last > first && row[last] === null) last--;
    top = Math.min(top, r);
    bottom = r;
    left = Math.min(left, first);
    right = Math.max(right, last);
  });
  const table: Table = { name: entry.name, rows: [], firstRow: 1, firstColumn: 1, hidden: entry.state !== 'visible', protected: scanned.protected };
  if (bottom < 0) return table;
  const width = right - left + 1;
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const source = scanned.rows[r];
    // Free the sparse source row as we go: the Table is the only copy we keep.
    scanned.rows[r] = undefined;
    if (source !== undefined && left === 0 && source.length === width) {
      // The scanner's rows are dense, exact-size arrays: a full-width one is kept rather than copied.
      rows.push(source);
      continue;
    }
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    if (source) for (let c = left; c <= right && c < source.length; c++) line[c - left] = source[c] ?? null;
    rows.push(line);
  }
  return { ...table, rows, firstRow: top + 1, firstColumn: left + 1 };
}
