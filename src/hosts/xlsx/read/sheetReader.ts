/**
 * A worksheet of the package as a Table (SPEC §3 readers get plain values): the cells that hold a
 * value, formulas as their cached results, rich text as plain text, dates as Date, errors as their
 * text ('#N/A'). A merged area's value sits in its top-left cell only, as Office.js `range.values`
 * gives it, so both hosts hand over the same Table. Sized by the cells present (issue 10 item 6):
 * rows without a value are holes and each row ends at its last value, so one stray cell at
 * XFD1048576 costs one row of one cell, never the rectangle of the used range.
 */
import type { CellValue, Table } from '../../../sheets/table.js';
import { SharedStringsReader } from './cellText.js';
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
  const sharedStrings = new SharedStringsReader();
  // Streamed like a worksheet: a sharedStrings part is often the biggest part of a workbook.
  if (stringsPath !== undefined && pkg.has(stringsPath)) await pkg.streamText(stringsPath, (chunk) => sharedStrings.push(chunk));
  const styles = stylesPath === undefined ? undefined : await pkg.textIfPresent(stylesPath);
  return { sharedStrings: sharedStrings.finish(), dateStyles: parseDateStyles(styles), date1904 };
}

/** Reads one sheet, streaming its part through the scanner. */
export async function readSheetPart(pkg: OpcPackage, sheetPath: string, entry: SheetEntry, ctx: ScanContext): Promise<Table> {
  const scanner = new WorksheetScanner(ctx);
  await pkg.streamText(sheetPath, (chunk) => scanner.push(chunk));
  return toTable(entry, scanner.finish());
}

/**
 * The Table of a scanned sheet: `rows[0]` is the first row with a value and `rows[i][0]` the
 * leftmost column with one; a row without a value is a hole, and each row ends at its last value.
 */
export function toTable(entry: SheetEntry, scanned: ScannedSheet): Table {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  // forEach visits only the rows present, however far apart they are.
  scanned.rows.forEach((row, r) => {
    if (!row) return;
    const first = row.findIndex((v) => v !== null);
    if (first === -1) return;
    top = Math.min(top, r);
    bottom = r;
    left = Math.min(left, first);
  });
  const table: Table = { name: entry.name, rows: [], firstRow: 1, firstColumn: 1, hidden: entry.state !== 'visible', protected: scanned.protected };
  if (bottom < 0) return table;
  // Hidden rows that hold a value, as 1-based sheet rows (Table.hiddenRows).
  const hiddenRows = scanned.hiddenRows.filter((r) => scanned.rows[r]?.some((v) => v !== null) === true).map((r) => r + 1);
  const rows: CellValue[][] = [];
  rows.length = bottom - top + 1;
  scanned.rows.forEach((source, r) => {
    if (!source || r < top) return;
    let last = source.length - 1;
    while (last >= left && source[last] === null) last--;
    if (last < left) return;
    // The scanner's rows are exact-size arrays: one that starts at the left edge is kept, not copied.
    rows[r - top] = left === 0 && last === source.length - 1 ? source : source.slice(left, last + 1);
  });
  scanned.rows.length = 0;
  return { ...table, rows, firstRow: top + 1, firstColumn: left + 1, ...(hiddenRows.length > 0 ? { hiddenRows } : {}) };
}
